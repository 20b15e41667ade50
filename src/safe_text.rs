//! Text from data never reaches a terminal raw: control characters, escape sequences and bidi
//! overrides are shown visibly (like `less`: ESC as `^[`), on screen and in CLI output alike.

use crate::domain::text::is_unsafe;
use std::borrow::Cow;

/// The visible form of `s`: C0 controls as `^@`…`^_`, DEL as `^?`, C1 controls and bidi
/// controls by their code (`<U+202E>`). Borrowed when nothing needs escaping (the common case).
pub fn visible(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
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
    if !s.chars().any(|c| c != '\n' && is_unsafe(c)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c == '\n' { out.push('\n') } else { push_visible(&mut out, c) }
    }
    Cow::Owned(out)
}

/// Appends the visible form of one character.
pub fn push_visible(out: &mut String, c: char) {
    match c {
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
}
