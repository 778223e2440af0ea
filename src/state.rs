//! The reader's choices, their URL form, and the actions that change them.
//!
//! Pure and host-tested: `UrlState` (the query string, parsed once, the embed parameters
//! included) and `Choices::from_url` (what a link opens in a given story). `ReaderState`
//! holds the choices as signals for the components; they change through
//! `ReaderState::dispatch(&story, Action)`, whose rules (`Action::step_after`, `toggled`)
//! are pure as well. Nothing else in the app is state: everything a reader sees is derived
//! from `(Story, ReaderState)`.

use leptos::prelude::*;

use crate::embed::EmbedParams;
use crate::story::figures::ChartMode;
use crate::story::locale::Lang;
use crate::story::{lens, Story};

/// Light, dark, or whatever the reader's system prefers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn parse(value: &str) -> Option<Theme> {
        match value {
            "auto" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// What the query string says, before it is checked against a story.
/// Unknown parameters are left alone (hosts such as pym.js add their own).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UrlState {
    pub lang: Option<Lang>,
    /// 1-based, as in `?step=3`.
    pub step: Option<usize>,
    /// Raw lens ids in URL order; the story decides which exist.
    pub lenses: Vec<String>,
    pub story: Option<String>,
    pub theme: Theme,
    pub chart: Option<ChartMode>,
    /// What the embed code needs (`childId`, `id`).
    pub embed: EmbedParams,
}

/// Parses a query string (`?lang=en&step=3&lens=evidence,no-parties`). Never fails:
/// what cannot be understood is ignored, so a mangled link still opens the story.
pub fn parse_query(query: &str) -> UrlState {
    let mut state = UrlState::default();
    for (key, value) in query_pairs(query) {
        match key.as_str() {
            "lang" => state.lang = Lang::parse(&value),
            "step" => state.step = step_number(&value),
            "lens" => {
                state.lenses = value
                    .split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect()
            }
            "story" => state.story = Some(value),
            "theme" => state.theme = Theme::parse(&value).unwrap_or_default(),
            "chart" => state.chart = ChartMode::parse(&value),
            other => state.embed.read(other, value),
        }
    }
    state
}

/// A step's number as an address writes it (`3` of `?step=3` or `#step-3`): 1-based.
fn step_number(text: &str) -> Option<usize> {
    text.parse::<usize>().ok().filter(|n| *n >= 1)
}

const STEP_ANCHOR: &str = "step-";

/// The id of step `number` (1-based) on a page rendered at build time (`step-3`), which its
/// links target; `parse_url` reads it back.
pub fn step_anchor(number: usize) -> String {
    [STEP_ANCHOR, &number.to_string()].concat()
}

/// The page's address as the app reads it: the query string, and the step of a `#step-N`
/// fragment when the query names none (a link of the page rendered at build time, followed
/// before the wasm arrived).
pub fn parse_url(query: &str, fragment: &str) -> UrlState {
    let mut state = parse_query(query);
    if state.step.is_none() {
        state.step = fragment
            .strip_prefix('#')
            .and_then(|f| f.strip_prefix(STEP_ANCHOR))
            .and_then(step_number);
    }
    state
}

/// Rewrites `query` with the reader's state: our own keys are replaced, every other
/// parameter (a host's `childId`, `initialWidth`, …) is kept as it was.
pub fn write_query(query: &str, lang: Lang, step: usize, lenses: &str, chart: ChartMode) -> String {
    const OURS: [&str; 4] = ["lang", "step", "lens", "chart"];
    let mut parts: Vec<String> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .filter(|p| {
            let key = p.split('=').next().unwrap_or("");
            !OURS.contains(&key)
        })
        .map(str::to_owned)
        .collect();
    parts.push(["lang=", lang.code()].concat());
    parts.push(["step=", &step.to_string()].concat());
    if !lenses.is_empty() {
        parts.push(["lens=", &encode(lenses)].concat());
    }
    if chart != ChartMode::Compared {
        parts.push(["chart=", chart.as_str()].concat());
    }
    ["?", &parts.join("&")].concat()
}

