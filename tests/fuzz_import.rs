//! Import and restore fuzzing (issue 16), bounded so that it runs in CI with every `cargo
//! test`: the seeds in `tests/fixtures/fuzz/` mutated at random. For every input: no panic,
//! at most 2 s per MiB (with a floor for tiny inputs), read = new + updated + unchanged +
//! rejected, and no U+FFFD stored without a warning that names its row and column. A refused
//! restore leaves the target empty.

#![allow(clippy::unwrap_used)]

use lotse::domain::{Offer, OfferId};
use lotse::transfer::{FileError, IssueKind, Place, Severity};
use proptest::prelude::*;
use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

fn seed(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz").join(name)).unwrap()
}

const IMPORT_SEEDS: &[&str] = &[
    "seed_utf8_bom.csv",
    "seed_windows1252.csv",
    "seed_messy.csv",
    "seed_offers.json",
    "seed_utf8_stray_ff.csv",
    "seed_bom_invalid.csv",
];

/// Bytes that break files in the ways spreadsheets and transfers do.
const NASTY: &[&[u8]] = &[
    b"\xFF",
    b"\xC3",
    b"\xC3\x28",
    b"\xEF\xBB\xBF",
    b"\xFF\xFE",
    b"\"",
    b";",
    b",",
    b"\t",
    b"\r\n",
    b"\n",
    b"\x00",
    b"\x1b]0;x\x07",
    b"{",
    b"}",
    b"[",
    b"\"titel\":",
    b"\xE2\x80\xAE",
    b"=HYPERLINK(\"x\")",
];

#[derive(Debug, Clone)]
enum Mutation {
    Flip(usize, u8),
    Insert(usize, usize),
    Delete(usize, usize),
    Duplicate(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(p, b)| Mutation::Flip(p, b)),
        (any::<usize>(), 0..NASTY.len()).prop_map(|(p, i)| Mutation::Insert(p, i)),
        (any::<usize>(), 1usize..64).prop_map(|(p, n)| Mutation::Delete(p, n)),
        (any::<usize>(), 1usize..256).prop_map(|(p, n)| Mutation::Duplicate(p, n)),
    ]
}

fn mutate(mut bytes: Vec<u8>, muts: &[Mutation]) -> Vec<u8> {
    for m in muts {
        let len = bytes.len().max(1);
        match *m {
            Mutation::Flip(p, b) if !bytes.is_empty() => bytes[p % len] = b,
            Mutation::Insert(p, i) => {
                let at = p % (bytes.len() + 1);
                bytes.splice(at..at, NASTY[i].iter().copied());
            }
            Mutation::Delete(p, n) if !bytes.is_empty() => {
                let at = p % len;
                let end = (at + n).min(bytes.len());
                bytes.drain(at..end);
            }
            Mutation::Duplicate(p, n) if !bytes.is_empty() => {
                let at = p % len;
                let end = (at + n).min(bytes.len());
                let copy = bytes[at..end].to_vec();
                bytes.splice(end..end, copy);
            }
            _ => {}
        }
    }
    bytes
}

fn budget(bytes: usize) -> Duration {
    // 2 s per MiB, and half a second for the fixed costs of a tiny file in a debug build.
    Duration::from_millis(500) + Duration::from_secs_f64(2.0 * bytes as f64 / (1024.0 * 1024.0))
}

fn existing() -> BTreeMap<OfferId, Offer> {
    let id = OfferId::parse("ABH-STADT").unwrap();
    let mut m = BTreeMap::new();
    m.insert(id.clone(), Offer::new(id, "Ausländerbehörde Stadt Hafenau"));
    m
}

