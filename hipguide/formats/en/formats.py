"""One way of writing dates everywhere, in the admin as on the site: "5 March 2026, 09:00".

Django's English formats ("March 5, 2026, 9 a.m." in one place, "03/05/2026" in another) win
over DATE_FORMAT in settings, so the site's own are given here, where Django looks first.
"""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATE_FORMAT = DATE_FORMAT
SHORT_DATETIME_FORMAT = DATETIME_FORMAT
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = "j F"
YEAR_MONTH_FORMAT = "F Y"

# What editors may type in a date box. The first is how the admin fills the boxes (and what
# its calendar writes), so the boxes show dates as every page does; the ISO form (2026-03-05)
# that the boxes used to show still works. Django's US forms ("03/05/2026") are left out: an
# editor in the UK would mean 3 May by them, and would silently get 5 March.
DATE_INPUT_FORMATS = ["%d %B %Y", "%d %b %Y", "%Y-%m-%d"]
