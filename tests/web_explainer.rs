//! The header, the language switch, the step-by-step explainer and the source list, each
//! mounted alone in headless Chromium with a small three-step story.
#![cfg(target_arch = "wasm32")]

mod support;

use claimlens::components::explainer::Explainer;
use claimlens::components::language_switch::LanguageSwitch;
use claimlens::components::source_list::SourceList;
use claimlens::components::story_header::StoryHeader;
use claimlens::story::locale::Lang;
use claimlens::story::Story;
use leptos::prelude::*;
use support::{click, find, find_all, mount_with, settle, text};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const STORY: &str = r#"{
  "id": "three-steps",
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
    { "id": "none", "label": { "de": "Keine genannt", "en": "None given" } }
  ],
  "units": [
    { "id": "soldiers", "one": { "de": "Soldat", "en": "soldier" }, "other": { "de": "Soldaten", "en": "soldiers" } }
  ],
  "figure_kinds": [
    { "id": "moved", "label": { "de": "bereits verlegt", "en": "already moved" } }
  ],
  "sources": [
    { "id": "nis", "name": { "de": "Geheimdienst NIS", "en": "NIS intelligence service" },
      "kind": "intelligence_service", "country": { "de": "Südkorea", "en": "South Korea" },
      "note": { "de": "Südkoreas Auslandsgeheimdienst.", "en": "South Korea's intelligence service." } },
    { "id": "kremlin", "name": { "de": "Dmitri Peskow", "en": "Dmitry Peskov" },
      "kind": "spokesperson", "country": { "de": "Russland", "en": "Russia" }, "party": "russia",
      "note": { "de": "Sprecher des russischen Präsidenten.", "en": "Spokesman of the Russian president." } }
  ],
  "questions": [
    { "id": "sent", "text": { "de": "Hat Nordkorea Truppen entsandt?", "en": "Has North Korea sent troops?" } }
  ],
  "claims": [
    { "id": "nis-sent", "source": "nis", "question": "sent", "stance": "asserts",
      "statement": { "de": "Nordkorea habe Truppen entsandt.", "en": "North Korea has sent troops." },
      "when": { "de": "Freitag", "en": "Friday" }, "evidence": "published", "status": "on_record" },
    { "id": "peskov-denies", "source": "kremlin", "question": "sent", "stance": "denies",
      "statement": { "de": "Russland bestreitet es.", "en": "Russia denies it." },
      "when": { "de": "Letzte Woche", "en": "Last week" }, "evidence": "none", "status": "on_record",
      "disputes": ["nis-sent"] }
  ],
  "figures": [
    { "id": "moved", "claim": "nis-sent", "value": 1500, "unit": "soldiers", "kind": "moved",
      "label": { "de": "verlegt", "en": "moved" } }
  ],
  "lenses": [
    { "id": "evidence", "label": { "de": "Nur mit Belegen", "en": "Evidence only" },
      "explanation": { "de": "Nur Aussagen mit Belegen.", "en": "Only claims with evidence." },
      "rule": { "keep": { "field": "evidence", "any_of": ["published"] } } }
  ],
  "steps": [
    { "id": "seoul", "title": { "de": "Was Seoul sagt", "en": "What Seoul says" },
      "body": { "de": ["Seoul sagt ja."], "en": ["Seoul says yes."] },
      "shows": { "question": "sent" } },
    { "id": "numbers", "title": { "de": "Die Zahlen", "en": "The numbers" },
      "body": { "de": ["Eine Zahl.", "Eine Quelle."], "en": ["One number.", "One source."] },
      "shows": { "figures": "all" } },
    { "id": "sources", "title": { "de": "Wer spricht", "en": "Who speaks" },
      "body": { "de": ["Die Quellen."], "en": ["The sources."] },
      "shows": { "sources": true } }
  ]
}"#;

fn story() -> Story {
    match claimlens::story::load(STORY) {
        Ok(story) => story,
        Err(errors) => panic!("fixture story is invalid: {errors:?}"),
    }
}

