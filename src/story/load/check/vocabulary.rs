//! The story's own vocabulary: the party badge, the kinds of source and evidence, the units
//! and kinds of figures, and the reference figures, each worded in every declared language.
//! What refers to them (a source's kind, a claim's evidence, a figure's unit and kind, a lens
//! rule's values) is resolved where it stands, against the ids declared here.

use super::{key_path, quoted, Checker, IdRule};
use crate::story::load::MAX_ID_CHARS;
use crate::story::model::{Reference, Story, Term, Unit};

/// The chart's first mode in the URL (`?chart=compared`): no reference may take its name.
const COMPARED: &str = "compared";

/// 1 to 64 characters of `a-z`, `0-9`, `-` and `_`, not starting or ending with either.
pub(super) fn is_valid_term_id(id: &str) -> bool {
    let inner = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_';
    let edge = |b: Option<u8>| b.is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
    id.len() <= MAX_ID_CHARS
        && id.bytes().all(inner)
        && edge(id.bytes().next())
        && edge(id.bytes().last())
}

pub(super) fn invalid_term_id(id: &str) -> String {
    format!(
        "invalid id {}; an id is 1 to {MAX_ID_CHARS} characters of a-z, 0-9, \"-\" and \"_\", starting and ending with a letter or digit",
        quoted(id)
    )
}

impl Checker<'_> {
    pub(super) fn vocabulary(&mut self, story: &Story) {
        if let Some(badge) = &story.party_badge {
            self.text("party_badge", badge);
        }
        self.terms("source_kinds", &story.source_kinds);
        self.terms("evidence_kinds", &story.evidence_kinds);
        self.list_of(
            "units",
            &story.units,
            None,
            (|u: &Unit| &u.id, IdRule::Term),
            |checker, path, unit| {
                checker.text(&key_path(path, "one"), &unit.one);
                checker.text(&key_path(path, "other"), &unit.other);
            },
        );
        self.terms("figure_kinds", &story.figure_kinds);
        self.list(
            "references",
            &story.references,
            None,
            |r| &r.id,
            Self::reference,
        );
    }

    fn terms(&mut self, name: &str, terms: &[Term]) {
        let label = |checker: &mut Self, path: &str, term: &Term| {
            checker.text(&key_path(path, "label"), &term.label)
        };
        self.list_of(name, terms, None, (|t| &t.id, IdRule::Term), label);
    }

    fn reference(&mut self, path: &str, reference: &Reference) {
        if reference.id == COMPARED {
            self.error(
                key_path(path, "id"),
                format!(
                    "\"{COMPARED}\" is reserved: it names the chart's mode without a reference"
                ),
            );
        }
        if let Some(message) = self.figures.unknown("figure", &reference.figure) {
            self.error(key_path(path, "figure"), message);
        }
        self.text(&key_path(path, "chart_mode"), &reference.chart_mode);
        self.text(&key_path(path, "share_column"), &reference.share_column);
        self.text(&key_path(path, "share_of"), &reference.share_of);
    }

    /// `id` at `path` names one of the story's `ids` of this `kind` ("unit", "source kind").
    pub(super) fn known_term(&mut self, path: &str, kind: &str, id: &str, ids: Which) {
        let ids = match ids {
            Which::SourceKinds => &self.source_kinds,
            Which::EvidenceKinds => &self.evidence_kinds,
            Which::Units => &self.units,
            Which::FigureKinds => &self.figure_kinds,
        };
        if let Some(message) = ids.unknown(kind, id) {
            self.error(path, message);
        }
    }
}

/// Which list of the vocabulary an id is looked up in.
#[derive(Clone, Copy)]
pub(super) enum Which {
    SourceKinds,
    EvidenceKinds,
    Units,
    FigureKinds,
}
