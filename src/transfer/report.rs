//! What an import found: file-level errors that stop it, and per-row issues (errors that reject
//! a row, warnings that do not), each with its place as a spreadsheet shows it and a sentence
//! in the UI language.

use crate::domain::DateError;
use crate::i18n::{Lang, Tx};
use crate::safe_text::visible;

/// A problem with the file as a whole: nothing is imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    Empty,
    TooLarge {
        size: u64,
        max: u64,
    },
    Binary,
    TooManyRows(usize),
    JsonNotUtf8 {
        line: usize,
    },
    JsonSyntax {
        line: usize,
        column: usize,
        detail: String,
    },
    JsonShape,
    /// Neither an id nor a title column; `found` lists the first header cells.
    NoKnownColumns {
        found: Vec<String>,
    },
    /// Two columns name the same field (e.g. "titel" and "Title").
    DuplicateColumn {
        first: String,
        second: String,
    },
    /// Not a workbook Lotse can read (damaged, encrypted, another format).
    NotWorkbook {
        detail: String,
    },
    /// A folder without the services table of an HSDS data package.
    NotHsdsFolder,
    /// More columns in the first line than any offer table has (issue 16: a line of a million
    /// columns took half a minute to refuse).
    TooManyColumns(usize),
    /// `--sheet NAME` names no sheet of the workbook.
    NoSheet {
        wanted: String,
        found: Vec<String>,
    },
}

impl FileError {
    /// One sentence naming the file (`file` is shown as given, made visible).
    pub fn message(&self, lang: Lang, file: &str) -> String {
        let file = visible(file);
        match self {
            FileError::Empty => lang.f(Tx::FileEmpty, &[&file]),
            FileError::TooLarge { size, max } => {
                let mib = |b: u64| b.div_ceil(1024 * 1024);
                lang.f(Tx::FileTooLarge, &[&file, &mib(*size), &mib(*max)])
            }
            FileError::Binary => lang.f(Tx::FileBinary, &[&file]),
            FileError::TooManyRows(max) => lang.f(Tx::FileTooManyRows, &[&file, max]),
            FileError::JsonNotUtf8 { line } => lang.f(Tx::JsonNotUtf8, &[&file, line]),
            FileError::JsonSyntax { line, column, detail } => {
                lang.f(Tx::JsonSyntax, &[&file, line, column, &visible(detail)])
            }
            FileError::JsonShape => lang.f(Tx::JsonShape, &[&file]),
            FileError::NoKnownColumns { found } => {
                let found: Vec<String> = found.iter().map(|f| format!("„{}“", visible(f))).collect();
                lang.f(Tx::NoKnownColumns, &[&file, &found.join(", ")])
            }
            FileError::DuplicateColumn { first, second } => {
                lang.f(Tx::DuplicateColumn, &[&file, &visible(first), &visible(second)])
            }
            FileError::NotHsdsFolder => lang.f(Tx::NotHsdsFolder, &[&file]),
            FileError::TooManyColumns(max) => lang.f(Tx::FileTooManyColumns, &[&file, max]),
            FileError::NotWorkbook { detail } => lang.f(Tx::NotWorkbook, &[&file, &visible(detail)]),
            FileError::NoSheet { wanted, found } => {
                let found: Vec<String> = found.iter().map(|f| format!("„{}“", visible(f))).collect();
                lang.f(Tx::NoSheet, &[&file, &visible(wanted), &found.join(", ")])
            }
        }
    }
}

/// Where an issue is. Rows count as a spreadsheet shows them: the header is row 1, a cell with
/// line breaks is still one row; `line` is the text line in the file when it differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// The header row (unknown columns).
    Header,
    Row {
        row: usize,
        line: Option<u64>,
    },
    /// The n-th offer (1-based) of a JSON file.
    Entry(usize),
}

