//! Browser listeners as hooks, after leptos-use: each `use_*` adds its listener when it is
//! called and removes it when the calling owner (the component or view that called it) is
//! cleaned up. Nothing is leaked with `forget`. Outside a browser they do nothing.
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// One closure type for every listener and observer: its glue is compiled once.
type Callback = Closure<dyn FnMut(JsValue)>;

/// Runs `cleanup` when the current owner is cleaned up. `cleanup` may hold browser objects
/// (not `Send`): it waits in the owner's local storage, which outlives the cleanups.
fn on_cleanup_local(cleanup: impl FnOnce() + 'static) {
    let stored = StoredValue::new_local(Some(Box::new(cleanup) as Box<dyn FnOnce()>));
    on_cleanup(move || {
        if let Some(cleanup) = stored.try_update_value(Option::take).flatten() {
            cleanup();
        }
    });
}

/// Calls `handler` with every `event` on `target` while the current owner lives. `E` is the
/// event type the browser sends for `event` (`web_sys::Event` when in doubt).
pub fn use_event_listener<E: JsCast>(
    target: &web_sys::EventTarget,
    event: &'static str,
    mut handler: impl FnMut(E) + 'static,
) {
    let callback: Callback = Closure::new(move |e: JsValue| handler(e.unchecked_into()));
    let function: &js_sys::Function = callback.as_ref().unchecked_ref();
    if target
        .add_event_listener_with_callback(event, function)
        .is_err()
    {
        return;
    }
    let target = target.clone();
    on_cleanup_local(move || {
        let _ =
            target.remove_event_listener_with_callback(event, callback.as_ref().unchecked_ref());
    });
}

/// Calls `on_resize` once at the start, then whenever `target`'s box changes size, while the
/// current owner lives. `false` if the browser has no `ResizeObserver` (nothing is called).
pub fn use_resize_observer(
    target: &web_sys::Element,
    mut on_resize: impl FnMut() + 'static,
) -> bool {
    let callback: Callback = Closure::new(move |_| on_resize());
    let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) else {
        return false;
    };
    observer.observe(target);
    on_cleanup_local(move || {
        observer.disconnect();
        drop(callback);
    });
    true
}

/// Whether the page is being printed: `matchMedia("print")` (print preview, emulated print
/// media) or between `beforeprint` and `afterprint`.
pub fn use_print_media() -> Signal<bool> {
    let printing = RwSignal::new(false);
    let Some(window) = web_sys::window() else {
        return printing.into();
    };
    if let Ok(Some(query)) = window.match_media("print") {
        printing.set(query.matches());
        let media = query.clone();
        use_event_listener(&query, "change", move |_: web_sys::Event| {
            printing.set(media.matches())
        });
    }
    for (event, value) in [("beforeprint", true), ("afterprint", false)] {
        use_event_listener(&window, event, move |_: web_sys::Event| printing.set(value));
    }
    printing.into()
}
