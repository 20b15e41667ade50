//! From rows to a plan: which offers are new, which change, which stay as they are and which
//! rows are rejected, with every finding in row order; and the report a counsellor reads.
//!
//! Rules (see `docs/import-export.md`): a row whose id exists updates that offer, and only the
//! fields the file has a column (or JSON key) for; every value depends on the row alone, so the
//! same file imported twice changes nothing the second time. A row without an id gets a stable
//! one made from its title and provider.

use super::apply::apply;
use super::fields::Field;
use super::report::{ColumnRef, Issue, IssueKind, Place, Severity, ValueType};
use super::{FileFormat, Raw, RawRow, Rows, Source};
use crate::domain::text::normalize;
use crate::domain::{Offer, OfferId};
use crate::i18n::{Lang, Tx};
use crate::safe_text::visible;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};

/// `read = new + updated + unchanged + rejected`, always.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub read: usize,
    pub new: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub rejected: usize,
}

/// What an import would do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// New and changed offers from rows without errors, in file order.
    pub writes: Vec<Offer>,
    pub counts: Counts,
    /// File-level warnings first, then each row's findings in row order.
    pub issues: Vec<Issue>,
}

impl Plan {
    pub fn errors(&self) -> usize {
        self.issues.iter().filter(|i| i.kind.severity() == Severity::Error).count()
    }

    pub fn warnings(&self) -> usize {
        self.issues.len() - self.errors()
    }
}

pub fn plan(rows: Rows, existing: &BTreeMap<OfferId, Offer>) -> Plan {
    let mut plan = Plan { writes: Vec::new(), counts: Counts::default(), issues: rows.issues };
    let mut seen: HashMap<OfferId, Place> = HashMap::new();
    for row in rows.rows {
        plan.counts.read += 1;
        let mut errors = Vec::new();
        let mut warnings = Vec::new();
        // An entry that is not an object has nothing more to report.
        let not_offer = row.problems.iter().any(|(_, k)| *k == IssueKind::NotAnObject);
        let offer = match not_offer {
            true => None,
            false => row_offer(row.clone(), existing, &mut seen, &mut errors, &mut warnings),
        };
        let mut problems = row.problems;
        problems.extend(errors.iter().cloned());
        problems.extend(warnings);
        // Reading problems first, then field errors and warnings, each group in column order.
        problems.sort_by_key(|(c, k)| (k.severity() == Severity::Warning, c.as_ref().and_then(|c| c.index)));
        let rejected = problems.iter().any(|(_, k)| k.severity() == Severity::Error);
        plan.issues.extend(problems.into_iter().map(|(column, kind)| Issue {
            place: row.place.clone(),
            column,
            kind,
        }));
        match offer {
            Some(o) if !rejected => match existing.get(&o.id) {
                Some(old) if *old == o => plan.counts.unchanged += 1,
                Some(_) => {
                    plan.counts.updated += 1;
                    plan.writes.push(o);
                }
                None => {
                    plan.counts.new += 1;
                    plan.writes.push(o);
                }
            },
            _ => plan.counts.rejected += 1,
        }
    }
    plan
}

type Found = Vec<(Option<ColumnRef>, IssueKind)>;

/// Builds the offer of one row on top of the stored one; `None` when the id itself is unusable
/// (the fields are still checked, so that every problem of the row is reported at once).
fn row_offer(
    row: RawRow,
    existing: &BTreeMap<OfferId, Offer>,
    seen: &mut HashMap<OfferId, Place>,
    errors: &mut Found,
    warnings: &mut Found,
) -> Option<Offer> {
    let mut cells = row.cells;
    cells.sort_by_key(|c| c.0);
    let id = row_id(&cells, errors, warnings);
    if let Some(id) = &id {
        if let Some(first) = seen.get(id) {
            let column = cells.iter().find(|c| c.0 == Field::Id).map(|c| c.1.clone());
            errors.push((column, IssueKind::DuplicateId { id: id.to_string(), first: first.clone() }));
        } else {
            seen.insert(id.clone(), row.place.clone());
        }
    }
    let base = id.as_ref().and_then(|id| existing.get(id).cloned());
    let placeholder = || OfferId::parse("x").expect("literal id is valid");
    let mut offer = base.unwrap_or_else(|| Offer::new(id.clone().unwrap_or_else(placeholder), ""));
    let mut title_column = None;
    let has_hours_note = cells.iter().any(|c| c.0 == Field::HoursNote);
    for (field, column, raw) in cells {
        if field == Field::Title {
            title_column = Some(column.clone());
        }
        // Hours that do not parse become the note, in front of the row's own note. Without a
        // note column the stored note must not take part, or a second import would repeat it.
        let stored_note =
            (field == Field::Hours && !has_hours_note).then(|| std::mem::take(&mut offer.hours.note));
        let mut w = Vec::new();
        if let Err(kind) = apply(field, raw, &mut offer, &mut w) {
            errors.push((Some(column.clone()), kind));
        }
        if let Some(note) = stored_note.filter(|_| !w.iter().any(|k| matches!(k, IssueKind::HoursAsNote(_))))
        {
            offer.hours.note = note;
        }
        warnings.extend(w.into_iter().map(|k| (Some(column.clone()), k)));
    }
    let title_reported =
        errors.iter().any(|(c, k)| *k == IssueKind::MissingTitle || (c.is_some() && *c == title_column));
    if offer.title.is_empty() && !title_reported {
        errors.push((title_column, IssueKind::MissingTitle));
    }
    id.map(|_| offer)
}

