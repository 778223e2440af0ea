//! The figures: numbers stated by known claims, each a whole number above zero of sane size.

use super::vocabulary::Which;
use super::{key_path, Checker};
use crate::story::load::MAX_FIGURE;
use crate::story::model::{Figure, Qualifier};

impl Checker<'_> {
    pub(super) fn figure(&mut self, path: &str, figure: &Figure) {
        if let Some(message) = self.claims.unknown("claim", &figure.claim) {
            self.error(key_path(path, "claim"), message);
        }
        if let Some(problem) = figure_problem(figure.value) {
            self.error(key_path(path, "value"), problem);
        }
        self.known_term(&key_path(path, "unit"), "unit", &figure.unit, Which::Units);
        let kind_path = key_path(path, "kind");
        self.known_term(&kind_path, "figure kind", &figure.kind, Which::FigureKinds);
        self.range(path, figure);
        self.text(&key_path(path, "label"), &figure.label);
    }

    /// A range has an upper end `to` above its value; nothing else has a `to`.
    fn range(&mut self, path: &str, figure: &Figure) {
        let is_range = figure.qualifier == Some(Qualifier::Range);
        match figure.to {
            None if is_range => self.error(
                key_path(path, "qualifier"),
                "a range needs \"to\", its upper end",
            ),
            None => {}
            Some(_) if !is_range => self.error(
                key_path(path, "to"),
                "only a range has an upper end; add \"qualifier\": \"range\" or leave out \"to\"",
            ),
            Some(to) => {
                if let Some(problem) = figure_problem(to) {
                    self.error(key_path(path, "to"), problem);
                } else if figure.value.is_finite() && to <= figure.value {
                    self.error(
                        key_path(path, "to"),
                        [
                            plain_number(to).as_str(),
                            " is not above the value ",
                            &plain_number(figure.value),
                            "; a range runs from \"value\" up to a larger \"to\"",
                        ]
                        .concat(),
                    );
                }
            }
        }
    }
}

fn figure_problem(value: f64) -> Option<String> {
    let problem = if !value.is_finite() {
        return Some("not a finite number; a figure is a whole number above zero".to_string());
    } else if value <= 0.0 {
        " is not above zero; a figure is a whole number above zero"
    } else if value.fract() != 0.0 {
        " is not a whole number"
    } else if value > MAX_FIGURE {
        " is absurdly large; at most 10,000,000,000 is allowed"
    } else {
        return None;
    };
    Some([plain_number(value).as_str(), problem].concat())
}

