//! The claims on one question, side by side in columns by stance, and each claim as a card:
//! who says it, what kind of source that is, whether it is a party (the story's badge), the
//! statement and the quote, when, the evidence, what it disputes and who disputes it, why
//! the active lenses set it aside, and the source's profile.

use crate::story::lens::{self, Verdict};
use crate::story::locale::Lang;
use crate::story::ui_text::{self, ui};
use crate::story::{term, text, Claim, Quote, Source, Stance, Status, Story, Text};

/// The board of the claims on one question.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BoardView {
    /// The question as the board's heading; `None` when the story has no such question.
    pub question: Option<String>,
    /// One column per stance some claim takes, in the order of `Stance::ALL`.
    pub columns: Vec<ColumnView>,
    /// What the board says instead of columns when no claim answers the question.
    pub empty: Option<String>,
}

/// One stance on the board: its heading and the ids of its cards, in story order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ColumnView {
    /// The stance's id, as in the story (`"asserts"`).
    pub stance: &'static str,
    pub heading: String,
    pub claims: Vec<String>,
}

/// One claim as its card shows it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ClaimCardView {
    pub id: String,
    /// The stance's id, as in the story (`"denies"`).
    pub stance: &'static str,
    /// Whether the active lenses keep the claim; a set-aside card is dimmed, never removed.
    pub shown: bool,
    /// The source's name (its id for a source the story lacks).
    pub source: String,
    /// The kind of source; `None` when the story lacks the source.
    pub kind: Option<String>,
    /// The story's badge and the side ("Kriegspartei: Russland" in the seed story), when the
    /// source belongs to a side the story names.
    pub party: Option<String>,
    /// The badge of a claim the source has not confirmed.
    pub unconfirmed: Option<String>,
    /// "Ausgeblendet durch: <label> — <explanation>", one per lens that set the claim aside.
    pub set_aside: Vec<String>,
    pub statement: String,
    pub quote: Option<QuoteView>,
    pub when: Fact,
    pub evidence: Fact,
    /// The sources of the claims this one disputes.
    pub disputes: Option<Fact>,
    /// The sources of the claims that dispute this one.
    pub disputed_by: Option<Fact>,
    /// The source's profile; `None` when the story lacks the source.
    pub profile: Option<ProfileView>,
    /// What follows each fact's term, from the language's `colon` without its trailing
    /// space (":" / "\u{202f}:"): the styles show it after the term.
    pub colon: String,
}

/// One term of a card and what it says.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Fact {
    pub term: String,
    pub value: String,
}

/// The quote as printed, and its translation for a reader of another language.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QuoteView {
    pub caption: String,
    pub text: String,
    /// The language the quote was printed in.
    pub lang: String,
    /// The marks around it, that language's own („…“, “…”, «…»).
    pub open: &'static str,
    pub close: &'static str,
    pub translation: Option<TranslationView>,
}

/// A quote's translation into the reader's language.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TranslationView {
    /// The reader's language, which the translation is in.
    pub lang: &'static str,
    /// "Übersetzung: "
    pub label: String,
    pub text: String,
}

/// The profile of the claim's source, behind a disclosure.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProfileView {
    pub summary: String,
    pub country: Fact,
    /// The side the source belongs to.
    pub party: Option<Fact>,
    pub note: String,
}

/// The board of the claims on `question`, in the reader's language.
pub fn board(story: &Story, question: &str, lang: Lang) -> BoardView {
    let columns: Vec<ColumnView> = columns(story, question)
        .into_iter()
        .map(|(stance, claims)| ColumnView {
            stance: stance.as_str(),
            heading: ui_text::stance(lang, stance).to_owned(),
            claims,
        })
        .collect();
    BoardView {
        question: story
            .question(question)
            .map(|q| text(&q.text, lang.code()).to_owned()),
        empty: columns.is_empty().then(|| ui(lang).no_claims.to_owned()),
        columns,
    }
}

