//! One claim as a card: who says it and what kind of source that is, whether the source is
//! a party (the story's badge), the statement, the quote as printed, when, the evidence offered,
//! what it disputes and who disputes it, and the source's profile.
//!
//! The card follows the lenses without being rebuilt: `data-shown` and the reason a lens
//! set the claim aside ("Ausgeblendet durch: …") react to the lens verdicts, every text
//! reacts to the reader's language. A set-aside card is dimmed, never removed. What it
//! says is `present::claims::card`; this file only binds it.

use leptos::prelude::*;

use super::{flag, text_of};
use crate::story::present::claims::{self, ClaimCardView, ProfileView, QuoteView};
use crate::{use_story, StoryContexts};

/// The card of the claim with id `claim`; renders nothing if the story has no such claim.
/// Its root is the `<li>` carrying `data-claim` and `data-shown`, so it belongs in a `<ul>`.
#[component]
pub fn ClaimCard(#[prop(into)] claim: String) -> impl IntoView {
    let StoryContexts {
        story,
        reader,
        verdicts,
    } = use_story()?;
    let lang = reader.lang;
    let card = move || {
        let verdict = verdicts.with(|outcome| outcome.claim(&claim));
        claims::card(&story, &claim, lang.get(), &verdict)
    };
    let first = untrack(&card)?;
    let view = Memo::new(move |_| card().unwrap_or_default());
    let shown = Signal::derive(move || flag(view.with(|c| c.shown)));
    let set_aside = move || {
        view.with(|c| (!c.set_aside.is_empty()).then(|| c.set_aside.clone()))
            .map(|reasons| {
                view! {
                    <div class="claim-set-aside">
                        {reasons.into_iter().map(|reason| view! { <p>{reason}</p> }).collect_view()}
                    </div>
                }
            })
    };

    Some(view! {
        <li class="claim-card" data-claim=first.id data-stance=first.stance data-shown=shown>
            <h5 class="claim-source">{text_of(view, |c| &c.source)}</h5>
            <p class="claim-meta">
                {first
                    .kind
                    .map(|_| {
                        view! {
                            <span class="claim-kind">
                                {text_of(view, |c| c.kind.as_deref().unwrap_or(""))}
                            </span>
                        }
                    })}
                {first
                    .party
                    .map(|_| {
                        view! {
                            <span class="badge badge-party">
                                {text_of(view, |c| c.party.as_deref().unwrap_or(""))}
                            </span>
                        }
                    })}
                {first
                    .unconfirmed
                    .map(|_| {
                        view! {
                            <span class="badge badge-unconfirmed">
                                {text_of(view, |c| c.unconfirmed.as_deref().unwrap_or(""))}
                            </span>
                        }
                    })}
            </p>
            {set_aside}
            <p class="claim-statement">{text_of(view, |c| &c.statement)}</p>
            {first.quote.map(|quote| quote_view(view, quote))}
            <dl class="claim-facts">
                {fact(view, None, |c| &c.when.term, |c| &c.when.value)}
                {fact(view, None, |c| &c.evidence.term, |c| &c.evidence.value)}
                {first
                    .disputes
                    .map(|_| {
                        fact(
                            view,
                            Some("claim-disputes"),
                            |c| c.disputes.as_ref().map_or("", |f| &f.term),
                            |c| c.disputes.as_ref().map_or("", |f| &f.value),
                        )
                    })}
                {first
                    .disputed_by
                    .map(|_| {
                        fact(
                            view,
                            Some("claim-disputed-by"),
                            |c| c.disputed_by.as_ref().map_or("", |f| &f.term),
                            |c| c.disputed_by.as_ref().map_or("", |f| &f.value),
                        )
                    })}
            </dl>
            {first.profile.map(|profile| profile_view(view, profile))}
        </li>
    })
}

/// One term of the card and what it says; every fact is this one view type.
fn fact(
    view: Memo<ClaimCardView>,
    class: Option<&'static str>,
    term: fn(&ClaimCardView) -> &str,
    value: fn(&ClaimCardView) -> &str,
) -> impl IntoView {
    view! {
        <div class=class>
            <dt data-colon=text_of(view, |c| &c.colon)>{text_of(view, term)}</dt>
            <dd>{text_of(view, value)}</dd>
        </div>
    }
}

/// The quote as printed, in its own language, and the translation for readers of another.
fn quote_view(view: Memo<ClaimCardView>, quote: QuoteView) -> impl IntoView {
    let translation = move || {
        view.with(|c| c.quote.as_ref().and_then(|q| q.translation.clone()))
            .map(|t| {
                view! {
                    <p class="claim-translation" lang=t.lang>
                        <span class="claim-label">{t.label}</span>
                        {t.text}
                    </p>
                }
            })
    };
    view! {
        <figure class="claim-quote">
            <figcaption class="claim-label">
                {text_of(view, |c| c.quote.as_ref().map_or("", |q| &q.caption))}
            </figcaption>
            <blockquote lang=quote.lang>
                <p data-open=quote.open data-close=quote.close>{quote.text}</p>
            </blockquote>
            {translation}
        </figure>
    }
}

/// The source's profile, behind a disclosure: country, the side it belongs to, the note.
fn profile_view(view: Memo<ClaimCardView>, profile: ProfileView) -> impl IntoView {
    fn of(c: &ClaimCardView) -> Option<&ProfileView> {
        c.profile.as_ref()
    }
    view! {
        <details class="source-profile">
            <summary>{text_of(view, |c| of(c).map_or("", |p| &p.summary))}</summary>
            <dl class="source-profile-facts">
                {fact(
                    view,
                    None,
                    |c| of(c).map_or("", |p| &p.country.term),
                    |c| of(c).map_or("", |p| &p.country.value),
                )}
                {profile
                    .party
                    .map(|_| {
                        fact(
                            view,
                            None,
                            |c| of(c).and_then(|p| p.party.as_ref()).map_or("", |f| &f.term),
                            |c| of(c).and_then(|p| p.party.as_ref()).map_or("", |f| &f.value),
                        )
                    })}
            </dl>
            <p class="source-profile-note">
                {text_of(view, |c| of(c).map_or("", |p| &p.note))}
            </p>
        </details>
    }
}
