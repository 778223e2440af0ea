//! The format of a UI language file, `data/ui/<code>.json`: the app's own words (buttons,
//! labels, stances, statuses, number words) and number conventions in one language.
//! `data/ui.schema.json` is generated from these types.
//!
//! `build.rs` includes this file too (it may use nothing but serde): it parses every
//! `data/ui/*.json` with these types at build time and writes them out as Rust statics
//! (`story::lang`), so the wasm carries the words but no parser for them.

use serde::{Deserialize, Deserializer};

/// A word of a UI file (an alias, so serde does not borrow it from the text it parses).
pub type Word = &'static str;

/// A word of a UI file, kept for the life of the program: each file is parsed once (by
/// `build.rs` into statics, by `story-check` to check it), so words are `&'static str`.
fn word<'de, D: Deserializer<'de>>(deserializer: D) -> Result<&'static str, D::Error> {
    String::deserialize(deserializer).map(|word| &*Box::leak(word.into_boxed_str()))
}

/// One language of the UI: `data/ui/<code>.json`.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[cfg_attr(
    all(schema_derive, not(target_arch = "wasm32")),
    derive(schemars::JsonSchema)
)]
#[serde(deny_unknown_fields)]
pub struct UiFile {
    /// Editor tooling only: the path of the JSON Schema (`../ui.schema.json`).
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    /// The language code, as in a story's `languages` and the URL (`?lang=fr`); also the
    /// file name (`fr.json`).
    #[serde(deserialize_with = "word")]
    pub code: Word,
    /// The language's name in itself ("Français"), offered by the language switch.
    #[serde(deserialize_with = "word")]
    pub name: Word,
    pub numbers: Numbers,
    pub qualifiers: Qualifiers,
    /// Why a figure that says no single number has no share of a reference.
    pub no_share: NoShare,
    pub stances: Stances,
    pub statuses: Statuses,
    pub words: UiText,
}

/// How numbers are written: `12.000` / `12,000` / `12 000`, `1,2 Millionen`, `1 %`.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[cfg_attr(
    all(schema_derive, not(target_arch = "wasm32")),
    derive(schemars::JsonSchema)
)]
#[serde(deny_unknown_fields)]
pub struct Numbers {
    /// Between groups of three digits: `"."`, `","`, `"\u202f"` (narrow no-break space).
    #[serde(deserialize_with = "word")]
    pub group: Word,
    /// Before the decimals: `","` or `"."`.
    #[serde(deserialize_with = "word")]
    pub decimal: Word,
    /// What follows a percentage's number: `"\u00a0%"`, `"%"`, `"\u202f%"`.
    #[serde(deserialize_with = "word")]
    pub percent: Word,
    /// Which numbers take the singular (`one`) words.
    pub plural: PluralRule,
    /// The word after a count in millions: `1 Million`, `1,2 Millionen`.
    pub million: PluralWords,
    /// The word after a count in thousands of millions: `1 Milliarde`, `2,5 Milliarden`.
    pub billion: PluralWords,
    /// Put between a count in words and its unit ("1,2 million de soldats"); `""` for none.
    #[serde(deserialize_with = "word")]
    pub unit_after_words: Word,
}

/// Which numbers a language says in the singular.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[cfg_attr(
    all(schema_derive, not(target_arch = "wasm32")),
    derive(schemars::JsonSchema)
)]
#[serde(rename_all = "snake_case")]
pub enum PluralRule {
    /// Exactly 1 (German, English): "1 Million", "1,2 Millionen".
    #[default]
    ExactlyOne,
    /// From 0 to below 2 (French): "1,2 million", "2 millions".
    BelowTwo,
}

/// A word in the singular and the plural.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[cfg_attr(
    all(schema_derive, not(target_arch = "wasm32")),
    derive(schemars::JsonSchema)
)]
#[serde(deny_unknown_fields)]
pub struct PluralWords {
    #[serde(deserialize_with = "word")]
    pub one: Word,
    #[serde(deserialize_with = "word")]
    pub other: Word,
}

/// How a qualified number reads: templates with `{n}`, or `{from}` and `{to}` for a range.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[cfg_attr(
    all(schema_derive, not(target_arch = "wasm32")),
    derive(schemars::JsonSchema)
)]
#[serde(deny_unknown_fields)]
pub struct Qualifiers {
    /// "rund {n}"
    #[serde(deserialize_with = "word")]
    pub about: Word,
    /// "mindestens {n}"
    #[serde(deserialize_with = "word")]
    pub at_least: Word,
    /// "mehr als {n}"
    #[serde(deserialize_with = "word")]
    pub more_than: Word,
    /// "höchstens {n}"
    #[serde(deserialize_with = "word")]
    pub at_most: Word,
    /// "weniger als {n}"
    #[serde(deserialize_with = "word")]
    pub fewer_than: Word,
    /// "{from} bis {to}"
    #[serde(deserialize_with = "word")]
    pub range: Word,
}

/// Why a figure has no share of a reference, by what its number reaches.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[cfg_attr(
    all(schema_derive, not(target_arch = "wasm32")),
    derive(schemars::JsonSchema)
)]
#[serde(deny_unknown_fields)]
pub struct NoShare {
    /// "kein Anteil: nach oben offen" (at least, more than)
    #[serde(deserialize_with = "word")]
    pub open_ended: Word,
    /// "kein Anteil: nur eine Obergrenze" (at most, fewer than)
    #[serde(deserialize_with = "word")]
    pub upper_bound: Word,
    /// "kein Anteil: eine Spanne"
    #[serde(deserialize_with = "word")]
    pub range: Word,
}

