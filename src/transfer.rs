//! Import and export of the offer directory: CSV as spreadsheets write and read it, and a
//! lossless JSON form. Pure: bytes in, a plan of offers to write and a report out; offers in,
//! bytes out. Files and the database are handled at the edge (`cli::transfer`), so everything
//! here is testable without either. Decisions are written down in `docs/import-export.md`.

mod apply;
pub(crate) mod csv_in;
mod csv_out;
mod fields;
mod hsds;
mod hsds_in;
mod import;
mod json_in;
mod json_out;
mod maps;
mod report;
mod sheet_in;
pub(crate) mod text;
mod values;
mod xlsx_out;

pub use apply::{Condition, Mapped};
pub use apply::{NOTE_MAX, Raw, TEXT_MAX};
pub use csv_out::to_csv;
pub use fields::Field;
pub use hsds::{hsds_files, to_hsds_json, to_hsds_tables};
pub use hsds_in::{is_hsds_json, read_json as read_hsds_json, read_tables as read_hsds_tables};
pub use import::{Counts, MappingCount, Outcome, Plan, generated_id, mapping_line, plan, render};
pub use json_out::{JSON_FORMAT, to_json};
pub use report::{ColumnRef, FileError, Issue, IssueKind, Place, Severity, ValueType, column_letter};
pub use sheet_in::Workbook;
pub use text::TextEncoding;
pub use xlsx_out::to_xlsx;

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
    /// An Excel (.xlsx, .xls) or LibreOffice (.ods) workbook.
    Workbook,
    /// Open Referral HSDS 3.0 (JSON here; the tabular form is a folder, read by the CLI).
    Hsds,
}

impl FileFormat {
    /// By extension: `.json`; `.csv`/`.tsv`/`.txt`; `.xlsx`/`.xlsm`/`.xls`/`.ods`.
    pub fn from_path(path: &Path) -> Option<FileFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "json" => Some(FileFormat::Json),
            "csv" | "tsv" | "txt" => Some(FileFormat::Csv),
            "xlsx" | "xlsm" | "xls" | "ods" => Some(FileFormat::Workbook),
            _ => None,
        }
    }

    /// Without a telling extension: a workbook by its magic bytes (zip, or the old Office
    /// compound file), JSON when the first visible character opens an array or object, else
    /// CSV.
    pub fn sniff(bytes: &[u8]) -> FileFormat {
        if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
            return FileFormat::Workbook;
        }
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        match bytes.iter().find(|b| !b.is_ascii_whitespace()) {
            Some(b'[' | b'{') => FileFormat::Json,
            _ => FileFormat::Csv,
        }
    }
}

/// How a file was read, for the summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub format: FileFormat,
    /// CSV only.
    pub encoding: Option<TextEncoding>,
    /// CSV only.
    pub delimiter: Option<u8>,
    /// Workbooks only: which kind, and the sheet read.
    pub sheet: Option<(Workbook, String)>,
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
    read_sheet(bytes, format, None)
}

/// Like [`read`]; for a workbook, `sheet` names the sheet to read (else the first visible one).
pub fn read_sheet(
    bytes: &[u8],
    format: Option<FileFormat>,
    sheet: Option<&str>,
) -> Result<(Source, Rows), FileError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(FileError::TooLarge { size: bytes.len() as u64, max: MAX_FILE_BYTES });
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(FileError::Empty);
    }
    match format.unwrap_or_else(|| FileFormat::sniff(bytes)) {
        FileFormat::Json | FileFormat::Hsds if hsds_in::is_hsds_json(bytes) => {
            let rows = hsds_in::read_json(bytes)?;
            Ok((Source { format: FileFormat::Hsds, encoding: None, delimiter: None, sheet: None }, rows))
        }
        FileFormat::Json | FileFormat::Hsds => {
            let rows = json_in::read(bytes)?;
            Ok((Source { format: FileFormat::Json, encoding: None, delimiter: None, sheet: None }, rows))
        }
        FileFormat::Csv => {
            let (text, encoding) = text::decode(bytes)?;
            let (mut rows, delimiter) = csv_in::read(&text)?;
            if encoding == TextEncoding::Windows1252Mixed {
                rows.issues.insert(
                    0,
                    report::Issue {
                        place: report::Place::Header,
                        column: None,
                        kind: report::IssueKind::LikelyMojibake,
                    },
                );
            }
            Ok((
                Source {
                    format: FileFormat::Csv,
                    encoding: Some(encoding),
                    delimiter: Some(delimiter),
                    sheet: None,
                },
                rows,
            ))
        }
        FileFormat::Workbook => {
            let (rows, kind, name) = sheet_in::read(bytes, sheet)?;
            let source = Source {
                format: FileFormat::Workbook,
                encoding: None,
                delimiter: None,
                sheet: Some((kind, name)),
            };
            Ok((source, rows))
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
        assert_eq!(FileFormat::from_path(Path::new("a.xlsx")), Some(FileFormat::Workbook));
        assert_eq!(FileFormat::from_path(Path::new("a.ODS")), Some(FileFormat::Workbook));
        assert_eq!(FileFormat::from_path(Path::new("a.pdf")), None);
        assert_eq!(FileFormat::sniff(b"PK\x03\x04rest"), FileFormat::Workbook);
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
        let wide = format!("titel;{}\nA;{}\n", "x;".repeat(990), "1;".repeat(990));
        let (_, rows) = read(wide.as_bytes(), None).unwrap();
        assert_eq!(rows.rows.len(), 1);
        // A first line of a million columns is refused at once, before any cell is read.
        let huge = format!("titel;{}\nA\n", "x;".repeat(1_000_000));
        let began = std::time::Instant::now();
        assert_eq!(read(huge.as_bytes(), None).unwrap_err(), FileError::TooManyColumns(1000));
        // Well within the fuzz budget of 2 s per MiB (here: 4 s), even in a loaded debug build.
        assert!(began.elapsed() < std::time::Duration::from_secs(4), "{:?}", began.elapsed());
        let huge_cell = format!("titel\n\"{}\"\n", "ä".repeat(3_000_000));
        assert_eq!(read(huge_cell.as_bytes(), None).unwrap().1.rows.len(), 1);
    }
}
