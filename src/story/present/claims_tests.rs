use super::*;
use crate::story::lens::apply;
use crate::story::present::fixtures::{bundled, mini};

fn active(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|id| id.to_string()).collect()
}

/// The card of `id` under the `lenses`, which the test expects to exist.
fn card_of(story: &Story, id: &str, lang: Lang, lenses: &[&str]) -> ClaimCardView {
    let verdict = apply(story, &active(lenses)).claim(id);
    match card(story, id, lang, &verdict) {
        Some(card) => card,
        None => panic!("no card for {id}"),
    }
}

fn name(story: &Story, source: &str, lang: &str) -> String {
    match story.source(source) {
        Some(s) => text(&s.name, lang).to_owned(),
        None => panic!("no source {source}"),
    }
}

#[test]
fn board_has_one_column_per_stance_taken_in_stance_order() {
    let story = mini();
    let board = board(&story, "sent", Lang::of("de"));
    assert_eq!(
        board.question.as_deref(),
        Some("Hat Nordkorea Truppen entsandt?")
    );
    let columns: Vec<(&str, &str, Vec<&str>)> = board
        .columns
        .iter()
        .map(|c| {
            (
                c.stance,
                c.heading.as_str(),
                c.claims.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(
        columns,
        vec![
            ("asserts", "Behauptet", vec!["nis-sent"]),
            ("denies", "Bestreitet", vec!["peskov-denies"]),
        ]
    );
    assert_eq!(board.empty, None);
}

#[test]
fn board_speaks_the_readers_language() {
    let story = mini();
    let board = board(&story, "sent", Lang::of("en"));
    assert_eq!(
        board.question.as_deref(),
        Some("Has North Korea sent troops?")
    );
    let headings: Vec<&str> = board.columns.iter().map(|c| c.heading.as_str()).collect();
    assert_eq!(headings, vec!["Asserts", "Denies"]);
}

#[test]
fn columns_follow_stance_order_not_story_order_and_keep_story_order_within() {
    let story = bundled();
    for question in &story.questions {
        let columns = columns(&story, &question.id);
        let stances: Vec<Stance> = columns.iter().map(|(s, _)| *s).collect();
        let mut sorted = stances.clone();
        sorted.sort_by_key(|s| Stance::ALL.iter().position(|a| a == s));
        sorted.dedup();
        assert_eq!(stances, sorted, "question {}", question.id);
        // Every claim on the question is in exactly one column, in story order there.
        let mut placed: Vec<&str> = Vec::new();
        for (stance, ids) in &columns {
            assert!(!ids.is_empty());
            let expected: Vec<&str> = story
                .claims_on(&question.id)
                .filter(|c| c.stance == *stance)
                .map(|c| c.id.as_str())
                .collect();
            assert_eq!(ids, &expected);
            placed.extend(ids.iter().map(String::as_str));
        }
        assert_eq!(placed.len(), story.claims_on(&question.id).count());
    }
}

#[test]
fn the_bundled_impact_question_puts_doubts_after_assertions() {
    let story = bundled();
    let stances: Vec<&str> = board(&story, "impact", Lang::of("de"))
        .columns
        .iter()
        .map(|c| c.stance)
        .collect();
    assert_eq!(stances, vec!["asserts", "doubts"]);
}

#[test]
fn a_question_without_claims_says_so_instead_of_columns() {
    let story = mini();
    let de = board(&story, "no-such-question", Lang::of("de"));
    assert!(de.columns.is_empty());
    assert_eq!(de.question, None);
    assert_eq!(
        de.empty.as_deref(),
        Some("Zu dieser Frage gibt es keine Aussagen.")
    );
    let en = board(&story, "no-such-question", Lang::of("en"));
    assert_eq!(
        en.empty.as_deref(),
        Some("There are no claims on this question.")
    );
}

#[test]
fn a_card_names_its_source_kind_statement_when_and_evidence() {
    let story = mini();
    let nis = card_of(&story, "nis-sent", Lang::of("de"), &[]);
    assert_eq!(nis.id, "nis-sent");
    assert_eq!(nis.stance, "asserts");
    assert!(nis.shown);
    assert_eq!(nis.source, "Nationaler Geheimdienst (NIS)");
    assert_eq!(nis.kind.as_deref(), Some("Geheimdienst"));
    assert_eq!(nis.party, None);
    assert_eq!(nis.unconfirmed, None);
    assert!(nis.set_aside.is_empty());
    assert_eq!(
        nis.statement,
        "Nordkorea habe Truppen entsandt, um Russlands Krieg gegen die Ukraine zu unterstützen."
    );
    assert_eq!(nis.quote, None);
    assert_eq!(
        (nis.when.term.as_str(), nis.when.value.as_str()),
        ("Wann", "Freitag")
    );
    assert_eq!(
        (nis.evidence.term.as_str(), nis.evidence.value.as_str()),
        ("Belege", "Veröffentlichte Belege")
    );
    let en = card_of(&story, "nis-sent", Lang::of("en"), &[]);
    assert_eq!(en.source, "National Intelligence Service (NIS)");
    assert_eq!(en.kind.as_deref(), Some("Intelligence service"));
    assert_eq!(
        (en.when.term.as_str(), en.when.value.as_str()),
        ("When", "Friday")
    );
    assert_eq!(en.evidence.value, "Published evidence");
}

#[test]
fn a_card_of_an_unknown_claim_is_none() {
    let story = mini();
    assert_eq!(
        card(&story, "no-such-claim", Lang::of("de"), &Verdict::shown()),
        None
    );
}

#[test]
fn a_party_to_the_war_gets_a_badge_naming_its_side() {
    let story = mini();
    let de = card_of(&story, "peskov-denies", Lang::of("de"), &[]);
    assert_eq!(de.party.as_deref(), Some("Kriegspartei: Russland"));
    let en = card_of(&story, "peskov-denies", Lang::of("en"), &[]);
    assert_eq!(en.party.as_deref(), Some("Party to the war: Russia"));
    assert_eq!(card_of(&story, "nis-sent", Lang::of("en"), &[]).party, None);
}

#[test]
fn an_unconfirmed_claim_shows_its_badge() {
    let story = bundled();
    let de = card_of(&story, "sk-media-total", Lang::of("de"), &[]);
    assert_eq!(de.unconfirmed.as_deref(), Some("Unbestätigt"));
    let en = card_of(&story, "sk-media-total", Lang::of("en"), &[]);
    assert_eq!(en.unconfirmed.as_deref(), Some("Unconfirmed"));
    assert_eq!(
        card_of(&story, "nis-moved", Lang::of("de"), &[]).unconfirmed,
        None
    );
}

#[test]
fn quote_is_in_its_own_language_and_translated_only_for_other_readers() {
    let story = mini();
    let de = card_of(&story, "peskov-denies", Lang::of("de"), &[]);
    let quote = de.quote.expect("the denial is quoted");
    assert_eq!(quote.caption, "Zitat");
    assert_eq!(quote.text, "eine weitere Falschmeldung");
    assert_eq!(quote.lang, "de");
    assert_eq!(quote.translation, None);
    let en = card_of(&story, "peskov-denies", Lang::of("en"), &[]);
    let quote = en.quote.expect("the denial is quoted");
    assert_eq!(quote.caption, "Quote");
    assert_eq!(quote.lang, "de");
    // Marked the way its own language prints quotes, whatever the reader's language.
    assert_eq!((quote.open, quote.close), ("\u{201e}", "\u{201c}"));
    assert_eq!(
        quote.translation,
        Some(TranslationView {
            lang: "en",
            label: "Translation: ".to_owned(),
            text: "another false report".to_owned(),
        })
    );
}

#[test]
fn a_quote_without_a_translation_into_the_readers_language_stays_untranslated() {
    let mut story = mini();
    for claim in &mut story.claims {
        if let Some(quote) = &mut claim.quote {
            quote.translation.clear();
        }
    }
    let en = card_of(&story, "peskov-denies", Lang::of("en"), &[]);
    assert_eq!(en.quote.and_then(|q| q.translation), None);
}

#[test]
fn disputes_are_named_in_both_directions() {
    let story = mini();
    let peskov = card_of(&story, "peskov-denies", Lang::of("de"), &[]);
    let disputes = peskov.disputes.expect("what the denial disputes");
    assert_eq!(disputes.term, "Widerspricht");
    assert_eq!(disputes.value, "Nationaler Geheimdienst (NIS)");
    assert_eq!(peskov.disputed_by, None);
    let nis = card_of(&story, "nis-sent", Lang::of("de"), &[]);
    assert_eq!(nis.disputes, None);
    let disputed_by = nis.disputed_by.expect("who disputes the assertion");
    assert_eq!(
        (disputed_by.term.as_str(), disputed_by.value.as_str()),
        ("Bestritten von", "Dmitri Peskow")
    );
    let en = card_of(&story, "nis-sent", Lang::of("en"), &[]);
    assert_eq!(
        en.disputed_by.map(|f| (f.term, f.value)),
        Some(("Disputed by".to_owned(), "Dmitry Peskov".to_owned()))
    );
}

#[test]
fn several_disputants_are_listed_by_source_in_story_order_each_once() {
    let story = bundled();
    let nato = card_of(&story, "nato-support", Lang::of("de"), &[]);
    let expected = [
        name(&story, "moscow", "de"),
        name(&story, "pyongyang", "de"),
    ]
    .join(", ");
    assert_eq!(nato.disputed_by.map(|f| f.value), Some(expected));
    // The denial disputes three claims of three sources, named in the order it lists them.
    let denial = card_of(&story, "moscow-denies-troops", Lang::of("en"), &[]);
    let expected = ["nis", "zelensky", "ukr-media"]
        .map(|s| name(&story, s, "en"))
        .join(", ");
    assert_eq!(denial.disputes.map(|f| f.value), Some(expected));
}

#[test]
fn a_source_disputed_twice_is_named_once() {
    let mut story = mini();
    for claim in &mut story.claims {
        if claim.id == "peskov-denies" {
            claim.disputes = active(&["nis-sent", "nis-1500", "no-such-claim"]);
        }
    }
    let claims = story.claims.iter().filter(|c| c.id.starts_with("nis-"));
    assert_eq!(
        source_names(&story, claims, Lang::of("de")),
        vec!["Nationaler Geheimdienst (NIS)"]
    );
    let peskov = card_of(&story, "peskov-denies", Lang::of("de"), &[]);
    assert_eq!(
        peskov.disputes.map(|f| f.value),
        Some("Nationaler Geheimdienst (NIS)".to_owned())
    );
}

#[test]
fn a_source_the_story_lacks_is_named_by_its_id_and_has_no_kind_or_profile() {
    let mut story = mini();
    story.sources.retain(|s| s.id != "nis");
    let nis = card_of(&story, "nis-sent", Lang::of("de"), &[]);
    assert_eq!(nis.source, "nis");
    assert_eq!(nis.kind, None);
    assert_eq!(nis.profile, None);
    let peskov = card_of(&story, "peskov-denies", Lang::of("de"), &[]);
    assert_eq!(peskov.disputes.map(|f| f.value), Some("nis".to_owned()));
}

#[test]
fn disputants_are_the_claims_disputing_one_in_story_order() {
    let story = bundled();
    let ids: Vec<&str> = disputants(&story, "us-partners-arms")
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(ids, vec!["moscow-denies-arms", "pyongyang-denies-arms"]);
    assert_eq!(disputants(&story, "newsroom-pact").count(), 0);
}

#[test]
fn the_profile_gives_country_side_and_note() {
    let story = mini();
    let de = card_of(&story, "peskov-denies", Lang::of("de"), &[]);
    let profile = de.profile.expect("the source's profile");
    assert_eq!(profile.summary, "Profil der Quelle");
    assert_eq!(
        (
            profile.country.term.as_str(),
            profile.country.value.as_str()
        ),
        ("Land", "Russland")
    );
    assert_eq!(
        profile.party.map(|f| (f.term, f.value)),
        Some(("Kriegspartei".to_owned(), "Russland".to_owned()))
    );
    assert_eq!(profile.note, "Sprecher des russischen Präsidenten.");
    let nis = card_of(&story, "nis-sent", Lang::of("en"), &[]);
    let profile = nis.profile.expect("the source's profile");
    assert_eq!(profile.summary, "Source profile");
    assert_eq!(profile.country.value, "South Korea");
    assert_eq!(profile.party, None);
}

#[test]
fn a_lens_that_sets_a_claim_aside_dims_it_and_gives_the_reason() {
    let story = mini();
    let de = card_of(&story, "peskov-denies", Lang::of("de"), &["no-parties"]);
    assert!(!de.shown);
    assert_eq!(
        de.set_aside,
        vec!["Ausgeblendet durch: Ohne Kriegsparteien — Lässt Kriegsparteien weg."]
    );
    // Dimmed, never emptied: the statement is still there.
    assert_eq!(
        de.statement,
        "Russland bestreitet den Einsatz nordkoreanischer Truppen."
    );
    let kept = card_of(&story, "nis-sent", Lang::of("de"), &["no-parties"]);
    assert!(kept.shown);
    assert!(kept.set_aside.is_empty());
}

#[test]
fn every_lens_that_sets_a_claim_aside_gives_its_reason_in_story_order() {
    let story = mini();
    let en = card_of(
        &story,
        "peskov-denies",
        Lang::of("en"),
        &["no-parties", "evidence"],
    );
    assert!(!en.shown);
    assert_eq!(
        en.set_aside,
        vec![
            "Set aside by: Evidence only — Only claims with published evidence.",
            "Set aside by: Without parties — Leaves out parties to the conflict.",
        ]
    );
}

#[test]
fn a_claim_shown_by_every_lens_has_no_reasons() {
    let story = mini();
    assert!(set_aside_reasons(&story, &Verdict::shown(), Lang::of("de")).is_empty());
}

#[test]
fn every_card_of_the_bundled_story_is_shown_without_lenses_and_fully_worded() {
    let story = bundled();
    let outcome = apply(&story, &[]);
    for lang in Lang::all() {
        for claim in &story.claims {
            let view = card(&story, &claim.id, lang, &outcome.claim(&claim.id));
            let view = view.expect("every claim has a card");
            assert!(view.shown && view.set_aside.is_empty());
            for words in [
                &view.source,
                &view.statement,
                &view.when.value,
                &view.evidence.value,
            ] {
                assert!(!words.is_empty(), "{} in {lang:?}", claim.id);
            }
            assert!(view.kind.is_some() && view.profile.is_some());
        }
    }
}

#[test]
fn a_french_card_puts_a_narrow_space_before_each_colon() {
    let story = crate::story::load(include_str!(
        "../../../tests/e2e/fixtures/stories/fr-test.json"
    ))
    .unwrap();
    let fr = card_of(&story, "defence-denies", Lang::of("fr"), &[]);
    assert_eq!(
        fr.party.as_deref(),
        Some("Partie au conflit\u{202f}: Valdorie")
    );
    assert_eq!(fr.colon, "\u{202f}:");
    let quote = fr.quote.expect("the denial is quoted");
    assert_eq!((quote.open, quote.close), ("«\u{202f}", "\u{202f}»"));
    let en = card_of(&story, "defence-denies", Lang::of("en"), &[]);
    assert_eq!(en.party.as_deref(), Some("Party to the conflict: Valdoria"));
    assert_eq!(en.colon, ":");
}
