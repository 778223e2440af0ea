#!/usr/bin/env bash
# What the first view's wasm cannot go below with today's stack: builds two probe programs
# exactly as `make dist` builds the app (std rebuilt, immediate-abort, -Oz and the same
# wasm-opt flags) and prints their gzip -9 sizes beside the app's.
#   counter: Leptos 0.8's counter example, nothing of claimlens;
#   engine:  the same counter, starting from the story its page carries (as the app reads
#            it), loaded and validated by claimlens::story::load, so the story engine is
#            linked but none of the UI.
# Usage: scripts/size-floor.sh   (after `make dist`; needs the tools `make tools` installs)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
probe=target/size-floor
mkdir -p "$probe/src/bin"
wasm_bindgen=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
cat > "$probe/Cargo.toml" <<EOF
[package]
name = "size-floor"
version = "0.0.0"
edition = "2021"
publish = false

[workspace]

[dependencies]
leptos = { version = "0.8", features = ["csr"] }
wasm-bindgen = "=$wasm_bindgen"
claimlens = { path = "$root" }

[profile.release]
opt-level = "z"
lto = true
codegen-units = 1
panic = "abort"
EOF
cp Cargo.lock rust-toolchain.toml "$probe/"
cat > "$probe/src/bin/counter.rs" <<'EOF'
use leptos::prelude::*;

fn main() {
    leptos::mount::mount_to_body(|| {
        let (count, set_count) = signal(0usize);
        view! { <button on:click=move |_| set_count.update(|n| *n += 1)>"Clicked: " {count}</button> }
    });
}
EOF
cat > "$probe/src/bin/engine.rs" <<'EOF'
use leptos::prelude::*;

fn main() {
    leptos::mount::mount_to_body(|| {
        let json = claimlens::browser::inlined_story().unwrap_or_default();
        let start = match claimlens::story::load(&json) {
            Ok(story) => story.steps.len(),
            Err(errors) => errors.len(),
        };
        let (count, set_count) = signal(start);
        view! { <button on:click=move |_| set_count.update(|n| *n += 1)>"Clicked: " {count}</button> }
    });
}
EOF
# The environment of the Makefile's dist target, and index.html's wasm-opt parameters.
export RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS='-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none'
export PATH=$root/node_modules/.bin:$HOME/.cargo/bin:$PATH
gz() { gzip -9 -c "$1" | wc -c; }
for bin in counter engine; do
  (cd "$probe" && cargo build --quiet --release --target wasm32-unknown-unknown --bin "$bin")
  wasm-bindgen --target web --out-dir "$probe/out" "$probe/target/wasm32-unknown-unknown/release/$bin.wasm"
  wasm-opt -Os --low-memory-unused --zero-filled-memory --strip-producers --strip-target-features --enable-bulk-memory \
    --enable-nontrapping-float-to-int "$probe/out/${bin}_bg.wasm" -o "$probe/out/$bin.opt.wasm"
  printf 'size-floor: %-8s wasm %7d B gzip -9\n' "$bin" "$(gz "$probe/out/$bin.opt.wasm")"
done
for f in dist/*_bg.wasm; do printf 'size-floor: %-8s wasm %7d B gzip -9 (dist/)\n' app "$(gz "$f")"; done
for f in dist/index.html dist/*.js; do printf 'size-floor: %s %d B gzip -9\n' "$f" "$(gz "$f")"; done
