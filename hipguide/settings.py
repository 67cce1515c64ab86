"""HipGuide settings, read from the environment so one file serves every deployment."""

import datetime
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from hipguide import logs

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG")

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. Set it to a long random string, "
            "or set DJANGO_DEBUG=1 for local development."
        )
    # Only ever used with DEBUG on, on a developer's own machine.
    SECRET_KEY = "insecure-development-key-do-not-use-in-production"  # noqa: S105

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")

INSTALLED_APPS = [
    # Django's admin on a site that asks for the second factor (hipguide/two_factor.py).
    "hipguide.apps.HipGuideAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "markdownx",
    "conditions",
    # Revision history of every content save (the editorial workflow).
    "simple_history",
    # Sign-in lockout, and the project's own commands (backup, restore).
    "axes",
    # Staff two-factor sign-in: codes from an authenticator app, and recovery codes.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "hipguide",
]

MIDDLEWARE = [
    # Outermost: a page a worker has kept is answered before anything else runs, with the
    # headers every middleware below gave it when it was made (conditions/cache.py).
    "conditions.cache.PageCacheMiddleware",
    # So every response carries the security headers: static files from whitenoise, kept pages
    # and error pages (400 for a refused Host, 404, 500, 413) included.
    "hipguide.middleware.SecurityHeadersMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # The probes answer before the Host check and the HTTPS redirect, with the security headers.
    "hipguide.health.ProbeMiddleware",
    # Oversized bodies are refused before anything reads them.
    "hipguide.middleware.RequestBodyLimitMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Answers 304 to a reader whose copy of a page is current.
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Marks a user who has given the second factor in this session (user.is_verified()).
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Admin pages in the editor's own time zone (conditions/admin/time_zone.py).
    "conditions.admin.time_zone.EditorTimeZoneMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, to see how a sign-in went.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "hipguide.urls"
WSGI_APPLICATION = "hipguide.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "conditions.context_processors.site_text",
            ],
        },
    },
]

# Databases: an SQLite file beside the project unless DATABASE_URL says otherwise.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}

# SQLite serving readers and editors at once: readers never block the writer (WAL), a writer
# waits its turn instead of failing (busy timeout), and a transaction takes the write lock when
# it begins, so an admin save that reads first cannot deadlock with another writer and fail
# with "database is locked".
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
        "PRAGMA cache_size=-20000",
        # Options given in DATABASE_URL's query string win.
        **DATABASES["default"].get("OPTIONS", {}),
    }

