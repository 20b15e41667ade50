//! The figures as a report: plain text and Markdown (to paste into a funder's report), CSV
//! for German Excel (as the directory export: `;`, UTF-8 with BOM, CRLF, decimal comma,
//! formula-safe cells) and JSON with stable keys (docs/figures.md "JSON"). Exports always show
//! counts of 1 and 2 as "< 3"; only the screen asks for exact numbers.

use super::{Cell, Figures, Table};
use crate::i18n::{Lang, Tf};
use crate::safe_text::visible;
use serde_json::{Value, json};
use unicode_width::UnicodeWidthStr;

/// The formats of `lotse report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Csv,
    Json,
}

/// Whether small counts are shown exactly (the screen, for the counsellor) or as "< 3".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Numbers {
    Exact,
    Suppressed,
}

fn number(n: f64, decimals: usize, lang: Lang) -> String {
    let s = format!("{n:.decimals$}");
    if lang == Lang::De { s.replace('.', ",") } else { s }
}

/// A cell as people read it.
pub fn cell(c: &Cell, lang: Lang, numbers: Numbers) -> String {
    if numbers == Numbers::Suppressed && c.suppressed() {
        return lang.t(Tf::Suppressed).to_string();
    }
    match c {
        Cell::Count(n) | Cell::Plain(n) => n.to_string(),
        Cell::Share { .. } => match c.ratio() {
            Some(p) => format!("{} %", number(p, 1, lang)),
            None => "–".into(),
        },
        Cell::Mean { .. } => c.ratio().map_or_else(|| "–".into(), |m| number(m, 1, lang)),
        Cell::Date(Some(d)) => d.to_string(),
        Cell::Date(None) => lang.t(Tf::Never).to_string(),
        Cell::Text(t) => visible(t).into_owned(),
    }
}

fn title(f: &Figures, lang: Lang) -> String {
    lang.f(Tf::ReportTitle, &[&f.period.from, &f.period.to])
}

/// The report in `format`, in `lang`, with small counts suppressed.
pub fn report(f: &Figures, format: Format, lang: Lang) -> Vec<u8> {
    match format {
        Format::Text => text(f, lang, Numbers::Suppressed).into_bytes(),
        Format::Markdown => markdown(f, lang).into_bytes(),
        Format::Csv => csv(f, lang),
        Format::Json => {
            (serde_json::to_string_pretty(&to_json(f, lang)).unwrap_or_default() + "\n").into_bytes()
        }
    }
}

/// Plain text: one block per table, labels left, numbers right.
pub fn text(f: &Figures, lang: Lang, numbers: Numbers) -> String {
    let head = title(f, lang);
    let mut out = format!("{head}\n{}\n{}\n", "=".repeat(head.width()), lang.f(Tf::ReportMade, &[&f.today]));
    for t in &f.tables {
        out.push('\n');
        out.push_str(&text_table(t, lang, numbers));
    }
    out
}

