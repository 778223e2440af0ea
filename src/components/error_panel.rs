//! What an editor sees instead of a blank frame: why the story cannot be shown,
//! with every located error the engine found (worded by `present::failure`).
use leptos::prelude::*;

use crate::story::locale::Lang;
use crate::story::present::failure;
use crate::LoadFailure;

#[component]
pub fn ErrorPanel(failure: LoadFailure, lang: Lang) -> impl IntoView {
    let view = failure::panel(&failure, lang);
    view! {
        <section class="error-panel" role="alert" aria-labelledby="error-title">
            <h1 id="error-title">{view.title}</h1>
            <p>{view.intro}</p>
            <ul class="error-list">
                {view.lines.into_iter().map(|line| view! { <li><code>{line}</code></li> }).collect_view()}
            </ul>
        </section>
    }
}
