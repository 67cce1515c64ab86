// The Markdown editor's images: an "Add an image" button that asks for the alt text, and every
// image (added with the button or dropped in) placed on a line of its own, so that an image
// dropped before a heading cannot glue itself to it ("![](…)## Symptoms").
(function () {
  "use strict";

  // The text with `code` between `before` and `after`, a blank line either side of it.
  function onItsOwnLine(before, code, after) {
    var lead = before === "" || /\n\n$/.test(before) ? "" : /\n$/.test(before) ? "\n" : "\n\n";
    var trail = after === "" || /^\n\n/.test(after) ? "" : /^\n/.test(after) ? "\n" : "\n\n";
    return { text: before + lead + code + trail + after, caret: (before + lead + code).length };
  }

  function place(editor, code, start, end) {
    var placed = onItsOwnLine(editor.value.slice(0, start), code, editor.value.slice(end));
    editor.value = placed.text;
    editor.selectionStart = editor.selectionEnd = placed.caret;
    // django-markdownx renders the preview again on input.
    editor.dispatchEvent(new Event("input"));
  }

  function csrfToken(editor) {
    var field = editor.form && editor.form.querySelector("input[name=csrfmiddlewaretoken]");
    return field ? field.value : "";
  }

  function upload(widget, editor, file, alt) {
    var data = new FormData();
    data.append("image", file);
    data.append("csrfmiddlewaretoken", csrfToken(editor));
    var start = editor.selectionStart, end = editor.selectionEnd;
    fetch(editor.getAttribute("data-markdownx-upload-urls-path"), {
      method: "POST", body: data, credentials: "same-origin",
    })
      .then(function (response) { return response.json(); })
      .then(function (response) {
        if (!response.image_code) {
          widget.dispatchEvent(new CustomEvent("markdownx.fileUploadError", { detail: [response] }));
          return;
        }
        // The server sends "![](address)"; the editor's words go between the brackets.
        var code = response.image_code.replace("![]", "![" + alt.replace(/[\[\]]/g, "") + "]");
        place(editor, code, start, end);
        widget.dispatchEvent(new CustomEvent("hipguide.imageAdded", { detail: [response] }));
      })
      .catch(function () {
        widget.dispatchEvent(new CustomEvent("markdownx.fileUploadError", { detail: [{}] }));
      });
  }

  function addButton(widget, editor) {
    var picker = document.createElement("input");
    picker.type = "file";
    picker.accept = "image/jpeg,image/png,image/webp";
    picker.hidden = true;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button editor-image-button";
    button.textContent = "Add an image";
    button.setAttribute("aria-describedby", editor.id + "_image_hint");
    var hint = document.createElement("span");
    hint.id = editor.id + "_image_hint";
    hint.className = "help editor-image-hint";
    hint.textContent = "Or drag an image into the text. JPEG, PNG or WebP, up to 2 MB.";
    var tools = document.createElement("div");
    tools.className = "editor-tools";
    tools.append(button, hint, picker);
    widget.insertBefore(tools, widget.firstChild);

    button.addEventListener("click", function () { picker.click(); });
    picker.addEventListener("change", function () {
      var file = picker.files[0];
      picker.value = "";
      if (!file) return;
      var alt = window.prompt(
        "Describe the image for someone who cannot see it (its alt text):", "");
      // Cancel means no image; an empty answer is allowed, and the content checks remind.
      if (alt === null) return;
      upload(widget, editor, file, alt);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".markdownx").forEach(function (widget) {
      var editor = widget.querySelector("textarea");
      if (!editor) return;
      addButton(widget, editor);
      // The preview scrolls: keyboard users reach it with Tab, and hear what it is.
      var preview = widget.querySelector(".markdownx-preview");
      if (preview) {
        preview.tabIndex = 0;
        preview.setAttribute("role", "region");
        preview.setAttribute("aria-label", "Preview");
      }
      // django-markdownx has just put a dropped image's code where the caret was (and left the
      // caret at the end of the text): move the code onto its own line. Image addresses are
      // random and never reused, so the code is found once.
      widget.addEventListener("markdownx.fileUploadEnd", function (event) {
        var code = ((event.detail || [])[0] || {}).image_code;
        var start = code ? editor.value.indexOf(code) : -1;
        if (start >= 0) place(editor, code, start, start + code.length);
      });
    });
  });
})();
