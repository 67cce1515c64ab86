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
