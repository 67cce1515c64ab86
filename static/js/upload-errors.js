// When the server refuses an image, django-markdownx types "Invalid response" into the editor's
// text and shows nothing else. Show the server's reason beside the editor instead, and put the
// text back as it was.
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
  });
});
