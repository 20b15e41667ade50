//! `lotse import` and `lotse export`: offers in from files and out to files. Reading files and
//! writing the database happen here; the formats and the import rules live in `transfer`.
//!
//! Policy (README, docs/import-export.md): an import with rejected rows saves nothing unless
//! `--skip-invalid` is given; what is saved is saved in one atomic batch; a rejected row always
//! makes the exit code 1.

use super::CliError;
use crate::domain::{Offer, OfferId};
use crate::files;
use crate::i18n::{Lang, Tx};
use crate::safe_text::visible;
use crate::store::Store;
use crate::transfer::{self, FileFormat, Outcome};
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// CSV, JSON, Excel (.xlsx) or LibreOffice (.ods) file with offers (format by extension,
    /// else by content)
    #[arg(value_name = "DATEI")]
    pub file: PathBuf,
    /// Workbooks: the sheet to read (default: the first visible one)
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Check and report only; nothing is saved
    #[arg(long)]
    pub dry_run: bool,
    /// Save the rows without errors even when other rows are rejected
    #[arg(long)]
    pub skip_invalid: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    Csv,
    Json,
    Xlsx,
    Hsds,
}

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// csv (spreadsheets), xlsx (Excel), json (lossless); default: by the file name, else csv
    #[arg(long, value_enum)]
    pub format: Option<ExportFormat>,
    /// Write to this file (atomically, owner-only) instead of standard output
    #[arg(short = 'o', long = "output", value_name = "DATEI")]
    pub output: Option<PathBuf>,
    /// Include internal notes (never for files that leave the office)
    #[arg(long)]
    pub with_internal: bool,
}

/// Reads, checks and (unless refused) saves; the report goes to `out`.
pub fn import(store: &dyn Store, args: &ImportArgs, lang: Lang, out: &mut dyn Write) -> Result<(), CliError> {
    let done = import_report(store, args, lang)?;
    write_out(out, done.report.as_bytes(), lang)?;
    if done.rejected > 0 {
        return Err(CliError::Failed(lang.f(Tx::ImportRejected, &[&done.rejected, &done.read])));
    }
    Ok(())
}

/// What one import did: the report as `lotse import` prints it, the offers it saved (as
/// stored), and how many rows it read and rejected.
#[derive(Debug)]
pub struct Imported {
    pub report: String,
    pub saved: Vec<Offer>,
    pub read: usize,
    pub rejected: usize,
}

/// The import itself, shared by `lotse import` and the upkeep menu inside the screen: reads
/// and checks the file, saves (unless a dry run or refused) in one atomic batch, and returns
/// the report. A file that cannot be read is an error in one sentence; rejected rows are not
/// an error here (the report names them).
pub fn import_report(store: &dyn Store, args: &ImportArgs, lang: Lang) -> Result<Imported, CliError> {
    let name = args.file.display().to_string();
    let (source, rows) = match hsds_folder(&args.file) {
        Some(dir) => {
            let files = read_package(&dir, lang)?;
            let rows =
                transfer::read_hsds_tables(&files).map_err(|e| CliError::Failed(e.message(lang, &name)))?;
            (
                transfer::Source { format: FileFormat::Hsds, encoding: None, delimiter: None, sheet: None },
                rows,
            )
        }
        None => {
            let bytes = read_file(&args.file, transfer::MAX_FILE_BYTES, lang)?;
            transfer::read_sheet(&bytes, FileFormat::from_path(&args.file), args.sheet.as_deref())
                .map_err(|e| CliError::Failed(e.message(lang, &name)))?
        }
    };
    let existing: BTreeMap<OfferId, Offer> =
        store.all_offers()?.into_iter().map(|o| (o.id.clone(), o)).collect();
    let mut plan = transfer::plan(rows, &existing);
    drop(existing);
    let rejected = plan.counts.rejected;
    let outcome = match (args.dry_run, rejected > 0 && !args.skip_invalid) {
        (true, _) => Outcome::DryRun,
        (false, true) => Outcome::Refused,
        (false, false) => Outcome::Saved,
    };
    if outcome == Outcome::Saved && !plan.writes.is_empty() {
        // One sled batch, then flush + fsync: a kill leaves the directory as before or after.
        store.put_offers(&plan.writes)?;
    }
    let report = transfer::render(&plan, &source, &name, outcome, lang);
    let saved = if outcome == Outcome::Saved { std::mem::take(&mut plan.writes) } else { Vec::new() };
    Ok(Imported { report, saved, read: plan.counts.read, rejected })
}

/// The folder of an HSDS data package, when `path` is one (or its `datapackage.json`).
fn hsds_folder(path: &Path) -> Option<PathBuf> {
    if path.is_dir() {
        return Some(path.to_path_buf());
    }
    let is_package = path.file_name().is_some_and(|n| n.eq_ignore_ascii_case("datapackage.json"));
    is_package.then(|| path.parent().map_or_else(|| PathBuf::from("."), Path::to_path_buf))
}

/// The tables of a data package that exist in `dir`, each read with the size cap.
fn read_package(dir: &Path, lang: Lang) -> Result<Vec<(String, Vec<u8>)>, CliError> {
    let mut files = Vec::new();
    for file in transfer::hsds_files() {
        let path = dir.join(file);
        if path.is_file() {
            files.push((file.to_string(), read_file(&path, transfer::MAX_FILE_BYTES, lang)?));
        }
    }
    Ok(files)
}

