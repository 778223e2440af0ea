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

/// The value of the figure `id` when it is one of `figures` (and it is not zero): what a
/// reference among them is worth.
pub fn value_of(figures: &[&Figure], id: &str) -> Option<u64> {
    figure_of(figures, id).map(|f| f.count())
}

/// `value` as a share of `reference` (`None` without one); the same in every chart mode.
pub fn share_of(value: u64, reference: Option<u64>) -> Option<f64> {
    reference.map(|r| value as f64 / r as f64)
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
mod tests {
    use super::*;
    use crate::story::model::{Story, Text};

    /// The story's reference figure: the whole army.
    const REFS: &[&str] = &["army"];
    /// Against the whole army.
    const WHOLE: Option<&str> = Some("army");
    /// Both modes: compared, and against the whole army.
    const MODES: [Option<&str>; 2] = [None, WHOLE];

    fn figure(id: &str, value: f64, kind: &str) -> Figure {
        Figure {
            id: id.into(),
            claim: "c".into(),
            value,
            qualifier: None,
            to: None,
            unit: if kind == "killed" {
                "deaths"
            } else {
                "soldiers"
            }
            .into(),
            kind: kind.into(),
            label: Text::new(),
        }
    }

    /// The story's five figures, spanning six orders of magnitude.
    fn story_figures() -> Vec<Figure> {
        vec![
            figure("moved", 1_500.0, "moved"),
            figure("prepared", 10_000.0, "in_preparation"),
            figure("total", 12_000.0, "planned_total"),
            figure("army", 1_200_000.0, "whole_army"),
            figure("dead", 6.0, "killed"),
        ]
    }

    pub(super) fn bar<'a>(geometry: &'a ChartGeometry, id: &str) -> &'a Bar {
        geometry.bars.iter().find(|b| b.figure == id).unwrap()
    }

    pub(super) fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    #[test]
    fn chart_mode_round_trips_through_its_url_name() {
        let whole = ChartMode::Against("whole".into());
        for mode in [ChartMode::Compared, whole.clone()] {
            assert_eq!(ChartMode::parse(mode.as_str()), Some(mode.clone()));
        }
        assert_eq!(ChartMode::Compared.as_str(), "compared");
        assert_eq!(whole.as_str(), "whole");
        assert_eq!(ChartMode::parse("Log"), None);
        assert_eq!(ChartMode::parse("a&b"), None);
        assert_eq!(ChartMode::default(), ChartMode::Compared);
    }

    fn story_with_references(ids: &[&str]) -> Story {
        let mut story = crate::story::load(crate::story::BUNDLED).unwrap();
        let template = story.references[0].clone();
        story.references = ids
            .iter()
            .map(|id| crate::story::Reference {
                id: (*id).into(),
                ..template.clone()
            })
            .collect();
        story
    }

    #[test]
    fn a_story_offers_one_mode_per_reference_after_compared() {
        let none = story_with_references(&[]);
        assert_eq!(modes(&none), [ChartMode::Compared]);
        let one = story_with_references(&["whole"]);
        assert_eq!(
            modes(&one),
            [ChartMode::Compared, ChartMode::Against("whole".into())]
        );
        let two = story_with_references(&["whole", "population"]);
        assert_eq!(modes(&two).len(), 3);
        assert_eq!(
            against(&two, &ChartMode::Against("population".into())),
            Some("whole-army")
        );
        assert_eq!(against(&two, &ChartMode::Compared), None);
        assert_eq!(against(&none, &ChartMode::Against("whole".into())), None);
    }

    #[test]
    fn against_a_second_reference_the_first_is_an_ordinary_bar_with_its_share() {
        let figures = story_figures();
        let refs: Vec<&Figure> = figures.iter().collect();
        // Two references: the army and the 12,000 planned in total.
        let g = chart(&refs, &["army", "total"], Some("total"));
        assert_eq!(g.scale_max, 12_000);
        assert_eq!(g.reference, Some(12_000));
        let army = bar(&g, "army");
        assert!(army.off_scale && army.is_reference && !army.is_against);
        assert!(close(army.share.unwrap(), 100.0));
        let total = bar(&g, "total");
        assert!(total.is_against && close(total.share.unwrap(), 1.0));
        assert!(close(bar(&g, "moved").share.unwrap(), 0.125));
        // Compared, neither reference sets the scale.
        let compared = chart(&refs, &["army", "total"], None);
        assert_eq!(compared.scale_max, 10_000);
        assert!(bar(&compared, "total").off_scale);
    }

    #[test]
    fn without_references_nothing_is_off_the_scale() {
        let figures = story_figures();
        let refs: Vec<&Figure> = figures.iter().collect();
        let g = chart(&refs, &[], None);
        assert_eq!(g.scale_max, 1_200_000);
        assert!(g.bars.iter().all(|b| !b.off_scale && !b.is_reference));
        assert!(g.bars.iter().all(|b| b.share.is_none()));
    }

    #[test]
    fn compared_scale_ends_at_the_largest_claimed_figure_not_the_army() {
        let figures = story_figures();
        let refs: Vec<&Figure> = figures.iter().collect();
        let g = chart(&refs, REFS, None);
        assert_eq!(g.scale_max, 12_000);
        assert!(close(bar(&g, "total").fraction, 1.0));
        assert!(close(bar(&g, "moved").fraction, 0.125));
        assert!(close(bar(&g, "prepared").fraction, 10_000.0 / 12_000.0));
    }

    #[test]
    fn compared_chart_breaks_the_whole_army_bar_off_the_scale() {
        let figures = story_figures();
        let refs: Vec<&Figure> = figures.iter().collect();
        let g = chart(&refs, REFS, None);
        let army = bar(&g, "army");
        assert!(army.off_scale);
        assert!(army.is_reference);
        assert!(close(army.fraction, 1.0), "clamped to the track");
        assert_eq!(army.value, 1_200_000);
        assert!(g.bars.iter().filter(|b| b.off_scale).count() == 1);
    }

    #[test]
    fn against_whole_twelve_thousand_is_one_percent_of_the_army() {
        let figures = story_figures();
        let refs: Vec<&Figure> = figures.iter().collect();
        let g = chart(&refs, REFS, WHOLE);
        assert_eq!(g.scale_max, 1_200_000);
        assert_eq!(g.reference, Some(1_200_000));
        let total = bar(&g, "total");
        assert!(close(total.fraction, 0.01));
        assert!(close(total.share.unwrap(), 0.01));
        let army = bar(&g, "army");
        assert!(close(army.fraction, 1.0));
        assert!(!army.off_scale);
        assert!(g.bars.iter().all(|b| !b.off_scale));
    }

    #[test]
    fn bars_share_the_reference_the_chart_is_against_and_compared_bars_none() {
        let figures = story_figures();
        let refs: Vec<&Figure> = figures.iter().collect();
        let compared = chart(&refs, REFS, None);
        let whole = chart(&refs, REFS, WHOLE);
        assert!(compared.bars.iter().all(|b| b.share.is_none()));
        assert_eq!(compared.reference, None);
        for b in &whole.bars {
            assert_eq!(b.share, share_of(b.value, Some(1_200_000)), "{}", b.figure);
        }
        assert!(close(
            bar(&whole, "moved").share.unwrap(),
            1_500.0 / 1_200_000.0
        ));
    }

    #[test]
    fn six_dead_are_too_small_to_see_in_both_modes() {
        let figures = story_figures();
        let refs: Vec<&Figure> = figures.iter().collect();
        for against in MODES {
            let g = chart(&refs, REFS, against);
            let dead = bar(&g, "dead");
            assert!(dead.too_small_to_see, "{against:?}");
            assert!(dead.fraction > 0.0, "a stub, not nothing");
        }
    }

    #[test]
    fn against_whole_1500_is_a_stub_but_10000_is_visible() {
        let figures = story_figures();
        let refs: Vec<&Figure> = figures.iter().collect();
        let g = chart(&refs, REFS, WHOLE);
        assert!(bar(&g, "moved").too_small_to_see);
        assert!(!bar(&g, "prepared").too_small_to_see);
        assert!(!bar(&g, "total").too_small_to_see);
        let c = chart(&refs, REFS, None);
        assert!(!bar(&c, "moved").too_small_to_see);
    }

    #[test]
    fn bars_keep_input_order() {
        let figures = story_figures();
        let refs: Vec<&Figure> = figures.iter().rev().collect();
        let g = chart(&refs, REFS, None);
        let order: Vec<&str> = g.bars.iter().map(|b| b.figure.as_str()).collect();
        assert_eq!(order, ["dead", "army", "total", "prepared", "moved"]);
    }

    #[test]
    fn scale_is_linear_bars_proportional_to_values() {
        let figures = story_figures();
        let refs: Vec<&Figure> = figures.iter().collect();
        for against in MODES {
            let g = chart(&refs, REFS, against);
            for b in g.bars.iter().filter(|b| !b.off_scale) {
                assert!(close(b.fraction * g.scale_max as f64, b.value as f64));
            }
        }
    }

    #[test]
    fn ticks_are_round_evenly_spaced_and_within_the_scale() {
        assert_eq!(
            ticks(12_000),
            [0, 2_000, 4_000, 6_000, 8_000, 10_000, 12_000]
        );
        assert_eq!(
            ticks(1_200_000),
            [0, 200_000, 400_000, 600_000, 800_000, 1_000_000, 1_200_000]
        );
        assert_eq!(ticks(10_000), [0, 2_000, 4_000, 6_000, 8_000, 10_000]);
        assert_eq!(ticks(1_500), [0, 500, 1_000, 1_500]);
        assert_eq!(ticks(6), [0, 1, 2, 3, 4, 5, 6]);
        assert_eq!(ticks(7), [0, 2, 4, 6]);
        assert_eq!(ticks(1), [0, 1]);
        assert!(ticks(0).is_empty());
        for max in [3, 99, 101, 12_345, 999_999, 1_000_001, u64::MAX] {
            let t = ticks(max);
            assert!(t.len() >= 2 && t.len() <= 7, "{max}: {t:?}");
            assert!(t.iter().all(|v| *v <= max));
            let step = t[1] - t[0];
            assert!(t.windows(2).all(|w| w[1] - w[0] == step));
        }
    }

    #[test]
    fn chart_ticks_follow_the_mode() {
        let figures = story_figures();
        let refs: Vec<&Figure> = figures.iter().collect();
        assert_eq!(chart(&refs, REFS, None).ticks, ticks(12_000));
        assert_eq!(chart(&refs, REFS, WHOLE).ticks, ticks(1_200_000));
    }

    #[test]
    fn empty_input_gives_an_empty_chart() {
        for against in MODES {
            let g = chart(&[], REFS, against);
            assert_eq!(g.scale_max, 0);
            assert!(g.ticks.is_empty());
            assert!(g.bars.is_empty());
            assert_eq!(g.reference, None);
            assert_eq!(g.position(5), 0.0);
        }
    }

    #[test]
    fn without_whole_army_against_whole_falls_back_to_largest_figure_and_has_no_shares() {
        let figures = story_figures();
        let refs: Vec<&Figure> = figures.iter().filter(|f| f.kind != "whole_army").collect();
        let g = chart(&refs, REFS, WHOLE);
        assert_eq!(g.scale_max, 12_000);
        assert_eq!(g.reference, None);
        assert!(g.bars.iter().all(|b| b.share.is_none()));
    }

    #[test]
    fn only_the_whole_army_in_compared_mode_is_on_its_own_scale() {
        let army = figure("army", 1_200_000.0, "whole_army");
        let g = chart(&[&army], REFS, None);
        assert_eq!(g.scale_max, 1_200_000);
        assert!(!g.bars[0].off_scale);
        assert!(close(g.bars[0].fraction, 1.0));
        assert!(g.bars[0].is_reference && !g.bars[0].is_against);
        assert_eq!(g.bars[0].share, None, "compared, nothing is a share");
        assert_eq!(chart(&[&army], REFS, WHOLE).bars[0].share, Some(1.0));
    }

    #[test]
    fn zero_nan_and_negative_values_never_divide_by_zero() {
        let zero = figure("zero", 0.0, "moved");
        let nan = figure("nan", f64::NAN, "moved");
        let neg = figure("neg", -5.0, "killed");
        let army0 = figure("army", 0.0, "whole_army");
        let inf = figure("inf", f64::INFINITY, "planned_total");
        for against in MODES {
            let g = chart(&[&zero, &nan, &neg, &army0], REFS, against);
            assert_eq!(g.scale_max, 0);
            assert_eq!(g.reference, None);
            for b in &g.bars {
                assert_eq!(b.fraction, 0.0);
                assert!(!b.too_small_to_see && !b.off_scale);
                assert_eq!(b.share, None);
            }
            let g = chart(&[&inf, &zero], REFS, against);
            assert!(g.bars.iter().all(|b| b.fraction.is_finite()));
        }
    }

    #[test]
    fn huge_values_do_not_overflow() {
        let huge = figure("huge", 1e30, "planned_total");
        let six = figure("six", 6.0, "killed");
        let g = chart(&[&huge, &six], REFS, None);
        assert_eq!(g.scale_max, u64::MAX);
        assert!(bar(&g, "six").too_small_to_see);
        assert!(!g.ticks.is_empty());
    }

    #[test]
    fn bar_width_is_proportional_with_a_visible_stub_for_tiny_bars() {
        let figures = story_figures();
        let refs: Vec<&Figure> = figures.iter().collect();
        let compared = chart(&refs, REFS, None);
        assert_eq!(bar_width(bar(&compared, "moved")), "12.500%");
        assert_eq!(bar_width(bar(&compared, "total")), "100.000%");
        assert_eq!(
            bar_width(bar(&compared, "army")),
            "100.000%",
            "clamped to the track"
        );
        assert_eq!(bar_width(bar(&compared, "dead")), MIN_STUB_PX.to_string());
        let whole = chart(&refs, REFS, WHOLE);
        assert_eq!(bar_width(bar(&whole, "total")), "1.000%");
        assert_eq!(bar_width(bar(&whole, "moved")), "2", "a stub of two pixels");
        let zero = figure("zero", 0.0, "moved");
        let nan = figure("nan", f64::NAN, "moved");
        let g = chart(&[&zero, &nan], REFS, None);
        for b in &g.bars {
            assert_eq!(bar_width(b), "0.000%", "nothing to draw is not a stub");
        }
    }

    #[test]
    fn whole_is_the_non_zero_whole_army_and_shares_are_of_it() {
        let figures = story_figures();
        let refs: Vec<&Figure> = figures.iter().collect();
        assert_eq!(value_of(&refs, "army"), Some(1_200_000));
        assert_eq!(value_of(&refs[..3], "army"), None);
        let army0 = figure("army", 0.0, "whole_army");
        assert_eq!(value_of(&[&army0], "army"), None);
        assert_eq!(share_of(12_000, Some(1_200_000)), Some(0.01));
        assert_eq!(share_of(12_000, None), None);
    }

    #[test]
    fn bundled_story_figures_all_fit_the_chart() {
        let story: crate::story::Story = serde_json::from_str(crate::story::BUNDLED).unwrap();
        let refs: Vec<&Figure> = story.figures.iter().collect();
        let references = reference_figures(&story);
        for mode in modes(&story) {
            let against = against(&story, &mode);
            let g = chart(&refs, &references, against);
            assert_eq!(g.bars.len(), story.figures.len());
            assert!(g.scale_max > 0);
            for b in &g.bars {
                assert!((0.0..=1.0).contains(&b.fraction), "{}", b.figure);
                assert_eq!(b.off_scale, b.value > g.scale_max, "{}", b.figure);
                // Only the whole army may leave the scale, and only when compared.
                if b.off_scale {
                    assert!(b.is_reference && against.is_none(), "{}", b.figure);
                }
            }
        }
    }

    #[test]
    fn bundled_story_twelve_thousand_is_one_percent_of_its_army() {
        let story: crate::story::Story = serde_json::from_str(crate::story::BUNDLED).unwrap();
        let refs: Vec<&Figure> = story.figures.iter().collect();
        let whole = against(&story, &ChartMode::Against("whole".into()));
        let g = chart(&refs, &reference_figures(&story), whole);
        assert_eq!(g.reference, Some(1_200_000));
        let total = g.bars.iter().find(|b| b.value == 12_000).unwrap();
        assert!(close(total.share.unwrap(), 0.01));
        assert!(close(total.fraction, 0.01));
    }

    #[test]
    fn css_percent_has_three_decimals_and_stays_in_range() {
        assert_eq!(css_percent(0.125), "12.500%");
        assert_eq!(css_percent(1.0), "100.000%");
        assert_eq!(css_percent(0.0), "0.000%");
        assert_eq!(css_percent(0.000_005), "0.001%");
        assert_eq!(css_percent(0.86), "86.000%");
        assert_eq!(css_percent(1.0 / 3.0), "33.333%");
        assert_eq!(css_percent(2.0 / 3.0), "66.667%");
        for odd in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -1.0] {
            assert_eq!(css_percent(odd), "0.000%");
        }
        assert_eq!(css_percent(7.5), "100.000%");
    }

    #[test]
    fn css_percent_agrees_with_float_formatting() {
        for i in 0..=10_000 {
            let fraction = f64::from(i) / 10_000.0 + 1e-9;
            assert_eq!(css_percent(fraction), format!("{:.3}%", (fraction * 100.0)));
        }
    }
}

#[cfg(test)]
mod qualified_tests;
