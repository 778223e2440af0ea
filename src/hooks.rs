//! Browser listeners as hooks, after leptos-use: each `use_*` adds its listener when it is
//! called and removes it when the calling owner (the component or view that called it) is
//! cleaned up. Nothing is leaked with `forget`. Outside a browser they do nothing.
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// One closure type for every listener and observer: its glue is compiled once.
type Callback = Closure<dyn FnMut(JsValue)>;

/// Undoes what a hook did (removes a listener, disconnects an observer) when dropped.
struct Undo(Option<Box<dyn FnOnce()>>);

impl Drop for Undo {
    fn drop(&mut self) {
        if let Some(undo) = self.0.take() {
            undo();
        }
    }
}

/// Runs `undo` when the current owner is cleaned up. Browser objects are not `Send`, which
/// `on_cleanup` requires, so `undo` waits in the owner's local storage instead: cleaning
/// up the owner disposes of it, and dropping it runs it.
fn on_cleanup_local(undo: impl FnOnce() + 'static) {
    let _ = StoredValue::new_local(Undo(Some(Box::new(undo))));
}

/// Calls `handler` with every `event` on `target` while the current owner lives. `E` is the
/// event type the browser sends for `event` (`web_sys::Event` when in doubt).
pub fn use_event_listener<E: JsCast>(
    target: &web_sys::EventTarget,
    event: &'static str,
    mut handler: impl FnMut(E) + 'static,
) {
    listen(
        target,
        event,
        Box::new(move |e: JsValue| handler(e.unchecked_into())),
    );
}

/// The part of `use_event_listener` that does not depend on the handler: compiled once.
fn listen(target: &web_sys::EventTarget, event: &'static str, handler: Box<dyn FnMut(JsValue)>) {
    let callback = Callback::wrap(handler);
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
    let callback = Callback::wrap(Box::new(move |_| on_resize()));
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
/// media) or between `beforeprint` and `afterprint`. The caller can only read it. Its type is
/// left opaque (an `RwSignal` inside) because a `Signal<bool>` or `ReadSignal<bool>` would
/// each compile a machinery of their own into the wasm for this one use.
pub fn use_print_media() -> impl Get<Value = bool> + Copy + Send + Sync + 'static {
    let printing = RwSignal::new(false);
    // Pages prerendered on the host are never printing (and have no window to ask).
    if !cfg!(target_arch = "wasm32") {
        return printing;
    }
    let Some(window) = web_sys::window() else {
        return printing;
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
    printing
}
