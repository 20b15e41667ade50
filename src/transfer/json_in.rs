//! Reading the JSON form: a list of offer objects, or an object with an "offers" list (what the
//! export writes). Nested `hours` and `eligibility` objects are flattened into fields; keys may
//! also be the CSV header names. Values are checked later, per field, like CSV cells.

use super::apply::Raw;
use super::fields::Field;
use super::report::{ColumnRef, FileError, IssueKind, Place, ValueType};
use super::{MAX_ROWS, RawRow, Rows};
use crate::domain::{Recurrence, TimeSlot, Weekday};
use serde_json::{Map, Value};

pub fn read(bytes: &[u8]) -> Result<Rows, FileError> {
    // JSON text never holds a raw NUL byte; a file that does is not text at all.
    if bytes.contains(&0) {
        return Err(FileError::Binary);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()].iter().filter(|b| **b == b'\n').count() + 1;
        FileError::JsonNotUtf8 { line }
    })?;
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(FileError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| {
        // serde_json appends " at line L column C", which the message says in its own words.
        let detail = e.to_string();
        let detail = detail.split(" at line ").next().unwrap_or_default().to_string();
        FileError::JsonSyntax { line: e.line(), column: e.column(), detail }
    })?;
    let entries = match value {
        Value::Array(a) => a,
        Value::Object(mut m) => match m.remove("offers") {
            Some(Value::Array(a)) => a,
            _ => return Err(FileError::JsonShape),
        },
        _ => return Err(FileError::JsonShape),
    };
    if entries.len() > MAX_ROWS {
        return Err(FileError::TooManyRows(MAX_ROWS));
    }
    let rows = entries.into_iter().enumerate().map(|(i, e)| entry(i + 1, e)).collect();
    Ok(Rows { rows, issues: Vec::new() })
}

fn entry(n: usize, value: Value) -> RawRow {
    let mut row = RawRow { place: Place::Entry(n), cells: Vec::new(), problems: Vec::new() };
    let Value::Object(map) = value else {
        row.problems.push((None, IssueKind::NotAnObject));
        return row;
    };
    for (key, value) in map {
        match (key.as_str(), value) {
            ("hours", Value::Object(inner)) => nested(&mut row, "hours", inner),
            ("eligibility", Value::Object(inner)) => nested(&mut row, "eligibility", inner),
            ("hours", Value::Null) => {
                row.cells.push((Field::Hours, col("hours"), Raw::Null));
                row.cells.push((Field::HoursNote, col("hours"), Raw::Null));
            }
            ("eligibility", Value::Null) => {
                for f in [
                    Field::Eligibility,
                    Field::MinAge,
                    Field::MaxAge,
                    Field::MinGerman,
                    Field::Residence,
                    Field::FromText,
                ] {
                    row.cells.push((f, col("eligibility"), Raw::Null));
                }
            }
            ("eligibility", _) => {
                row.problems.push((Some(col(&key)), IssueKind::WrongType(ValueType::Object)))
            }
            (k, v) => {
                let field = Field::from_json_key(k).or_else(|| Field::from_header(k));
                push(&mut row, field, &key, v);
            }
        }
    }
    row
}

fn nested(row: &mut RawRow, prefix: &str, inner: Map<String, Value>) {
    for (key, value) in inner {
        let path = format!("{prefix}.{key}");
        if path == "hours.by_appointment" {
            match value {
                Value::Bool(b) => {
                    row.cells.push((Field::ByAppointment, col(&path), Raw::Text(b.to_string())))
                }
                Value::Null => row.cells.push((Field::ByAppointment, col(&path), Raw::Null)),
                _ => row.problems.push((Some(col(&path)), IssueKind::WrongType(ValueType::Text))),
            }
            continue;
        }
        if path == "hours.slots" {
            match slots(value) {
                Ok(slots) => row.cells.push((Field::Hours, col(&path), Raw::Slots(slots))),
                Err(kind) => row.problems.push((Some(col(&path)), kind)),
            }
            continue;
        }
        push(row, Field::from_json_key(&path), &path, value);
    }
}

fn push(row: &mut RawRow, field: Option<Field>, key: &str, value: Value) {
    let Some(field) = field else {
        row.problems.push((Some(col(key)), IssueKind::UnknownKey));
        return;
    };
    match raw(value) {
        Ok(raw) => row.cells.push((field, col(key), raw)),
        Err(kind) => row.problems.push((Some(col(key)), kind)),
    }
}

fn col(key: &str) -> ColumnRef {
    ColumnRef { name: key.to_string(), index: None }
}

/// A JSON value as a raw cell: strings and numbers as text, arrays of them as lists.
fn raw(value: Value) -> Result<Raw, IssueKind> {
    match value {
        Value::Null => Ok(Raw::Null),
        Value::String(s) => Ok(Raw::Text(s)),
        Value::Number(n) => Ok(Raw::Text(n.to_string())),
        Value::Bool(_) | Value::Object(_) => Err(IssueKind::WrongType(ValueType::Text)),
        Value::Array(items) => items
            .into_iter()
            .map(|v| match v {
                Value::String(s) => Ok(s),
                Value::Number(n) => Ok(n.to_string()),
                _ => Err(IssueKind::WrongType(ValueType::List)),
            })
            .collect::<Result<_, _>>()
            .map(Raw::List),
    }
}

