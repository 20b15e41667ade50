//! Reading CSV as spreadsheets write it: the delimiter (`;`, `,` or tab) taken from the header
//! line, quoted cells with line breaks, header names in any accepted spelling. Produces raw rows
//! with their spreadsheet row numbers; values are checked later, per field.

use super::apply::Raw;
use super::fields::Field;
use super::report::{ColumnRef, FileError, Issue, IssueKind, Place};
use super::{MAX_ROWS, RawRow, Rows};

/// The delimiter with the most occurrences outside quotes in the first line; `;` on a tie,
/// because that is what German Excel writes.
pub fn sniff_delimiter(text: &str) -> u8 {
    let mut counts = [(b';', 0usize), (b'\t', 0), (b',', 0)];
    let mut quoted = false;
    for b in text.bytes() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            _ if quoted => {}
            _ => {
                if let Some(c) = counts.iter_mut().find(|(d, _)| *d == b) {
                    c.1 += 1;
                }
            }
        }
    }
    // max_by_key keeps the last maximum; iterate reversed so that `;` wins ties.
    counts.iter().rev().max_by_key(|(_, n)| *n).map_or(b';', |(d, _)| *d)
}

/// A column of the header: the field it names, or why it is ignored.
pub(super) struct Column {
    pub(super) name: String,
    field: Option<Field>,
    /// An unnamed column is only worth a warning when it holds data.
    has_data: bool,
}

/// More columns than this in the first line and the file is refused at once: an offer table
/// has a few dozen, a spreadsheet with extra columns a few hundred.
pub const MAX_COLUMNS: usize = 1000;

/// The cells of the first line, counted without reading them (quotes respected).
fn first_line_columns(text: &str, delimiter: u8) -> usize {
    let mut quoted = false;
    let mut n = 1;
    for b in text.bytes() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            b if b == delimiter && !quoted => n += 1,
            _ => {}
        }
    }
    n
}

pub fn read(text: &str) -> Result<(Rows, u8), FileError> {
    let delimiter = sniff_delimiter(text);
    if first_line_columns(text, delimiter) > MAX_COLUMNS {
        return Err(FileError::TooManyColumns(MAX_COLUMNS));
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut record = csv::StringRecord::new();
    let mut issues = Vec::new();
    // Line breaks inside quoted cells so far: a spreadsheet row is the text line minus these.
    let mut inner_breaks: u64 = 0;
    let read_next = |reader: &mut csv::Reader<&[u8]>, record: &mut csv::StringRecord| {
        // Input is a &str, so the only possible error is a broken UTF-8 sequence, which cannot
        // happen; treat any error as the end of the data rather than panic.
        reader.read_record(record).unwrap_or(false)
    };
    if !read_next(&mut reader, &mut record) {
        return Err(FileError::Empty);
    }
    inner_breaks += breaks(&record);
    let mut columns = header(record.iter(), &mut issues)?;
    let mut rows = Vec::new();
    while read_next(&mut reader, &mut record) {
        let line = record.position().map_or(0, |p| {
            // The position is where the reader started, before any blank lines it skipped.
            p.line() + blank_lines(text.as_bytes().get(p.byte() as usize..).unwrap_or_default())
        });
        let row = line.saturating_sub(inner_breaks) as usize;
        inner_breaks += breaks(&record);
        if record.iter().all(|c| c.trim().is_empty()) {
            continue; // Empty rows (";;;;" at the end of Excel files) are not offers.
        }
        if rows.len() >= MAX_ROWS {
            return Err(FileError::TooManyRows(MAX_ROWS));
        }
        let place = Place::Row { row, line: Some(line) };
        let cells: Vec<&str> = record.iter().collect();
        rows.push(raw_row(place, &cells, &columns));
        mark_data(&cells, &mut columns, &mut issues);
    }
    Ok((Rows { rows, issues }, delimiter))
}

fn blank_lines(rest: &[u8]) -> u64 {
    let mut n = 0;
    let mut i = 0;
    while let Some(&b) = rest.get(i) {
        match b {
            b'\n' => n += 1,
            b'\r' if rest.get(i + 1) == Some(&b'\n') => {}
            b'\r' => n += 1,
            _ => break,
        }
        i += 1;
    }
    n
}

fn breaks(record: &csv::StringRecord) -> u64 {
    record.iter().map(|c| c.bytes().filter(|b| *b == b'\n').count() as u64).sum()
}

/// One row's cells by field (the export's formula protection removed); cells beyond the
/// header are counted, a short row (some tools drop trailing empty cells) has empty cells in the
/// rest.
pub(super) fn raw_row(place: Place, record: &[&str], columns: &[Column]) -> RawRow {
    let mut cells = Vec::new();
    let mut extra = 0;
    for (i, cell) in record.iter().enumerate() {
        match columns.get(i) {
            Some(Column { field: Some(field), name, .. }) => {
                let col = ColumnRef { name: name.clone(), index: Some(i) };
                cells.push((*field, col, Raw::Text(unprotect(cell).to_string())));
            }
            Some(_) => {}
            None if !cell.trim().is_empty() => extra += 1,
            None => {}
        }
    }
    for (i, c) in columns.iter().enumerate().skip(record.len()) {
        if let Some(field) = c.field {
            cells.push((field, ColumnRef { name: c.name.clone(), index: Some(i) }, Raw::Text(String::new())));
        }
    }
    let mut problems = Vec::new();
    if extra > 0 {
        problems.push((None, IssueKind::ExtraCells(extra)));
    }
    RawRow { place, cells, problems }
}

/// Maps the header cells to fields; unknown names become warnings, two names for one field
/// stop the import (which of them would count?), and a file with neither id nor title is not
/// an offer list at all (or has no header row).
pub(super) fn header<'a>(
    record: impl Iterator<Item = &'a str>,
    issues: &mut Vec<Issue>,
) -> Result<Vec<Column>, FileError> {
    let mut columns: Vec<Column> = Vec::new();
    for (i, cell) in record.enumerate() {
        let name = cell.trim_start_matches('\u{feff}').trim().to_string();
        let field = Field::from_header(&name);
        if let Some(j) = field.and_then(|f| columns.iter().position(|c| c.field == Some(f))) {
            let show = |n: &str, k: usize| format!("„{n}“ ({})", super::report::column_letter(k));
            return Err(FileError::DuplicateColumn {
                first: show(&columns[j].name, j),
                second: show(&name, i),
            });
        }
        if field.is_none() && !name.is_empty() {
            issues.push(Issue {
                place: Place::Header,
                column: Some(ColumnRef { name: name.clone(), index: Some(i) }),
                kind: IssueKind::UnknownColumn,
            });
        }
        columns.push(Column { name, field, has_data: false });
    }
    if !columns.iter().any(|c| matches!(c.field, Some(Field::Id | Field::Title))) {
        let found =
            columns.iter().filter(|c| !c.name.is_empty()).take(5).map(|c| c.name.chars().take(40).collect());
        return Err(FileError::NoKnownColumns { found: found.collect() });
    }
    Ok(columns)
}

