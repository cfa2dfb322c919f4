# newskg — `make demo` installs everything and builds the example corpus; `make test` runs the tests.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo test test-fast bench browser cypher-lint eval seeds clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

## the main job: build the bundled examples into exports/
demo: install
	$(BIN)/kg build examples --out exports

## Chromium for the browser tests (Debian package; needs root, as in CI)
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "warning: could not install chromium; browser tests will be skipped"; \
	  else echo "warning: chromium missing (apt-get install chromium); browser tests will be skipped"; fi; }

## Neo4j's Cypher parser (npm) for the import.cypher tests
cypher-lint:
	@if command -v npm >/dev/null 2>&1; then \
	  cd tools/cypher-lint && { [ -d node_modules ] || npm ci --silent --no-audit --no-fund; }; \
	else echo "warning: npm missing; Cypher lint tests will be skipped"; fi

test: install browser cypher-lint
	$(BIN)/python -m pytest -q

test-fast: install
	$(BIN)/python -m pytest -q -x --deselect tests/test_fuzz.py

GOLD_SETS = dev heldout heldout2 heldout3 heldout4 heldout5 heldout6 heldout7 heldout8 heldout9 heldout10 heldout11 heldout12 heldout13 heldout14 heldout15 heldout16 heldout17 heldout18 heldout19 heldout20 heldout21 heldout22 heldout23 heldout24 heldout25 heldout26 heldout27 heldout28 heldout29 heldout30 heldout31 heldout32 heldout33 heldout34 heldout35 heldout36 heldout37 heldout38 heldout39 heldout40 heldout41 heldout42 heldout43 heldout44 heldout45 heldout46 heldout47 heldout48
## extraction quality on the seed gold, the dev set and the held-out sets
eval: install
	$(BIN)/kg build ../shared/seeds --out /tmp/newskg-seeds -q || true
	$(BIN)/kg eval ../shared/gold/seeds.json --graph /tmp/newskg-seeds/graph.ttl
	for set in $(GOLD_SETS); do \
		$(BIN)/kg build tests/data/$$set/articles --out /tmp/newskg-$$set -q || true; \
		$(BIN)/kg eval tests/data/$$set/gold.json --graph /tmp/newskg-$$set/graph.ttl || exit 1; \
	done

bench: install browser
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) .pytest_cache build dist *.egg-info