/// The card of the claim `id` under `verdict`, in the reader's language; `None` when the
/// story has no such claim.
pub fn card(story: &Story, id: &str, lang: Lang, verdict: &Verdict) -> Option<ClaimCardView> {
    let claim = story.claim(id)?;
    let code = lang.code();
    let t = ui(lang);
    let source = story.source(&claim.source);
    let side = source.and_then(|s| side_label(story, s));
    let badge = party_badge(story, code);
    let in_lang = |words: &Text| text(words, code).to_owned();
    let fact = |term: &str, value: String| Fact {
        term: term.to_owned(),
        value,
    };
    // Several sources, comma-separated; no fact at all when there is none.
    let names =
        |term: &str, names: Vec<&str>| (!names.is_empty()).then(|| fact(term, names.join(", ")));
    let disputed = claim.disputes.iter().filter_map(|d| story.claim(d));
    Some(ClaimCardView {
        id: claim.id.clone(),
        stance: claim.stance.as_str(),
        shown: verdict.shown,
        source: source
            .map(|s| in_lang(&s.name))
            .unwrap_or_else(|| claim.source.clone()),
        kind: source.map(|s| term(&story.source_kinds, &s.kind, code).to_owned()),
        party: side.map(|side| [badge, t.colon, text(side, code)].concat()),
        unconfirmed: (claim.status == Status::Unconfirmed).then(|| t.unconfirmed_badge.to_owned()),
        set_aside: set_aside_reasons(story, verdict, lang),
        statement: in_lang(&claim.statement),
        quote: claim.quote.as_ref().map(|quote| quote_view(quote, lang)),
        when: fact(t.when, in_lang(&claim.when)),
        evidence: fact(
            t.evidence,
            term(&story.evidence_kinds, &claim.evidence, code).to_owned(),
        ),
        disputes: names(t.disputes, source_names(story, disputed, lang)),
        disputed_by: names(
            t.disputed_by,
            source_names(story, disputants(story, &claim.id), lang),
        ),
        colon: t.colon.trim_end().to_owned(),
        profile: source.map(|source| ProfileView {
            summary: t.source_profile.to_owned(),
            country: fact(t.country, in_lang(&source.country)),
            party: side.map(|side| fact(badge, in_lang(side))),
            note: in_lang(&source.note),
        }),
    })
}

/// The quote as printed, translated only for a reader of another language than the
/// quote's, and only when the story gives a translation into it.
fn quote_view(quote: &Quote, lang: Lang) -> QuoteView {
    let t = ui(lang);
    let translation = (quote.lang != lang.code())
        .then(|| quote.translation.get(lang.code()))
        .flatten()
        .map(|words| TranslationView {
            lang: lang.code(),
            label: [t.translation, t.colon].concat(),
            text: words.clone(),
        });
    QuoteView {
        caption: t.quote.to_owned(),
        text: quote.text.clone(),
        lang: quote.lang.clone(),
        // A validated story quotes only in its languages, which all have a UI file.
        open: Lang::parse(&quote.lang).map_or(t.quote_open, |printed| ui(printed).quote_open),
        close: Lang::parse(&quote.lang).map_or(t.quote_close, |printed| ui(printed).quote_close),
        translation,
    }
}

/// The story's badge of a source that is a party, in `lang`; empty when it has none.
pub(super) fn party_badge<'a>(story: &'a Story, lang: &str) -> &'a str {
    story
        .party_badge
        .as_ref()
        .map_or("", |badge| text(badge, lang))
}

/// The label of the side `source` belongs to, when the story names that side.
pub(super) fn side_label<'a>(story: &'a Story, source: &Source) -> Option<&'a Text> {
    source
        .party
        .as_deref()
        .and_then(|party| story.side(party))
        .map(|side| &side.label)
}

/// The ids of the claims on `question`, grouped by stance in the order of `Stance::ALL`
/// (story order within a stance); stances no claim takes are left out.
pub fn columns(story: &Story, question: &str) -> Vec<(Stance, Vec<String>)> {
    Stance::ALL
        .into_iter()
        .filter_map(|stance| {
            let ids: Vec<String> = story
                .claims_on(question)
                .filter(|c| c.stance == stance)
                .map(|c| c.id.clone())
                .collect();
            (!ids.is_empty()).then_some((stance, ids))
        })
        .collect()
}

/// The claims that dispute the claim `id`, in story order.
pub fn disputants<'a>(story: &'a Story, id: &'a str) -> impl Iterator<Item = &'a Claim> + 'a {
    story
        .claims
        .iter()
        .filter(move |c| c.disputes.iter().any(|d| d == id))
}

/// The names of the sources of `claims` in the reader's language, each source once, in the
/// order met; a source the story lacks (a validated story never does) is named by its id.
pub fn source_names<'a>(
    story: &'a Story,
    claims: impl Iterator<Item = &'a Claim>,
    lang: Lang,
) -> Vec<&'a str> {
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
                .map(|s| text(&s.name, lang.code()))
                .unwrap_or(&claim.source),
        );
    }
    names
}

/// "Ausgeblendet durch: <label> — <explanation>", one line per lens that set the claim aside.
pub fn set_aside_reasons(story: &Story, verdict: &Verdict, lang: Lang) -> Vec<String> {
    let code = lang.code();
    let t = ui(lang);
    lens::reasons(story, verdict)
        .into_iter()
        .map(|lens| {
            [
                t.set_aside_by,
                t.colon,
                text(&lens.label, code),
                " — ",
                text(&lens.explanation, code),
            ]
            .concat()
        })
        .collect()
}

#[cfg(test)]
#[path = "claims_tests.rs"]
mod tests;
