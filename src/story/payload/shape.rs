//! The story's shape: one function per model type reads it from a JSON [`Value`] as serde's
//! derives read it (same field names, defaults and enum spellings; `null` is `None` for
//! an optional field; unknown and duplicate fields are errors; a text map keeps the last
//! of duplicate keys), and names the JSON path of the first value that does not fit.

use std::cell::Cell;
use std::collections::BTreeMap;

use super::json::{Kind, Value};
use crate::story::model::{
    Claim, Figure, FigureSelection, Lens, LensRule, Paragraphs, Question, Quote, Reference,
    RuleFieldName, RuleMatch, Side, Source, Stance, Status, Step, StepShows, Story, Term, Text,
    Unit,
};
use crate::story::quantity::Qualifier;

/// A value that is not what the story needs there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShapeError {
    /// Byte offset of the value.
    pub at: usize,
    /// Its JSON path (`steps[2].title`).
    pub path: String,
    pub message: String,
}

type Shaped<T> = Result<T, ShapeError>;
type Read<T> = fn(&Value, &Path<'_>) -> Shaped<T>;

/// Where a value is: built on the stack on the way down, spelled only for an error.
#[derive(Clone, Copy)]
pub enum Path<'a> {
    Root,
    Field(&'a Path<'a>, &'a str),
    Item(&'a Path<'a>, usize),
}

/// Keys and values quoted in paths and messages are clipped to this many characters.
const MAX_QUOTED_CHARS: usize = 64;

impl Path<'_> {
    fn spell(&self, out: &mut String) {
        match self {
            Path::Root => {}
            Path::Field(parent, name) => {
                parent.spell(out);
                if !out.is_empty() {
                    out.push('.');
                }
                out.extend(name.chars().take(MAX_QUOTED_CHARS));
            }
            Path::Item(parent, index) => {
                parent.spell(out);
                out.push('[');
                out.push_str(&index.to_string());
                out.push(']');
            }
        }
    }
}

fn fault(value: &Value, path: &Path<'_>, message: String) -> ShapeError {
    let mut spelled = String::new();
    path.spell(&mut spelled);
    ShapeError {
        at: value.at,
        path: spelled,
        message,
    }
}

fn mismatch(value: &Value, path: &Path<'_>, expected: &str) -> ShapeError {
    let found = match value.kind {
        Kind::Null => "null",
        Kind::Bool(_) => "true or false",
        Kind::Number(_) => "a number",
        Kind::String(_) => "a string",
        Kind::List(_) => "a list",
        Kind::Object(_) => "an object",
    };
    fault(
        value,
        path,
        ["expected ", expected, ", found ", found].concat(),
    )
}

fn quoted(words: &str) -> String {
    [
        "`",
        &words.chars().take(MAX_QUOTED_CHARS).collect::<String>(),
        "`",
    ]
    .concat()
}

fn names(all: impl IntoIterator<Item = &'static str>) -> String {
    all.into_iter().map(quoted).collect::<Vec<_>>().join(", ")
}

fn string(value: &Value, path: &Path<'_>) -> Shaped<String> {
    match &value.kind {
        Kind::String(s) => Ok(s.clone()),
        _ => Err(mismatch(value, path, "a string")),
    }
}

fn number(value: &Value, path: &Path<'_>) -> Shaped<f64> {
    match value.kind {
        Kind::Number(n) => Ok(n),
        _ => Err(mismatch(value, path, "a number")),
    }
}

fn boolean(value: &Value, path: &Path<'_>) -> Shaped<bool> {
    match value.kind {
        Kind::Bool(b) => Ok(b),
        _ => Err(mismatch(value, path, "true or false")),
    }
}

fn list<T>(value: &Value, path: &Path<'_>, item: Read<T>) -> Shaped<Vec<T>> {
    match &value.kind {
        Kind::List(items) => (items.iter().enumerate())
            .map(|(index, value)| item(value, &Path::Item(path, index)))
            .collect(),
        _ => Err(mismatch(value, path, "a list")),
    }
}

fn strings(value: &Value, path: &Path<'_>) -> Shaped<Vec<String>> {
    list(value, path, string)
}

/// An object of entries by language (`{"de": …, "en": …}`).
fn by_language<T>(value: &Value, path: &Path<'_>, entry: Read<T>) -> Shaped<BTreeMap<String, T>> {
    match &value.kind {
        Kind::Object(members) => (members.iter())
            .map(|(key, value)| Ok((key.clone(), entry(value, &Path::Field(path, key))?)))
            .collect(),
        _ => Err(mismatch(value, path, "an object of texts by language")),
    }
}

fn text(value: &Value, path: &Path<'_>) -> Shaped<Text> {
    by_language(value, path, string)
}

fn paragraphs(value: &Value, path: &Path<'_>) -> Shaped<Paragraphs> {
    by_language(value, path, strings)
}

