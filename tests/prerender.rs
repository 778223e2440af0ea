//! The story pages rendered at build time (`src/site/prerender.rs`): the whole explainer in
//! the page's language, with the app's own components in their static mode, for readers
//! without JavaScript and for the first paint before the wasm arrives.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::Arc;

use claimlens::site::prerender::story_markup;
use claimlens::story::locale::{format_digits, Lang};
use claimlens::story::{self, Story};

fn seed() -> Arc<Story> {
    Arc::new(story::load(include_str!("../data/nk-troops.json")).unwrap())
}

fn lang(code: &str) -> Lang {
    Lang::parse(code).unwrap()
}

/// Story text as it stands in markup.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn markup(code: &str) -> String {
    story_markup(&seed(), lang(code), "nk-troops")
}

#[test]
fn the_page_is_a_static_main_with_no_script_and_no_hydration_markers() {
    for code in ["de", "en"] {
        let html = markup(code);
        assert!(
            html.starts_with("<main id=\"claimlens\" data-state=\"static\" class=\"claimlens\">")
        );
        assert!(html.ends_with("</main>"));
        assert!(!html.contains("<script"), "{code}");
        assert!(!html.contains("<!>"), "{code}");
        assert!(
            !html.contains(" style=\""),
            "{code}: a strict CSP blocks style attributes"
        );
    }
}

#[test]
fn every_step_is_on_the_page_in_order_each_at_its_place() {
    let story = seed();
    for code in ["de", "en"] {
        let html = markup(code);
        let mut last = 0;
        for (index, step) in story.steps.iter().enumerate() {
            let place = format!("id=\"step-{}\"", index + 1);
            let at = html
                .find(&place)
                .unwrap_or_else(|| panic!("{code}: {place}"));
            let title = escaped(story::text(&step.title, code));
            let title_at = html[at..]
                .find(&format!("<h2 class=\"step-title\">{title}</h2>"))
                .unwrap_or_else(|| panic!("{code}: step {} titled {title}", index + 1));
            assert!(at > last, "{code}: step {} in order", index + 1);
            last = at + title_at;
        }
    }
}

#[test]
fn every_claim_shows_its_source_and_statement_in_the_page_language() {
    let story = seed();
    for code in ["de", "en"] {
        let html = markup(code);
        for claim in &story.claims {
            let statement = escaped(story::text(&claim.statement, code));
            assert!(
                html.contains(&statement),
                "{code}: {}: {statement}",
                claim.id
            );
            let source = story.sources.iter().find(|s| s.id == claim.source).unwrap();
            let name = escaped(story::text(&source.name, code));
            assert!(
                html.contains(&format!("<h5 class=\"claim-source\">{name}</h5>")),
                "{code}: {}: {name}",
                claim.id
            );
        }
    }
}

#[test]
fn every_figure_is_in_its_locale_s_format_in_chart_and_table() {
    let story = seed();
    for code in ["de", "en"] {
        let html = markup(code);
        for figure in &story.figures {
            // Counts in the millions are written in words; the others with digits.
            if figure.value >= 1_000_000.0 {
                continue;
            }
            let digits = format_digits(figure.value as u64, lang(code));
            let chart = format!("<span class=\"chart-number\">{digits}</span>");
            assert!(html.contains(&chart), "{code}: {}: {chart}", figure.id);
            assert!(html.contains("<table class=\"figure-table\">"), "{code}");
        }
    }
    assert!(markup("de").contains(">12.000<"));
    assert!(markup("en").contains(">12,000<"));
}

#[test]
fn the_lenses_and_their_criteria_are_explained() {
    let story = seed();
    for code in ["de", "en"] {
        let html = markup(code);
        for lens in &story.lenses {
            for text in [&lens.label, &lens.explanation] {
                let words = escaped(story::text(text, code));
                assert!(html.contains(&words), "{code}: {}: {words}", lens.id);
            }
        }
    }
}

#[test]
fn back_next_and_the_step_dots_are_links_to_the_steps_places() {
    let html = markup("en");
    let total = seed().steps.len();
    assert!(html.contains(
        "<a role=\"link\" aria-disabled=\"true\" class=\"step-back\"><span aria-hidden=\"true\" class=\"step-arrow\">← </span>Back</a>"
    ));
    assert!(html.contains(
        "<a href=\"#step-2\" class=\"step-next\">Next<span aria-hidden=\"true\" class=\"step-arrow\"> →</span></a>"
    ));
    let last_back = format!("<a href=\"#step-{}\" class=\"step-back\">", total - 1);
    assert!(html.contains(&last_back));
    assert!(html.contains("<a role=\"link\" aria-disabled=\"true\" class=\"step-next\">Next"));
    // Each step marks itself among the dots.
    for n in 1..=total {
        assert!(html.contains(&format!(
            "<a href=\"#step-{n}\" aria-current=\"step\" class=\"step-dot\">"
        )));
    }
}

#[test]
fn the_language_switch_links_each_language_s_page() {
    let de = markup("de");
    assert!(de.contains(
        "<a lang=\"de\" hreflang=\"de\" href=\"nk-troops.html\" aria-current=\"page\" class=\"language-option\">Deutsch</a>\
         <a lang=\"en\" hreflang=\"en\" href=\"nk-troops.en.html\" class=\"language-option\">English</a>"
    ));
    let en = markup("en");
    assert!(en.contains("href=\"nk-troops.en.html\" aria-current=\"page\""));
    let title = escaped(story::text(&seed().title, "en"));
    assert!(en.contains(&format!("<h1 class=\"story-title\">{title}</h1>")));
    assert!(!en.contains("<button type=\"button\" class=\"language-option\""));
}

#[test]
fn rendering_twice_gives_the_same_page() {
    assert_eq!(markup("de"), markup("de"));
}

#[test]
fn the_chart_s_positions_are_in_one_sheet_at_the_start_of_main_each_value_once() {
    let html = markup("de");
    let sheet_end = html.find("</style>").unwrap();
    let sheet = &html[..sheet_end];
    assert!(sheet.starts_with(
        "<main id=\"claimlens\" data-state=\"static\" class=\"claimlens\"><style>#claimlens [data-style=\""
    ));
    assert_eq!(html.matches("<style>").count(), 1);
    for rule in sheet.split('}').filter(|r| r.contains("[data-style=")) {
        let value = &rule[rule.find("[data-style=\"").unwrap() + 13..rule.find("\"]").unwrap()];
        assert!(
            html.contains(&format!(" data-style=\"{value}\"")),
            "{value}"
        );
        assert_eq!(sheet.matches(&format!("\"{value}\"")).count(), 1, "{value}");
    }
}
