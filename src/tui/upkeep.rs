//! The upkeep menu's file work, run by the loop between two messages like any write: import
//! (the same code as `lotse import`), export (as `lotse export -o FILE`) and a backup on demand
//! (written and checked as Lotse's own backups are). Each failure is one sentence in the UI
//! language; a file that cannot be read or written never blocks later saves — only the
//! database refusing a write does (disk full, no permission).

use crate::app::effect::{ExportJob, ExportKind, ImportJob};
use crate::app::{Done, Payload, SaveError};
use crate::cli::CliError;
use crate::cli::transfer::{ExportArgs, ExportFormat, ImportArgs};
use crate::i18n::Lang;
use crate::store::Store;
use std::path::Path;

fn failed(e: CliError, lang: Lang) -> SaveError {
    let blocks_writes = matches!(&e, CliError::Store(s) if s.blocks_writes());
    SaveError { message: e.message(lang), blocks_writes }
}

fn answer(payload: Payload) -> Done {
    Done { payload, ..Done::default() }
}

/// Reads, checks and (unless a dry run or refused) saves the offers of `job.file`.
pub fn import(store: &dyn Store, job: &ImportJob, lang: Lang) -> Result<Done, SaveError> {
    let args = ImportArgs {
        file: job.file.clone(),
        sheet: job.sheet.clone(),
        dry_run: job.dry_run,
        skip_invalid: job.skip_invalid,
    };
    let done = crate::cli::transfer::import_report(store, &args, lang).map_err(|e| failed(e, lang))?;
    let mut report = done.report;
    if done.rejected > 0 {
        // What `lotse import` says last (on standard error) ends the report here.
        let line = lang.f(crate::i18n::Tx::ImportRejected, &[&done.rejected, &done.read]);
        report = format!("{}\n\n{line}\n", report.trim_end());
        if !job.dry_run && !job.skip_invalid {
            // The report names the command line's flag; here it is a choice in the form.
            report.push_str(lang.t(crate::i18n::Tu::SkipHint));
            report.push('\n');
        }
    }
    Ok(answer(Payload::Imported { report, saved: done.saved, rejected: done.rejected }))
}

/// Writes the directory to `job.file` (atomically, owner-only; HSDS: a folder).
pub fn export(store: &dyn Store, job: &ExportJob, lang: Lang) -> Result<Done, SaveError> {
    let format = match job.kind {
        ExportKind::Csv => ExportFormat::Csv,
        ExportKind::Xlsx => ExportFormat::Xlsx,
        ExportKind::Json => ExportFormat::Json,
        ExportKind::Hsds => ExportFormat::Hsds,
    };
    let args =
        ExportArgs { format: Some(format), output: Some(job.file.clone()), with_internal: job.with_internal };
    if let Some(parent) = job.file.parent().filter(|p| !p.as_os_str().is_empty() && !p.exists()) {
        crate::files::create_private_dir(parent).map_err(|e| write_failed(parent, &e, lang))?;
    }
    let mut said = Vec::new();
    crate::cli::transfer::export(store, &args, lang, &mut said).map_err(|e| failed(e, lang))?;
    // Its first line says where; the CLI's hint on internal notes names a command-line flag.
    let said = String::from_utf8_lossy(&said);
    let mut text = said.lines().next().unwrap_or_default().to_string();
    if !job.with_internal && job.kind != ExportKind::Hsds {
        text = format!("{text}\n{}", lang.t(crate::i18n::Tu::NoInternal));
    }
    Ok(answer(Payload::Written(text)))
}

/// A backup on demand into `file`, read back and checked before it takes its name.
pub fn backup(store: &dyn Store, file: &Path, created_unix: i64, lang: Lang) -> Result<Done, SaveError> {
    if let Some(parent) = file.parent().filter(|p| !p.as_os_str().is_empty() && !p.exists()) {
        crate::files::create_private_dir(parent).map_err(|e| write_failed(parent, &e, lang))?;
    }
    let records = crate::store::autobackup::make_file(store, file, created_unix)
        .map_err(|e| SaveError { message: e.message(lang, file, &store.location()), blocks_writes: false })?;
    Ok(answer(Payload::BackedUp { file: file.to_path_buf(), records }))
}

