# Rebound — two commands: `make run` (install and launch) and `make test` (install and run every test).
# Shipping: `make dist` (the wheel, the frozen app dist/Rebound/ and the Linux tarball) and `make smoke`
# (dist, then the smoke test of what it built; CI runs it after make test).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DIST_STAMP := $(VENV)/.installed-dist

.PHONY: run test lint bench mutation screenshots system-deps dist-deps dist smoke clean translations

# The interface's translations: resources/i18n/*.qm built from the .ts sources (tools/i18n.py updates those).
QM := $(patsubst %.ts,%.qm,$(wildcard resources/i18n/*.ts))

translations: $(QM)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

run: system-deps $(STAMP) $(QM)
	$(PY) -m desktop

test: system-deps $(STAMP) $(QM)
	$(VENV)/bin/ruff check desktop tests tools
	$(VENV)/bin/mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check desktop tests tools
	$(VENV)/bin/ruff format --check desktop tests tools
	$(VENV)/bin/mypy

bench: system-deps $(STAMP) dist
	QT_QPA_PLATFORM=offscreen $(PY) tests/perf/run.py

# Mutation testing (tools/mutation.py, tests/MUTANTS.md): slow, not part of `make test`. GROUPS=network search …
mutation: system-deps $(STAMP) $(VENV)/.mutmut
	QT_QPA_PLATFORM=offscreen $(PY) tools/mutation.py $(GROUPS) --workers $(or $(WORKERS),2)

$(VENV)/.mutmut: pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet -e '.[mutation]'
	touch $(VENV)/.mutmut

screenshots: system-deps $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py docs/screenshots/de --language de
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py docs/screenshots/dark --scheme dark
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py docs/screenshots/de-dark-150 --language de --scheme dark --scale 1.5

dist: dist-deps $(DIST_STAMP) $(QM)
	$(PY) tools/make_dist.py

smoke: dist
	REBOUND_SMOKE=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/ship/smoke -p no:cacheprovider

system-deps:
	@sh tools/system-deps.sh

dist-deps:
	@sh tools/system-deps.sh dist

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(DIST_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,dist]'
	touch $(DIST_STAMP)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache $(QM)
