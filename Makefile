# Two commands for a fresh machine with python3 and make: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check --quiet

.PHONY: demo test lint typecheck unit bench clean browser

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# The stamps re-run the install when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(PIP) install -e '.[test]'
	touch $(VENV)/.installed $@

demo: $(VENV)/.installed
	$(BIN)/factcheck check seeds/

test: $(VENV)/.installed-test lint typecheck unit

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

unit: $(VENV)/.installed-test browser
	$(BIN)/python -m pytest

# tests/test_report_browser.py drives Debian's Chromium through Playwright (which never downloads a
# browser here). Install it when it is missing and we may (root with apt-get); otherwise that
# test skips and says why.
browser:
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "installing Debian's chromium for the browser test"; \
	  ( apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	    apt-get install -y -qq chromium >/dev/null ) \
	  || echo "chromium could not be installed: the browser test will skip"; \
	else echo "chromium is missing and we are not root: the browser test will skip"; fi

# Long measurements, outside `make test`.
bench: $(VENV)/.installed-test
	$(PIP) install -e '.[bench]'
	$(BIN)/python benchmarks/accuracy.py
	$(BIN)/python benchmarks/quantities_accuracy.py
	$(BIN)/python benchmarks/quantities_speed.py
	$(BIN)/python benchmarks/dates_accuracy.py
	$(BIN)/python benchmarks/dates_speed.py
	$(BIN)/python benchmarks/names_accuracy.py
	$(BIN)/python benchmarks/names_speed.py
	$(BIN)/python benchmarks/feed_accuracy.py
	$(BIN)/python benchmarks/engine_speed.py
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/robustness.py
	$(BIN)/python benchmarks/report_render.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis build dist src/*.egg-info
