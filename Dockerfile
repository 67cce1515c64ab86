FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
RUN useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin hipguide

# Dependencies in their own layer, rebuilt only when pyproject.toml changes, not on every
# change to the code. `make prod-check` installs them the same way.
COPY pyproject.toml ./
RUN python -c "import tomllib; print(*tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies'], sep=chr(10))" > /tmp/requirements.txt \
    && pip install -r /tmp/requirements.txt \
    && rm /tmp/requirements.txt

COPY . .
RUN DJANGO_SECRET_KEY=collectstatic-only python manage.py collectstatic --no-input -v0 \
    && mkdir -p /app/data /app/media \
    && chown hipguide /app/data /app/media

# Defaults for one container on its own; a real deployment sets DJANGO_SECRET_KEY,
# DJANGO_ALLOWED_HOSTS, DATABASE_URL (PostgreSQL) and REDIS_URL. Only the proxy in front can
# reach the container's port, so gunicorn trusts the forwarded headers it gets.
# DJANGO_TRUSTED_PROXY_COUNT: how many proxies append to X-Forwarded-For in front of the site,
# which decides the client address the sign-in lockout counts by. 0 here: the header is ignored
# and the client is the connection's address, so nobody can forge it. Behind one proxy
# (deploy/nginx.conf, or a load balancer) set it to 1, and 2 behind a load balancer and nginx:
# with 0 behind a proxy, every sign-in seems to come from the proxy and one person's wrong
# passwords pause everyone's; with a number larger than the proxies, addresses can be forged.
ENV DATABASE_URL=sqlite:////app/data/db.sqlite3 \
    DJANGO_MEDIA_ROOT=/app/media \
    DJANGO_TRUSTED_PROXY_COUNT=0 \
    FORWARDED_ALLOW_IPS=* \
    PORT=8000
USER hipguide
EXPOSE 8000

# Database changes are a release step, run once before the new servers start; it also renders
# the reader pages with the new image's templates:
#   docker run --rm --env-file prod.env IMAGE python manage.py migrate

HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen(f\"http://127.0.0.1:{os.environ.get('PORT', '8000')}/healthz\", timeout=4)"]

# gunicorn stops taking requests on SIGTERM and gives those in progress graceful_timeout
# (25 s, gunicorn.conf.py) to finish. Give the container at least 30 s before it is killed:
# `docker run --stop-timeout 30`, Compose `stop_grace_period: 30s`, Kubernetes
# `terminationGracePeriodSeconds: 30`. Docker's default of 10 s cuts requests off.
STOPSIGNAL SIGTERM
LABEL org.hipguide.stop-grace-period="30s"

CMD ["gunicorn", "--config", "gunicorn.conf.py"]
