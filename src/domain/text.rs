//! Normal form of stored text: NFC, trimmed, control characters out.

use unicode_normalization::UnicodeNormalization;

/// NFC, trimmed; line breaks and tabs become spaces unless `multiline`, other control
/// characters (C0, DEL, C1) and bidi overrides are removed. Returns the text and whether
/// anything was removed, so imports can report it.
pub fn normalize(input: &str, multiline: bool) -> (String, bool) {
    let mut removed = false;
    let mut out = String::with_capacity(input.len());
    for c in input.nfc() {
        match c {
            '\n' if multiline => out.push('\n'),
            '\r' => {}
            '\t' | '\n' => out.push(' '),
            c if is_unsafe(c) => removed = true,
            c => out.push(c),
        }
    }
    let trimmed = out.trim();
    let s = if trimmed.len() == out.len() { out } else { trimmed.to_string() };
    (s, removed)
}

/// Characters that must never reach a terminal as they are: C0/C1 controls, DEL, and the
/// bidirectional overrides and isolates that reorder text.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}

pub use super::fold::fold;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composes_and_strips() {
        let (s, removed) = normalize("  Beratungsstelle Su\u{0308}d\u{1b}[31m ", false);
        assert_eq!(s, "Beratungsstelle Süd[31m");
        assert!(removed);
        let (s, removed) = normalize("a\r\nb\tc", true);
        assert_eq!(s, "a\nb c");
        assert!(!removed);
        assert_eq!(normalize("a\nb", false).0, "a b");
        assert!(normalize("x\u{202E}y", false).1);
    }
}
