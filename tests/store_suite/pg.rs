//! The PostgreSQL backend of the suite: every test gets fresh schemas (one per store name) in
//! the database `LOTSE_TEST_PG` names, dropped after the test. Without `LOTSE_TEST_PG` the
//! PostgreSQL half is skipped with one line — except under CI, where that is a failure
//! (`.ci/run` starts a cluster with `.ci/pg-cluster`).

use super::Backend;
use lotse::store::Store;
use std::cell::RefCell;
use std::sync::atomic::{AtomicU32, Ordering};

static NEXT: AtomicU32 = AtomicU32::new(0);

/// The test server's address, or `None` (after saying so once) when there is none.
pub fn address() -> Option<String> {
    match std::env::var("LOTSE_TEST_PG") {
        Ok(a) if !a.is_empty() => Some(a),
        _ => {
            assert!(
                std::env::var_os("CI").is_none(),
                "CI is set but LOTSE_TEST_PG is not: the PostgreSQL store suite must run in CI (.ci/pg-cluster)"
            );
            static SAID: std::sync::Once = std::sync::Once::new();
            SAID.call_once(|| {
                eprintln!(
                    "LOTSE_TEST_PG not set: PostgreSQL store tests skipped (eval \"$(.ci/pg-cluster start)\")"
                )
            });
            None
        }
    }
}

/// `address` with `search_path` set to `schema`.
pub fn in_schema(address: &str, schema: &str) -> String {
    let sep = if address.contains('?') { '&' } else { '?' };
    format!("{address}{sep}options=-csearch_path%3D{schema}")
}

/// A connection for setting up and dropping schemas (TLS as the server offers it).
pub fn admin(address: &str) -> postgres::Client {
    let mut config: postgres::Config = address.parse().expect("LOTSE_TEST_PG parses");
    if let Ok(pw) = std::env::var("PGPASSWORD") {
        config.password(pw);
    }
    config.connect(postgres::NoTls).expect("connect to LOTSE_TEST_PG")
}

pub struct Pg {
    address: String,
    prefix: String,
    admin: RefCell<postgres::Client>,
    made: RefCell<Vec<String>>,
}

impl Pg {
    pub fn new() -> Option<Pg> {
        let address = address()?;
        let prefix = format!("t{}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::SeqCst));
        let admin = RefCell::new(admin(&address));
        Some(Pg { address, prefix, admin, made: RefCell::new(Vec::new()) })
    }

    fn schema(&self, name: &str) -> String {
        let clean: String = name.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
        format!("{}_{clean}", self.prefix)
    }
}

impl Backend for Pg {
    fn open(&self, name: &str) -> Box<dyn Store> {
        let schema = self.schema(name);
        if !self.made.borrow().contains(&schema) {
            self.admin.borrow_mut().batch_execute(&format!("CREATE SCHEMA {schema}")).expect("create schema");
            self.made.borrow_mut().push(schema.clone());
        }
        let at = in_schema(&self.address, &schema);
        lotse::store::open(std::path::Path::new(&at)).expect("open")
    }