fn write_failed(path: &Path, e: &std::io::Error, lang: Lang) -> SaveError {
    let shown = crate::safe_text::visible(&path.display().to_string()).into_owned();
    SaveError {
        message: lang.f(crate::i18n::Tx::WriteFailed, &[&shown, &crate::safe_text::visible(&e.to_string())]),
        blocks_writes: false,
    }
}

#[cfg(test)]
mod tests {
    //! Against a real database, as the loop runs it: the keys of the upkeep menu, the import
    //! through `perform`, the report on the screen, the offers in the store and in the list.
    use super::super::step;
    use crate::app::overlay::Overlay;
    use crate::app::{Code, Key, Msg, State};
    use crate::domain::{Date, Offer, OfferId};
    use crate::store::Store;

    fn keys(store: &dyn Store, state: &mut State, keys: &[Key]) {
        for &k in keys {
            step(store, state, Msg::Key(k));
        }
        state.settle();
    }

    fn text(store: &dyn Store, state: &mut State, s: &str) {
        for c in s.chars() {
            step(store, state, Msg::Key(Key::ch(c)));
        }
    }

    fn start() -> (tempfile::TempDir, crate::store::SledStore, State) {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = crate::store::SledStore::open(&dir.path().join("db")).expect("open");
        store.put_offer(&Offer::new(OfferId::parse("ALT-1").expect("id"), "Altes Angebot")).expect("offer");
        let now = Date::from_ymd(2026, 12, 4).expect("day").naive().and_hms_opt(10, 35, 0).expect("time");
        let source = crate::app::Source { demo: false, path: String::new() };
        let mut state = State::new(crate::i18n::Lang::De, now, source, Vec::new());
        state.settings.counsellor = "MK".into();
        super::super::install(&mut state, super::super::load(&store).expect("load"));
        step(&store, &mut state, Msg::Resize(80, 24));
        (dir, store, state)
    }

    fn fixture(name: &str) -> std::path::PathBuf {
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import").join(name)
    }

    fn import(store: &dyn Store, state: &mut State, file: &std::path::Path, mode_downs: usize) {
        keys(store, state, &[Key::ctrl('a'), Key::ch('4'), Key::ctrl('u')]);
        text(store, state, &file.display().to_string());
        keys(store, state, &[Key::plain(Code::Tab), Key::plain(Code::Tab)]);
        keys(store, state, &vec![Key::plain(Code::Down); mode_downs]);
        keys(store, state, &[Key::ctrl('s')]);
    }

    fn report(state: &State) -> String {
        match &state.overlay {
            Some(Overlay::Report(r)) => r.lines.join("\n"),
            other => panic!("no report: {other:?}"),
        }
    }

    #[test]
    fn an_import_from_the_running_program_adds_the_offers_and_shows_the_report() {
        let (_dir, store, mut state) = start();
        import(&store, &mut state, &fixture("utf8_bom_semicolon.csv"), 0);
        let shown = report(&state);
        // The same report `lotse import` prints.
        let args = crate::cli::transfer::ImportArgs {
            file: fixture("utf8_bom_semicolon.csv"),
            sheet: None,
            dry_run: true,
            skip_invalid: false,
        };
        let other = tempfile::tempdir().expect("tempdir");
        let fresh = crate::store::SledStore::open(&other.path().join("db")).expect("open");
        let cli = crate::cli::transfer::import_report(&fresh, &args, crate::i18n::Lang::De).expect("cli");
        let first_line = |s: &str| s.lines().next().unwrap_or_default().to_string();
        assert_eq!(first_line(&shown), first_line(&cli.report), "{shown}");
        assert!(shown.contains("ABH-STADT") || shown.contains("neu: "), "{shown}");
        let stored: Vec<String> =
            store.all_offers().expect("offers").iter().map(|o| o.id.to_string()).collect();
        assert!(
            stored.contains(&"ABH-STADT".to_string()) && stored.contains(&"ALT-1".to_string()),
            "{stored:?}"
        );
        assert_eq!(state.catalog.offers.len(), stored.len(), "memory follows the store");
        // Closed, the list finds an imported offer at once.
        keys(&store, &mut state, &[Key::plain(Code::Esc)]);
        text(&store, &mut state, "auslaenderbehoerde");
        state.settle();
        let hits: Vec<&str> =
            state.dir.results.hits.iter().map(|h| state.catalog.offers[h.offer].id.as_str()).collect();
        assert!(hits.contains(&"ABH-STADT"), "{hits:?}");
    }

