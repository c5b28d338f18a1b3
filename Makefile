# Rebound — two commands: `make run` (install and launch) and `make test` (install and run every test).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench mutation screenshots system-deps clean

run: system-deps $(STAMP)
	$(PY) -m desktop

test: system-deps $(STAMP)
	$(VENV)/bin/ruff check desktop tests tools
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check desktop tests tools
	$(VENV)/bin/ruff format --check desktop tests tools

bench: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tests/perf/run.py

# Mutation testing (tools/mutation.py, tests/MUTANTS.md): slow, not part of `make test`. GROUPS=network search …
mutation: system-deps $(STAMP) $(VENV)/.mutmut
	QT_QPA_PLATFORM=offscreen $(PY) tools/mutation.py $(GROUPS) --workers $(or $(WORKERS),2)

$(VENV)/.mutmut: pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet -e '.[mutation]'
	touch $(VENV)/.mutmut

screenshots: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py docs/screenshots

system-deps:
	@sh tools/system-deps.sh

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