/// The column of an issue: its name as written in the file and, for CSV, its spreadsheet
/// letter (A, B, … AA).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnRef {
    pub name: String,
    pub index: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The row is rejected.
    Error,
    /// The row is imported; something was changed or ignored.
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IssueKind {
    MissingTitle,
    BadId(String),
    /// The id already occurs at this earlier place in the same file.
    DuplicateId {
        id: String,
        first: Place,
    },
    BadEmail(String),
    BadPhone(String),
    BadWeb(String),
    /// A web address with another scheme ("javascript:", "file:"): never stored.
    UnsafeWeb(String),
    TooLong {
        len: usize,
        max: usize,
    },
    WrongType(ValueType),
    BadSlot(String),
    NotAnObject,
    // Warnings.
    ControlChars,
    HoursAsNote(String),
    /// Every other week, without saying which weeks: "jetzt geöffnet" cannot use it.
    HoursUnknownWeeks,
    /// A date that could not be read; the offer counts as never verified.
    DateNotRead(String, DateError),
    /// A status that is none of the known ones: taken as active.
    StatusAsActive(String),
    /// An entry of the "read from text" column that names no condition.
    UnknownFromText(String),
    /// A spreadsheet cell holding an error value (#NV, #DIV/0!): read as empty.
    CellError(String),
    UnknownColumn,
    UnknownKey,
    UnnamedColumn,
    ExtraCells(usize),
    /// The cell holds U+FFFD: bytes of the file that were no valid characters (issue 16).
    ReplacementChar,
    /// The file is not valid UTF-8 and was read as Windows-1252, but it also holds UTF-8
    /// characters: umlauts are probably garbled ("NeubÃ¼rger").
    LikelyMojibake,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueType {
    Text,
    List,
    Object,
}

impl IssueKind {
    pub fn severity(&self) -> Severity {
        use IssueKind::*;
        match self {
            ControlChars | HoursAsNote(_) | HoursUnknownWeeks | DateNotRead(..) | StatusAsActive(_)
            | UnknownFromText(_) | CellError(_) | UnknownColumn | UnknownKey | UnnamedColumn
            | ExtraCells(_) | ReplacementChar | LikelyMojibake => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// The reason, in the UI language. Values from the file are made visible and shortened.
    pub fn message(&self, lang: Lang) -> String {
        use IssueKind::*;
        let v = |s: &str| shorten(&visible(s));
        match self {
            MissingTitle => lang.t(Tx::IsMissingTitle).to_string(),
            BadId(s) => lang.f(Tx::IsBadId, &[&v(s)]),
            DuplicateId { id, first } => lang.f(Tx::IsDuplicateId, &[&v(id), &first.message(lang)]),
            BadEmail(s) => lang.f(Tx::IsBadEmail, &[&v(s)]),
            BadPhone(s) => lang.f(Tx::IsBadPhone, &[&v(s)]),
            BadWeb(s) => lang.f(Tx::IsBadWeb, &[&v(s)]),
            UnsafeWeb(s) => lang.f(Tx::IsUnsafeWeb, &[&v(s)]),
            TooLong { len, max } => lang.f(Tx::IsTooLong, &[len, max]),
            WrongType(t) => {
                let t = match t {
                    ValueType::Text => Tx::TypeText,
                    ValueType::List => Tx::TypeList,
                    ValueType::Object => Tx::TypeObject,
                };
                lang.f(Tx::IsWrongType, &[&lang.t(t)])
            }
            BadSlot(s) => lang.f(Tx::IsBadSlot, &[&v(s)]),
            NotAnObject => lang.t(Tx::IsNotAnObject).to_string(),
            ControlChars => lang.t(Tx::WarnControlChars).to_string(),
            ReplacementChar => lang.t(Tx::WarnReplacementChar).to_string(),
            LikelyMojibake => lang.t(Tx::WarnLikelyMojibake).to_string(),
            HoursAsNote(s) => lang.f(Tx::WarnHoursAsNote, &[&v(s)]),
            HoursUnknownWeeks => lang.t(Tx::WarnHoursUnknownWeeks).to_string(),
            DateNotRead(s, DateError::Format) => lang.f(Tx::WarnDateNotRead, &[&v(s)]),
            DateNotRead(s, DateError::Impossible) => lang.f(Tx::WarnImpossibleDate, &[&v(s)]),
            StatusAsActive(s) => lang.f(Tx::WarnStatusAsActive, &[&v(s)]),
            UnknownFromText(s) => lang.f(Tx::WarnUnknownFromText, &[&v(s)]),
            CellError(s) => lang.f(Tx::WarnCellError, &[&v(s)]),
            UnknownColumn => lang.t(Tx::WarnUnknownColumn).to_string(),
            UnknownKey => lang.t(Tx::WarnUnknownKey).to_string(),
            UnnamedColumn => lang.t(Tx::WarnUnnamedColumn).to_string(),
            ExtraCells(n) => lang.f(Tx::WarnExtraCells, &[n]),
        }
    }
}

/// Long cell values are cut in messages: the report must stay readable.
pub(super) fn shorten(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(MAX).collect::<String>())
    }
}

impl Place {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Place::Header => lang.f(Tx::PlaceRow, &[&1]),
            Place::Row { row, line: Some(line) } if *line != *row as u64 => {
                lang.f(Tx::PlaceRowLine, &[row, line])
            }
            Place::Row { row, .. } => lang.f(Tx::PlaceRow, &[row]),
            Place::Entry(n) => lang.f(Tx::PlaceEntry, &[n]),
        }
    }
}

