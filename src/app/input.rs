//! A one-line text field: value, cursor (in characters) and the editing operations. Pasted or
//! typed control characters never enter it, and its length is capped so a huge paste cannot
//! stall the search or the screen.

use super::action::Action;

/// No `Default`: a field without a length cap would refuse every character.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextInput {
    value: String,
    /// Cursor position in characters (0..=len).
    cursor: usize,
    max_chars: usize,
}

impl TextInput {
    pub fn new(max_chars: usize) -> TextInput {
        TextInput { value: String::new(), cursor: 0, max_chars }
    }

    pub fn with_value(max_chars: usize, value: &str) -> TextInput {
        let mut t = TextInput::new(max_chars);
        t.insert_str(value);
        t
    }

    pub fn value(&self) -> &str {
        &self.value
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn is_empty(&self) -> bool {
        self.value.is_empty()
    }

    fn len(&self) -> usize {
        self.value.chars().count()
    }

    fn byte_at(&self, char_idx: usize) -> usize {
        self.value.char_indices().nth(char_idx).map(|(b, _)| b).unwrap_or(self.value.len())
    }

    /// Inserts one character at the cursor; refuses controls and input past the cap.
    /// Returns whether the value changed.
    pub fn insert(&mut self, c: char) -> bool {
        if c.is_control() || crate::domain::text::is_unsafe(c) || self.len() >= self.max_chars {
            return false;
        }
        let at = self.byte_at(self.cursor);
        self.value.insert(at, c);
        self.cursor += 1;
        true
    }

    /// Inserts pasted text: line breaks and tabs become spaces, other controls are dropped,
    /// and whatever exceeds the cap is cut off. Returns whether the value changed.
    pub fn insert_str(&mut self, s: &str) -> bool {
        let mut changed = false;
        let mut last_space = false;
        for c in s.chars() {
            let c = if matches!(c, '\n' | '\r' | '\t') { ' ' } else { c };
            // Collapse the runs of spaces a multi-line paste leaves behind.
            if c == ' ' && last_space {
                continue;
            }
            last_space = c == ' ';
            if self.len() >= self.max_chars {
                break;
            }
            changed |= self.insert(c);
        }
        changed
    }

    pub fn clear(&mut self) -> bool {
        let changed = !self.value.is_empty();
        self.value.clear();
        self.cursor = 0;
        changed
    }

    /// Applies an editing action; returns whether the value changed (the cursor may move
    /// without a change).
    pub fn apply(&mut self, action: Action) -> bool {
        match action {
            Action::CursorLeft => {
                self.cursor = self.cursor.saturating_sub(1);
                false
            }
            Action::CursorRight => {
                self.cursor = (self.cursor + 1).min(self.len());
                false
            }
            Action::CursorStart => {
                self.cursor = 0;
                false
            }
            Action::CursorEnd => {
                self.cursor = self.len();
                false
            }
            Action::DeleteBack if self.cursor > 0 => {
                let at = self.byte_at(self.cursor - 1);
                self.value.remove(at);
                self.cursor -= 1;
                true
            }
            Action::DeleteForward if self.cursor < self.len() => {
                let at = self.byte_at(self.cursor);
                self.value.remove(at);
                true
            }
            Action::DeleteWordBack if self.cursor > 0 => {
                let chars: Vec<char> = self.value.chars().collect();
                let mut start = self.cursor;
                while start > 0 && chars[start - 1] == ' ' {
                    start -= 1;
                }
                while start > 0 && chars[start - 1] != ' ' {
                    start -= 1;
                }
                let (a, b) = (self.byte_at(start), self.byte_at(self.cursor));
                self.value.replace_range(a..b, "");
                self.cursor = start;
                true
            }
            Action::ClearField => self.clear(),
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_at_the_cursor_with_multibyte_characters() {
        let mut t = TextInput::new(50);
        for c in "Bürgeramt".chars() {
            t.insert(c);
        }
        t.apply(Action::CursorStart);
        t.apply(Action::CursorRight);
        t.apply(Action::DeleteForward);
        assert_eq!(t.value(), "Brgeramt");
        t.insert('ü');
        assert_eq!(t.value(), "Bürgeramt");
        t.apply(Action::CursorEnd);
        t.apply(Action::DeleteBack);
        assert_eq!(t.value(), "Bürgeram");
    }

    #[test]
    fn deletes_the_word_before_the_cursor() {
        let mut t = TextInput::with_value(50, "anerk lehr  ");
        assert!(t.apply(Action::DeleteWordBack));
        assert_eq!(t.value(), "anerk ");
        assert!(t.apply(Action::ClearField));
        assert!(!t.apply(Action::DeleteBack));
    }

    #[test]
    fn pastes_are_cleaned_and_capped() {
        let mut t = TextInput::new(10);
        assert!(t.insert_str("a\u{1b}[2J\nb\t\tc"));
        assert_eq!(t.value(), "a[2J b c");
        t.insert_str(&"x".repeat(10_000));
        assert_eq!(t.value().chars().count(), 10);
        assert!(!t.insert('y'));
        assert_eq!(t.cursor(), 10);
    }

    #[test]
    fn controls_and_bidi_overrides_are_refused() {
        let mut t = TextInput::new(10);
        assert!(!t.insert('\u{7}'));
        assert!(!t.insert('\u{202E}'));
        assert!(t.is_empty());
    }
}
