//! Thin edge: parse arguments, open the store, run the screen or a command, and turn every
//! error into one clear sentence and an exit code. Returns from `main` (never
//! `process::exit`) so destructors run: the demo's temporary database is removed.

use lotse::app::{Source, State};
use lotse::cli::{self, Args, CliError, Command};
use lotse::domain::Date;
use lotse::i18n::{Lang, T};
use lotse::safe_text::visible;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

fn main() -> ExitCode {
    let started = Instant::now();
    #[cfg(unix)]
    rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
    let raw: Vec<String> = std::env::args().collect();
    let lang = cli::detect_lang(&raw, std::env::var("LANG").ok().as_deref());
    let parsed = cli::command(lang)
        .try_get_matches()
        .and_then(|m| <Args as clap::FromArgMatches>::from_arg_matches(&m));
    let args = match parsed {
        Ok(a) => a,
        Err(e)
            if matches!(
                e.kind(),
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion
            ) =>
        {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            let detail = e.to_string();
            let first = detail.lines().next().unwrap_or_default().trim_start_matches("error: ");
            eprintln!("{}", lotse::safe_text::visible_multiline(&lang.f(T::ErrUsage, &[&first])));
            return ExitCode::from(2);
        }
    };
    let lang = match args.lang.as_deref() {
        Some(l) => match Lang::parse(l) {
            Some(l) => l,
            None => {
                eprintln!("{}", lang.f(T::ErrUsage, &[&format!("--lang {}", visible(l))]));
                return ExitCode::from(2);
            }
        },
        None => lang,
    };
    match run(args, lang, started) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{}", visible(&e.message(lang)));
            ExitCode::from(e.exit_code())
        }
    }
}

fn run(args: Args, lang: Lang, started: Instant) -> Result<(), CliError> {
    let now = chrono::Local::now().naive_local();
    let today = Date::from_naive(now.date());
    match &args.command {
        Some(Command::Search(s)) => {
            let opened = cli::open_existing(&args, today)?;
            say_damage(opened.store.as_ref(), lang);
            let offers = opened.store.all_offers()?;
            let out = cli::search::run(s, &offers, lang)?;
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`| head`) is not an error worth a message.
            let _ = stdout.write_all(out.as_bytes());
            Ok(())
        }
        Some(Command::BenchStart) => {
            let out = cli::bench::run(|| cli::open(&args, today), started, now)?;
            let _ = std::io::stdout().lock().write_all(out.as_bytes());
            Ok(())
        }
        Some(Command::CrashWriter { seed, ops }) => {
            with_store(&args, lang, today, true, |s, _| cli::crash::run(s, *seed, *ops))
        }
        Some(Command::Import(a)) => {
            with_store(&args, lang, today, true, |s, out| cli::transfer::import(s, a, lang, out))
        }
        Some(Command::Export(a)) => {
            with_store(&args, lang, today, false, |s, out| cli::transfer::export(s, a, lang, out))
        }
        Some(Command::Backup(a)) => {
            with_store(&args, lang, today, false, |s, out| cli::backup::backup(s, a, lang, out)).map_err(
                |e| match e {
                    // The screen has the database: it makes its own backups; say where and when.
                    CliError::Store(lotse::store::StoreError::AlreadyOpen { .. }) => {
                        let dir = backup_dir(&args).unwrap_or_default();
                        let last = lotse::store::autobackup::last(&dir)
                            .map(|d| d.to_string())
                            .unwrap_or_else(|| lang.pick("noch keine", "none yet").to_string());
                        CliError::Failed(lang.f(
                            lotse::i18n::Tx::BackupWhileOpen,
                            &[&visible(&dir.display().to_string()), &last],
                        ))
                    }
                    e => e,
                },
            )
        }
        Some(Command::Restore(a)) => {
            with_store(&args, lang, today, true, |s, out| cli::backup::restore(s, a, lang, out))
        }
        Some(Command::Client(c)) => {
            with_store(&args, lang, today, false, |s, out| cli::client::run(s, c, lang, out))
        }
        Some(Command::Report(a)) => {
            with_store(&args, lang, today, false, |s, out| cli::report::run(s, a, today, lang, out))
        }
        Some(Command::Init) => cli::init(&args, today, lang, &mut std::io::stdout().lock()),
        Some(Command::Migrate(a)) => {
            with_store(&args, lang, today, false, |s, out| cli::migrate::run(s, a, lang, out))
        }
        None => interactive(&args, lang, started, now),
    }
}

/// Runs a file command on the opened database, writing its report to standard output;
/// `create`: the command may start a new database (import, restore), else it must exist.
fn with_store(
    args: &Args,
    lang: Lang,
    today: Date,
    create: bool,
    command: impl FnOnce(&dyn lotse::store::Store, &mut dyn Write) -> Result<(), CliError>,
) -> Result<(), CliError> {
    let opened = if create { cli::open(args, today)? } else { cli::open_existing(args, today)? };
    say_damage(opened.store.as_ref(), lang);
    command(opened.store.as_ref(), &mut std::io::stdout().lock())
}

