# perfhint: everything bootstraps from a bare machine with Python 3.11 and node 20.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint unit e2e bench toolchains vscode vscode-e2e default-model clean

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

unit: $(STAMP) vscode
	$(BIN)/python -m pytest -q

e2e: $(STAMP) vscode-e2e
	# exit 5 = no other e2e test collected
	$(BIN)/python -m pytest -q -m e2e --ignore=tests/e2e/test_vscode.py || test $$? -eq 5

## vscode: the VS Code extension: npm ci, type-check, bundle, unit tests, client-vscode/perfhint.vsix
vscode:
	cd client-vscode && npm ci --no-audit --no-fund && npm run typecheck && npm run bundle && npm test && npm run package

## vscode-e2e: the .vsix in real VS Code (code-server 4.100.3, cached in cache/) driven by Playwright
vscode-e2e: $(STAMP) vscode
	$(BIN)/python -m pytest -q -m e2e tests/e2e/test_vscode.py

bench: $(STAMP)
	$(BIN)/python bench/engine.py
	$(BIN)/python bench/server.py

## default-model: the shipped checkpoint's recipe on this CPU (its card: the time it took, and the commit
## that trained it on the data of then)
## (three stages: v16's recipe; three runs of the fine-tune that adds the literals past the
## window and a function's workload lines, one per training seed; the mean of their weights,
## read with the early literals too)
default-model: export PERFHINT_NAS_SPACES=nasbench201
default-model: export PERFHINT_NAS_TRAIN_ARCHS=781
default-model: export PERFHINT_NAS_DEVICES_PER_ARCH=9
default-model: $(STAMP)
	$(BIN)/perfhint train --task code --task nas --task kernelbench --task triton --encoder minilm \
	  --repeat code=3 --seed 0 --config models/checkpoints/default.train.json --out runs/default-v16
	for s in 0 1 2; do \
	  $(BIN)/perfhint train --task code --task nas --task kernelbench --task triton --encoder minilm \
	    --repeat code=3 --seed 0 --train-seed $$s --config models/checkpoints/default.finetune.json \
	    --init runs/default-v16 --out runs/default-ft$$s || exit 1; \
	done
	$(BIN)/perfhint average runs/default-ft0 runs/default-ft1 runs/default-ft2 --out runs/default \
	  --window '{"early_literals": 8}'

## toolchains: compilers and runtimes the measurement harness uses (Debian/npm; needs root)
toolchains:
	bash models/measure/install_toolchains.sh

clean:
	rm -rf $(VENV) build *.egg-info