# Site search uses PostgreSQL's full-text search and trigram similarity when it has them.
if DATABASES["default"]["ENGINE"].startswith("django.db.backends.postgresql"):
    INSTALLED_APPS.append("django.contrib.postgres")

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# One cache every worker shares: a folder on disk by default (no server needed), Redis when
# REDIS_URL is set (several app servers). It holds the content version that retires reader
# pages (conditions/cache.py), so a save is seen at once whichever worker or server answers.
CACHES = {
    "default": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "hipguide",
            # An unreachable Redis must not hold readers up: pages then come from the database.
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
        if os.environ.get("REDIS_URL")
        else {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get(
                "HIPGUIDE_CACHE_DIR", str(BASE_DIR / "var" / "page-cache")
            ),
        }
    )
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = os.environ.get("DJANGO_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True
# Dates written one way everywhere ("5 March 2026, 09:00"): hipguide/formats/en/formats.py.
FORMAT_MODULE_PATH = ["hipguide.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Security: safe by default, relaxed only for local development.
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", default=not DEBUG)
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG

# The admin's live preview: the one renderer the public pages use (conditions.markdown.render,
# also used on save), followed by the writing help box.
MARKDOWNX_MARKDOWNIFY_FUNCTION = "conditions.writing.preview"

# Editorial workflow: revision history of every content save, and django-markdownx's preview
# and image upload mounted behind the admin login (its own URLconf lets anyone in).
MARKDOWNX_URLS_PATH = "/admin/markdownx/markdownify/"
MARKDOWNX_UPLOAD_URLS_PATH = "/admin/markdownx/upload/"
MARKDOWNX_UPLOAD_MAX_SIZE = 2 * 1024 * 1024
MARKDOWNX_UPLOAD_CONTENT_TYPES = ["image/jpeg", "image/png", "image/webp"]
# The editor keeps its height and scrolls, beside its preview, instead of growing with the text.
MARKDOWNX_EDITOR_RESIZABLE = False

# Request bodies (hipguide/middleware.py): none may be larger than the largest image plus its
# form, and whatever is accepted is kept in memory, never written to disk.
REQUEST_BODY_MAX_SIZE = MARKDOWNX_UPLOAD_MAX_SIZE + 64 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = REQUEST_BODY_MAX_SIZE
FILE_UPLOAD_MAX_MEMORY_SIZE = REQUEST_BODY_MAX_SIZE

# Errors to stderr with the request's method, path and status, and nothing a reader submitted.
LOGGING = logs.LOGGING

# ---- Production hardening: headers, login protection, probes ----
# HTTPS is terminated by the proxy in front, which says so in X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = 365 * 24 * 60 * 60
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Preloading commits the whole domain to HTTPS for browsers everywhere: the operator's call.
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD")
if not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"

# Nothing inline and nothing from elsewhere, except images editors link over https.
# The admin and the Markdown editor work under it (tests/browser/test_csp.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "https:"],
        "connect-src": ["'self'"],
        "font-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

# Five wrong passwords (or second-factor codes) for one username from one address lock that pair
# out for 15 minutes. Attempts are kept in the database, which every app server shares, so the
# count is the same whichever server a login reaches; `manage.py axes_reset_username NAME`
# unlocks early. On top of that, hipguide/sign_in.py slows every address down once a username
# has had several failures, however many addresses they came from.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "hipguide.sign_in.SignInHandler"
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_CALLABLE = "hipguide.sign_in.locked_out"
# A right password alone is half a sign-in: the count is cleared when the second factor is given.
AXES_RESET_ON_SUCCESS = False
# Every failure with its time, so the per-username slowdown can count them across addresses.
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_SENSITIVE_PARAMETERS = ["password", "otp_token"]

# How many proxies in front of the app servers append to X-Forwarded-For. 0 (the default): none,
# so the client is the connection's address and the header is ignored: anyone can write it.
# With N proxies, the client is the entry the nearest proxy appended, read by django-ipware
# (through django-axes), which counts the proxies' own entries (N - 1) from the right. A header
# with more entries than the proxies write was partly written by the client: it gives no address,
# and every such request shares one lockout count.
TRUSTED_PROXY_COUNT = os.environ.get("DJANGO_TRUSTED_PROXY_COUNT", "").strip() or "0"
if not TRUSTED_PROXY_COUNT.isdigit():
    raise ImproperlyConfigured("DJANGO_TRUSTED_PROXY_COUNT is a number of proxies: 0 or more.")
TRUSTED_PROXY_COUNT = int(TRUSTED_PROXY_COUNT)
if TRUSTED_PROXY_COUNT:
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR"]
    AXES_IPWARE_PROXY_COUNT = TRUSTED_PROXY_COUNT - 1
    AXES_IPWARE_PROXY_ORDER = "right-most"
else:
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["REMOTE_ADDR"]

# Staff sign in with a password and then a code from an authenticator app (or a recovery code).
# Derived from DEBUG, never from its own variable, so nothing in production's environment can
# switch it off; with debug on (`make run`) the admin says it is off.
TWO_FACTOR_REQUIRED = not DEBUG
OTP_TOTP_ISSUER = "HipGuide"
# Staff sessions last one working day at most, and end when the browser closes.
SESSION_COOKIE_AGE = 12 * 60 * 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
