//! Kennzahlen: the figures funders and the steering committee ask for (docs/domain.md
//! "Figures"), computed from the records for a period. Pure: `compute` takes the records and
//! gives tables; `render` writes them as text, Markdown, CSV or JSON; the statistics screen
//! draws the same tables. Every figure is defined in docs/figures.md.
//!
//! **Anonymous by construction.** Rows are codes (needs, groups, statuses, months …), offers of
//! the directory, and towns of the directory; nothing of a person reaches a table — no name,
//! pseudonym, client number, note or other free text, and a town typed on a client record
//! that is no town of the directory is "anderer Ort". Exported reports show counts of 1 and 2
//! as "< 3" (`render`); the screen shows exact numbers, marked internal.

mod compute;
mod keys;
mod load;
mod period;
pub mod render;

pub use compute::{Sources, compute, is_employer, known_outcome};
pub use keys::{ContactKind, GapTown, Measure, Nationality, OverdueBand, RowKey, TableId};
pub use load::Records;
pub use period::{Period, PeriodKind};

use crate::domain::Date;
use crate::i18n::Tf;

/// Counts of 1 and 2 are shown as "< 3" in exported reports.
pub const SUPPRESS_BELOW: u64 = 3;

/// One value of a table.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// A count of persons, contacts, referrals, gaps or searches: suppressed in exports when
    /// it is 1 or 2.
    Count(u64),
    /// A count that says nothing about persons (offers, minutes): never suppressed.
    Plain(u64),
    /// `n` of `of`; suppressed in exports when `n` is 1 or 2 (the share would give it away).
    Share { n: u64, of: u64 },
    /// A mean, `sum / of`; suppressed when fewer than 3 are averaged.
    Mean { sum: u64, of: u64 },
    /// A date of the directory (last verified); `None`: never.
    Date(Option<Date>),
    /// Directory text (an offer's provider).
    Text(String),
}

impl Cell {
    /// Whether an exported report shows this cell as "< 3".
    pub fn suppressed(&self) -> bool {
        let small = |n: u64| (1..SUPPRESS_BELOW).contains(&n);
        match self {
            Cell::Count(n) | Cell::Share { n, .. } => small(*n),
            Cell::Mean { of, .. } => small(*of),
            Cell::Plain(_) | Cell::Date(_) | Cell::Text(_) => false,
        }
    }

    /// The number the cell stands for, for sorting and charts (a share's count).
    pub fn number(&self) -> u64 {
        match self {
            Cell::Count(n) | Cell::Plain(n) | Cell::Share { n, .. } => *n,
            Cell::Mean { sum, of } => sum.checked_div(*of).unwrap_or(0),
            Cell::Date(_) | Cell::Text(_) => 0,
        }
    }

    /// A share or mean as a number (percent for shares); `None` when undefined (of 0).
    pub fn ratio(&self) -> Option<f64> {
        match self {
            Cell::Share { n, of } if *of > 0 => Some(*n as f64 * 100.0 / *of as f64),
            Cell::Mean { sum, of } if *of > 0 => Some(*sum as f64 / *of as f64),
            _ => None,
        }
    }
}

/// A column: its stable key (CSV, JSON) and its head.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub key: &'static str,
    pub head: Tf,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub key: RowKey,
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub id: TableId,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

impl Table {
    /// The row with `key`, if the table has it.
    pub fn row(&self, key: &RowKey) -> Option<&Row> {
        self.rows.iter().find(|r| &r.key == key)
    }

    /// The cell in row `key`, column `column`.
    pub fn cell(&self, key: &RowKey, column: &str) -> Option<&Cell> {
        let i = self.columns.iter().position(|c| c.key == column)?;
        self.row(key)?.cells.get(i)
    }
}

/// Every figure of one period.
#[derive(Debug, Clone, PartialEq)]
pub struct Figures {
    pub period: Period,
    /// The day the figures were made: what is overdue or stale is counted on it.
    pub today: Date,
    pub tables: Vec<Table>,
}

impl Figures {
    pub fn table(&self, id: TableId) -> Option<&Table> {
        self.tables.iter().find(|t| t.id == id)
    }

    /// The overview's value for `m`.
    pub fn overview(&self, m: Measure) -> Option<&Cell> {
        self.table(TableId::Overview)?.cell(&RowKey::Overview(m), "value")
    }
}

#[cfg(test)]
mod tests;