/// Reads and plans one input; checks everything the issue asks of an import.
fn check_import(bytes: &[u8]) -> Result<(), TestCaseError> {
    let began = Instant::now();
    let read = lotse::transfer::read(bytes, None);
    let outcome = read.map(|(_, rows)| lotse::transfer::plan(rows, &existing()));
    let took = began.elapsed();
    prop_assert!(took <= budget(bytes.len()), "{} bytes took {took:?}", bytes.len());
    let Ok(plan) = outcome else { return Ok(()) };
    let c = &plan.counts;
    prop_assert_eq!(c.read, c.new + c.updated + c.unchanged + c.rejected, "{:?}", c);
    let stores_fffd = plan.writes.iter().any(|o| serde_json::to_string(o).unwrap().contains('\u{FFFD}'));
    if stores_fffd {
        let named = plan.issues.iter().any(|i| {
            i.kind == IssueKind::ReplacementChar
                && i.kind.severity() == Severity::Warning
                && i.column.is_some()
                && matches!(i.place, Place::Row { .. } | Place::Entry(_))
        });
        prop_assert!(named, "U+FFFD stored without a warning naming row and column: {:?}", plan.issues);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn mutated_imports_never_panic_stay_fast_count_right_and_warn_of_replacements(
        which in 0..IMPORT_SEEDS.len(),
        muts in proptest::collection::vec(mutation(), 0..12),
    ) {
        let bytes = mutate(seed(IMPORT_SEEDS[which]), &muts);
        check_import(&bytes)?;
    }

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        check_import(&bytes)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, failure_persistence: None, ..ProptestConfig::default() })]

    /// A mutated backup is refused or restored whole; a refused one leaves the target empty.
    #[test]
    fn mutated_backups_restore_whole_or_leave_the_target_empty(
        muts in proptest::collection::vec(mutation(), 1..6),
    ) {
        let bytes = mutate(seed("seed_backup.lotsebak"), &muts);
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("b.lotsebak");
        std::fs::write(&file, &bytes).unwrap();
        let store = lotse::store::SledStore::open(&dir.path().join("db")).unwrap();
        let began = Instant::now();
        let result = lotse::store::backup::restore(&store, &file);
        prop_assert!(began.elapsed() <= budget(bytes.len()) + Duration::from_secs(1));
        if result.is_err() {
            use lotse::store::Store;
            let left: u64 = store.contents().unwrap().iter().map(|(_, n)| n).sum();
            prop_assert_eq!(left, 0, "a refused restore wrote {} records", left);
        }
    }
}

/// The seeds themselves import as they should: the damaged ones with their warnings.
#[test]
fn the_seeds_import_with_the_warnings_they_call_for() {
    for name in IMPORT_SEEDS {
        check_import(&seed(name)).unwrap();
        let (_, rows) = lotse::transfer::read(&seed(name), None).unwrap();
        assert!(lotse::transfer::plan(rows, &existing()).counts.read >= 1, "{name}");
    }
    // UTF-8 with a stray 0xFF: read as UTF-8 (no garbled umlauts), the byte warned where it is.
    let (source, rows) = lotse::transfer::read(&seed("seed_utf8_stray_ff.csv"), None).unwrap();
    assert_eq!(source.encoding, Some(lotse::transfer::TextEncoding::Utf8Damaged));
    let plan = lotse::transfer::plan(rows, &existing());
    assert_eq!(plan.writes[0].title, "Neubürger-Treff");
    let warn = plan.issues.iter().find(|i| i.kind == IssueKind::ReplacementChar).expect("warned");
    assert_eq!(warn.place, Place::Row { row: 2, line: Some(2) });
    assert_eq!(warn.column.as_ref().map(|c| c.name.as_str()), Some("beschreibung"));
    // A BOM and a broken sequence: the same warning, at row 2, column "ort".
    let (_, rows) = lotse::transfer::read(&seed("seed_bom_invalid.csv"), None).unwrap();
    let plan = lotse::transfer::plan(rows, &existing());
    let warn = plan.issues.iter().find(|i| i.kind == IssueKind::ReplacementChar).expect("warned");
    assert_eq!(warn.column.as_ref().map(|c| c.name.as_str()), Some("ort"));
    // Windows-1252 with a UTF-8 umlaut in it: read as Windows-1252, warned as likely mojibake.
    let mixed = b"titel;ort\nStra\xDFenfest;K\xF6ln\nNeub\xC3\xBCrger;Hafenau\n";
    let (_, rows) = lotse::transfer::read(mixed, None).unwrap();
    let plan = lotse::transfer::plan(rows, &existing());
    assert_eq!(plan.issues.first().map(|i| &i.kind), Some(&IssueKind::LikelyMojibake));
}

/// 10 MB whose first line has a million columns is refused in well under the budget.
#[test]
fn a_first_line_of_a_million_columns_is_refused_at_once() {
    let mut bytes = b"titel".to_vec();
    while bytes.len() < 10 * 1024 * 1024 {
        bytes.extend_from_slice(b";spalte_xyz");
    }
    bytes.extend_from_slice(b"\nA\n");
    let began = Instant::now();
    let err = lotse::transfer::read(&bytes, None).unwrap_err();
    let took = began.elapsed();
    assert_eq!(err, FileError::TooManyColumns(1000));
    // 2 s per MiB would allow 20 s; refusing before any cell is read takes a fraction of that.
    assert!(took < Duration::from_secs(5), "{took:?}");
    eprintln!("10 MiB, ~950,000 columns refused in {took:?}");
}
