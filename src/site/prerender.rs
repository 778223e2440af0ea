//! A story's page rendered at build time with the app's own components, so the page is
//! the story before the wasm arrives and without JavaScript: the same header, lenses and
//! steps, in the static mode the components read from the `StaticPage` context (every
//! step, each with links for its navigation; the language switch as links to each
//! language's page). The wasm mounts the live app over it (`src/main.rs`); it never
//! hydrates, so the markers tachys leaves for hydration are dropped.

use std::sync::Arc;
#[cfg(not(target_arch = "wasm32"))]
use std::sync::Once;

use leptos::prelude::*;
use leptos::reactive::diagnostics::SpecialNonReactiveZone;

use crate::components::story_view::StoryView;
use crate::context::StaticPage;
use crate::provide_story;
use crate::state::{Choices, ReaderState};
use crate::story::locale::Lang;
use crate::story::Story;

/// Drops every task: effects talk to a browser, and a page written at build time has none.
/// (The host only: the wasm never writes pages, and has the browser's executor.)
#[cfg(not(target_arch = "wasm32"))]
struct NoBrowser;

#[cfg(not(target_arch = "wasm32"))]
impl any_spawner::CustomExecutor for NoBrowser {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// Sets the executor that drops every task, once (another one already set, a test
/// harness's, is fine too: nothing is polled).
#[cfg(not(target_arch = "wasm32"))]
fn without_effects() {
    static EXECUTOR: Once = Once::new();
    EXECUTOR.call_once(|| {
        let _ = any_spawner::Executor::init_custom_executor(NoBrowser);
    });
}

#[cfg(target_arch = "wasm32")]
fn without_effects() {}

/// The story's `<main>` in `lang`, on its page `page` (its address without `.html`), at its
/// first step with no lens on: `<main id="claimlens" data-state="static">…</main>`.
pub fn story_markup(story: &Arc<Story>, lang: Lang, page: &str) -> String {
    without_effects();
    let owner = Owner::new();
    let html = owner.with(|| {
        // Component bodies read signals once to build the page: not a missed subscription.
        let _quiet = SpecialNonReactiveZone::enter();
        provide_context(StaticPage::new(page));
        provide_story(story.clone(), ReaderState::from_choices(Choices::new(lang)));
        view! {
            <main id="claimlens" class="claimlens" data-state="static">
                <StoryView />
            </main>
        }
        .to_html()
    });
    drop(owner);
    with_styles_in_a_sheet(&without_markers(&html))
}

/// A strict CSP blocks `style="…"` attributes in markup (the app sets the same styles
/// through CSSOM, which it allows): each becomes `data-style="…"`, and one `<style>` at the
/// start of `<main>` gives every distinct value its rule (its hash goes into the policy
/// with the page's other inline styles, `scripts/csp.mjs`). Only the chart's positions are
/// written this way; a value with anything but their characters is dropped, never copied.
fn with_styles_in_a_sheet(html: &str) -> String {
    const ATTR: &str = " style=\"";
    let mut out = String::with_capacity(html.len());
    let mut values: Vec<&str> = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find(ATTR) {
        let start = at + ATTR.len();
        let Some(len) = rest[start..].find('"') else {
            break;
        };
        let value = &rest[start..start + len];
        out.push_str(&rest[..at]);
        let plain = value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".:;%- ".contains(c));
        if plain {
            out.push_str(" data-style=\"");
            out.push_str(value);
            out.push('"');
            if !values.contains(&value) {
                values.push(value);
            }
        }
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    if values.is_empty() {
        return out;
    }
    let rules: String = values
        .iter()
        .map(|value| ["#claimlens [data-style=\"", value, "\"]{", value, "}"].concat())
        .collect();
    let sheet = ["<style>", &rules, "</style>"].concat();
    match out.find('>') {
        Some(end) => [&out[..=end], &sheet, &out[end + 1..]].concat(),
        None => out,
    }
}

/// Drops the `<!>` placeholders tachys writes for hydration: the page is mounted over, not
/// hydrated, and no story text can contain them (text is escaped: `&lt;!>`).
fn without_markers(html: &str) -> String {
    html.replace("<!>", "")
}
