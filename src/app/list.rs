//! Selection and scrolling in a list of rows: shared by the directory, the client list and the
//! referral log.

use super::action::Action;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cursor {
    pub selected: usize,
    /// First visible row.
    pub offset: usize,
}

impl Cursor {
    /// Moves by a list action over `total` rows of which `rows` are visible. Returns whether
    /// the action was a list movement.
    pub fn step(&mut self, action: Action, total: usize, rows: usize) -> bool {
        use Action::*;
        let rows = rows.max(1);
        if total == 0 {
            return matches!(action, Up | Down | PageUp | PageDown | First | Last);
        }
        let last = total - 1;
        self.selected = match action {
            Up => self.selected.saturating_sub(1),
            Down => (self.selected + 1).min(last),
            PageUp => self.selected.saturating_sub(rows),
            PageDown => (self.selected + rows).min(last),
            First => 0,
            Last => last,
            _ => return false,
        };
        self.keep_visible(rows);
        true
    }

    /// Scrolls so that the selection is on screen.
    pub fn keep_visible(&mut self, rows: usize) {
        let rows = rows.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + rows {
            self.offset = self.selected + 1 - rows;
        }
    }

    /// After the list shrank.
    pub fn clamp(&mut self, total: usize) {
        self.selected = self.selected.min(total.saturating_sub(1));
        self.offset = self.offset.min(self.selected);
    }

    pub fn reset(&mut self) {
        *self = Cursor::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_and_keeps_the_selection_visible() {
        let mut c = Cursor::default();
        assert!(c.step(Action::PageDown, 100, 10));
        assert_eq!((c.selected, c.offset), (10, 1));
        c.step(Action::Last, 100, 10);
        assert_eq!((c.selected, c.offset), (99, 90));
        c.step(Action::Up, 100, 10);
        assert_eq!((c.selected, c.offset), (98, 90));
        c.step(Action::First, 100, 10);
        assert_eq!((c.selected, c.offset), (0, 0));
        assert!(!c.step(Action::Quit, 100, 10));
        c.selected = 50;
        c.clamp(5);
        assert_eq!(c.selected, 4);
    }
}
