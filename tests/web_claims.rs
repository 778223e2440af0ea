//! ClaimBoard, ClaimCard and LensSwitch in headless Chromium, on a small story of their own.
#![cfg(target_arch = "wasm32")]

mod support;

use claimlens::components::claim_board::ClaimBoard;
use claimlens::components::claim_card::ClaimCard;
use claimlens::components::lens_switch::LensSwitch;
use claimlens::story::Story;
use leptos::prelude::*;
use support::{click, find, find_all, mount_with, settle, text};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Two sources (one a party to the war), two questions, three claims: an assertion with
/// published evidence, a denial that disputes it (with a quote), an unconfirmed report.
/// Two lenses. Wording after the seed article.
const FIXTURE: &str = r#"{
  "id": "claims-fixture",
  "languages": ["de", "en"],
  "default_language": "de",
  "title": { "de": "Hat Nordkorea Truppen nach Russland geschickt?", "en": "Has North Korea sent troops to Russia?" },
  "summary": { "de": "Seoul sagt ja, Moskau bestreitet es.", "en": "Seoul says yes, Moscow denies it." },
  "date": { "de": "Stand: Freitag", "en": "As of Friday" },
  "credit": { "de": "Test-Fixture", "en": "Test fixture" },
  "sides": [
    { "id": "russia", "label": { "de": "Russland", "en": "Russia" } },
    { "id": "ukraine", "label": { "de": "Ukraine", "en": "Ukraine" } }
  ],
  "party_badge": { "de": "Kriegspartei", "en": "Party to the war" },
  "source_kinds": [
    { "id": "intelligence_service", "label": { "de": "Geheimdienst", "en": "Intelligence service" } },
    { "id": "spokesperson", "label": { "de": "Sprecher", "en": "Spokesperson" } }
  ],
  "evidence_kinds": [
    { "id": "published", "label": { "de": "Veröffentlichte Belege", "en": "Published evidence" } },
    { "id": "citing_others", "label": { "de": "Beruft sich auf andere", "en": "Cites others" } },
    { "id": "none", "label": { "de": "Keine genannt", "en": "None given" } }
  ],
  "sources": [
    {
      "id": "nis",
      "name": { "de": "Nationaler Geheimdienst (NIS)", "en": "National Intelligence Service (NIS)" },
      "kind": "intelligence_service",
      "country": { "de": "Südkorea", "en": "South Korea" },
      "note": { "de": "Südkoreas Geheimdienst.", "en": "South Korea's intelligence service." }
    },
    {
      "id": "kremlin",
      "name": { "de": "Dmitri Peskow", "en": "Dmitry Peskov" },
      "kind": "spokesperson",
      "country": { "de": "Russland", "en": "Russia" },
      "party": "russia",
      "note": { "de": "Sprecher des russischen Präsidenten.", "en": "Spokesman of the Russian president." }
    }
  ],
  "questions": [
    { "id": "sent", "text": { "de": "Hat Nordkorea Truppen entsandt?", "en": "Has North Korea sent troops?" } },
    { "id": "how-many", "text": { "de": "Wie viele Soldaten?", "en": "How many soldiers?" } }
  ],
  "claims": [
    {
      "id": "nis-sent",
      "source": "nis",
      "question": "sent",
      "stance": "asserts",
      "statement": { "de": "Nordkorea habe Truppen entsandt.", "en": "North Korea has sent troops." },
      "when": { "de": "Freitag", "en": "Friday" },
      "evidence": "published",
      "status": "on_record"
    },
    {
      "id": "peskov-denies",
      "source": "kremlin",
      "question": "sent",
      "stance": "denies",
      "statement": { "de": "Russland bestreitet den Einsatz nordkoreanischer Truppen.", "en": "Russia denies the use of North Korean troops." },
      "quote": { "text": "eine weitere Falschmeldung", "lang": "de", "translation": { "en": "another false report" } },
      "when": { "de": "Letzte Woche", "en": "Last week" },
      "evidence": "none",
      "status": "on_record",
      "disputes": ["nis-sent"]
    },
    {
      "id": "nis-12000",
      "source": "nis",
      "question": "how-many",
      "stance": "asserts",
      "statement": { "de": "Insgesamt 12.000 Soldaten sollen entsandt werden.", "en": "12,000 soldiers in all are to be sent." },
      "when": { "de": "Freitag", "en": "Friday" },
      "evidence": "citing_others",
      "status": "unconfirmed"
    }
  ],
  "figures": [],
  "lenses": [
    {
      "id": "evidence",
      "label": { "de": "Nur mit Belegen", "en": "Evidence only" },
      "explanation": { "de": "Nur Aussagen mit veröffentlichten Belegen.", "en": "Only claims with published evidence." },
      "rule": { "keep": { "field": "evidence", "any_of": ["published"] } }
    },
    {
      "id": "no-parties",
      "label": { "de": "Ohne Kriegsparteien", "en": "Without parties to the war" },
      "explanation": { "de": "Lässt Aussagen der Kriegsparteien weg.", "en": "Leaves out what the parties to the war say." },
      "rule": { "keep": { "field": "source.party", "any_of": ["none"] } }
    }
  ],
  "steps": [
    {
      "id": "sent",
      "title": { "de": "Was Seoul sagt", "en": "What Seoul says" },
      "body": { "de": ["Text."], "en": ["Text."] },
      "shows": { "question": "sent" }
    }
  ]
}"#;

