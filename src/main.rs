//! Thin shell: take down the static boot frame of index.html and mount the app into
//! `<body>` in the same task (no frame shows both); everything else lives in the library.
fn main() {
    // Panic messages in the console while developing; release builds save the kilobyte.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    remove_boot_frame();
    leptos::mount::mount_to_body(claimlens::App);
}

/// index.html paints `#claimlens-boot` (the story title in a frame of the app's size)
/// before the wasm arrives; the app's own `#claimlens` takes its place.
fn remove_boot_frame() {
    let boot = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("claimlens-boot"));
    if let Some(boot) = boot {
        boot.remove();
    }
}
