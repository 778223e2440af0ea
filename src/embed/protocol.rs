//! The message formats of the iframe protocols, as plain values: no browser here, every
//! format host-tested. The shell (`embed::shell`) only posts what these functions build and
//! hands what it receives to these functions.
//!
//! Three ways to size the iframe, all sent whenever the document's height changes, as
//! integer CSS pixels:
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
//! Incoming messages are untrusted: only the exact formats above are understood; nothing
//! received ever becomes markup or a URL.

/// What the iframe's query string tells the embed code (read by `state::parse_query`,
/// which parses the query string once for everything).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EmbedParams {
    /// pym.js' id for this child; pym messages are sent only when present.
    pub child_id: Option<String>,
    /// The host's own name for this embed, echoed in claimlens messages.
    pub id: String,
}

impl EmbedParams {
    /// Takes `childId` and `id` from one decoded query pair; every other key is not ours.
    pub fn read(&mut self, key: &str, value: String) {
        match key {
            // pym's regex on the parent side needs an id without whitespace.
            "childId" if !value.is_empty() && !value.chars().any(char::is_whitespace) => {
                self.child_id = Some(value)
            }
            "id" => self.id = value,
            _ => {}
        }
    }
}

/// Widths and heights outside `0..=MAX_PX` are not believed.
pub const MAX_PX: u32 = 100_000;
const PYM: &str = "pymxPYMx";
const PYM_DELIMITER: &str = "xPYMx";

/// A message to the host page as plain values: the shell posts it as a JS object with these
/// fields, in this order.
#[derive(Debug, Clone, PartialEq)]
pub struct Message(pub Vec<(&'static str, Field)>);

/// The value of one field of a [`Message`].
#[derive(Debug, Clone, PartialEq)]
pub enum Field {
    Text(String),
    Number(f64),
    List(Vec<String>),
}

fn text(s: &str) -> Field {
    Field::Text(s.to_owned())
}

/// A non-negative integer number of pixels written in plain digits, at most `MAX_PX`.
fn parse_px(text: &str) -> Option<u32> {
    if text.is_empty() || text.len() > 6 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse::<u32>().ok().filter(|px| *px <= MAX_PX)
}

/// The pym.js child's height message (pym speaks strings, not objects).
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

/// `{type: "claimlens:height", id, height}`.
pub fn height_message(id: &str, height: u32) -> Message {
    Message(vec![
        ("type", text("claimlens:height")),
        ("id", text(id)),
        ("height", Field::Number(f64::from(height))),
    ])
}

/// AMP's `{sentinel: "amp", type: "embed-size", height}`.
pub fn amp_message(height: u32) -> Message {
    Message(vec![
        ("sentinel", text("amp")),
        ("type", text("embed-size")),
        ("height", Field::Number(f64::from(height))),
    ])
}

/// `{type: "claimlens:state", id, step, lang, lenses: […]}`; `step` is 1-based, as in the URL.
pub fn state_message(id: &str, step: usize, lang: &str, lenses: &[String]) -> Message {
    Message(vec![
        ("type", text("claimlens:state")),
        ("id", text(id)),
        // Exact: a story has far fewer than 2^53 steps.
        ("step", Field::Number(step as f64)),
        ("lang", text(lang)),
        ("lenses", Field::List(lenses.to_vec())),
    ])
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

/// A message as the JSON a host receives (posting a JS object is structured cloning, which
/// carries exactly these values), for the tests.
#[cfg(test)]
fn to_json(message: &Message) -> serde_json::Value {
    let fields = message.0.iter().map(|(key, field)| {
        let value = match field {
            Field::Text(s) => serde_json::json!(s),
            Field::Number(n) => serde_json::json!(*n as u64),
            Field::List(items) => serde_json::json!(items),
        };
        ((*key).to_owned(), value)
    });
    serde_json::Value::Object(fields.collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::parse_query;

    #[test]
    fn query_gives_child_id_and_id() {
        let p = parse_query(
            "?lang=de&initialWidth=640&childId=claimlens-1&parentTitle=x&id=nk%20troops",
        )
        .embed;
        assert_eq!(p.child_id.as_deref(), Some("claimlens-1"));
        assert_eq!(p.id, "nk troops");
        assert_eq!(parse_query("").embed, EmbedParams::default());
    }

    #[test]
    fn mangled_embed_parameters_are_ignored() {
        let p = parse_query("?childId=&initialWidth=-3&id").embed;
        assert_eq!(p.child_id, None);
        assert_eq!(p.id, "");
        assert_eq!(parse_query("?childId=a%20b").embed.child_id, None);
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
    fn height_messages_are_in_the_documented_shapes() {
        assert_eq!(
            to_json(&height_message("nk", 812)),
            serde_json::json!({"type": "claimlens:height", "id": "nk", "height": 812})
        );
        assert_eq!(
            to_json(&amp_message(812)),
            serde_json::json!({"sentinel": "amp", "type": "embed-size", "height": 812})
        );
    }

    #[test]
    fn state_message_carries_step_language_and_lenses() {
        let lenses = vec!["evidence".to_owned(), "no-parties".to_owned()];
        assert_eq!(
            to_json(&state_message("", 3, "en", &lenses)),
            serde_json::json!({
                "type": "claimlens:state", "id": "", "step": 3, "lang": "en",
                "lenses": ["evidence", "no-parties"]
            })
        );
        let none = to_json(&state_message("x", 1, "de", &[]));
        assert_eq!(none["lenses"], serde_json::json!([]));
    }

    #[test]
    fn a_hostile_id_stays_a_plain_string() {
        let id = "\"}, \"type\": \"x\\\n\u{1}\u{2028}<img src=x onerror=alert(1)>";
        let json = to_json(&height_message(id, 1));
        assert_eq!(json["id"], id);
        assert_eq!(json["type"], "claimlens:height");
        let state = to_json(&state_message(id, 1, "de", &[id.to_owned()]));
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
            let _ = crate::state::parse_query(&query);
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
        fn any_id_is_carried_as_it_is(id in ".*", height in 0u32..=MAX_PX) {
            let json = to_json(&height_message(&id, height));
            prop_assert_eq!(json["id"].as_str(), Some(id.as_str()));
        }
    }
}
