//! Command-line arguments and the non-interactive commands. The global options (`--db`,
//! `--demo`, `--lang`) come before a subcommand; without one, Lotse opens its screen.

pub mod backup;
pub mod bench;
pub mod client;
pub mod crash;
pub mod migrate;
pub mod report;
pub mod search;
pub mod transfer;

use crate::domain::Date;
use crate::i18n::{Lang, T};
use crate::store::{Store, StoreError};
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(name = "lotse", version, about = "Lotse – Angebote, Erstgespräch und Verweise für Welcome Center")]
pub struct Args {
    /// Database directory (default: the platform's data directory)
    #[arg(long, global = true, env = "LOTSE_DB", value_name = "PFAD")]
    pub db: Option<PathBuf>,
    /// Folder for Lotse's own daily backups (default: beside the database, `<db>-backups`)
    #[arg(long, global = true, env = "LOTSE_BACKUP_DIR", value_name = "ORDNER")]
    pub backup_dir: Option<PathBuf>,
    /// Run on a temporary database with the built-in fictional demo directory
    #[arg(long, global = true)]
    pub demo: bool,
    /// UI language: de or en (default: German; LANG=en* picks English)
    #[arg(long, global = true, value_name = "de|en")]
    pub lang: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Search the directory and print the ranked offers (same ranking as the screen)
    Search(search::SearchArgs),
    /// Start-up timings and peak memory, for the benchmark (not for daily use)
    #[command(hide = true)]
    BenchStart,
    /// Real writes with acknowledgements, for the crash test (not for daily use)
    #[command(hide = true)]
    CrashWriter {
        seed: u64,
        #[arg(long, default_value_t = 100_000)]
        ops: usize,
    },
    /// Import offers from CSV, Excel, LibreOffice, JSON or HSDS (new ids are added, known ids updated)
    Import(transfer::ImportArgs),
    /// Export the directory as CSV, Excel (.xlsx), JSON (lossless) or Open Referral HSDS
    Export(transfer::ExportArgs),
    /// Back up the whole database into one checked file
    Backup(backup::BackupArgs),
    /// Restore a backup into an empty database
    Restore(backup::RestoreArgs),
    /// One client: erase, their own copy, the audit trail (GDPR)
    #[command(subcommand)]
    Client(client::ClientCommand),
    /// Key figures of a period, anonymous (text, csv, json, md)
    Report(report::ReportArgs),
    /// Set up a database; with --demo, fill an empty one with the demo directory and cases
    Init,
    /// Move this desk's database to a PostgreSQL server (the target must be empty)
    Migrate(migrate::MigrateArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// The command line with its help texts in `lang` (the doc comments above are only fallbacks).
pub fn command(lang: Lang) -> clap::Command {
    use crate::i18n::Tc;
    use clap::{Arg, ArgAction, CommandFactory};
    let t = |m: Tc| lang.t(m);
    // Headings per argument kind, and our own -h/-V so that their texts are translated too.
    let headings = |a: Arg| {
        let heading = if a.is_positional() { t(Tc::Arguments) } else { t(Tc::Options) };
        a.help_heading(heading)
    };
    let localized = |c: clap::Command| {
        c.help_template(t(Tc::Template))
            .subcommand_help_heading(t(Tc::Commands))
            .disable_help_flag(true)
            .arg(Arg::new("help").short('h').long("help").action(ArgAction::Help).help(t(Tc::Help)))
            .mut_args(headings)
    };
    let root = Args::command()
        .about(t(Tc::About))
        .disable_help_subcommand(true)
        .disable_version_flag(true)
        .arg(Arg::new("version").short('V').long("version").action(ArgAction::Version).help(t(Tc::Version)))
        .mut_arg("db", |a| a.help(t(Tc::Db)))
        .mut_arg("demo", |a| a.help(t(Tc::Demo)))
        .mut_arg("lang", |a| a.help(t(Tc::Lang)))
        .mut_subcommand("search", |s| {
            localized(s.about(t(Tc::Search)))
                .mut_arg("needs", |a| a.help(t(Tc::SearchNeed)))
                .mut_arg("limit", |a| a.help(t(Tc::SearchLimit)))
                .mut_arg("format", |a| a.help(t(Tc::SearchFormat)))
                .mut_arg("words", |a| a.help(t(Tc::SearchWords)))
        })
        .mut_subcommand("import", |s| {
            localized(s.about(t(Tc::Import)))
                .mut_arg("file", |a| a.help(t(Tc::ImportFile)))
                .mut_arg("sheet", |a| a.help(t(Tc::ImportSheet)))
                .mut_arg("dry_run", |a| a.help(t(Tc::ImportDryRun)))
                .mut_arg("skip_invalid", |a| a.help(t(Tc::ImportSkipInvalid)))
        })
        .mut_subcommand("export", |s| {
            localized(s.about(t(Tc::Export)))
                .mut_arg("format", |a| a.help(t(Tc::ExportFormat)))
                .mut_arg("output", |a| a.help(t(Tc::ExportOutput)))
                .mut_arg("with_internal", |a| a.help(t(Tc::ExportInternal)))
        })
        .mut_subcommand("backup", |s| {
            localized(s.about(t(Tc::Backup)))
                .mut_arg("file", |a| a.help(t(Tc::BackupFile)))
                .mut_arg("encrypt", |a| a.help(t(Tc::BackupEncrypt)))
        })
        .mut_subcommand("restore", |s| {
            localized(s.about(t(Tc::Restore))).mut_arg("file", |a| a.help(t(Tc::RestoreFile)))
        })
        .mut_subcommand("report", |s| {
            localized(s.about(t(Tc::Report)))
                .mut_arg("from", |a| a.help(t(Tc::ReportFrom)))
                .mut_arg("to", |a| a.help(t(Tc::ReportTo)))
                .mut_arg("period", |a| a.help(t(Tc::ReportPeriod)))
                .mut_arg("format", |a| a.help(t(Tc::ReportFormat)))
                .mut_arg("output", |a| a.help(t(Tc::ReportOutput)))
        })
        .mut_subcommand("migrate", |s| {
            localized(s.about(t(Tc::Migrate))).mut_arg("to", |a| a.help(t(Tc::MigrateTo)))
        })
        .mut_subcommand("init", |s| localized(s.about(t(Tc::Init))).after_help(t(Tc::InitDemo)))
        .mut_subcommand("client", |s| {
            localized(s.about(t(Tc::Client)))
                .mut_subcommand("erase", |e| {
                    localized(e.about(t(Tc::ClientErase)))
                        .mut_arg("number", |a| a.help(t(Tc::ClientNumber)))
                        .mut_arg("yes", |a| a.help(t(Tc::ClientYes)))
                })
                .mut_subcommand("export", |e| {
                    localized(e.about(t(Tc::ClientExport)))
                        .mut_arg("number", |a| a.help(t(Tc::ClientNumber)))
                        .mut_arg("output", |a| a.help(t(Tc::ClientExportOutput)))
                })
                .mut_subcommand("audit", |e| {
                    localized(e.about(t(Tc::ClientAudit))).mut_arg("number", |a| a.help(t(Tc::ClientNumber)))
                })
                .mut_subcommand("retention", |e| {
                    localized(e.about(t(Tc::ClientRetention)))
                        .mut_arg("anonymise", |a| a.help(t(Tc::RetentionAnonymise)))
                        .mut_arg("months", |a| a.help(t(Tc::RetentionMonths)))
                        .mut_arg("yes", |a| a.help(t(Tc::ClientYes)))
                })
        });
    localized(root)
}

/// The language from `--lang`, else from `LANG`. Read before clap runs, so that argument
/// errors can already be explained in the right language.
pub fn detect_lang(args: &[String], env_lang: Option<&str>) -> Lang {
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let value = if a == "--lang" { it.next().map(String::as_str) } else { a.strip_prefix("--lang=") };
        if let Some(l) = value.and_then(Lang::parse) {
            return l;
        }
    }
    Lang::from_env_value(env_lang)
}

/// Where the database lives without `--db`: `<data dir>/lotse/db`.
pub fn default_db_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("de", "Lotse", "lotse").map(|d| d.data_dir().join("db"))
}