/// One finding at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    pub place: Place,
    pub column: Option<ColumnRef>,
    pub kind: IssueKind,
}

impl Issue {
    /// "Fehler – Zeile 4, Spalte „E-Mail“ (F): „x@y“ ist keine gültige E-Mail-Adresse."
    pub fn message(&self, lang: Lang) -> String {
        let sev = match self.kind.severity() {
            Severity::Error => lang.t(Tx::SevError),
            Severity::Warning => lang.t(Tx::SevWarning),
        };
        let mut at = self.place.message(lang);
        if let Some(c) = &self.column {
            let name = shorten(&visible(&c.name));
            let col = match c.index {
                Some(i) => lang.f(Tx::PlaceColumn, &[&name, &column_letter(i)]),
                None => lang.f(Tx::PlaceKey, &[&name]),
            };
            at = format!("{at}, {col}");
        }
        format!("{sev} – {at}: {}", self.kind.message(lang))
    }
}

/// Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA.
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        out.push(b'A' + r as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_like_a_spreadsheet() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(27), "AB");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }

    #[test]
    fn issues_read_as_one_sentence_in_both_languages() {
        let issue = Issue {
            place: Place::Row { row: 4, line: Some(6) },
            column: Some(ColumnRef { name: "E-Mail".into(), index: Some(5) }),
            kind: IssueKind::BadEmail("info(at)x.de".into()),
        };
        assert_eq!(
            issue.message(Lang::De),
            "Fehler – Zeile 4 (Textzeile 6), Spalte „E-Mail“ (F): „info(at)x.de“ ist keine gültige E-Mail-Adresse."
        );
        assert_eq!(
            issue.message(Lang::En),
            "Error – Row 4 (text line 6), column \"E-Mail\" (F): \"info(at)x.de\" is not a valid e-mail address."
        );
        let warn = Issue { place: Place::Entry(2), column: None, kind: IssueKind::ControlChars };
        assert_eq!(warn.message(Lang::En), "Warning – Entry 2: Control characters removed.");
    }

    #[test]
    fn values_in_messages_are_visible_and_short() {
        let m = IssueKind::BadPhone(format!("\u{1b}]0;x\u{7}{}", "9".repeat(100))).message(Lang::De);
        assert!(m.contains("^[]0;x^G") && !m.contains('\u{1b}') && m.contains('…'), "{m}");
    }
}
