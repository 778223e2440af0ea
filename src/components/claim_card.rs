//! One claim as a card: who says it and what kind of source that is, whether the source is
//! a party to the war, the statement, the quote as printed, when, the evidence offered,
//! what it disputes and who disputes it, and the source's profile.
//!
//! The card follows the lenses without being rebuilt: `data-shown` and the reason a lens
//! set the claim aside ("Ausgeblendet durch: …") react to `Verdicts`, every text reacts to
//! the reader's language. A set-aside card is dimmed, never removed.

use std::sync::Arc;

use leptos::prelude::*;

use super::label;

use crate::state::ReaderState;
use crate::story::lens::{self, Verdict};
use crate::story::locale::Lang;
use crate::story::ui_text::{self, ui};
use crate::story::{text, Claim, Quote, Source, Status, Story, Text};
use crate::{StoryContext, Verdicts};

/// The card of the claim with id `claim`; renders nothing if the story has no such claim.
/// Its root is the `<li>` carrying `data-claim` and `data-shown`, so it belongs in a `<ul>`.
#[component]
pub fn ClaimCard(#[prop(into)] claim: String) -> impl IntoView {
    let story = use_context::<StoryContext>().map(|c| c.0);
    let reader = use_context::<ReaderState>();
    let verdicts = use_context::<Verdicts>();
    match (story, reader) {
        (Some(story), Some(reader)) => card(story, reader.lang, verdicts, &claim),
        _ => None,
    }
}

fn card(
    story: Arc<Story>,
    lang: RwSignal<Lang>,
    verdicts: Option<Verdicts>,
    id: &str,
) -> Option<impl IntoView> {
    let claim = story.claim(id)?.clone();
    let source = story.source(&claim.source).cloned();
    let side = source
        .as_ref()
        .and_then(|s| s.party.as_deref())
        .and_then(|party| story.side(party))
        .map(|side| side.label.clone());
    let disputes = source_names(&story, claim.disputes.iter().filter_map(|d| story.claim(d)));
    let disputed_by = source_names(&story, disputants(&story, &claim.id));

    let verdict = {
        let id = claim.id.clone();
        move || {
            verdicts
                .map(|v| v.0.with(|outcome| outcome.claim(&id)))
                .unwrap_or_else(Verdict::shown)
        }
    };
    let shown = {
        let verdict = verdict.clone();
        move || if verdict().shown { "true" } else { "false" }
    };
    let reasons = {
        let story = story.clone();
        move || set_aside_reasons(&story, &verdict(), lang.get())
    };

    let name = source
        .as_ref()
        .map(|s| s.name.clone())
        .unwrap_or_else(|| fallback(&claim.source));
    let kind = source.as_ref().map(|s| s.kind);
    let unconfirmed = claim.status == Status::Unconfirmed;
    let evidence = claim.evidence;

    Some(view! {
        <li
            class="claim-card"
            data-claim=claim.id.clone()
            data-stance=claim.stance.as_str()
            data-shown=shown
        >
            <h5 class="claim-source">{in_lang(lang, name)}</h5>
            <p class="claim-meta">
                {kind
                    .map(|kind| {
                        view! {
                            <span class="claim-kind">
                                {Signal::derive(move || ui_text::source_kind(lang.get(), kind))}
                            </span>
                        }
                    })}
                {side
                    .clone()
                    .map(|side| {
                        view! {
                            <span class="badge badge-party">
                                {label(lang, |t| t.party_badge)}
                                ": "
                                {in_lang(lang, side)}
                            </span>
                        }
                    })}
                {unconfirmed
                    .then(|| {
                        view! {
                            <span class="badge badge-unconfirmed">
                                {label(lang, |t| t.unconfirmed_badge)}
                            </span>
                        }
                    })}
            </p>
            {move || {
                let reasons = reasons();
                (!reasons.is_empty())
                    .then(|| {
                        view! {
                            <div class="claim-set-aside">
                                {reasons
                                    .into_iter()
                                    .map(|reason| view! { <p>{reason}</p> })
                                    .collect_view()}
                            </div>
                        }
                    })
            }}
            <p class="claim-statement">{in_lang(lang, claim.statement.clone())}</p>
            {claim.quote.clone().map(|quote| quote_view(quote, lang))}
            <dl class="claim-facts">
                <div>
                    <dt>{label(lang, |t| t.when)}</dt>
                    <dd>{in_lang(lang, claim.when.clone())}</dd>
                </div>
                <div>
                    <dt>{label(lang, |t| t.evidence)}</dt>
                    <dd>{Signal::derive(move || ui_text::evidence(lang.get(), evidence))}</dd>
                </div>
                {(!disputes.is_empty())
                    .then(|| {
                        view! {
                            <div class="claim-disputes">
                                <dt>{label(lang, |t| t.disputes)}</dt>
                                <dd>{names_in_lang(lang, disputes)}</dd>
                            </div>
                        }
                    })}
                {(!disputed_by.is_empty())
                    .then(|| {
                        view! {
                            <div class="claim-disputed-by">
                                <dt>{label(lang, |t| t.disputed_by)}</dt>
                                <dd>{names_in_lang(lang, disputed_by)}</dd>
                            </div>
                        }
                    })}
            </dl>
            {source.map(|source| profile_view(source, side, lang))}
        </li>
    })
}

