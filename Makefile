# Two commands for a fresh machine: `make run` (the app on the demo workspace, on this machine only: 127.0.0.1)
# and `make test` (everything).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8501
ADDRESS ?= 127.0.0.1  # another address hosts on the network: the app then refuses to serve without CONVERSA_AUTH

.PHONY: run test lint unit app e2e bench demo clean

$(VENV)/.runtime: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.txt
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $@

run: $(VENV)/.runtime
	$(PY) -m streamlit run app.py --server.address $(ADDRESS) --server.port $(PORT) --server.headless true --browser.gatherUsageStats false

test: $(VENV)/.dev
	$(PY) -m ruff check .
	$(VENV)/bin/lint-imports
	$(PY) -m mypy
	$(VENV)/bin/bandit -q -c pyproject.toml -r lib pages
	$(PY) -m pytest

unit: $(VENV)/.dev
	$(PY) -m pytest tests/unit

bench: $(VENV)/.dev
	for b in benchmarks/bench_*.py; do $(PY) $$b || exit 1; done

demo: $(VENV)/.runtime
	$(PY) sample_data/generate.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