/// The accessible name as computed from content: text without `aria-hidden` parts, or
/// `aria-label` when there is one.
fn name(el: &web_sys::Element) -> String {
    if let Some(label) = el.get_attribute("aria-label") {
        return label;
    }
    let copy: web_sys::Element = el.clone_node_with_deep(true).unwrap().unchecked_into();
    let hidden = copy.query_selector_all("[aria-hidden=true]").unwrap();
    for i in 0..hidden.length() {
        if let Some(node) = hidden.item(i) {
            if let Some(parent) = node.parent_node() {
                parent.remove_child(&node).unwrap();
            }
        }
    }
    copy.text_content().unwrap_or_default().trim().to_owned()
}

fn disabled(el: &web_sys::Element) -> bool {
    el.has_attribute("disabled")
}

/// Dispatches a bubbling, cancelable DOM event built by the browser's own constructor
/// (`KeyboardEvent`, `PointerEvent`) with the given init fields.
fn dispatch(target: &web_sys::Element, constructor: &str, kind: &str, fields: &[(&str, JsValue)]) {
    let window = web_sys::window().unwrap();
    let ctor: js_sys::Function = js_sys::Reflect::get(&window, &constructor.into())
        .unwrap()
        .unchecked_into();
    let init = js_sys::Object::new();
    js_sys::Reflect::set(&init, &"bubbles".into(), &true.into()).unwrap();
    js_sys::Reflect::set(&init, &"cancelable".into(), &true.into()).unwrap();
    for (key, value) in fields {
        js_sys::Reflect::set(&init, &(*key).into(), value).unwrap();
    }
    let args = js_sys::Array::of2(&kind.into(), &init);
    let event: web_sys::Event = js_sys::Reflect::construct(&ctor, &args)
        .unwrap()
        .unchecked_into();
    target.dispatch_event(&event).unwrap();
}

fn key(target: &web_sys::Element, key: &str, fields: &[(&str, JsValue)]) {
    let mut all = vec![("key", JsValue::from_str(key))];
    all.extend(fields.iter().cloned());
    dispatch(target, "KeyboardEvent", "keydown", &all);
}

fn pointer(target: &web_sys::Element, kind: &str, x: f64, y: f64, pointer_type: &str) {
    dispatch(
        target,
        "PointerEvent",
        kind,
        &[
            ("pointerId", JsValue::from_f64(7.0)),
            ("pointerType", JsValue::from_str(pointer_type)),
            ("isPrimary", JsValue::TRUE),
            ("clientX", JsValue::from_f64(x)),
            ("clientY", JsValue::from_f64(y)),
        ],
    );
}

fn current_step(host: &web_sys::HtmlElement) -> String {
    find(host, ".step[data-step]")
        .get_attribute("data-step")
        .unwrap_or_default()
}

fn explainer(lang: Lang) -> (web_sys::HtmlElement, claimlens::state::ReaderState) {
    mount_with(story(), lang, || view! { <Explainer /> })
}

#[wasm_bindgen_test]
async fn back_is_disabled_on_the_first_step_and_next_moves_on() {
    let (host, reader) = explainer(support::lang("de"));
    let back = find(&host, "button.step-back");
    let next = find(&host, "button.step-next");
    assert!(disabled(&back), "Back is disabled, not hidden, on step 1");
    assert!(!disabled(&next));
    assert_eq!(current_step(&host), "seoul");

    click(&next);
    settle().await;
    assert_eq!(reader.step.get_untracked(), 1);
    assert_eq!(current_step(&host), "numbers");
    assert!(!disabled(&back));
    assert_eq!(find_all(&host, ".step").len(), 1, "one step at a time");
    assert_eq!(
        find_all(&host, ".step-body p")
            .iter()
            .map(text)
            .collect::<Vec<_>>(),
        ["Eine Zahl.", "Eine Quelle."]
    );

    click(&back);
    settle().await;
    assert_eq!(reader.step.get_untracked(), 0);
    assert!(disabled(&back));
}

#[wasm_bindgen_test]
async fn next_is_disabled_on_the_last_step_and_goes_no_further() {
    let (host, reader) = explainer(support::lang("de"));
    let next = find(&host, "button.step-next");
    click(&next);
    settle().await;
    click(&next);
    settle().await;
    assert_eq!(reader.step.get_untracked(), 2);
    assert!(disabled(&next));
    assert!(!disabled(&find(&host, "button.step-back")));
    click(&next);
    settle().await;
    assert_eq!(reader.step.get_untracked(), 2);
    assert_eq!(current_step(&host), "sources");
}

