//! Keystroke latency of the offer search on synthetic directories of 1,000, 10,000 and
//! 100,000 offers: build the index, then type realistic counsellor queries letter by letter
//! and time `search(query_so_far, filters, 50)` after each keystroke.
//!
//! The machine may be shared, so other processes can preempt a keystroke for a scheduler tick
//! (~4 ms). Each configuration is therefore typed in several passes, each starting with
//! cleared caches, and a keystroke's time is its best over the passes ("best of N"); the p99
//! over all raw samples is printed beside it.
//!
//! Run with `cargo bench --bench search`. `LOTSE_BENCH_SIZES=1000,10000` picks sizes,
//! `LOTSE_BENCH_PASSES=5` the passes, `LOTSE_BENCH_VERBOSE=1` also prints the slowest
//! keystroke of every query.

use lotse::domain::Need;
use lotse::search::{Filters, SearchIndex};
use lotse::synth::synthetic_offers;
use std::time::{Duration, Instant};

const QUERIES: &[&str] = &[
    "anerk lehr",
    "integrationskurs",
    "ik abend",
    "abh hafenau",
    "kindergelt",
    "wohnberechtigungsschein",
    "sprachcafe",
    "jobcenter bewerbung",
    "kita platz",
    "fuehrerschein umschreiben",
    "mbe arabisch",
    "berufssprachkurs b2",
    "krankenkasse",
    "blaue karte",
    "schulden",
    "diskriminierung arbeit",
    "anerkenung pflege",
    "einbürgerung",
    "familiennachzug visum",
    "wohnung suche birkwald",
    "zab zeugnis",
    "approbation arzt",
    "jmd ausbildung",
    "steuer id",
    "dolmetscher",
    "chancenkarte",
    "psychosozial geflüchtete",
    "müller",
    // Natural phrasing, word forms and English, as callers say it (issue 9).
    "lohn nicht bezahlt",
    "nachzug ehefrau",
    "konto eröffnen",
    "wohnung suchen",
    "ich suche einen deutschkurs für meine frau",
    "schule",
    "tax return",
    "domestic violence",
    "find a doctor",
    "child benefit",
    "residence permit extension",
    "my employer does not pay my wages",
];

const LIMIT: usize = 50;
/// Pause between keystrokes (not timed).
const PAUSE: Duration = Duration::from_millis(2);

struct Run {
    times: Vec<Duration>,
    results: Vec<usize>,
    slowest: Vec<(String, Duration)>,
}

fn type_queries(idx: &mut SearchIndex, filters: &Filters) -> Run {
    let mut run = Run { times: Vec::new(), results: Vec::new(), slowest: Vec::new() };
    for q in QUERIES {
        idx.search("", filters, LIMIT); // the field is cleared before the next caller's question
        let mut worst = (String::new(), Duration::ZERO);
        let chars: Vec<char> = q.chars().collect();
        for end in 1..=chars.len() {
            let typed: String = chars[..end].iter().collect();
            // People type a few keys per second; the pause also lets the scheduler treat the
            // search like the interactive task it is.
            std::thread::sleep(PAUSE);
            let t = Instant::now();
            let r = idx.search(&typed, filters, LIMIT);
            let d = t.elapsed();
            std::hint::black_box(&r);
            run.times.push(d);
            run.results.push(r.total);
            if d > worst.1 {
                worst = (typed, d);
            }
        }
        run.slowest.push(worst);
    }
    run
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> String {
    format!("{:.3}", d.as_secs_f64() * 1000.0)
}

/// Peak and current resident memory of this process (Linux), in MiB.
fn memory() -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let get = |key: &str| {
        status
            .lines()
            .find(|l| l.starts_with(key))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<f64>().ok())
            .map_or("n/a".to_string(), |kb| format!("{:.1}", kb / 1024.0))
    };
    format!("rss {} MiB, peak {} MiB", get("VmRSS:"), get("VmHWM:"))
}

fn env_list(name: &str) -> Option<Vec<usize>> {
    std::env::var(name).ok().map(|s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect())
}

fn main() {
    let sizes = env_list("LOTSE_BENCH_SIZES").unwrap_or_else(|| vec![1_000, 10_000, 100_000]);
    let passes = env_list("LOTSE_BENCH_PASSES").and_then(|v| v.first().copied()).unwrap_or(5).max(1);
    let verbose = std::env::var("LOTSE_BENCH_VERBOSE").is_ok_and(|v| v == "1");
    let keystrokes: usize = QUERIES.iter().map(|q| q.chars().count()).sum();
    println!(
        "lotse search benchmark: {} queries, {keystrokes} keystrokes per pass, limit {LIMIT}, best of {passes} passes",
        QUERIES.len()
    );
    println!();
    println!(
        "{:>8} {:>9} {:>9} {:>8} {:>10} | {:>10} {:>9} {:>9} {:>9} | {:>11} {:>9}",
        "offers",
        "build ms",
        "index MiB",
        "words",
        "filters",
        "median ms",
        "p99 ms",
        "max ms",
        "avg hits",
        "raw p99 ms",
        "raw max"
    );
    let filtered =
        Filters { needs: vec![Need::Spr, Need::Arb], town: Some("Hafenau".into()), ..Filters::default() };
    for n in sizes {
        let mem_before = memory();
        let offers = synthetic_offers(n, 42);
        let mem_offers = memory();
        let t = Instant::now();
        let mut idx = SearchIndex::build(&offers);
        let build = t.elapsed();
        let mem_after_build = memory();
        for (label, filters) in [("none", Filters::default()), ("need+town", filtered.clone())] {
            let mut best = vec![Duration::MAX; keystrokes];
            let mut raw: Vec<Duration> = Vec::new();
            let mut last = None;
            for _ in 0..passes {
                idx.clear_caches();
                let run = type_queries(&mut idx, &filters);
                for (b, t) in best.iter_mut().zip(&run.times) {
                    *b = (*b).min(*t);
                }
                raw.extend(&run.times);
                last = Some(run);
            }
            let Some(run) = last else { continue };
            best.sort();
            raw.sort();
            let avg_hits = run.results.iter().sum::<usize>() as f64 / run.results.len() as f64;
            println!(
                "{:>8} {:>9} {:>9.1} {:>8} {:>10} | {:>10} {:>9} {:>9} {:>9.0} | {:>11} {:>9}",
                n,
                ms(build),
                idx.heap_size_estimate() as f64 / (1024.0 * 1024.0),
                idx.vocabulary_len(),
                label,
                ms(percentile(&best, 0.5)),
                ms(percentile(&best, 0.99)),
                ms(*best.last().unwrap_or(&Duration::ZERO)),
                avg_hits,
                ms(percentile(&raw, 0.99)),
                ms(*raw.last().unwrap_or(&Duration::ZERO)),
            );
            if verbose {
                for (q, d) in &run.slowest {
                    println!("          slowest keystroke {:<28} {} ms", format!("{q:?}"), ms(*d));
                }
            }
        }
        println!(
            "          memory for {n}: before offers {mem_before}; offers made {mem_offers}; index built {mem_after_build}"
        );
        drop(idx);
        drop(offers);
    }
}
