# Two commands do all the set-up on a fresh machine with python3 (3.11+), pip and make:
#   make demo   screen samples/ into reports/
#   make test   run the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: demo test lint install clean samples bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

install: $(STAMP)

demo: $(STAMP)
	@# The package's bytecode, for start-up where PYTHONDONTWRITEBYTECODE is set (editable install).
	$(BIN)/python -m compileall -q pipeline
	$(BIN)/resume-screen screen samples/ -o reports/ --format csv,jsonl,html,xlsx

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check pipeline tests tools bench
	$(BIN)/mypy pipeline

samples: $(STAMP)
	$(BIN)/python tools/make_samples.py

clean:
	rm -rf $(VENV) build *.egg-info
