//! From rows to a plan: which offers are new, which change, which stay as they are and which
//! rows are rejected, with every finding in row order; and the report a counsellor reads.
//!
//! Rules (see `docs/import-export.md`): a row whose id exists updates that offer, and only the
//! fields the file has a column (or JSON key) for; every value depends on the row alone, so the
//! same file imported twice changes nothing the second time. A row without an id gets a stable
//! one made from its title and provider.

use super::apply::{Condition, Ctx, Keep, Mapped, Mapping, NOTE_MAX, Region, TEXT_MAX, apply};
use super::fields::Field;
use super::report::{ColumnRef, Issue, IssueKind, Place, Severity, ValueType};
use super::{FileFormat, Raw, RawRow, Rows, Source};
use crate::domain::conditions::{self, Source as TextSource};
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

/// One mapping as the report lists it: once, with the rows it touched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MappingCount {
    /// The column (or JSON key) as the file names it.
    pub column: String,
    pub field: Field,
    pub from: String,
    pub to: Mapped,
    pub rows: usize,
}

/// What an import would do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// New and changed offers from rows without errors, in file order.
    pub writes: Vec<Offer>,
    pub counts: Counts,
    /// File-level warnings first, then each row's findings in row order.
    pub issues: Vec<Issue>,
    /// How values that were not simply codes were read, in order of first appearance.
    pub mappings: Vec<MappingCount>,
}

impl Plan {
    pub fn errors(&self) -> usize {
        self.issues.iter().filter(|i| i.kind.severity() == Severity::Error).count()
    }

    pub fn warnings(&self) -> usize {
        self.issues.len() - self.errors()
    }

    /// The mapping of `from` in `field`, if any (for tests and the report).
    pub fn mapping(&self, field: Field, from: &str) -> Option<&MappingCount> {
        self.mappings.iter().find(|m| m.field == field && m.from == from)
    }
}

/// The region's towns: every offer's town and every town a service area names, from the file
/// and from the database.
fn region(rows: &Rows, existing: &BTreeMap<OfferId, Offer>) -> Region {
    let mut r = Region::default();
    for o in existing.values() {
        r.add(&o.town);
        for t in o.towns() {
            r.add(t);
        }
    }
    let text = |raw: &Raw| match raw {
        Raw::Text(s) => normalize(s, false).0,
        _ => String::new(),
    };
    for row in &rows.rows {
        for (field, _, raw) in &row.cells {
            match field {
                Field::Town => r.add(&text(raw)),
                Field::Towns => {
                    for t in super::values::split_list(&text(raw)) {
                        r.add(t);
                    }
                }
                _ => {}
            }
        }
    }
    // Towns that service areas name, as far as they are towns (read against what is known).
    let known = r.clone();
    for row in &rows.rows {
        for (field, _, raw) in &row.cells {
            let t = text(raw);
            if *field == Field::ServiceArea && !t.is_empty() && super::values::service_area(&t).is_none() {
                for town in super::values::area_from_towns(&t, "", &known).1 {
                    r.add(&town);
                }
            }
        }
    }
    r
}

