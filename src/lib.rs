//! claimlens: an interactive explainer for contested news stories.
//!
//! `story` is the pure core (no leptos, no web_sys). `state` holds the reader's choices
//! and their URL form. `components` only render what the core computes and dispatch
//! the reader's actions to `ReaderState`. `App` loads the story and wires the effects
//! that talk to the outside world (URL, `<html lang>`).

use std::sync::Arc;

use leptos::prelude::*;

pub mod browser;
pub mod components;
mod context;
pub mod embed;
pub mod hooks;
pub mod site;
pub mod state;
pub mod story;

pub use context::{static_page, use_story, StaticPage, StoryContexts};
pub use story::present::failure::LoadFailure;

use components::error_panel::ErrorPanel;
use components::story_view::StoryView;
use state::{Choices, ReaderState, UrlState};
use story::locale::Lang;
use story::ui_text::ui;
use story::Story;

/// The loaded story, shared read-only with every component.
#[derive(Clone)]
pub struct StoryContext(pub Arc<Story>);

/// The lens verdict on every claim and figure, derived once from the active lenses and
/// read by every view that reacts to them.
#[derive(Clone, Copy)]
pub struct Verdicts(pub Memo<story::lens::LensOutcome>);

/// Provides the contexts every story component reads: the story, the reader's state and
/// the lens verdicts. `App` calls it once a story is loaded; tests call it to mount one
/// component alone.
pub fn provide_story(story: Arc<Story>, reader: state::ReaderState) {
    let for_memo = story.clone();
    let verdicts = Memo::new(move |_| story::lens::apply(&for_memo, &reader.lenses.get()));
    provide_context(reader);
    provide_context(StoryContext(story));
    provide_context(Verdicts(verdicts));
}

#[derive(Clone)]
enum Loaded {
    Loading,
    Ready(Arc<Story>),
    Failed(LoadFailure),
}

/// The whole explainer as mounted into a page: `?story=ID` (a preview, fetched), else the
/// story the page carries (each story's page inlines its own; see `src/site/`).
#[component]
pub fn App() -> impl IntoView {
    let mut url = state::parse_url(&browser::query(), &browser::fragment());
    browser::set_theme(url.theme);
    // The page speaks this language while loading or failing: the URL's, else the page's own
    // `<html lang>` (a story's page names its language), else the first the UI speaks. A
    // story's reader then sets `<html lang>` from its own language (see `Reader`).
    let page_lang = browser::document_lang().as_deref().and_then(Lang::parse);
    let fallback_lang = url.lang.or(page_lang).unwrap_or_else(Lang::first);
    // A story's page in one of its languages (`ID.en.html`) opens the story in it.
    if url.story.is_none() {
        url.lang = url.lang.or(page_lang);
    }
    browser::set_document_lang(fallback_lang);
    let initial = match &url.story {
        None => browser::inlined_story().map_or(Loaded::Failed(LoadFailure::NoStory), |json| {
            from_json(&json)
        }),
        Some(id) if !story::load::is_valid_id(id) => Loaded::Failed(LoadFailure::BadId(id.clone())),
        Some(_) => Loaded::Loading,
    };
    let loaded = RwSignal::new(initial);
    if let Some(id) = url.story.clone().filter(|id| story::load::is_valid_id(id)) {
        // Same origin, fixed folder, validated id: the only URL the app ever fetches.
        let path = ["data/", &id, ".json"].concat();
        leptos::task::spawn_local(async move {
            let next = match browser::fetch_text(&path).await {
                Ok(json) => from_json(&json),
                Err(e) => Loaded::Failed(LoadFailure::Fetch([path.as_str(), ": ", &e].concat())),
            };
            loaded.set(next);
        });
    }
    let data_state = move || match loaded.get() {
        Loaded::Loading => "loading",
        Loaded::Ready(_) => "ready",
        Loaded::Failed(_) => "error",
    };
    view! {
        <main id="claimlens" class="claimlens" data-state=data_state>
            {move || match loaded.get() {
                Loaded::Loading => {
                    view! { <p class="loading" role="status">{ui(fallback_lang).loading}</p> }
                        .into_any()
                }
                Loaded::Ready(story) => view! { <Reader story=story url=url.clone() /> }.into_any(),
                Loaded::Failed(failure) => {
                    view! { <ErrorPanel failure=failure lang=fallback_lang /> }.into_any()
                }
            }}
        </main>
    }
}

fn from_json(json: &str) -> Loaded {
    match read_story(json) {
        Ok(story) => Loaded::Ready(Arc::new(story)),
        Err(errors) => Loaded::Failed(LoadFailure::Invalid(errors)),
    }
}

/// The editors' builds (`make serve`, debug) validate every story and locate each error.
#[cfg(debug_assertions)]
fn read_story(text: &str) -> Result<Story, Vec<story::StoryError>> {
    story::load(text)
}

/// The reader's release build carries no validator: story-pages validated the story its
/// page inlines when the site was built (`make dist` fails otherwise). A previewed story
/// file (`?story=`) is decoded as it is: one that is not a story shows where it stopped;
/// story-check and the editors' page locate every other error.
#[cfg(not(debug_assertions))]
fn read_story(text: &str) -> Result<Story, Vec<story::StoryError>> {
    story::payload::decode(text).map_err(|error| vec![error.into()])
}

/// A loaded story with the reader's state taken from the URL, and the effects that
/// keep the URL, `<html lang>`, the title and the host page in step with it.
#[component]
fn Reader(story: Arc<Story>, url: UrlState) -> impl IntoView {
    let reader = ReaderState::from_choices(Choices::from_url(&story, &url));
    provide_story(story.clone(), reader);

    Effect::new(move || {
        let lenses = story::lens::format_active(&reader.lenses.get());
        let query = state::write_query(
            &browser::query(),
            reader.lang.get(),
            reader.step.get() + 1,
            &lenses,
            reader.chart.get(),
        );
        browser::replace_query(&query);
    });
    // What follows the language alone.
    let title_story = story.clone();
    Effect::new(move || {
        let lang = reader.lang.get();
        browser::set_document_lang(lang);
        browser::set_title(story::text(&title_story.title, lang.code()));
    });

    embed::connect(story, reader, url.embed);

    view! { <StoryView /> }
}
