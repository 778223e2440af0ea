//! Chart geometry for figures that span six orders of magnitude (six dead, 1,500,
//! 10,000, 12,000, 1,200,000), honestly: every scale is LINEAR, starting at zero.
//!
//! Modes, never a log scale passed off as linear:
//! - [`ChartMode::Compared`]: the claimed figures side by side on a scale up to the
//!   largest figure that is not a reference (the story's `references`, e.g. a whole army); a
//!   reference far beyond that scale is `off_scale` (drawn broken, with its number).
//! - [`ChartMode::Against`] one reference: one scale up to the reference, so each bar's length
//!   is its share of it (12,000 of 1.2 million is 1 %).
//!
//! A bar shorter than [`MIN_VISIBLE`] of the scale is `too_small_to_see`: it is drawn as a
//! stub (see [`bar_width`]) with its number labelled, so a reader never mistakes it for zero.
//! Nothing here divides by zero or panics, whatever the figures.
//!
//! A qualified figure keeps what it says (see `quantity`): a range reaches up to its `to`
//! (scales end at the upper end, its span is kept), an open-ended figure gets room on the
//! scale past its value for its open end, and only exact or approximate figures have a
//! share of the reference.

use super::load::is_valid_id;
use super::model::{Figure, Story};
use super::quantity::{self, Reach};

/// Below this fraction of the scale a bar is drawn as a labelled stub.
pub const MIN_VISIBLE: f64 = 0.005;

/// The width in CSS pixels of a stub: the least a non-zero bar is drawn with.
pub const MIN_STUB_PX: u32 = 2;

/// At most this many intervals between ticks.
const MAX_TICK_INTERVALS: u64 = 6;

/// The name of [`ChartMode::Compared`] in the URL.
const COMPARED: &str = "compared";

/// How the chart compares its figures.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ChartMode {
    /// The claimed figures on a shared scale; the references off the scale.
    #[default]
    Compared,
    /// Every figure as a share of the reference with this id (`story.references`).
    Against(String),
}

impl ChartMode {
    /// The mode's name in the URL: `compared`, or the reference's id (`whole`).
    pub fn as_str(&self) -> &str {
        match self {
            ChartMode::Compared => COMPARED,
            ChartMode::Against(reference) => reference,
        }
    }

    /// A mode from its URL name; whether the story has that reference is for the story to say
    /// (see [`modes`]).
    pub fn parse(s: &str) -> Option<Self> {
        if s == COMPARED {
            Some(ChartMode::Compared)
        } else {
            is_valid_id(s).then(|| ChartMode::Against(s.to_owned()))
        }
    }
}

/// The chart modes `story` offers: compared, then one per reference, in story order.
pub fn modes(story: &Story) -> Vec<ChartMode> {
    let against = story
        .references
        .iter()
        .map(|r| ChartMode::Against(r.id.clone()));
    std::iter::once(ChartMode::Compared)
        .chain(against)
        .collect()
}

/// The figure `mode` compares against in `story`: its reference's figure id.
pub fn against<'a>(story: &'a Story, mode: &ChartMode) -> Option<&'a str> {
    match mode {
        ChartMode::Compared => None,
        ChartMode::Against(id) => story.reference(id).map(|r| r.figure.as_str()),
    }
}

/// The ids of the story's reference figures.
pub fn reference_figures(story: &Story) -> Vec<&str> {
    story.references.iter().map(|r| r.figure.as_str()).collect()
}

/// One figure's bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// The figure's id.
    pub figure: String,
    pub value: u64,
    /// Bar length as a fraction of `scale_max`, clamped to `0..=1`.
    pub fraction: f64,
    /// The value as a share of the reference the chart is against, when it has one and
    /// both are exact or approximate.
    pub share: Option<f64>,
    /// The share is only approximate (the figure or the reference is "about").
    pub share_about: bool,
    /// What the number reaches: exact, about, open-ended, an upper bound, a range.
    pub reach: Reach,
    /// A range's span, from its value to its upper end, as fractions of `scale_max`.
    pub span: Option<Span>,
    /// Reaches beyond the scale (a reference in `Compared` mode): drawn broken, with its
    /// number.
    pub off_scale: bool,
    /// Non-zero but shorter than [`MIN_VISIBLE`]: drawn as a stub and labelled.
    pub too_small_to_see: bool,
    /// This figure is a reference (one the others are compared against).
    pub is_reference: bool,
    /// This figure is the reference the chart is against.
    pub is_against: bool,
}

/// Where a range's span lies on the track: `0 <= start <= end <= 1`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Span {
    pub start: f64,
    pub end: f64,
}

/// Everything needed to draw the chart; bars in input order.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartGeometry {
    /// The value at the end of the track; `0` only for an empty chart.
    pub scale_max: u64,
    /// Round linear ticks from 0 up to at most `scale_max`, evenly spaced.
    pub ticks: Vec<u64>,
    pub bars: Vec<Bar>,
    /// The value of the reference the chart is against, when it is one of the figures.
    pub reference: Option<u64>,
}

impl ChartGeometry {
    /// Where a value sits on the track, as a fraction `0..=1` of `scale_max`.
    pub fn position(&self, value: u64) -> f64 {
        fraction_of(value, self.scale_max)
    }
}

