//! The store test suite: the same tests for every backend behind `lotse::store::Store`:
//! the embedded sled database and the PostgreSQL server (`pg`, needs `LOTSE_TEST_PG`).
//! Each test gets a fresh [`Backend`], a place where stores can be opened by name, closed
//! (dropped) and opened again.

#![allow(clippy::unwrap_used)]

mod audit;
mod basics;
mod erase;
mod figures;
mod ids;
mod pg;
mod referrals;

use lotse::store::Store;

/// Where a test's stores live. `open(name)` opens (creating if needed) the store `name`;
/// the same name opens the same data again once the earlier handle is dropped.
pub trait Backend {
    fn open(&self, name: &str) -> Box<dyn Store>;
    /// Who the audit trail names after settings that name a counsellor with `initials`: the
    /// initials on a desk, the database role on a server.
    fn who(&self, initials: &str) -> String {
        initials.to_string()
    }
}

/// Sled databases in one temporary directory, removed after the test.
struct Sled(tempfile::TempDir);

impl Sled {
    fn new() -> Sled {
        Sled(tempfile::tempdir().expect("tempdir"))
    }
}

impl Backend for Sled {
    fn open(&self, name: &str) -> Box<dyn Store> {
        lotse::store::open(&self.0.path().join(name)).expect("open")
    }
}

/// A `#[test]` per suite function, each on a fresh `backend()`.
macro_rules! each {
    ($($module:ident::$test:ident),* $(,)?) => {$(
        #[test]
        fn $test() {
            let Some(backend) = backend() else { return };
            $module::$test(&backend);
        }
    )*};
}

/// One module of tests per backend, each test on a fresh backend.
macro_rules! suite {
    ($name:ident, $backend:expr) => {
        mod $name {
            use super::*;
            use proptest::prelude::*;

            fn backend() -> Option<impl Backend> {
                $backend
            }

            each!(
                basics::offers_survive_a_reopen,
                basics::settings_default_then_persist,
                basics::clients_and_contacts_survive_a_reopen_with_their_numbers,
                basics::one_apply_hands_out_every_number_in_order,
                basics::a_new_offer_skips_numbers_an_import_already_took,
                basics::contents_count_what_is_stored,
                basics::a_save_from_a_stale_form_is_refused_naming_what_changed,
                basics::drafts_are_kept_cleared_and_dropped_by_an_erasure,
                ids::every_kind_of_record_survives_backup_restore_and_new_records_follow_it,
                ids::a_backup_of_the_release_before_counters_restores_safely,
                referrals::referrals_survive_a_reopen_with_their_history,
                erase::erasure_removes_the_client_and_everything_of_theirs,
                audit::every_write_leaves_an_entry_with_field_names_only,
                figures::consultations_gaps_and_misses_survive_a_reopen,
                figures::the_new_records_leave_audit_entries_with_field_names_only,
                figures::erasure_and_anonymisation_reach_the_consultations,
            );

            proptest! {
                #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

                #[test]
                fn referral_indexes_stay_consistent(ops in proptest::collection::vec(referrals::op(), 1..40)) {
                    let Some(backend) = backend() else { return Ok(()) };
                    referrals::indexes_stay_consistent(&backend, ops)?;
                }
            }
        }
    };
}

suite!(sled, Some(Sled::new()));
suite!(postgres, pg::Pg::new());

/// Every file below `dir`, read whole.
fn files_below(dir: &std::path::Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
        let p = entry.path();
        if p.is_dir() {
            out.extend(files_below(&p));
        } else {
            out.push((p.clone(), std::fs::read(&p).expect("read")));
        }
    }
    out
}

fn contains(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

/// sled keeps removed values in its files; after an erasure not one byte of the client may be
/// left anywhere below the database directory (as `grep -a` would find it).
#[test]
fn sled_erasure_leaves_no_byte_of_the_client_on_disk() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("db");
    let store = lotse::store::open(&path).expect("open");
    let o = erase::offer();
    store.put_offer(&o).expect("offer");
    let (id, _) = erase::client_with_canaries(&*store, &o);
    // A follow-up consultation's note is the client's too.
    let day = lotse::domain::Date::from_ymd(2026, 11, 26).expect("date");
    let mut k = lotse::domain::Consultation::new(id, day, lotse::domain::client::ContactChannel::Phone);
    k.note = lotse::domain::client::SensitiveText::new("Folgeberatung-Zaunkoenig");
    store.create_consultation(&k).expect("consultation");
    // Edits leave older versions behind too.
    let mut c = store.client(id).expect("read").expect("there");
    c.next_step = lotse::domain::client::SensitiveText::new("Termin bei Quonkel");
    store.put_client(&c).expect("edit");
    let found = |needle: &str| files_below(dir.path()).into_iter().any(|(_, b)| contains(&b, needle));
    assert!(erase::CANARIES.iter().all(|c| found(c)), "the canaries are on disk before");
    assert!(found("Folgeberatung-Zaunkoenig"), "the consultation's note is on disk before");
    store.erase_client(id).expect("erase").expect("there");
    for canary in erase::CANARIES.iter().copied().chain(["Quonkel", "Folgeberatung-Zaunkoenig"]) {
        for (file, bytes) in files_below(dir.path()) {
            assert!(!contains(&bytes, canary), "{canary:?} still in {}", file.display());
        }
    }
    assert!(!dir.path().join("db.rewrite").exists(), "the old copy is gone");
    assert_eq!(store.offer_count().expect("count"), 1);
}
