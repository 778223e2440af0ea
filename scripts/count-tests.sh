#!/usr/bin/env bash
# Runs one test layer and fails it when it ran no test, so a silently empty layer cannot pass.
set -euo pipefail
layer=$1; shift
log=$(mktemp)
trap 'rm -f "$log"' EXIT
"$@" 2>&1 | tee "$log"
# cargo test / wasm-bindgen-test-runner: "test result: ok. N passed"; Playwright: "N passed".
passed=$(grep -oE '(test result: ok\. )?[0-9]+ passed' "$log" | grep -oE '[0-9]+' | awk '{ s += $1 } END { print s + 0 }')
if ((passed == 0)); then
  echo "count-tests: the $layer layer ran no test" >&2
  exit 1
fi
echo "count-tests: $layer layer: $passed passed"
