# Bridgecard: `make run` (site + worker + demo content) and `make test` (every test).
# Both install what they need into .venv first; nothing else has to be installed by hand.

PYTHON ?= $(shell for p in python3.12 $$HOME/.pyenv/versions/3.12*/bin/python3.12 /usr/local/bin/python3.12 /usr/bin/python3.12; do \
	if $$p -c 'import sys; sys.exit(sys.version_info[:2] != (3, 12))' 2>/dev/null; then echo $$p; break; fi; done)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test test-sqlite test-postgres lint browser bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	@test -n "$(PYTHON)" || { echo "Python 3.12 is needed (python3.12 not found)."; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[test]"
	touch $@

# Where printed QR codes and mails point (unless SITE_URL is set): this machine, as a phone on
# the same network reaches it when the site listens on every interface.
ifeq ($(HOST),0.0.0.0)
SITE_URL ?= http://$(shell hostname -I 2>/dev/null | cut -d' ' -f1):$(PORT)
else
SITE_URL ?= http://localhost:$(PORT)
endif

# The demo connects to a stand-in Shopify store served by the site itself (no credentials);
# SHOPIFY_DEMO_STORE=false, or a real SHOPIFY_SHOP_DOMAIN and SHOPIFY_ACCESS_TOKEN, turn it off.
SHOPIFY_DEMO_STORE ?= true
DEMO_ENV = SITE_URL=$(SITE_URL) SHOPIFY_DEMO_STORE=$(SHOPIFY_DEMO_STORE)

run: install
	$(DEMO_ENV) $(BIN)/python manage.py migrate --noinput
	$(DEMO_ENV) $(BIN)/python manage.py seed_demo
	$(DEMO_ENV) HOST=$(HOST) PORT=$(PORT) PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/honcho start -f Procfile

browser:
	@bash scripts/ensure-chromium

test: install browser
	@bash scripts/test

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python manage.py makemigrations --check --dry-run

bench: install
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[bench]"
	@for b in bench/*_bench.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache .mypy_cache
