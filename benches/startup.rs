//! Start-up of the real binary on synthetic directories of 1,000, 10,000 and 100,000 offers:
//! time from process start to the first frame, to a fully searchable directory and to the
//! first search result on screen, the process's peak memory, the database's size on disk, and
//! the size of the release binary.
//!
//! Each size is written once into a fresh database (through the store, as an import would),
//! then `lotse --db DIR bench-start` runs several times as a separate process; the table shows
//! the median of the runs (peak memory: the largest). Run with `cargo bench --bench startup`;
//! `LOTSE_BENCH_SIZES=10000` picks sizes, `LOTSE_BENCH_RUNS=7` the runs per size.

use lotse::synth::synthetic_offers;
use std::path::Path;
use std::process::Command;

fn env_list(name: &str, default: &[usize]) -> Vec<usize> {
    std::env::var(name)
        .ok()
        .map(|v| v.split(',').filter_map(|s| s.trim().parse().ok()).collect())
        .unwrap_or_else(|| default.to_vec())
}

fn field(json: &str, key: &str) -> f64 {
    let pat = format!("\"{key}\":");
    json.split(&pat)
        .nth(1)
        .and_then(|r| r.split([',', '}']).next())
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(f64::NAN)
}

fn dir_size(p: &Path) -> u64 {
    std::fs::read_dir(p)
        .map(|rd| {
            rd.flatten()
                .map(|e| {
                    let m = e.metadata().map(|m| m.len()).unwrap_or(0);
                    if e.path().is_dir() { dir_size(&e.path()) } else { m }
                })
                .sum()
        })
        .unwrap_or(0)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn main() {
    let bin = Path::new(env!("CARGO_BIN_EXE_lotse"));
    let sizes = env_list("LOTSE_BENCH_SIZES", &[1_000, 10_000, 100_000]);
    let runs = env_list("LOTSE_BENCH_RUNS", &[5])[0].max(1);
    let binary = std::fs::metadata(bin).map(|m| m.len()).unwrap_or(0);
    println!("lotse start-up benchmark: {runs} runs per size, median (peak memory: max)");
    println!("binary: {} ({:.1} MiB)\n", bin.display(), binary as f64 / 1048576.0);
    println!("  offers   db MiB | first frame ms  searchable ms  first result ms | peak RSS MiB");
    for n in sizes {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("db");
        {
            let store = lotse::store::open(&db).expect("open");
            for chunk in synthetic_offers(n, 42).chunks(5_000) {
                store.put_offers(chunk).expect("write offers");
            }
        }
        let (mut first, mut searchable, mut result, mut peak) = (vec![], vec![], vec![], 0.0f64);
        for _ in 0..runs {
            let out = Command::new(bin).arg("--db").arg(&db).arg("bench-start").output().expect("run lotse");
            let json = String::from_utf8_lossy(&out.stdout);
            assert!(out.status.success(), "bench-start failed: {}", String::from_utf8_lossy(&out.stderr));
            assert_eq!(field(&json, "offers") as usize, n, "{json}");
            first.push(field(&json, "first_frame_ms"));
            searchable.push(field(&json, "searchable_ms"));
            result.push(field(&json, "first_result_ms"));
            peak = peak.max(field(&json, "peak_rss_kib") / 1024.0);
        }
        println!(
            "{n:>8} {:>8.1} | {:>14.1} {:>14.1} {:>16.1} | {:>12.1}",
            dir_size(&db) as f64 / 1048576.0,
            median(first),
            median(searchable),
            median(result),
            peak
        );
    }
}
