# HipGuide: `make run` to try it, `make test` to prove it. See README.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

# Local use: debug on (so no secret key is needed) and plain HTTP.
LOCAL_ENV := DJANGO_DEBUG=1 DJANGO_SECURE_SSL_REDIRECT=0
# Tests run with debug off, as production does, with a throwaway key.
TEST_ENV := DJANGO_SECRET_KEY=test-only-secret-key-not-for-production \
	DJANGO_SECURE_SSL_REDIRECT=0 DJANGO_ALLOWED_HOSTS=localhost,127.0.0.1,testserver

.PHONY: install install-test chromium run admin migrate test lint clean
.PHONY: java node audit screenshots observatory

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test chromium java

# The browser tests drive Debian's Chromium; Playwright's own download does not work here.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
		echo "Installing Chromium for the browser tests (Debian package)..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

# The HTML validity tests run the Nu Html Checker, a Java program.
java:
	@command -v java >/dev/null 2>&1 || { \
		echo "Installing Java for the HTML checker (Debian package)..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless; }

# Lighthouse for `make audit`, pinned: later releases need a newer Node.js than Debian's.
LIGHTHOUSE := node_modules/.bin/lighthouse

node:
	@command -v npm >/dev/null 2>&1 || { \
		echo "Installing Node.js for Lighthouse (Debian packages)..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm; }

$(LIGHTHOUSE): | node
	npm install --prefix . --no-save --no-package-lock --no-audit --no-fund --silent \
		--save-exact lighthouse@12.2.3

# Lighthouse's mobile scores for the main pages, served as production serves them.
audit: install-test $(LIGHTHOUSE)
	$(BIN)/python -m tools.audit

# The MDN HTTP Observatory, pinned; installed without its install script, which downloads
# lists this machine cannot reach (the scan gets an empty HSTS preload list instead).
OBSERVATORY := node_modules/@mdn/mdn-http-observatory/src/scan.js

$(OBSERVATORY): | node
	npm install --prefix . --no-save --no-package-lock --no-audit --no-fund --silent \
		--ignore-scripts --save-exact @mdn/mdn-http-observatory@1.4.8

# The Observatory's grade for the site behind deploy/nginx.conf over HTTPS; fails below A+.
observatory: install-test nginx $(OBSERVATORY)
	$(BIN)/python -m tools.observatory

# Full-page PNGs of every reader page at phone and desktop widths, in screenshots/.
screenshots: install-test
	$(BIN)/python -m tools.screenshots

migrate: install
	$(LOCAL_ENV) $(BIN)/python manage.py migrate --no-input

run: migrate
	@echo ""
	@echo "HipGuide is starting at http://$(HOST):$(PORT)/"
	@echo "Admin: http://$(HOST):$(PORT)/admin/ - to get a login, run in another terminal:  make admin"
	@echo ""
	$(LOCAL_ENV) $(BIN)/python manage.py runserver $(HOST):$(PORT)

admin: migrate
	$(LOCAL_ENV) $(BIN)/python manage.py createsuperuser

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .

# The suite in TEST_PROCESSES processes (pytest-xdist), each taking whole test files in turn.
TEST_PROCESSES ?= 2

test: install-test lint nginx
	$(TEST_ENV) $(BIN)/python manage.py makemigrations --check --dry-run
	$(TEST_ENV) $(BIN)/pytest -n $(TEST_PROCESSES) --dist loadfile

clean:
	rm -rf $(VENV) staticfiles .pytest_cache node_modules screenshots

# ---- Production: deployment check, image rehearsal, dependency audit, backups ----
.PHONY: deploy-check prod-check test-redis audit-deps backup restore

# Django's deployment checklist against production settings: debug off, a real key, HTTPS.
deploy-check: install
	DJANGO_DEBUG= DJANGO_SECURE_SSL_REDIRECT= DJANGO_ALLOWED_HOSTS=hipguide.example.org \
	DJANGO_SECRET_KEY=$$($(BIN)/python -c "import secrets; print(secrets.token_urlsafe(50))") \
	$(BIN)/python manage.py check --deploy --fail-level WARNING

# What the Docker image does, without Docker (scripts/prod_check.py says how).
prod-check:
	$(PYTHON) scripts/prod_check.py

# The cache tests (and the pages that use the cache) against a real Redis; failing, not
# skipping, when it cannot be reached.
REDIS_URL ?= redis://127.0.0.1:6379/0
test-redis: install-test
	$(TEST_ENV) REDIS_URL=$(REDIS_URL) $(BIN)/pytest tests/test_cache.py tests/test_pages.py tests/test_axes.py \
		tests/test_page_cache.py

# Known vulnerabilities in every installed package, from PyPI's advisory service. --strict: a
# package that could not be checked is a failure, never a silent pass.
# Accepted: GHSA-fvx8-79hx-x82f (CVE-2024-2319), stored XSS through django-markdownx's image
# upload, with no fixed release. Its endpoints answer only staff signed in to the admin, uploads
# are JPEG, PNG or WebP judged from their bytes, and everything it renders goes through the one sanitising
# renderer (conditions/markdown.py); see SECURITY.md.
AUDIT_IGNORE := --ignore-vuln GHSA-fvx8-79hx-x82f --ignore-vuln CVE-2024-2319
AUDIT_PROBE := https://pypi.org/pypi/pip/24.0/json
audit-deps: install-test
	@if ! $(BIN)/python -c "import urllib.request; urllib.request.urlopen('$(AUDIT_PROBE)', timeout=30)" \
		2>/dev/null; then \
		echo "audit-deps: PyPI's vulnerability service ($(AUDIT_PROBE)) cannot be reached"; \
		echo "audit-deps: from this machine, so the dependencies were NOT audited."; \
		exit $(if $(AUDIT_UNREACHABLE_OK),0,1); \
	fi; \
	$(BIN)/pip freeze --exclude-editable > $(VENV)/audit-requirements.txt && \
	$(BIN)/pip-audit --strict --no-deps --disable-pip --progress-spinner off $(AUDIT_IGNORE) \
		-r $(VENV)/audit-requirements.txt

# Run with the site's own environment (DATABASE_URL, DJANGO_SECRET_KEY, DJANGO_MEDIA_ROOT).
backup: install
	$(BIN)/python manage.py backup

restore: install
	@test -n "$(FILE)" || { echo "Usage: make restore FILE=backups/hipguide-YYYY-MM-DD-HHMMSS.tar.gz"; exit 2; }
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py restore "$(FILE)"

# Performance (README.md, "Performance"): nginx for the proxy-config test and the bench, wrk to
# load the site. Both are Debian packages, installed here if missing, as Chromium is.
.PHONY: nginx wrk redis bench loadtest

nginx:
	@command -v nginx >/dev/null 2>&1 || test -x /usr/sbin/nginx || { \
		echo "Installing nginx for the proxy tests and the bench (Debian package)..."; \
		apt-get update -qq && { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light \
		|| DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx; }; }

wrk:
	@command -v wrk >/dev/null 2>&1 || { \
		echo "Installing wrk for the bench (Debian package)..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }

# The loadtest stops and starts a Redis server of its own, to prove the site survives it.
redis:
	@command -v redis-server >/dev/null 2>&1 || { \
		echo "Installing Redis for the loadtest (Debian package)..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server; }

bench: install nginx wrk
	$(BIN)/python bench/run.py

loadtest: install wrk redis
	$(BIN)/python bench/loadtest.py
