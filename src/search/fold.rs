//! Search-side helpers on top of the shared German folding (`domain::fold`): word splitting
//! and the character masks that let the scattered-letter scan skip most strings unseen.

pub use crate::domain::fold::{fold, fold_into, fold_with_map};

/// Words of folded text: maximal runs of letters and digits.
pub(crate) fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

/// Words of folded characters as `(start, end)` char ranges.
pub(crate) fn word_spans(chars: &[char]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in chars.iter().enumerate() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, chars.len()));
    }
    spans
}

/// One bit per letter/digit (others hashed onto the rest): a string can contain `t` as a
/// subsequence only if `mask(t) & !mask(s) == 0`.
pub(crate) fn char_mask(s: &str) -> u64 {
    s.chars().fold(0, |m, c| m | char_bit(c))
}

fn char_bit(c: char) -> u64 {
    match c {
        'a'..='z' => 1 << (c as u32 - 'a' as u32),
        '0'..='9' => 1 << (26 + c as u32 - '0' as u32),
        c if c.is_alphanumeric() => 1 << (36 + c as u32 % 28),
        _ => 0,
    }
}

/// Whether `needle` is a subsequence of `hay` (both folded). Byte-wise when the needle is
/// ASCII, which is exact for UTF-8.
pub(crate) fn is_subsequence(needle: &str, hay: &str) -> bool {
    if needle.is_ascii() {
        let mut it = hay.bytes();
        return needle.bytes().all(|b| it.any(|h| h == b));
    }
    let mut it = hay.chars();
    needle.chars().all(|c| it.any(|h| h == c))
}

/// Scattered-letter match: the needle's first character starts a word of `hay` and the rest
/// follows as a subsequence. Anchoring at a word start keeps "ane" from matching every title
/// that happens to contain a, n and e in that order.
pub(crate) fn is_anchored_subsequence(needle: &str, hay: &str) -> bool {
    let mut it = needle.chars();
    let Some(first) = it.next() else {
        return true;
    };
    let mut prev_alnum = false;
    for (i, c) in hay.char_indices() {
        if c == first && !prev_alnum {
            return is_subsequence(it.as_str(), &hay[i + c.len_utf8()..]);
        }
        prev_alnum = c.is_alphanumeric();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_on_non_alphanumerics() {
        let f = fold("IHK-FOSA: Berufssprachkurs B2 (§20a)");
        assert_eq!(words(&f).collect::<Vec<_>>(), ["ihk", "fosa", "berufssprachkurs", "b2", "20a"]);
        let chars: Vec<char> = "ab  cd-e".chars().collect();
        assert_eq!(word_spans(&chars), [(0, 2), (4, 6), (7, 8)]);
    }

    #[test]
    fn masks_and_subsequences() {
        assert_eq!(char_mask("abc") & !char_mask("cab"), 0);
        assert_ne!(char_mask("abz") & !char_mask("abc"), 0);
        assert!(is_subsequence("wbs", "wohnberechtigungsschein"));
        assert!(!is_subsequence("wbx", "wohnberechtigungsschein"));
        assert!(is_subsequence("яб", "яблоко"));
        assert!(is_anchored_subsequence("agfa", "agentur fur arbeit"));
        assert!(is_anchored_subsequence("ausbeh", "stadt hafenau auslanderbehorde"));
        assert!(!is_anchored_subsequence("ane", "kita navi eltern"));
        assert!(is_subsequence("ane", "kita navi eltern"));
    }
}
