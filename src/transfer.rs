//! Import and export of the offer directory: CSV as spreadsheets write and read it, and a
//! lossless JSON form. Pure: bytes in, a plan of offers to write and a report out; offers in,
//! bytes out. Files and the database are handled at the edge (`cli::transfer`), so everything
//! here is testable without either. Decisions are written down in `docs/import-export.md`.

mod apply;
pub(crate) mod csv_in;
mod csv_out;
mod fields;
mod import;
mod json_in;
mod json_out;
mod report;
pub(crate) mod text;
mod values;

pub use apply::{NOTE_MAX, Raw, TEXT_MAX};
pub use csv_out::to_csv;
pub use fields::Field;
pub use import::{Counts, Outcome, Plan, generated_id, plan, render};
pub use json_out::{JSON_FORMAT, to_json};
pub use report::{ColumnRef, FileError, Issue, IssueKind, Place, Severity, ValueType, column_letter};
pub use text::TextEncoding;

use std::path::Path;

/// Larger import files are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;
/// A region's directory has hundreds of offers; this many is a wrong file, not a directory.
pub const MAX_ROWS: usize = 100_000;

/// The file formats Lotse reads and writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    Csv,
    Json,
}

impl FileFormat {
    /// By extension: `.json`, or `.csv`/`.tsv`/`.txt`.
    pub fn from_path(path: &Path) -> Option<FileFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "json" => Some(FileFormat::Json),
            "csv" | "tsv" | "txt" => Some(FileFormat::Csv),
            _ => None,
        }
    }

    /// Without a telling extension: JSON when the first visible character opens an array or
    /// object, else CSV.
    pub fn sniff(bytes: &[u8]) -> FileFormat {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        match bytes.iter().find(|b| !b.is_ascii_whitespace()) {
            Some(b'[' | b'{') => FileFormat::Json,
            _ => FileFormat::Csv,
        }
    }
}

/// How a file was read, for the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    pub format: FileFormat,
    /// CSV only.
    pub encoding: Option<TextEncoding>,
    /// CSV only.
    pub delimiter: Option<u8>,
}

/// One row (CSV) or entry (JSON) as read: its place, its cells by field, and problems found
/// while reading (unknown keys, values of the wrong JSON type).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawRow {
    pub place: Place,
    pub cells: Vec<(Field, ColumnRef, Raw)>,
    pub problems: Vec<(Option<ColumnRef>, IssueKind)>,
}

/// All rows of a file and the file-level warnings (unknown columns).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rows {
    pub rows: Vec<RawRow>,
    pub issues: Vec<Issue>,
}

/// Reads a file's bytes into rows. `format` comes from the extension when it tells; else the
/// content decides.
pub fn read(bytes: &[u8], format: Option<FileFormat>) -> Result<(Source, Rows), FileError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(FileError::TooLarge { size: bytes.len() as u64, max: MAX_FILE_BYTES });
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(FileError::Empty);
    }
    match format.unwrap_or_else(|| FileFormat::sniff(bytes)) {
        FileFormat::Json => {
            let rows = json_in::read(bytes)?;
            Ok((Source { format: FileFormat::Json, encoding: None, delimiter: None }, rows))
        }
        FileFormat::Csv => {
            let (text, encoding) = text::decode(bytes)?;
            let (rows, delimiter) = csv_in::read(&text)?;
            Ok((
                Source { format: FileFormat::Csv, encoding: Some(encoding), delimiter: Some(delimiter) },
                rows,
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_by_extension_then_content() {
        assert_eq!(FileFormat::from_path(Path::new("a.JSON")), Some(FileFormat::Json));
        assert_eq!(FileFormat::from_path(Path::new("a.csv")), Some(FileFormat::Csv));
        assert_eq!(FileFormat::from_path(Path::new("a.xlsx")), None);
        assert_eq!(FileFormat::sniff(b"\xEF\xBB\xBF \n[{}]"), FileFormat::Json);
        assert_eq!(FileFormat::sniff(b"id;titel"), FileFormat::Csv);
    }

    #[test]
    fn bad_input_is_an_error_not_a_panic() {
        assert_eq!(read(b"", None).unwrap_err(), FileError::Empty);
        assert_eq!(read(b" \n ", Some(FileFormat::Json)).unwrap_err(), FileError::Empty);
        assert_eq!(read(b"\x00\x01\x02garbage", None).unwrap_err(), FileError::Binary);
        // Garbage without NUL bytes decodes as Windows-1252 and has no usable header.
        let garbage: Vec<u8> =
            (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8 | 1).collect();
        assert!(matches!(read(&garbage, None).unwrap_err(), FileError::NoKnownColumns { .. }));
        let wide = format!("titel;{}\nA;{}\n", "x;".repeat(10_000), "1;".repeat(10_000));
        let (_, rows) = read(wide.as_bytes(), None).unwrap();
        assert_eq!(rows.rows.len(), 1);
        let huge_cell = format!("titel\n\"{}\"\n", "ä".repeat(3_000_000));
        assert_eq!(read(huge_cell.as_bytes(), None).unwrap().1.rows.len(), 1);
    }
}
