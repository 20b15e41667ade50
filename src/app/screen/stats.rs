//! Statistics (F11): every figure of a period (docs/figures.md), as the report has them, with
//! exact numbers for the counsellor (marked internal; the report shows "< 3"). The period is
//! this month, last month, this quarter, this year, or a range typed in.
//!
//! The screen is a column of sections — the charts, then one per table — scrolled a line
//! (Up/Down) or a section (PgUp/PgDn) at a time. The figures are computed when the screen is
//! entered, when the period changes and when the records arrive after start; a save elsewhere
//! marks them stale (the screen is not told whether it is shown, and counting a busy centre's
//! year on every save would slow every save), and they are computed again when the
//! counsellor comes back (F11) or presses a key here.

use super::{Changed, Component};
use crate::app::action::{Action, StatsPick};
use crate::app::input::TextInput;
use crate::app::key::Code;
use crate::app::keymap::{Binding, Context, b, k};
use crate::app::nav::Go;
use crate::app::out::Out;
use crate::app::state::Shared;
use crate::domain::Date;
use crate::figures::{Figures, Period, PeriodKind, Sources, compute};
use crate::i18n::{T, Tf};
use Context::{Stats as C, StatsRange as R};

pub const KEYS: &[Binding] = &[
    // No text field has focus here, so single letters are used (as in the log).
    b(C, k(Code::Char('m')), Action::StatsPeriod(StatsPick::ThisMonth), Some(T::HintStatsMonth)),
    b(C, k(Code::Char('v')), Action::StatsPeriod(StatsPick::LastMonth), Some(T::HintStatsLastMonth)),
    b(C, k(Code::Char('q')), Action::StatsPeriod(StatsPick::ThisQuarter), Some(T::HintStatsQuarter)),
    b(C, k(Code::Char('j')), Action::StatsPeriod(StatsPick::ThisYear), Some(T::HintStatsYear)),
    b(C, k(Code::Char('z')), Action::StatsPeriod(StatsPick::Range), Some(T::HintStatsRange)),
    b(C, k(Code::Up), Action::Up, None),
    b(C, k(Code::Down), Action::Down, None),
    b(C, k(Code::PageUp), Action::PageUp, None),
    b(C, k(Code::PageDown), Action::PageDown, None),
    b(C, k(Code::Home), Action::First, None),
    b(C, k(Code::End), Action::Last, None),
    b(C, k(Code::Char('?')), Action::Help, None),
    // Typing a range: the text field has focus.
    b(R, k(Code::Enter), Action::StatsApply, Some(T::HintStatsApply)),
    b(R, k(Code::Esc), Action::StatsCancel, Some(T::HintCancel)),
];

/// The longest range text ("01.01.2026 – 31.12.2026" and some spaces).
const RANGE_MAX: usize = 40;

#[derive(Debug)]
pub struct Stats {
    pub pick: StatsPick,
    /// The range last typed and taken.
    pub range: Option<Period>,
    /// `Some` while a range is being typed.
    pub typing: Option<TextInput>,
    pub figures: Option<Figures>,
    /// The section shown first (0: the charts, then one per table) and the first line of it.
    pub section: usize,
    pub line: usize,
    /// Shared data changed since the figures were computed.
    stale: bool,
}

impl Default for Stats {
    fn default() -> Self {
        Stats {
            pick: StatsPick::ThisQuarter,
            range: None,
            typing: None,
            figures: None,
            section: 0,
            line: 0,
            stale: true,
        }
    }
}

/// A typed range: two dates (TT.MM.JJJJ or JJJJ-MM-TT) with a dash, "bis"/"to" or a space
/// between them.
pub fn parse_range(text: &str) -> Result<Period, Tf> {
    let spaced = text.replace(['–', '—'], " ").replace(" bis ", " ").replace(" to ", " ");
    let mut parts: Vec<&str> = spaced.split_whitespace().filter(|p| *p != "-").collect();
    if let [one] = parts[..]
        && let Some((a, b)) = one.split_once('-').filter(|(a, _)| a.contains('.'))
    {
        parts = vec![a, b];
    }
    let [from, to] = parts[..] else { return Err(Tf::StatsRangeBad) };
    let (Ok(from), Ok(to)) = (Date::parse(from), Date::parse(to)) else { return Err(Tf::StatsRangeBad) };
    Period::range(from, to).ok_or(Tf::StatsRangeBackwards)
}

impl Stats {
    /// The period chosen now.
    pub fn period(&self, today: Date) -> Period {
        let named = |k| Period::named(k, today);
        match self.pick {
            StatsPick::ThisMonth => named(PeriodKind::ThisMonth),
            StatsPick::LastMonth => named(PeriodKind::LastMonth),
            StatsPick::ThisQuarter => named(PeriodKind::ThisQuarter),
            StatsPick::ThisYear => named(PeriodKind::ThisYear),
            StatsPick::Range => self.range.unwrap_or_else(|| named(PeriodKind::ThisQuarter)),
        }
    }

    /// How many sections there are: the charts and one per table.
    pub fn sections(&self) -> usize {
        1 + self.figures.as_ref().map_or(0, |f| f.tables.len())
    }

