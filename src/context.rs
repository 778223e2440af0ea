//! The one accessor for the story contexts every story component reads.

use std::sync::Arc;

use leptos::prelude::*;

use crate::state::ReaderState;
use crate::story::lens::LensOutcome;
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