#[wasm_bindgen_test]
async fn progress_buttons_jump_to_any_step_and_mark_the_current_one() {
    let (host, reader) = explainer(support::lang("de"));
    let dots = find_all(&host, "nav.step-dots button");
    assert_eq!(dots.len(), 3);
    assert_eq!(
        dots.iter().map(name).collect::<Vec<_>>(),
        ["1: Was Seoul sagt", "2: Die Zahlen", "3: Wer spricht"]
    );
    assert_eq!(
        dots[0].get_attribute("aria-current").as_deref(),
        Some("step")
    );
    assert_eq!(text(&find(&host, ".step-progress")), "Schritt 1 von 3");

    click(&dots[2]);
    settle().await;
    assert_eq!(reader.step.get_untracked(), 2);
    assert_eq!(current_step(&host), "sources");
    assert_eq!(text(&find(&host, ".step-progress")), "Schritt 3 von 3");
    let current: Vec<_> = find_all(&host, "nav.step-dots [aria-current]");
    assert_eq!(current.len(), 1);
    assert_eq!(name(&current[0]), "3: Wer spricht");
    assert!(disabled(&find(&host, "button.step-next")));
}

#[wasm_bindgen_test]
async fn arrow_keys_home_and_end_move_between_steps() {
    let (host, reader) = explainer(support::lang("de"));
    let region = find(&host, "section.explainer");
    key(&region, "ArrowRight", &[]);
    settle().await;
    assert_eq!(reader.step.get_untracked(), 1);
    key(&region, "End", &[]);
    settle().await;
    assert_eq!(reader.step.get_untracked(), 2);
    assert_eq!(current_step(&host), "sources");
    key(&region, "ArrowRight", &[]);
    settle().await;
    assert_eq!(reader.step.get_untracked(), 2, "stops at the end");
    key(&region, "ArrowLeft", &[]);
    settle().await;
    assert_eq!(reader.step.get_untracked(), 1);
    // From a button inside the explainer, the key bubbles to the region.
    key(&find(&host, "nav.step-dots button"), "Home", &[]);
    settle().await;
    assert_eq!(reader.step.get_untracked(), 0);
    assert_eq!(current_step(&host), "seoul");
}

#[wasm_bindgen_test]
async fn keys_with_modifiers_or_typed_into_a_field_are_left_alone() {
    let (host, reader) = explainer(support::lang("de"));
    let region = find(&host, "section.explainer");
    for modifier in ["altKey", "ctrlKey", "metaKey", "shiftKey"] {
        key(&region, "ArrowRight", &[(modifier, JsValue::TRUE)]);
    }
    settle().await;
    assert_eq!(reader.step.get_untracked(), 0);

    let document = web_sys::window().unwrap().document().unwrap();
    let input = document.create_element("input").unwrap();
    find(&host, ".step").append_child(&input).unwrap();
    key(&input, "ArrowRight", &[]);
    key(&input, "End", &[]);
    settle().await;
    assert_eq!(reader.step.get_untracked(), 0);
}

#[wasm_bindgen_test]
async fn a_horizontal_touch_swipe_moves_like_the_arrows() {
    let (host, reader) = explainer(support::lang("de"));
    let step = find(&host, ".step");
    // Right to left: next.
    pointer(&step, "pointerdown", 300.0, 100.0, "touch");
    pointer(&step, "pointerup", 180.0, 120.0, "touch");
    settle().await;
    assert_eq!(reader.step.get_untracked(), 1);
    // Too short, too vertical, or a mouse drag: nothing.
    let step = find(&host, ".step");
    pointer(&step, "pointerdown", 300.0, 100.0, "touch");
    pointer(&step, "pointerup", 260.0, 100.0, "touch");
    pointer(&step, "pointerdown", 300.0, 100.0, "touch");
    pointer(&step, "pointerup", 200.0, 200.0, "touch");
    pointer(&step, "pointerdown", 300.0, 100.0, "mouse");
    pointer(&step, "pointerup", 100.0, 100.0, "mouse");
    settle().await;
    assert_eq!(reader.step.get_untracked(), 1);
    // Left to right: back.
    pointer(&step, "pointerdown", 100.0, 100.0, "pen");
    pointer(&step, "pointerup", 220.0, 90.0, "pen");
    settle().await;
    assert_eq!(reader.step.get_untracked(), 0);
}