    #[test]
    fn rejected_rows_save_nothing_and_a_missing_file_is_one_sentence_in_the_form() {
        let (_dir, store, mut state) = start();
        import(&store, &mut state, &fixture("bad_rows.csv"), 0);
        let shown = report(&state);
        assert!(shown.contains("abgelehnt"), "{shown}");
        assert_eq!(store.all_offers().expect("offers").len(), 1, "nothing saved");
        keys(&store, &mut state, &[Key::plain(Code::Esc)]);
        let missing = std::path::Path::new("/nonexistent/angebote.csv");
        import(&store, &mut state, missing, 0);
        let Some(Overlay::Modal(m)) = &state.overlay else { panic!("the form again: {:?}", state.overlay) };
        let error = m.form.get(crate::app::modal::ModalField::Path).error.clone().unwrap_or_default();
        assert!(error.contains("/nonexistent/angebote.csv") && !error.contains('\n'), "{error}");
        assert!(state.read_only.is_none());
    }

    #[test]
    fn export_and_backup_now_write_owner_only_files_that_read_back() {
        let (dir, store, mut state) = start();
        state.backups =
            Some(crate::app::state::Backups { dir: dir.path().join("db-backups"), last: None, failed: None });
        let target = dir.path().join("out").join("angebote.json");
        keys(&store, &mut state, &[Key::ctrl('a'), Key::ch('5'), Key::ctrl('u')]);
        text(&store, &mut state, &target.display().to_string());
        keys(&store, &mut state, &[Key::plain(Code::Tab), Key::plain(Code::Down), Key::plain(Code::Down)]);
        keys(&store, &mut state, &[Key::ctrl('s')]);
        assert!(report(&state).contains("Angebote: 1"), "{}", report(&state));
        let json = std::fs::read_to_string(&target).unwrap_or_else(|e| panic!("{e}: {}", report(&state)));
        assert!(json.contains("ALT-1"));
        keys(&store, &mut state, &[Key::plain(Code::Esc), Key::ctrl('a'), Key::ch('6'), Key::ctrl('s')]);
        let file = dir.path().join("db-backups").join("lotse-2026-12-04-1035.lotsebak");
        assert!(report(&state).contains("lotse-2026-12-04-1035.lotsebak"), "{}", report(&state));
        let (_, records) = crate::store::backup::read(&file, None).expect("a good backup");
        assert!(!records.is_empty());
        assert_eq!(state.backups.as_ref().and_then(|b| b.last), Date::from_ymd(2026, 12, 4));
        #[cfg(unix)]
        for f in [&target, &file] {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(f).expect("meta").permissions().mode();
            assert_eq!(mode & 0o077, 0, "owner-only: {mode:o}");
        }
    }

    /// The form's file field after a failed job, and that nothing switched to read-only.
    fn form_error(state: &State) -> String {
        let Some(Overlay::Modal(m)) = &state.overlay else { panic!("the form again: {:?}", state.overlay) };
        assert!(state.read_only.is_none(), "a file problem blocks no later save");
        m.form.get(crate::app::modal::ModalField::Path).error.clone().unwrap_or_default()
    }

    #[test]
    fn a_file_that_is_no_table_and_a_target_that_cannot_be_written_are_one_sentence_each() {
        let (dir, store, mut state) = start();
        // A binary file (a backup) offered as an import.
        let binary = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/backup_release1.lotsebak");
        import(&store, &mut state, &binary, 0);
        let error = form_error(&state);
        assert!(error.contains("backup_release1.lotsebak") && !error.contains('\n'), "{error}");
        keys(&store, &mut state, &[Key::plain(Code::Esc), Key::ch('j')]);
        // An export below a file (no folder can be made there): nothing written, one sentence.
        let blocker = dir.path().join("eine-datei");
        std::fs::write(&blocker, b"x").expect("file");
        let target = blocker.join("angebote.csv");
        keys(&store, &mut state, &[Key::ctrl('a'), Key::ch('5'), Key::ctrl('u')]);
        text(&store, &mut state, &target.display().to_string());
        keys(&store, &mut state, &[Key::ctrl('s')]);
        let error = form_error(&state);
        assert!(error.contains("angebote.csv") && !error.contains('\n'), "{error}");
        assert_eq!(store.all_offers().expect("offers").len(), 1, "the database as it was");
    }
}
