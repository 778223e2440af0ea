//! Numbers as serde_json makes them (without its `float_roundtrip` feature): the first 19
//! or so significant digits as a `u64`, then one multiplication or division by the `f64`
//! nearest to a power of ten. The reader (`json`) scans the digits; this makes the `f64`.

/// `significand * 10 + digit`, unless that overflows a `u64` (then false, unchanged).
pub(super) fn push_digit(significand: &mut u64, digit: u8) -> bool {
    match (significand.checked_mul(10)).and_then(|s| s.checked_add(u64::from(digit - b'0'))) {
        Some(next) => {
            *significand = next;
            true
        }
        None => false,
    }
}

/// `significand × 10^exponent` as serde_json computes it: one rounding to `f64`, then one
/// multiplication or division by the nearest `f64` to a power of ten; `None` when it is
/// too large for an `f64`.
pub(super) fn from_parts(negative: bool, significand: u64, mut exponent: i32) -> Option<f64> {
    let mut number = significand as f64;
    loop {
        let power = exponent.unsigned_abs();
        if power <= 308 {
            if exponent >= 0 {
                number *= power_of_ten(power);
                if number.is_infinite() {
                    return None;
                }
            } else {
                number /= power_of_ten(power);
            }
            break;
        }
        if number == 0.0 {
            break;
        }
        if exponent >= 0 {
            return None;
        }
        number /= 1e308;
        exponent += 308;
    }
    Some(if negative { -number } else { number })
}

/// The `f64` nearest to 10^power (what the literal `1e{power}` is), for power ≤ 308,
/// computed rather than tabled: the tables of a float parser were bigger than this reader.
pub(super) fn power_of_ten(power: u32) -> f64 {
    if power <= 22 {
        // Every power of ten up to 10^22 is an f64, and so is each product on the way.
        return (0..power).fold(1.0, |p, _| p * 10.0);
    }
    // 10^power = 5^power × 2^power. 5^power exactly, in 32-bit limbs (least significant
    // first); its top 64 bits, with a sticky last bit for the rest, round to f64 as the
    // whole does; the powers of two then scale exactly.
    let mut limbs = vec![1u32];
    for _ in 0..power {
        let mut carry = 0u64;
        for limb in &mut limbs {
            let product = u64::from(*limb) * 5 + carry;
            *limb = product as u32;
            carry = product >> 32;
        }
        if carry > 0 {
            limbs.push(carry as u32);
        }
    }
    let bits = 32 * limbs.len() as u32 - limbs.last().map_or(0, |top| top.leading_zeros());
    let shift = bits.saturating_sub(64);
    let mut top = 0u64;
    let mut sticky = false;
    for (index, &limb) in limbs.iter().enumerate() {
        let at = 32 * index as u32;
        if at + 32 <= shift {
            sticky |= limb != 0;
        } else if at >= shift {
            top |= u64::from(limb) << (at - shift);
        } else {
            let kept = shift - at;
            sticky |= limb & ((1 << kept) - 1) != 0;
            top |= u64::from(limb >> kept);
        }
    }
    let rounded = (top | u64::from(sticky)) as f64;
    rounded * two_to(shift + power)
}

/// 2^exponent, exactly (exponent ≤ 1023).
fn two_to(exponent: u32) -> f64 {
    f64::from_bits(u64::from(exponent + 1023) << 52)
}