/// The decoded `key=value` pairs of a query string, in order.
fn query_pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(k), decode(v))
        })
}

/// Percent-decoding for query values; invalid escapes stay as written.
fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hex = bytes
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok());
            if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(if b == b'+' { b' ' } else { b });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Lens ids are `[a-z0-9-]` and joined by commas, which are safe in a query value.
fn encode(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-' || *c == ',')
        .collect()
}

/// Clamps a 1-based step from the URL to the story, as a 0-based index.
pub fn step_index(step: Option<usize>, total: usize) -> usize {
    step.unwrap_or(1).clamp(1, total.max(1)) - 1
}

/// The reader's choices as plain values: what a link opens, and what `ReaderState`'s
/// signals start from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choices {
    pub lang: Lang,
    /// 0-based index of the current step.
    pub step: usize,
    /// Active lens ids, normalised by `lens::active_ids` (story order, each once).
    pub lenses: Vec<String>,
    pub chart: ChartMode,
}

impl Choices {
    /// Fresh choices on the first step, in `lang`, no lens active.
    pub fn new(lang: Lang) -> Self {
        Choices {
            lang,
            step: 0,
            lenses: Vec::new(),
            chart: ChartMode::Compared,
        }
    }

    /// What a link opens in `story`: the URL's language if the story has it, else the
    /// story's default language; the story's lenses among those named; the step clamped
    /// to the story.
    pub fn from_url(story: &Story, url: &UrlState) -> Self {
        let lang = url
            .lang
            .filter(|l| speaks(story, *l))
            .or_else(|| Lang::parse(&story.default_language))
            .unwrap_or_else(Lang::first);
        Choices {
            lang,
            step: step_index(url.step, story.steps.len()),
            lenses: lens::active_ids(story, &|id| url.lenses.iter().any(|l| l == id)),
            chart: url
                .chart
                .clone()
                .filter(|mode| offers(story, mode))
                .unwrap_or_default(),
        }
    }
}

/// Whether `story` has the chart mode `mode` (a reference it names).
fn offers(story: &Story, mode: &ChartMode) -> bool {
    match mode {
        ChartMode::Compared => true,
        ChartMode::Against(id) => story.reference(id).is_some(),
    }
}

/// Whether `story` is written in `lang`.
fn speaks(story: &Story, lang: Lang) -> bool {
    story.languages.iter().any(|code| code == lang.code())
}

/// Everything a reader (or the host page) can do to the reader's choices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// One step on, stopping at the last.
    Next,
    /// One step back, stopping at the first.
    Back,
    /// To a 0-based step, stopping at the last (a step button, a key, or a host's
    /// `claimlens:goto` once `embed::protocol` has checked it).
    GoTo(usize),
    /// Switches a lens on or off; the active lenses stay in story order.
    ToggleLens(String),
    /// Ignored for a language the story is not written in.
    SetLang(Lang),
    SetChart(ChartMode),
    /// Opens or closes the table under the chart (not in the URL).
    ToggleTable,
}

impl Action {
    /// The step after a step action from `step` in a story of `steps` steps (0-based);
    /// other actions leave it where it is.
    pub fn step_after(&self, step: usize, steps: usize) -> usize {
        let last = steps.saturating_sub(1);
        match self {
            Action::Next => step.saturating_add(1).min(last),
            Action::Back => step.min(last).saturating_sub(1),
            Action::GoTo(to) => (*to).min(last),
            _ => step,
        }
    }
}

/// Smallest horizontal travel, in CSS pixels, that counts as a swipe.
const SWIPE_MIN_PX: f64 = 50.0;
/// A swipe must be at least this many times more horizontal than vertical.
const SWIPE_RATIO: f64 = 1.5;

