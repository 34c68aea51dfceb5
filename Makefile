# govrag — the two commands a new user needs are `make demo` and `make test`.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
# `make test` runs the suite on this many pytest-xdist workers (CI has two cores).
TEST_WORKERS ?= 2

.PHONY: install demo test test-fast lint docs eval eval-sets clean

# Create the virtualenv and install: the CPU build of torch first (pinned, found in the local
# wheel folder), so no dependency can pull the CUDA build.
$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check "torch==2.13.0"
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[dev,eval]"
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(VENV)/bin/govrag ingest data/sample
	$(VENV)/bin/govrag serve --host $(HOST) --port $(PORT)

test: install
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadgroup

test-fast: install
	$(PY) -m pytest -m "not slow and not browser and not server"

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports --no-cache
	$(PY) -m tests.structure

# The full evaluation on a fresh index of the bundled record (docs/evaluation.md).
EVAL_INDEX ?= /tmp/govrag-eval-index
eval: install
	rm -rf $(EVAL_INDEX)
	GOVRAG_INDEX_DIR=$(EVAL_INDEX) $(VENV)/bin/govrag ingest data/sample
	GOVRAG_INDEX_DIR=$(EVAL_INDEX) $(VENV)/bin/govrag eval --min-strict 0.85 \
	  --min-grounding 0.98 --min-abstention 0.9 --max-false-abstention 0.05

# Every evaluation set over its own papers: development beside held-out, with the gap.
eval-sets: install
	$(PY) -m eval.sets

docs: install
	$(PY) -c "from assistant.cli import help_markdown; open('docs/cli.md','w').write(help_markdown())"

clean:
	rm -rf var .pytest_cache .mypy_cache .ruff_cache tests/artifacts
