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
    Ok(answer(Payload::Written(String::from_utf8_lossy(&said).trim_end().to_string())))
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
