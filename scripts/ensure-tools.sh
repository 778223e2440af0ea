#!/usr/bin/env bash
# Installs whatever claimlens needs and is missing, from the package registries only.
# Idempotent: when every tool is present at the right version it does no network work.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_OPT_VERSION=132
# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock to the patch.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
[[ -n $WASM_BINDGEN_VERSION ]] || { echo "ensure-tools: no wasm-bindgen in Cargo.lock" >&2; exit 1; }

want_browser=0
[[ ${1:-} == --browser ]] && want_browser=1

say() { printf 'ensure-tools: %s\n' "$*"; }
as_root() { if [[ $(id -u) == 0 ]]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# std's sources: the release build rebuilds std for size (Makefile, dist).
if ! rustup component list --installed 2>/dev/null | grep -qx 'rust-src'; then
  say "adding the rust-src component"
  rustup component add rust-src
fi

# Crates for the builds that run with `--offline` (trunk: Trunk.toml's `offline = true`):
# std's own dependencies (sysroot's library/Cargo.lock), which the release build's
# -Zbuild-std compiles, and the project's, for every target. `cargo fetch --offline`
# succeeds in a fraction of a second when the registry cache has them all, so only a
# fresh machine (or a new CARGO_HOME) downloads.
fetch_crates() { # what, then cargo fetch's arguments
  local what=$1; shift
  cargo fetch --offline --locked "$@" >/dev/null 2>&1 && return
  say "fetching $what"
  cargo fetch --locked "$@"
}
std_manifest="$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
[[ -f $std_manifest ]] || { echo "ensure-tools: no std sources at $std_manifest (rust-src)" >&2; exit 1; }
# std's workspace uses unstable manifest features: cargo reads it only with RUSTC_BOOTSTRAP.
RUSTC_BOOTSTRAP=1 fetch_crates "std's crates (the release build rebuilds std)" --manifest-path "$std_manifest"
fetch_crates "the project's crates" --manifest-path Cargo.toml

if [[ $(trunk --version 2>/dev/null) != "trunk $TRUNK_VERSION" ]]; then
  say "installing trunk $TRUNK_VERSION (a long build, done once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [[ $(wasm-bindgen --version 2>/dev/null) != "wasm-bindgen $WASM_BINDGEN_VERSION" ]]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked --force
fi

# npm dev dependencies (Playwright, axe, binaryen's wasm-opt, pym.js): reinstalled only when the lockfile changed.
stamp=node_modules/.claimlens-lock
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ ! -f $stamp || $(cat "$stamp") != "$lock_sum" ]]; then
  say "installing npm dev dependencies (npm ci)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  echo "$lock_sum" > "$stamp"
fi
if [[ $(node_modules/.bin/wasm-opt --version 2>/dev/null) != *"version $WASM_OPT_VERSION "* ]]; then
  echo "ensure-tools: node_modules/.bin/wasm-opt is not version $WASM_OPT_VERSION" >&2
  exit 1
fi

if ((want_browser)) && ! { [[ -x /usr/bin/chromium ]] && [[ -x /usr/bin/chromedriver ]]; }; then
  say "installing Debian's chromium and chromium-driver"
  as_root apt-get update
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y chromium chromium-driver
fi
say "all tools present"
