//! Escaping for the pages the build writes: story text becomes markup only through here.

/// Text content: `&`, `<` and `>` escaped.
pub fn text(value: &str) -> String {
    escape(value, false)
}

/// A double-quoted attribute value: also `"` escaped.
pub fn attr(value: &str) -> String {
    escape(value, true)
}

fn escape(value: &str, quotes: bool) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if quotes => out.push_str("&quot;"),
            other => out.push(other),
        }
    }
    out
}

/// JSON text as the body of a `<script type="application/json">`: every `<` written as
/// `\u003c`, so no `</script>` or `<!--` in a story can end or bend the element. Valid JSON
/// has `<` only inside strings, where `\u003c` reads back as the same character.
pub fn json_script_body(json: &str) -> String {
    json.replace('<', "\\u003c")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_story_text_stays_text() {
        assert_eq!(
            text("<b>Tom & \"Jerry\"</b>"),
            "&lt;b&gt;Tom &amp; \"Jerry\"&lt;/b&gt;"
        );
        assert_eq!(attr("a \"b\" <c>"), "a &quot;b&quot; &lt;c&gt;");
    }

    #[test]
    fn a_script_end_tag_in_json_cannot_close_the_data_script() {
        let json = r#"{"title": "</script><script>alert(1)</script> <!-- x"}"#;
        let body = json_script_body(json);
        assert!(!body.contains('<'));
        let back: serde_json::Value = serde_json::from_str(&body).unwrap();
        let original: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(back, original);
    }
}
