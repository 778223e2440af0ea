//! The iframe protocols: how claimlens talks to the page that embeds it.
//!
//! Three ways to size the iframe, all sent whenever the document's height changes (a
//! `ResizeObserver` on `<html>`, never a timer), as integer CSS pixels:
//! - pym.js: the string `pymxPYMx<childId>xPYMxheightxPYMx<px>` (only when `?childId=` is
//!   given); a parent's `pymxPYMx<childId>xPYMxwidthxPYMx<px>` is answered with the height;
//! - AMP `amp-iframe`: `{sentinel: "amp", type: "embed-size", height}`;
//! - claimlens' own host snippet (`host/claimlens-host.js`): `{type: "claimlens:height", id, height}`.
//!
//! Deep links: the app posts `{type: "claimlens:state", id, step, lang, lenses}` (step 1-based)
//! on every change, and moves to a step on `{type: "claimlens:goto", step}` from its parent.
//! `{type: "claimlens:measure"}` from the parent is answered with the height at once: a host
//! snippet that starts listening late (loaded async) asks, instead of waiting for a change.
//! `id` is the iframe's `?id=` (empty when none), so a host with several embeds can tell
//! them apart.
//!
//! Incoming messages are untrusted: only the exact formats above are understood, only from
//! the parent window; nothing received ever becomes markup or a URL. The message formats are
//! pure functions (host-tested); `connect` is the browser shell and never throws, not even in
//! `<iframe sandbox="allow-scripts">` (it touches neither storage nor cookies).
use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::state::ReaderState;
use crate::story::Story;

/// What the iframe's query string tells the embed code.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EmbedParams {
    /// pym.js' id for this child; pym messages are sent only when present.
    pub child_id: Option<String>,
    /// The width pym.js measured before creating the iframe (informational: the layout
    /// follows the iframe's real width).
    pub initial_width: Option<u32>,
    /// The host's own name for this embed, echoed in claimlens messages.
    pub id: String,
}

/// Widths and heights outside `0..=MAX_PX` are not believed.
pub const MAX_PX: u32 = 100_000;
const PYM: &str = "pymxPYMx";
const PYM_DELIMITER: &str = "xPYMx";

/// Reads `childId`, `initialWidth` and `id` from a query string; everything else is left
/// to `state::parse_query`. Never fails.
pub fn parse_params(query: &str) -> EmbedParams {
    let mut params = EmbedParams::default();
    for (key, value) in crate::state::query_pairs(query) {
        match key.as_str() {
            // pym's regex on the parent side needs an id without whitespace.
            "childId" if !value.is_empty() && !value.chars().any(char::is_whitespace) => {
                params.child_id = Some(value)
            }
            "initialWidth" => params.initial_width = parse_px(&value),
            "id" => params.id = value,
            _ => {}
        }
    }
    params
}

/// A non-negative integer number of pixels written in plain digits, at most `MAX_PX`.
pub fn parse_px(text: &str) -> Option<u32> {
    if text.is_empty() || text.len() > 6 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse::<u32>().ok().filter(|px| *px <= MAX_PX)
}

/// The pym.js child's height message.
pub fn pym_height(child_id: &str, height: u32) -> String {
    [
        PYM,
        child_id,
        PYM_DELIMITER,
        "height",
        PYM_DELIMITER,
        &height.to_string(),
    ]
    .concat()
}

/// The width in a pym.js parent's `width` message for this child, or `None` for any other
/// string (another child's messages, other types, mangled numbers).
pub fn parse_pym_width(message: &str, child_id: &str) -> Option<u32> {
    let rest = message.strip_prefix(PYM)?.strip_prefix(child_id)?;
    let px = rest.strip_prefix(PYM_DELIMITER)?.strip_prefix("width")?;
    parse_px(px.strip_prefix(PYM_DELIMITER)?)
}

/// The 0-based step a `{type: "claimlens:goto", step}` message asks for: `kind` is the
/// message's `type` if it is a string, `step` its `step` if it is a number. Only an integer
/// step within `1..=steps` is obeyed.
pub fn goto_index(kind: Option<&str>, step: Option<f64>, steps: usize) -> Option<usize> {
    if kind != Some("claimlens:goto") {
        return None;
    }
    let step = step?;
    // `steps as f64` is exact for any real story; NaN and infinities fail these tests.
    if !(step >= 1.0 && step <= steps as f64 && step.fract() == 0.0) {
        return None;
    }
    Some(step as usize - 1)
}

