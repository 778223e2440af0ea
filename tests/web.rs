//! Components in headless Chromium (wasm-bindgen-test through chromedriver).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn app_mounts_and_reports_ready() {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("document");
    let host = document.create_element("div").expect("div");
    document
        .body()
        .expect("body")
        .append_child(&host)
        .expect("append");
    let host: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(host);
    leptos::mount::mount_to(host.clone(), claimlens::App).forget();
    let root = host
        .query_selector("main#claimlens")
        .expect("query")
        .expect("root rendered");
    assert_eq!(root.get_attribute("data-state").as_deref(), Some("ready"));
}
