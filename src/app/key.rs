//! Keys as the app sees them, independent of the terminal library, with their names in the
//! UI language ("Strg-B" / "Ctrl-B").

use crate::i18n::{Lang, T};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Code {
    Char(char),
    F(u8),
    Enter,
    Esc,
    Tab,
    BackTab,
    Backspace,
    Delete,
    Insert,
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    PageUp,
    PageDown,
}

/// A key press. `ctrl` only; Alt is never bound (thin clients and window managers eat it), and
/// Shift is folded into the character or `BackTab`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: Code,
    pub ctrl: bool,
}

impl Key {
    pub const fn plain(code: Code) -> Key {
        Key { code, ctrl: false }
    }

    pub const fn ctrl(c: char) -> Key {
        Key { code: Code::Char(c), ctrl: true }
    }

    pub const fn ch(c: char) -> Key {
        Key { code: Code::Char(c), ctrl: false }
    }

    /// A character to insert into a text field, if this key is one.
    pub fn printable(self) -> Option<char> {
        match self.code {
            Code::Char(c) if !self.ctrl && !c.is_control() => Some(c),
            _ => None,
        }
    }

    /// The key's name as the help and footer show it.
    pub fn name(self, lang: Lang) -> String {
        let base = match self.code {
            Code::Char(' ') => lang.t(T::KeySpace).to_string(),
            Code::Char(c) if self.ctrl => c.to_ascii_uppercase().to_string(),
            Code::Char(c) => c.to_string(),
            Code::F(n) => format!("F{n}"),
            Code::Enter => "Enter".into(),
            Code::Esc => "Esc".into(),
            Code::Tab => "Tab".into(),
            Code::BackTab => lang.t(T::KeyBackTab).into(),
            Code::Backspace => lang.t(T::KeyBackspace).into(),
            Code::Delete => lang.t(T::KeyDelete).into(),
            Code::Insert => lang.t(T::KeyInsert).into(),
            Code::Up => "↑".into(),
            Code::Down => "↓".into(),
            Code::Left => "←".into(),
            Code::Right => "→".into(),
            Code::Home => lang.t(T::KeyHome).into(),
            Code::End => lang.t(T::KeyEnd).into(),
            Code::PageUp => lang.t(T::KeyPageUp).into(),
            Code::PageDown => lang.t(T::KeyPageDown).into(),
        };
        if self.ctrl { format!("{}-{base}", lang.t(T::KeyCtrl)) } else { base }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_both_languages() {
        assert_eq!(Key::ctrl('b').name(Lang::De), "Strg-B");
        assert_eq!(Key::ctrl('b').name(Lang::En), "Ctrl-B");
        assert_eq!(Key::plain(Code::F(5)).name(Lang::De), "F5");
        assert_eq!(Key::plain(Code::PageDown).name(Lang::De), "Bild↓");
    }

    #[test]
    fn printable_excludes_ctrl_and_controls() {
        assert_eq!(Key::ch('ä').printable(), Some('ä'));
        assert_eq!(Key::ctrl('a').printable(), None);
        assert_eq!(Key::ch('\u{1b}').printable(), None);
        assert_eq!(Key::plain(Code::Enter).printable(), None);
    }
}
