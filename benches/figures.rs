//! The figures for a busy centre's year: 5,000 persons, 15,000 contacts (first contacts,
//! follow-ups, short contacts), 20,000 referrals with their histories, over a directory of
//! 1,000 offers (`synth::cases::busy_year`, seed 42). Written once into a fresh database
//! through the store; then timed, each the median of several runs:
//! - reading every record the figures need from the store (`figures::Records::load`),
//! - computing every figure for the year (`figures::compute`, what the statistics screen runs),
//! - rendering each report format,
//! - the real binary `lotse --db DIR report --from … --to … --format F`, as a process, start to
//!   end (open, read, compute, write to a pipe).
//!
//! Run with `cargo bench --bench figures`; `LOTSE_BENCH_RUNS=9` sets the runs.

use lotse::domain::{Date, ReferralId};
use lotse::figures::{Period, Records, compute, render};
use lotse::i18n::Lang;
use lotse::store::Change;
use lotse::synth::cases::{Volume, busy_year};
use std::path::Path;
use std::process::Command;
use std::time::Instant;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> f64 {
    median(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(f());
                t.elapsed().as_secs_f64() * 1000.0
            })
            .collect(),
    )
}

fn write(store: &dyn lotse::store::Store, r: &Records) {
    store.put_offers(&r.offers).expect("offers");
    for chunk in r.clients.chunks(500) {
        let changes: Vec<Change<'_>> = chunk.iter().map(Change::NewClient).collect();
        store.apply(&changes).expect("clients");
    }
    for chunk in r.consultations.chunks(1000) {
        let changes: Vec<Change<'_>> = chunk.iter().map(Change::NewConsultation).collect();
        store.apply(&changes).expect("consultations");
    }
    for chunk in r.contacts.chunks(1000) {
        let changes: Vec<Change<'_>> = chunk.iter().map(Change::NewContact).collect();
        store.apply(&changes).expect("contacts");
    }
    let mut items = Vec::new();
    let mut events = r.events.iter().peekable();
    for referral in &r.referrals {
        while let Some(ev) = events.next_if(|e| e.referral == referral.id) {
            items.push((referral.clone(), ev.clone()));
        }
        if items.len() >= 2000 {
            store.create_referrals(&items).expect("referrals");
            items.clear();
        }
    }
    store.create_referrals(&items).expect("referrals");
    let gaps: Vec<Change<'_>> = r.gaps.iter().map(Change::NewGap).collect();
    store.apply(&gaps).expect("gaps");
    for m in &r.misses {
        for _ in 0..m.count {
            store.count_search_miss(m.month, m.need, &m.town).expect("miss");
        }
    }
    let _ = ReferralId(0);
}

/// F11 on a Lotse holding these records, and the frame drawn: what the counsellor waits for.
fn screen(runs: usize, r: &Records, today: Date) -> f64 {
    use lotse::app::{Code, Key, Msg, Source, State, update};
    let now = today.naive().and_hms_opt(12, 0, 0).expect("noon");
    let mut s = State::new(Lang::De, now, Source { demo: false, path: "bench".into() }, Vec::new());
    s.catalog = lotse::app::state::Catalog::new(r.offers.clone());
    s.records = lotse::app::state::Records {
        clients: r.clients.clone(),
        referrals: r.referrals.clone(),
        events: r.events.clone(),
        contacts: r.contacts.clone(),
        consultations: r.consultations.clone(),
        gaps: r.gaps.clone(),
        misses: r.misses.clone(),
        traces: r.traces.clone(),
    };
    update(&mut s, Msg::Resize(120, 40));
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).expect("terminal");
    time(runs, || {
        update(&mut s, Msg::Key(Key::plain(Code::F(11))));
        terminal.draw(|f| lotse::ui::render(f, &s)).map(|_| ()).expect("draw");
        s.stats.figures.as_ref().map(|f| f.tables.len())
    })
}

fn main() {
    let runs = std::env::var("LOTSE_BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(7usize).max(1);
    let year = 2026;
    let today = Date::from_ymd(year, 12, 31).expect("date");
    let period = Period::range(Date::from_ymd(year, 1, 1).expect("date"), today).expect("period");
    let offers = lotse::synth::synthetic_offers(1_000, 42);
    let t = Instant::now();
    let records = busy_year(year, Volume::BUSY, offers, 42);
    println!(
        "lotse figures benchmark: {} persons, {} contacts, {} referrals ({} history entries), {} offers; {runs} runs, median",
        records.clients.len(),
        records.clients.len() + records.consultations.len() + records.contacts.len(),
        records.referrals.len(),
        records.events.len(),
        records.offers.len()
    );
    println!("generated in {:.0} ms", t.elapsed().as_secs_f64() * 1000.0);
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("db");
    {
        let t = Instant::now();
        let store = lotse::store::open(&db).expect("open");
        write(store.as_ref(), &records);
        println!("written to the database in {:.1} s\n", t.elapsed().as_secs_f64());
    }
    let store = lotse::store::open(&db).expect("open");
    let loaded = Records::load(store.as_ref()).expect("load");
    assert_eq!(loaded.referrals.len(), records.referrals.len());
    let load = time(runs, || Records::load(store.as_ref()).expect("load"));
    let parts: [(&str, f64); 6] = [
        ("clients", time(runs, || store.all_clients().map(|v| v.len()))),
        ("consultations", time(runs, || store.all_consultations().map(|v| v.len()))),
        ("referrals", time(runs, || store.all_referrals().map(|v| v.len()))),
        ("history entries", time(runs, || store.all_referral_events().map(|v| v.len()))),
        ("offers", time(runs, || store.all_offers().map(|v| v.len()))),
        ("short contacts", time(runs, || store.all_contacts().map(|v| v.len()))),
    ];
    let figures = compute(&loaded.sources(), period, today);
    let compute_ms = time(runs, || compute(&loaded.sources(), period, today));
    println!("  step                                   ms");
    println!("  read the records from the store  {load:>9.1}");
    for (name, ms) in parts {
        println!("    of which {name:<24}{ms:>9.1}  (alone)");
    }
    println!("  compute every figure             {compute_ms:>9.1}");
    println!(
        "  the statistics screen (F11)      {:>9.1}  (compute + draw 120x40)",
        screen(runs, &loaded, today)
    );
    for (name, format) in [
        ("text", render::Format::Text),
        ("md", render::Format::Markdown),
        ("csv", render::Format::Csv),
        ("json", render::Format::Json),
    ] {
        let ms = time(runs, || render::report(&figures, format, Lang::De));
        println!("  render {name:<26}{ms:>9.1}");
    }
    drop(store);
    let bin = Path::new(env!("CARGO_BIN_EXE_lotse"));
    let process = |args: &[&str]| {
        time(runs, || {
            let out = Command::new(bin).arg("--db").arg(&db).args(args).output().expect("run lotse");
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
            out.stdout.len()
        })
    };
    println!("  open the database (lotse init)   {:>9.1}", process(&["init"]));
    println!("\n  lotse report (the real binary, start to end)");
    for format in ["text", "md", "csv", "json"] {
        let ms = process(&["report", "--from", "2026-01-01", "--to", "2026-12-31", "--format", format]);
        println!("  --format {format:<24}{ms:>9.1}");
    }
}
