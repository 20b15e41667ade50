//! `lotse backup FILE` and `lotse restore FILE`: the whole database into one checked file and
//! back into an empty database. The file format and the checks live in `store::backup`.

use super::CliError;
use super::transfer::write_out;
use crate::i18n::{Lang, Tx};
use crate::safe_text::visible;
use crate::store::Store;
use crate::store::backup::{self, kinds_line};
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct BackupArgs {
    /// Backup file to write, e.g. lotse-2026-11-25.lotsebak (written atomically, owner-only)
    #[arg(value_name = "DATEI")]
    pub file: PathBuf,
    /// Encrypt with a passphrase (asked twice; never on the command line)
    #[arg(long)]
    pub encrypt: bool,
}

#[derive(Debug, clap::Args)]
pub struct RestoreArgs {
    /// Backup file written by `lotse backup`
    #[arg(value_name = "DATEI")]
    pub file: PathBuf,
}

pub fn backup(
    store: &dyn Store,
    args: &BackupArgs,
    lang: Lang,
    out: &mut dyn std::io::Write,
) -> Result<(), CliError> {
    let now = chrono::Utc::now().timestamp();
    let passphrase = if args.encrypt { Some(passphrase(lang, true)?) } else { None };
    let summary = backup::backup_with(store, &args.file, now, passphrase.as_deref())
        .map_err(|e| CliError::Failed(e.message(lang, &args.file, &store.location())))?;
    let file = visible(&args.file.display().to_string()).into_owned();
    let msg = lang
        .f(Tx::BackupDone, &[&file, &summary.records, &kinds_line(&summary.kinds, lang), &summary.sha256]);
    write_out(out, format!("{msg}\n").as_bytes(), lang)
}

pub fn restore(
    store: &dyn Store,
    args: &RestoreArgs,
    lang: Lang,
    out: &mut dyn std::io::Write,
) -> Result<(), CliError> {
    let passphrase =
        if backup::file_is_encrypted(&args.file) { Some(passphrase(lang, false)?) } else { None };
    let report = backup::restore_with(store, &args.file, passphrase.as_deref())
        .map_err(|e| CliError::Failed(e.message(lang, &args.file, &store.location())))?;
    let created = chrono::DateTime::from_timestamp(report.header.created, 0)
        .map(|t| t.with_timezone(&chrono::Local).format("%d.%m.%Y %H:%M").to_string())
        .unwrap_or_else(|| report.header.created.to_string());
    let file = visible(&args.file.display().to_string()).into_owned();
    let mut msg =
        lang.f(Tx::RestoreDone, &[&file, &created, &report.header.schema, &kinds_line(&report.kinds, lang)]);
    if !report.counters.is_empty() {
        let raised: Vec<String> = report
            .counters
            .iter()
            .map(|c| format!("{} {} → {}", backup::kind_label(c.seq.kind(), lang), c.was, c.now))
            .collect();
        msg.push('\n');
        msg.push_str(&lang.f(Tx::RestoreCounters, &[&raised.join(", ")]));
    }
    write_out(out, format!("{msg}\n").as_bytes(), lang)
}

/// Asks for the passphrase on the terminal without echo (twice with `confirm`). Without a
/// terminal it is read from standard input, one line per question, so that scripts can pipe
/// it in — never from the command line, where other users could read it in the process list.
fn passphrase(lang: Lang, confirm: bool) -> Result<String, CliError> {
    use std::io::{BufRead, IsTerminal};
    let mut lines = std::io::stdin().lock().lines();
    let mut ask = |prompt: Tx| -> Result<String, CliError> {
        if std::io::stdin().is_terminal() {
            rpassword::prompt_password(lang.t(prompt)).map_err(|e| CliError::Io(e.to_string()))
        } else {
            Ok(lines.next().transpose().map_err(|e| CliError::Io(e.to_string()))?.unwrap_or_default())
        }
    };
    let first = ask(Tx::PassphraseAsk)?;
    if first.is_empty() {
        return Err(CliError::Failed(lang.t(Tx::PassphraseEmpty).to_string()));
    }
    if confirm && ask(Tx::PassphraseAgain)? != first {
        return Err(CliError::Failed(lang.t(Tx::PassphraseMismatch).to_string()));
    }
    Ok(first)
}