pub fn plan(rows: Rows, existing: &BTreeMap<OfferId, Offer>) -> Plan {
    let region = region(&rows, existing);
    let mut plan =
        Plan { writes: Vec::new(), counts: Counts::default(), issues: rows.issues, mappings: Vec::new() };
    let mut seen: HashMap<OfferId, Place> = HashMap::new();
    let mut counted: HashMap<(String, Field, String, Mapped), usize> = HashMap::new();
    for row in rows.rows {
        plan.counts.read += 1;
        let mut errors = Vec::new();
        let mut warnings = Vec::new();
        let mut mappings = Vec::new();
        // An entry that is not an object has nothing more to report.
        let not_offer = row.problems.iter().any(|(_, k)| *k == IssueKind::NotAnObject);
        let offer = match not_offer {
            true => None,
            false => {
                let mut found =
                    Found { errors: &mut errors, warnings: &mut warnings, mappings: &mut mappings };
                row_offer(row.clone(), existing, &mut seen, &region, &mut found)
            }
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
        // Each mapping once per row; the report counts rows.
        mappings.dedup();
        let mut this_row: Vec<(String, Field, String, Mapped)> = Vec::new();
        for (column, m) in mappings {
            let key = (column, m.field, m.from, m.to);
            if this_row.contains(&key) {
                continue;
            }
            this_row.push(key.clone());
            match counted.get(&key) {
                Some(&i) => plan.mappings[i].rows += 1,
                None => {
                    counted.insert(key.clone(), plan.mappings.len());
                    let (column, field, from, to) = key;
                    plan.mappings.push(MappingCount { column, field, from, to, rows: 1 });
                }
            }
        }
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

type Findings = Vec<(Option<ColumnRef>, IssueKind)>;

/// What one row's reading found.
struct Found<'a> {
    errors: &'a mut Findings,
    warnings: &'a mut Findings,
    mappings: &'a mut Vec<(String, Mapping)>,
}

/// Builds the offer of one row on top of the stored one; `None` when the id itself is unusable
/// (the fields are still checked, so that every problem of the row is reported at once).
fn row_offer(
    row: RawRow,
    existing: &BTreeMap<OfferId, Offer>,
    seen: &mut HashMap<OfferId, Place>,
    region: &Region,
    found: &mut Found,
) -> Option<Offer> {
    let mut cells = row.cells;
    cells.sort_by_key(|c| c.0);
    let id = row_id(&cells, found.errors, found.warnings);
    if let Some(id) = &id {
        if let Some(first) = seen.get(id) {
            let column = cells.iter().find(|c| c.0 == Field::Id).map(|c| c.1.clone());
            found.errors.push((column, IssueKind::DuplicateId { id: id.to_string(), first: first.clone() }));
        } else {
            seen.insert(id.clone(), row.place.clone());
        }
    }
    let base = id.as_ref().and_then(|id| existing.get(id).cloned());
    let placeholder = || OfferId::parse("x").expect("literal id is valid");
    let mut offer = base.unwrap_or_else(|| Offer::new(id.clone().unwrap_or_else(placeholder), ""));
    let mut title_column = None;
    let column_of = |f: Field| cells.iter().find(|c| c.0 == f).map(|c| c.1.clone());
    let filled = |f: Field| {
        cells.iter().any(|c| {
            c.0 == f
                && match &c.2 {
                    Raw::Null => false,
                    Raw::Text(s) => !s.trim().is_empty(),
                    Raw::List(l) => !l.is_empty(),
                    Raw::Slots(s) => !s.is_empty(),
                }
        })
    };
    let explicit = Explicit {
        min_age: filled(Field::MinAge),
        max_age: filled(Field::MaxAge),
        min_german: filled(Field::MinGerman),
        residence: filled(Field::Residence),
        said: cells.iter().any(|c| c.0 == Field::FromText),
    };
    let note_column = column_of(Field::Eligibility);
    let description_column = column_of(Field::Description);
    let title_col = column_of(Field::Title);
    let mut kept: Vec<(Keep, String, ColumnRef)> = Vec::new();
    for (field, column, raw) in cells.clone() {
        if field == Field::Title {
            title_column = Some(column.clone());
        }
        let mut cx = Ctx::new(region);
        if let Err(kind) = apply(field, raw, &mut offer, &mut cx) {
            found.errors.push((Some(column.clone()), kind));
        }
        found.warnings.extend(cx.warnings.into_iter().map(|k| (Some(column.clone()), k)));
        found.mappings.extend(cx.mappings.into_iter().map(|m| (column.name.clone(), m)));
        kept.extend(cx.kept.into_iter().map(|(k, t)| (k, t, column.clone())));
    }
    for (keep, text, column) in kept {
        if let Err(kind) = keep_text(&mut offer, keep, &text) {
            found.errors.push((Some(column), kind));
        }
    }
    if !explicit.said {
        let sources =
            [(note_column, Text::Note), (description_column, Text::Description), (title_col, Text::Title)];
        infer(&mut offer, &explicit, &sources, found.mappings);
    }
    let title_reported = found
        .errors
        .iter()
        .any(|(c, k)| *k == IssueKind::MissingTitle || (c.is_some() && *c == title_column));
    if offer.title.is_empty() && !title_reported {
        found.errors.push((title_column, IssueKind::MissingTitle));
    }
    id.map(|_| offer)
}

/// Puts text that did not fit its field where it is kept: in front of the note (unless the
/// note holds it already, so a second import changes nothing), or as a keyword.
fn keep_text(offer: &mut Offer, keep: Keep, text: &str) -> Result<(), IssueKind> {
    match keep {
        Keep::Keywords => {
            let f = super::text::fold(text);
            if !offer.keywords.iter().any(|k| super::text::fold(k) == f) {
                offer.keywords.push(text.into());
            }
            Ok(())
        }
        Keep::CostNote => joined_note(&mut offer.cost_note, text, TEXT_MAX),
        Keep::HoursNote => joined_note(&mut offer.hours.note, text, TEXT_MAX),
        Keep::EligibilityNote => joined_note(&mut offer.eligibility.note, text, NOTE_MAX),
        Keep::ProviderTypeNote => {
            let mut note: crate::domain::offer::Text = offer.provider_type_note().into();
            joined_note(&mut note, text, TEXT_MAX)?;
            offer.set_provider_type_note(note);
            Ok(())
        }
    }
}

/// `text` in front of `note`, unless the note holds it already.
fn joined_note(note: &mut crate::domain::offer::Text, text: &str, max: usize) -> Result<(), IssueKind> {
    if note.contains(text) {
        return Ok(());
    }
    let joined: crate::domain::offer::Text =
        if note.is_empty() { text.into() } else { format!("{text}; {note}").into() };
    let len = joined.chars().count();
    if len > max {
        return Err(IssueKind::TooLong { len, max });
    }
    *note = joined;
    Ok(())
}

/// Which conditions the row states in their own columns, and whether it says which were read
/// from text (a Lotse export does: then nothing is inferred).
struct Explicit {
    min_age: bool,
    max_age: bool,
    min_german: bool,
    residence: bool,
    said: bool,
}

/// The texts conditions are read from.
#[derive(Clone, Copy)]
enum Text {
    Note,
    Description,
    Title,
}

/// Conditions read from the conditions column, else the description, else the title, into the
/// structured fields that the row leaves empty (or that an earlier import read from text);
/// marked as read from text until a counsellor confirms them.
fn infer(
    offer: &mut Offer,
    explicit: &Explicit,
    sources: &[(Option<ColumnRef>, Text)],
    mappings: &mut Vec<(String, Mapping)>,
) {
    let texts: Vec<(String, String, TextSource)> = sources
        .iter()
        .map(|(c, which)| {
            let (text, src, field) = match which {
                Text::Note => (&offer.eligibility.note, TextSource::Conditions, Field::Eligibility),
                Text::Description => (&offer.description, TextSource::Description, Field::Description),
                Text::Title => (&offer.title, TextSource::Description, Field::Title),
            };
            let name = c
                .as_ref()
                .map_or_else(|| field.csv_header().unwrap_or_default().to_string(), |c| c.name.clone());
            (name, text.to_string(), src)
        })
        .collect();
    let reads: Vec<(String, conditions::Found)> =
        texts.iter().map(|(name, text, src)| (name.clone(), conditions::read(text, *src))).collect();
    let e = &mut offer.eligibility;
    let mut note = |column: &str, what: Condition, phrase: &str, value: String| {
        let m = Mapping {
            field: Field::Eligibility,
            from: phrase.to_string(),
            to: Mapped::Condition { what, value },
        };
        mappings.push((column.to_string(), m));
    };
    // Minimum age.
    if explicit.min_age {
        e.from_text.min_age = false;
    } else if e.min_age.is_none() || e.from_text.min_age {
        match reads.iter().find_map(|(c, f)| f.min_age.clone().map(|v| (c, v))) {
            Some((c, (age, phrase))) => {
                (e.min_age, e.from_text.min_age) = (Some(age), true);
                note(c, Condition::MinAge, &phrase, age.to_string());
            }
            None => (e.min_age, e.from_text.min_age) = (None, false),
        }
    }
    if explicit.max_age {
        e.from_text.max_age = false;
    } else if e.max_age.is_none() || e.from_text.max_age {
        match reads.iter().find_map(|(c, f)| f.max_age.clone().map(|v| (c, v))) {
            Some((c, (age, phrase))) => {
                (e.max_age, e.from_text.max_age) = (Some(age), true);
                note(c, Condition::MaxAge, &phrase, age.to_string());
            }
            None => (e.max_age, e.from_text.max_age) = (None, false),
        }
    }
    if explicit.min_german {
        e.from_text.min_german = false;
    } else if e.min_german.is_none() || e.from_text.min_german {
        match reads.iter().find_map(|(c, f)| f.min_german.clone().map(|v| (c, v))) {
            Some((c, (level, phrase))) => {
                (e.min_german, e.from_text.min_german) = (Some(level), true);
                note(c, Condition::MinGerman, &phrase, level.code().to_string());
            }
            None => (e.min_german, e.from_text.min_german) = (None, false),
        }
    }
    if explicit.residence {
        e.from_text.residence = false;
    } else if e.residence.is_empty() || e.from_text.residence {
        match reads.iter().find(|(_, f)| !f.residence.is_empty()) {
            Some((c, f)) => {
                e.residence = f.residence.iter().map(|r| r.0).collect();
                e.from_text.residence = true;
                for (basis, phrase) in &f.residence {
                    note(c, Condition::Residence, phrase, basis.code().to_string());
                }
            }
            None => (e.residence, e.from_text.residence) = (Default::default(), false),
        }
    }
}

/// The row's id, or a generated one when the id cell is missing or empty.
fn row_id(
    cells: &[(Field, ColumnRef, Raw)],
    errors: &mut Findings,
    warnings: &mut Findings,
) -> Option<OfferId> {
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
    let head = match (source.format, source.encoding, source.delimiter, &source.sheet) {
        (FileFormat::Csv, Some(enc), Some(d), _) => {
            let d = if d == b'\t' { "Tab".to_string() } else { (d as char).to_string() };
            lang.f(Tx::SumFileCsv, &[&file, &d, &enc.name()])
        }
        (FileFormat::Workbook, _, _, Some((kind, name))) => {
            let kind = match kind {
                super::Workbook::Xlsx => "Excel .xlsx",
                super::Workbook::Xls => "Excel .xls",
                super::Workbook::Ods => "LibreOffice .ods",
            };
            lang.f(Tx::SumFileSheet, &[&file, &kind, &visible(name)])
        }
        (FileFormat::Hsds, ..) => lang.f(Tx::SumFileHsds, &[&file]),
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
    if !plan.mappings.is_empty() {
        out.push_str(lang.t(Tx::SumMappings));
        out.push('\n');
        for m in plan.mappings.iter().take(MAX_SHOWN) {
            out.push_str(&visible(&mapping_line(m, lang)));
            out.push('\n');
        }
        if plan.mappings.len() > MAX_SHOWN {
            out.push_str(&lang.f(Tx::SumMore, &[&(plan.mappings.len() - MAX_SHOWN)]));
            out.push('\n');
        }
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

/// "  Spalte „kosten“: „Gebühr ca. 50 €“ → kostenpflichtig, Text als Hinweis behalten (3 Zeilen)"
pub fn mapping_line(m: &MappingCount, lang: Lang) -> String {
    let from = super::report::shorten(&m.from);
    let what = match &m.to {
        Mapped::Code { to, kept: false } => lang.f(Tx::MapCode, &[&from, to]),
        Mapped::Code { to, kept: true } => lang.f(Tx::MapCodeKept, &[&from, to]),
        Mapped::Unclear { to } if to.is_empty() => lang.f(Tx::MapUnclearNote, &[&from]),
        Mapped::Unclear { to } => lang.f(Tx::MapUnclear, &[&from, to]),
        Mapped::Towns(towns) => lang.f(Tx::MapTowns, &[&from, &towns.join(", ")]),
        Mapped::Keyword => lang.f(Tx::MapKeyword, &[&from]),
        Mapped::Condition { what, value } => {
            let t = match what {
                Condition::MinAge => Tx::CondMinAge,
                Condition::MaxAge => Tx::CondMaxAge,
                Condition::MinGerman => Tx::CondGerman,
                Condition::Residence => Tx::CondResidence,
            };
            lang.f(Tx::MapCondition, &[&from, &lang.f(t, &[value])])
        }
    };
    let rows = match m.rows {
        1 => lang.t(Tx::MapRowsOne).to_string(),
        n => lang.f(Tx::MapRows, &[&n]),
    };
    lang.f(Tx::MapLine, &[&super::report::shorten(&m.column), &what, &rows])
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

#[cfg(test)]
mod tolerant {
    use super::*;

    fn plan_of(text: &str) -> Plan {
        plan(super::super::read(text.as_bytes(), Some(FileFormat::Csv)).unwrap().1, &BTreeMap::new())
    }

    #[test]
    fn each_mapping_is_listed_once_with_its_rows() {
        let p = plan_of(
            "titel;kosten;anbietertyp\nA;Gebühr ca. 50 €;Wohlfahrtsverband\nB;Gebühr ca. 50 €;Wohlfahrtsverband\nC;kostenlos;VHS\n",
        );
        assert_eq!(p.counts.rejected, 0);
        let cost = p.mapping(Field::Cost, "Gebühr ca. 50 €").unwrap();
        assert_eq!(cost.rows, 2);
        assert_eq!(p.mappings.len(), 2, "{:?}", p.mappings);
        assert_eq!(p.writes[0].cost_note, "Gebühr ca. 50 €");
        assert_eq!(p.writes[0].provider_type_note(), "Wohlfahrtsverband");
        assert_eq!(
            mapping_line(cost, Lang::De),
            "  Spalte „kosten“: „Gebühr ca. 50 €“ → kostenpflichtig, Text als Hinweis behalten (2 Zeilen)"
        );
        let text = render(
            &p,
            &Source { format: FileFormat::Csv, encoding: None, delimiter: None, sheet: None },
            "x",
            Outcome::DryRun,
            Lang::En,
        );
        assert!(text.contains("Mappings (each once"), "{text}");
        assert!(text.contains("\"Wohlfahrtsverband\" → beratung, text kept as a note (2 rows)"), "{text}");
    }

    #[test]
    fn conditions_from_text_fill_empty_fields_and_are_marked() {
        let p = plan_of(
            "titel;voraussetzungen;mindestalter\nJMD;für junge Menschen von 12 bis 27, Deutsch ab A2;\nMBE;ab 27;30\n",
        );
        let jmd = &p.writes[0];
        assert_eq!((jmd.eligibility.min_age, jmd.eligibility.max_age), (Some(12), Some(27)));
        assert_eq!(jmd.eligibility.min_german, Some(crate::domain::GermanLevel::A2));
        assert!(jmd.eligibility.from_text.min_age && jmd.eligibility.from_text.min_german);
        let mbe = &p.writes[1];
        assert_eq!(mbe.eligibility.min_age, Some(30), "its own column wins");
        assert!(!mbe.eligibility.from_text.min_age);
        // Importing the same rows again (over what was saved) changes nothing.
        let db: BTreeMap<OfferId, Offer> = p.writes.iter().map(|o| (o.id.clone(), o.clone())).collect();
        let text = "titel;voraussetzungen;mindestalter\nJMD;für junge Menschen von 12 bis 27, Deutsch ab A2;\nMBE;ab 27;30\n";
        let again = plan(super::super::read(text.as_bytes(), Some(FileFormat::Csv)).unwrap().1, &db);
        assert_eq!(again.counts.unchanged, 2);
    }

    #[test]
    fn a_confirmed_condition_is_not_read_again() {
        let mut o = Offer::new(OfferId::parse("A").unwrap(), "A");
        o.eligibility.note = "ab 27".into();
        o.eligibility.min_age = Some(26);
        let db = BTreeMap::from([(o.id.clone(), o)]);
        let p = plan(
            super::super::read(b"id;titel;voraussetzungen\nA;A;ab 27\n", Some(FileFormat::Csv)).unwrap().1,
            &db,
        );
        assert_eq!(p.counts.unchanged, 1, "a counsellor's 26 stays");
    }

    #[test]
    fn kept_text_is_not_repeated_by_a_second_import() {
        let text = "id;titel;kosten;kosten_hinweis\nA;A;50 € pro Kurs;Ermäßigung möglich\n";
        let p = plan_of(text);
        assert_eq!(p.writes[0].cost_note, "50 € pro Kurs; Ermäßigung möglich");
        let db: BTreeMap<OfferId, Offer> = p.writes.iter().map(|o| (o.id.clone(), o.clone())).collect();
        let without_note = "id;titel;kosten\nA;A;50 € pro Kurs\n";
        let again = plan(super::super::read(without_note.as_bytes(), Some(FileFormat::Csv)).unwrap().1, &db);
        assert_eq!(again.counts.unchanged, 1);
    }
}
