//! The list of every source of the story: its name, what kind of source it is, its
//! country, the story's badge when it is a party, and its profile behind a disclosure.

use super::claims::{party_badge, side_label};
use crate::story::locale::Lang;
use crate::story::ui_text::ui;
use crate::story::{term, text, Story};

/// One source as the list shows it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceView {
    pub id: String,
    /// The id of its entry, which a claim card can link to: `"source-<id>"`.
    pub anchor: String,
    pub name: String,
    pub kind: String,
    /// "Land: ", for readers who do not see the layout.
    pub country_label: String,
    pub country: String,
    /// The story's badge and the side ("Kriegspartei: Russland" in the seed story); the bare
    /// badge when the story does not name the side.
    pub party: Option<String>,
    /// The disclosure's summary ("Profil der Quelle").
    pub profile: String,
    pub note: String,
}

/// Every source of the story in the reader's language, in story order.
pub fn list(story: &Story, lang: Lang) -> Vec<SourceView> {
    (0..story.sources.len())
        .filter_map(|i| entry(story, i, lang))
        .collect()
}

/// The `i`th source of the story in the reader's language.
pub fn entry(story: &Story, i: usize, lang: Lang) -> Option<SourceView> {
    let source = story.sources.get(i)?;
    let code = lang.code();
    let t = ui(lang);
    // A party whose side the story does not name still gets the badge, without a label.
    let party = source.party.as_ref().map(|_| {
        let badge = party_badge(story, code);
        let side = side_label(story, source).map_or("", |label| text(label, code));
        if side.is_empty() {
            badge.to_owned()
        } else {
            [badge, t.colon, side].concat()
        }
    });
    Some(SourceView {
        id: source.id.clone(),
        anchor: ["source-", &source.id].concat(),
        name: text(&source.name, code).to_owned(),
        kind: term(&story.source_kinds, &source.kind, code).to_owned(),
        country_label: [t.country, t.colon].concat(),
        country: text(&source.country, code).to_owned(),
        party,
        profile: t.source_profile.to_owned(),
        note: text(&source.note, code).to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::present::fixtures::mini;

    fn find<'a>(list: &'a [SourceView], id: &str) -> &'a SourceView {
        match list.iter().find(|s| s.id == id) {
            Some(source) => source,
            None => panic!("no source {id}"),
        }
    }

    #[test]
    fn every_source_is_listed_in_story_order_with_an_anchor_for_claim_cards() {
        let story = mini();
        let list = list(&story, Lang::of("de"));
        let listed: Vec<(&str, &str)> = list
            .iter()
            .map(|s| (s.id.as_str(), s.anchor.as_str()))
            .collect();
        assert_eq!(
            listed,
            vec![
                ("nis", "source-nis"),
                ("kremlin", "source-kremlin"),
                ("zelensky", "source-zelensky")
            ]
        );
    }

    #[test]
    fn a_source_is_named_with_its_kind_country_and_profile_in_the_readers_language() {
        let story = mini();
        let de = list(&story, Lang::of("de"));
        let kremlin = find(&de, "kremlin");
        assert_eq!(kremlin.name, "Dmitri Peskow");
        assert_eq!(kremlin.kind, "Sprecher");
        assert_eq!(kremlin.country_label, "Land: ");
        assert_eq!(kremlin.country, "Russland");
        assert_eq!(kremlin.profile, "Profil der Quelle");
        assert_eq!(kremlin.note, "Sprecher des russischen Präsidenten.");
        let en = list(&story, Lang::of("en"));
        let kremlin = find(&en, "kremlin");
        assert_eq!(
            (kremlin.name.as_str(), kremlin.kind.as_str()),
            ("Dmitry Peskov", "Spokesperson")
        );
        assert_eq!(kremlin.country_label, "Country: ");
        assert_eq!(entry(&story, 3, Lang::of("de")), None);
    }

    #[test]
    fn only_a_party_to_the_war_gets_a_badge_naming_its_side() {
        let story = mini();
        let de = list(&story, Lang::of("de"));
        assert_eq!(
            find(&de, "kremlin").party.as_deref(),
            Some("Kriegspartei: Russland")
        );
        assert_eq!(
            find(&de, "zelensky").party.as_deref(),
            Some("Kriegspartei: Ukraine")
        );
        assert_eq!(find(&de, "nis").party, None);
        let en = list(&story, Lang::of("en"));
        assert_eq!(
            find(&en, "kremlin").party.as_deref(),
            Some("Party to the war: Russia")
        );
    }

    #[test]
    fn a_party_whose_side_the_story_does_not_name_gets_the_bare_badge() {
        let mut story = mini();
        story.sides.clear();
        assert_eq!(
            find(&list(&story, Lang::of("de")), "kremlin")
                .party
                .as_deref(),
            Some("Kriegspartei")
        );
    }
}
