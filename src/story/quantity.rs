//! Qualified numbers: what a figure's number really says ("rund 5.000", "mehr als 20.000",
//! "höchstens 7.500", "2.000 bis 3.000"), in the reader's words, and what a chart or a
//! share may honestly make of it.
//!
//! A figure's `value` is exact unless its `qualifier` says otherwise; a `range` runs from
//! `value` up to `to`. The words come from one template per qualifier and language over the
//! locale's number formatting, so the chart, the screen-reader text and the table say the
//! same. Shares are only taken of exact or approximate figures: an open-ended, bounded or
//! ranged figure has no single number to divide.

use serde::{Deserialize, Serialize};

use super::locale::{format_percent, Lang};
use super::model::Figure;
use super::ui_text;

/// How a figure's `value` is meant when it is not exact (absent in the JSON: exact).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// Approximately the value ("rund 5.000").
    About,
    /// The value or more ("mindestens 20.000").
    AtLeast,
    /// More than the value ("mehr als 20.000").
    MoreThan,
    /// The value or fewer ("höchstens 7.500").
    AtMost,
    /// Fewer than the value ("weniger als 7.500").
    FewerThan,
    /// From the value up to the figure's `to` ("2.000 bis 3.000").
    Range,
}

impl Qualifier {
    pub const ALL: [Qualifier; 6] = [
        Qualifier::About,
        Qualifier::AtLeast,
        Qualifier::MoreThan,
        Qualifier::AtMost,
        Qualifier::FewerThan,
        Qualifier::Range,
    ];

    /// The value as written in the JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::About => "about",
            Qualifier::AtLeast => "at_least",
            Qualifier::MoreThan => "more_than",
            Qualifier::AtMost => "at_most",
            Qualifier::FewerThan => "fewer_than",
            Qualifier::Range => "range",
        }
    }
}

/// What a figure's number reaches, as the chart draws it and the shares treat it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Reach {
    /// Exactly the value: a solid bar.
    #[default]
    Exact,
    /// Roughly the value: a bar with a soft end; shares of it are "about" too.
    About,
    /// The value or more (at least, more than): open past the value, no share.
    OpenEnded,
    /// The value or fewer (at most, fewer than): a bound, not a bar; no share.
    UpperBound,
    /// From the value up to `to`: a bar with the span marked; no share.
    Range,
}

impl Reach {
    /// Whether a share of a figure with this reach says something true: of an exact or an
    /// approximate number only.
    pub fn shareable(self) -> bool {
        matches!(self, Reach::Exact | Reach::About)
    }
}

impl Figure {
    /// What the figure's number reaches.
    pub fn reach(&self) -> Reach {
        match self.qualifier {
            None => Reach::Exact,
            Some(Qualifier::About) => Reach::About,
            Some(Qualifier::AtLeast | Qualifier::MoreThan) => Reach::OpenEnded,
            Some(Qualifier::AtMost | Qualifier::FewerThan) => Reach::UpperBound,
            Some(Qualifier::Range) => Reach::Range,
        }
    }

    /// The upper end of a range as a count; the value for every other figure (and for a
    /// range without `to`, which validation refuses).
    pub fn upper_count(&self) -> u64 {
        match (self.reach(), self.to) {
            (Reach::Range, Some(to)) if to.is_finite() && to >= 0.0 => {
                (to as u64).max(self.count())
            }
            _ => self.count(),
        }
    }
}

/// A share of the reference figure, and whether it is only approximate (the figure or the
/// reference is "about").
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Share {
    pub fraction: f64,
    pub about: bool,
}

/// `figure` as a share of `reference`: `None` when either says no single number (open-ended,
/// bounded, a range) or the reference is zero.
pub fn share(figure: &Figure, reference: &Figure) -> Option<Share> {
    let whole = reference.count();
    if whole == 0 || !figure.reach().shareable() || !reference.reach().shareable() {
        return None;
    }
    Some(Share {
        fraction: figure.count() as f64 / whole as f64,
        about: figure.reach() == Reach::About || reference.reach() == Reach::About,
    })
}

/// A figure's number as a reader reads it: its count(s) through `number` (`format_count` in
/// the chart and its summary, `format_digits` in the table) in the qualifier's words.
pub fn phrase(figure: &Figure, lang: Lang, number: fn(u64, Lang) -> String) -> String {
    let n = number(figure.count(), lang);
    match figure.qualifier {
        None => n,
        Some(Qualifier::Range) => fill(
            template(lang, Qualifier::Range),
            &n,
            &number(figure.upper_count(), lang),
        ),
        Some(qualifier) => fill(template(lang, qualifier), &n, ""),
    }
}

/// `template` with `{n}` and `{from}` replaced by `n`, and `{to}` by `to`.
fn fill(template: &str, n: &str, to: &str) -> String {
    ui_text::fill(template, &[("n", n), ("from", n), ("to", to)])
}

/// A share as a percentage in the reader's words: "1 %", or "rund 1 %" when it is only
/// approximate.
pub fn share_phrase(share: Share, lang: Lang) -> String {
    let percent = format_percent(share.fraction, lang);
    if share.about {
        fill(template(lang, Qualifier::About), &percent, "")
    } else {
        percent
    }
}

/// Why a figure with this reach has no share of the reference; `None` when it has one.
pub fn no_share_reason(reach: Reach, lang: Lang) -> Option<&'static str> {
    let reasons = &ui_text::language(lang).no_share;
    match reach {
        Reach::Exact | Reach::About => None,
        Reach::OpenEnded => Some(reasons.open_ended),
        Reach::UpperBound => Some(reasons.upper_bound),
        Reach::Range => Some(reasons.range),
    }
}

/// The words around a qualified number: `{n}`, or `{from}` and `{to}` for a range.
fn template(lang: Lang, qualifier: Qualifier) -> &'static str {
    let words = &ui_text::language(lang).qualifiers;
    match qualifier {
        Qualifier::About => words.about,
        Qualifier::AtLeast => words.at_least,
        Qualifier::MoreThan => words.more_than,
        Qualifier::AtMost => words.at_most,
        Qualifier::FewerThan => words.fewer_than,
        Qualifier::Range => words.range,
    }
}

#[cfg(test)]
mod tests;
