//! Screen geometry, shared by the renderer and by paging (which must know how many rows the
//! list shows). Pure functions of the terminal size.

use ratatui::layout::Rect;

/// Below this the screen only says "Fenster zu klein".
pub const MIN_COLS: u16 = 60;
pub const MIN_ROWS: u16 = 16;
/// From this width on, list and card stand side by side; below, they are stacked.
pub const WIDE_COLS: u16 = 110;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DirectoryLayout {
    pub header: Rect,
    pub search: Rect,
    pub filters: Rect,
    /// The result list including its one-line caption.
    pub list: Rect,
    pub card: Rect,
    pub footer: Rect,
    pub wide: bool,
}

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_COLS || area.height < MIN_ROWS
}

pub fn directory(area: Rect) -> DirectoryLayout {
    let row = |y: u16, h: u16| Rect { x: area.x, y: area.y + y, width: area.width, height: h };
    let body_h = area.height.saturating_sub(4);
    let body = row(3, body_h);
    let wide = area.width >= WIDE_COLS;
    let (list, card) = if wide {
        let left = area.width * 11 / 20;
        (Rect { width: left, ..body }, Rect { x: body.x + left, width: area.width - left, ..body })
    } else {
        let card_h = (body_h / 2 + 1).min(12).min(body_h);
        let list_h = body_h - card_h;
        (Rect { height: list_h, ..body }, Rect { y: body.y + list_h, height: card_h, ..body })
    };
    DirectoryLayout {
        header: row(0, 1.min(area.height)),
        search: row(1, 1.min(area.height.saturating_sub(1))),
        filters: row(2, 1.min(area.height.saturating_sub(2))),
        list,
        card,
        footer: row(area.height.saturating_sub(1), 1.min(area.height)),
        wide,
    }
}

/// Rows of offers the list shows (its caption line excluded).
pub fn list_rows(cols: u16, rows: u16) -> usize {
    let area = Rect::new(0, 0, cols, rows);
    if too_small(area) {
        return 1;
    }
    directory(area).list.height.saturating_sub(1) as usize
}

/// The report box over the screen (an import's report): as wide as the help (96 columns at
/// most), from below the header to above the footer.
pub fn report_box(area: Rect) -> Rect {
    let w = area.width.min(96);
    Rect { x: area.x + (area.width - w) / 2, y: area.y + 1, width: w, height: area.height.saturating_sub(2) }
}

/// The text area inside the report box at terminal size `cols`×`rows`: (columns, rows); one
/// column of margin on each side inside the border, the last row for the key hints.
pub fn report_text(cols: u16, rows: u16) -> (usize, usize) {
    let b = report_box(Rect::new(0, 0, cols, rows));
    (b.width.saturating_sub(4) as usize, b.height.saturating_sub(3) as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standard_terminal_stacks_and_wide_splits() {
        let l = directory(Rect::new(0, 0, 80, 24));
        assert!(!l.wide);
        assert_eq!(l.list.height + l.card.height, 20);
        assert!(l.list.height >= 8, "{l:?}");
        assert_eq!(l.footer.y, 23);
        let l = directory(Rect::new(0, 0, 160, 40));
        assert!(l.wide);
        assert_eq!(l.list.height, 36);
        assert_eq!(l.list.width + l.card.width, 160);
    }

    #[test]
    fn no_size_underflows() {
        for w in 0..130 {
            for h in 0..30 {
                let l = directory(Rect::new(0, 0, w, h));
                for r in [l.header, l.search, l.filters, l.list, l.card, l.footer] {
                    assert!(r.bottom() <= h.max(r.y) && r.right() <= w.max(r.x), "{w}x{h} {r:?}");
                }
                let _ = list_rows(w, h);
            }
        }
    }
}