/// The row's id, or a generated one when the id cell is missing or empty.
fn row_id(cells: &[(Field, ColumnRef, Raw)], errors: &mut Found, warnings: &mut Found) -> Option<OfferId> {
    let cell = |f: Field| cells.iter().find(|c| c.0 == f);
    // Normalised without the length limit: an overlong id is a bad id, not a missing one.
    let text = |f: Field| match cell(f).map(|c| &c.2) {
        Some(Raw::Text(s)) => normalize(s, false),
        _ => (String::new(), false),
    };
    if let Some((_, column, Raw::List(_) | Raw::Slots(_))) = cell(Field::Id) {
        errors.push((Some(column.clone()), IssueKind::WrongType(ValueType::Text)));
        return None;
    }
    let (given, removed) = text(Field::Id);
    if removed {
        warnings.push((cell(Field::Id).map(|c| c.1.clone()), IssueKind::ControlChars));
    }
    if given.is_empty() {
        let title = text(Field::Title).0;
        if title.is_empty() {
            errors.push((cell(Field::Title).map(|c| c.1.clone()), IssueKind::MissingTitle));
            return None;
        }
        return Some(generated_id(&title, &text(Field::Provider).0));
    }
    let id = OfferId::parse(&given);
    if id.is_none() {
        errors.push((cell(Field::Id).map(|c| c.1.clone()), IssueKind::BadId(given)));
    }
    id
}

/// A stable id from title and provider: a readable part of the title and 8 hex digits of a
/// SHA-256 over both (case and umlaut spelling do not matter). The same row always gets the
/// same id, so importing a file without ids twice does not duplicate its offers.
pub fn generated_id(title: &str, provider: &str) -> OfferId {
    let fold = super::text::fold;
    let mut slug = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'ä' => "ae".into(),
            'ö' => "oe".into(),
            'ü' => "ue".into(),
            'ß' => "ss".into(),
            c if c.is_ascii_alphanumeric() => c.to_string(),
            _ => "-".into(),
        };
        if !(c == "-" && (slug.is_empty() || slug.ends_with('-'))) {
            slug.push_str(&c);
        }
        if slug.len() >= 20 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    let hash = Sha256::digest(format!("{}\u{1f}{}", fold(title), fold(provider)).as_bytes());
    let hex: String = hash.iter().take(4).map(|b| format!("{b:02x}")).collect();
    let id = if slug.is_empty() { hex } else { format!("{slug}-{hex}") };
    // Only ASCII letters, digits and '-', at most 29 characters: always a valid id.
    OfferId::parse(&id).unwrap_or_else(|| OfferId::parse("import").expect("literal id is valid"))
}

/// What happened to the plan, for the report's last line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    DryRun,
    /// Rows were rejected, so nothing was written.
    Refused,
    /// Written; with `--skip-invalid` rejected rows were left out.
    Saved,
}

/// Findings shown before "… and N more".
const MAX_SHOWN: usize = 200;

