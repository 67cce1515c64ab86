// A running count under the summary: search engines cut descriptions at about 160 characters.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.getElementById("id_summary");
  if (!summary) return;
  var limit = 160;
  var counter = document.createElement("div");
  counter.id = "id_summary_counter";
  counter.className = "help summary-counter";
  counter.setAttribute("aria-live", "polite");
  (document.getElementById("id_summary_helptext") || summary).insertAdjacentElement("afterend", counter);
  summary.setAttribute(
    "aria-describedby",
    ((summary.getAttribute("aria-describedby") || "") + " " + counter.id).trim());
  function count() {
    var used = summary.value.length;
    counter.textContent = used + " of " + limit + " characters" +
      (used > limit ? ": " + (used - limit) + " too many for search results" : "");
    counter.classList.toggle("summary-counter-over", used > limit);
  }
  summary.addEventListener("input", count);
  count();
});