/// Whether a message whose `type` is `kind` asks for the height now (`claimlens:measure`).
pub fn is_measure_request(kind: Option<&str>) -> bool {
    kind == Some("claimlens:measure")
}

/// `{"type":"claimlens:height","id":…,"height":…}` as JSON.
pub fn height_message(id: &str, height: u32) -> String {
    [
        r#"{"type":"claimlens:height","id":"#,
        &json_string(id),
        r#","height":"#,
        &height.to_string(),
        "}",
    ]
    .concat()
}

/// AMP's `{"sentinel":"amp","type":"embed-size","height":…}` as JSON.
pub fn amp_message(height: u32) -> String {
    [
        r#"{"sentinel":"amp","type":"embed-size","height":"#,
        &height.to_string(),
        "}",
    ]
    .concat()
}

/// `{"type":"claimlens:state","id":…,"step":…,"lang":…,"lenses":[…]}` as JSON; `step` is
/// 1-based, as in the URL.
pub fn state_message(id: &str, step: usize, lang: &str, lenses: &[String]) -> String {
    let lenses = lenses
        .iter()
        .map(|l| json_string(l))
        .collect::<Vec<_>>()
        .join(",");
    [
        r#"{"type":"claimlens:state","id":"#,
        &json_string(id),
        r#","step":"#,
        &step.to_string(),
        r#","lang":"#,
        &json_string(lang),
        r#","lenses":["#,
        &lenses,
        "]}",
    ]
    .concat()
}

/// The height to announce: the `<html>` box (so the frame can shrink again), or the
/// scroll height when something overflows it. `None` for nonsense measurements.
pub fn content_height(box_height: f64, scroll_height: i32, client_height: i32) -> Option<u32> {
    let height = if scroll_height > client_height {
        box_height.ceil().max(f64::from(scroll_height))
    } else {
        box_height.ceil()
    };
    // NaN fails both comparisons.
    if !(height >= 0.0 && height <= f64::from(MAX_PX)) {
        return None;
    }
    Some(height as u32)
}

/// A JSON string literal.
fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // Other control characters, and the two separators some JSON readers choke on.
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

// ---------------------------------------------------------------------------------------
// The browser shell.

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

/// Posts a JSON message as an object, or a string as is, to any origin: the host's origin
/// is unknown and the messages carry nothing secret. Refusals are ignored.
fn post(parent: &web_sys::Window, message: &JsValue) {
    let _ = parent.post_message(message, "*");
}

