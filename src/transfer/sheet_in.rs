//! Reading workbooks as centres keep them: Excel (.xlsx, also the old .xls) and LibreOffice
//! (.ods), through calamine. The first visible worksheet is read, or the one named; the header
//! is the first row (among the first ten) that names an id or a title column, so a title line
//! above the table does no harm. Rows and columns are numbered as the spreadsheet shows them.
//! Cells become text as a counsellor sees them (dates as TT.MM.JJJJ, whole numbers without
//! ".0"); from there on a sheet is read exactly like a CSV file.

use super::csv_in::{Column, header, mark_data, raw_row};
use super::report::{ColumnRef, FileError, Issue, IssueKind, Place};
use super::{MAX_ROWS, Rows};
use calamine::{Data, Reader, SheetType, SheetVisible};
use std::collections::BTreeMap;
use std::io::Cursor;

/// Rows looked at for the header.
const HEADER_SEARCH: usize = 10;
/// Columns beyond this are not read (a stray cell far to the right must not cost memory).
const MAX_COLUMNS: u32 = 1000;

/// Which kind of workbook it was, for the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Workbook {
    Xlsx,
    Ods,
    Xls,
}

/// The cells of one worksheet that hold something: row → (column, text). Sparse, so that a
/// stray cell in row 100 000 or column XFD costs nothing.
type Cells = BTreeMap<u32, Vec<(u32, String)>>;

/// Reads the sheet `wanted` (or the first visible one) of a workbook.
pub fn read(bytes: &[u8], wanted: Option<&str>) -> Result<(Rows, Workbook, String), FileError> {
    let (cells, kind, name, warnings) = match calamine::Xlsx::new(Cursor::new(bytes)) {
        Ok(mut xlsx) => {
            let name = pick(xlsx.sheets_metadata(), wanted)?;
            let mut reader = xlsx.worksheet_cells_reader(&name).map_err(|e| not_readable(&e.to_string()))?;
            let mut cells = Cells::new();
            let mut warnings = Vec::new();
            while let Some(cell) = reader.next_cell().map_err(|e| not_readable(&e.to_string()))? {
                let (r, c) = cell.get_position();
                let data: Data = cell.get_value().clone().into();
                add(&mut cells, &mut warnings, r, c, &data)?;
            }
            (cells, Workbook::Xlsx, name, warnings)
        }
        Err(_) => {
            let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes))
                .map_err(|e| not_readable(&e.to_string()))?;
            let kind = match &book {
                calamine::Sheets::Ods(_) => Workbook::Ods,
                _ => Workbook::Xls,
            };
            let name = pick(book.sheets_metadata(), wanted)?;
            let range = book.worksheet_range(&name).map_err(|e| not_readable(&e.to_string()))?;
            let mut cells = Cells::new();
            let mut warnings = Vec::new();
            for (r, c, data) in range.used_cells() {
                let (r0, c0) = range.start().unwrap_or((0, 0));
                add(&mut cells, &mut warnings, r0 + r as u32, c0 + c as u32, data)?;
            }
            (cells, kind, name, warnings)
        }
    };
    Ok((rows(cells, warnings)?, kind, name))
}

fn not_readable(detail: &str) -> FileError {
    FileError::NotWorkbook { detail: detail.chars().take(120).collect() }
}

/// The sheet asked for (exactly, else ignoring case), or the first visible worksheet.
fn pick(sheets: &[calamine::Sheet], wanted: Option<&str>) -> Result<String, FileError> {
    let names = || sheets.iter().map(|s| s.name.clone()).collect::<Vec<_>>();
    match wanted {
        Some(w) => sheets
            .iter()
            .find(|s| s.name == w)
            .or_else(|| sheets.iter().find(|s| s.name.trim().to_lowercase() == w.trim().to_lowercase()))
            .map(|s| s.name.clone())
            .ok_or_else(|| FileError::NoSheet { wanted: w.to_string(), found: names() }),
        None => sheets
            .iter()
            .find(|s| s.visible == SheetVisible::Visible && s.typ == SheetType::WorkSheet)
            .or_else(|| sheets.first())
            .map(|s| s.name.clone())
            .ok_or(FileError::Empty),
    }
}

/// Adds one cell as text; cells with an error value (#NV, #DIV/0!) count as empty, with a
/// warning.
fn add(cells: &mut Cells, warnings: &mut Vec<Issue>, r: u32, c: u32, data: &Data) -> Result<(), FileError> {
    if c >= MAX_COLUMNS {
        return Ok(());
    }
    let text = match data {
        Data::Empty => return Ok(()),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number(*f),
        Data::Bool(b) => if *b { "ja" } else { "nein" }.to_string(),
        Data::DateTime(dt) => {
            let (y, m, d, h, min, _, _) = dt.to_ymd_hms_milli();
            let time_only = dt.as_f64() < 1.0;
            match (dt.is_duration() || time_only, h == 0 && min == 0) {
                (true, _) => format!("{h:02}:{min:02}"),
                (false, true) => format!("{d:02}.{m:02}.{y:04}"),
                (false, false) => format!("{d:02}.{m:02}.{y:04} {h:02}:{min:02}"),
            }
        }
        // LibreOffice: "2026-01-15" or "2026-01-15T00:00:00"; durations "PT09H30M00S".
        Data::DateTimeIso(s) => s.strip_suffix("T00:00:00").unwrap_or(s).to_string(),
        Data::DurationIso(s) => iso_duration(s).unwrap_or_else(|| s.clone()),
        Data::Error(e) => {
            warnings.push(Issue {
                place: Place::Row { row: r as usize + 1, line: None },
                column: Some(ColumnRef { name: String::new(), index: Some(c as usize) }),
                kind: IssueKind::CellError(e.to_string()),
            });
            return Ok(());
        }
    };
    if text.trim().is_empty() {
        return Ok(());
    }
    if cells.len() > MAX_ROWS + HEADER_SEARCH && !cells.contains_key(&r) {
        return Err(FileError::TooManyRows(MAX_ROWS));
    }
    cells.entry(r).or_default().push((c, text));
    Ok(())
}

