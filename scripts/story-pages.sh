#!/usr/bin/env bash
# Trunk's post_build hook (Trunk.toml), after every trunk build and trunk serve rebuild:
# writes a reader page per story in data/ and editors.html into the staging folder
# (src/bin/story-pages.rs). A release build (make dist) fails when a story or
# data/site.json has a problem; trunk serve lists the problem on editors.html instead.
set -euo pipefail
: "${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
# make dist builds the wasm with unstable options (the Makefile's RELEASE_WASM_ENV);
# this host tool is the ordinary debug build that cargo test and story-check share, so
# it stays cached.
unset CARGO_UNSTABLE_BUILD_STD CARGO_UNSTABLE_BUILD_STD_FEATURES RUSTC_BOOTSTRAP CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS
strict=()
if [[ "${TRUNK_PROFILE:-}" == release ]]; then strict=(--strict); fi
cd "$(dirname "$0")/.."
# STORY_DATA and STORY_PAGES (a built story-pages) let tests/story_pages.rs run this very
# hook on a made-up data folder, as make dist would.
data=${STORY_DATA:-data}
if [[ -n "${STORY_PAGES:-}" ]]; then
  exec "$STORY_PAGES" "${strict[@]}" --template "$TRUNK_STAGING_DIR" --out "$TRUNK_STAGING_DIR" "$data"
fi
exec cargo run --quiet --bin story-pages -- "${strict[@]}" \
  --template "$TRUNK_STAGING_DIR" --out "$TRUNK_STAGING_DIR" "$data"
