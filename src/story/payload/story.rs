//! One reader per model type, from a JSON value, as the model's serde derives read it;
//! the fields in the model's order (a struct written as a list is read by position).

use super::json::{Kind, Value};
use super::shape::{
    boolean, fields, list, mismatch, number, one_of, paragraphs, string, strings, text, variant,
    Path, Shaped,
};
use crate::story::model::{
    Claim, Figure, FigureSelection, Lens, LensRule, Question, Quote, Reference, RuleFieldName,
    RuleMatch, Side, Source, Stance, Status, Step, StepShows, Story, Term, Unit,
};
use crate::story::quantity::Qualifier;

/// The story a JSON value holds; `path` is where it is (the root for a payload).
pub fn story(value: &Value, path: &Path<'_>) -> Shaped<Story> {
    let f = fields(value, path)?;
    f.end(Story {
        schema: f.optional("$schema", string)?,
        id: f.required("id", string)?,
        languages: f.required("languages", strings)?,
        default_language: f.required("default_language", string)?,
        title: f.required("title", text)?,
        summary: f.required("summary", text)?,
        date: f.required("date", text)?,
        credit: f.required("credit", text)?,
        sides: f.required("sides", |v, p| list(v, p, side))?,
        party_badge: f.optional("party_badge", text)?,
        source_kinds: f.or_default("source_kinds", terms)?,
        evidence_kinds: f.or_default("evidence_kinds", terms)?,
        units: f.or_default("units", |v, p| list(v, p, unit))?,
        figure_kinds: f.or_default("figure_kinds", terms)?,
        references: f.or_default("references", |v, p| list(v, p, reference))?,
        sources: f.required("sources", |v, p| list(v, p, source))?,
        questions: f.required("questions", |v, p| list(v, p, question))?,
        claims: f.required("claims", |v, p| list(v, p, claim))?,
        figures: f.required("figures", |v, p| list(v, p, figure))?,
        lenses: f.required("lenses", |v, p| list(v, p, lens))?,
        steps: f.required("steps", |v, p| list(v, p, step))?,
    })
}

fn side(value: &Value, path: &Path<'_>) -> Shaped<Side> {
    let f = fields(value, path)?;
    f.end(Side {
        id: f.required("id", string)?,
        label: f.required("label", text)?,
    })
}

fn terms(value: &Value, path: &Path<'_>) -> Shaped<Vec<Term>> {
    list(value, path, |value, path| {
        let f = fields(value, path)?;
        f.end(Term {
            id: f.required("id", string)?,
            label: f.required("label", text)?,
        })
    })
}

fn unit(value: &Value, path: &Path<'_>) -> Shaped<Unit> {
    let f = fields(value, path)?;
    f.end(Unit {
        id: f.required("id", string)?,
        one: f.required("one", text)?,
        other: f.required("other", text)?,
    })
}

fn reference(value: &Value, path: &Path<'_>) -> Shaped<Reference> {
    let f = fields(value, path)?;
    f.end(Reference {
        id: f.required("id", string)?,
        figure: f.required("figure", string)?,
        chart_mode: f.required("chart_mode", text)?,
        share_column: f.required("share_column", text)?,
        share_of: f.required("share_of", text)?,
    })
}

fn source(value: &Value, path: &Path<'_>) -> Shaped<Source> {
    let f = fields(value, path)?;
    f.end(Source {
        id: f.required("id", string)?,
        name: f.required("name", text)?,
        kind: f.required("kind", string)?,
        country: f.required("country", text)?,
        party: f.optional("party", string)?,
        note: f.required("note", text)?,
    })
}

fn question(value: &Value, path: &Path<'_>) -> Shaped<Question> {
    let f = fields(value, path)?;
    f.end(Question {
        id: f.required("id", string)?,
        text: f.required("text", text)?,
    })
}

fn claim(value: &Value, path: &Path<'_>) -> Shaped<Claim> {
    let f = fields(value, path)?;
    f.end(Claim {
        id: f.required("id", string)?,
        source: f.required("source", string)?,
        question: f.required("question", string)?,
        stance: f.required("stance", |v, p| one_of(v, p, &Stance::ALL, Stance::as_str))?,
        statement: f.required("statement", text)?,
        quote: f.optional("quote", quote)?,
        when: f.required("when", text)?,
        evidence: f.required("evidence", string)?,
        status: f.required("status", |v, p| one_of(v, p, &Status::ALL, Status::as_str))?,
        disputes: f.or_default("disputes", strings)?,
    })
}

fn quote(value: &Value, path: &Path<'_>) -> Shaped<Quote> {
    let f = fields(value, path)?;
    f.end(Quote {
        text: f.required("text", string)?,
        lang: f.required("lang", string)?,
        translation: f.or_default("translation", text)?,
    })
}

fn figure(value: &Value, path: &Path<'_>) -> Shaped<Figure> {
    let f = fields(value, path)?;
    f.end(Figure {
        id: f.required("id", string)?,
        claim: f.required("claim", string)?,
        value: f.required("value", number)?,
        qualifier: f.optional("qualifier", |v, p| {
            one_of(v, p, &Qualifier::ALL, Qualifier::as_str)
        })?,
        to: f.optional("to", number)?,
        unit: f.required("unit", string)?,
        kind: f.required("kind", string)?,
        label: f.required("label", text)?,
    })
}

fn lens(value: &Value, path: &Path<'_>) -> Shaped<Lens> {
    let f = fields(value, path)?;
    f.end(Lens {
        id: f.required("id", string)?,
        label: f.required("label", text)?,
        explanation: f.required("explanation", text)?,
        rule: f.required("rule", lens_rule)?,
    })
}

fn lens_rule(value: &Value, path: &Path<'_>) -> Shaped<LensRule> {
    let (name, data) = variant(value, path, &["keep", "leave_out"])?;
    let data_path = Path::Field(path, name);
    let f = fields(data, &data_path)?;
    let rule = f.end(RuleMatch {
        field: f.required("field", |v, p| {
            Ok(RuleFieldName::from(string(v, p)?.as_str()))
        })?,
        any_of: f.required("any_of", strings)?,
    })?;
    Ok(match name {
        "keep" => LensRule::Keep(rule),
        _ => LensRule::LeaveOut(rule),
    })
}

fn step(value: &Value, path: &Path<'_>) -> Shaped<Step> {
    let f = fields(value, path)?;
    f.end(Step {
        id: f.required("id", string)?,
        title: f.required("title", text)?,
        body: f.required("body", paragraphs)?,
        shows: f.required("shows", step_shows)?,
    })
}

fn step_shows(value: &Value, path: &Path<'_>) -> Shaped<StepShows> {
    let f = fields(value, path)?;
    f.end(StepShows {
        question: f.optional("question", string)?,
        figures: f.optional("figures", figure_selection)?,
        sources: f.or_default("sources", boolean)?,
    })
}

/// `"all"`, `{"only": [ids]}`, or serde's long form of the first, `{"all": null}`.
fn figure_selection(value: &Value, path: &Path<'_>) -> Shaped<FigureSelection> {
    if let Kind::String(_) = value.kind {
        return one_of(value, path, &["all"], |name| name).map(|_| FigureSelection::All);
    }
    match variant(value, path, &["all", "only"])? {
        ("only", ids) => Ok(FigureSelection::Only(strings(
            ids,
            &Path::Field(path, "only"),
        )?)),
        (
            _,
            Value {
                kind: Kind::Null, ..
            },
        ) => Ok(FigureSelection::All),
        (name, data) => Err(mismatch(data, &Path::Field(path, name), "null")),
    }
}
