//! Thin shell: mount the app and take down what the page painted before the wasm arrived
//! in the same task (no frame shows both): the story prerendered at build time
//! (`src/site/prerender.rs`), keeping the reader's scroll position and focus.
fn main() {
    // Panic messages in the console while developing; release builds save the kilobyte.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    let painted = claimlens::browser::Painted::take();
    leptos::mount::mount_to_body(claimlens::App);
    painted.hand_over();
}
