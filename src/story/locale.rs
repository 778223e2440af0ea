//! Number formatting per language, by the `numbers` of its UI file (`data/ui/<code>.json`):
//! German `1.500`, `1,2 Millionen`, `1 %`; English `1,500`, `1.2 million`, `1%`; French
//! `1 500`, `1,2 million`, `1 %` (narrow no-break spaces).
//!
//! Between a number and its word (`Millionen`/`million`) this module puts a no-break space,
//! U+00A0 ([`NBSP`]), so a line never wraps inside "1,2 Millionen"; what precedes `%` is the
//! language's own (`numbers.percent`). Browsers render both as spaces; copy-paste keeps them.

/// The no-break space (U+00A0) between a number and its word.
use super::ui_text::PluralRule;

pub const NBSP: char = '\u{a0}';

/// At most this many decimals in a percentage, however small the share.
const MAX_PERCENT_DECIMALS: u32 = 12;

pub use super::lang::Lang;

/// Whether `n` takes the singular in `lang` (its UI file's plural rule): exactly 1 in
/// German and English, 0 to below 2 in French. NaN is never singular.
pub fn is_singular(n: f64, lang: Lang) -> bool {
    match lang.file().numbers.plural {
        PluralRule::ExactlyOne => n == 1.0,
        PluralRule::BelowTwo => (0.0..2.0).contains(&n.abs()),
    }
}

/// What goes between a count and its unit: the language's word after a count in words
/// ("1,2 million de soldats"), or nothing for a count in digits or a language without one.
pub fn words_before_unit(n: u64, lang: Lang) -> &'static str {
    if n < MILLION {
        ""
    } else {
        lang.file().numbers.unit_after_words
    }
}

const MILLION: u64 = 1_000_000;

