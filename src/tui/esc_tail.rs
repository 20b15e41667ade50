//! Repairs a key that crossterm split after an Esc.
//!
//! When Esc and a following special key reach Lotse in one read — a slow remote link or a thin
//! client batching its input, or keys pressed while the machine is busy — the bytes are
//! `ESC ESC O R` (Esc, then F3). crossterm reads `ESC ESC` as one Esc and drops the second ESC,
//! so the rest of the sequence arrives as typed letters: "OR" lands in the search field instead
//! of switching to the client list. Here the letters that follow an Esc *in the same read* are
//! matched against the tails of the sequences terminals send, and turned back into the key.
//! A person cannot type Esc and two more letters within the same read, so this never eats
//! real typing.

use crossterm::event::KeyCode;

/// The longest tail looked at ("[24~").
pub const MAX_TAIL: usize = 4;

/// The key whose escape sequence, minus its ESC, starts `chars`, and how many chars it takes.
pub fn split_tail(chars: &[char]) -> Option<(KeyCode, usize)> {
    let simple = |c: char| match c {
        'A' => Some(KeyCode::Up),
        'B' => Some(KeyCode::Down),
        'C' => Some(KeyCode::Right),
        'D' => Some(KeyCode::Left),
        'H' => Some(KeyCode::Home),
        'F' => Some(KeyCode::End),
        _ => None,
    };
    match chars {
        ['O', c @ 'P'..='S', ..] => Some((KeyCode::F(*c as u8 - b'P' + 1), 2)),
        ['O', c, ..] => simple(*c).map(|k| (k, 2)),
        ['[', 'Z', ..] => Some((KeyCode::BackTab, 2)),
        ['[', c, ..] if simple(*c).is_some() => simple(*c).map(|k| (k, 2)),
        ['[', rest @ ..] => {
            let digits: String = rest.iter().take_while(|c| c.is_ascii_digit()).collect();
            if digits.is_empty() || rest.get(digits.len()) != Some(&'~') {
                return None;
            }
            let key = match digits.parse::<u8>().ok()? {
                1 | 7 => KeyCode::Home,
                2 => KeyCode::Insert,
                3 => KeyCode::Delete,
                4 | 8 => KeyCode::End,
                5 => KeyCode::PageUp,
                6 => KeyCode::PageDown,
                n @ 11..=15 => KeyCode::F(n - 10),
                n @ 17..=21 => KeyCode::F(n - 11),
                n @ 23..=24 => KeyCode::F(n - 12),
                _ => return None,
            };
            Some((key, digits.len() + 2))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tail(s: &str) -> Option<(KeyCode, usize)> {
        split_tail(&s.chars().collect::<Vec<_>>())
    }

    #[test]
    fn function_keys_arrows_and_paging_are_recognised() {
        assert_eq!(tail("OR"), Some((KeyCode::F(3), 2)));
        assert_eq!(tail("OP"), Some((KeyCode::F(1), 2)));
        assert_eq!(tail("OS"), Some((KeyCode::F(4), 2)));
        assert_eq!(tail("[15~"), Some((KeyCode::F(5), 4)));
        assert_eq!(tail("[21~"), Some((KeyCode::F(10), 4)));
        assert_eq!(tail("[24~"), Some((KeyCode::F(12), 4)));
        assert_eq!(tail("[A"), Some((KeyCode::Up, 2)));
        assert_eq!(tail("OB"), Some((KeyCode::Down, 2)));
        assert_eq!(tail("[6~"), Some((KeyCode::PageDown, 3)));
        assert_eq!(tail("[Z"), Some((KeyCode::BackTab, 2)));
    }

    #[test]
    fn what_follows_the_tail_is_left_alone() {
        assert_eq!(tail("ORx"), Some((KeyCode::F(3), 2)));
        assert_eq!(tail("[3~a"), Some((KeyCode::Delete, 3)));
    }

    #[test]
    fn ordinary_letters_are_not_a_tail() {
        for s in ["", "O", "Ox", "ab", "[", "[1", "[16~", "[99~", "[x~", "Ort"] {
            assert_eq!(tail(s), None, "{s:?}");
        }
    }
}