/// The quote as printed, in its own language, and the translation for readers of another.
fn quote_view(quote: Quote, lang: RwSignal<Lang>) -> impl IntoView {
    let Quote {
        text: words,
        lang: quote_lang,
        translation,
    } = quote;
    let same_lang = quote_lang.clone();
    let translated = move || {
        let reader = lang.get();
        if reader.code() == same_lang {
            return None;
        }
        let words = translation.get(reader.code())?.clone();
        Some(view! {
            <p class="claim-translation" lang=reader.code()>
                <span class="claim-label">{ui(reader).translation}": "</span>
                {words}
            </p>
        })
    };
    view! {
        <figure class="claim-quote">
            <figcaption class="claim-label">{label(lang, |t| t.quote)}</figcaption>
            <blockquote lang=quote_lang>
                <p>{words}</p>
            </blockquote>
            {translated}
        </figure>
    }
}

/// The source's profile, behind a disclosure: country, the side it belongs to, the note.
fn profile_view(source: Source, side: Option<Text>, lang: RwSignal<Lang>) -> impl IntoView {
    view! {
        <details class="source-profile">
            <summary>{label(lang, |t| t.source_profile)}</summary>
            <dl class="source-profile-facts">
                <div>
                    <dt>{label(lang, |t| t.country)}</dt>
                    <dd>{in_lang(lang, source.country)}</dd>
                </div>
                {side
                    .map(|side| {
                        view! {
                            <div>
                                <dt>{label(lang, |t| t.party_badge)}</dt>
                                <dd>{in_lang(lang, side)}</dd>
                            </div>
                        }
                    })}
            </dl>
            <p class="source-profile-note">{in_lang(lang, source.note)}</p>
        </details>
    }
}

/// A story text in the reader's language, following language switches.
pub(super) fn in_lang(lang: RwSignal<Lang>, words: Text) -> Signal<String> {
    Signal::derive(move || text(&words, lang.get().code()).to_owned())
}

/// Several names, comma-separated, in the reader's language.
fn names_in_lang(lang: RwSignal<Lang>, names: Vec<Text>) -> Signal<String> {
    Signal::derive(move || {
        let code = lang.get().code();
        names
            .iter()
            .map(|name| text(name, code))
            .collect::<Vec<_>>()
            .join(", ")
    })
}

/// A name for a source the story lacks (a validated story never does): its id.
fn fallback(id: &str) -> Text {
    [(String::new(), id.to_owned())].into_iter().collect()
}

/// The claims that dispute the claim `id`, in story order.
fn disputants<'a>(story: &'a Story, id: &'a str) -> impl Iterator<Item = &'a Claim> + 'a {
    story
        .claims
        .iter()
        .filter(move |c| c.disputes.iter().any(|d| d == id))
}

/// The names of the sources of `claims`, each source once, in the order met.
fn source_names<'a>(story: &'a Story, claims: impl Iterator<Item = &'a Claim>) -> Vec<Text> {
    let mut seen: Vec<&str> = Vec::new();
    let mut names = Vec::new();
    for claim in claims {
        if seen.contains(&claim.source.as_str()) {
            continue;
        }
        seen.push(&claim.source);
        names.push(
            story
                .source(&claim.source)
                .map(|s| s.name.clone())
                .unwrap_or_else(|| fallback(&claim.source)),
        );
    }
    names
}

/// "Ausgeblendet durch: <label> — <explanation>", one line per lens that set the claim aside.
fn set_aside_reasons(story: &Story, verdict: &Verdict, lang: Lang) -> Vec<String> {
    let code = lang.code();
    let prefix = ui(lang).set_aside_by;
    lens::reasons(story, verdict)
        .into_iter()
        .map(|lens| {
            [
                prefix,
                ": ",
                text(&lens.label, code),
                " — ",
                text(&lens.explanation, code),
            ]
            .concat()
        })
        .collect()
}