fn fixture() -> Story {
    match claimlens::story::load(FIXTURE) {
        Ok(story) => story,
        Err(errors) => panic!("fixture is invalid: {errors:?}"),
    }
}

fn card(host: &web_sys::HtmlElement, id: &str) -> web_sys::Element {
    find(host, &format!("[data-claim=\"{id}\"]"))
}

fn attr(el: &web_sys::Element, name: &str) -> String {
    el.get_attribute(name).unwrap_or_default()
}

fn texts(host: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    find_all(host, selector)
        .iter()
        .map(|e| text(e).trim().to_owned())
        .collect()
}

#[wasm_bindgen_test]
async fn board_shows_the_question_and_one_labelled_list_per_stance_in_order() {
    let (host, _) = mount_with(
        fixture(),
        support::lang("de"),
        || view! { <ClaimBoard question="sent" /> },
    );
    settle().await;
    assert_eq!(
        texts(&host, "h3.claim-question"),
        vec!["Hat Nordkorea Truppen entsandt?"]
    );
    assert_eq!(
        texts(&host, ".stance-heading"),
        vec!["Behauptet", "Bestreitet"]
    );
    for list in find_all(&host, "ul.claim-list") {
        let label = find(&host, &format!("#{}", attr(&list, "aria-labelledby")));
        assert!(label.tag_name().eq_ignore_ascii_case("h4"));
    }
    let column_of_denial = find(&host, ".claim-column[data-stance=\"denies\"]");
    assert!(column_of_denial
        .query_selector("[data-claim=\"peskov-denies\"]")
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
async fn cards_carry_their_claim_id_and_shown_state() {
    let (host, _) = mount_with(
        fixture(),
        support::lang("de"),
        || view! { <ClaimBoard question="sent" /> },
    );
    settle().await;
    let cards = find_all(&host, "li.claim-card");
    let ids: Vec<String> = cards.iter().map(|c| attr(c, "data-claim")).collect();
    assert_eq!(ids, vec!["nis-sent", "peskov-denies"]);
    assert!(cards.iter().all(|c| attr(c, "data-shown") == "true"));
    let nis = card(&host, "nis-sent");
    assert!(text(&nis).contains("Nationaler Geheimdienst (NIS)"));
    assert!(text(&nis).contains("Geheimdienst"));
    assert!(text(&nis).contains("Nordkorea habe Truppen entsandt."));
    assert!(text(&nis).contains("Wann"));
    assert!(text(&nis).contains("Veröffentlichte Belege"));
    assert!(nis.query_selector(".claim-set-aside").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_party_to_the_war_gets_a_badge_naming_its_side() {
    let (host, reader) = mount_with(
        fixture(),
        support::lang("de"),
        || view! { <ClaimBoard question="sent" /> },
    );
    settle().await;
    let badge = card(&host, "peskov-denies")
        .query_selector(".badge-party")
        .unwrap()
        .expect("party badge");
    assert_eq!(text(&badge).trim(), "Kriegspartei: Russland");
    assert!(card(&host, "nis-sent")
        .query_selector(".badge-party")
        .unwrap()
        .is_none());
    reader.lang.set(support::lang("en"));
    settle().await;
    assert_eq!(text(&badge).trim(), "Party to the war: Russia");
}

#[wasm_bindgen_test]
async fn quote_is_marked_in_the_article_language_and_translated_for_other_readers() {
    let (host, reader) = mount_with(
        fixture(),
        support::lang("de"),
        || view! { <ClaimBoard question="sent" /> },
    );
    settle().await;
    let peskov = card(&host, "peskov-denies");
    let quote = peskov
        .query_selector("blockquote")
        .unwrap()
        .expect("blockquote");
    assert_eq!(attr(&quote, "lang"), "de");
    assert_eq!(text(&quote).trim(), "eine weitere Falschmeldung");
    let caption = peskov.query_selector("figcaption").unwrap().unwrap();
    assert_eq!(text(&caption).trim(), "Zitat");
    // A German reader reads the quote as printed; no translation.
    assert!(peskov
        .query_selector(".claim-translation")
        .unwrap()
        .is_none());

    reader.lang.set(support::lang("en"));
    settle().await;
    assert_eq!(text(&caption).trim(), "Quote");
    assert_eq!(attr(&quote, "lang"), "de");
    let translation = peskov
        .query_selector(".claim-translation")
        .unwrap()
        .expect("translation for English readers");
    assert_eq!(attr(&translation, "lang"), "en");
    assert_eq!(
        text(&translation).trim(),
        "Translation: another false report"
    );
    assert!(card(&host, "nis-sent")
        .query_selector("blockquote")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
async fn an_unconfirmed_claim_shows_its_badge() {
    let (host, _) = mount_with(fixture(), support::lang("de"), || {
        view! { <ClaimBoard question="how-many" /> }
    });
    settle().await;
    assert_eq!(texts(&host, ".stance-heading"), vec!["Behauptet"]);
    let badge = card(&host, "nis-12000")
        .query_selector(".badge-unconfirmed")
        .unwrap()
        .expect("unconfirmed badge");
    assert_eq!(text(&badge).trim(), "Unbestätigt");
    assert!(text(&card(&host, "nis-12000")).contains("Beruft sich auf andere"));
}

#[wasm_bindgen_test]
async fn disputes_are_named_in_both_directions() {
    let (host, _) = mount_with(
        fixture(),
        support::lang("de"),
        || view! { <ClaimBoard question="sent" /> },
    );
    settle().await;
    let disputes = card(&host, "peskov-denies")
        .query_selector(".claim-disputes")
        .unwrap()
        .expect("what the denial disputes");
    assert_eq!(
        text(&disputes).trim(),
        "WidersprichtNationaler Geheimdienst (NIS)"
    );
    let disputed_by = card(&host, "nis-sent")
        .query_selector(".claim-disputed-by")
        .unwrap()
        .expect("who disputes the assertion");
    assert_eq!(text(&disputed_by).trim(), "Bestritten vonDmitri Peskow");
}

#[wasm_bindgen_test]
async fn a_reader_can_open_the_source_profile_on_the_card() {
    let (host, _) = mount_with(
        fixture(),
        support::lang("de"),
        || view! { <ClaimBoard question="sent" /> },
    );
    settle().await;
    let profile = card(&host, "peskov-denies")
        .query_selector("details.source-profile")
        .unwrap()
        .expect("source profile");
    let summary = profile.query_selector("summary").unwrap().unwrap();
    assert_eq!(text(&summary).trim(), "Profil der Quelle");
    assert!(!profile.has_attribute("open"));
    click(&summary);
    settle().await;
    assert!(profile.has_attribute("open"));
    let content = text(&profile);
    assert!(content.contains("LandRussland"));
    assert!(content.contains("KriegsparteiRussland"));
    assert!(content.contains("Sprecher des russischen Präsidenten."));
}

#[wasm_bindgen_test]
async fn lens_switch_is_labelled_and_describes_each_lens() {
    let (host, _) = mount_with(fixture(), support::lang("de"), || view! { <LensSwitch /> });
    settle().await;
    let section = find(&host, "section.lens-switch");
    let heading = find(&host, &format!("#{}", attr(&section, "aria-labelledby")));
    assert_eq!(text(&heading).trim(), "Glaubwürdigkeit");
    let switches = find_all(&host, "[data-lens]");
    let ids: Vec<String> = switches.iter().map(|s| attr(s, "data-lens")).collect();
    assert_eq!(ids, vec!["evidence", "no-parties"]);
    for switch in &switches {
        assert_eq!(attr(switch, "role"), "switch");
        assert_eq!(attr(switch, "aria-checked"), "false");
        assert!(switch.tag_name().eq_ignore_ascii_case("button"));
    }
    let first = &switches[0];
    assert_eq!(text(first).trim(), "Nur mit Belegen");
    let described = find(&host, &format!("#{}", attr(first, "aria-describedby")));
    assert_eq!(
        text(&described).trim(),
        "Nur Aussagen mit veröffentlichten Belegen."
    );
    let status = find(&host, "[role=\"status\"]");
    assert_eq!(
        text(&status).trim(),
        "3 von 3 Aussagen erfüllen Ihre Kriterien"
    );
}

#[wasm_bindgen_test]
async fn lens_criteria_open_on_demand_under_the_heading_and_stay_the_switches_descriptions() {
    let (host, reader) = mount_with(fixture(), support::lang("de"), || view! { <LensSwitch /> });
    settle().await;
    // A compact bar: the heading is the disclosure's summary, the intro and the criteria
    // are behind it, the switches and the summary line are not.
    let about = find(&host, "section.lens-switch > details.lens-about");
    assert!(!about.has_attribute("open"), "the criteria start closed");
    let summary = find(&host, "details.lens-about > summary");
    assert_eq!(
        attr(&find(&host, "summary > h2"), "id"),
        "lens-switch-heading"
    );
    assert_eq!(text(&summary).trim(), "Glaubwürdigkeit");
    assert_eq!(
        texts(&host, "details.lens-about > .lens-intro"),
        vec!["Wählen Sie, welchen Aussagen Sie folgen wollen. Alle Ansichten passen sich an."]
    );
    assert_eq!(
        texts(&host, "details.lens-about dt"),
        vec!["Nur mit Belegen", "Ohne Kriegsparteien"]
    );
    assert!(find_all(&host, "details.lens-about [data-lens]").is_empty());
    assert!(find_all(&host, "details [role=\"status\"]").is_empty());
    // Each switch is described by its criterion, the `dd` under its label.
    for switch in find_all(&host, "[data-lens]") {
        let described = find(&host, &format!("#{}", attr(&switch, "aria-describedby")));
        assert!(described.tag_name().eq_ignore_ascii_case("dd"));
        assert!(about.contains(Some(&described)));
        let label = described
            .previous_element_sibling()
            .expect("the criterion's label");
        assert_eq!(text(&label).trim(), text(&switch).trim());
    }
    click(&summary);
    settle().await;
    assert!(about.has_attribute("open"), "one tap opens the criteria");
    // The criteria follow the language like the switches.
    reader.lang.set(support::lang("en"));
    settle().await;
    assert_eq!(text(&summary).trim(), "Credibility");
    let first = find(&host, "[data-lens=\"evidence\"]");
    let described = find(&host, &format!("#{}", attr(&first, "aria-describedby")));
    assert_eq!(
        text(&described).trim(),
        "Only claims with published evidence."
    );
}

#[wasm_bindgen_test]
async fn switching_a_lens_dims_the_claims_it_sets_aside_and_gives_the_reason() {
    let (host, reader) = mount_with(fixture(), support::lang("de"), || {
        view! {
            <LensSwitch />
            <ClaimBoard question="sent" />
        }
    });
    settle().await;
    let switch = find(&host, "[data-lens=\"no-parties\"]");
    click(&switch);
    settle().await;
    assert_eq!(attr(&switch, "aria-checked"), "true");
    assert_eq!(reader.lenses.get_untracked(), vec!["no-parties".to_owned()]);

    let peskov = card(&host, "peskov-denies");
    assert_eq!(attr(&peskov, "data-shown"), "false");
    let reason = peskov
        .query_selector(".claim-set-aside")
        .unwrap()
        .expect("the reason it is set aside");
    assert_eq!(
        text(&reason).trim(),
        "Ausgeblendet durch: Ohne Kriegsparteien — Lässt Aussagen der Kriegsparteien weg."
    );
    // Still there, with its statement: dimmed, never removed.
    assert!(text(&peskov).contains("Russland bestreitet"));
    assert_eq!(attr(&card(&host, "nis-sent"), "data-shown"), "true");

    click(&switch);
    settle().await;
    assert_eq!(attr(&switch, "aria-checked"), "false");
    assert_eq!(attr(&peskov, "data-shown"), "true");
    assert!(peskov.query_selector(".claim-set-aside").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn summary_line_counts_the_claims_meeting_the_criteria_and_lenses_keep_story_order() {
    let (host, reader) = mount_with(fixture(), support::lang("de"), || view! { <LensSwitch /> });
    settle().await;
    let status = find(&host, "[role=\"status\"]");
    click(&find(&host, "[data-lens=\"no-parties\"]"));
    settle().await;
    assert_eq!(
        text(&status).trim(),
        "2 von 3 Aussagen erfüllen Ihre Kriterien"
    );
    click(&find(&host, "[data-lens=\"evidence\"]"));
    settle().await;
    assert_eq!(
        text(&status).trim(),
        "1 von 3 Aussagen erfüllen Ihre Kriterien"
    );
    // Switched on in the other order, listed in story order (as the URL shows them).
    assert_eq!(
        reader.lenses.get_untracked(),
        vec!["evidence".to_owned(), "no-parties".to_owned()]
    );
    reader.lang.set(support::lang("en"));
    settle().await;
    assert_eq!(text(&status).trim(), "1 of 3 claims meet your criteria");
}

#[wasm_bindgen_test]
async fn keyed_cards_stay_the_same_nodes_after_a_lens_switch() {
    let (host, reader) = mount_with(fixture(), support::lang("de"), || {
        view! {
            <LensSwitch />
            <ClaimBoard question="sent" />
        }
    });
    settle().await;
    let before = find_all(&host, "li.claim-card");
    assert_eq!(before.len(), 2);
    click(&find(&host, "[data-lens=\"evidence\"]"));
    settle().await;
    let after = find_all(&host, "li.claim-card");
    assert_eq!(after.len(), 2);
    for (a, b) in before.iter().zip(&after) {
        assert!(
            a.is_same_node(Some(b)),
            "card {} was rebuilt",
            attr(a, "data-claim")
        );
    }
    assert_eq!(attr(&after[1], "data-shown"), "false");
    // A language switch rewrites the texts in place, too.
    reader.lang.set(support::lang("en"));
    settle().await;
    let in_english = find_all(&host, "li.claim-card");
    for (a, b) in before.iter().zip(&in_english) {
        assert!(a.is_same_node(Some(b)));
    }
    assert_eq!(texts(&host, ".stance-heading"), vec!["Asserts", "Denies"]);
    assert!(text(&after[1])
        .contains("Set aside by: Evidence only — Only claims with published evidence."));
}

#[wasm_bindgen_test]
async fn a_card_can_be_mounted_alone_by_claim_id() {
    let (host, _) = mount_with(fixture(), support::lang("en"), || {
        view! {
            <ul>
                <ClaimCard claim="nis-12000" />
                <ClaimCard claim="no-such-claim" />
            </ul>
        }
    });
    settle().await;
    let cards = find_all(&host, "li.claim-card");
    assert_eq!(cards.len(), 1);
    assert!(text(&cards[0]).contains("Unconfirmed"));
    assert!(text(&cards[0]).contains("12,000 soldiers in all are to be sent."));
}

#[wasm_bindgen_test]
async fn a_question_without_claims_says_so() {
    let (host, _) = mount_with(fixture(), support::lang("de"), || {
        view! { <ClaimBoard question="no-such-question" /> }
    });
    settle().await;
    assert_eq!(
        texts(&host, ".claim-board-empty"),
        vec!["Zu dieser Frage gibt es keine Aussagen."]
    );
    assert!(find_all(&host, "li.claim-card").is_empty());
}
