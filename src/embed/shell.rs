//! The browser side of the embed: measures `<html>`, posts the protocol's messages to the
//! parent window and hands the parent's messages to the protocol. Listeners come from
//! `hooks` and go with the view that connected them.
use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use super::protocol::{
    amp_message, content_height, goto_index, height_message, is_measure_request, parse_pym_width,
    pym_height, state_message, EmbedParams, Field, Message,
};
use crate::hooks::{use_event_listener, use_resize_observer};
use crate::state::{Action, ReaderState};
use crate::story::Story;

/// Whether the app runs inside a frame (an embed) rather than as the page itself.
pub fn is_framed() -> bool {
    web_sys::window().is_some_and(|w| parent_window(&w).is_some())
}

/// The page's parent window if the page is framed. Reading `window.parent` is guarded:
/// some browsers refuse it in unusual frames, and then the app simply acts unframed.
fn parent_window(window: &web_sys::Window) -> Option<web_sys::Window> {
    let parent = js_sys::Reflect::get(window, &JsValue::from_str("parent")).ok()?;
    if parent.is_null() || parent.is_undefined() || js_sys::Object::is(&parent, window) {
        return None;
    }
    Some(parent.unchecked_into())
}

/// Posts a message to any origin: the host's origin is unknown and the messages carry
/// nothing secret. Refusals are ignored.
fn post(parent: &web_sys::Window, message: &JsValue) {
    let _ = parent.post_message(message, "*");
}

/// The protocol's message as the JS object a host receives.
fn to_object(message: &Message) -> JsValue {
    let object = js_sys::Object::new();
    for (key, field) in &message.0 {
        let value = match field {
            Field::Text(text) => JsValue::from_str(text),
            Field::Number(number) => JsValue::from_f64(*number),
            Field::List(items) => items
                .iter()
                .map(|item| JsValue::from_str(item))
                .collect::<js_sys::Array>()
                .into(),
        };
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &value);
    }
    object.into()
}

/// What the embed remembers between measurements.
struct Sizer {
    parent: web_sys::Window,
    params: EmbedParams,
    last: Cell<Option<u32>>,
}

impl Sizer {
    fn measure(&self) -> Option<u32> {
        let html = web_sys::window()?.document()?.document_element()?;
        let rect = html.get_bounding_client_rect();
        content_height(rect.height(), html.scroll_height(), html.client_height())
    }

    /// Sends the height in every format if it changed since the last sent one, and in the
    /// format that `asked` for it in any case (a request expects an answer).
    fn send(&self, asked: Asked) {
        let Some(height) = self.measure() else {
            return;
        };
        let changed = self.last.replace(Some(height)) != Some(height);
        if let Some(child_id) = self.params.child_id.as_deref() {
            if changed || asked == Asked::Pym {
                post(
                    &self.parent,
                    &JsValue::from_str(&pym_height(child_id, height)),
                );
            }
        }
        if changed {
            post(&self.parent, &to_object(&amp_message(height)));
        }
        if changed || asked == Asked::Own {
            post(
                &self.parent,
                &to_object(&height_message(&self.params.id, height)),
            );
        }
    }
}

/// Who asked for the height: nobody (it changed), a pym parent's width message, or the
/// own host snippet's `claimlens:measure`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Asked {
    Nobody,
    Pym,
    Own,
}

/// Starts talking to the host page, if framed: marks `<html class="embedded">`, sends the
/// height whenever it changes, posts the reader's state on every change, and listens for
/// the parent's pym width, `claimlens:measure` and `claimlens:goto` messages. Does nothing
/// when not framed. Its listeners live as long as the calling view.
pub fn connect(story: Arc<Story>, reader: ReaderState, params: EmbedParams) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(parent) = parent_window(&window) else {
        return;
    };
    let html = window.document().and_then(|d| d.document_element());
    if let Some(html) = &html {
        let _ = html.class_list().add_1("embedded");
    }

    let id = params.id.clone();
    let sizer = Rc::new(Sizer {
        parent: parent.clone(),
        params,
        last: Cell::new(None),
    });

    // Height: the observer reports once at the start, then on every change of <html>'s box.
    let observing = html.as_ref().is_some_and(|html| {
        let sizer = sizer.clone();
        use_resize_observer(html, move || sizer.send(Asked::Nobody))
    });
    if !observing {
        sizer.send(Asked::Nobody);
    }

    // Messages from the parent: pym width requests, claimlens:measure and claimlens:goto.
    // Nothing else.
    let steps = story.steps.len();
    use_event_listener(&window, "message", move |event: web_sys::MessageEvent| {
        let from_parent = event
            .source()
            .is_some_and(|source| js_sys::Object::is(&source, &sizer.parent));
        if !from_parent {
            return;
        }
        let data = event.data();
        if let Some(text) = data.as_string() {
            if let Some(child_id) = &sizer.params.child_id {
                if parse_pym_width(&text, child_id).is_some() {
                    sizer.send(Asked::Pym);
                }
            }
            return;
        }
        if !data.is_object() || js_sys::Array::is_array(&data) {
            return;
        }
        let field = |name: &str| js_sys::Reflect::get(&data, &JsValue::from_str(name)).ok();
        let kind = field("type").and_then(|v| v.as_string());
        if is_measure_request(kind.as_deref()) {
            sizer.send(Asked::Own);
            return;
        }
        let step = field("step").and_then(|v| v.as_f64());
        if let Some(index) = goto_index(kind.as_deref(), step, steps) {
            reader.dispatch(&story, Action::GoTo(index));
        }
    });

    // State for hosts that mirror it in their own URL: on load and on every real change
    // (setting a signal to the value it has is not a change).
    Effect::new(move |previous: Option<Message>| {
        let step = reader.step.get() + 1;
        let lang = reader.lang.get();
        let message = reader
            .lenses
            .with(|lenses| state_message(&id, step, lang.code(), lenses));
        if previous.as_ref() != Some(&message) {
            post(&parent, &to_object(&message));
        }
        message
    });
}
