// When the server refuses an image, django-markdownx types "Invalid response" into the editor's
// text and shows nothing else. Show the server's reason beside the editor instead, and put the
// text back as it was. The reason goes away once a later image is accepted.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll(".markdownx").forEach(function (widget) {
    var editor = widget.querySelector("textarea");
    widget.addEventListener("markdownx.fileUploadError", function (event) {
      var response = (event.detail || [])[0] || {};
      var messages = response.image || ["The image could not be uploaded. Try again."];
      var note = widget.querySelector(".upload-error");
      if (!note) {
        note = document.createElement("p");
        note.className = "errornote upload-error";
        note.setAttribute("role", "alert");
        widget.insertBefore(note, widget.firstChild);
      }
      note.textContent = messages.join(" ");
      var before = editor.value;
      setTimeout(function () {
        editor.value = before;
        editor.dispatchEvent(new Event("input"));
      }, 0);
    });
    // Dropped images (django-markdownx) and the "Add an image" button (editor-images.js).
    ["markdownx.fileUploadEnd", "hipguide.imageAdded"].forEach(function (accepted) {
      widget.addEventListener(accepted, function () {
        var note = widget.querySelector(".upload-error");
        if (note) note.remove();
      });
    });
  });
});