#[wasm_bindgen_test]
async fn live_region_is_silent_at_first_and_announces_the_step_reached() {
    let (host, reader) = explainer(support::lang("de"));
    let live = find(&host, "[aria-live]");
    assert_eq!(live.get_attribute("aria-live").as_deref(), Some("polite"));
    assert!(live.class_list().contains("visually-hidden"));
    assert_eq!(text(&live), "", "nothing is announced on first render");

    click(&find(&host, "button.step-next"));
    settle().await;
    assert_eq!(text(&live), "Schritt 2 von 3: Die Zahlen");

    reader.step.set(2);
    settle().await;
    assert_eq!(
        text(&live),
        "Schritt 3 von 3: Wer spricht",
        "a step set from outside is announced too"
    );
}

#[wasm_bindgen_test]
async fn explainer_region_and_steps_have_their_accessible_names() {
    let (host, _reader) = explainer(support::lang("de"));
    let region = find(&host, "section.explainer");
    assert_eq!(name(&region), "Erklärstück");
    let step = find(&host, ".step");
    assert_eq!(step.get_attribute("role").as_deref(), Some("group"));
    assert_eq!(
        step.get_attribute("aria-roledescription").as_deref(),
        Some("Schritt")
    );
    assert_eq!(name(&step), "Schritt 1 von 3");
    assert_eq!(text(&find(step.unchecked_ref(), "h2")), "Was Seoul sagt");
    assert_eq!(name(&find(&host, "button.step-back")), "Zurück");
    assert_eq!(name(&find(&host, "button.step-next")), "Weiter");
    assert_eq!(name(&find(&host, "nav.step-dots")), "Fortschritt");
    for button in find_all(&host, "button") {
        assert_eq!(button.get_attribute("type").as_deref(), Some("button"));
    }
}

#[wasm_bindgen_test]
async fn next_keeps_focus_inside_the_explainer_when_it_becomes_disabled() {
    let (host, _reader) = explainer(support::lang("de"));
    let next = find(&host, "button.step-next");
    let back = find(&host, "button.step-back");
    next.unchecked_ref::<web_sys::HtmlElement>()
        .focus()
        .unwrap();
    click(&next);
    settle().await;
    let document = web_sys::window().unwrap().document().unwrap();
    assert!(
        next.is_same_node(
            document
                .active_element()
                .as_ref()
                .map(|e| e.unchecked_ref())
        ),
        "Next keeps focus while it stays enabled"
    );
    click(&next);
    settle().await;
    assert!(disabled(&next));
    assert!(
        back.is_same_node(
            document
                .active_element()
                .as_ref()
                .map(|e| e.unchecked_ref())
        ),
        "focus moves to Back, not to the page"
    );
}

#[wasm_bindgen_test]
async fn switching_to_english_renames_everything_in_place() {
    let (host, reader) = mount_with(story(), support::lang("de"), || {
        view! {
            <StoryHeader />
            <Explainer />
        }
    });
    let h1s = find_all(&host, "h1");
    assert_eq!(h1s.len(), 1, "the title is the only h1");
    assert_eq!(
        text(&h1s[0]),
        "Hat Nordkorea Truppen nach Russland geschickt?"
    );
    let step_before = find(&host, ".step");

    let english = find(&host, ".language-switch button[lang=en]");
    click(&english);
    settle().await;
    assert_eq!(reader.lang.get_untracked(), support::lang("en"));
    assert_eq!(
        text(&find(&host, "h1")),
        "Has North Korea sent troops to Russia?"
    );
    assert_eq!(
        text(&find(&host, ".story-summary")),
        "Seoul says yes, Moscow denies it."
    );
    assert_eq!(text(&find(&host, ".story-date")), "As of Friday");
    assert_eq!(text(&find(&host, ".story-credit")), "Test fixture");
    assert_eq!(name(&find(&host, "button.step-back")), "Back");
    assert_eq!(name(&find(&host, "button.step-next")), "Next");
    assert_eq!(name(&find(&host, "section.explainer")), "Explainer");
    assert_eq!(text(&find(&host, ".step-progress")), "Step 1 of 3");
    assert_eq!(text(&find(&host, ".step h2")), "What Seoul says");
    assert_eq!(name(&find(&host, ".step")), "Step 1 of 3");
    assert_eq!(
        find(&host, ".step")
            .get_attribute("aria-roledescription")
            .as_deref(),
        Some("step")
    );
    assert!(
        step_before.is_same_node(Some(find(&host, ".step").unchecked_ref())),
        "the step re-renders in place, it is not rebuilt"
    );
    assert_eq!(
        text(&find(&host, "[aria-live]")),
        "",
        "a language switch is not a step change"
    );

    click(&find(&host, "button.step-next"));
    settle().await;
    assert_eq!(
        text(&find(&host, "[aria-live]")),
        "Step 2 of 3: The numbers"
    );
}