    /// The rows of section `i` a line scroll can move through (the charts: none).
    fn lines_of(&self, i: usize) -> usize {
        match (i, &self.figures) {
            (0, _) | (_, None) => 1,
            (i, Some(f)) => f.tables.get(i - 1).map_or(1, |t| t.rows.len().max(1)),
        }
    }

    fn recount(&mut self, sh: &Shared) {
        let r = sh.records;
        let src = Sources {
            clients: &r.clients,
            consultations: &r.consultations,
            contacts: &r.contacts,
            referrals: &r.referrals,
            events: &r.events,
            offers: &sh.catalog.offers,
            gaps: &r.gaps,
            misses: &r.misses,
            traces: &r.traces,
        };
        let today = sh.today();
        self.figures = Some(compute(&src, self.period(today), today));
        self.stale = false;
        self.section = self.section.min(self.sections() - 1);
        self.line = self.line.min(self.lines_of(self.section) - 1);
    }

    fn refresh(&mut self, sh: &Shared) {
        if self.stale || self.figures.is_none() {
            self.recount(sh);
        }
    }

    fn scroll(&mut self, action: Action) -> bool {
        let (before, last) = ((self.section, self.line), self.sections() - 1);
        match action {
            Action::Down if self.line + 1 < self.lines_of(self.section) => self.line += 1,
            Action::Down | Action::PageDown if self.section < last => {
                self.section += 1;
                self.line = 0;
            }
            Action::Up if self.line > 0 => self.line -= 1,
            Action::PageUp if self.line > 0 => self.line = 0,
            Action::Up | Action::PageUp if self.section > 0 => {
                self.section -= 1;
                self.line = if action == Action::Up { self.lines_of(self.section) - 1 } else { 0 };
            }
            Action::First => (self.section, self.line) = (0, 0),
            Action::Last => (self.section, self.line) = (last, 0),
            _ => {}
        }
        (self.section, self.line) != before
    }
}

impl Component for Stats {
    fn contexts(&self) -> Vec<Context> {
        if self.typing.is_some() {
            vec![R, Context::TextField, Context::Global]
        } else {
            vec![C, Context::Global]
        }
    }

    fn act(&mut self, action: Action, sh: &Shared, out: &mut Out) -> bool {
        use Action::*;
        self.refresh(sh);
        match action {
            StatsPeriod(StatsPick::Range) => {
                let typed = self.range.map(|p| format!("{} – {}", p.from, p.to)).unwrap_or_default();
                self.typing = Some(TextInput::with_value(RANGE_MAX, &typed));
                true
            }
            StatsPeriod(pick) => {
                self.pick = pick;
                self.recount(sh);
                true
            }
            StatsApply => {
                let Some(input) = &self.typing else { return false };
                match parse_range(input.value()) {
                    Ok(p) => {
                        self.typing = None;
                        self.range = Some(p);
                        self.pick = StatsPick::Range;
                        self.recount(sh);
                    }
                    Err(why) => out.error(sh.lang.t(why).to_string()),
                }
                true
            }
            StatsCancel => self.typing.take().is_some(),
            CursorLeft | CursorRight | CursorStart | CursorEnd | DeleteBack | DeleteForward
            | DeleteWordBack | ClearField => self.typing.as_mut().is_some_and(|t| t.apply(action)),
            Up | Down | PageUp | PageDown | First | Last => self.scroll(action),
            _ => false,
        }
    }

    fn typed(&mut self, c: char, _sh: &Shared, _out: &mut Out) -> bool {
        self.typing.as_mut().is_some_and(|t| t.insert(c))
    }

    fn pasted(&mut self, text: &str, _sh: &Shared, _out: &mut Out) -> bool {
        let line = text.lines().next().unwrap_or_default();
        self.typing.as_mut().is_some_and(|t| t.insert_str(line))
    }

    fn enter(&mut self, _go: &Go, sh: &Shared, _out: &mut Out) -> bool {
        self.recount(sh);
        true
    }

    fn changed(&mut self, what: &Changed, sh: &Shared) {
        match what {
            Changed::Size | Changed::Settings => {}
            // The records arrive after the first frame: if F11 came first, count them now.
            Changed::Loaded if self.figures.is_some() => self.recount(sh),
            _ => self.stale = true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::from_ymd(y, m, day).unwrap()
    }

    #[test]
    fn a_typed_range_reads_the_ways_people_write_it() {
        let q1 = Period::range(d(2026, 1, 1), d(2026, 3, 31)).unwrap();
        for text in [
            "01.01.2026 – 31.03.2026",
            "01.01.2026 - 31.03.2026",
            "01.01.2026-31.03.2026",
            "1.1.2026 bis 31.3.2026",
            "2026-01-01 to 2026-03-31",
            "2026-01-01 2026-03-31",
        ] {
            assert_eq!(parse_range(text), Ok(q1), "{text}");
        }
        assert_eq!(parse_range("31.03.2026 – 01.01.2026"), Err(Tf::StatsRangeBackwards));
        for bad in ["", "01.01.2026", "gestern – heute", "01.01.2026 – 31.03.2026 – 01.05.2026"] {
            assert_eq!(parse_range(bad), Err(Tf::StatsRangeBad), "{bad}");
        }
    }
}
