//! The geometry of qualified figures: ranges reach their upper end, and only exact or
//! approximate figures have a share of the whole.

use super::tests::{bar, close};
use super::*;
use crate::story::model::Text;
use crate::story::quantity::Qualifier;

fn figure(id: &str, value: f64, qualifier: Option<Qualifier>, to: Option<f64>) -> Figure {
    Figure {
        id: id.into(),
        claim: "c".into(),
        value,
        qualifier,
        to,
        unit: "soldiers".into(),
        kind: if id == "army" { "whole" } else { "moved" }.into(),
        label: Text::new(),
    }
}

/// An exact 1,500, about 5,000, at least 20,000, at most 7,500, 2,000 to 30,000, and an
/// army of 1.2 million.
fn qualified() -> Vec<Figure> {
    vec![
        figure("exact", 1_500.0, None, None),
        figure("about", 5_000.0, Some(Qualifier::About), None),
        figure("open", 20_000.0, Some(Qualifier::AtLeast), None),
        figure("bound", 7_500.0, Some(Qualifier::AtMost), None),
        figure("range", 2_000.0, Some(Qualifier::Range), Some(30_000.0)),
        figure("army", 1_200_000.0, None, None),
    ]
}

#[test]
fn the_compared_scale_reaches_the_upper_end_of_a_range() {
    let figures = qualified();
    let refs: Vec<&Figure> = figures.iter().collect();
    let g = chart(&refs, &["army"], None);
    assert_eq!(g.scale_max, 30_000);
    let range = bar(&g, "range");
    assert_eq!(range.reach, Reach::Range);
    assert!(
        close(range.fraction, 2_000.0 / 30_000.0),
        "solid up to the value"
    );
    let span = range.span.unwrap();
    assert!(close(span.start, range.fraction));
    assert!(close(span.end, 1.0));
    assert!(!range.off_scale && !range.too_small_to_see);
    // Only a range has a span.
    assert!(g.bars.iter().filter(|b| b.span.is_some()).count() == 1);
    assert_eq!(bar(&g, "open").reach, Reach::OpenEnded);
    assert!(close(bar(&g, "open").fraction, 20_000.0 / 30_000.0));
    assert_eq!(bar(&g, "bound").reach, Reach::UpperBound);
    assert_eq!(bar(&g, "about").reach, Reach::About);
    assert_eq!(bar(&g, "exact").reach, Reach::Exact);
    assert!(bar(&g, "army").off_scale);
}

#[test]
fn the_scale_leaves_room_past_an_open_ended_figure() {
    let figures = qualified();
    let refs: Vec<&Figure> = vec![&figures[0], &figures[2], &figures[3]];
    let g = chart(&refs, &["army"], None);
    assert_eq!(g.scale_max, 25_000, "at least 20,000 and a quarter more");
    assert!(close(bar(&g, "open").fraction, 0.8));
    assert!(!bar(&g, "open").off_scale);
    assert_eq!(g.ticks.last(), Some(&25_000));
}

#[test]
fn against_the_whole_a_range_spans_its_share_of_the_scale_but_has_no_share() {
    let figures = qualified();
    let refs: Vec<&Figure> = figures.iter().collect();
    let g = chart(&refs, &["army"], Some("army"));
    assert_eq!(g.scale_max, 1_200_000);
    let span = bar(&g, "range").span.unwrap();
    assert!(close(span.start, 2_000.0 / 1_200_000.0));
    assert!(close(span.end, 30_000.0 / 1_200_000.0));
    assert_eq!(bar(&g, "range").share, None);
}

#[test]
fn only_exact_and_approximate_figures_have_a_share_of_the_reference() {
    let figures = qualified();
    let refs: Vec<&Figure> = figures.iter().collect();
    // Shares are of the reference the chart is against.
    {
        let g = chart(&refs, &["army"], Some("army"));
        let exact = bar(&g, "exact");
        assert!(close(exact.share.unwrap(), 1_500.0 / 1_200_000.0));
        assert!(!exact.share_about);
        let about = bar(&g, "about");
        assert!(close(about.share.unwrap(), 5_000.0 / 1_200_000.0));
        assert!(about.share_about, "a share of about 5,000 is about");
        for id in ["open", "bound", "range"] {
            assert_eq!(bar(&g, id).share, None, "{id}");
            assert!(!bar(&g, id).share_about, "{id}");
        }
    }
}

#[test]
fn of_an_approximate_whole_every_share_is_approximate() {
    let mut figures = qualified();
    figures[5].qualifier = Some(Qualifier::About);
    let refs: Vec<&Figure> = figures.iter().collect();
    let g = chart(&refs, &["army"], Some("army"));
    assert_eq!(g.reference, Some(1_200_000));
    assert!(bar(&g, "exact").share_about);
    assert!(bar(&g, "army").share_about);
}

#[test]
fn of_an_open_ended_reference_nothing_has_a_share() {
    let mut figures = qualified();
    figures[5].qualifier = Some(Qualifier::MoreThan);
    let refs: Vec<&Figure> = figures.iter().collect();
    let g = chart(&refs, &["army"], Some("army"));
    assert_eq!(g.scale_max, 1_200_000, "the scale is still the reference's");
    assert!(g.bars.iter().all(|b| b.share.is_none()));
}

#[test]
fn a_tiny_range_is_a_stub_and_an_inverted_one_is_never_drawn_inverted() {
    let tiny = figure("tiny", 2.0, Some(Qualifier::Range), Some(3.0));
    let army = figure("army", 1_200_000.0, None, None);
    let g = chart(&[&tiny, &army], &["army"], Some("army"));
    assert!(bar(&g, "tiny").too_small_to_see);
    let inverted = figure("inverted", 3_000.0, Some(Qualifier::Range), Some(2_000.0));
    let g = chart(&[&inverted], &["army"], None);
    let span = bar(&g, "inverted").span.unwrap();
    assert!(span.start <= span.end);
    assert_eq!(g.scale_max, 3_000);
}
