//! Who speaks: the sides of the conflict and the sources, each of which may belong to one.

use super::vocabulary::Which;
use super::{key_path, Checker};
use crate::story::model::{Side, Source, NO_PARTY};

impl Checker<'_> {
    pub(super) fn side(&mut self, path: &str, side: &Side) {
        if side.id == NO_PARTY {
            self.error(
                key_path(path, "id"),
                format!(
                    "\"{NO_PARTY}\" is reserved: lens rules on source.party use it for sources that are not a party"
                ),
            );
        }
        self.text(&key_path(path, "label"), &side.label);
    }

    pub(super) fn source(&mut self, path: &str, source: &Source) {
        self.text(&key_path(path, "name"), &source.name);
        let kind_path = key_path(path, "kind");
        self.known_term(&kind_path, "source kind", &source.kind, Which::SourceKinds);
        self.text(&key_path(path, "country"), &source.country);
        if let Some(party) = &source.party {
            if let Some(message) = self.sides.unknown("side", party) {
                self.error(key_path(path, "party"), message);
            } else if !self.party_badge {
                self.error(
                    key_path(path, "party"),
                    "a source that is a party needs the story's \"party_badge\", the words of its badge",
                );
            }
        }
        self.text(&key_path(path, "note"), &source.note);
    }
}

#[cfg(test)]
mod tests {
    use crate::story::load::testing::*;
    use serde_json::json;

    #[test]
    fn a_side_may_not_be_called_none() {
        let errors = errors_after(|v| {
            v["sides"][0]["id"] = json!("none");
            v["sources"][1]["party"] = json!("none");
        });
        assert_eq!(
            described(&errors),
            ["sides[0].id: \"none\" is reserved: lens rules on source.party use it for sources that are not a party"]
        );
    }
}
