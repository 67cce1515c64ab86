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

install-test: $(VENV)/.installed-test chromium

# The browser tests drive Debian's Chromium; Playwright's own download does not work here.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
		echo "Installing Chromium for the browser tests (Debian package)..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

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

test: install-test lint
	$(TEST_ENV) $(BIN)/python manage.py makemigrations --check --dry-run
	$(TEST_ENV) $(BIN)/pytest

clean:
	rm -rf $(VENV) staticfiles .pytest_cache

# Performance (README.md, "Performance"): nginx for the proxy-config test and the bench, wrk to
# load the site. Both are Debian packages, installed here if missing, as Chromium is.
.PHONY: nginx wrk bench loadtest

nginx:
	@command -v nginx >/dev/null 2>&1 || test -x /usr/sbin/nginx || { \
		echo "Installing nginx for the proxy tests and the bench (Debian package)..."; \
		apt-get update -qq && { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light \
		|| DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx; }; }

wrk:
	@command -v wrk >/dev/null 2>&1 || { \
		echo "Installing wrk for the bench (Debian package)..."; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }

test: nginx

bench: install nginx wrk
	$(BIN)/python bench/run.py

loadtest: install wrk
	$(BIN)/python bench/loadtest.py
