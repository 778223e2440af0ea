//! The reader's choices, and their URL form.
//!
//! `UrlState` parse/serialize are pure (host-tested); `ReaderState` holds the same choices
//! as signals for the components. Nothing else in the app is state: everything a reader
//! sees is derived from `(Story, ReaderState)`.

use leptos::prelude::*;

use crate::story::figures::ChartMode;
use crate::story::locale::Lang;

/// Light, dark, or whatever the reader's system prefers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn parse(value: &str) -> Option<Theme> {
        match value {
            "auto" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// What the query string says, before it is checked against a story.
/// Unknown parameters are left alone (hosts such as pym.js add their own).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UrlState {
    pub lang: Option<Lang>,
    /// 1-based, as in `?step=3`.
    pub step: Option<usize>,
    /// Raw lens ids in URL order; the story decides which exist.
    pub lenses: Vec<String>,
    pub story: Option<String>,
    pub theme: Theme,
    pub chart: Option<ChartMode>,
}

/// Parses a query string (`?lang=en&step=3&lens=evidence,no-parties`). Never fails:
/// what cannot be understood is ignored, so a mangled link still opens the story.
pub fn parse_query(query: &str) -> UrlState {
    let mut state = UrlState::default();
    for (key, value) in query_pairs(query) {
        match key.as_str() {
            "lang" => state.lang = Lang::parse(&value),
            "step" => state.step = value.parse::<usize>().ok().filter(|n| *n >= 1),
            "lens" => {
                state.lenses = value
                    .split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect()
            }
            "story" => state.story = Some(value),
            "theme" => state.theme = Theme::parse(&value).unwrap_or_default(),
            "chart" => state.chart = ChartMode::parse(&value),
            _ => {}
        }
    }
    state
}

/// Rewrites `query` with the reader's state: our own keys are replaced, every other
/// parameter (a host's `childId`, `initialWidth`, …) is kept as it was.
pub fn write_query(query: &str, lang: Lang, step: usize, lenses: &str, chart: ChartMode) -> String {
    const OURS: [&str; 4] = ["lang", "step", "lens", "chart"];
    let mut parts: Vec<String> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .filter(|p| {
            let key = p.split('=').next().unwrap_or("");
            !OURS.contains(&key)
        })
        .map(str::to_owned)
        .collect();
    parts.push(["lang=", lang.code()].concat());
    parts.push(["step=", &step.to_string()].concat());
    if !lenses.is_empty() {
        parts.push(["lens=", &encode(lenses)].concat());
    }
    if chart != ChartMode::Compared {
        parts.push(["chart=", chart.as_str()].concat());
    }
    ["?", &parts.join("&")].concat()
}

/// The decoded `key=value` pairs of a query string, in order (shared with `embed`).
pub fn query_pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(k), decode(v))
        })
}

/// Percent-decoding for query values; invalid escapes stay as written.
fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hex = bytes
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok());
            if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(if b == b'+' { b' ' } else { b });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Lens ids are `[a-z0-9-]` and joined by commas, which are safe in a query value.
fn encode(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-' || *c == ',')
        .collect()
}

/// Clamps a 1-based step from the URL to the story, as a 0-based index.
pub fn step_index(step: Option<usize>, total: usize) -> usize {
    step.unwrap_or(1).clamp(1, total.max(1)) - 1
}

/// The reader's choices as signals. Provided as context once the story is loaded.
#[derive(Debug, Clone, Copy)]
pub struct ReaderState {
    pub lang: RwSignal<Lang>,
    /// 0-based index of the current step.
    pub step: RwSignal<usize>,
    /// Active lens ids, in story order.
    pub lenses: RwSignal<Vec<String>>,
    pub chart: RwSignal<ChartMode>,
    pub show_table: RwSignal<bool>,
}

impl ReaderState {
    /// Fresh state on the first step, in `lang`, no lens active.
    pub fn new(lang: Lang) -> Self {
        ReaderState {
            lang: RwSignal::new(lang),
            step: RwSignal::new(0),
            lenses: RwSignal::new(Vec::new()),
            chart: RwSignal::new(ChartMode::Compared),
            show_table: RwSignal::new(false),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_link_opens_step_language_and_lenses() {
        let s = parse_query("?lang=en&step=3&lens=evidence,no-parties&theme=dark");
        assert_eq!(s.lang, Some(Lang::En));
        assert_eq!(s.step, Some(3));
        assert_eq!(s.lenses, vec!["evidence", "no-parties"]);
        assert_eq!(s.theme, Theme::Dark);
        assert_eq!(s.story, None);
    }

    #[test]
    fn mangled_parameters_are_ignored_not_fatal() {
        let s = parse_query("?step=zero&lang=fr&theme=neon&lens=,,&%zz=1&story");
        assert_eq!(s.step, None);
        assert_eq!(s.lang, None);
        assert_eq!(s.theme, Theme::Auto);
        assert!(s.lenses.is_empty());
        assert_eq!(s.story.as_deref(), Some(""));
        assert_eq!(parse_query("?step=0").step, None);
        assert_eq!(parse_query("?step=99999999999999999999999").step, None);
    }

    #[test]
    fn percent_escapes_are_decoded() {
        assert_eq!(
            parse_query("?lens=evidence%2Cconfirmed").lenses,
            vec!["evidence", "confirmed"]
        );
        assert_eq!(parse_query("?story=a%ZZb").story.as_deref(), Some("a%ZZb"));
        assert_eq!(parse_query("?story=%E2%82%AC").story.as_deref(), Some("€"));
    }

    #[test]
    fn writing_keeps_host_parameters_and_replaces_ours() {
        let q = write_query(
            "?childId=embed-1&initialWidth=320&step=1&lang=de",
            Lang::En,
            4,
            "evidence,confirmed",
            ChartMode::Compared,
        );
        assert_eq!(
            q,
            "?childId=embed-1&initialWidth=320&lang=en&step=4&lens=evidence,confirmed"
        );
        assert_eq!(parse_query(&q).step, Some(4));
    }

    #[test]
    fn written_lens_list_cannot_inject_parameters() {
        let q = write_query("", Lang::De, 1, "a&b=c", ChartMode::AgainstWhole);
        assert_eq!(q, "?lang=de&step=1&lens=abc&chart=whole");
    }

    #[test]
    fn step_is_clamped_to_the_story() {
        assert_eq!(step_index(None, 6), 0);
        assert_eq!(step_index(Some(3), 6), 2);
        assert_eq!(step_index(Some(60), 6), 5);
        assert_eq!(step_index(Some(1), 0), 0);
    }
}
