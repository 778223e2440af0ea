//! The page of a loaded story: header, credibility lenses, and the step-by-step explainer.
use leptos::prelude::*;

use super::explainer::Explainer;
use super::lens_switch::LensSwitch;
use super::story_header::StoryHeader;

#[component]
pub fn StoryView() -> impl IntoView {
    view! {
        <StoryHeader />
        <LensSwitch />
        <Explainer />
    }
}
