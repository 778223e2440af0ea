//! The helpers the model's readers (`story`) read a JSON [`Value`] with, as serde's derives
//! read it (same field names, defaults and enum spellings; `null` is `None` for an
//! optional field; unknown and duplicate fields are errors; a text map keeps the last of
//! duplicate keys); an error names the JSON path of the first value that does not fit.

use std::cell::Cell;
use std::collections::BTreeMap;

use super::json::{Kind, Value};
use crate::story::model::{Paragraphs, Text};

/// A value that is not what the story needs there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShapeError {
    /// Byte offset of the value.
    pub at: usize,
    /// Its JSON path (`steps[2].title`).
    pub path: String,
    pub message: String,
}

pub(super) type Shaped<T> = Result<T, ShapeError>;
pub(super) type Read<T> = fn(&Value, &Path<'_>) -> Shaped<T>;

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

pub(super) fn mismatch(value: &Value, path: &Path<'_>, expected: &str) -> ShapeError {
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

pub(super) fn string(value: &Value, path: &Path<'_>) -> Shaped<String> {
    match &value.kind {
        Kind::String(s) => Ok(s.clone()),
        _ => Err(mismatch(value, path, "a string")),
    }
}

pub(super) fn number(value: &Value, path: &Path<'_>) -> Shaped<f64> {
    match value.kind {
        Kind::Number(n) => Ok(n),
        _ => Err(mismatch(value, path, "a number")),
    }
}

pub(super) fn boolean(value: &Value, path: &Path<'_>) -> Shaped<bool> {
    match value.kind {
        Kind::Bool(b) => Ok(b),
        _ => Err(mismatch(value, path, "true or false")),
    }
}

pub(super) fn list<T>(value: &Value, path: &Path<'_>, item: Read<T>) -> Shaped<Vec<T>> {
    match &value.kind {
        Kind::List(items) => (items.iter().enumerate())
            .map(|(index, value)| item(value, &Path::Item(path, index)))
            .collect(),
        _ => Err(mismatch(value, path, "a list")),
    }
}

pub(super) fn strings(value: &Value, path: &Path<'_>) -> Shaped<Vec<String>> {
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

pub(super) fn text(value: &Value, path: &Path<'_>) -> Shaped<Text> {
    by_language(value, path, string)
}

pub(super) fn paragraphs(value: &Value, path: &Path<'_>) -> Shaped<Paragraphs> {
    by_language(value, path, strings)
}

/// A string that is one of `all`, as `name` spells each.
pub(super) fn one_of<T: Copy>(
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
pub(super) fn variant<'v>(
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
pub(super) struct Fields<'v, 'p> {
    value: &'v Value,
    members: Members<'v>,
    path: &'p Path<'p>,
}

enum Members<'v> {
    Named(&'v [(String, Value)], Vec<Cell<bool>>),
    Positional(&'v [Value], Cell<usize>),
}

/// The fields of an object (each named once) or a list.
pub(super) fn fields<'v, 'p>(value: &'v Value, path: &'p Path<'p>) -> Shaped<Fields<'v, 'p>> {
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

    pub(super) fn required<T>(&self, name: &str, read: Read<T>) -> Shaped<T> {
        match self.get(name) {
            Some(value) => read(value, &Path::Field(self.path, name)),
            None => {
                let message = ["missing field ", &quoted(name)].concat();
                Err(fault(self.value, self.path, message))
            }
        }
    }

    /// Absent or `null`: `None`.
    pub(super) fn optional<T>(&self, name: &str, read: Read<T>) -> Shaped<Option<T>> {
        match self.get(name).filter(|value| value.kind != Kind::Null) {
            None => Ok(None),
            Some(value) => read(value, &Path::Field(self.path, name)).map(Some),
        }
    }

    /// Absent: the default (`null` is not absent, as for serde's `#[serde(default)]`).
    pub(super) fn or_default<T: Default>(&self, name: &str, read: Read<T>) -> Shaped<T> {
        match self.get(name) {
            None => Ok(T::default()),
            Some(value) => read(value, &Path::Field(self.path, name)),
        }
    }

    /// What the fields built, once none is left unread (serde's `deny_unknown_fields`, and
    /// no more items than fields).
    pub(super) fn end<T>(&self, built: T) -> Shaped<T> {
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