/// A command that only reads works on a damaged database (`Store::damage`), but says first,
/// on stderr, that what it reads is incomplete; a command that writes is refused anyway.
fn say_damage(store: &dyn lotse::store::Store, lang: Lang) {
    if let Some(damage) = store.damage() {
        eprintln!("{}", damage.message(lang));
    }
}

fn interactive(
    args: &Args,
    lang: Lang,
    started: Instant,
    now: chrono::NaiveDateTime,
) -> Result<(), CliError> {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(CliError::Usage(lang.t(T::ErrNotATerminal).to_string()));
    }
    let signals = lotse::tui::signal_flag().map_err(|e| CliError::Io(e.to_string()))?;
    install_panic_message(lang);
    let mut terminal = ratatui::try_init().map_err(|e| CliError::Usage(lang.f(T::ErrTerminal, &[&e])))?;
    let _ = crossterm::execute!(std::io::stdout(), crossterm::event::EnableBracketedPaste);
    let result = screen(&mut terminal, args, lang, started, now, &signals);
    let _ = crossterm::execute!(std::io::stdout(), crossterm::event::DisableBracketedPaste);
    ratatui::restore();
    // Errors (a database already open, a damaged record …) are printed after the terminal is
    // back to normal, so they stay readable.
    result
}

/// The screen's life: a first frame at once, then the database (opening it can take a moment
/// on a slow disk), the background load and the loop.
fn screen(
    terminal: &mut ratatui::DefaultTerminal,
    args: &Args,
    lang: Lang,
    started: Instant,
    now: chrono::NaiveDateTime,
    signals: &std::sync::atomic::AtomicBool,
) -> Result<(), CliError> {
    let source = Source { demo: args.demo, path: String::new() };
    let mut state = State::new(lang, now, source, Vec::new());
    let _ = terminal.draw(|f| lotse::ui::render(f, &state));
    let opened = cli::open(args, Date::from_naive(now.date()))?;
    let store: Arc<dyn lotse::store::Store> = Arc::from(opened.store);
    state.source.path = store.location();
    state.settings = store.settings()?;
    if opened.demo && state.settings.counsellor.is_empty() {
        // The demo needs no introduction; its name marks demo entries in histories.
        state.settings.counsellor = "Demo".into();
    } else if state.settings.counsellor.is_empty() {
        // Asked once, on the first start: every history entry names who made it.
        state.overlay = Some(lotse::app::Overlay::Modal(lotse::app::modal::Modal::counsellor(lang, "")));
    }
    if !opened.demo {
        let dir = backup_dir(args)?;
        let last = lotse::store::autobackup::last(&dir);
        if let Some(damage) = store.damage() {
            // Shown what can be read; every save refused, saying why, and which backup to take.
            let mut say = damage.message(lang);
            if let Some((_, file)) = lotse::store::autobackup::list(&dir).last() {
                say.push(' ');
                say.push_str(&lang.f(lotse::i18n::T::LastGoodBackup, &[&file.display()]));
            }
            state.flash = Some(lotse::app::state::Flash {
                kind: lotse::app::state::FlashKind::Error,
                text: say.clone(),
            });
            state.read_only = Some(say);
        }
        state.backups = Some(lotse::app::state::Backups { dir, last, failed: None });
    }
    let loader = lotse::tui::load_in_background(Arc::clone(&store));
    let result = lotse::tui::run(terminal, store.as_ref(), &mut state, loader, signals, started);
    if result.is_ok() {
        // The backup at quit holds the whole day's work.
        lotse::tui::daily_backup(store.as_ref(), &mut state, true);
    }
    result.map(|_| ()).map_err(|e| CliError::Failed(e.message(lang)))
}

/// Where Lotse puts its own backups: `--backup-dir` (or `LOTSE_BACKUP_DIR`), else beside the
/// database.
fn backup_dir(args: &Args) -> Result<std::path::PathBuf, CliError> {
    match &args.backup_dir {
        Some(d) => Ok(d.clone()),
        None => Ok(lotse::store::autobackup::folder_beside(&cli::db_path(args)?)),
    }
}

/// Replaces the default panic output (which could quote data) with one sentence and the code
/// location. Installed before `ratatui::try_init`, whose hook restores the terminal first.
fn install_panic_message(lang: Lang) {
    std::panic::set_hook(Box::new(move |info| {
        let _ = crossterm::execute!(std::io::stdout(), crossterm::event::DisableBracketedPaste);
        let at = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
        eprintln!("{}", lang.f(T::ErrPanic, &[&at]));
    }));
}
