//! `lotse --db DESK migrate --to postgres://…`: moves a desk's database into the team's
//! server database, which must be empty. Every record goes as it is stored (the codec's
//! bytes), counters included, in one transaction on the server; then the records of every
//! kind are counted on both sides. The desk's database is only read.

use super::CliError;
use super::transfer::write_out;
use crate::i18n::{Lang, Tx};
use crate::safe_text::visible;
use crate::store::backup::{kind_label, kinds_line};
use crate::store::{Kind, Store};

#[derive(Debug, clap::Args)]
pub struct MigrateArgs {
    /// Target: postgres://USER@HOST:PORT/DATABASE (password from PGPASSWORD or ~/.pgpass)
    #[arg(long, value_name = "postgres://…")]
    pub to: String,
}

pub fn run(
    source: &dyn Store,
    args: &MigrateArgs,
    lang: Lang,
    out: &mut dyn std::io::Write,
) -> Result<(), CliError> {
    if !crate::store::postgres::is_server_address(&args.to) {
        let shown = visible(&crate::store::postgres::redact(&args.to)).into_owned();
        return Err(CliError::Usage(lang.f(Tx::MigrateNotServer, &[&shown])));
    }
    let target = crate::store::open(std::path::Path::new(&args.to))?;
    let at = visible(&target.location()).into_owned();
    let present = target.contents()?;
    if !present.is_empty() {
        return Err(CliError::Failed(lang.f(Tx::MigrateNotEmpty, &[&at, &kinds_line(&present, lang)])));
    }
    let records = source.export_records()?;
    let expected = source.contents()?;
    let repairs = target.import_records(&records)?;
    let found = target.contents()?;
    // Counters raised on the way leave one audit entry each.
    let differ: Vec<String> = Kind::ALL
        .into_iter()
        .filter_map(|kind| {
            let count = |list: &[(Kind, u64)]| list.iter().find(|(k, _)| *k == kind).map_or(0, |(_, n)| *n);
            let want = count(&expected) + if kind == Kind::Audit { repairs.len() as u64 } else { 0 };
            let got = count(&found);
            (want != got).then(|| format!("{} {want} → {got}", kind_label(kind, lang)))
        })
        .collect();
    let from = visible(&source.location()).into_owned();
    if !differ.is_empty() {
        return Err(CliError::Failed(lang.f(Tx::MigrateCounts, &[&differ.join(", "), &from])));
    }
    let msg = lang.f(Tx::MigrateDone, &[&from, &at, &kinds_line(&found, lang)]);
    write_out(out, format!("{msg}\n").as_bytes(), lang)
}
