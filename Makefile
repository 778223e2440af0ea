# claimlens: two commands do all set-up. `make serve` and `make test` (see README).
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

# Tools the project installs itself come first on PATH: wasm-opt from npm's binaryen,
# trunk and wasm-bindgen from cargo.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
export CHROMEDRIVER := /usr/bin/chromedriver
export CARGO_TERM_COLOR := never

.PHONY: open-checks help tools browser serve dist test lint test-host test-stories test-web test-e2e bench clean

help:
	@echo "make serve   install what is missing, then trunk serve on http://127.0.0.1:8080/"
	@echo "make test    install what is missing, then lint + host + browser + end-to-end tests"
	@echo "make dist    release build into dist/"
	@echo "make bench   release build, then sizes, load and interaction timings, Lighthouse (target/bench.json)"

tools:
	@scripts/ensure-tools.sh

browser:
	@scripts/ensure-tools.sh --browser

serve: tools
	trunk serve

# The release wasm rebuilds std for size (optimize_for_size), with panics that abort on the
# spot: no panic messages, locations or formatting code in the download (release builds
# never showed a panic message anyway), and `{:?}` formatting compiled to nothing (nothing
# a reader sees is Debug output). All are unstable options, enabled on the pinned stable
# toolchain for this one build only; `make serve` and the tests build as usual. Saves 17 KB
# gzip (issue 14's A/B: /work/wt/size-ab.md).
RELEASE_WASM_ENV := RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
	CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS='-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none'

dist: tools
	$(RELEASE_WASM_ENV) trunk build --release
	node scripts/csp.mjs dist

test: browser lint test-host test-web dist test-e2e
	@echo "make test: every layer passed"

lint:
	scripts/check-core.sh
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings

test-host:
	scripts/count-tests.sh host cargo test
	cargo run --quiet --bin story-check -- data/*.json data/ui

# Every tests/web*.rs file is a browser test crate.
WEB_TESTS := $(patsubst tests/%.rs,--test %,$(wildcard tests/web*.rs))

test-web:
	scripts/count-tests.sh web cargo test --target wasm32-unknown-unknown $(WEB_TESTS)

test-e2e:
	scripts/count-tests.sh e2e npx playwright test

# Sizes, timings and Lighthouse of the release build: reported, not asserted (scripts/bench.mjs).
bench: dist
	node scripts/bench.mjs

# Issue 14's 160 KB first-view budget, not met yet: not part of `make test` until it passes.
open-checks: dist
	npx playwright test --config playwright.open.config.ts

clean:
	rm -rf dist target/e2e-results
