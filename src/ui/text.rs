//! Turning stored text into spans: control characters made visible, matched characters
//! highlighted, and cutting to a display width without splitting wide characters.

use crate::safe_text::push_visible;
use ratatui::style::Style;
use ratatui::text::Span;
use unicode_width::UnicodeWidthChar;

/// Spans for `s` with the characters at `positions` (char indices, sorted) in `hit` style.
pub fn highlighted(s: &str, positions: &[usize], base: Style, hit: Style) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut run = String::new();
    let mut run_hit = false;
    let mut next = positions.iter().peekable();
    for (i, c) in s.chars().enumerate() {
        let is_hit = next.peek().is_some_and(|&&p| p == i);
        if is_hit {
            next.next();
        }
        if is_hit != run_hit && !run.is_empty() {
            spans.push(Span::styled(std::mem::take(&mut run), if run_hit { hit } else { base }));
        }
        run_hit = is_hit;
        push_visible(&mut run, c);
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, if run_hit { hit } else { base }));
    }
    spans
}

/// A safe, visible copy of data text on one line.
pub fn safe(s: &str) -> String {
    crate::safe_text::visible(s).into_owned()
}

/// Display width of a string.
pub fn width(s: &str) -> usize {
    s.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// Cuts `s` to at most `max` columns, ending in `…` when cut.
pub fn fit(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if w + cw + 1 > max {
            break;
        }
        out.push(c);
        w += cw;
    }
    if max > 0 {
        out.push('…');
    }
    out
}

/// Cuts spans to at most `max` columns in total.
pub fn fit_spans(spans: Vec<Span<'static>>, max: usize) -> Vec<Span<'static>> {
    let total: usize = spans.iter().map(|s| width(&s.content)).sum();
    if total <= max {
        return spans;
    }
    let mut out = Vec::new();
    let mut left = max.saturating_sub(1);
    for s in spans {
        if left == 0 {
            break;
        }
        let w = width(&s.content);
        if w <= left {
            left -= w;
            out.push(s);
        } else {
            let mut cut = String::new();
            let mut cw = 0;
            for c in s.content.chars() {
                let x = c.width().unwrap_or(0);
                if cw + x > left {
                    break;
                }
                cut.push(c);
                cw += x;
            }
            out.push(Span::styled(cut, s.style));
            left = 0;
        }
    }
    if max > 0 {
        out.push(Span::raw("…"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::{Modifier, Style};

    #[test]
    fn highlights_by_char_index_and_escapes_controls() {
        let hit = Style::new().add_modifier(Modifier::BOLD);
        let spans = highlighted("Bürger\u{1b}amt", &[1, 2, 6], Style::new(), hit);
        let text: Vec<(&str, bool)> = spans.iter().map(|s| (s.content.as_ref(), s.style == hit)).collect();
        assert_eq!(text, vec![("B", false), ("ür", true), ("ger", false), ("^[", true), ("amt", false)]);
    }

    #[test]
    fn fits_wide_characters() {
        assert_eq!(fit("abcdef", 4), "abc…");
        assert_eq!(fit("日本語テキスト", 5), "日本…");
        assert_eq!(fit("ab", 5), "ab");
        assert_eq!(width(&fit("日本語テキスト", 6)), 5);
    }
}

/// Greedy word wrap to `max` columns; words longer than a line are broken. Line breaks in
/// the text start new lines. Never returns an empty vector for non-empty text.
pub fn wrap(s: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut lines = Vec::new();
    for para in s.split('\n') {
        let mut line = String::new();
        let mut w = 0;
        for word in para.split(' ').filter(|w| !w.is_empty()) {
            let ww = width(word);
            if w > 0 && w + 1 + ww > max {
                lines.push(std::mem::take(&mut line));
                w = 0;
            }
            if w > 0 {
                line.push(' ');
                w += 1;
            }
            if ww <= max - w.min(max) {
                line.push_str(word);
                w += ww;
                continue;
            }
            for c in word.chars() {
                let cw = c.width().unwrap_or(0);
                if w + cw > max && w > 0 {
                    lines.push(std::mem::take(&mut line));
                    w = 0;
                }
                line.push(c);
                w += cw;
            }
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod wrap_tests {
    use super::*;

    #[test]
    fn wraps_words_and_breaks_long_ones() {
        assert_eq!(wrap("eins zwei drei", 9), vec!["eins zwei", "drei"]);
        assert_eq!(wrap("Anerkennungsberatung", 8), vec!["Anerkenn", "ungsbera", "tung"]);
        assert_eq!(wrap("a\nb", 10), vec!["a", "b"]);
        for line in wrap("日本語テキスト 日本語", 4) {
            assert!(width(&line) <= 4, "{line}");
        }
    }
}
