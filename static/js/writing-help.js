// The writing help under each preview counts the words of the condition's title as explained:
// the whole page is about them, and its overview explains them. This tells the preview the
// title, as the editor has it now, before django-markdownx draws the first previews (the
// condition admin's Media puts this script before django-markdownx's, so this handler runs
// first).
document.addEventListener("DOMContentLoaded", function () {
  var title = document.getElementById("id_title");
  var editors = document.querySelectorAll(".markdownx-editor");
  if (!title || !editors.length) return;
  function tellThePreviews() {
    editors.forEach(function (editor) {
      var path = editor.getAttribute("data-markdownx-urls-path").split("?")[0];
      editor.setAttribute("data-markdownx-urls-path",
        path + "?" + new URLSearchParams({ title: title.value }));
    });
  }
  title.addEventListener("input", tellThePreviews);
  tellThePreviews();
});
