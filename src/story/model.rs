//! The story format: serde types of a story JSON file in `data/`.
//!
//! Unknown fields are errors (`deny_unknown_fields`), so an editor's typo is reported,
//! never silently ignored. The JSON Schema in `data/story.schema.json` is generated
//! from these types (see `story::schema`). Pure: no leptos, no web_sys.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize};

pub use super::quantity::Qualifier;

/// A reader-facing text in every language the story declares: `{"de": "…", "en": "…"}`.
/// Always rendered as text, never as HTML.
pub type Text = BTreeMap<String, String>;

/// Paragraphs of plain text per language: `{"de": ["…", "…"], "en": ["…", "…"]}`.
pub type Paragraphs = BTreeMap<String, Vec<String>>;

/// One story, as written by a newsroom.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Story {
    /// Editor tooling only: the path of the JSON Schema (`./story.schema.json`).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Stable id, `[a-z0-9-]`; also the file name in `data/` (`?story=ID`).
    pub id: String,
    /// Languages the story is written in (`de`, `en`); every text exists in each.
    pub languages: Vec<String>,
    /// The language shown when the reader asks for none.
    pub default_language: String,
    pub title: Text,
    /// One paragraph under the title.
    pub summary: Text,
    /// When the story stands, as the reader should read it ("Stand: …").
    pub date: Text,
    /// Where the facts come from.
    pub credit: Text,
    /// The sides of the conflict; a source that is a party names one of them.
    pub sides: Vec<Side>,
    /// The badge of a source that is a party ("Partei im Streit"); needed once a source names a side.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party_badge: Option<Text>,
    /// The kinds of source this story knows ("Bürgerinitiative", "government"); `Source.kind` names one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub source_kinds: Vec<Term>,
    /// What a source may offer to back a claim ("published evidence"); `Claim.evidence`
    /// names one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence_kinds: Vec<Term>,
    /// What the figures count ("people", "Euro"); `Figure.unit` names one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub units: Vec<Unit>,
    /// What sort of number a figure is ("estimate", "registered"); `Figure.kind` names one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figure_kinds: Vec<Term>,
    /// Figures the others are compared against (a population, a total budget): each gives the
    /// chart a mode and the table a share column. None: no second mode, no share column.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<Reference>,
    pub sources: Vec<Source>,
    /// What the story is contested on ("How many were there?").
    pub questions: Vec<Question>,
    pub claims: Vec<Claim>,
    pub figures: Vec<Figure>,
    /// The credibility toggle: each lens is one criterion; active lenses combine with AND.
    pub lenses: Vec<Lens>,
    pub steps: Vec<Step>,
}

/// A side of the conflict (or the dispute), e.g. a government or its opposition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Side {
    pub id: String,
    pub label: Text,
}

/// A word of the story's own vocabulary: an id the story refers to, and its label.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// `[a-z0-9-_]`, as the story refers to it.
    pub id: String,
    pub label: Text,
}

/// What figures count, in the singular and the plural ("household" / "households").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Unit {
    pub id: String,
    /// After a count the language says in the singular ("1 household").
    pub one: Text,
    /// After every other count ("1,500 households").
    pub other: Text,
}

/// A figure the others are compared against, with the words that name the comparison.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Reference {
    /// Also the chart mode's name in the URL (`?chart=population`); not `compared`.
    pub id: String,
    /// Id of the figure that is the reference.
    pub figure: String,
    /// The chart mode's button ("Against the population").
    pub chart_mode: Text,
    /// The table's column of shares ("Share of the population").
    pub share_column: Text,
    /// After a share ("of the population": "1 % of the population").
    pub share_of: Text,
}

/// Who says something: a service, a government, an alliance, a newspaper.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub name: Text,
    /// Id of one of the story's `source_kinds`.
    pub kind: String,
    pub country: Text,
    /// The side this source belongs to when it is a party to the conflict; absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party: Option<String>,
    /// Reader-facing note on its stake and track record.
    pub note: Text,
}

/// A question the story is contested on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub text: Text,
}

/// One thing one source says on one question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub id: String,
    /// Id of the source that says it.
    pub source: String,
    /// Id of the question it answers.
    pub question: String,
    pub stance: Stance,
    /// What the source says, in the story's words.
    pub statement: Text,
    /// The words as printed in the article, when it quotes them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<Quote>,
    /// When it was said, or the period it covers.
    pub when: Text,
    /// Id of one of the story's `evidence_kinds`.
    pub evidence: String,
    pub status: Status,
    /// Ids of claims this one contradicts (a denial names what it denies).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub disputes: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    /// Says it is so.
    Asserts,
    /// Says it is not so.
    Denies,
    /// Says there is no evidence either way.
    NoEvidence,
    /// Doubts it, or doubts what it would mean.
    Doubts,
}

