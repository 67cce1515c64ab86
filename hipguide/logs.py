"""Log records with enough context to act on, and nothing a reader sent.

Readers' answers are health data. What a request carries (its form data, query string or any
other body) never reaches the logs: not through a formatter, and not through an exception
message that quotes a submitted value (``int(request.POST["age"])`` fails with the value in its
message). The request is logged as its method and path only.

Nor can a request forge a log line: control characters and line separators in anything taken
from it (a path such as ``/nope%0a2026-11-30 15:31:00,000 ERROR forged``) are written escaped,
as ``\\n``, so every record stays on its own line (gunicorn.conf.py does the same for the
access log).
"""

import logging
import re
import traceback
import unicodedata

from django.core.exceptions import RequestDataTooBig, SuspiciousOperation
from django.http.multipartparser import MultiPartParserError

REDACTED = "[removed]"
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
BODILESS_METHODS = ("GET", "HEAD", "OPTIONS", "DELETE", "TRACE")
# Controls (\x00-\x1f, \x7f-\x9f), invisible format characters (such as right-to-left
# overrides), unpaired surrogates and the Unicode line and paragraph separators.
UNPRINTABLE = {"Cc", "Cf", "Cs", "Zl", "Zp"}
ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def escape(text):
    """Text with every character that could end or disguise a log line written as an escape."""
    text = str(text)
    if text.isprintable():  # almost always, and quick to check
        return text
    return "".join(
        escaped(char) if unicodedata.category(char) in UNPRINTABLE else char for char in text
    )


def escaped(char):
    if char in ESCAPES:
        return ESCAPES[char]
    return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"


class OneLineFilter(logging.Filter):
    """For loggers that quote requests without the request at hand (gunicorn's error log)."""

    def filter(self, record):
        record.msg = escape(record.getMessage())
        record.args = None
        return True


class RequestContextFilter(logging.Filter):
    def filter(self, record):
        request = getattr(record, "request", None)
        record.request_line = "-" if request is None else escape(f"{request.method} {request.path}")
        if not hasattr(record, "status_code"):
            record.status_code = "-"
        if request is not None:
            values = submitted_values(request)
            # Django's own messages quote the path ("Not Found: /nope...").
            record.msg = escape(redact(record.getMessage(), values or []))
            record.args = None
            if record.exc_info and record.exc_info[0] is not None:
                record.exc_text = format_exception(record.exc_info, values)
                record.exc_info = None
        return True


def submitted_values(request):
    """Every value the request carries, longest first, or None if its body is not a form.

    A body that is not a form (JSON, say) cannot be searched value by value, so exception
    messages are then withheld whole.
    """
    values = {value for key in request.GET for value in request.GET.getlist(key)}
    if request.method not in BODILESS_METHODS:
        if request.content_type not in FORM_TYPES and request.META.get("CONTENT_LENGTH") not in (
            None, "", "0"
        ):
            return None
        try:
            values |= {value for key in request.POST for value in request.POST.getlist(key)}
        # ValueError: a Content-Length that is not a number.
        except (SuspiciousOperation, RequestDataTooBig, MultiPartParserError, OSError, ValueError):
            return None
    return sorted((value for value in values if value), key=len, reverse=True)


def redact(text, values):
    if not values:
        return text
    return re.sub("|".join(re.escape(value) for value in values), REDACTED, text)


def format_exception(exc_info, values):
    """The usual traceback, with what the request carried removed from the exception messages.

    Frame lines hold file names and source code, never data, so they are kept whole (redacting
    a short value such as "1" there would garble line numbers).
    """
    chunks = []
    for chunk in traceback.TracebackException(*exc_info).format():
        if chunk.startswith(("  File ", "Traceback (", "\nDuring handling", "\nThe above")):
            chunks.append(chunk)
        elif values is None:
            name, colon, _message = chunk.partition(":")
            chunks.append(f"{name}: {REDACTED}\n" if colon else chunk)
        else:
            # An exception message can quote the path too: keep it on one line.
            chunks.append(escape(redact(chunk, values).rstrip("\n")) + "\n")
    return "".join(chunks).rstrip("\n")


# The LOGGING setting (hipguide/settings.py).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Errors go to stderr with the request's method, path (never its query string) and status;
    # nothing a reader submitted is ever written (hipguide/logs.py).
    "filters": {"request_context": {"()": "hipguide.logs.RequestContextFilter"}},
    "formatters": {
        "context": {
            "format": "%(asctime)s %(levelname)s %(name)s [%(request_line)s %(status_code)s] "
            "%(message)s",
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stderr",
            "filters": ["request_context"],
            "formatter": "context",
        },
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    # Scrubbed where they are made too, so any other handler added later gets them clean.
    "loggers": {
        "django.request": {"filters": ["request_context"]},
        "django.security": {"filters": ["request_context"]},
    },
}
