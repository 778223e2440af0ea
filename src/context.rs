//! The one accessor for the story contexts every story component reads.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use leptos::prelude::*;

use crate::state::ReaderState;
use crate::story::lens::LensOutcome;
use crate::story::locale::Lang;
use crate::story::Story;
use crate::{StoryContext, Verdicts};

/// What `provide_story` gives every component below it.
#[derive(Clone)]
pub struct StoryContexts {
    pub story: Arc<Story>,
    pub reader: ReaderState,
    pub verdicts: Memo<LensOutcome>,
}

/// The story contexts, or `None` outside `provide_story`. A component mounted without them
/// is a wiring mistake: debug builds say so loudly; release builds render nothing rather
/// than abort the page.
pub fn use_story() -> Option<StoryContexts> {
    let story = use_context::<StoryContext>();
    let reader = use_context::<ReaderState>();
    let verdicts = use_context::<Verdicts>();
    debug_assert!(
        story.is_some() && reader.is_some() && verdicts.is_some(),
        "a story component was rendered outside provide_story (story: {}, reader: {}, verdicts: {})",
        story.is_some(),
        reader.is_some(),
        verdicts.is_some(),
    );
    Some(StoryContexts {
        story: story?.0,
        reader: reader?,
        verdicts: verdicts?.0,
    })
}

/// Marks a page rendered at build time (`src/site/prerender.rs`), read by the components
/// that render differently there: every step with links for its navigation, and the
/// language switch as links to each language's page. `page` is the story's address without
/// `.html` (its file name in `data/`).
#[derive(Clone, Debug, Default)]
pub struct StaticPage {
    pub page: String,
    /// Numbers the claim boards of this page from 0, so a page renders the same each build.
    boards: Arc<AtomicUsize>,
}

impl StaticPage {
    pub fn new(page: &str) -> Self {
        StaticPage {
            page: page.to_owned(),
            boards: Arc::default(),
        }
    }

    /// The next claim board's number on this page.
    pub fn next_board(&self) -> usize {
        self.boards.fetch_add(1, Ordering::Relaxed)
    }

    /// The address of the story's page in `lang`: `ID.html` in the story's default language,
    /// `ID.LANG.html` in every other (a static host ignores `?lang=`).
    pub fn file(&self, story: &Story, lang: Lang) -> String {
        if lang.code() == story.default_language {
            [&self.page, ".html"].concat()
        } else {
            [&self.page, ".", lang.code(), ".html"].concat()
        }
    }
}

/// The static page being rendered, if any. Never on the browser: the wasm only ever mounts
/// the live app, so its static branches are compiled out of the download.
pub fn static_page() -> Option<StaticPage> {
    if cfg!(target_arch = "wasm32") {
        None
    } else {
        use_context::<StaticPage>()
    }
}