impl Stance {
    pub const ALL: [Stance; 4] = [
        Stance::Asserts,
        Stance::Denies,
        Stance::NoEvidence,
        Stance::Doubts,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Asserts => "asserts",
            Stance::Denies => "denies",
            Stance::NoEvidence => "no_evidence",
            Stance::Doubts => "doubts",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The source said it publicly itself.
    OnRecord,
    /// Attributed to the source by others; the source has not confirmed it.
    Unconfirmed,
}

impl Status {
    pub const ALL: [Status; 2] = [Status::OnRecord, Status::Unconfirmed];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::OnRecord => "on_record",
            Status::Unconfirmed => "unconfirmed",
        }
    }
}

/// Verbatim words as printed in the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// The quote, verbatim.
    pub text: String,
    /// The language it is printed in (a declared language).
    pub lang: String,
    /// Translations for readers of the other languages, marked as such in the UI.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translation: Text,
}

/// A number stated by a claim, counted in one of the story's units.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: String,
    /// Id of the claim that states this number.
    pub claim: String,
    /// A whole, positive number (validated: not zero, negative, fractional or absurdly large).
    pub value: f64,
    /// How `value` is meant when it is not exact: `about`, `at_least`, `more_than`,
    /// `at_most`, `fewer_than`, or `range` (from `value` up to `to`). Absent: exact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
    /// The upper end of a `range`, above `value` (a whole, positive number like it); only
    /// with `"qualifier": "range"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<f64>,
    /// Id of one of the story's `units`.
    pub unit: String,
    /// Id of one of the story's `figure_kinds`.
    pub kind: String,
    pub label: Text,
}

impl Figure {
    /// The value as a count; only meaningful on a validated story.
    pub fn count(&self) -> u64 {
        if self.value.is_finite() && self.value >= 0.0 {
            self.value as u64
        } else {
            0
        }
    }
}

/// One credibility criterion the reader can switch on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Lens {
    /// Id used in the URL (`?lens=evidence,no-parties`), `[a-z0-9-]`.
    pub id: String,
    pub label: Text,
    /// Reader-facing explanation of the criterion; also the reason shown on what it sets aside.
    pub explanation: Text,
    pub rule: LensRule,
}

/// The `source.party` value of a source that is not a party to the conflict (a side may
/// not take this id).
pub const NO_PARTY: &str = "none";

/// A lens rule, from a closed set: keep only claims whose field has one of the values,
/// or leave out claims whose field has one of the values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum LensRule {
    Keep(RuleMatch),
    LeaveOut(RuleMatch),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RuleMatch {
    /// The field of a claim the rule looks at.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "RuleField"))]
    pub field: RuleFieldName,
    /// Values of that field, as written in the JSON.
    pub any_of: Vec<String>,
}

/// What a lens rule looks at in a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub enum RuleField {
    /// The claim's `evidence`.
    #[serde(rename = "evidence")]
    Evidence,
    /// The claim's `status`.
    #[serde(rename = "status")]
    Status,
    /// The claim's `stance`.
    #[serde(rename = "stance")]
    Stance,
    /// The id of the claim's source.
    #[serde(rename = "source")]
    Source,
    /// The `kind` of the claim's source.
    #[serde(rename = "source.kind")]
    SourceKind,
    /// The `party` of the claim's source, or `none` when it is not a party.
    #[serde(rename = "source.party")]
    SourceParty,
}

impl RuleField {
    pub const ALL: [RuleField; 6] = [
        RuleField::Evidence,
        RuleField::Status,
        RuleField::Stance,
        RuleField::Source,
        RuleField::SourceKind,
        RuleField::SourceParty,
    ];

    /// The field as written in the JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            RuleField::Evidence => "evidence",
            RuleField::Status => "status",
            RuleField::Stance => "stance",
            RuleField::Source => "source",
            RuleField::SourceKind => "source.kind",
            RuleField::SourceParty => "source.party",
        }
    }
}

/// The `field` of a lens rule as the story writes it: a [`RuleField`], or a name the engine
/// does not know. An unknown name parses, so validation reports it where it stands, worded
/// for editors and together with every other error (serde's own error would stop at the
/// first one); the JSON Schema offers only the known names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum RuleFieldName {
    Known(RuleField),
    Unknown(String),
}

impl RuleFieldName {
    /// The field, when the name is known.
    pub fn known(&self) -> Option<RuleField> {
        match self {
            RuleFieldName::Known(field) => Some(*field),
            RuleFieldName::Unknown(_) => None,
        }
    }
}

