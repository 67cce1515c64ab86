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
.PHONY: java node audit screenshots

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

test: install-test lint
	$(TEST_ENV) $(BIN)/python manage.py makemigrations --check --dry-run
	$(TEST_ENV) $(BIN)/pytest

clean:
	rm -rf $(VENV) staticfiles .pytest_cache node_modules screenshots