/// The report: the file and how it was read, every finding (up to a limit), the counts and
/// the outcome. Everything from the file is made visible (no control characters).
pub fn render(plan: &Plan, source: &Source, file: &str, outcome: Outcome, lang: Lang) -> String {
    let mut out = String::new();
    let file = visible(file);
    let head = match (source.format, source.encoding, source.delimiter) {
        (FileFormat::Csv, Some(enc), Some(d)) => {
            let d = if d == b'\t' { "Tab".to_string() } else { (d as char).to_string() };
            lang.f(Tx::SumFileCsv, &[&file, &d, &enc.name()])
        }
        _ => lang.f(Tx::SumFileJson, &[&file]),
    };
    out.push_str(&head);
    out.push('\n');
    for issue in plan.issues.iter().take(MAX_SHOWN) {
        out.push_str(&visible(&issue.message(lang)));
        out.push('\n');
    }
    if plan.issues.len() > MAX_SHOWN {
        out.push_str(&lang.f(Tx::SumMore, &[&(plan.issues.len() - MAX_SHOWN)]));
        out.push('\n');
    }
    let c = plan.counts;
    out.push_str(&lang.f(Tx::SumCounts, &[&c.read, &c.new, &c.updated, &c.unchanged, &c.rejected]));
    out.push('\n');
    if !plan.issues.is_empty() {
        out.push_str(&lang.f(Tx::SumIssues, &[&plan.errors(), &plan.warnings()]));
        out.push('\n');
    }
    let last = match outcome {
        Outcome::DryRun => lang.t(Tx::SumDryRun).to_string(),
        Outcome::Refused => lang.f(Tx::SumRejected, &[&c.rejected, &c.read]),
        Outcome::Saved if plan.writes.is_empty() && c.rejected == 0 => lang.t(Tx::SumNothing).to_string(),
        Outcome::Saved => {
            let mut s = lang.f(Tx::SumSaved, &[&c.new, &c.updated]);
            if c.rejected > 0 {
                s = format!("{s} {}", lang.f(Tx::SumSkipped, &[&c.rejected]));
            }
            s
        }
    };
    out.push_str(&last);
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Rows {
        super::super::read(text.as_bytes(), Some(FileFormat::Csv)).unwrap().1
    }

    #[test]
    fn counts_add_up_and_a_second_import_changes_nothing() {
        let text = "id;titel;email;zeiten\nA;Eins;;nach Vereinbarung\nB;Zwei;x@y;\n;Drei;;\nA;Doppelt;;\n";
        let first = plan(rows(text), &BTreeMap::new());
        assert_eq!(first.counts, Counts { read: 4, new: 2, updated: 0, unchanged: 0, rejected: 2 });
        let db: BTreeMap<OfferId, Offer> = first.writes.iter().map(|o| (o.id.clone(), o.clone())).collect();
        let again = plan(rows(text), &db);
        assert_eq!(again.counts, Counts { read: 4, new: 0, updated: 0, unchanged: 2, rejected: 2 });
        assert!(again.writes.is_empty());
    }

    #[test]
    fn updates_keep_fields_without_a_column() {
        let mut old = Offer::new(OfferId::parse("A").unwrap(), "Alt");
        old.phone = "012345 6789".into();
        old.internal_note = "intern".into();
        let db = BTreeMap::from([(old.id.clone(), old)]);
        let p = plan(rows("id;titel\nA;Neu\n"), &db);
        assert_eq!(p.counts.updated, 1);
        assert_eq!((p.writes[0].title.as_str(), p.writes[0].phone.as_str()), ("Neu", "012345 6789"));
        assert_eq!(p.writes[0].internal_note, "intern");
    }

    #[test]
    fn ids_are_generated_stably_from_title_and_provider() {
        let a = generated_id("Sprachcafé im Stadtteilzentrum", "Nachbarschaftsverein");
        assert_eq!(a, generated_id("SPRACHCAFÉ im Stadtteilzentrum", "nachbarschaftsverein"));
        assert_ne!(a, generated_id("Sprachcafé im Stadtteilzentrum", "VHS"));
        assert!(a.as_str().starts_with("sprachcaf-im-stadtte"), "{a}");
        assert!(generated_id("日本語", "").as_str().len() == 8);
        let p = plan(rows("titel;anbieter\nSprachcafé;Verein\n"), &BTreeMap::new());
        assert_eq!(p.writes[0].id, generated_id("Sprachcafé", "Verein"));
    }

    #[test]
    fn a_row_with_several_errors_reports_each() {
        let p = plan(rows("id;titel;email;telefon\nbad id;T;x;y\n"), &BTreeMap::new());
        let kinds: Vec<_> = p.issues.iter().map(|i| i.kind.clone()).collect();
        assert_eq!(
            kinds,
            [
                IssueKind::BadId("bad id".into()),
                IssueKind::BadEmail("x".into()),
                IssueKind::BadPhone("y".into())
            ]
        );
        let p = plan(rows("id;titel;email;telefon\nok;;x;y\n"), &BTreeMap::new());
        let kinds: Vec<_> = p.issues.iter().map(|i| i.kind.clone()).collect();
        assert_eq!(
            kinds,
            [IssueKind::MissingTitle, IssueKind::BadEmail("x".into()), IssueKind::BadPhone("y".into())]
        );
        assert_eq!(p.counts.rejected, 1);
        let long = format!("id;titel\n{};T\n", "x".repeat(300));
        let p = plan(rows(&long), &BTreeMap::new());
        assert!(matches!(&p.issues[0].kind, IssueKind::BadId(id) if id.len() == 300), "{:?}", p.issues);
    }
}
