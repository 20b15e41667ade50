//! A multi-line note drawn over several rows: wrapped at the value column's width, a row also
//! ending after each line break mark (¶), the rows around the cursor shown while it is being
//! edited and the first rows otherwise.

use crate::app::form::field::LINE_BREAK;
use unicode_width::UnicodeWidthChar;

/// Rows shown while the note has the focus, and otherwise.
pub const FOCUSED_ROWS: usize = 6;
pub const RESTING_ROWS: usize = 2;

/// The note cut into rows of at most `width` columns, at a space where there is one (else
/// inside the word), and the cursor's (row, column).
pub fn wrap(value: &str, cursor: usize, width: usize) -> (Vec<String>, (usize, usize)) {
    let width = width.max(2);
    let chars: Vec<char> = value.chars().collect();
    let cw = |c: &char| c.width().unwrap_or(0);
    // Index of the first character of each row.
    let mut starts = vec![0];
    let (mut row_start, mut w, mut after_space) = (0, 0, None);
    for (i, c) in chars.iter().enumerate() {
        if w + cw(c) > width && i > row_start {
            let at = match after_space {
                Some(s) if s > row_start => s,
                _ => i,
            };
            starts.push(at);
            row_start = at;
            w = chars[at..i].iter().map(cw).sum();
            after_space = None;
        }
        w += cw(c);
        if *c == ' ' {
            after_space = Some(i + 1);
        }
        if *c == LINE_BREAK {
            starts.push(i + 1);
            (row_start, w, after_space) = (i + 1, 0, None);
        }
    }
    let mut rows: Vec<String> = starts
        .iter()
        .enumerate()
        .map(|(r, &a)| chars[a..starts.get(r + 1).copied().unwrap_or(chars.len())].iter().collect())
        .collect();
    let cursor = cursor.min(chars.len());
    let row = starts.partition_point(|&a| a <= cursor).saturating_sub(1);
    let col: usize = chars[starts[row]..cursor].iter().map(cw).sum();
    if col >= width {
        // After the last character of a full row: on a fresh one.
        rows.push(String::new());
        return (rows, (row + 1, 0));
    }
    (rows, (row, col))
}

/// The rows to show: a window of `FOCUSED_ROWS` around the cursor when focused, else the first
/// `RESTING_ROWS` (the last one marked `…` when more follow). Returns the rows and the first
/// row's index.
pub fn window(mut rows: Vec<String>, cursor_row: usize, focused: bool) -> (Vec<String>, usize) {
    if focused {
        let start = cursor_row.saturating_sub(FOCUSED_ROWS - 1);
        let shown = rows.into_iter().skip(start).take(FOCUSED_ROWS).collect();
        return (shown, start);
    }
    if rows.len() > 1 && rows.last().is_some_and(|r| r.is_empty()) {
        rows.pop();
    }
    let more = rows.len() > RESTING_ROWS;
    rows.truncate(RESTING_ROWS);
    if more && let Some(last) = rows.last_mut() {
        last.pop();
        last.push('…');
    }
    (rows, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_width_and_after_line_breaks_and_finds_the_cursor() {
        let (rows, at) = wrap("abcdef¶gh", 0, 4);
        assert_eq!(rows, ["abcd", "ef¶", "gh"]);
        assert_eq!(at, (0, 0));
        assert_eq!(wrap("abcdef¶gh", 5, 4).1, (1, 1));
        assert_eq!(wrap("abcdef¶gh", 7, 4).1, (2, 0));
        assert_eq!(wrap("abcd", 4, 4), (vec!["abcd".to_string(), String::new()], (1, 0)));
        assert_eq!(wrap("", 0, 4), (vec![String::new()], (0, 0)));
        // Wide characters take two columns.
        assert_eq!(wrap("日本語", 3, 4).0, ["日本", "語"]);
        // At a space where there is one; the cursor follows its character.
        assert_eq!(wrap("ab cd ef", 0, 5).0, ["ab ", "cd ef"]);
        assert_eq!(wrap("ab cd ef", 4, 5).1, (1, 1));
        assert_eq!(
            wrap("ab cd ef", 8, 5),
            (vec!["ab ".to_string(), "cd ef".to_string(), String::new()], (2, 0))
        );
    }

    #[test]
    fn windows_follow_the_cursor_or_show_the_start() {
        let rows: Vec<String> = (0..10).map(|i| i.to_string()).collect();
        let (shown, start) = window(rows.clone(), 8, true);
        assert_eq!((shown.len(), start), (FOCUSED_ROWS, 3));
        let (shown, start) = window(rows, 8, false);
        assert_eq!((shown, start), (vec!["0".to_string(), "…".to_string()], 0));
    }
}