    fn who(&self, _initials: &str) -> String {
        let row = self.admin.borrow_mut().query_one("SELECT session_user::text", &[]).expect("role");
        row.get(0)
    }
}

impl Drop for Pg {
    fn drop(&mut self) {
        for schema in self.made.borrow().iter() {
            let _ = self.admin.borrow_mut().batch_execute(&format!("DROP SCHEMA {schema} CASCADE"));
        }
    }
}

/// A schema written by a newer Lotse is refused with one sentence, and nothing is changed.
#[test]
fn a_newer_schema_is_refused() {
    let Some(pg) = Pg::new() else { return };
    drop(pg.open("db"));
    let schema = pg.schema("db");
    pg.admin
        .borrow_mut()
        .batch_execute(&format!("INSERT INTO {schema}.schema_migrations (version) VALUES (99)"))
        .expect("newer");
    let at = in_schema(&pg.address, &schema);
    let err = lotse::store::open(std::path::Path::new(&at)).err().expect("refused");
    assert!(matches!(err, lotse::store::StoreError::NewerSchema { found: 99, .. }), "{err:?}");
    let msg = err.message(lotse::i18n::Lang::De);
    assert!(msg.contains("neueren Lotse-Version") && !msg.contains('\n'), "{msg}");
}

/// Two desks starting at once on a new database: the migrations run once.
#[test]
fn migrations_run_once_when_desks_start_together() {
    let Some(pg) = Pg::new() else { return };
    drop(pg.open("db"));
    pg.admin
        .borrow_mut()
        .batch_execute(&format!("DROP SCHEMA {0} CASCADE; CREATE SCHEMA {0}", pg.schema("db")))
        .expect("reset");
    let at = in_schema(&pg.address, &pg.schema("db"));
    let starts: Vec<_> = (0..4)
        .map(|_| {
            let at = at.clone();
            std::thread::spawn(move || {
                lotse::store::open(std::path::Path::new(&at)).map(|s| s.schema_version())
            })
        })
        .collect();
    for s in starts {
        assert_eq!(
            s.join().expect("thread").expect("open").expect("version"),
            Some(lotse::store::postgres::SCHEMA_VERSION)
        );
    }
    let n: i64 = pg
        .admin
        .borrow_mut()
        .query_one(&format!("SELECT count(*) FROM {}.schema_migrations", pg.schema("db")), &[])
        .expect("count")
        .get(0);
    assert_eq!(n, i64::from(lotse::store::postgres::SCHEMA_VERSION));
}

/// Many desks writing at once (threads, each with its own connection): no number is given
/// twice, no counted search is lost, a client edited by all with optimistic versioning (read,
/// change, save over what was read, again on a conflict) ends with every edit, and the query
/// columns agree with the records.
#[test]
fn many_writers_lose_no_update_and_keep_the_columns_consistent() {
    use lotse::domain::client::{ContactChannel, FirstContact, SensitiveText};
    use lotse::domain::*;
    use lotse::store::{Change, StoreError};
    let Some(pg) = Pg::new() else { return };
    let day = Date::from_ymd(2026, 11, 25).expect("date");
    let shared = pg
        .open("db")
        .create_client(&Client::new(0, FirstContact::new(day, ContactChannel::Phone)))
        .expect("client");
    let at = in_schema(&pg.address, &pg.schema("db"));
    const WRITERS: usize = 8;
    const EACH: usize = 15;
    let threads: Vec<_> = (0..WRITERS)
        .map(|w| {
            let at = at.clone();
            std::thread::spawn(move || {
                let store = lotse::store::open(std::path::Path::new(&at)).expect("open");
                let mut mine = Vec::new();
                for i in 0..EACH {
                    mine.push(
                        store
                            .create_client(&Client::new(0, FirstContact::new(day, ContactChannel::Email)))
                            .expect("new"),
                    );
                    store.count_search_miss(YearMonth::of(day), Need::Arb, "Jena").expect("miss");
                    loop {
                        let base = store.client(shared).expect("read").expect("there");
                        let mut c = base.clone();
                        c.notes = SensitiveText::new(format!("{}{}{i};", base.notes.as_str(), w));
                        match store.apply(&[Change::ClientIf { client: &c, base: &base }]) {
                            Ok(_) => break,
                            Err(StoreError::Conflict { .. }) => continue,
                            Err(e) => panic!("{e:?}"),
                        }
                    }
                }
                mine
            })
        })
        .collect();
    let mut ids: Vec<u64> = threads.into_iter().flat_map(|t| t.join().expect("writer")).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), WRITERS * EACH, "every new client got its own number");
    let store = pg.open("db");
    assert_eq!(store.all_clients().expect("clients").len(), WRITERS * EACH + 1);
    let misses = store.all_search_misses().expect("misses");
    assert_eq!(
        misses.iter().map(|m| m.count as usize).sum::<usize>(),
        WRITERS * EACH,
        "no counted search lost"
    );
    let notes = store.client(shared).expect("read").expect("there").notes;
    assert_eq!(notes.as_str().matches(';').count(), WRITERS * EACH, "no edit lost");
    assert!(store.check_consistency().expect("check").is_empty());
    let log = store.audit_log().expect("audit");
    let mut numbers: Vec<u64> = log.iter().map(|e| e.id).collect();
    numbers.dedup();
    assert_eq!(numbers.len(), log.len(), "audit numbers unique and in order");
}

/// Search load and save times on PostgreSQL beside sled (docs/BENCHMARKS.md, "Team
/// backend"): 10,000 synthetic offers imported, all read back as the screen's start does,
/// then single saves (an offer edit, a new client, a referral). Run by hand:
/// `cargo test --release --test store_suite -- --ignored --nocapture bench_`.
#[test]
#[ignore]
fn bench_postgres_beside_sled() {
    use lotse::domain::client::{ContactChannel, FirstContact};
    use lotse::domain::*;
    use std::time::{Duration, Instant};
    let Some(pg) = Pg::new() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let offers = lotse::synth::synthetic_offers(10_000, 42);
    let median = |mut v: Vec<Duration>| {
        v.sort();
        v[v.len() / 2]
    };
    for (name, store) in
        [("sled", lotse::store::open(&dir.path().join("db")).expect("sled")), ("postgres", pg.open("bench"))]
    {
        let t = Instant::now();
        store.put_offers(&offers).expect("import");
        let import = t.elapsed();
        let loads: Vec<Duration> = (0..5)
            .map(|_| {
                let t = Instant::now();
                assert_eq!(store.all_offers().expect("load").len(), offers.len());
                t.elapsed()
            })
            .collect();
        let saves: Vec<Duration> = (0..50)
            .map(|i| {
                let mut o = offers[i].clone();
                o.phone = format!("0361 {i}").into();
                let t = Instant::now();
                store.put_offer(&o).expect("save");
                t.elapsed()
            })
            .collect();
        let day = Date::from_ymd(2026, 11, 25).expect("date");
        let clients: Vec<Duration> = (0..50)
            .map(|_| {
                let t = Instant::now();
                store
                    .create_client(&Client::new(0, FirstContact::new(day, ContactChannel::Phone)))
                    .expect("client");
                t.elapsed()
            })
            .collect();
        println!(
            "{name}: import 10,000 offers {:.0} ms; load all offers (median of 5) {:.0} ms; save one offer (median of 50) {:.2} ms; new client (median of 50) {:.2} ms",
            import.as_secs_f64() * 1e3,
            median(loads).as_secs_f64() * 1e3,
            median(saves).as_secs_f64() * 1e3,
            median(clients).as_secs_f64() * 1e3,
        );
    }
}