/// Where a key takes the reader (0-based), or `None` if the key is not one of ours: ← and →
/// are Back and Next, Home and End the first and the last step.
pub fn step_for_key(key: &str, current: usize, total: usize) -> Option<usize> {
    let last = total.checked_sub(1)?;
    let action = match key {
        "ArrowLeft" => Action::Back,
        "ArrowRight" => Action::Next,
        "Home" => Action::GoTo(0),
        "End" => Action::GoTo(last),
        _ => return None,
    };
    Some(action.step_after(current, total))
}

/// Where a swipe by `(dx, dy)` pixels takes the reader: to the left is "next".
pub fn step_for_swipe(dx: f64, dy: f64, current: usize, total: usize) -> Option<usize> {
    if !(dx.abs() > SWIPE_MIN_PX && dx.abs() > SWIPE_RATIO * dy.abs()) {
        return None;
    }
    let key = if dx < 0.0 { "ArrowRight" } else { "ArrowLeft" };
    step_for_key(key, current, total)
}

/// The active lenses after switching `id` (see `Action::ToggleLens`).
pub fn toggled(story: &Story, active: &[String], id: &str) -> Vec<String> {
    lens::active_ids(story, &|lens| {
        active.iter().any(|a| a == lens) != (lens == id)
    })
}

/// The reader's choices as signals. Provided as context once the story is loaded; the
/// components read the signals and change them through `dispatch`.
#[derive(Debug, Clone, Copy)]
pub struct ReaderState {
    pub lang: RwSignal<Lang>,
    /// 0-based index of the current step.
    pub step: RwSignal<usize>,
    /// Active lens ids, in story order.
    pub lenses: RwSignal<Vec<String>>,
    pub chart: RwSignal<ChartMode>,
    /// Whether the chart's table is open: the chart's own view state, not in the URL.
    pub show_table: RwSignal<bool>,
}

impl ReaderState {
    /// Fresh state on the first step, in `lang`, no lens active.
    pub fn new(lang: Lang) -> Self {
        Self::from_choices(Choices::new(lang))
    }

    pub fn from_choices(choices: Choices) -> Self {
        ReaderState {
            lang: RwSignal::new(choices.lang),
            step: RwSignal::new(choices.step),
            lenses: RwSignal::new(choices.lenses),
            chart: RwSignal::new(choices.chart),
            show_table: RwSignal::new(false),
        }
    }

    /// Does what `action` says in `story`. Each action touches one choice and, except the
    /// chart mode, notifies its readers only if its value changes: an unchanged value
    /// re-runs no effect.
    pub fn dispatch(&self, story: &Story, action: Action) {
        match action {
            Action::ToggleLens(id) => self
                .lenses
                .maybe_update(|active| replace(active, toggled(story, active, &id))),
            Action::SetLang(lang) if speaks(story, lang) => {
                self.lang.maybe_update(|now| replace(now, lang))
            }
            Action::SetLang(_) => {}
            // As the chart's buttons always did: what it drives does not mind a repeat.
            Action::SetChart(chart) if offers(story, &chart) => self.chart.set(chart),
            Action::SetChart(_) => {}
            Action::ToggleTable => self.show_table.update(|shown| *shown = !*shown),
            step => self.step.maybe_update(|now| {
                let next = step.step_after(*now, story.steps.len());
                replace(now, next)
            }),
        }
    }
}