/// Warns once about an unnamed column that holds data (Excel's trailing empty columns do not).
pub(super) fn mark_data(record: &[&str], columns: &mut [Column], issues: &mut Vec<Issue>) {
    for (i, (cell, c)) in record.iter().zip(columns.iter_mut()).enumerate() {
        if c.name.is_empty() && !c.has_data && !cell.trim().is_empty() {
            c.has_data = true;
            issues.push(Issue {
                place: Place::Header,
                column: Some(ColumnRef { name: String::new(), index: Some(i) }),
                kind: IssueKind::UnnamedColumn,
            });
        }
    }
}

/// Removes the `'` the export puts before a cell that a spreadsheet would run as a formula.
/// Only then: a `'` before anything else is the user's own text.
pub fn unprotect(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_protection(rest) => rest,
        _ => cell,
    }
}

/// A cell starting with `= + - @`, tab or CR runs as a formula in spreadsheets; one that
/// starts with `'` followed by such a cell must be protected too, so that `unprotect` gives
/// back exactly what was exported.
pub fn needs_protection(cell: &str) -> bool {
    let rest = cell.trim_start_matches('\'');
    matches!(rest.chars().next(), Some('=' | '+' | '-' | '@' | '\t' | '\r'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiter_from_the_header_line() {
        assert_eq!(sniff_delimiter("id;titel;ort\n1,2;3"), b';');
        assert_eq!(sniff_delimiter("id,titel,ort\n"), b',');
        assert_eq!(sniff_delimiter("id\ttitel\tort"), b'\t');
        assert_eq!(sniff_delimiter("\"a;b\",c,d\n"), b',');
        assert_eq!(sniff_delimiter("titel"), b';');
        assert_eq!(sniff_delimiter("a;b,c"), b';');
    }

    #[test]
    fn formula_protection_round_trips() {
        for s in ["=1+1", "+49 123", "-x", "@a", "'=x", "''+y", "'plain", "plain", ""] {
            let exported = if needs_protection(s) { format!("'{s}") } else { s.to_string() };
            assert_eq!(unprotect(&exported), s, "{s}");
        }
        assert_eq!(unprotect("'hello"), "'hello");
    }

    #[test]
    fn rows_are_counted_like_a_spreadsheet() {
        let text = "id;titel;beschreibung\n1;A;\"zwei\nZeilen\"\n\n2;B;x\n;;\n3;C;y\n";
        let (rows, d) = read(text).unwrap();
        assert_eq!(d, b';');
        let places: Vec<_> = rows.rows.iter().map(|r| r.place.clone()).collect();
        assert_eq!(
            places,
            [
                Place::Row { row: 2, line: Some(2) },
                Place::Row { row: 4, line: Some(5) },
                Place::Row { row: 6, line: Some(7) },
            ]
        );
    }

    #[test]
    fn unknown_and_duplicate_columns() {
        let (rows, _) = read("titel;Lieblingsfarbe;;\nA;blau;;x\n").unwrap();
        let kinds: Vec<_> = rows.issues.iter().map(|i| (i.kind.clone(), i.column.clone())).collect();
        assert_eq!(kinds[0].0, IssueKind::UnknownColumn);
        assert_eq!(kinds[0].1, Some(ColumnRef { name: "Lieblingsfarbe".into(), index: Some(1) }));
        assert_eq!(kinds[1].0, IssueKind::UnnamedColumn);
        assert!(matches!(read("titel;Title\nA;B\n"), Err(FileError::DuplicateColumn { .. })));
        assert!(matches!(read("foo;bar\n1;2\n"), Err(FileError::NoKnownColumns { .. })));
    }
}