/// A finite number as JSON writes it: `-6`, `1.5`, `1e+308`. serde_json's shortest form,
/// because Rust's own float `Display` would add kilobytes to the wasm.
fn plain_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        // Whole and exact in an i64; `-0.0` reads `0`.
        return (value as i64).to_string();
    }
    serde_json::Number::from_f64(value)
        .map(|n| n.to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use crate::story::load::testing::*;
    use crate::story::load::*;
    use crate::story::model::Qualifier;
    use serde_json::json;

    #[test]
    fn figures_must_be_whole_positive_and_sane() {
        let errors = errors_after(|v| {
            v["figures"][0]["value"] = json!(0);
            v["figures"][1]["value"] = json!(-6);
        });
        assert_eq!(
            described(&errors),
            [
                "figures[0].value: 0 is not above zero; a figure is a whole number above zero",
                "figures[1].value: -6 is not above zero; a figure is a whole number above zero",
            ]
        );
        let errors = errors_after(|v| {
            v["figures"][0]["value"] = json!(1.5);
            v["figures"][1]["value"] = json!(1e308);
        });
        assert_eq!(
            described(&errors),
            [
                "figures[0].value: 1.5 is not a whole number",
                "figures[1].value: 1e+308 is absurdly large; at most 10,000,000,000 is allowed",
            ]
        );
        let with_value = |v: &str| MINI.replacen("\"value\": 1500", &format!("\"value\": {v}"), 1);
        assert!(load(&with_value("10000000000")).is_ok());
        assert!(load(&with_value("10000000001")).is_err());
        assert!(load(&with_value("1.2e6")).is_ok());
        assert!(load(&with_value("1500.0")).is_ok());
    }

    #[test]
    fn qualified_figures_load_and_keep_what_they_say() {
        let story = load(
            &MINI
                .replacen(
                    "\"value\": 1500,",
                    "\"value\": 1500, \"qualifier\": \"about\",",
                    1,
                )
                .replacen(
                    "\"value\": 10000,",
                    "\"value\": 10000, \"qualifier\": \"range\", \"to\": 12000,",
                    1,
                ),
        )
        .unwrap();
        assert_eq!(story.figures[0].qualifier, Some(Qualifier::About));
        assert_eq!(story.figures[0].to, None);
        assert_eq!(story.figures[1].qualifier, Some(Qualifier::Range));
        assert_eq!(story.figures[1].to, Some(12_000.0));
        // An exact figure writes neither field back.
        let again = serde_json::to_value(&story).unwrap();
        assert_eq!(again["figures"][0]["qualifier"], "about");
        assert!(again["figures"][0].get("to").is_none());
        assert_eq!(again["figures"][1]["to"], 12000.0);
        let exact = sample_story();
        let again = serde_json::to_value(&exact).unwrap();
        assert!(again["figures"][0].get("qualifier").is_none());
        for qualifier in Qualifier::ALL
            .into_iter()
            .filter(|q| *q != Qualifier::Range)
        {
            let json = MINI.replacen(
                "\"value\": 1500,",
                &format!(
                    "\"value\": 1500, \"qualifier\": \"{}\",",
                    qualifier.as_str()
                ),
                1,
            );
            assert_eq!(load(&json).unwrap().figures[0].qualifier, Some(qualifier));
        }
    }

    #[test]
    fn a_range_needs_an_upper_end_and_only_a_range_has_one() {
        let errors = errors_after(|v| {
            v["figures"][0]["qualifier"] = json!("range");
            v["figures"][1]["qualifier"] = json!("at_least");
            v["figures"][1]["to"] = json!(20000);
        });
        assert_eq!(
            described(&errors),
            [
                "figures[0].qualifier: a range needs \"to\", its upper end",
                "figures[1].to: only a range has an upper end; add \"qualifier\": \"range\" or leave out \"to\"",
            ]
        );
        let errors = errors_after(|v| v["figures"][0]["to"] = json!(2000));
        assert_eq!(
            described(&errors),
            ["figures[0].to: only a range has an upper end; add \"qualifier\": \"range\" or leave out \"to\""]
        );
    }

    #[test]
    fn a_range_runs_upwards_to_a_whole_positive_sane_number() {
        let range_to = |to: serde_json::Value| {
            errors_after(move |v| {
                v["figures"][0]["qualifier"] = json!("range");
                v["figures"][0]["to"] = to;
            })
        };
        assert_eq!(
            described(&range_to(json!(1500))),
            ["figures[0].to: 1500 is not above the value 1500; a range runs from \"value\" up to a larger \"to\""]
        );
        assert_eq!(
            described(&range_to(json!(1000))),
            ["figures[0].to: 1000 is not above the value 1500; a range runs from \"value\" up to a larger \"to\""]
        );
        assert_eq!(
            described(&range_to(json!(2000.5))),
            ["figures[0].to: 2000.5 is not a whole number"]
        );
        assert_eq!(
            described(&range_to(json!(-3))),
            ["figures[0].to: -3 is not above zero; a figure is a whole number above zero"]
        );
        assert_eq!(
            described(&range_to(json!(1e11))),
            ["figures[0].to: 100000000000 is absurdly large; at most 10,000,000,000 is allowed"]
        );
        let errors = validated_after(|s| {
            s.figures[0].qualifier = Some(Qualifier::Range);
            s.figures[0].to = Some(f64::NAN);
        });
        assert_eq!(
            errors,
            ["figures[0].to: not a finite number; a figure is a whole number above zero"]
        );
        // The error is located at the upper end in the text.
        let errors = range_to(json!(1000));
        assert!(errors[0].line.is_some(), "{errors:?}");
    }

    #[test]
    fn an_unknown_qualifier_is_refused_naming_the_known_ones() {
        let errors = errors_after(|v| v["figures"][0]["qualifier"] = json!("roughly"));
        let message = &errors[0].message;
        for known in Qualifier::ALL {
            assert!(message.contains(known.as_str()), "{message}");
        }
    }

    #[test]
    fn non_finite_figures_are_errors() {
        for value in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            let errors = validated_after(|s| s.figures[0].value = value);
            assert_eq!(
                errors,
                ["figures[0].value: not a finite number; a figure is a whole number above zero"]
            );
        }
    }
}