impl From<&str> for RuleFieldName {
    fn from(name: &str) -> Self {
        match RuleField::ALL
            .into_iter()
            .find(|field| field.as_str() == name)
        {
            Some(field) => RuleFieldName::Known(field),
            None => RuleFieldName::Unknown(name.to_string()),
        }
    }
}

/// Any string (so another type is still serde's "expected a string" error), then its field.
impl<'de> Deserialize<'de> for RuleFieldName {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        Ok(RuleFieldName::from(name.as_str()))
    }
}

/// One screen of the explainer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub id: String,
    pub title: Text,
    /// Plain-text paragraphs, never HTML.
    pub body: Paragraphs,
    pub shows: StepShows,
}

/// What a step shows beside its text; at least one part must be present.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StepShows {
    /// The claims on this question, side by side.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<String>,
    /// The figure chart with these figures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figures: Option<FigureSelection>,
    /// The list of sources with their profiles.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sources: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum FigureSelection {
    /// `"all"`: every figure of the story.
    All,
    /// `{"only": ["id", …]}`.
    Only(Vec<String>),
}

impl Story {
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }
    pub fn claim(&self, id: &str) -> Option<&Claim> {
        self.claims.iter().find(|c| c.id == id)
    }
    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }
    pub fn lens(&self, id: &str) -> Option<&Lens> {
        self.lenses.iter().find(|l| l.id == id)
    }
    pub fn side(&self, id: &str) -> Option<&Side> {
        self.sides.iter().find(|s| s.id == id)
    }
    pub fn unit(&self, id: &str) -> Option<&Unit> {
        self.units.iter().find(|u| u.id == id)
    }
    pub fn reference(&self, id: &str) -> Option<&Reference> {
        self.references.iter().find(|r| r.id == id)
    }
    /// The reference whose figure is `figure`, if any.
    pub fn reference_to(&self, figure: &str) -> Option<&Reference> {
        self.references.iter().find(|r| r.figure == figure)
    }
    /// The figures a step shows, in story order.
    pub fn step_figures<'a>(&'a self, step: &'a Step) -> Vec<&'a Figure> {
        match &step.shows.figures {
            None => Vec::new(),
            Some(FigureSelection::All) => self.figures.iter().collect(),
            Some(FigureSelection::Only(ids)) => self
                .figures
                .iter()
                .filter(|f| ids.contains(&f.id))
                .collect(),
        }
    }
    /// The claims on a question, in story order.
    pub fn claims_on<'a>(&'a self, question: &'a str) -> impl Iterator<Item = &'a Claim> + 'a {
        self.claims.iter().filter(move |c| c.question == question)
    }
}

/// The entry of a per-language map (a [`Text`], [`Paragraphs`]) in `lang`, falling back to
/// the first language that has one (a validated story has all).
pub fn in_language<'a, T>(by_language: &'a BTreeMap<String, T>, lang: &str) -> Option<&'a T> {
    by_language
        .get(lang)
        .or_else(|| by_language.values().next())
}

/// The label of the term `id` in `lang`; the id itself when the story lacks the term (a
/// validated story has it), so nothing is ever left blank.
pub fn term<'a>(terms: &'a [Term], id: &'a str, lang: &str) -> &'a str {
    terms
        .iter()
        .find(|t| t.id == id)
        .map_or(id, |t| text(&t.label, lang))
}

/// A text in `lang`, falling back like [`in_language`]; empty when it has no language.
pub fn text<'a>(text: &'a Text, lang: &str) -> &'a str {
    in_language(text, lang).map(String::as_str).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_fields_are_spelled_as_serde_spells_them() {
        for field in RuleField::ALL {
            let json = format!("\"{}\"", field.as_str());
            assert_eq!(serde_json::to_string(&field).unwrap(), json);
            let name: RuleFieldName = serde_json::from_str(&json).unwrap();
            assert_eq!(name, RuleFieldName::Known(field));
            assert_eq!(serde_json::to_string(&name).unwrap(), json);
        }
    }

    #[test]
    fn an_unknown_rule_field_parses_so_validation_can_report_it() {
        let name: RuleFieldName = serde_json::from_str("\"evidnce\"").unwrap();
        assert_eq!(name, RuleFieldName::Unknown("evidnce".into()));
        assert_eq!(name.known(), None);
        assert_eq!(serde_json::to_string(&name).unwrap(), "\"evidnce\"");
        // Another type is serde's error for a string, as before the enum.
        let error = serde_json::from_str::<RuleFieldName>("5").unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with("invalid type: integer `5`, expected a string"),
            "{error}"
        );
    }
}