/// Whole numbers without ".0" (postal codes, ages); others as Rust writes them (shortest form).
fn number(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 { format!("{}", f as i64) } else { format!("{f}") }
}

/// "PT09H30M00S" → "09:30".
fn iso_duration(s: &str) -> Option<String> {
    let rest = s.strip_prefix("PT")?;
    let (h, rest) = rest.split_once('H')?;
    let (m, _) = rest.split_once('M')?;
    Some(format!("{:02}:{:02}", h.parse::<u32>().ok()?, m.parse::<u32>().ok()?))
}

/// The sparse cells as rows: the header found, then every row under it.
fn rows(cells: Cells, mut issues: Vec<Issue>) -> Result<Rows, FileError> {
    let dense = |cells: &[(u32, String)]| -> Vec<String> {
        let width = cells.iter().map(|c| c.0 + 1).max().unwrap_or(0) as usize;
        let mut row = vec![String::new(); width];
        for (c, t) in cells {
            row[*c as usize] = t.clone();
        }
        row
    };
    let mut header_at = None;
    let mut first_cells: Vec<String> = Vec::new();
    for (i, (r, row)) in cells.iter().enumerate().take(HEADER_SEARCH) {
        let texts = dense(row);
        if i == 0 {
            first_cells = texts.clone();
        }
        let names_offer = texts.iter().any(|t| {
            matches!(
                super::fields::Field::from_header(t),
                Some(super::fields::Field::Id | super::fields::Field::Title)
            )
        });
        if names_offer {
            header_at = Some(*r);
            break;
        }
    }
    let Some(header_row) = header_at else {
        if cells.is_empty() {
            return Err(FileError::Empty);
        }
        let found =
            first_cells.into_iter().filter(|c| !c.is_empty()).take(5).map(|c| c.chars().take(40).collect());
        return Err(FileError::NoKnownColumns { found: found.collect() });
    };
    // Cell errors above the header do not matter.
    issues.retain(|i| matches!(i.place, Place::Row { row, .. } if row > header_row as usize + 1));
    let head = dense(&cells[&header_row]);
    let mut columns: Vec<Column> = header(head.iter().map(String::as_str), &mut issues)?;
    // The header's own warnings first, then cell errors in row order.
    issues.sort_by_key(|i| !matches!(i.place, Place::Header));
    let mut rows = Vec::new();
    for (r, row) in cells.range(header_row + 1..) {
        if rows.len() >= MAX_ROWS {
            return Err(FileError::TooManyRows(MAX_ROWS));
        }
        let texts = dense(row);
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let place = Place::Row { row: *r as usize + 1, line: None };
        rows.push(raw_row(place, &refs, &columns));
        mark_data(&refs, &mut columns, &mut issues);
    }
    // A cell error names its column by the header's name.
    for i in &mut issues {
        if let (IssueKind::CellError(_), Some(c)) = (&i.kind, &mut i.column)
            && let Some(col) = c.index.and_then(|k| columns.get(k))
        {
            c.name = col.name.clone();
        }
    }
    Ok(Rows { rows, issues })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_durations_read_as_a_person_sees_them() {
        assert_eq!(number(1234.0), "1234");
        assert_eq!(number(12.5), "12.5");
        assert_eq!(iso_duration("PT09H30M00S").as_deref(), Some("09:30"));
        assert_eq!(iso_duration("P1D"), None);
    }

    #[test]
    fn a_title_line_above_the_header_is_skipped() {
        let mut cells = Cells::new();
        cells.insert(0, vec![(0, "Angebote Welcome Center, Stand 2026".into())]);
        cells.insert(2, vec![(1, "Titel".into()), (2, "Ort".into())]);
        cells.insert(3, vec![(1, "Sprachcafé".into()), (2, "Neustadt".into())]);
        let rows = rows(cells, Vec::new()).unwrap();
        assert_eq!(rows.rows.len(), 1);
        assert_eq!(rows.rows[0].place, Place::Row { row: 4, line: None });
        assert_eq!(rows.rows[0].cells[0].1, ColumnRef { name: "Titel".into(), index: Some(1) });
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(matches!(read(b"PK\x03\x04garbage", None), Err(FileError::NotWorkbook { .. })));
        assert!(matches!(read(b"not a workbook at all", None), Err(FileError::NotWorkbook { .. })));
    }
}
