// Date boxes hold dates as the admin writes them, "05 March 2026" (the first of the formats in
// hipguide/formats/en/formats.py). Django's calendar reads only numbers back from a box, so it
// opened on this month rather than the box's; this teaches it the month's name as well. It
// waits for the page: the admin's own scripts, which define the reading, may come after it.
document.addEventListener("DOMContentLoaded", function () {
  var readNumbers = String.prototype.strptime;
  if (!readNumbers) return;
  String.prototype.strptime = function (format) {
    var parts = /^\s*(\d{1,2})\s+([A-Za-z]{3,})\s+(\d{4})\s*$/.exec(this);
    if (!parts || !window.CalendarNamespace) return readNumbers.call(this, format);
    var typed = parts[2].slice(0, 3).toLowerCase();
    var month = window.CalendarNamespace.monthsOfYear.findIndex(function (name) {
      return name.slice(0, 3).toLowerCase() === typed;
    });
    if (month < 0) return readNumbers.call(this, format);
    return new Date(Date.UTC(Number(parts[3]), month, Number(parts[1])));
  };
});