fn text_table(t: &Table, lang: Lang, numbers: Numbers) -> String {
    let name = lang.t(t.id.title());
    let mut out = format!("{name}\n{}\n", "-".repeat(name.width()));
    if t.rows.is_empty() {
        out.push_str("  –\n");
        return out;
    }
    let labels: Vec<String> = t.rows.iter().map(|r| r.key.label(lang)).collect();
    let cells: Vec<Vec<String>> =
        t.rows.iter().map(|r| r.cells.iter().map(|c| cell(c, lang, numbers)).collect()).collect();
    let heads: Vec<&str> = t.columns.iter().map(|c| lang.t(c.head)).collect();
    let lw = labels.iter().map(|l| l.width()).max().unwrap_or(0);
    let widths: Vec<usize> = (0..heads.len())
        .map(|i| {
            cells
                .iter()
                .map(|r| r.get(i).map_or(0, |c| c.width()))
                .chain([heads[i].width()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let pad_left = |s: &str, w: usize| format!("{}{s}", " ".repeat(w.saturating_sub(s.width())));
    let pad_right = |s: &str, w: usize| format!("{s}{}", " ".repeat(w.saturating_sub(s.width())));
    if heads.len() > 1 {
        let mut line = format!("  {}", " ".repeat(lw));
        for (h, w) in heads.iter().zip(&widths) {
            line.push_str("  ");
            line.push_str(&pad_left(h, *w));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    for (label, row) in labels.iter().zip(&cells) {
        let mut line = format!("  {}", pad_right(label, lw));
        for (c, w) in row.iter().zip(&widths) {
            line.push_str("  ");
            line.push_str(&pad_left(c, *w));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// A Markdown cell: pipes escaped, no line breaks.
fn md(s: &str) -> String {
    s.replace('|', "\\|").replace(['\n', '\r'], " ")
}

pub fn markdown(f: &Figures, lang: Lang) -> String {
    let mut out = format!("# {}\n\n{}\n", title(f, lang), lang.f(Tf::ReportMade, &[&f.today]));
    for t in &f.tables {
        out.push_str(&format!("\n## {}\n\n", lang.t(t.id.title())));
        if t.rows.is_empty() {
            out.push_str("–\n");
            continue;
        }
        out.push_str("| |");
        for c in &t.columns {
            out.push_str(&format!(" {} |", md(lang.t(c.head))));
        }
        out.push_str("\n|---|");
        for c in &t.columns {
            out.push_str(if c.key == "provider" || c.key == "last_verified" { "---|" } else { "---:|" });
        }
        out.push('\n');
        for r in &t.rows {
            out.push_str(&format!("| {} |", md(&r.key.label(lang))));
            for c in &r.cells {
                out.push_str(&format!(" {} |", md(&cell(c, lang, Numbers::Suppressed))));
            }
            out.push('\n');
        }
    }
    out
}

fn protect(cell: String) -> String {
    if crate::transfer::csv_in::needs_protection(&cell) { format!("'{cell}") } else { cell }
}

/// CSV for German Excel: the tables one below the other, each with its title, its heads and
/// its rows, an empty line between them.
pub fn csv(f: &Figures, lang: Lang) -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut w = csv::WriterBuilder::new()
            .delimiter(b';')
            .terminator(csv::Terminator::CRLF)
            .flexible(true)
            .from_writer(&mut out);
        let mut put = |record: Vec<String>| {
            // Writing into a Vec cannot fail.
            let _ = w.write_record(record.into_iter().map(protect));
        };
        put(vec![title(f, lang)]);
        put(vec![lang.f(Tf::ReportMade, &[&f.today])]);
        for t in &f.tables {
            put(vec![]);
            let mut head = vec![lang.t(t.id.title()).to_string()];
            head.extend(t.columns.iter().map(|c| lang.t(c.head).to_string()));
            put(head);
            for r in &t.rows {
                let mut line = vec![r.key.label(lang)];
                line.extend(r.cells.iter().map(|c| cell(c, Lang::De, Numbers::Suppressed)));
                put(line);
            }
        }
        let _ = w.flush();
    }
    out
}

fn json_cell(c: &Cell) -> Value {
    let suppressed = Value::String("< 3".into());
    let round = |x: f64| (x * 10.0).round() / 10.0;
    match c {
        _ if c.suppressed() => match c {
            Cell::Share { of, .. } => json!({ "n": suppressed, "of": of, "percent": null }),
            _ => suppressed,
        },
        Cell::Count(n) | Cell::Plain(n) => json!(n),
        Cell::Share { n, of } => json!({ "n": n, "of": of, "percent": c.ratio().map(round) }),
        Cell::Mean { .. } => json!(c.ratio().map(round)),
        Cell::Date(d) => json!(d.map(|d| d.iso())),
        Cell::Text(t) => json!(visible(t)),
    }
}

/// The figures as JSON; the keys are documented in docs/figures.md and never change.
pub fn to_json(f: &Figures, lang: Lang) -> Value {
    let mut tables = serde_json::Map::new();
    for t in &f.tables {
        let rows: Vec<Value> = t
            .rows
            .iter()
            .map(|r| {
                let mut row = serde_json::Map::new();
                row.insert("key".into(), json!(r.key.code()));
                row.insert("label".into(), json!(r.key.label(lang)));
                for (c, v) in t.columns.iter().zip(&r.cells) {
                    row.insert(c.key.into(), json_cell(v));
                }
                Value::Object(row)
            })
            .collect();
        tables.insert(
            t.id.code().into(),
            json!({
                "title": lang.t(t.id.title()),
                "columns": t.columns.iter().map(|c| c.key).collect::<Vec<_>>(),
                "rows": rows,
            }),
        );
    }
    json!({
        "lotse_figures": 1,
        "language": lang.code(),
        "period": { "from": f.period.from.iso(), "to": f.period.to.iso() },
        "made": f.today.iso(),
        "suppressed_below": super::SUPPRESS_BELOW,
        "tables": Value::Object(tables),
    })
}