/// An open database; for `--demo` also the temporary directory that holds it (removed when
/// this is dropped, so the demo never touches the user's real data).
pub struct Opened {
    pub store: Box<dyn Store>,
    pub demo: bool,
    _temp: Option<tempfile::TempDir>,
}

/// Errors at the edge, each with one sentence for the user.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("usage: {0}")]
    Usage(String),
    #[error("no data directory")]
    NoDataDir,
    #[error("--demo with --db")]
    DemoWithDb,
    #[error("io: {0}")]
    Io(String),
    /// Already a sentence for the user (from the screen's loop).
    #[error("{0}")]
    Failed(String),
}

impl CliError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            CliError::Store(e) => e.message(lang),
            CliError::Usage(m) => m.clone(),
            CliError::NoDataDir => lang.t(T::ErrNoDataDir).to_string(),
            CliError::DemoWithDb => lang.t(T::ErrDemoWithDb).to_string(),
            CliError::Io(m) => lang.f(T::ErrInternal, &[m]),
            CliError::Failed(m) => m.clone(),
        }
    }

    /// 2 for a wrong call, 1 for everything else.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage(_) | CliError::DemoWithDb => 2,
            _ => 1,
        }
    }
}

/// Opens the database the arguments name, creating it if missing; `--demo` fills a fresh
/// temporary one.
pub fn open(args: &Args, today: Date) -> Result<Opened, CliError> {
    open_as(args, today, true)
}

