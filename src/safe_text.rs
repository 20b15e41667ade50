//! Text from data never reaches a terminal raw: control characters, escape sequences and bidi
//! overrides are shown visibly (like `less`: ESC as `^[`), on screen and in CLI output alike.
//!
//! Emoji sequences whose width terminals disagree on are taken apart, so that Lotse's layout
//! and the terminal count the same cells and a redraw leaves no fragments (issue 16). Measured
//! in tmux 3.3a against unicode-width (what ratatui counts): `❤️` (with VS16) 1 cell vs 2,
//! `👍🏽` (skin tone) 4 vs 2; other terminals do not join `👩‍👩‍👧` (6 cells vs 2). Without
//! the joiner (U+200D), the variation selectors (U+FE00–FE0F), the skin-tone modifiers
//! (U+1F3FB–1F3FF) and the tag characters of subdivision flags (U+E0020–E007F) every terminal
//! draws each emoji on its own at the width both sides agree on: `👩👩👧`, `❤`, `👍`, `🏴`.
//! Country flags (two regional indicators) are 2 cells on both sides and stay. Only what is
//! shown changes; the stored text keeps every character.

use crate::domain::text::is_unsafe;
use std::borrow::Cow;

/// The visible form of `s`: C0 controls as `^@`…`^_`, DEL as `^?`, C1 controls and bidi
/// controls by their code (`<U+202E>`). Borrowed when nothing needs escaping (the common case).
pub fn visible(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| is_unsafe(c) || width_ambiguous(c)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        push_visible(&mut out, c);
    }
    Cow::Owned(out)
}

/// Like [`visible`] but keeps line breaks (for multi-line text shown as several lines).
pub fn visible_multiline(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| c != '\n' && (is_unsafe(c) || width_ambiguous(c))) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c == '\n' { out.push('\n') } else { push_visible(&mut out, c) }
    }
    Cow::Owned(out)
}

/// A character that joins or modifies an emoji, with a width terminals disagree on; not shown.
pub fn width_ambiguous(c: char) -> bool {
    matches!(c, '\u{200D}' | '\u{FE00}'..='\u{FE0F}' | '\u{1F3FB}'..='\u{1F3FF}' | '\u{E0020}'..='\u{E007F}')
}

/// Appends the visible form of one character.
pub fn push_visible(out: &mut String, c: char) {
    match c {
        c if width_ambiguous(c) => {}
        '\u{0}'..='\u{1f}' => {
            out.push('^');
            out.push((c as u8 + 0x40) as char);
        }
        '\u{7f}' => out.push_str("^?"),
        c if is_unsafe(c) => out.push_str(&format!("<U+{:04X}>", c as u32)),
        c => out.push(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_made_visible() {
        assert_eq!(visible("a\u{1b}]0;pwned\u{7}b"), "a^[]0;pwned^Gb");
        assert_eq!(visible("x\u{9b}y"), "x<U+009B>y");
        assert_eq!(visible("x\u{202E}y"), "x<U+202E>y");
        assert_eq!(visible("del\u{7f}"), "del^?");
        assert!(matches!(visible("Ausländerbehörde"), Cow::Borrowed(_)));
        assert_eq!(visible_multiline("a\nb\u{1b}"), "a\nb^[");
        assert_eq!(visible("a\nb"), "a^Jb");
    }

    #[test]
    fn emoji_sequences_are_taken_apart_to_widths_every_terminal_agrees_on() {
        use unicode_width::UnicodeWidthStr;
        let cases = [
            ("A👩\u{200D}👩\u{200D}👧B", "A👩👩👧B", 8),
            ("C❤\u{FE0F}D", "C❤D", 3),
            ("E👍\u{1F3FD}F", "E👍F", 4),
            ("🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}", "🏴", 2),
            ("🇩🇪", "🇩🇪", 2),
        ];
        for (raw, shown, cells) in cases {
            assert_eq!(visible(raw), shown, "{raw:?}");
            // What ratatui counts, grapheme by grapheme, is the sum of the parts.
            assert_eq!(shown.width(), cells, "{shown:?}");
        }
        assert!(matches!(visible("Ärztin 日本 🇺🇦"), Cow::Borrowed(_)));
    }
}
