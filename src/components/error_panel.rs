//! What an editor sees instead of a blank frame: why the story cannot be shown,
//! with every located error the engine found.
use leptos::prelude::*;

use crate::story::locale::Lang;
use crate::story::ui_text::ui;
use crate::LoadFailure;

#[component]
pub fn ErrorPanel(failure: LoadFailure, lang: Lang) -> impl IntoView {
    let t = ui(lang);
    let (intro, lines): (String, Vec<String>) = match failure {
        LoadFailure::BadId(id) => (t.bad_story_id.to_owned(), vec![["story=", &id].concat()]),
        LoadFailure::Fetch(reason) => (t.fetch_failed.to_owned(), vec![reason]),
        LoadFailure::Invalid(errors) => (
            t.error_intro.to_owned(),
            errors.iter().map(ToString::to_string).collect(),
        ),
    };
    view! {
        <section class="error-panel" role="alert" aria-labelledby="error-title">
            <h1 id="error-title">{t.error_title}</h1>
            <p>{intro}</p>
            <ul class="error-list">
                {lines.into_iter().map(|line| view! { <li><code>{line}</code></li> }).collect_view()}
            </ul>
        </section>
    }
}