/// As [`open`] for commands that only read or change what is there (`search`, `export`,
/// `backup`, `client …`): a missing database is an error, not a new empty one.
pub fn open_existing(args: &Args, today: Date) -> Result<Opened, CliError> {
    open_as(args, today, false)
}

fn open_as(args: &Args, today: Date, create: bool) -> Result<Opened, CliError> {
    if args.demo {
        if args.db.is_some() {
            // Only `init --demo` writes the demo into a database that stays.
            return Err(CliError::DemoWithDb);
        }
        let temp = tempfile::Builder::new()
            .prefix("lotse-demo-")
            .tempdir()
            .map_err(|e| CliError::Io(e.to_string()))?;
        let store = crate::store::open(&temp.path().join("db"))?;
        crate::demo::write_into(store.as_ref(), today)?;
        return Ok(Opened { store, demo: true, _temp: Some(temp) });
    }
    let path = db_path(args)?;
    let store = if create { crate::store::open(&path)? } else { crate::store::open_existing(&path)? };
    Ok(Opened { store, demo: false, _temp: None })
}

/// The database directory: `--db` (or `LOTSE_DB`), else the platform's data directory.
pub fn db_path(args: &Args) -> Result<PathBuf, CliError> {
    match &args.db {
        Some(p) => Ok(p.clone()),
        None => default_db_path().ok_or(CliError::NoDataDir),
    }
}

/// `lotse [--db PATH] init [--demo]`: opens (creating) the database; with `--demo` writes the
/// demo directory and cases into it, which must be empty (a training database that stays).
pub fn init(
    args: &Args,
    today: Date,
    lang: crate::i18n::Lang,
    out: &mut dyn std::io::Write,
) -> Result<(), CliError> {
    let path = db_path(args)?;
    let store = crate::store::open(&path)?;
    let shown = crate::safe_text::visible(&store.location()).into_owned();
    let message = if args.demo {
        let present = store.contents()?;
        if !present.is_empty() {
            let kinds = crate::store::backup::kinds_line(&present, lang);
            return Err(CliError::Failed(lang.f(T::InitNotEmpty, &[&shown, &kinds])));
        }
        crate::demo::write_into(store.as_ref(), today)?;
        let kinds = crate::store::backup::kinds_line(&store.contents()?, lang);
        lang.f(T::InitDemoDone, &[&shown, &kinds])
    } else {
        lang.f(T::InitDone, &[&shown])
    };
    transfer::write_out(out, format!("{message}\n").as_bytes(), lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn lang_from_flag_beats_env() {
        assert_eq!(detect_lang(&s(&["lotse", "--lang", "en"]), Some("de_DE")), Lang::En);
        assert_eq!(detect_lang(&s(&["lotse", "--lang=de"]), Some("en_GB")), Lang::De);
        assert_eq!(detect_lang(&s(&["lotse"]), Some("en_GB.UTF-8")), Lang::En);
        assert_eq!(detect_lang(&s(&["lotse"]), None), Lang::De);
    }

    #[test]
    fn global_options_come_before_the_subcommand() {
        let a = Args::try_parse_from(["lotse", "--demo", "--lang", "en", "search", "--need", "ANE", "anerk"])
            .unwrap();
        assert!(a.demo);
        assert!(matches!(a.command, Some(Command::Search(_))));
        let both = Args::try_parse_from(["lotse", "--demo", "--db", "/x"]).unwrap();
        assert!(matches!(open(&both, Date::from_ymd(2026, 1, 1).unwrap()), Err(CliError::DemoWithDb)));
        let init = Args::try_parse_from(["lotse", "--db", "/x", "init", "--demo"]).unwrap();
        assert!(init.demo && matches!(init.command, Some(Command::Init)));
    }
}
