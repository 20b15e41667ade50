//! `lotse bench-start` (hidden): the start-up path of the screen, timed, for the start-up
//! benchmark (`cargo bench --bench startup`). Like the screen, it draws the first frame (into
//! an in-memory 80×24 terminal instead of the real one), then opens the database, starts the
//! background load, waits until the directory is searchable, runs one search and draws again;
//! then it prints the timings and the process's peak memory as one line of JSON.

use super::CliError;
use crate::app::{Source, State};
use crate::i18n::Lang;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::sync::Arc;
use std::time::Instant;

/// Peak resident memory of this process in KiB (Linux `VmHWM`); `None` elsewhere.
pub fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

pub fn run(
    open: impl FnOnce() -> Result<super::Opened, CliError>,
    started: Instant,
    now: chrono::NaiveDateTime,
) -> Result<String, CliError> {
    let source = Source { demo: false, path: String::new() };
    let mut state = State::new(Lang::De, now, source, Vec::new());
    state.settings.counsellor = "Bench".into();
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).map_err(|e| CliError::Io(e.to_string()))?;
    terminal.draw(|f| crate::ui::render(f, &state)).map_err(|e| CliError::Io(e.to_string()))?;
    let first_frame = started.elapsed();
    // `Opened` also owns the demo's temporary directory: the rest of it lives to the end.
    let opened_db = open()?;
    let opened = started.elapsed();
    let store: Arc<dyn crate::store::Store> = Arc::from(opened_db.store);
    let loader = crate::tui::load_in_background(Arc::clone(&store));
    let loaded = loader.recv().map_err(|e| CliError::Io(e.to_string()))??;
    let offers = loaded.offers.len();
    crate::tui::install(&mut state, loaded);
    let searchable = started.elapsed();
    for c in "anerk lehr".chars() {
        crate::app::update(&mut state, crate::app::Msg::Key(crate::app::Key::ch(c)));
    }
    state.settle();
    terminal.draw(|f| crate::ui::render(f, &state)).map_err(|e| CliError::Io(e.to_string()))?;
    let first_result = started.elapsed();
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
    Ok(format!(
        "{{\"offers\":{offers},\"open_ms\":{:.2},\"first_frame_ms\":{:.2},\"searchable_ms\":{:.2},\"first_result_ms\":{:.2},\"hits\":{},\"peak_rss_kib\":{}}}\n",
        ms(opened),
        ms(first_frame),
        ms(searchable),
        ms(first_result),
        state.dir.results.total,
        peak_rss_kib().map(|k| k.to_string()).unwrap_or_else(|| "null".into())
    ))
}