/// Puts `next` in `now`; whether that changed it.
fn replace<T: PartialEq>(now: &mut T, next: T) -> bool {
    let changed = *now != next;
    if changed {
        *now = next;
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_step_fragment_is_the_step_when_the_query_names_none() {
        assert_eq!(parse_url("?lang=en", "#step-3").step, Some(3));
        assert_eq!(parse_url("", "#step-2").step, Some(2));
        assert_eq!(parse_url("?step=5", "#step-2").step, Some(5));
        for fragment in [
            "",
            "#step-0",
            "#step-x",
            "#steps-2",
            "#source-nis",
            "step-2",
        ] {
            assert_eq!(parse_url("", fragment).step, None, "{fragment}");
        }
    }

    #[test]
    fn deep_link_opens_step_language_and_lenses() {
        let s = parse_query("?lang=en&step=3&lens=evidence,no-parties&theme=dark");
        assert_eq!(s.lang, Some(Lang::of("en")));
        assert_eq!(s.step, Some(3));
        assert_eq!(s.lenses, vec!["evidence", "no-parties"]);
        assert_eq!(s.theme, Theme::Dark);
        assert_eq!(s.story, None);
    }

    #[test]
    fn mangled_parameters_are_ignored_not_fatal() {
        let s = parse_query("?step=zero&lang=it&theme=neon&lens=,,&%zz=1&story");
        assert_eq!(s.step, None);
        assert_eq!(s.lang, None);
        assert_eq!(s.theme, Theme::Auto);
        assert!(s.lenses.is_empty());
        assert_eq!(s.story.as_deref(), Some(""));
        assert_eq!(parse_query("?step=0").step, None);
        assert_eq!(parse_query("?step=99999999999999999999999").step, None);
    }

    #[test]
    fn percent_escapes_are_decoded() {
        assert_eq!(
            parse_query("?lens=evidence%2Cconfirmed").lenses,
            vec!["evidence", "confirmed"]
        );
        assert_eq!(parse_query("?story=a%ZZb").story.as_deref(), Some("a%ZZb"));
        assert_eq!(parse_query("?story=%E2%82%AC").story.as_deref(), Some("€"));
    }

    #[test]
    fn writing_keeps_host_parameters_and_replaces_ours() {
        let q = write_query(
            "?childId=embed-1&initialWidth=320&step=1&lang=de",
            Lang::of("en"),
            4,
            "evidence,confirmed",
            ChartMode::Compared,
        );
        assert_eq!(
            q,
            "?childId=embed-1&initialWidth=320&lang=en&step=4&lens=evidence,confirmed"
        );
        assert_eq!(parse_query(&q).step, Some(4));
    }

    #[test]
    fn written_lens_list_cannot_inject_parameters() {
        let q = write_query(
            "",
            Lang::of("de"),
            1,
            "a&b=c",
            ChartMode::Against("whole".into()),
        );
        assert_eq!(q, "?lang=de&step=1&lens=abc&chart=whole");
    }

    fn bundled() -> Story {
        crate::story::load(crate::story::BUNDLED).unwrap()
    }

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    /// The active lenses a `?lens=` value opens.
    fn lenses_from_url(story: &Story, value: &str) -> Vec<String> {
        Choices::from_url(story, &parse_query(&["?lens=", value].concat())).lenses
    }

    #[test]
    fn lens_value_keeps_known_ids_in_story_order_once() {
        let story = bundled();
        assert_eq!(
            lenses_from_url(&story, "confirmed,nonsense,evidence,confirmed"),
            ids(&["evidence", "confirmed"])
        );
        assert_eq!(
            lenses_from_url(&story, " no-parties , evidence"),
            ids(&["evidence", "no-parties"])
        );
    }

    #[test]
    fn lens_value_empty_or_garbage_opens_no_lens() {
        let story = bundled();
        assert!(lenses_from_url(&story, "").is_empty());
        assert!(lenses_from_url(&story, ",,,").is_empty());
        assert!(lenses_from_url(&story, "<script>").is_empty());
        assert!(lenses_from_url(&story, "EVIDENCE").is_empty());
    }

    #[test]
    fn lens_value_written_joins_ids_with_commas_and_round_trips() {
        let story = bundled();
        assert_eq!(lens::format_active(&[]), "");
        let active = ids(&["evidence", "no-parties"]);
        let value = lens::format_active(&active);
        assert_eq!(value, "evidence,no-parties");
        assert_eq!(lenses_from_url(&story, &value), active);
        let all: Vec<String> = story.lenses.iter().map(|l| l.id.clone()).collect();
        assert_eq!(lenses_from_url(&story, &lens::format_active(&all)), all);
    }

    #[test]
    fn arrows_move_one_step_and_stop_at_the_ends() {
        assert_eq!(step_for_key("ArrowRight", 0, 3), Some(1));
        assert_eq!(step_for_key("ArrowRight", 2, 3), Some(2));
        assert_eq!(step_for_key("ArrowLeft", 1, 3), Some(0));
        assert_eq!(step_for_key("ArrowLeft", 0, 3), Some(0));
        assert_eq!(step_for_key("Home", 2, 3), Some(0));
        assert_eq!(step_for_key("End", 0, 3), Some(2));
        assert_eq!(step_for_key("a", 0, 3), None);
        assert_eq!(step_for_key("End", 0, 0), None);
    }

    #[test]
    fn only_a_long_mostly_horizontal_swipe_moves() {
        assert_eq!(step_for_swipe(-80.0, 10.0, 0, 3), Some(1));
        assert_eq!(step_for_swipe(80.0, 10.0, 1, 3), Some(0));
        assert_eq!(step_for_swipe(-40.0, 0.0, 0, 3), None);
        assert_eq!(step_for_swipe(-80.0, 60.0, 0, 3), None);
    }

    #[test]
    fn query_carries_the_embed_parameters_too() {
        let url = parse_query("?step=2&childId=c-1&id=nk&initialWidth=640");
        assert_eq!(url.step, Some(2));
        assert_eq!(url.embed.child_id.as_deref(), Some("c-1"));
        assert_eq!(url.embed.id, "nk");
    }

    #[test]
    fn a_link_opens_its_language_lenses_step_and_chart_in_the_story() {
        let story = bundled();
        let url = parse_query("?lang=en&step=3&lens=confirmed,evidence&chart=whole");
        assert_eq!(
            Choices::from_url(&story, &url),
            Choices {
                lang: Lang::of("en"),
                step: 2,
                lenses: ids(&["evidence", "confirmed"]),
                chart: ChartMode::Against("whole".into()),
            }
        );
    }

    #[test]
    fn a_link_to_a_chart_mode_opens_only_a_reference_the_story_has() {
        let mut story = bundled();
        let chart =
            |story: &Story, query: &str| Choices::from_url(story, &parse_query(query)).chart;
        assert_eq!(
            chart(&story, "?chart=whole"),
            ChartMode::Against("whole".into())
        );
        assert_eq!(chart(&story, "?chart=compared"), ChartMode::Compared);
        assert_eq!(chart(&story, "?chart=population"), ChartMode::Compared);
        assert_eq!(chart(&story, "?chart=%3Cb%3E"), ChartMode::Compared);
        story.references.clear();
        assert_eq!(chart(&story, "?chart=whole"), ChartMode::Compared);
    }

    #[test]
    fn a_bare_link_opens_the_first_step_in_the_story_default_language() {
        let story = bundled();
        assert_eq!(
            Choices::from_url(&story, &parse_query("")),
            Choices::new(Lang::of("de"))
        );
    }

    #[test]
    fn a_link_language_the_story_lacks_falls_back_to_its_default() {
        let mut story = bundled();
        story.languages = ids(&["de"]);
        let url = parse_query("?lang=en");
        assert_eq!(Choices::from_url(&story, &url).lang, Lang::of("de"));
    }

    #[test]
    fn unknown_and_repeated_lenses_are_dropped_and_the_step_clamped() {
        let story = bundled();
        let url = parse_query("?lens=nonsense,no-parties,evidence,no-parties&step=60");
        let choices = Choices::from_url(&story, &url);
        assert_eq!(choices.lenses, ids(&["evidence", "no-parties"]));
        assert_eq!(choices.step, story.steps.len() - 1);
    }

    #[test]
    fn next_and_back_move_one_step_and_stop_at_the_ends() {
        let steps = 7;
        let last = steps - 1;
        assert_eq!(Action::Back.step_after(0, steps), 0);
        assert_eq!(Action::Next.step_after(0, steps), 1);
        assert_eq!(Action::GoTo(99).step_after(1, steps), last);
        assert_eq!(Action::GoTo(3).step_after(1, steps), 3);
        assert_eq!(Action::Next.step_after(last, steps), last);
        assert_eq!(Action::Back.step_after(last, steps), last - 1);
        assert_eq!(
            Action::Back.step_after(99, steps),
            last - 1,
            "back from past the end is back from the last"
        );
        assert_eq!(Action::Next.step_after(0, 0), 0);
        assert_eq!(Action::SetLang(Lang::of("en")).step_after(2, steps), 2);
    }

    #[test]
    fn toggling_lenses_keeps_them_in_story_order_whatever_the_click_order() {
        let story = bundled();
        let on = toggled(&story, &[], "confirmed");
        let both = toggled(&story, &on, "evidence");
        assert_eq!(both, ids(&["evidence", "confirmed"]));
        assert_eq!(toggled(&story, &both, "confirmed"), ids(&["evidence"]));
        assert_eq!(toggled(&story, &both, "nonsense"), both);
    }

    #[test]
    fn switching_a_lens_on_and_off_again_leaves_none_active() {
        let story = bundled();
        let on = toggled(&story, &[], "no-parties");
        assert_eq!(on, ids(&["no-parties"]));
        assert!(toggled(&story, &on, "no-parties").is_empty());
    }

    #[test]
    fn switching_an_unknown_lens_drops_unknown_ids_and_changes_nothing_else() {
        let story = bundled();
        assert_eq!(
            toggled(&story, &ids(&["evidence", "gone"]), "nope"),
            ids(&["evidence"])
        );
    }

    #[test]
    fn actions_change_only_what_the_story_offers() {
        let mut story = bundled();
        story.languages = ids(&["de"]);
        let reader = ReaderState::new(Lang::of("de"));
        reader.dispatch(
            &story,
            Action::SetChart(ChartMode::Against("budget".into())),
        );
        assert_eq!(
            reader.chart.get_untracked(),
            ChartMode::Compared,
            "a reference it lacks"
        );
        reader.dispatch(&story, Action::SetLang(Lang::of("en")));
        assert_eq!(
            reader.lang.get_untracked(),
            Lang::of("de"),
            "a language the story lacks"
        );
        reader.dispatch(&story, Action::ToggleLens("nonsense".into()));
        assert!(reader.lenses.get_untracked().is_empty());
        reader.dispatch(&story, Action::GoTo(99));
        assert_eq!(reader.step.get_untracked(), story.steps.len() - 1);
    }

    #[test]
    fn every_action_sets_its_choice() {
        let story = bundled();
        let reader = ReaderState::new(Lang::of("de"));
        reader.dispatch(&story, Action::SetLang(Lang::of("en")));
        reader.dispatch(&story, Action::Next);
        reader.dispatch(&story, Action::Next);
        reader.dispatch(&story, Action::Back);
        reader.dispatch(&story, Action::ToggleLens("no-parties".into()));
        reader.dispatch(&story, Action::ToggleLens("evidence".into()));
        reader.dispatch(&story, Action::SetChart(ChartMode::Against("whole".into())));
        assert_eq!(reader.lang.get_untracked(), Lang::of("en"));
        assert_eq!(reader.step.get_untracked(), 1);
        assert_eq!(
            reader.lenses.get_untracked(),
            ids(&["evidence", "no-parties"])
        );
        assert_eq!(
            reader.chart.get_untracked(),
            ChartMode::Against("whole".into())
        );
    }

    #[test]
    fn step_is_clamped_to_the_story() {
        assert_eq!(step_index(None, 6), 0);
        assert_eq!(step_index(Some(3), 6), 2);
        assert_eq!(step_index(Some(60), 6), 5);
        assert_eq!(step_index(Some(1), 0), 0);
    }
}