#[wasm_bindgen_test]
async fn language_switch_is_a_labelled_group_of_pressed_buttons() {
    let (host, reader) = mount_with(
        story(),
        support::lang("de"),
        || view! { <LanguageSwitch /> },
    );
    let group = find(&host, ".language-switch");
    assert_eq!(group.get_attribute("role").as_deref(), Some("group"));
    assert_eq!(name(&group), "Sprache");
    let buttons = find_all(&host, ".language-switch button");
    assert_eq!(
        buttons
            .iter()
            .map(|b| (text(b), b.get_attribute("lang").unwrap_or_default()))
            .collect::<Vec<_>>(),
        [
            ("Deutsch".to_owned(), "de".to_owned()),
            ("English".to_owned(), "en".to_owned())
        ]
    );
    assert_eq!(
        buttons[0].get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(
        buttons[1].get_attribute("aria-pressed").as_deref(),
        Some("false")
    );

    click(&buttons[1]);
    settle().await;
    assert_eq!(reader.lang.get_untracked(), support::lang("en"));
    assert_eq!(
        buttons[0].get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    assert_eq!(
        buttons[1].get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(name(&group), "Language");
    assert_eq!(
        text(&buttons[0]),
        "Deutsch",
        "each language keeps its own name"
    );
}

#[wasm_bindgen_test]
async fn a_single_language_story_offers_no_switch() {
    let mut one = story();
    one.languages = vec!["de".to_owned()];
    let (host, _reader) = mount_with(one, support::lang("de"), || view! { <LanguageSwitch /> });
    assert!(find_all(&host, "button").is_empty());
}

#[wasm_bindgen_test]
async fn source_list_names_kind_country_party_and_profile() {
    let (host, reader) = mount_with(story(), support::lang("de"), || view! { <SourceList /> });
    let entries = find_all(&host, "ul.sources > li");
    assert_eq!(entries.len(), 2);
    let kremlin = find(&host, "#source-kremlin");
    assert_eq!(
        text(&find(kremlin.unchecked_ref(), ".source-name")),
        "Dmitri Peskow"
    );
    assert_eq!(
        text(&find(kremlin.unchecked_ref(), ".source-kind")),
        "Sprecher"
    );
    assert_eq!(
        text(&find(kremlin.unchecked_ref(), ".source-country")),
        "Land: Russland"
    );
    assert_eq!(
        text(&find(kremlin.unchecked_ref(), ".party-badge")),
        "Kriegspartei: Russland"
    );
    let nis = find(&host, "#source-nis");
    assert!(find_all(nis.unchecked_ref(), ".party-badge").is_empty());
    let details = find(nis.unchecked_ref(), "details");
    assert!(!details.has_attribute("open"), "the profile starts closed");
    assert_eq!(
        text(&find(details.unchecked_ref(), "summary")),
        "Profil der Quelle: Geheimdienst NIS"
    );
    assert_eq!(
        text(&find(details.unchecked_ref(), ".source-note")),
        "Südkoreas Auslandsgeheimdienst."
    );

    reader.lang.set(support::lang("en"));
    settle().await;
    assert_eq!(
        text(&find(kremlin.unchecked_ref(), ".party-badge")),
        "Party to the war: Russia"
    );
    assert_eq!(
        text(&find(kremlin.unchecked_ref(), ".source-kind")),
        "Spokesperson"
    );
    assert_eq!(
        text(&find(details.unchecked_ref(), "summary")),
        "Source profile: NIS intelligence service"
    );
}

#[wasm_bindgen_test]
async fn steps_show_what_the_story_says_they_show() {
    let (host, reader) = explainer(support::lang("de"));
    assert!(find_all(&host, ".source-list").is_empty());
    reader.step.set(2);
    settle().await;
    assert_eq!(find_all(&host, ".step #source-nis").len(), 1);
    assert_eq!(find_all(&host, ".step #source-kremlin").len(), 1);
}