/// Writes the directory to `-o FILE` (atomically, 0600) or to `out`.
pub fn export(store: &dyn Store, args: &ExportArgs, lang: Lang, out: &mut dyn Write) -> Result<(), CliError> {
    let offers = store.all_offers()?;
    let by_name = args.output.as_deref().and_then(FileFormat::from_path).map(|f| match f {
        FileFormat::Csv => ExportFormat::Csv,
        FileFormat::Json => ExportFormat::Json,
        FileFormat::Workbook => ExportFormat::Xlsx,
        FileFormat::Hsds => ExportFormat::Hsds,
    });
    let format = args.format.or(by_name).unwrap_or(ExportFormat::Csv);
    if format == ExportFormat::Hsds {
        return export_hsds(&offers, args, lang, out);
    }
    let bytes = match format {
        ExportFormat::Csv => {
            transfer::to_csv(&offers, args.with_internal).map_err(|e| CliError::Io(e.to_string()))?
        }
        ExportFormat::Json => transfer::to_json(&offers, args.with_internal).into_bytes(),
        ExportFormat::Xlsx => {
            transfer::to_xlsx(&offers, args.with_internal).map_err(|e| CliError::Io(e.to_string()))?
        }
        ExportFormat::Hsds => Vec::new(),
    };
    let Some(path) = &args.output else {
        // A workbook is binary: never onto a terminal.
        if format == ExportFormat::Xlsx && std::io::IsTerminal::is_terminal(&std::io::stdout()) {
            return Err(CliError::Failed(lang.t(Tx::ExportBinaryNeedsFile).to_string()));
        }
        // On a terminal, stored text could carry escape sequences: show them, never send them.
        // Into a pipe or file the bytes go unchanged (a lossless export stays lossless).
        if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
            let text = String::from_utf8_lossy(&bytes).replace("\r\n", "\n");
            return write_out(out, crate::safe_text::visible_multiline(&text).as_bytes(), lang);
        }
        return write_out(out, &bytes, lang);
    };
    let shown = visible(&path.display().to_string()).into_owned();
    files::write_atomic(path, &bytes)
        .map_err(|e| CliError::Failed(lang.f(Tx::WriteFailed, &[&shown, &visible(&e.to_string())])))?;
    let mut msg = lang.f(Tx::ExportDone, &[&offers.len(), &shown]);
    if !args.with_internal {
        msg = format!("{msg}\n{}", lang.t(Tx::ExportNoInternal));
    }
    write_out(out, format!("{msg}\n").as_bytes(), lang)
}

/// HSDS: JSON to standard output or to `-o FILE.json`; otherwise `-o` names a folder that gets
/// the data package (created owner-only; each file written atomically, 0600).
fn export_hsds(offers: &[Offer], args: &ExportArgs, lang: Lang, out: &mut dyn Write) -> Result<(), CliError> {
    if args.with_internal {
        return Err(CliError::Failed(lang.t(Tx::HsdsNoInternal).to_string()));
    }
    let json_file =
        args.output.as_deref().is_some_and(|p| FileFormat::from_path(p) == Some(FileFormat::Json));
    let Some(path) = args.output.as_deref().filter(|_| !json_file) else {
        let bytes = transfer::to_hsds_json(offers).into_bytes();
        return match &args.output {
            Some(path) => {
                let shown = visible(&path.display().to_string()).into_owned();
                files::write_atomic(path, &bytes).map_err(|e| {
                    CliError::Failed(lang.f(Tx::WriteFailed, &[&shown, &visible(&e.to_string())]))
                })?;
                write_out(
                    out,
                    format!("{}\n", lang.f(Tx::ExportDone, &[&offers.len(), &shown])).as_bytes(),
                    lang,
                )
            }
            None if std::io::IsTerminal::is_terminal(&std::io::stdout()) => write_out(
                out,
                crate::safe_text::visible_multiline(&String::from_utf8_lossy(&bytes)).as_bytes(),
                lang,
            ),
            None => write_out(out, &bytes, lang),
        };
    };
    let shown = visible(&path.display().to_string()).into_owned();
    let fail = |e: io::Error| CliError::Failed(lang.f(Tx::WriteFailed, &[&shown, &visible(&e.to_string())]));
    files::create_private_dir(path).map_err(fail)?;
    for (name, bytes) in transfer::to_hsds_tables(offers).map_err(fail)? {
        files::write_atomic(&path.join(name), &bytes).map_err(fail)?;
    }
    write_out(out, format!("{}\n", lang.f(Tx::ExportDone, &[&offers.len(), &shown])).as_bytes(), lang)
}

/// Reads a file with a size cap, explaining every failure in one sentence.
pub(super) fn read_file(path: &Path, max: u64, lang: Lang) -> Result<Vec<u8>, CliError> {
    let shown = visible(&path.display().to_string()).into_owned();
    files::read_capped(path, max).map_err(|e| {
        CliError::Failed(match e {
            files::ReadError::TooLarge { size, max } => {
                transfer::FileError::TooLarge { size, max }.message(lang, &path.display().to_string())
            }
            files::ReadError::Io(e) if e.kind() == io::ErrorKind::NotFound => {
                lang.f(Tx::FileNotFound, &[&shown])
            }
            files::ReadError::Io(e) => lang.f(Tx::FileRead, &[&shown, &visible(&e.to_string())]),
        })
    })
}

/// Standard output: a closed pipe (`| head`) is not worth a message, a full disk is.
pub(crate) fn write_out(out: &mut dyn Write, bytes: &[u8], lang: Lang) -> Result<(), CliError> {
    match out.write_all(bytes).and_then(|_| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            Err(CliError::Failed(lang.f(Tx::WriteFailed, &[&"stdout", &visible(&e.to_string())])))
        }
        _ => Ok(()),
    }
}
