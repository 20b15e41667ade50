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
    }
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
