//! The checks of a UI language file (`data/ui/<code>.json`) beyond its types: its code is
//! its file name, no word is blank, every template names exactly its numbers, and digits
//! stay readable (group and decimal separators that differ and are no digits).

use serde_json::Value;

use super::{is_valid_id, key_path, known_list, quoted, StoryError};
use crate::story::ui_text::UiFile;

/// The templates and the placeholders each must contain (and the only ones it may).
const TEMPLATES: [(&str, &str, &[&str]); 8] = [
    ("qualifiers", "about", &["n"]),
    ("qualifiers", "at_least", &["n"]),
    ("qualifiers", "more_than", &["n"]),
    ("qualifiers", "at_most", &["n"]),
    ("qualifiers", "fewer_than", &["n"]),
    ("qualifiers", "range", &["from", "to"]),
    ("words", "step_of", &["n", "total"]),
    ("words", "summary", &["shown", "total"]),
];

/// The groups of words (and plural words) of which none may be blank.
const WORD_GROUPS: [&str; 7] = [
    "qualifiers",
    "no_share",
    "stances",
    "statuses",
    "words",
    "numbers.million",
    "numbers.billion",
];

/// Every error of a parsed UI file, in document order; `value` is the same file as JSON.
pub(in crate::story::load) fn ui_file(
    file: &UiFile,
    value: &Value,
    file_code: &str,
) -> Vec<StoryError> {
    let mut errors = Vec::new();
    let mut error = |path: String, message: String| errors.push(StoryError::at(path, message));
    if !is_valid_id(file.code) {
        error(
            "code".into(),
            format!(
                "invalid language code {}; a code is a-z, 0-9 and \"-\" (\"fr\", \"pt-br\")",
                quoted(file.code)
            ),
        );
    } else if file.code != file_code {
        error(
            "code".into(),
            format!(
                "the code {} is not the file's name {}; name the file {}.json",
                quoted(file.code),
                quoted(file_code),
                file.code
            ),
        );
    }
    if file.name.trim().is_empty() {
        error("name".into(), "empty text".into());
    }
    let numbers = &file.numbers;
    for (key, separator) in [("group", numbers.group), ("decimal", numbers.decimal)] {
        if separator.is_empty() || separator.contains(|c: char| c.is_ascii_digit()) {
            error(
                key_path("numbers", key),
                format!(
                    "{} cannot separate digits; use a character that is no digit",
                    quoted(separator)
                ),
            );
        }
    }
    if numbers.group == numbers.decimal {
        error(
            "numbers.decimal".into(),
            format!(
                "the same as the group separator {}; 1.500 and 1,5 would read alike",
                quoted(numbers.group)
            ),
        );
    }
    if numbers.percent.is_empty() {
        error(
            "numbers.percent".into(),
            "empty; write what follows a percentage (\"%\")".into(),
        );
    }
    for group in WORD_GROUPS {
        let mut at = value;
        for key in group.split('.') {
            at = &at[key];
        }
        for (key, word) in at.as_object().into_iter().flatten() {
            if word.as_str().is_some_and(|w| w.trim().is_empty()) {
                error(key_path(group, key), "empty text".into());
            }
        }
    }
    for (group, key, names) in TEMPLATES {
        let template = value[group][key].as_str().unwrap_or("");
        let path = key_path(group, key);
        for name in names {
            if !template.contains(&["{", name, "}"].concat()) {
                let needs = known_list(names.iter().copied());
                error(
                    path.clone(),
                    format!("the template has no {{{name}}}; it needs: {needs}"),
                );
            }
        }
        for name in placeholders(template) {
            if !names.contains(&name) {
                let known = known_list(names.iter().copied());
                error(
                    path.clone(),
                    format!("unknown placeholder {{{name}}}; known: {known}"),
                );
            }
        }
    }
    // In document order, as a story's errors are.
    let order = [
        "code",
        "name",
        "numbers",
        "qualifiers",
        "no_share",
        "stances",
        "statuses",
        "words",
    ];
    errors.sort_by_key(|e| {
        order
            .iter()
            .position(|top| e.path.starts_with(top))
            .unwrap_or(order.len())
    });
    errors
}

/// The names in braces in `template`: `"{from} bis {to}"` → `from`, `to`.
fn placeholders(template: &str) -> impl Iterator<Item = &str> {
    template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
}

#[cfg(test)]
mod tests {
    use crate::story::load::{load_ui, StoryError};

    const FR: &str = include_str!("../../../../data/ui/fr.json");

    fn errors(text: &str, file_code: &str) -> Vec<StoryError> {
        match load_ui(text, file_code) {
            Ok(_) => panic!("the UI file loaded"),
            Err(errors) => errors,
        }
    }

    fn described(errors: &[StoryError]) -> Vec<String> {
        errors
            .iter()
            .map(|e| format!("{}: {}", e.path, e.message))
            .collect()
    }

    #[test]
    fn every_committed_ui_file_loads_clean() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/ui");
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let code = path.file_stem().unwrap().to_str().unwrap();
            let text = std::fs::read_to_string(&path).unwrap();
            if let Err(errors) = load_ui(&text, code) {
                panic!("{}: {errors:?}", path.display());
            }
        }
    }

    #[test]
    fn a_code_that_is_not_the_file_name_is_located_at_code() {
        let errors = errors(FR, "fr-ca");
        assert_eq!(
            described(&errors),
            ["code: the code \"fr\" is not the file's name \"fr-ca\"; name the file fr.json"]
        );
        assert_eq!((errors[0].line, errors[0].column), (Some(3), Some(11)));
    }

    #[test]
    fn templates_must_name_exactly_their_numbers() {
        let text = FR
            .replace("\"environ {n}\"", "\"environ\"")
            .replace("\"{from} à {to}\"", "\"{from} à {bis}\"")
            .replace("\"Étape {n} sur {total}\"", "\"Étape {n}\"");
        assert_eq!(
            described(&errors(&text, "fr")),
            [
                "qualifiers.about: the template has no {n}; it needs: n",
                "qualifiers.range: the template has no {to}; it needs: from, to",
                "qualifiers.range: unknown placeholder {bis}; known: from, to",
                "words.step_of: the template has no {total}; it needs: n, total",
            ]
        );
    }

    #[test]
    fn blank_words_and_unreadable_separators_are_errors() {
        let text = FR
            .replace("\"Précédent\"", "\" \"")
            .replace("\"decimal\": \",\"", "\"decimal\": \"\\u202f\"")
            .replace("\"other\": \"millions\"", "\"other\": \"\"");
        assert_eq!(
            described(&errors(&text, "fr")),
            [
                "numbers.decimal: the same as the group separator \"\u{202f}\"; 1.500 and 1,5 would read alike",
                "numbers.million.other: empty text",
                "words.back: empty text",
            ]
        );
    }

    #[test]
    fn a_missing_word_or_an_unknown_field_is_a_located_parse_error() {
        let text = FR.replace("    \"next\": \"Suivant\",\n", "");
        assert_eq!(
            described(&errors(&text, "fr")),
            ["words: missing field \"next\""]
        );
        let text = FR.replace("\"plural\": \"below_two\"", "\"plural\": \"few\"");
        let error = &errors(&text, "fr")[0];
        assert_eq!(error.path, "numbers.plural");
        assert!(
            error.message.starts_with("unknown variant \"few\""),
            "{}",
            error.message
        );
        assert!(error.line.is_some());
    }
}