/// `[{"day": "Mo", "from": "09:00", "to": "12:00"}, …]`, kept in the given order (the export
/// writes them as stored, so a round trip is exact).
fn slots(value: Value) -> Result<Vec<TimeSlot>, IssueKind> {
    let Value::Array(items) = value else {
        return if value.is_null() { Ok(Vec::new()) } else { Err(IssueKind::WrongType(ValueType::List)) };
    };
    items
        .into_iter()
        .map(|item| {
            let bad = || IssueKind::BadSlot(item.to_string());
            let text = |k: &str| item.get(k).and_then(Value::as_str);
            let day = text("day").and_then(Weekday::parse).ok_or_else(bad)?;
            let from = text("from").and_then(minutes).ok_or_else(bad)?;
            let to = text("to").and_then(minutes).ok_or_else(bad)?;
            let rule = match item.get("rule") {
                None | Some(Value::Null) => Some(Recurrence::Weekly),
                Some(Value::String(s)) => Recurrence::from_code(s),
                Some(_) => None,
            }
            .ok_or_else(bad)?;
            // A window's note is written in parentheses in the hours text: single spaces, and
            // balanced parentheses, so that it reads back the same.
            let note = match item.get("note") {
                None | Some(Value::Null) => String::new(),
                Some(Value::String(s)) => crate::domain::text::normalize(s, false)
                    .0
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
                Some(_) => return Err(bad()),
            };
            let mut depth = 0i32;
            for c in note.chars() {
                depth += match c {
                    '(' => 1,
                    ')' => -1,
                    _ => 0,
                };
                if depth < 0 {
                    return Err(bad());
                }
            }
            if depth != 0 {
                return Err(bad());
            }
            let known = item.as_object().is_some_and(|o| {
                o.keys().all(|k| ["day", "from", "to", "rule", "note"].contains(&k.as_str()))
            });
            if from >= to || !known || note.chars().count() > super::TEXT_MAX {
                return Err(bad());
            }
            Ok(TimeSlot { day, from, to, rule, note: note.into() })
        })
        .collect()
}

/// "HH:MM", 00:00–24:00.
fn minutes(s: &str) -> Option<u16> {
    let (h, m) = s.split_once(':')?;
    let two =
        |x: &str| (x.len() == 2 && x.bytes().all(|b| b.is_ascii_digit())).then(|| x.parse::<u16>().ok())?;
    let (h, m) = (two(h)?, two(m)?);
    (m < 60 && h * 60 + m <= 24 * 60).then_some(h * 60 + m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_both_shapes_and_flattens_nested_objects() {
        let a = read(br#"[{"id": "x", "title": "T", "hours": {"slots": [{"day": "Di", "from": "09:00", "to": "12:30"}], "note": "Hotline"}, "eligibility": {"min_age": 27}}]"#).unwrap();
        let cells = &a.rows[0].cells;
        let fields: Vec<Field> = cells.iter().map(|c| c.0).collect();
        assert!(fields.contains(&Field::HoursNote) && fields.contains(&Field::MinAge));
        let slots = cells.iter().find(|c| c.0 == Field::Hours).map(|c| c.2.clone());
        assert_eq!(slots, Some(Raw::Slots(vec![TimeSlot::weekly(Weekday::Di, 540, 750)])));
        let b = read(br#"{"format": "lotse-angebote", "offers": [{"titel": "Deutsch"}]}"#).unwrap();
        assert_eq!(b.rows[0].cells[0].0, Field::Title);
    }

    #[test]
    fn problems_are_per_entry() {
        let r = read(br#"[1, {"title": true, "farbe": "blau", "hours": {"slots": [{"day": "Mo", "from": "12:00", "to": "09:00"}]}}]"#).unwrap();
        assert_eq!(r.rows[0].problems, [(None, IssueKind::NotAnObject)]);
        let kinds: Vec<_> = r.rows[1].problems.iter().map(|p| p.1.clone()).collect();
        assert!(kinds.contains(&IssueKind::WrongType(ValueType::Text)));
        assert!(kinds.contains(&IssueKind::UnknownKey));
        assert!(kinds.iter().any(|k| matches!(k, IssueKind::BadSlot(_))));
    }

    #[test]
    fn file_errors() {
        assert_eq!(read(b"[1,\n\xff]"), Err(FileError::JsonNotUtf8 { line: 2 }));
        assert_eq!(read(b"[\x00\x01]"), Err(FileError::Binary));
        assert!(matches!(read(b"[{\"a\": }]"), Err(FileError::JsonSyntax { line: 1, .. })));
        assert_eq!(read(b"{\"x\": 1}"), Err(FileError::JsonShape));
        assert_eq!(read(b"  "), Err(FileError::Empty));
        let deep = "[".repeat(100_000);
        assert!(matches!(read(deep.as_bytes()), Err(FileError::JsonSyntax { .. })));
    }
}
