#!/usr/bin/env bash
# The pure core stays pure: nothing under src/story/ may name leptos, web_sys, js_sys or
# wasm_bindgen in code (`use`, paths, `extern crate`); comments may mention them. The core
# is what `cargo test` checks on the host and what renders at build time.
#   scripts/check-core.sh [DIR]      (default src/story)
set -euo pipefail
dir=${1:-src/story}
# Looks past // comments (line and doc); a string literal naming a crate would trip it,
# which is rare enough to be worth a look.
hits=$(grep -rnE --include='*.rs' '\b(leptos|web_sys|js_sys|wasm_bindgen)\b' "$dir" |
  awk -F: '{ code = $0; sub(/^[^:]+:[0-9]+:/, "", code); sub(/\/\/.*/, "", code);
             if (code ~ /(^|[^A-Za-z0-9_])(leptos|web_sys|js_sys|wasm_bindgen)([^A-Za-z0-9_]|$)/) print }' || true)
if [[ -n $hits ]]; then
  echo "check-core: the pure core ($dir) must not use leptos, web_sys, js_sys or wasm_bindgen:" >&2
  echo "$hits" >&2
  exit 1
fi
echo "check-core: $dir uses no browser or UI crate"
