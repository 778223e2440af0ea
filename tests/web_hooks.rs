//! The browser hooks in headless Chromium: a listener lives exactly as long as the owner
//! that added it, and the print hook follows `beforeprint` / `afterprint`.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;

use claimlens::hooks::{use_event_listener, use_print_media};
use leptos::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn fire(name: &str) {
    let window = web_sys::window().unwrap();
    let event = web_sys::Event::new(name).unwrap();
    window.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
fn a_listener_is_removed_when_its_owner_is_cleaned_up() {
    let window = web_sys::window().unwrap();
    let calls = Rc::new(Cell::new(0));
    let owner = Owner::new();
    owner.with(|| {
        let calls = calls.clone();
        use_event_listener(&window, "claimlens-test", move |_: web_sys::Event| {
            calls.set(calls.get() + 1)
        });
    });
    fire("claimlens-test");
    assert_eq!(calls.get(), 1, "heard while its owner lives");

    owner.cleanup();
    fire("claimlens-test");
    assert_eq!(calls.get(), 1, "not heard once its owner is cleaned up");
}

#[wasm_bindgen_test]
fn print_media_follows_beforeprint_and_afterprint() {
    let owner = Owner::new();
    let printing = owner.with(use_print_media);
    let now = move || untrack(|| printing.get());
    assert!(!now(), "the screen, not print, at first");
    fire("beforeprint");
    assert!(now());
    fire("afterprint");
    assert!(!now());
    owner.cleanup();
    // Its listeners are gone with it: printing again touches nothing that was disposed.
    fire("beforeprint");
    fire("afterprint");
}
