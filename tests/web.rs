//! Components in headless Chromium (wasm-bindgen-test through chromedriver).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("document")
}

/// Mounts the whole app into a fresh `<div>`, as `src/main.rs` does into the page.
fn mount_app() -> web_sys::HtmlElement {
    let host = document().create_element("div").expect("div");
    document()
        .body()
        .expect("body")
        .append_child(&host)
        .expect("append");
    let host: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(host);
    leptos::mount::mount_to(host.clone(), claimlens::App).forget();
    host
}

fn state_of(host: &web_sys::HtmlElement) -> Option<String> {
    host.query_selector("main#claimlens")
        .expect("query")
        .expect("root rendered")
        .get_attribute("data-state")
}

#[wasm_bindgen_test]
fn app_mounts_the_story_its_page_carries_and_reports_ready() {
    // What the build writes into each story's page (src/site/page.rs).
    let script = document().create_element("script").expect("script");
    script
        .set_attribute("type", "application/json")
        .expect("type");
    script.set_id("claimlens-story");
    script.set_text_content(Some(include_str!("../data/nk-troops.json")));
    document()
        .body()
        .expect("body")
        .append_child(&script)
        .expect("append");

    let host = mount_app();
    script.remove();
    assert_eq!(state_of(&host).as_deref(), Some("ready"));
    let title = host.query_selector("h1").expect("query").expect("h1");
    assert_eq!(
        title.text_content().as_deref(),
        Some("Nordkoreanische Truppen für Russland? Wer was sagt")
    );
}

#[wasm_bindgen_test]
fn a_page_without_a_story_shows_the_error_panel_not_a_blank_frame() {
    assert!(document().get_element_by_id("claimlens-story").is_none());
    let host = mount_app();
    assert_eq!(state_of(&host).as_deref(), Some("error"));
    let alert = host
        .query_selector("[role=alert]")
        .expect("query")
        .expect("error panel");
    let text = alert.text_content().unwrap_or_default();
    assert!(text.contains("?story=ID"), "{text}");
}