/// The geometry of a chart of `figures`, whose `references` (figure ids) are the story's
/// reference figures, against the figure `against` (a reference's figure id) or compared.
pub fn chart(figures: &[&Figure], references: &[&str], against: Option<&str>) -> ChartGeometry {
    let is_reference = |f: &Figure| references.contains(&f.id.as_str());
    let against_figure = against.and_then(|id| figure_of(figures, id));
    let reference = against_figure.map(|f| f.count());
    let largest = figures.iter().map(|f| scale_end(f)).max().unwrap_or(0);
    let largest_claimed = figures
        .iter()
        .filter(|f| !is_reference(f))
        .map(|f| scale_end(f))
        .max();

    let scale_max = match against {
        None => largest_claimed.filter(|v| *v > 0).unwrap_or(largest),
        Some(_) => reference.unwrap_or(largest),
    };

    let bars = figures
        .iter()
        .map(|f| {
            let value = f.count();
            let upper = f.upper_count();
            let fraction = fraction_of(value, scale_max);
            let reach = f.reach();
            let share = against_figure.and_then(|r| quantity::share(f, r));
            Bar {
                figure: f.id.clone(),
                value,
                fraction,
                share: share.map(|s| s.fraction),
                share_about: share.is_some_and(|s| s.about),
                reach,
                span: (reach == Reach::Range).then(|| span(value, upper, scale_max)),
                off_scale: upper > scale_max,
                too_small_to_see: upper > 0 && fraction_of(upper, scale_max) < MIN_VISIBLE,
                is_reference: is_reference(f),
                is_against: against == Some(f.id.as_str()),
            }
        })
        .collect();

    ChartGeometry {
        scale_max,
        ticks: ticks(scale_max),
        bars,
        reference,
    }
}

/// The figure `id` when it is one of `figures` and not zero: a reference among them.
pub fn figure_of<'a>(figures: &[&'a Figure], id: &str) -> Option<&'a Figure> {
    figures
        .iter()
        .copied()
        .find(|f| f.id == id)
        .filter(|f| f.count() > 0)
}

/// How far a scale must reach to draw `figure` honestly: a range's upper end (no span leaves
/// the track), an open-ended figure's value and a quarter more (room for its open end, so it
/// never looks like a bar that stops), any other figure's value.
fn scale_end(figure: &Figure) -> u64 {
    match figure.reach() {
        Reach::OpenEnded => figure.count().saturating_add(figure.count().div_ceil(4)),
        _ => figure.upper_count(),
    }
}

/// The span from `from` to `to` on a scale up to `scale_max`, never inverted.
fn span(from: u64, to: u64, scale_max: u64) -> Span {
    let (a, b) = (fraction_of(from, scale_max), fraction_of(to, scale_max));
    Span {
        start: a.min(b),
        end: a.max(b),
    }
}

/// `value / scale_max`, clamped to `0..=1`; `0` for a zero scale.
fn fraction_of(value: u64, scale_max: u64) -> f64 {
    if scale_max == 0 {
        return 0.0;
    }
    (value as f64 / scale_max as f64).clamp(0.0, 1.0)
}

/// Round ticks 0, step, 2·step, … ≤ `scale_max`, with step from 1, 2, 5 × 10ⁿ and at most
/// [`MAX_TICK_INTERVALS`] intervals (12,000 → every 2,000; 1,200,000 → every 200,000).
pub fn ticks(scale_max: u64) -> Vec<u64> {
    if scale_max == 0 {
        return Vec::new();
    }
    let step = tick_step(scale_max);
    let mut ticks = Vec::new();
    let mut tick = 0u64;
    while tick <= scale_max {
        ticks.push(tick);
        match tick.checked_add(step) {
            Some(next) => tick = next,
            None => break,
        }
    }
    ticks
}

fn tick_step(scale_max: u64) -> u64 {
    let mut power = 1u64;
    loop {
        for m in [1u64, 2, 5] {
            if let Some(step) = power.checked_mul(m) {
                if scale_max / step <= MAX_TICK_INTERVALS {
                    return step;
                }
            }
        }
        match power.checked_mul(10) {
            Some(next) => power = next,
            None => return scale_max,
        }
    }
}

/// The drawn length of a bar as an SVG length: its fraction of the track as a percentage,
/// or a stub of [`MIN_STUB_PX`] pixels when it is too small to see (never more than the
/// track, which is far wider than a stub).
pub fn bar_width(bar: &Bar) -> String {
    if bar.too_small_to_see {
        MIN_STUB_PX.to_string()
    } else {
        css_percent(bar.fraction)
    }
}

/// A fraction `0..=1` as an SVG/CSS percentage with three decimals, e.g. `"12.500%"`;
/// NaN and out-of-range fractions are clamped to `0%`..`100%`.
///
/// Integer arithmetic on purpose: float formatting (`{:.3}`) costs kilobytes of wasm.
pub fn css_percent(fraction: f64) -> String {
    let fraction = if fraction.is_finite() {
        fraction.clamp(0.0, 1.0)
    } else {
        0.0
    };
    // Thousandths of a percent; `as` saturates and the clamp keeps it within 0..=100_000.
    let milli = (fraction * 100_000.0).round() as u32;
    let decimals = milli % 1000;
    let mut out = (milli / 1000).to_string();
    out.push('.');
    for digit in [decimals / 100, decimals / 10 % 10, decimals % 10] {
        out.push(char::from(b'0' + digit as u8));
    }
    out.push('%');
    out
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod qualified_tests;