fn post_json(parent: &web_sys::Window, json: &str) {
    if let Ok(message) = js_sys::JSON::parse(json) {
        post(parent, &message);
    }
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
            post_json(&self.parent, &amp_message(height));
        }
        if changed || asked == Asked::Own {
            post_json(&self.parent, &height_message(&self.params.id, height));
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
/// when not framed.
/// Called once per page; its listeners live as long as the page.
pub fn connect(story: &Story, reader: ReaderState) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(parent) = parent_window(&window) else {
        return;
    };
    let params = parse_params(&window.location().search().unwrap_or_default());
    let html = window.document().and_then(|d| d.document_element());
    if let Some(html) = &html {
        let _ = html.class_list().add_1("embedded");
    }

    let sizer = Rc::new(Sizer {
        parent: parent.clone(),
        params: params.clone(),
        last: Cell::new(None),
    });

    // Height: the observer reports once at the start, then on every change of <html>'s box.
    let on_resize = {
        let sizer = sizer.clone();
        Closure::<dyn FnMut()>::new(move || sizer.send(Asked::Nobody))
    };
    if let (Some(html), Ok(observer)) = (
        &html,
        web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()),
    ) {
        observer.observe(html);
        // Observing for the page's lifetime: the JS object must never be collected.
        std::mem::forget(observer);
    } else {
        sizer.send(Asked::Nobody);
    }
    on_resize.forget();

    // Messages from the parent: pym width requests and claimlens:goto. Nothing else.
    let steps = story.steps.len();
    let on_message = {
        let sizer = sizer.clone();
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
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
            let goto = goto_index(kind.as_deref(), step, steps);
            if let Some(index) = goto.filter(|i| reader.step.try_get_untracked() != Some(*i)) {
                let _ = reader.step.try_set(index);
            }
        })
    };
    let _ = window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();

    // State for hosts that mirror it in their own URL: on load and on every real change
    // (setting a signal to the value it has is not a change).
    let id = params.id;
    Effect::new(move |previous: Option<String>| {
        let step = reader.step.get() + 1;
        let lang = reader.lang.get();
        let json = reader
            .lenses
            .with(|lenses| state_message(&id, step, lang.code(), lenses));
        if previous.as_deref() != Some(json.as_str()) {
            post_json(&parent, &json);
        }
        json
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_gives_child_id_initial_width_and_id() {
        let p = parse_params(
            "?lang=de&initialWidth=640&childId=claimlens-1&parentTitle=x&id=nk%20troops",
        );
        assert_eq!(p.child_id.as_deref(), Some("claimlens-1"));
        assert_eq!(p.initial_width, Some(640));
        assert_eq!(p.id, "nk troops");
        assert_eq!(parse_params(""), EmbedParams::default());
    }

    #[test]
    fn mangled_embed_parameters_are_ignored() {
        let p = parse_params("?childId=&initialWidth=-3&id");
        assert_eq!(p.child_id, None);
        assert_eq!(p.initial_width, None);
        assert_eq!(p.id, "");
        assert_eq!(parse_params("?childId=a%20b").child_id, None);
        assert_eq!(parse_params("?initialWidth=1e3").initial_width, None);
        assert_eq!(
            parse_params("?initialWidth=99999999999").initial_width,
            None
        );
    }

    #[test]
    fn pym_height_message_is_the_pym_child_format() {
        assert_eq!(
            pym_height("claimlens-1", 1234),
            "pymxPYMxclaimlens-1xPYMxheightxPYMx1234"
        );
    }

    #[test]
    fn pym_width_message_is_read_only_for_our_child_id() {
        assert_eq!(
            parse_pym_width("pymxPYMxc1xPYMxwidthxPYMx640", "c1"),
            Some(640)
        );
        assert_eq!(parse_pym_width("pymxPYMxc1xPYMxwidthxPYMx0", "c1"), Some(0));
        assert_eq!(parse_pym_width("pymxPYMxc2xPYMxwidthxPYMx640", "c1"), None);
        assert_eq!(parse_pym_width("pymxPYMxc1xPYMxheightxPYMx640", "c1"), None);
        assert_eq!(parse_pym_width("pymxPYMxc1xPYMxwidthxPYMx", "c1"), None);
        assert_eq!(
            parse_pym_width("pymxPYMxc1xPYMxwidthxPYMx640px", "c1"),
            None
        );
        assert_eq!(parse_pym_width("pymxPYMxc1xPYMxwidthxPYMx-640", "c1"), None);
        assert_eq!(
            parse_pym_width("pymxPYMxc1xPYMxwidthxPYMx99999999999999999999", "c1"),
            None
        );
        assert_eq!(
            parse_pym_width("pymxPYMxc1xPYMxwidthxPYMx640xPYMx1", "c1"),
            None
        );
        assert_eq!(parse_pym_width(" pymxPYMxc1xPYMxwidthxPYMx640", "c1"), None);
        assert_eq!(parse_pym_width("", "c1"), None);
    }

    #[test]
    fn only_the_exact_measure_type_asks_for_the_height() {
        assert!(is_measure_request(Some("claimlens:measure")));
        assert!(!is_measure_request(Some("claimlens:Measure")));
        assert!(!is_measure_request(Some("claimlens:height")));
        assert!(!is_measure_request(Some("")));
        assert!(!is_measure_request(None));
    }

    #[test]
    fn goto_obeys_only_an_integer_step_within_the_story() {
        let goto = Some("claimlens:goto");
        assert_eq!(goto_index(goto, Some(1.0), 7), Some(0));
        assert_eq!(goto_index(goto, Some(7.0), 7), Some(6));
        assert_eq!(goto_index(goto, Some(0.0), 7), None);
        assert_eq!(goto_index(goto, Some(8.0), 7), None);
        assert_eq!(goto_index(goto, Some(-1.0), 7), None);
        assert_eq!(goto_index(goto, Some(2.5), 7), None);
        assert_eq!(goto_index(goto, Some(f64::NAN), 7), None);
        assert_eq!(goto_index(goto, Some(f64::INFINITY), 7), None);
        assert_eq!(goto_index(goto, Some(1e300), 7), None);
        assert_eq!(goto_index(goto, None, 7), None);
        assert_eq!(goto_index(goto, Some(1.0), 0), None);
        assert_eq!(goto_index(Some("claimlens:Goto"), Some(2.0), 7), None);
        assert_eq!(goto_index(Some("claimlens:state"), Some(2.0), 7), None);
        assert_eq!(goto_index(None, Some(2.0), 7), None);
    }

    #[test]
    fn height_messages_are_json_in_the_documented_shapes() {
        let own: serde_json::Value = serde_json::from_str(&height_message("nk", 812)).unwrap();
        assert_eq!(
            own,
            serde_json::json!({"type": "claimlens:height", "id": "nk", "height": 812})
        );
        let amp: serde_json::Value = serde_json::from_str(&amp_message(812)).unwrap();
        assert_eq!(
            amp,
            serde_json::json!({"sentinel": "amp", "type": "embed-size", "height": 812})
        );
    }

    #[test]
    fn state_message_carries_step_language_and_lenses() {
        let lenses = vec!["evidence".to_owned(), "no-parties".to_owned()];
        let json: serde_json::Value =
            serde_json::from_str(&state_message("", 3, "en", &lenses)).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "type": "claimlens:state", "id": "", "step": 3, "lang": "en",
                "lenses": ["evidence", "no-parties"]
            })
        );
        let none: serde_json::Value =
            serde_json::from_str(&state_message("x", 1, "de", &[])).unwrap();
        assert_eq!(none["lenses"], serde_json::json!([]));
    }

    #[test]
    fn a_hostile_id_stays_a_json_string() {
        let id = "\"}, \"type\": \"x\\\n\u{1}\u{2028}<img src=x onerror=alert(1)>";
        let json: serde_json::Value = serde_json::from_str(&height_message(id, 1)).unwrap();
        assert_eq!(json["id"], id);
        assert_eq!(json["type"], "claimlens:height");
        let state: serde_json::Value =
            serde_json::from_str(&state_message(id, 1, "de", &[id.to_owned()])).unwrap();
        assert_eq!(state["id"], id);
        assert_eq!(state["lenses"][0], id);
    }

    #[test]
    fn height_follows_the_document_box_and_any_overflow() {
        // Content shorter than the frame: the box height, so the frame can shrink.
        assert_eq!(content_height(640.2, 900, 900), Some(641));
        // Something overflows the box: the scroll height.
        assert_eq!(content_height(640.0, 1000, 900), Some(1000));
        assert_eq!(content_height(1200.5, 1100, 900), Some(1201));
        assert_eq!(content_height(f64::NAN, 0, 0), None);
        assert_eq!(content_height(-5.0, 0, 0), None);
        assert_eq!(content_height(1e12, 0, 0), None);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn no_string_panics_the_width_parser(message in ".*", child in "[a-z0-9-]{0,12}") {
            let _ = parse_pym_width(&message, &child);
        }

        #[test]
        fn no_query_panics_the_parameter_parser(query in ".*") {
            let _ = parse_params(&query);
        }

        #[test]
        fn every_width_we_would_send_is_read_back(width in 0u32..=MAX_PX, child in "[a-zA-Z0-9_-]{1,20}") {
            let message = ["pymxPYMx", &child, "xPYMxwidthxPYMx", &width.to_string()].concat();
            prop_assert_eq!(parse_pym_width(&message, &child), Some(width));
        }

        #[test]
        fn no_number_panics_goto(step in proptest::num::f64::ANY, steps in 0usize..1000) {
            if let Some(index) = goto_index(Some("claimlens:goto"), Some(step), steps) {
                prop_assert!(index < steps);
            }
        }

        #[test]
        fn any_id_round_trips_through_the_json(id in ".*", height in 0u32..=MAX_PX) {
            let json: serde_json::Value = serde_json::from_str(&height_message(&id, height)).unwrap();
            prop_assert_eq!(json["id"].as_str(), Some(id.as_str()));
        }
    }
}
