//! `lotse client erase K-NNNN [--yes]`: a client erased for good (Art. 17 GDPR), with every
//! referral and history entry, and the database rewritten so that the bytes leave the disk.
//! Asks for the number to be typed again unless `--yes`; without a terminal `--yes` is
//! required. Messages name the client by number only, never by name.

use super::CliError;
use super::transfer::write_out;
use crate::domain::ClientRef;
use crate::i18n::{Lang, Tx};
use crate::safe_text::visible;
use crate::store::Store;
use std::io::{BufRead, IsTerminal, Write};

#[derive(Debug, clap::Subcommand)]
pub enum ClientCommand {
    /// Erase the client with every referral and entry for good
    Erase(EraseArgs),
    /// Write everything stored about the client: a readable text and a JSON file
    Export(ExportArgs),
    /// Show the audit trail of the client (or of the whole database without a number)
    Audit(AuditArgs),
    /// Records due for anonymisation under the retention period; anonymise them
    Retention(RetentionArgs),
}

#[derive(Debug, clap::Args)]
pub struct RetentionArgs {
    /// Anonymise the records that are due (asks first unless --yes)
    #[arg(long)]
    pub anonymise: bool,
    /// Set the retention period in months (1–120; default 24) and save it
    #[arg(long, value_name = "MONATE")]
    pub months: Option<u16>,
    /// Do not ask (for scripts)
    #[arg(long)]
    pub yes: bool,
}

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Client number, e.g. K-0042
    #[arg(value_name = "K-NNNN")]
    pub number: String,
    /// File name without extension; .txt and .json are added (default: auskunft-K-NNNN)
    #[arg(short, long, value_name = "DATEI")]
    pub output: Option<std::path::PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct AuditArgs {
    /// Client number, e.g. K-0042
    #[arg(value_name = "K-NNNN")]
    pub number: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct EraseArgs {
    /// Client number, e.g. K-0042
    #[arg(value_name = "K-NNNN")]
    pub number: String,
    /// Do not ask (for scripts)
    #[arg(long)]
    pub yes: bool,
}

pub fn run(store: &dyn Store, cmd: &ClientCommand, lang: Lang, out: &mut dyn Write) -> Result<(), CliError> {
    match cmd {
        ClientCommand::Erase(args) => erase(store, args, lang, out, &mut std::io::stdin().lock()),
        ClientCommand::Export(args) => export(store, args, lang, out),
        ClientCommand::Audit(args) => audit(store, args, lang, out),
        ClientCommand::Retention(args) => retention(store, args, lang, out, &mut std::io::stdin().lock()),
    }
}

/// `lotse client retention [--months N] [--anonymise [--yes]]`.
pub fn retention(
    store: &dyn Store,
    args: &RetentionArgs,
    lang: Lang,
    out: &mut dyn Write,
    input: &mut dyn BufRead,
) -> Result<(), CliError> {
    use crate::domain::Settings;
    if let Some(m) = args.months {
        if !(Settings::RETENTION_MIN..=Settings::RETENTION_MAX).contains(&m) {
            return Err(CliError::Usage(
                lang.f(Tx::RetentionRange, &[&Settings::RETENTION_MIN, &Settings::RETENTION_MAX]),
            ));
        }
        let settings = Settings { retention_months: m, ..store.settings()? };
        store.put_settings(&settings)?;
        write_out(out, format!("{}\n", lang.f(Tx::RetentionSet, &[&m])).as_bytes(), lang)?;
    }
    let today = crate::domain::Date::from_naive(chrono::Local::now().date_naive());
    let due = crate::privacy::due_for_anonymisation(store, today)?;
    let months = store.settings()?.retention_months;
    if due.is_empty() {
        return write_out(out, format!("{}\n", lang.f(Tx::RetentionNoneDue, &[&months])).as_bytes(), lang);
    }
    let list: Vec<String> =
        due.iter().map(|(id, d)| format!("{} ({:02}.{})", ClientRef(*id), d.month(), d.year())).collect();
    write_out(
        out,
        format!("{}\n", lang.f(Tx::RetentionDue, &[&due.len(), &months, &list.join(", ")])).as_bytes(),
        lang,
    )?;
    if !args.anonymise {
        return Ok(());
    }
    if !args.yes {
        if !std::io::stdin().is_terminal() {
            return Err(CliError::Failed(lang.t(Tx::RetentionNeedsYes).to_string()));
        }
        write_out(out, lang.f(Tx::RetentionAsk, &[&due.len()]).as_bytes(), lang)?;
        let _ = out.flush();
        let mut answer = String::new();
        input.read_line(&mut answer).map_err(|e| CliError::Io(e.to_string()))?;
        if !matches!(answer.trim().to_lowercase().as_str(), "j" | "ja" | "y" | "yes") {
            return Err(CliError::Failed(lang.t(Tx::RetentionNotConfirmed).to_string()));
        }
    }
    let ids: Vec<u64> = due.iter().map(|(id, _)| *id).collect();
    let done = store.anonymise_clients(&ids, today)?;
    write_out(out, format!("{}\n", lang.f(Tx::RetentionDone, &[&done])).as_bytes(), lang)
}

fn number_of(text: &str, lang: Lang) -> Result<ClientRef, CliError> {
    ClientRef::parse(text).ok_or_else(|| CliError::Usage(lang.f(Tx::EraseBadNumber, &[&visible(text)])))
}

/// Everything about one client for the copy: the record, their referrals with history, and
/// the audit entries of the record and its referrals.
pub fn person_data(store: &dyn Store, id: u64) -> Result<Option<crate::privacy::PersonData>, CliError> {
    Ok(crate::privacy::person_data(store, id)?)
}

/// `lotse client export K-NNNN`: the person's own copy, as text and JSON, owner-only.
pub fn export(store: &dyn Store, args: &ExportArgs, lang: Lang, out: &mut dyn Write) -> Result<(), CliError> {
    use crate::domain::audit::{AuditAction, Subject};
    let number = number_of(&args.number, lang)?;
    let name = number.to_string();
    let Some(data) = person_data(store, number.0)? else {
        return Err(CliError::Failed(lang.f(Tx::EraseNoSuchClient, &[&name])));
    };
    let base = args.output.clone().unwrap_or_else(|| format!("auskunft-{name}").into());
    let today = crate::domain::Date::from_naive(chrono::Local::now().date_naive());
    let (txt, json) = crate::privacy::write_copy(&data, &base, lang, today).map_err(|(path, e)| {
        CliError::Failed(
            lang.f(Tx::WriteFailed, &[&visible(&path.display().to_string()), &visible(&e.to_string())]),
        )
    })?;
    store.apply(&[crate::store::Change::Logged(AuditAction::Exported, &Subject::Client(number.0))])?;
    let shown = |p: &std::path::Path| visible(&p.display().to_string()).into_owned();
    let msg = lang.f(Tx::PersonCopyDone, &[&name, &shown(&txt), &shown(&json)]);
    write_out(out, format!("{msg}\n").as_bytes(), lang)
}

/// `lotse client audit [K-NNNN]`: the trail, one line per entry, values never.
pub fn audit(store: &dyn Store, args: &AuditArgs, lang: Lang, out: &mut dyn Write) -> Result<(), CliError> {
    let only = args.number.as_deref().map(|n| number_of(n, lang)).transpose()?;
    let mut text = String::new();
    for e in store.audit_log()? {
        if only.is_some_and(|n| !e.subject.concerns_client(n.0)) {
            continue;
        }
        text.push_str(&format!(
            "{}  {:<4} {:<12} {:<10} {}\n",
            e.at,
            visible(&e.who),
            e.subject.to_string(),
            crate::i18n::audit_action(e.action, lang),
            visible(&e.fields.join(", "))
        ));
    }
    if text.is_empty() {
        text = format!("{}\n", lang.pick("Keine Einträge.", "No entries."));
    }
    write_out(out, text.as_bytes(), lang)
}

/// Erases after the confirmation read from `input` (a terminal) or `--yes`.
pub fn erase(
    store: &dyn Store,
    args: &EraseArgs,
    lang: Lang,
    out: &mut dyn Write,
    input: &mut dyn BufRead,
) -> Result<(), CliError> {
    let Some(number) = ClientRef::parse(&args.number) else {
        return Err(CliError::Usage(lang.f(Tx::EraseBadNumber, &[&visible(&args.number)])));
    };
    let name = number.to_string();
    if store.client(number.0)?.is_none() {
        return Err(CliError::Failed(lang.f(Tx::EraseNoSuchClient, &[&name])));
    }
    if !args.yes {
        if !std::io::stdin().is_terminal() {
            return Err(CliError::Failed(lang.f(Tx::EraseNeedsYes, &[&name])));
        }
        let referrals = store.referrals_of(crate::domain::ClientId(number.0))?.len();
        write_out(out, lang.f(Tx::EraseAsk, &[&name, &referrals]).as_bytes(), lang)?;
        let _ = out.flush();
        let mut answer = String::new();
        input.read_line(&mut answer).map_err(|e| CliError::Io(e.to_string()))?;
        if ClientRef::parse(answer.trim()) != Some(number) {
            return Err(CliError::Failed(lang.f(Tx::EraseNotConfirmed, &[&name])));
        }
    }
    let Some(erased) = store.erase_client(number.0)? else {
        return Err(CliError::Failed(lang.f(Tx::EraseNoSuchClient, &[&name])));
    };
    let msg = lang.f(Tx::EraseDone, &[&name, &erased.referrals, &erased.events]);
    write_out(out, format!("{msg}\n").as_bytes(), lang)
}
