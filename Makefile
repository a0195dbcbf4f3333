# Set-up is part of every target: a fresh clone needs only Python 3.11 and Node.js.
PYTHON ?= python3.11
VENV := .venv
UV := .tools/bin/uv
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)
# Compiled once at install: every test that starts a process (manage.py, gunicorn) would compile Django again.
export UV_COMPILE_BYTECODE := 1
MANAGE := $(VENV)/bin/python manage.py
DEMO_SETTINGS := scrutiny.settings.dev

.PHONY: demo test lint migrations-check audit install frontend clean benchmark loadtest

demo: install frontend
	DJANGO_SETTINGS_MODULE=$(DEMO_SETTINGS) $(MANAGE) migrate --no-input
	DJANGO_SETTINGS_MODULE=$(DEMO_SETTINGS) $(MANAGE) load_demo
	DJANGO_SETTINGS_MODULE=$(DEMO_SETTINGS) $(MANAGE) runserver 127.0.0.1:8000

# The tests run in parallel, a process per core (TEST_WORKERS=0: in this process), each test file on one worker
# so the worlds a module builds once are built once; the slowest are listed at the end. TEST_SELECT chooses
# by mark, e.g. TEST_SELECT="not browser".
TEST_WORKERS ?= auto
test: lint frontend
	$(MANAGE) makemigrations --check --dry-run
	$(VENV)/bin/pytest -n $(TEST_WORKERS) --dist loadfile --durations=20 $(if $(TEST_SELECT),-m "$(TEST_SELECT)")

# The style the code and templates keep, and the direction of the apps' imports (README, "Layout").
TEMPLATES = $(shell find . \( -name node_modules -o -name .venv -o -name .git \) -prune -o -path '*/templates/*.html' -print)
lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	@echo "djhtml --check <every template>"
	@$(VENV)/bin/djhtml --check $(TEMPLATES)
	$(VENV)/bin/lint-imports

migrations-check: install
	$(MANAGE) makemigrations --check --dry-run

# Known vulnerabilities in every locked dependency, extras and dev tools included: fails on any found and when
# no package could be checked; says how many were, and warns loudly about packages no service could answer for
# (AUDIT_STRICT=1 fails on those too).
audit: install
	$(UV) export --frozen --no-hashes --no-emit-project --all-extras --all-groups --quiet \
		--output-file $(VENV)/audit-requirements.txt
	$(VENV)/bin/python scripts/audit_dependencies.py $(VENV)/audit-requirements.txt

# Measured on generated data sets (see README, "Speed"): not part of `make test`, which must stay quick.
benchmark: install frontend
	benchmarks/run

loadtest: install frontend
	benchmarks/loadtest

install: $(VENV)/.synced

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet "uv==0.13.9"

$(VENV)/.synced: pyproject.toml uv.lock | $(UV)
	UV_PYTHON=$$(command -v $(PYTHON)) $(UV) sync --frozen
	touch $@

frontend: static/build/.built

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

static/build/.built: node_modules/.package-lock.json package.json scss/app.scss scripts/copy_govuk_frontend.mjs
	npm run build --silent
	touch $@

clean:
	rm -rf $(VENV) .tools node_modules static/build staticfiles