/// A whole number in digits with thousands grouped: de `1.200.000`, en `1,200,000`; `6` → `6`.
pub fn format_digits(n: u64, lang: Lang) -> String {
    let digits = n.to_string();
    let len = digits.len();
    let mut out = String::with_capacity(len + len / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (len - i).is_multiple_of(3) {
            out.push_str(lang.file().numbers.group);
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
    let numbers = &lang.file().numbers;
    let words = if big {
        &numbers.billion
    } else {
        &numbers.million
    };
    let mut out = decimal(hundredths, 2, lang);
    out.push(NBSP);
    // Near 1 and 2, where the rules differ, `as f64` is exact.
    if is_singular(hundredths as f64 / 100.0, lang) {
        out.push_str(words.one);
    } else {
        out.push_str(words.other);
    }
    out
}

/// A share as a percentage: de `1 %`, `12,5 %`; en `1%`, `12.5%`; fr `1 %`, `12,5 %`.
///
/// From 1 % on, one decimal at most; below 1 %, two significant digits, so a tiny share is
/// never shown as zero (6 of 1.2 million: de `0,0005 %`, en `0.0005%`). Trailing zeros are
/// dropped. NaN, negative and infinite fractions give `0 %`. German puts [`NBSP`] before `%`,
/// French a narrow no-break space (the UI file's `numbers.percent`).
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
    out.push_str(lang.file().numbers.percent);
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
        out.push_str(lang.file().numbers.decimal);
        out.push_str(kept);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::lang::testing::{de, en, fr};
    use super::*;

    /// Writes the no-break space visibly, so expectations read like the text on screen.
    fn nb(s: &str) -> String {
        s.replace('~', "\u{a0}")
    }

    /// Writes the narrow no-break space (U+202F) visibly.
    fn nn(s: &str) -> String {
        s.replace('^', "\u{202f}")
    }

    #[test]
    fn french_groups_thousands_with_narrow_no_break_spaces() {
        assert_eq!(format_digits(12_000, fr()), nn("12^000"));
        assert_eq!(format_digits(1_200_000, fr()), nn("1^200^000"));
        assert_eq!(format_digits(999, fr()), "999");
    }

    #[test]
    fn french_millions_are_singular_below_two() {
        assert_eq!(format_count(1_200_000, fr()), nb("1,2~million"));
        assert_eq!(format_count(1_000_000, fr()), nb("1~million"));
        assert_eq!(format_count(1_990_000, fr()), nb("1,99~million"));
        assert_eq!(format_count(2_000_000, fr()), nb("2~millions"));
        assert_eq!(format_count(2_500_000, fr()), nb("2,5~millions"));
        assert_eq!(format_count(1_500_000_000, fr()), nb("1,5~milliard"));
        assert_eq!(format_count(2_500_000_000, fr()), nb("2,5~milliards"));
    }

    #[test]
    fn french_percent_follows_a_narrow_no_break_space() {
        assert_eq!(format_percent(0.125, fr()), nn("12,5^%"));
        assert_eq!(format_percent(6.0 / 1_200_000.0, fr()), nn("0,0005^%"));
    }

    #[test]
    fn plural_rules_come_from_the_ui_files() {
        for n in [0.0, 0.5, 1.5, 2.0, 3.0, f64::NAN] {
            assert!(!is_singular(n, de()), "{n}");
            assert!(!is_singular(n, en()), "{n}");
        }
        assert!(is_singular(1.0, de()) && is_singular(1.0, en()));
        for n in [0.0, 0.5, 1.0, 1.2, 1.99] {
            assert!(is_singular(n, fr()), "{n}");
        }
        for n in [2.0, 2.5, 1_000.0, f64::NAN, f64::INFINITY] {
            assert!(!is_singular(n, fr()), "{n}");
        }
    }

    #[test]
    fn only_french_puts_a_word_between_a_count_in_words_and_its_unit() {
        assert_eq!(words_before_unit(1_200_000, fr()), "de");
        assert_eq!(words_before_unit(12_000, fr()), "");
        assert_eq!(words_before_unit(1_200_000, de()), "");
        assert_eq!(words_before_unit(1_200_000, en()), "");
    }

    #[test]
    fn german_digits_group_thousands_with_dots() {
        assert_eq!(format_digits(6, de()), "6");
        assert_eq!(format_digits(1_500, de()), "1.500");
        assert_eq!(format_digits(10_000, de()), "10.000");
        assert_eq!(format_digits(12_000, de()), "12.000");
        assert_eq!(format_digits(1_200_000, de()), "1.200.000");
    }

    #[test]
    fn english_digits_group_thousands_with_commas() {
        assert_eq!(format_digits(6, en()), "6");
        assert_eq!(format_digits(1_500, en()), "1,500");
        assert_eq!(format_digits(10_000, en()), "10,000");
        assert_eq!(format_digits(12_000, en()), "12,000");
        assert_eq!(format_digits(1_200_000, en()), "1,200,000");
    }

    #[test]
    fn digits_at_the_edges() {
        assert_eq!(format_digits(0, de()), "0");
        assert_eq!(format_digits(999, en()), "999");
        assert_eq!(format_digits(1_000, en()), "1,000");
        assert_eq!(format_digits(100_000, de()), "100.000");
        assert_eq!(format_digits(u64::MAX, en()), "18,446,744,073,709,551,615");
    }

    #[test]
    fn counts_below_a_million_are_digits() {
        for lang in Lang::all() {
            for n in [6, 1_500, 10_000, 12_000, 999_999] {
                assert_eq!(format_count(n, lang), format_digits(n, lang));
            }
        }
    }

    #[test]
    fn german_count_of_the_army_is_one_comma_two_millionen() {
        assert_eq!(format_count(1_200_000, de()), nb("1,2~Millionen"));
        assert_eq!(format_count(1_000_000, de()), nb("1~Million"));
        assert_eq!(format_count(2_000_000, de()), nb("2~Millionen"));
        assert_eq!(format_count(1_250_000, de()), nb("1,25~Millionen"));
    }

    #[test]
    fn english_count_of_the_army_is_one_point_two_million() {
        assert_eq!(format_count(1_200_000, en()), nb("1.2~million"));
        assert_eq!(format_count(1_000_000, en()), nb("1~million"));
        assert_eq!(format_count(2_000_000, en()), nb("2~million"));
    }

    #[test]
    fn count_words_are_joined_by_a_no_break_space() {
        for lang in Lang::all() {
            let s = format_count(1_200_000, lang);
            assert!(s.contains('\u{a0}'), "{s:?}");
            assert!(!s.contains(' '), "{s:?}");
        }
    }

    #[test]
    fn counts_round_to_two_decimals_half_up() {
        assert_eq!(format_count(1_234_567, de()), nb("1,23~Millionen"));
        assert_eq!(format_count(1_235_000, en()), nb("1.24~million"));
        assert_eq!(format_count(1_004_999, de()), nb("1~Million"));
        assert_eq!(format_count(999_999_999, en()), nb("1~billion"));
    }

    #[test]
    fn billions_are_milliarden_and_billion() {
        assert_eq!(format_count(1_000_000_000, de()), nb("1~Milliarde"));
        assert_eq!(format_count(2_500_000_000, de()), nb("2,5~Milliarden"));
        assert_eq!(format_count(2_500_000_000, en()), nb("2.5~billion"));
        assert_eq!(
            format_count(u64::MAX, de()),
            nb("18.446.744.073,71~Milliarden")
        );
    }

    #[test]
    fn twelve_thousand_is_one_percent_of_one_point_two_million() {
        let share = 12_000.0 / 1_200_000.0;
        assert_eq!(format_percent(share, de()), nb("1~%"));
        assert_eq!(format_percent(share, en()), "1%");
    }

    #[test]
    fn percentages_from_one_percent_keep_one_decimal() {
        assert_eq!(format_percent(0.125, de()), nb("12,5~%"));
        assert_eq!(format_percent(0.125, en()), "12.5%");
        assert_eq!(format_percent(0.1234, en()), "12.3%");
        assert_eq!(format_percent(1.0, de()), nb("100~%"));
        assert_eq!(format_percent(1.0, en()), "100%");
        assert_eq!(format_percent(10_000.0 / 12_000.0, de()), nb("83,3~%"));
    }

    #[test]
    fn small_shares_keep_two_significant_digits() {
        // Six dead of an army of 1.2 million.
        let six = 6.0 / 1_200_000.0;
        assert_eq!(format_percent(six, de()), nb("0,0005~%"));
        assert_eq!(format_percent(six, en()), "0.0005%");
        // 10,000 and 1,500 of 1.2 million.
        assert_eq!(format_percent(10_000.0 / 1_200_000.0, de()), nb("0,83~%"));
        assert_eq!(format_percent(10_000.0 / 1_200_000.0, en()), "0.83%");
        let moved = format_percent(1_500.0 / 1_200_000.0, en());
        assert!(moved == "0.13%" || moved == "0.12%", "{moved}");
        assert_eq!(format_percent(0.000_05, en()), "0.005%");
    }

    #[test]
    fn small_shares_that_round_up_to_one_percent_read_one_percent() {
        assert_eq!(format_percent(0.009_999_9, en()), "1%");
    }

    #[test]
    fn nan_negative_infinite_and_zero_shares_are_zero_percent() {
        for f in [f64::NAN, -0.5, f64::NEG_INFINITY, f64::INFINITY, 0.0, -0.0] {
            assert_eq!(format_percent(f, de()), nb("0~%"), "{f}");
            assert_eq!(format_percent(f, en()), "0%", "{f}");
        }
    }

    #[test]
    fn tiny_and_huge_shares_never_panic() {
        assert_eq!(format_percent(1e-300, en()), "0%");
        assert!(format_percent(1e300, de()).ends_with('%'));
        assert_eq!(format_percent(2.0, en()), "200%");
        assert_eq!(format_percent(123.0, de()), nb("12.300~%"));
    }

    #[test]
    fn german_percent_sign_follows_a_no_break_space_and_english_none() {
        let de = format_percent(0.5, de());
        assert_eq!(de, "50\u{a0}%");
        assert!(!format_percent(0.5, en()).contains(['\u{a0}', ' ']));
    }

    #[test]
    fn bundled_story_army_reads_one_point_two_million_in_both_languages() {
        let story: crate::story::Story = serde_json::from_str(crate::story::BUNDLED).unwrap();
        let army = story
            .figures
            .iter()
            .find(|f| f.kind == "whole_army")
            .unwrap();
        assert_eq!(format_count(army.count(), de()), nb("1,2~Millionen"));
        assert_eq!(format_count(army.count(), en()), nb("1.2~million"));
        assert_eq!(format_digits(army.count(), de()), "1.200.000");
    }
}
