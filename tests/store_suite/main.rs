//! The store test suite: the same tests for every backend behind `lotse::store::Store`
//! (today the embedded sled database; a server backend adds one line to `suite!` below).
//! Each test gets a fresh [`Backend`], a place where stores can be opened by name, closed
//! (dropped) and opened again.

#![allow(clippy::unwrap_used)]

mod basics;
mod ids;
mod referrals;

use lotse::store::Store;

/// Where a test's stores live. `open(name)` opens (creating if needed) the store `name`;
/// the same name opens the same data again once the earlier handle is dropped.
pub trait Backend {
    fn open(&self, name: &str) -> Box<dyn Store>;
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
            $module::$test(&backend());
        }
    )*};
}

/// One module of tests per backend, each test on a fresh backend.
macro_rules! suite {
    ($name:ident, $backend:expr) => {
        mod $name {
            use super::*;
            use proptest::prelude::*;

            fn backend() -> impl Backend {
                $backend
            }

            each!(
                basics::offers_survive_a_reopen,
                basics::settings_default_then_persist,
                basics::clients_and_contacts_survive_a_reopen_with_their_numbers,
                basics::one_apply_hands_out_every_number_in_order,
                basics::a_new_offer_skips_numbers_an_import_already_took,
                basics::contents_count_what_is_stored,
                ids::every_kind_of_record_survives_backup_restore_and_new_records_follow_it,
                ids::a_backup_of_the_release_before_counters_restores_safely,
                referrals::referrals_survive_a_reopen_with_their_history,
            );

            proptest! {
                #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

                #[test]
                fn referral_indexes_stay_consistent(ops in proptest::collection::vec(referrals::op(), 1..40)) {
                    referrals::indexes_stay_consistent(&backend(), ops)?;
                }
            }
        }
    };
}

suite!(sled, Sled::new());
