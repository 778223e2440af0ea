//! Mounting one component alone in the browser, with the contexts the app provides.
#![allow(dead_code)]

use std::sync::Arc;

use claimlens::state::ReaderState;
use claimlens::story::locale::Lang;
use claimlens::story::Story;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The seed story, loaded and validated.
pub fn bundled_story() -> Story {
    match claimlens::story::load(include_str!("../../data/nk-troops.json")) {
        Ok(story) => story,
        Err(errors) => panic!("bundled story is invalid: {errors:?}"),
    }
}

/// The UI language `code` (a file in `data/ui/`).
pub fn lang(code: &str) -> Lang {
    Lang::parse(code).unwrap_or_else(|| panic!("no UI file for {code:?}"))
}

/// Mounts `view` in a fresh `<div>` with the story contexts; returns the div and the state
/// the test can drive.
pub fn mount_with<V, F>(story: Story, lang: Lang, view: F) -> (web_sys::HtmlElement, ReaderState)
where
    F: FnOnce() -> V + 'static,
    V: IntoView + 'static,
{
    let document = web_sys::window().unwrap().document().unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let reader = ReaderState::new(lang);
    let story = Arc::new(story);
    leptos::mount::mount_to(host.clone(), move || {
        claimlens::provide_story(story, reader);
        view()
    })
    .forget();
    (host, reader)
}

/// Lets Leptos run the effects a signal change scheduled.
pub async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
    }
}

pub fn find(host: &web_sys::HtmlElement, selector: &str) -> web_sys::Element {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

pub fn find_all(host: &web_sys::HtmlElement, selector: &str) -> Vec<web_sys::Element> {
    let list = host.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .collect()
}

pub fn text(el: &web_sys::Element) -> String {
    el.text_content().unwrap_or_default()
}

pub fn click(el: &web_sys::Element) {
    el.unchecked_ref::<web_sys::HtmlElement>().click();
}
