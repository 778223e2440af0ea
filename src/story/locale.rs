//! Languages and number formatting per locale (German and English).
//!
//! German: `1.500`, `12.000`, `1,2 Millionen`, `1 %`; English: `1,500`, `12,000`,
//! `1.2 million`, `1%`.
//!
//! Between a number and what follows it (`%` in German, `Millionen`/`million`) this module
//! puts a no-break space, U+00A0 ([`NBSP`]), so a line never wraps inside "1,2 Millionen"
//! or "1 %". Browsers render it as an ordinary space; copy-pasted text keeps it.
//!
//! UI strings live elsewhere; this module only knows languages and numbers.

/// The no-break space (U+00A0) between a number and its `%` or its word.
pub const NBSP: char = '\u{a0}';

/// At most this many decimals in a percentage, however small the share.
const MAX_PERCENT_DECIMALS: u32 = 12;

/// A language the reader can choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    De,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::De, Lang::En];

    /// The language code, as in the story's `languages` and the URL (`?lang=en`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    /// `"de"` or `"en"`, in any case, also with a region (`"de-AT"`, `"en_GB"`, as browsers
    /// report it); `None` for any other language.
    pub fn parse(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next().unwrap_or("");
        Lang::ALL
            .into_iter()
            .find(|lang| primary.eq_ignore_ascii_case(lang.code()))
    }

    fn group_separator(self) -> char {
        match self {
            Lang::De => '.',
            Lang::En => ',',
        }
    }

    fn decimal_separator(self) -> char {
        match self {
            Lang::De => ',',
            Lang::En => '.',
        }
    }
}

/// A whole number in digits with thousands grouped: de `1.200.000`, en `1,200,000`; `6` → `6`.
pub fn format_digits(n: u64, lang: Lang) -> String {
    let digits = n.to_string();
    let len = digits.len();
    let mut out = String::with_capacity(len + len / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (len - i).is_multiple_of(3) {
            out.push(lang.group_separator());
        }
        out.push(c);
    }
    out
}

/// A count as a reader says it: digits below a million, words from a million on, rounded to
/// at most two decimals: de `1,2 Millionen`, `1 Million`, `2,5 Milliarden`; en `1.2 million`,
/// `1 million`, `2.5 billion`. Anything from a thousand million on is counted in
/// `Milliarden`/`billion` (never the ambiguous `Billion`/`trillion`).
pub fn format_count(n: u64, lang: Lang) -> String {
    const MILLION: u64 = 1_000_000;
    if n < MILLION {
        return format_digits(n, lang);
    }
    // Hundredths of a million, rounded half up; at 1,000 million switch to billions.
    let millions = round_div(n, MILLION / 100);
    let (hundredths, big) = if millions < 100_000 {
        (millions, false)
    } else {
        (round_div(n, MILLION * 10), true)
    };
    let mut out = decimal(hundredths, 2, lang);
    out.push(NBSP);
    let one = hundredths == 100;
    out.push_str(match (lang, big, one) {
        (Lang::De, false, true) => "Million",
        (Lang::De, false, false) => "Millionen",
        (Lang::De, true, true) => "Milliarde",
        (Lang::De, true, false) => "Milliarden",
        (Lang::En, false, _) => "million",
        (Lang::En, true, _) => "billion",
    });
    out
}

/// A share as a percentage: de `1 %`, `12,5 %`; en `1%`, `12.5%`.
///
/// From 1 % on, one decimal at most; below 1 %, two significant digits, so a tiny share is
/// never shown as zero (6 of 1.2 million: de `0,0005 %`, en `0.0005%`). Trailing zeros are
/// dropped. NaN, negative and infinite fractions give `0 %`. German puts [`NBSP`] before `%`.
pub fn format_percent(fraction: f64, lang: Lang) -> String {
    let percent = fraction * 100.0;
    let percent = if percent.is_finite() && percent > 0.0 {
        percent
    } else {
        0.0
    };
    let mut decimals = 1;
    while percent > 0.0
        && percent * 10f64.powi(decimals as i32) < 10.0
        && decimals < MAX_PERCENT_DECIMALS
    {
        decimals += 1;
    }
    // `as` saturates: an absurd share gives a large number, never a panic.
    let scaled = (percent * 10f64.powi(decimals as i32)).round() as u64;
    let mut out = decimal(scaled, decimals, lang);
    if lang == Lang::De {
        out.push(NBSP);
    }
    out.push('%');
    out
}

