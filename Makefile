# make install: .venv from pinned requirements; make run: sample corpus -> newsgraph.db + summary;
# make test: the whole suite (unit, golden, dev-set gates, browser).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= newsgraph.db
INPUT ?= samples
STAMP := $(VENV)/.installed

.PHONY: install devdata run test lint eval bench clean browser-deps screenshots

install: $(STAMP)

$(STAMP): requirements.lock requirements-model.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check --upgrade "pip==26.3"
	$(BIN)/pip install -q -r requirements.lock
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/pip install -q --no-deps -e .
	touch $(STAMP)

run: install
	$(BIN)/newsgraph ingest $(INPUT) --db $(DB)
	$(BIN)/newsgraph summary --db $(DB)

# The Lee corpus's ABC stories, which the events gold of news_tune4, news_tune5, news_heldout5 and news_heldout6
# points into: two text files taken from gensim's wheel on the package index, checked by hash, into
# .devdata/lee (never installed).
devdata: install
	$(BIN)/python -m newsgraph.devdata || echo "the Lee corpus could not be fetched: the events splits that point into it are skipped"

test: install devdata
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy src

eval: install devdata
	$(BIN)/newsgraph eval

# Headless Debian chromium + chromedriver for tests/browser (never a downloaded browser build).
browser-deps:
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then echo "chromium and chromedriver present"; \
	elif [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; \
	else echo "browser tests will be skipped: run 'sudo apt-get install -y chromium chromium-driver'"; fi

# Refresh the README's screenshots of every UI view (sample corpus + synthetic articles, headless chromium).
screenshots: install browser-deps
	$(BIN)/python tests/browser/screenshots.py --out docs/screenshots

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .devdata
