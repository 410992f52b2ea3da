# perfhint: everything bootstraps from a bare machine with Python 3.11 and node 20.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint unit e2e bench toolchains vscode clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	# the CPU wheel of torch that lies on disk; a bare `torch` would pull a CUDA build
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

## demo: predict memory and latency for the sample project with the shipped default model
demo: $(STAMP)
	$(BIN)/perfhint predict examples/ --profile this-machine

## test: lint, then the default (offline, hermetic) test tier, then the end-to-end tier
test: lint unit e2e

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

unit: $(STAMP)
	$(BIN)/python -m pytest -q

e2e: $(STAMP)
	$(BIN)/python -m pytest -q -m e2e

bench: $(STAMP)
	$(BIN)/python bench/engine.py

## toolchains: compilers and runtimes the measurement harness uses (Debian/npm; needs root)
toolchains:
	bash models/measure/install_toolchains.sh

clean:
	rm -rf $(VENV) build *.egg-info
