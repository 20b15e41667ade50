//! A long text shown over the screen, read by scrolling: the report of an import from the
//! upkeep menu (the same text `lotse import` prints). The router scrolls it (↑↓, PgUp/PgDn,
//! Home/End) and Esc closes it. Its lines are wrapped here, not while drawing, so that
//! scrolling knows where the end is; the renderer draws exactly [`Report::rows`].

use super::layout;
use unicode_width::UnicodeWidthChar;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub title: String,
    /// The text, one entry per line as it was written.
    pub lines: Vec<String>,
    /// The first row shown (of the wrapped rows).
    pub scroll: usize,
    /// The rows at `wrapped_at` columns, kept so that a long report (thousands of rejected
    /// rows) is not wrapped again on every key and every frame.
    wrapped: Vec<String>,
    /// `None`: not wrapped yet.
    wrapped_at: Option<usize>,
}

impl Report {
    pub fn new(title: String, text: &str) -> Report {
        let lines = text.trim_end().lines().map(|l| crate::safe_text::visible(l).into_owned()).collect();
        Report { title, lines, scroll: 0, wrapped: Vec::new(), wrapped_at: None }
    }

    /// The report with its rows wrapped for terminal size `size`.
    pub fn sized(mut self, size: (u16, u16)) -> Report {
        self.fit(size);
        self
    }

    /// Wraps the rows for terminal size `size` (after a resize), unless they already are.
    pub fn fit(&mut self, size: (u16, u16)) {
        let w = layout::report_text(size.0, size.1).0;
        if self.wrapped_at != Some(w) {
            self.wrapped = self.wrap(w);
            self.wrapped_at = Some(w);
        }
    }

    /// The rows at `width` columns: long lines wrap at spaces, continuing under their own
    /// indentation (a row issue's text under its row).
    pub fn rows(&self, width: usize) -> std::borrow::Cow<'_, [String]> {
        if self.wrapped_at == Some(width) {
            std::borrow::Cow::Borrowed(&self.wrapped)
        } else {
            std::borrow::Cow::Owned(self.wrap(width))
        }
    }

    fn wrap(&self, width: usize) -> Vec<String> {
        self.lines.iter().flat_map(|l| wrap_indented(l, width.max(8))).collect()
    }

    /// Scrolls by `delta` rows at terminal size `size`, never past the last page.
    pub fn scroll_by(&mut self, delta: isize, size: (u16, u16)) {
        self.fit(size);
        let (w, h) = layout::report_text(size.0, size.1);
        let max = self.rows(w).len().saturating_sub(h);
        self.scroll = self.scroll.min(max).saturating_add_signed(delta).min(max);
    }

    /// One page of rows at terminal size `size`.
    pub fn page(size: (u16, u16)) -> isize {
        layout::report_text(size.0, size.1).1.max(1) as isize
    }
}

fn char_width(c: char) -> usize {
    c.width().unwrap_or(0)
}

/// Wraps one line at spaces to `width` columns; a word longer than a row is cut.
fn wrap_indented(line: &str, width: usize) -> Vec<String> {
    let indent_len = line.len() - line.trim_start_matches(' ').len();
    let indent = " ".repeat((indent_len + 2).min(width / 2));
    let mut rows = Vec::new();
    let lead = indent_len.min(width / 2);
    let mut row = " ".repeat(lead);
    let mut w = lead;
    for (i, word) in line[indent_len..].split(' ').enumerate() {
        if i > 0 {
            row.push(' ');
            w += 1;
        }
        let ww: usize = word.chars().map(char_width).sum();
        if w + ww > width && w > indent.len() {
            // The space just added ends the row.
            row.pop();
            rows.push(std::mem::take(&mut row));
            row.push_str(&indent);
            w = indent.len();
        }
        for c in word.chars() {
            let cw = char_width(c);
            if w + cw > width {
                rows.push(std::mem::take(&mut row));
                row.push_str(&indent);
                w = indent.len();
            }
            row.push(c);
            w += cw;
        }
    }
    rows.push(row);
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn long_lines_wrap_under_their_indentation_and_fit() {
        let r = Report::new(
            "T".into(),
            "Kopf\n  Zeile 3: das Feld „Telefon“ ist keine Telefonnummer und wird leer gelassen\n",
        );
        let rows = r.rows(30);
        assert_eq!(rows[0], "Kopf");
        assert!(rows[1].starts_with("  Zeile 3:"), "{rows:?}");
        assert!(rows.len() > 3, "{rows:?}");
        for row in &rows[2..] {
            assert!(row.starts_with("    "), "continues indented: {rows:?}");
        }
        assert!(rows.iter().all(|row| row.width() <= 30), "{rows:?}");
        let long = Report::new("T".into(), &"x".repeat(100));
        assert!(long.rows(30).iter().all(|row| row.width() <= 30));
    }

    #[test]
    fn scrolling_stops_at_the_last_page() {
        let text: String = (1..=100).map(|i| format!("Zeile {i}\n")).collect();
        let mut r = Report::new("T".into(), &text);
        let (_, h) = layout::report_text(80, 24);
        r.scroll_by(isize::MAX, (80, 24));
        assert_eq!(r.scroll, 100 - h);
        r.scroll_by(-1, (80, 24));
        assert_eq!(r.scroll, 99 - h, "one up from the end moves at once");
        r.scroll_by(isize::MIN, (80, 24));
        assert_eq!(r.scroll, 0);
        let mut short = Report::new("T".into(), "eins\nzwei");
        short.scroll_by(5, (80, 24));
        assert_eq!(short.scroll, 0, "nothing to scroll");
    }

    #[test]
    fn the_rows_are_wrapped_once_per_width_and_again_after_a_resize() {
        let text: String = (1..=50).map(|i| format!("Zeile {i}: {}\n", "wort ".repeat(30))).collect();
        let r = Report::new("T".into(), &text).sized((80, 24));
        let (w80, _) = layout::report_text(80, 24);
        assert!(matches!(r.rows(w80), std::borrow::Cow::Borrowed(_)), "kept, not wrapped again");
        let mut r = r;
        r.fit((120, 40));
        let (w120, _) = layout::report_text(120, 40);
        assert_eq!(r.wrapped_at, Some(w120));
        assert!(r.rows(w120).len() < r.rows(w80).len(), "wider: fewer rows");
    }
}
