//! The step-by-step explainer, after the WAI-ARIA carousel pattern: a region named
//! "Erklärstück"/"Explainer" showing one step at a time (a group with the role description
//! "Schritt"/"step", labelled "Schritt 2 von 6"), Back / Next buttons that are disabled at
//! the ends and never take focus away, a row of step buttons to jump anywhere, ← / → /
//! Home / End while focus is inside, and a horizontal swipe on touch screens. A polite live
//! region announces "Schritt 3 von 6: <title>" after a change (never on first render).
//!
//! It only sets `ReaderState.step`; the app writes `?step=N` to the URL.
use leptos::html;
use leptos::prelude::*;

use super::label;
use wasm_bindgen::JsCast;

use super::claim_board::ClaimBoard;
use super::figure_chart::FigureChart;
use super::language_switch::localized;
use super::source_list::SourceList;
use crate::state::ReaderState;
use crate::state::{step_for_key, step_for_swipe, Action};
use crate::story::locale::Lang;
use crate::story::present::steps::{self, StepView};
use crate::story::ui_text;
use crate::story::Story;
use crate::{use_story, StoryContexts};

/// Keys typed into a field, or handled by a widget of its own, are not ours.
fn is_own_keyboard_widget(target: Option<web_sys::EventTarget>) -> bool {
    let Some(element) = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return false;
    };
    let tag = element.tag_name().to_ascii_lowercase();
    if matches!(tag.as_str(), "input" | "textarea" | "select") {
        return true;
    }
    let editable = element
        .dyn_ref::<web_sys::HtmlElement>()
        .is_some_and(|el| el.is_content_editable());
    let role = element.get_attribute("role").unwrap_or_default();
    editable
        || matches!(
            role.as_str(),
            "textbox"
                | "combobox"
                | "listbox"
                | "option"
                | "radio"
                | "slider"
                | "spinbutton"
                | "tab"
                | "menuitem"
                | "grid"
                | "gridcell"
        )
}

