//! The chart geometry on exact figures: scales, ticks, stubs, breaks and shares.

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
        assert_eq!(b.share, Some(b.value as f64 / 1_200_000.0), "{}", b.figure);
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
    let army = figure_of(&refs, "army").unwrap();
    assert_eq!(army.count(), 1_200_000);
    assert!(figure_of(&refs[..3], "army").is_none());
    let army0 = figure("army", 0.0, "whole_army");
    assert!(figure_of(&[&army0], "army").is_none());
    let total = figure("total", 12_000.0, "moved");
    let share = crate::story::quantity::share(&total, army).map(|s| s.fraction);
    assert_eq!(share, Some(0.01));
    assert_eq!(crate::story::quantity::share(&total, &army0), None);
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