/// A string that is one of `all`, as `name` spells each.
fn one_of<T: Copy>(
    value: &Value,
    path: &Path<'_>,
    all: &[T],
    name: fn(T) -> &'static str,
) -> Shaped<T> {
    let given = string(value, path)?;
    (all.iter().copied().find(|item| name(*item) == given)).ok_or_else(|| {
        let expected = names(all.iter().map(|item| name(*item)));
        let message = [
            "unknown value ",
            &quoted(&given),
            ", expected one of ",
            &expected,
        ];
        fault(value, path, message.concat())
    })
}

/// An enum variant that carries data, as serde writes it: `{"name": data}`.
fn variant<'v>(
    value: &'v Value,
    path: &Path<'_>,
    variants: &[&'static str],
) -> Shaped<(&'v str, &'v Value)> {
    match &value.kind {
        Kind::Object(members) => match members.as_slice() {
            [(name, data)] if variants.contains(&name.as_str()) => Ok((name, data)),
            _ => {
                let expected = ["an object with one of ", &names(variants.iter().copied())];
                Err(fault(value, path, expected.concat()))
            }
        },
        _ => Err(mismatch(value, path, "an object")),
    }
}

/// The fields of a struct, each read once in the model's order: the members of an object
/// by name (a member no one read is unknown), or, as serde also reads a struct, the items
/// of a list by position.
struct Fields<'v, 'p> {
    value: &'v Value,
    members: Members<'v>,
    path: &'p Path<'p>,
}

enum Members<'v> {
    Named(&'v [(String, Value)], Vec<Cell<bool>>),
    Positional(&'v [Value], Cell<usize>),
}

/// The fields of an object (each named once) or a list.
fn fields<'v, 'p>(value: &'v Value, path: &'p Path<'p>) -> Shaped<Fields<'v, 'p>> {
    let members = match &value.kind {
        Kind::Object(members) => {
            for (index, (key, member)) in members.iter().enumerate() {
                if members
                    .iter()
                    .take(index)
                    .any(|(earlier, _)| earlier == key)
                {
                    let message = "duplicate field".to_owned();
                    return Err(fault(member, &Path::Field(path, key), message));
                }
            }
            Members::Named(members, members.iter().map(|_| Cell::new(false)).collect())
        }
        Kind::List(items) => Members::Positional(items, Cell::new(0)),
        _ => return Err(mismatch(value, path, "an object")),
    };
    Ok(Fields {
        value,
        members,
        path,
    })
}

impl Fields<'_, '_> {
    /// The field `name`, which the caller asks for once, in the model's order.
    fn get(&self, name: &str) -> Option<&Value> {
        match &self.members {
            Members::Named(members, read) => {
                let index = members.iter().position(|(key, _)| key == name)?;
                if let Some(read) = read.get(index) {
                    read.set(true);
                }
                members.get(index).map(|(_, value)| value)
            }
            Members::Positional(items, next) => {
                let index = next.get();
                next.set(index + 1);
                items.get(index)
            }
        }
    }

    fn required<T>(&self, name: &str, read: Read<T>) -> Shaped<T> {
        match self.get(name) {
            Some(value) => read(value, &Path::Field(self.path, name)),
            None => {
                let message = ["missing field ", &quoted(name)].concat();
                Err(fault(self.value, self.path, message))
            }
        }
    }

    /// Absent or `null`: `None`.
    fn optional<T>(&self, name: &str, read: Read<T>) -> Shaped<Option<T>> {
        match self.get(name).filter(|value| value.kind != Kind::Null) {
            None => Ok(None),
            Some(value) => read(value, &Path::Field(self.path, name)).map(Some),
        }
    }

    /// Absent: the default (`null` is not absent, as for serde's `#[serde(default)]`).
    fn or_default<T: Default>(&self, name: &str, read: Read<T>) -> Shaped<T> {
        match self.get(name) {
            None => Ok(T::default()),
            Some(value) => read(value, &Path::Field(self.path, name)),
        }
    }

    /// What the fields built, once none is left unread (serde's `deny_unknown_fields`, and
    /// no more items than fields).
    fn end<T>(&self, built: T) -> Shaped<T> {
        let (path, value, message) = match &self.members {
            Members::Named(members, read) => {
                match members.iter().zip(read).find(|(_, read)| !read.get()) {
                    None => return Ok(built),
                    Some(((key, value), _)) => {
                        (Path::Field(self.path, key), value, "unknown field")
                    }
                }
            }
            Members::Positional(items, next) => match items.get(next.get()) {
                None => return Ok(built),
                Some(value) => (
                    Path::Item(self.path, next.get()),
                    value,
                    "one item too many",
                ),
            },
        };
        Err(fault(value, &path, message.to_owned()))
    }
}

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
