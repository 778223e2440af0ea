#!/usr/bin/env bash
# The README's two commands as on a fresh machine: a fresh clone of HEAD with an empty cargo
# registry cache (a new CARGO_HOME), an empty npm cache, no node_modules and no target/. The tools already
# installed stay on PATH (building trunk alone takes minutes; ensure-tools.sh installs them
# on a machine without). Then `make test` must pass, and `make serve` must answer on
# http://127.0.0.1:8080/ with the app ready in headless Chromium.
#
# A green CI in an old checkout can hide an install step a fresh machine lacks (issue 11:
# std's crates for the release build); this cannot.
#   scripts/fresh-check.sh            (KEEP=1 keeps the temporary folder)
set -euo pipefail
repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
work=$(mktemp -d "${TMPDIR:-/tmp}/claimlens-fresh.XXXXXX")
serve_pid=
cleanup() {
  [[ -n $serve_pid ]] && kill -- "-$serve_pid" 2>/dev/null || true
  if [[ ${KEEP:-0} == 1 ]]; then echo "fresh-check: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

say() { printf 'fresh-check: %s\n' "$*"; }
now() { date +%s; }
took() { echo "$(($(now) - $1)) s"; }

# Tools that ensure-tools.sh would install into the new CARGO_HOME come first on PATH; the
# ones already installed under ~/.cargo/bin stay reachable (the Makefile adds that too).
export CARGO_HOME=$work/cargo-home
export PATH=$CARGO_HOME/bin:$HOME/.cargo/bin:$PATH
# npm's download cache too: `npm ci` fetches every package from the registry.
export npm_config_cache=$work/npm-cache
unset CARGO_TARGET_DIR
mkdir -p "$CARGO_HOME"

start=$(now)
git clone --quiet "$repo" "$work/clone"
cd "$work/clone"
say "fresh clone of $(git log -1 --format='%h %s' | cut -c1-72) in $work/clone"
say "empty CARGO_HOME $CARGO_HOME and npm cache; no node_modules; no target/"

t=$(now)
make test
test_took=$(took "$t")
say "make test passed in $test_took"

# `make serve` on the same fresh clone: it builds once, then trunk answers.
if (exec 3<>/dev/tcp/127.0.0.1/8080) 2>/dev/null; then
  say "port 8080 is taken already: stop the other server first" >&2
  exit 1
fi
t=$(now)
setsid make serve >"$work/serve.log" 2>&1 &
serve_pid=$!
for _ in $(seq 1 600); do
  if curl -fs -o /dev/null http://127.0.0.1:8080/ 2>/dev/null; then break; fi
  if ! kill -0 "$serve_pid" 2>/dev/null; then
    tail -n 30 "$work/serve.log" >&2
    say "make serve stopped before it answered" >&2
    exit 1
  fi
  sleep 1
done
node scripts/ready-check.mjs http://127.0.0.1:8080/ || {
  tail -n 30 "$work/serve.log" >&2
  exit 1
}
serve_took=$(took "$t")
say "make serve answered with data-state=\"ready\" in $serve_took"
say "summary: fresh clone, empty CARGO_HOME: make test $test_took, make serve ready $serve_took, all $(took "$start")"
