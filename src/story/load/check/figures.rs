//! The figures: numbers stated by known claims, each a whole number above zero of sane size.

use super::vocabulary::Which;
use super::{key_path, Checker};
use crate::story::load::MAX_FIGURE;
use crate::story::model::Figure;

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
        self.text(&key_path(path, "label"), &figure.label);
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