/// The headings of a claim board's columns: what a source does with a question.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[cfg_attr(
    all(schema_derive, not(target_arch = "wasm32")),
    derive(schemars::JsonSchema)
)]
#[serde(deny_unknown_fields)]
pub struct Stances {
    #[serde(deserialize_with = "word")]
    pub asserts: Word,
    #[serde(deserialize_with = "word")]
    pub denies: Word,
    #[serde(deserialize_with = "word")]
    pub no_evidence: Word,
    #[serde(deserialize_with = "word")]
    pub doubts: Word,
}

/// Whether the source itself stands behind a claim.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[cfg_attr(
    all(schema_derive, not(target_arch = "wasm32")),
    derive(schemars::JsonSchema)
)]
#[serde(deny_unknown_fields)]
pub struct Statuses {
    #[serde(deserialize_with = "word")]
    pub on_record: Word,
    #[serde(deserialize_with = "word")]
    pub unconfirmed: Word,
}

/// The UI's fixed words in one language. Templates name their numbers in braces.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[cfg_attr(
    all(schema_derive, not(target_arch = "wasm32")),
    derive(schemars::JsonSchema)
)]
#[serde(deny_unknown_fields)]
pub struct UiText {
    /// The language switch's name: "Sprache".
    #[serde(deserialize_with = "word")]
    pub language: Word,
    #[serde(deserialize_with = "word")]
    pub back: Word,
    #[serde(deserialize_with = "word")]
    pub next: Word,
    /// "Schritt {n} von {total}".
    #[serde(deserialize_with = "word")]
    pub step_of: Word,
    #[serde(deserialize_with = "word")]
    pub progress: Word,
    #[serde(deserialize_with = "word")]
    pub explainer: Word,
    /// `aria-roledescription` of one step of the explainer.
    #[serde(deserialize_with = "word")]
    pub step_role: Word,
    #[serde(deserialize_with = "word")]
    pub chart_heading: Word,
    #[serde(deserialize_with = "word")]
    pub chart_mode: Word,
    /// The chart's first mode: every figure on one scale.
    #[serde(deserialize_with = "word")]
    pub chart_compared: Word,
    #[serde(deserialize_with = "word")]
    pub show_table: Word,
    #[serde(deserialize_with = "word")]
    pub off_scale: Word,
    #[serde(deserialize_with = "word")]
    pub too_small: Word,
    #[serde(deserialize_with = "word")]
    pub col_number: Word,
    #[serde(deserialize_with = "word")]
    pub col_kind: Word,
    #[serde(deserialize_with = "word")]
    pub col_source: Word,
    #[serde(deserialize_with = "word")]
    pub col_status: Word,
    /// A figure meets the reader's criteria (the table's last column).
    #[serde(deserialize_with = "word")]
    pub shown: Word,
    #[serde(deserialize_with = "word")]
    pub sources_heading: Word,
    #[serde(deserialize_with = "word")]
    pub lenses_heading: Word,
    #[serde(deserialize_with = "word")]
    pub lenses_intro: Word,
    /// "{shown} von {total} Aussagen erfüllen Ihre Kriterien".
    #[serde(deserialize_with = "word")]
    pub summary: Word,
    #[serde(deserialize_with = "word")]
    pub set_aside_by: Word,
    #[serde(deserialize_with = "word")]
    pub unconfirmed_badge: Word,
    #[serde(deserialize_with = "word")]
    pub quote: Word,
    #[serde(deserialize_with = "word")]
    pub translation: Word,
    #[serde(deserialize_with = "word")]
    pub when: Word,
    #[serde(deserialize_with = "word")]
    pub evidence: Word,
    #[serde(deserialize_with = "word")]
    pub disputes: Word,
    #[serde(deserialize_with = "word")]
    pub disputed_by: Word,
    #[serde(deserialize_with = "word")]
    pub source_profile: Word,
    #[serde(deserialize_with = "word")]
    pub country: Word,
    #[serde(deserialize_with = "word")]
    pub no_claims: Word,
    #[serde(deserialize_with = "word")]
    pub loading: Word,
    #[serde(deserialize_with = "word")]
    pub error_title: Word,
    #[serde(deserialize_with = "word")]
    pub error_intro: Word,
    #[serde(deserialize_with = "word")]
    pub bad_story_id: Word,
    #[serde(deserialize_with = "word")]
    pub fetch_failed: Word,
    /// The marks around a quote printed in this language: „…“, “…”, «\u202f…\u202f».
    #[serde(deserialize_with = "word")]
    pub quote_open: Word,
    #[serde(deserialize_with = "word")]
    pub quote_close: Word,
    /// Between a label and what it labels: ": " (German, English), "\u202f: " (French).
    #[serde(deserialize_with = "word")]
    pub colon: Word,
    /// The error panel of a page with no story inlined and no `?story=`.
    #[serde(deserialize_with = "word")]
    pub no_story: Word,
    /// `<noscript>` of every story page, after the story's title and summary.
    #[serde(deserialize_with = "word")]
    pub needs_javascript: Word,
    /// The editors' embed code titles its iframe "{embed_title}: {story title}".
    #[serde(deserialize_with = "word")]
    pub embed_title: Word,
}
