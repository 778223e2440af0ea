//! How a qualified number's bar ends: what tells it from an exact bar by shape, never by
//! colour alone. About: a soft end of thinning strips; open-ended: a fading dashed tail past
//! the value and an arrowhead; an upper bound: a bracket closing a hollow bar; a range: the
//! striped span from the value to the upper end, capped. An exact bar gets nothing.
//!
//! At most one line across the track and one small shape: the component draws every
//! qualifier with the same two optional elements (each distinct view costs the wasm
//! kilobytes).

use crate::story::quantity::Reach;

/// The marks of one bar's end.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EndMarks {
    /// A line along the bar's middle, between two SVG lengths on the track.
    pub line: Option<Line>,
    /// A small shape in pixels from a point on the track.
    pub tip: Option<Tip>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub class: &'static str,
    pub x1: String,
    pub x2: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Tip {
    pub class: &'static str,
    /// Where on the track (an SVG length) the shape's pixel origin sits.
    pub x: String,
    /// An SVG path in pixels from `x` (the track is 28 px high, the bar 18 px from 5 px down).
    pub d: &'static str,
}

/// Three strips, each thinner and further apart: the bar fades out.
const FRINGE: &str = "M1 5h3v18h-3zM6 5h2v18h-2zM10 5h1v18h-1z";
/// Ever shorter dashes and an arrowhead: it goes on past the value (28 px; the scale leaves
/// room for it, see `figures::chart`).
const OPEN: &str = "M2 14h6M11 14h4M18 14h2M23 9l5 5-5 5";
/// A bracket closing the bar: so far and no further.
const BRACKET: &str = "M-5 2H0V26H-5";
/// A cap a little taller than the bar.
const CAP: &str = "M0 2V26";

/// The marks of a bar that reaches `reach` and ends at `end` (an SVG length); a range's
/// `span` runs from its value to its upper end.
pub fn end_marks(reach: Reach, end: &str, span: Option<&(String, String)>) -> EndMarks {
    let line = |class, x1: &str, x2: &str| {
        Some(Line {
            class,
            x1: x1.to_owned(),
            x2: x2.to_owned(),
        })
    };
    let tip = |class, x: &str, d| {
        Some(Tip {
            class,
            x: x.to_owned(),
            d,
        })
    };
    match (reach, span) {
        (Reach::About, _) => EndMarks {
            line: None,
            tip: tip("chart-fringe", end, FRINGE),
        },
        (Reach::OpenEnded, _) => EndMarks {
            line: None,
            tip: tip("chart-open", end, OPEN),
        },
        (Reach::UpperBound, _) => EndMarks {
            line: None,
            tip: tip("chart-cap", end, BRACKET),
        },
        (Reach::Range, Some((start, upper))) => EndMarks {
            line: line("chart-span", start, upper),
            tip: tip("chart-span-end", upper, CAP),
        },
        (Reach::Exact | Reach::Range, _) => EndMarks::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_exact_bar_gets_no_marks() {
        assert_eq!(
            end_marks(Reach::Exact, "50.000%", None),
            EndMarks::default()
        );
    }

    #[test]
    fn a_range_is_marked_from_its_value_to_its_upper_end() {
        let span = ("10.000%".to_owned(), "15.000%".to_owned());
        let range = end_marks(Reach::Range, "10.000%", Some(&span));
        let line = range.line.unwrap();
        assert_eq!((line.x1.as_str(), line.x2.as_str()), ("10.000%", "15.000%"));
        assert_eq!(range.tip.unwrap().x, "15.000%", "capped at the upper end");
        // A range without a span (refused by validation) draws as a plain bar.
        assert_eq!(
            end_marks(Reach::Range, "10.000%", None),
            EndMarks::default()
        );
    }

    #[test]
    fn a_bound_an_open_end_and_an_about_sit_at_the_bars_end() {
        for reach in [Reach::UpperBound, Reach::OpenEnded, Reach::About] {
            let marks = end_marks(reach, "2", None);
            assert_eq!(marks.line, None);
            assert_eq!(marks.tip.unwrap().x, "2", "a stub's end, in pixels");
        }
    }
}