/// Brings the explainer's top (the step title) into view if the reader has scrolled past it.
///
/// In a frame sized to its content the frame never scrolls and cannot see the page's
/// viewport, so there the title is scrolled into view `nearest`: the browser scrolls the
/// page around the frame, and leaves it alone when the title is visible already.
fn reveal_top(region: &web_sys::HtmlElement) {
    if !crate::embed::is_framed() {
        if region.get_bounding_client_rect().top() < 0.0 {
            region.scroll_into_view_with_bool(true);
        }
        return;
    }
    if let Ok(Some(title)) = region.query_selector(".step-title") {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        title.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

fn is_focused(button: NodeRef<html::Button>) -> bool {
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    match (button.get_untracked(), active) {
        (Some(button), Some(active)) => button.is_same_node(Some(&active)),
        _ => false,
    }
}

#[component]
pub fn Explainer() -> impl IntoView {
    let Some(StoryContexts { story, reader, .. }) = use_story() else {
        return ().into_any();
    };
    let total = story.steps.len();
    let Some(last) = total.checked_sub(1) else {
        return ().into_any();
    };
    let ReaderState { lang, step, .. } = reader;
    if crate::static_page().is_some() {
        return static_explainer(story, lang);
    }
    let current = Memo::new(move |_| step.get().min(last));

    let region = NodeRef::<html::Section>::new();
    let back = NodeRef::<html::Button>::new();
    let next = NodeRef::<html::Button>::new();

    // Moves to step `to`. The button that was pressed keeps focus, except when it becomes
    // disabled at an end: then focus goes to its partner, never to the page.
    // `go` is copied into every handler: the story goes in a StoredValue to keep it `Copy`.
    let go_story = StoredValue::new(story.clone());
    let go = move |to: usize| {
        let to = to.min(last);
        if to == current.get_untracked() {
            return;
        }
        if to == last && is_focused(next) {
            if let Some(b) = back.get_untracked() {
                let _ = b.focus();
            }
        } else if to == 0 && is_focused(back) {
            if let Some(b) = next.get_untracked() {
                let _ = b.focus();
            }
        }
        go_story.with_value(|story| reader.dispatch(story, Action::GoTo(to)));
        // After a step change from the bottom of a long step, show the new step's top.
        if let Some(el) = region.get_untracked() {
            reveal_top(&el);
        }
    };

    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if ev.default_prevented()
            || ev.alt_key()
            || ev.ctrl_key()
            || ev.meta_key()
            || ev.shift_key()
        {
            return;
        }
        if is_own_keyboard_widget(ev.target()) {
            return;
        }
        if let Some(to) = step_for_key(&ev.key(), current.get_untracked(), total) {
            ev.prevent_default();
            go(to);
        }
    };

    // Swipes: touch and pen only (a mouse drag selects text).
    let swipe_start = StoredValue::new(None::<(i32, f64, f64)>);
    let on_pointerdown = move |ev: web_sys::PointerEvent| {
        if ev.pointer_type() == "mouse" || !ev.is_primary() {
            return;
        }
        swipe_start.set_value(Some((
            ev.pointer_id(),
            f64::from(ev.client_x()),
            f64::from(ev.client_y()),
        )));
    };
    let on_pointerup = move |ev: web_sys::PointerEvent| {
        let Some((id, x, y)) = swipe_start.get_value() else {
            return;
        };
        swipe_start.set_value(None);
        if id != ev.pointer_id() {
            return;
        }
        let dx = f64::from(ev.client_x()) - x;
        let dy = f64::from(ev.client_y()) - y;
        if let Some(to) = step_for_swipe(dx, dy, current.get_untracked(), total) {
            go(to);
        }
    };
    let on_pointercancel = move |_: web_sys::PointerEvent| swipe_start.set_value(None);

    // What the live region says: nothing at first, then the step reached. A language switch
    // alone clears it rather than announcing the same step again.
    let announce_story = story.clone();
    let announced = Memo::new(move |previous: Option<&(usize, String)>| {
        let index = current.get();
        let said = steps::announcement(
            &announce_story,
            previous.map(|(was, _)| *was),
            index,
            lang.get(),
        );
        (index, said)
    });

    // Printing shows every step one after another; the screen shows the current one.
    let printing = crate::hooks::use_print_media();

    let step_story = story.clone();
    // One view type for both cases (all steps, or the current one): one copy of its code.
    let step_view = move || {
        let (from, count) = if printing.get() {
            (0, total)
        } else {
            (current.get(), 1)
        };
        (from..total.min(from.saturating_add(count)))
            .map(|index| step_panel(step_story.clone(), index, lang))
            .collect_view()
    };

    let progress_buttons = story
        .steps
        .iter()
        .enumerate()
        .map(|(index, s)| {
            let title = localized(&s.title, lang);
            let is_current = move || current.get() == index;
            view! {
                <li>
                    <button
                        type="button"
                        class="step-dot"
                        aria-current=move || is_current().then_some("step")
                        on:click=move |_| go(index)
                    >
                        <span class="step-dot-number">{index + 1}</span>
                        <span class="visually-hidden">{label(lang, |t| t.colon)} {title}</span>
                    </button>
                </li>
            }
        })
        .collect_view();

    let at_start = move || current.get() == 0;
    let at_end = move || current.get() >= last;

    view! {
        <section
            class="explainer"
            aria-label=label(lang, |t| t.explainer)
            node_ref=region
            on:keydown=on_keydown
            on:pointerdown=on_pointerdown
            on:pointerup=on_pointerup
            on:pointercancel=on_pointercancel
        >
            {step_view}
            <div class="explainer-nav">
                <button
                    type="button"
                    class="step-back"
                    node_ref=back
                    disabled=at_start
                    on:click=move |_| go(current.get_untracked().saturating_sub(1))
                >
                    <span aria-hidden="true" class="step-arrow">"← "</span>
                    {label(lang, |t| t.back)}
                </button>
                <p class="step-progress">
                    {Signal::derive(move || ui_text::step_of(lang.get(), current.get() + 1, total))}
                </p>
                <button
                    type="button"
                    class="step-next"
                    node_ref=next
                    disabled=at_end
                    on:click=move |_| go(current.get_untracked().saturating_add(1))
                >
                    {label(lang, |t| t.next)}
                    <span aria-hidden="true" class="step-arrow">" →"</span>
                </button>
            </div>
            <nav class="step-dots" aria-label=label(lang, |t| t.progress)>
                <ol>{progress_buttons}</ol>
            </nav>
            <p class="visually-hidden step-announcement" aria-live="polite" aria-atomic="true">
                {move || announced.get().1}
            </p>
        </section>
    }
    .into_any()
}

/// The explainer of a page rendered at build time: every step in order, each with its own
/// navigation as links to the steps' places in the page (`#step-N`, the `?step=N` number),
/// so a click works before the wasm arrives and without JavaScript; with scripts on, the
/// styles show one step as the app does (the link's target, else the first).
fn static_explainer(story: std::sync::Arc<Story>, lang: RwSignal<Lang>) -> AnyView {
    let total = story.steps.len();
    let code = lang.get_untracked();
    let words = ui_text::ui(code);
    let place = |index: usize| crate::state::step_anchor(index + 1);
    let href = move |index: Option<usize>| {
        index
            .filter(|&i| i < total)
            .map(|i| ["#", &place(i)].concat())
    };
    let pages = (0..total)
        .map(|index| {
            let back = href(index.checked_sub(1));
            let next = href(index.checked_add(1));
            // An end's link goes nowhere: a disabled link, as the app's disabled button.
            let end = |to: &Option<String>| to.is_none().then_some("true");
            let (back_end, next_end) = (end(&back), end(&next));
            let role = |to: &Option<String>| to.is_none().then_some("link");
            let (back_role, next_role) = (role(&back), role(&next));
            let dots = story
                .steps
                .iter()
                .enumerate()
                .map(|(to, s)| {
                    let title = crate::story::text(&s.title, code.code()).to_owned();
                    view! {
                        <li>
                            <a
                                class="step-dot"
                                href=href(Some(to))
                                aria-current=(to == index).then_some("step")
                            >
                                <span class="step-dot-number">{to + 1}</span>
                                <span class="visually-hidden">{words.colon} {title}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="step-page" id=place(index)>
                    {step_panel(story.clone(), index, lang)}
                    <div class="explainer-nav">
                        <a class="step-back" href=back role=back_role aria-disabled=back_end>
                            <span aria-hidden="true" class="step-arrow">"← "</span>
                            {words.back}
                        </a>
                        <p class="step-progress">{ui_text::step_of(code, index + 1, total)}</p>
                        <a class="step-next" href=next role=next_role aria-disabled=next_end>
                            {words.next}
                            <span aria-hidden="true" class="step-arrow">" →"</span>
                        </a>
                    </div>
                    <nav class="step-dots" aria-label=words.progress>
                        <ol>{dots}</ol>
                    </nav>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="explainer" aria-label=words.explainer>
            {pages}
            <p class="visually-hidden step-announcement" aria-live="polite" aria-atomic="true"></p>
        </section>
    }
    .into_any()
}

/// A text of the step that follows its view model (one type for every text).
fn step_text(model: Memo<Option<StepView>>, pick: fn(&StepView) -> &str) -> Signal<String> {
    Signal::derive(move || {
        model
            .with(|m| m.as_ref().map(|step| pick(step).to_owned()))
            .unwrap_or_default()
    })
}

/// One step: its title, its paragraphs, then what it shows. It follows the reader's
/// language in place; what it shows does not depend on the language.
fn step_panel(story: std::sync::Arc<Story>, index: usize, lang: RwSignal<Lang>) -> impl IntoView {
    let model = Memo::new_with_compare(
        move |_| steps::step(&story, index, lang.get()),
        super::recomputed,
    );
    let StepView {
        id,
        question,
        figures,
        sources,
        ..
    } = model.get_untracked().unwrap_or_default();
    let paragraphs = move || {
        model.with(|m| {
            m.as_ref().map(|step| {
                step.paragraphs
                    .iter()
                    .map(|p| view! { <p>{p.clone()}</p> })
                    .collect_view()
            })
        })
    };
    view! {
        <div
            class="step"
            role="group"
            aria-roledescription=label(lang, |t| t.step_role)
            aria-label=step_text(model, |s| &s.position)
            data-step=id
        >
            <h2 class="step-title">{step_text(model, |s| &s.title)}</h2>
            <div class="step-body">{paragraphs}</div>
            {question.map(|q| view! { <ClaimBoard question=q /> })}
            {figures.map(|ids| view! { <FigureChart figures=ids /> })}
            {sources.then(|| view! { <SourceList /> })}
        </div>
    }
}
