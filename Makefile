# Tremplin: `make start` runs the whole platform, `make test` runs every test.
# Each target installs what it needs; backend/ and frontend/ have their own Makefiles.
SHELL := /bin/bash
.DEFAULT_GOAL := help

.PHONY: help
help: ## Show the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  %-12s %s\n", $$1, $$2}'

.PHONY: install
install: ## Install the backend and the frontend (with its production build)
	$(MAKE) -C backend install
	$(MAKE) -C frontend build

.PHONY: start
start: ## Install, create the site, run Plone (8080), Volto (3000) and the mail catcher (8025)
	@scripts/start.sh

.PHONY: bench-web
bench-web: ## Lighthouse medians (mobile, desktop) of the first pages; runs make start if nothing answers on 3000
	$(MAKE) -C frontend bench-web

.PHONY: bundle-report
bundle-report: ## What the first page's script is made of (source maps) -> docs/developer/bundle-report.md
	$(MAKE) -C frontend bundle-report

.PHONY: test
test: ## Install and run every suite: lint, backend, frontend, browser, docs
	@scripts/test.sh

.PHONY: test-scripts
test-scripts: ## Tests of scripts/ (readiness checks, stopping the servers)
	$(MAKE) -C backend install
	backend/.venv/bin/pytest scripts/tests -q -p no:warnings -p no:cacheprovider

.PHONY: acceptance
acceptance: ## Browser tests: Playwright + axe against a fresh test site and the built Volto
	$(MAKE) -C backend install
	$(MAKE) -C frontend acceptance-test

.PHONY: jobs
jobs: ## Run the scheduled jobs once on the development site (re-verification reminders, expiries)
	$(MAKE) -C backend jobs

.PHONY: demo-data
demo-data: ## Generate N directory profiles (N=10000) in a separate bench site, backend/var/bench-N
	$(MAKE) -C backend demo-data N=$(or $(N),10000)

.PHONY: bench
bench: ## Directory benchmark, p50/p95 and req/s (BENCH_N="1000 10000 100000")
	$(MAKE) -C backend bench BENCH_N="$(or $(BENCH_N),1000 10000 100000)"

.PHONY: totp
totp: ## Authenticator code of a demo moderator/administrator (LOGIN=moderateur|administrateur)
	@$(MAKE) --no-print-directory -C backend totp LOGIN=$(LOGIN)

.PHONY: mails
mails: ## List the mails caught in development (MAIL=n prints one)
	@$(MAKE) --no-print-directory -C backend mails

.PHONY: format
format: ## Format both sides
	$(MAKE) -C backend format
	$(MAKE) -C frontend format

.PHONY: lint
lint: ## Check formatting, lint rules and that the translation catalogues are current
	$(MAKE) -C backend lint
	$(MAKE) -C frontend lint i18n-check

.PHONY: i18n
i18n: ## Sync the translation catalogues of both sides
	$(MAKE) -C backend i18n
	$(MAKE) -C frontend i18n

docs/.venv/.installed: docs/requirements.txt
	python3 -m venv docs/.venv
	docs/.venv/bin/pip install --quiet --disable-pip-version-check -r docs/requirements.txt
	touch $@

.PHONY: docs
docs: docs/.venv/.installed ## Build the documentation into docs/_build/html
	docs/.venv/bin/sphinx-build -q -W -b html docs docs/_build/html
	@echo "Documentation: docs/_build/html/index.html"