/// `n / d` rounded half up, without overflow (`d > 0`).
fn round_div(n: u64, d: u64) -> u64 {
    let q = n / d;
    if n % d >= d - d / 2 {
        q + 1
    } else {
        q
    }
}

/// `scaled / 10^decimals` in the locale, trailing zeros of the fraction dropped.
fn decimal(scaled: u64, decimals: u32, lang: Lang) -> String {
    let unit = 10u64.pow(decimals);
    let mut out = format_digits(scaled / unit, lang);
    let fraction = (scaled % unit).to_string();
    // Left-pad the fraction to `decimals` digits, then drop trailing zeros.
    let mut digits = String::with_capacity(decimals as usize);
    for _ in fraction.len()..decimals as usize {
        digits.push('0');
    }
    digits.push_str(&fraction);
    let kept = digits.trim_end_matches('0');
    if !kept.is_empty() {
        out.push(lang.decimal_separator());
        out.push_str(kept);
    }
    out
}

// STUB until langs merges: helper "langs" gives every language its own plural rule.
/// Whether a count of `n` takes the singular in `lang` ("1 Soldat").
pub fn is_singular(n: f64, _lang: Lang) -> bool {
    n == 1.0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes the no-break space visibly, so expectations read like the text on screen.
    fn nb(s: &str) -> String {
        s.replace('~', "\u{a0}")
    }

    #[test]
    fn lang_codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.code()), Some(lang));
        }
        assert_eq!(Lang::De.code(), "de");
        assert_eq!(Lang::En.code(), "en");
        assert_eq!(Lang::default(), Lang::De);
    }

    #[test]
    fn lang_parse_accepts_case_and_region_but_not_other_languages() {
        assert_eq!(Lang::parse("EN"), Some(Lang::En));
        assert_eq!(Lang::parse("de-AT"), Some(Lang::De));
        assert_eq!(Lang::parse("en_GB"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::parse(""), None);
        assert_eq!(Lang::parse("deu"), None);
        assert_eq!(Lang::parse("<script>"), None);
    }

    #[test]
    fn german_digits_group_thousands_with_dots() {
        assert_eq!(format_digits(6, Lang::De), "6");
        assert_eq!(format_digits(1_500, Lang::De), "1.500");
        assert_eq!(format_digits(10_000, Lang::De), "10.000");
        assert_eq!(format_digits(12_000, Lang::De), "12.000");
        assert_eq!(format_digits(1_200_000, Lang::De), "1.200.000");
    }

    #[test]
    fn english_digits_group_thousands_with_commas() {
        assert_eq!(format_digits(6, Lang::En), "6");
        assert_eq!(format_digits(1_500, Lang::En), "1,500");
        assert_eq!(format_digits(10_000, Lang::En), "10,000");
        assert_eq!(format_digits(12_000, Lang::En), "12,000");
        assert_eq!(format_digits(1_200_000, Lang::En), "1,200,000");
    }

    #[test]
    fn digits_at_the_edges() {
        assert_eq!(format_digits(0, Lang::De), "0");
        assert_eq!(format_digits(999, Lang::En), "999");
        assert_eq!(format_digits(1_000, Lang::En), "1,000");
        assert_eq!(format_digits(100_000, Lang::De), "100.000");
        assert_eq!(
            format_digits(u64::MAX, Lang::En),
            "18,446,744,073,709,551,615"
        );
    }

    #[test]
    fn counts_below_a_million_are_digits() {
        for lang in Lang::ALL {
            for n in [6, 1_500, 10_000, 12_000, 999_999] {
                assert_eq!(format_count(n, lang), format_digits(n, lang));
            }
        }
    }

    #[test]
    fn german_count_of_the_army_is_one_comma_two_millionen() {
        assert_eq!(format_count(1_200_000, Lang::De), nb("1,2~Millionen"));
        assert_eq!(format_count(1_000_000, Lang::De), nb("1~Million"));
        assert_eq!(format_count(2_000_000, Lang::De), nb("2~Millionen"));
        assert_eq!(format_count(1_250_000, Lang::De), nb("1,25~Millionen"));
    }

    #[test]
    fn english_count_of_the_army_is_one_point_two_million() {
        assert_eq!(format_count(1_200_000, Lang::En), nb("1.2~million"));
        assert_eq!(format_count(1_000_000, Lang::En), nb("1~million"));
        assert_eq!(format_count(2_000_000, Lang::En), nb("2~million"));
    }

    #[test]
    fn count_words_are_joined_by_a_no_break_space() {
        for lang in Lang::ALL {
            let s = format_count(1_200_000, lang);
            assert!(s.contains('\u{a0}'), "{s:?}");
            assert!(!s.contains(' '), "{s:?}");
        }
    }

    #[test]
    fn counts_round_to_two_decimals_half_up() {
        assert_eq!(format_count(1_234_567, Lang::De), nb("1,23~Millionen"));
        assert_eq!(format_count(1_235_000, Lang::En), nb("1.24~million"));
        assert_eq!(format_count(1_004_999, Lang::De), nb("1~Million"));
        assert_eq!(format_count(999_999_999, Lang::En), nb("1~billion"));
    }

    #[test]
    fn billions_are_milliarden_and_billion() {
        assert_eq!(format_count(1_000_000_000, Lang::De), nb("1~Milliarde"));
        assert_eq!(format_count(2_500_000_000, Lang::De), nb("2,5~Milliarden"));
        assert_eq!(format_count(2_500_000_000, Lang::En), nb("2.5~billion"));
        assert_eq!(
            format_count(u64::MAX, Lang::De),
            nb("18.446.744.073,71~Milliarden")
        );
    }

    #[test]
    fn twelve_thousand_is_one_percent_of_one_point_two_million() {
        let share = 12_000.0 / 1_200_000.0;
        assert_eq!(format_percent(share, Lang::De), nb("1~%"));
        assert_eq!(format_percent(share, Lang::En), "1%");
    }

    #[test]
    fn percentages_from_one_percent_keep_one_decimal() {
        assert_eq!(format_percent(0.125, Lang::De), nb("12,5~%"));
        assert_eq!(format_percent(0.125, Lang::En), "12.5%");
        assert_eq!(format_percent(0.1234, Lang::En), "12.3%");
        assert_eq!(format_percent(1.0, Lang::De), nb("100~%"));
        assert_eq!(format_percent(1.0, Lang::En), "100%");
        assert_eq!(format_percent(10_000.0 / 12_000.0, Lang::De), nb("83,3~%"));
    }

    #[test]
    fn small_shares_keep_two_significant_digits() {
        // Six dead of an army of 1.2 million.
        let six = 6.0 / 1_200_000.0;
        assert_eq!(format_percent(six, Lang::De), nb("0,0005~%"));
        assert_eq!(format_percent(six, Lang::En), "0.0005%");
        // 10,000 and 1,500 of 1.2 million.
        assert_eq!(
            format_percent(10_000.0 / 1_200_000.0, Lang::De),
            nb("0,83~%")
        );
        assert_eq!(format_percent(10_000.0 / 1_200_000.0, Lang::En), "0.83%");
        let moved = format_percent(1_500.0 / 1_200_000.0, Lang::En);
        assert!(moved == "0.13%" || moved == "0.12%", "{moved}");
        assert_eq!(format_percent(0.000_05, Lang::En), "0.005%");
    }

    #[test]
    fn small_shares_that_round_up_to_one_percent_read_one_percent() {
        assert_eq!(format_percent(0.009_999_9, Lang::En), "1%");
    }

    #[test]
    fn nan_negative_infinite_and_zero_shares_are_zero_percent() {
        for f in [f64::NAN, -0.5, f64::NEG_INFINITY, f64::INFINITY, 0.0, -0.0] {
            assert_eq!(format_percent(f, Lang::De), nb("0~%"), "{f}");
            assert_eq!(format_percent(f, Lang::En), "0%", "{f}");
        }
    }

    #[test]
    fn tiny_and_huge_shares_never_panic() {
        assert_eq!(format_percent(1e-300, Lang::En), "0%");
        assert!(format_percent(1e300, Lang::De).ends_with('%'));
        assert_eq!(format_percent(2.0, Lang::En), "200%");
        assert_eq!(format_percent(123.0, Lang::De), nb("12.300~%"));
    }

    #[test]
    fn german_percent_sign_follows_a_no_break_space_and_english_none() {
        let de = format_percent(0.5, Lang::De);
        assert_eq!(de, "50\u{a0}%");
        assert!(!format_percent(0.5, Lang::En).contains(['\u{a0}', ' ']));
    }

    #[test]
    fn bundled_story_army_reads_one_point_two_million_in_both_languages() {
        let story: crate::story::Story = serde_json::from_str(crate::story::BUNDLED).unwrap();
        let army = story
            .figures
            .iter()
            .find(|f| f.kind == "whole_army")
            .unwrap();
        assert_eq!(format_count(army.count(), Lang::De), nb("1,2~Millionen"));
        assert_eq!(format_count(army.count(), Lang::En), nb("1.2~million"));
        assert_eq!(format_digits(army.count(), Lang::De), "1.200.000");
    }
}
