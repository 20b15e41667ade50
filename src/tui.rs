//! The terminal loop: set the terminal up, load the directory in the background, turn
//! terminal events into `Msg`s, redraw only when something changed (a burst of keys or a paste
//! costs one redraw), and always restore the terminal — on quit, Ctrl-C, a panic, SIGTERM and
//! SIGHUP.

mod esc_tail;
mod keeper;
mod upkeep;
mod watch;

use crate::app::screen::Changed;
use crate::app::state::Records;
use crate::app::{Code, Done, Key, Msg, Payload, SaveError, State, Write, update};
use crate::domain::Offer;
use crate::search::SearchIndex;
use crate::store::{Store, StoreError};
use crossterm::event::{self, Event, KeyEvent, KeyEventKind, KeyModifiers};
use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How long the loop sleeps waiting for input before it looks at the clock, the loader and
/// signals. Nothing is redrawn unless something changed.
const IDLE_POLL: Duration = Duration::from_millis(250);

/// Timings of one start, for the benchmark (`--bench-start`).
#[derive(Debug, Clone, Copy, Default)]
pub struct StartTimes {
    pub first_frame: Duration,
    pub searchable: Duration,
}

/// What the background load brings: offers with their search index, and the records.
pub struct Loaded {
    pub offers: Vec<Offer>,
    pub index: SearchIndex,
    pub records: Records,
}

/// Reads everything the screens show.
pub fn load(store: &dyn Store) -> Result<Loaded, StoreError> {
    let offers = store.all_offers()?;
    let index = SearchIndex::build(&offers);
    Ok(Loaded { offers, index, records: load_records(store)? })
}

/// Reads every record but the offers.
fn load_records(store: &dyn Store) -> Result<Records, StoreError> {
    Ok(Records {
        clients: store.all_clients()?,
        referrals: store.all_referrals()?,
        events: store.all_referral_events()?,
        contacts: store.all_contacts()?,
        consultations: store.all_consultations()?,
        gaps: store.all_gaps()?,
        misses: store.all_search_misses()?,
        traces: store.all_traces()?,
    })
}

/// Loads on another thread, so the first frame does not wait.
pub fn load_in_background(store: Arc<dyn Store>) -> mpsc::Receiver<Result<Loaded, StoreError>> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(load(store.as_ref()));
    });
    rx
}

/// Puts loaded data into the state. What was saved while the load ran is already in the
/// state and may be missing from what the loader read (or older there): it is kept, not
/// dropped (issue 14).
pub fn install(state: &mut State, loaded: Loaded) {
    let Loaded { mut offers, mut index, mut records } = loaded;
    let saved_meanwhile = std::mem::take(&mut state.catalog.offers);
    if !saved_meanwhile.is_empty() {
        for offer in saved_meanwhile {
            match offers.iter_mut().find(|o| o.id == offer.id) {
                Some(old) => *old = offer,
                None => offers.push(offer),
            }
        }
        index = SearchIndex::build(&offers);
    }
    records.merge_newer(std::mem::take(&mut state.records));
    state.catalog = crate::app::state::Catalog::new(offers);
    state.records = records;
    state.notify(&Changed::Loaded);
    state.set_index(index);
    // Nothing expires silently: the records due for anonymisation are named on start.
    let due = crate::privacy::due_count(&state.records, state.settings.retention_months, state.today());
    if due > 0 && state.flash.is_none() {
        let text = state.lang.f(crate::i18n::T::RetentionDueOnStart, &[&due]);
        state.flash = Some(crate::app::state::Flash { kind: crate::app::state::FlashKind::Info, text });
    }
}

/// Installs the installed-once handlers that turn SIGTERM, SIGHUP and SIGINT into a flag the
/// loop checks: a signal then ends the loop normally, so the terminal is restored.
pub fn signal_flag() -> io::Result<Arc<AtomicBool>> {
    let flag = Arc::new(AtomicBool::new(false));
    for sig in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP, signal_hook::consts::SIGINT] {
        signal_hook::flag::register(sig, Arc::clone(&flag))?;
    }
    Ok(flag)
}

/// Converts a terminal key event into the keys it stands for (none for releases). Alt is
/// never bound: on Unix an Alt-modified key is how a terminal reports Esc followed quickly by
/// another key (a fast "Esc, then type" or a slow remote link), so it becomes those two keys.
/// On Windows, AltGr characters ("@", "€" on German keyboards) arrive as Ctrl+Alt+char.
pub fn convert_key(ev: KeyEvent) -> Vec<Key> {
    if ev.kind == KeyEventKind::Release {
        return Vec::new();
    }
    let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
    let alt = ev.modifiers.contains(KeyModifiers::ALT);
    use crossterm::event::KeyCode as K;
    let code = match ev.code {
        K::Char(c) if cfg!(windows) && ctrl && alt => return vec![Key::ch(c)],
        K::Char(c) if ctrl => Code::Char(c.to_ascii_lowercase()),
        K::Char(c) => Code::Char(c),
        K::F(n) => Code::F(n),
        K::Enter => Code::Enter,
        K::Esc => Code::Esc,
        K::Tab => Code::Tab,
        K::BackTab => Code::BackTab,
        K::Backspace => Code::Backspace,
        K::Delete => Code::Delete,
        K::Insert => Code::Insert,
        K::Up => Code::Up,
        K::Down => Code::Down,
        K::Left => Code::Left,
        K::Right => Code::Right,
        K::Home => Code::Home,
        K::End => Code::End,
        K::PageUp => Code::PageUp,
        K::PageDown => Code::PageDown,
        _ => return Vec::new(),
    };
    let key = Key { code, ctrl };
    if alt && code != Code::Esc { vec![Key::plain(Code::Esc), key] } else { vec![key] }
}

fn to_msgs(ev: Event) -> Vec<Msg> {
    match ev {
        Event::Key(k) => convert_key(k).into_iter().map(Msg::Key).collect(),
        Event::Paste(s) => vec![Msg::Paste(s)],
        Event::Resize(c, r) => vec![Msg::Resize(c, r)],
        _ => Vec::new(),
    }
}

/// Applies one message and runs the writes it asks for, in the order asked, each answered with
/// `Msg::Saved` and its ticket. An answer may ask for more writes; they queue up behind, so
/// none is dropped.
fn step(store: &dyn Store, state: &mut State, msg: Msg) -> bool {
    let out = update(state, msg);
    let mut redraw = out.redraw;
    let mut queue: std::collections::VecDeque<_> = out.effects.into();
    while let Some(effect) = queue.pop_front() {
        let result = perform(store, &effect.write, state.lang);
        let answered = update(state, Msg::Saved(effect.ticket, result));
        redraw |= answered.redraw;
        queue.extend(answered.effects);
    }
    redraw
}

/// Runs one write as one atomic step of the store, which commits (flush + fsync) before
/// returning. New records get their number inside the store, in the same step.
/// Erasure, anonymisation, the person's copy and reading the trail are their own store calls.
pub fn perform(store: &dyn Store, write: &Write, lang: crate::i18n::Lang) -> Result<Done, SaveError> {
    perform_in(store, write, lang, &crate::privacy::copy_dir())
}

/// [`perform`], with the person's copies written into `copies`.
pub fn perform_in(
    store: &dyn Store,
    write: &Write,
    lang: crate::i18n::Lang,
    copies: &std::path::Path,
) -> Result<Done, SaveError> {
    let failed = |e: StoreError| SaveError { message: e.message(lang), blocks_writes: e.blocks_writes() };
    let answer = |payload| Done { payload, ..Done::default() };
    match write {
        Write::EraseClient(id) => {
            let erased = store.erase_client(*id).map_err(failed)?.unwrap_or_default();
            Ok(answer(Payload::Erased(erased)))
        }
        Write::Anonymise { ids, today } => {
            store.anonymise_clients(ids, *today).map_err(failed)?;
            reread(store, ids).map(answer).map_err(failed)
        }
        Write::PersonCopy { client, lang: ui_lang, today } => {
            person_copy(store, *client, *ui_lang, *today, copies).map(|files| answer(Payload::Files(files)))
        }
        Write::ReadAudit => store.audit_log().map(|e| answer(Payload::Audit(e))).map_err(failed),
        Write::Import(job) => upkeep::import(store, job, lang),
        Write::Export(job) => upkeep::export(store, job, lang),
        Write::Backup { file, created_unix } => upkeep::backup(store, file, *created_unix, lang),
        _ => store.apply(&write.changes()).map(Done::from_applied).map_err(failed),
    }
}

/// Clients as stored now, with their referrals and the history of those.
fn reread(store: &dyn Store, ids: &[u64]) -> Result<Payload, StoreError> {
    let (mut clients, mut referrals, mut events) = (Vec::new(), Vec::new(), Vec::new());
    for &id in ids {
        clients.extend(store.client(id)?);
        for r in store.referrals_of(crate::domain::ClientId(id))? {
            events.extend(store.events_of(r.id)?);
            referrals.push(r);
        }
    }
    Ok(Payload::Records { clients, referrals, events })
}

/// Writes the person's copy into the copies folder and logs the export. A file that cannot be
/// written is the folder's problem, not the database's: it does not stop further saves.
fn person_copy(
    store: &dyn Store,
    id: u64,
    lang: crate::i18n::Lang,
    today: crate::domain::Date,
    dir: &std::path::Path,
) -> Result<Vec<std::path::PathBuf>, SaveError> {
    use crate::domain::audit::{AuditAction, Subject};
    let failed = |e: StoreError| SaveError { message: e.message(lang), blocks_writes: e.blocks_writes() };
    let data = crate::privacy::person_data(store, id).map_err(failed)?.ok_or_else(|| SaveError {
        message: lang.f(crate::i18n::Tx::EraseNoSuchClient, &[&crate::domain::ClientRef(id)]),
        blocks_writes: false,
    })?;
    let base = dir.join(format!("auskunft-{}-{}", crate::domain::ClientRef(id), today.iso()));
    let file_failed = |(path, e): (std::path::PathBuf, io::Error)| SaveError {
        message: lang.f(
            crate::i18n::Tx::WriteFailed,
            &[
                &crate::safe_text::visible(&path.display().to_string()),
                &crate::safe_text::visible(&e.to_string()),
            ],
        ),
        blocks_writes: false,
    };
    std::fs::create_dir_all(dir).map_err(|e| file_failed((dir.to_path_buf(), e)))?;
    let (txt, json) = crate::privacy::write_copy(&data, &base, lang, today).map_err(file_failed)?;
    store
        .apply(&[crate::store::Change::Logged(AuditAction::Exported, &Subject::Client(id))])
        .map_err(failed)?;
    Ok(vec![txt, json])
}

fn now() -> chrono::NaiveDateTime {
    chrono::Local::now().naive_local()
}

/// Everything the loop waits for, from its two helper threads.
enum Input {
    Event(Event),
    /// The terminal could not be read any more.
    Failed(io::Error),
    Loaded(Box<Result<Loaded, StoreError>>),
}

/// Reads terminal events on their own thread, so that the loop can also wait for the loader,
/// the clock and signals, and notice a terminal that went away (a closed window or SSH
/// session) even if reading it would block or spin.
fn spawn_reader(tx: mpsc::Sender<Input>) {
    std::thread::spawn(move || {
        loop {
            let inputs = match event::read() {
                Ok(ev) if is_plain_esc(&ev) => after_esc(ev),
                Ok(Event::Paste(text)) => after_paste(text),
                Ok(ev) => vec![Input::Event(ev)],
                // crossterm retries EINTR itself; should one still come through, it is a
                // signal, not a lost terminal.
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => vec![Input::Failed(e)],
            };
            for input in inputs {
                let failed = matches!(input, Input::Failed(_));
                if tx.send(input).is_err() || failed {
                    return;
                }
            }
        }
    });
}

/// How many events after a paste are looked at as part of it.
const PASTE_TAIL_MAX: usize = 100_000;

/// A paste, and what came with it in the same read. A pasted text that itself holds the
/// end-of-paste marker (`…\e[201~\eOP…`) ends crossterm's paste early, and the bytes after the
/// marker arrive as keys — F1, Ctrl-S, Ctrl-Q would run. A person cannot press a key within the
/// same read as a paste, so whatever is already waiting belongs to the paste: typed characters,
/// Enter and Tab stay text, every other key (a function key, a Ctrl shortcut, Esc) is dropped
/// and fires nothing. (crossterm drops the stray end marker itself: `\e[201~` is no key.)
fn after_paste(text: String) -> Vec<Input> {
    let mut text = text;
    for _ in 0..PASTE_TAIL_MAX {
        if !matches!(event::poll(Duration::ZERO), Ok(true)) {
            break;
        }
        match event::read() {
            Ok(Event::Key(k)) => {
                if let Some(c) = pasted_char(&k) {
                    text.push(c);
                }
            }
            Ok(Event::Paste(more)) => text.push_str(&more),
            Ok(other) => return vec![Input::Event(Event::Paste(text)), Input::Event(other)],
            Err(e) if e.kind() == io::ErrorKind::Interrupted => break,
            Err(e) => return vec![Input::Event(Event::Paste(text)), Input::Failed(e)],
        }
    }
    vec![Input::Event(Event::Paste(text))]
}

/// The text a key stands for when it comes as part of a paste; `None` for shortcuts.
fn pasted_char(k: &KeyEvent) -> Option<char> {
    if k.kind == KeyEventKind::Release {
        return None;
    }
    let plain = (k.modifiers - KeyModifiers::SHIFT).is_empty();
    match k.code {
        event::KeyCode::Char(c) if plain => Some(c),
        event::KeyCode::Enter if plain => Some('\n'),
        event::KeyCode::Tab if plain => Some('\t'),
        _ => None,
    }
}

fn is_plain_esc(ev: &Event) -> bool {
    matches!(ev, Event::Key(k) if k.code == event::KeyCode::Esc && k.modifiers.is_empty())
}

/// A typed character (Shift allowed: crossterm marks capitals with it), else `None`.
fn plain_char(ev: &Event) -> Option<char> {
    match ev {
        Event::Key(KeyEvent {
            code: event::KeyCode::Char(c), modifiers, kind: KeyEventKind::Press, ..
        }) if (*modifiers - KeyModifiers::SHIFT).is_empty() => Some(*c),
        _ => None,
    }
}

/// An Esc, and what came with it in the same read: letters that are the rest of a special
/// key's sequence become that key again (see `esc_tail`).
fn after_esc(esc: Event) -> Vec<Input> {
    let mut follow = Vec::new();
    while follow.len() < esc_tail::MAX_TAIL && matches!(event::poll(Duration::ZERO), Ok(true)) {
        match event::read() {
            Ok(ev) => {
                let more = plain_char(&ev).is_some();
                follow.push(ev);
                if !more {
                    break;
                }
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => break,
            Err(e) => {
                let mut out: Vec<Input> = std::iter::once(esc).chain(follow).map(Input::Event).collect();
                out.push(Input::Failed(e));
                return out;
            }
        }
    }
    let chars: Vec<char> = follow.iter().map_while(plain_char).collect();
    let mut out = vec![Input::Event(esc)];
    let rest = match esc_tail::split_tail(&chars) {
        Some((code, used)) => {
            out.push(Input::Event(Event::Key(KeyEvent::new(code, KeyModifiers::NONE))));
            follow.split_off(used)
        }
        None => follow,
    };
    out.extend(rest.into_iter().map(Input::Event));
    out
}

/// The terminal hung up (window closed, SSH dropped). SIGHUP usually says so too, but not when
/// Lotse is not in the terminal's foreground process group.
///
/// Only the terminal's own answer counts: hang-up, error or a closed descriptor on stdin. A
/// signal landing during the poll (EINTR — a burst of SIGWINCH while a window's edge is
/// dragged) is retried, and a poll that fails for another reason says nothing about the
/// terminal, so it does not end Lotse either (issue 16).
#[cfg(unix)]
fn terminal_gone() -> bool {
    use rustix::event::{PollFd, PollFlags, Timespec};
    let stdin = std::io::stdin();
    let zero = Timespec { tv_sec: 0, tv_nsec: 0 };
    gone_after(|| {
        let mut fds = [PollFd::new(&stdin, PollFlags::empty())];
        rustix::event::poll(&mut fds, Some(&zero)).map(|_| fds[0].revents())
    })
}

/// What a poll of the terminal says, from `poll_once` (one zero-timeout poll): retried while
/// interrupted, a bounded number of times, so that a storm of signals cannot keep the loop
/// here; any other failure is no hang-up.
#[cfg(unix)]
fn gone_after(mut poll_once: impl FnMut() -> Result<rustix::event::PollFlags, rustix::io::Errno>) -> bool {
    for _ in 0..POLL_RETRIES {
        match poll_once() {
            Ok(revents) => return hung_up(revents),
            Err(rustix::io::Errno::INTR) => continue,
            Err(_) => return false,
        }
    }
    false
}

/// How often an interrupted poll is tried again before the loop moves on (and looks again on
/// its next round).
#[cfg(unix)]
const POLL_RETRIES: usize = 64;

#[cfg(unix)]
fn hung_up(revents: rustix::event::PollFlags) -> bool {
    use rustix::event::PollFlags;
    revents.intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL)
}

#[cfg(not(unix))]
fn terminal_gone() -> bool {
    false
}

/// Runs the screen until the counsellor quits, a signal arrives or the terminal goes away.
/// `started` is when the process started, for the start timings.
///
/// The open forms are kept as drafts while the loop runs (`keeper`), and once more whenever it
/// stops other than by the counsellor's quit: a signal, a lost terminal, an error, a panic
/// (caught here, kept, then let go on, so the panic hooks have already given the terminal
/// back). Drafts found on start are offered once the records are loaded.
pub fn run(
    terminal: &mut ratatui::DefaultTerminal,
    store: &dyn Store,
    state: &mut State,
    loader: mpsc::Receiver<Result<Loaded, StoreError>>,
    signals: &AtomicBool,
    started: Instant,
) -> Result<StartTimes, RunError> {
    let found = store.drafts().ok().flatten();
    let mut keeper = keeper::Keeper::new(&found);
    let looped = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        run_loop(terminal, store, state, loader, signals, started, &mut keeper, found)
    }));
    match looped {
        Ok(Ok((times, Stop::Quit))) => {
            keeper.clear(store, state);
            Ok(times)
        }
        Ok(result) => {
            keeper.keep(store, state, true);
            result.map(|(times, _)| times)
        }
        Err(panic) => {
            // The state may be half-changed; what the forms hold is still worth keeping.
            let _ =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| keeper.keep(store, state, true)));
            std::panic::resume_unwind(panic)
        }
    }
}

/// Why the loop ended without an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stop {
    /// The counsellor quit.
    Quit,
    /// A signal (SIGTERM, SIGHUP, SIGINT) or the terminal went away.
    Outside,
}

/// Test hook (`LOTSE_INJECT_PANIC=N`): a panic after the N-th key, so that the tests can check
/// that a panic gives the terminal back and keeps the open forms.
fn injected_panic_after() -> Option<u64> {
    std::env::var("LOTSE_INJECT_PANIC").ok()?.parse().ok()
}

#[allow(clippy::too_many_arguments)]
fn run_loop(
    terminal: &mut ratatui::DefaultTerminal,
    store: &dyn Store,
    state: &mut State,
    loader: mpsc::Receiver<Result<Loaded, StoreError>>,
    signals: &AtomicBool,
    started: Instant,
    keeper: &mut keeper::Keeper,
    mut found: Option<crate::store::Drafts>,
) -> Result<(StartTimes, Stop), RunError> {
    let mut times = StartTimes::default();
    let panic_after = injected_panic_after();
    let mut keys_seen = 0u64;
    let (tx, rx) = mpsc::channel();
    spawn_reader(tx.clone());
    std::thread::spawn(move || {
        if let Ok(loaded) = loader.recv() {
            let _ = tx.send(Input::Loaded(Box::new(loaded)));
        }
    });
    let mut redraw = true;
    let mut watch = watch::Watch::new(store);
    if let Ok(size) = terminal.size() {
        update(state, Msg::Resize(size.width, size.height));
    }
    loop {
        if redraw {
            state.settle();
            terminal.draw(|f| crate::ui::render(f, state))?;
            redraw = false;
            if times.first_frame.is_zero() {
                times.first_frame = started.elapsed();
            }
        }
        if state.quit {
            return Ok((times, Stop::Quit));
        }
        if signals.load(Ordering::Relaxed) || terminal_gone() {
            return Ok((times, Stop::Outside));
        }
        match rx.recv_timeout(IDLE_POLL) {
            Ok(first) => {
                // Apply everything already queued (fast typing) before the next redraw.
                let mut next = Some(first);
                while let Some(input) = next {
                    match input {
                        Input::Event(ev) => {
                            for msg in to_msgs(ev) {
                                if matches!(msg, Msg::Key(_)) {
                                    keys_seen += 1;
                                    if panic_after == Some(keys_seen) {
                                        panic!("injected panic (LOTSE_INJECT_PANIC)");
                                    }
                                }
                                redraw |= step(store, state, msg);
                            }
                        }
                        Input::Failed(e) => return Err(RunError::Terminal(e)),
                        Input::Loaded(loaded) => {
                            install(state, (*loaded)?);
                            watch.loaded = true;
                            times.searchable = started.elapsed();
                            if let Some(drafts) = found.take() {
                                state.offer_drafts(drafts);
                            }
                            redraw = true;
                        }
                    }
                    next = if state.quit { None } else { rx.try_recv().ok() };
                }
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => return Ok((times, Stop::Outside)),
        }
        redraw |= step(store, state, Msg::Clock(now()));
        redraw |= daily_backup(store, state, false);
        keeper.keep(store, state, false);
        redraw |= watch.poll(store, state);
    }
}

/// Input pauses this long before the day's backup runs, so that it never holds up typing.
const BACKUP_AFTER_IDLE: chrono::TimeDelta = chrono::TimeDelta::seconds(30);

/// Lotse's own backup (`store::autobackup`): once a day when the counsellor pauses, and at
/// quit (`at_quit`, always). Runs between two messages, so no write is half done in it.
/// Returns whether the header changed.
pub fn daily_backup(store: &dyn Store, state: &mut State, at_quit: bool) -> bool {
    let today = state.today();
    let idle = state.now - state.privacy.last_input >= BACKUP_AFTER_IDLE;
    let Some(b) = state.backups.as_mut() else { return false };
    let tried_today = b.last == Some(today) || b.failed.is_some();
    if !at_quit && (tried_today || !idle) {
        return false;
    }
    let unix = state.now.and_utc().timestamp();
    match crate::store::autobackup::make(store, &b.dir, today, unix) {
        Ok(_) => {
            b.last = Some(today);
            b.failed = None;
        }
        Err(e) => b.failed = Some(e.message(state.lang, &b.dir, &store.location())),
    }
    true
}

/// Why the screen stopped other than by the counsellor's choice.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("terminal: {0}")]
    Terminal(#[from] io::Error),
}

impl RunError {
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        match self {
            RunError::Store(e) => e.message(lang),
            RunError::Terminal(e) => lang.f(crate::i18n::T::ErrTerminal, &[e]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyCode;

    /// EINTR (a SIGWINCH landing during the poll) is retried, never taken for a hang-up; only
    /// the terminal's own hang-up, error or closed descriptor is (issue 16).
    #[cfg(unix)]
    #[test]
    fn an_interrupted_poll_is_retried_and_only_a_hang_up_is_a_lost_terminal() {
        use rustix::event::PollFlags;
        use rustix::io::Errno;
        let answers = |list: Vec<Result<PollFlags, Errno>>| {
            let mut it = list.into_iter();
            gone_after(move || it.next().unwrap_or(Err(Errno::INTR)))
        };
        assert!(!answers(vec![Err(Errno::INTR), Err(Errno::INTR), Ok(PollFlags::empty())]));
        assert!(!answers(vec![Err(Errno::INTR), Ok(PollFlags::IN)]));
        assert!(answers(vec![Err(Errno::INTR), Err(Errno::INTR), Ok(PollFlags::HUP)]));
        assert!(answers(vec![Ok(PollFlags::ERR)]));
        assert!(answers(vec![Ok(PollFlags::NVAL)]));
        assert!(!answers(vec![Err(Errno::NOMEM)]), "a failed poll says nothing about the terminal");
        assert!(!answers(Vec::new()), "an endless storm of signals is no hang-up either");
    }

    #[test]
    fn keys_convert_and_alt_means_escape_first() {
        let k = |code, m| convert_key(KeyEvent::new(code, m));
        assert_eq!(k(KeyCode::Char('B'), KeyModifiers::CONTROL), vec![Key::ctrl('b')]);
        assert_eq!(k(KeyCode::Char('Ä'), KeyModifiers::SHIFT), vec![Key::ch('Ä')]);
        assert_eq!(k(KeyCode::Char('a'), KeyModifiers::ALT), vec![Key::plain(Code::Esc), Key::ch('a')]);
        assert_eq!(k(KeyCode::F(5), KeyModifiers::NONE), vec![Key::plain(Code::F(5))]);
        let mut release = KeyEvent::new(KeyCode::Char('a'), KeyModifiers::NONE);
        release.kind = KeyEventKind::Release;
        assert!(convert_key(release).is_empty());
    }
}

#[cfg(test)]
mod load_tests {
    //! A save made while the directory is still loading in the background must survive the
    //! moment the load finishes (issue 14).
    use super::*;
    use crate::app::Code;
    use crate::domain::client::{ContactChannel, FirstContact};
    use crate::domain::{Client, Date, Need, OfferId};

    fn keys(store: &dyn Store, state: &mut State, keys: &[Key]) {
        for &k in keys {
            step(store, state, Msg::Key(k));
        }
    }

    fn text(store: &dyn Store, state: &mut State, s: &str) {
        for c in s.chars() {
            step(store, state, Msg::Key(Key::ch(c)));
        }
    }

    fn start() -> (tempfile::TempDir, crate::store::SledStore, State) {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = crate::store::SledStore::open(dir.path()).expect("open");
        let mut offer = Offer::new(OfferId::parse("SPR-IK").expect("id"), "Integrationskurs");
        offer.needs = vec![Need::Spr].into();
        store.put_offer(&offer).expect("offer");
        let day = Date::from_ymd(2026, 11, 20).expect("day");
        store.create_client(&Client::new(0, FirstContact::new(day, ContactChannel::Phone))).expect("client");
        let now = day.naive().and_hms_opt(9, 30, 0).expect("time");
        let source = crate::app::Source { demo: false, path: String::new() };
        let mut state = State::new(crate::i18n::Lang::De, now, source, Vec::new());
        state.settings.counsellor = "MK".into();
        (dir, store, state)
    }

    /// A short contact (F9), a new client (F3, Ctrl-N) and a new offer (Ctrl-N in the
    /// directory), each saved through the store as the loop saves them.
    fn save_one_of_each(store: &dyn Store, state: &mut State) {
        // An empty short contact is not saved: the minutes (the form's seventh field) are given.
        keys(store, state, &[Key::plain(Code::F(9))]);
        keys(store, state, &[Key::plain(Code::Tab); 6]);
        text(store, state, "5");
        keys(store, state, &[Key::ctrl('s')]);
        keys(store, state, &[Key::plain(Code::F(3)), Key::ctrl('n'), Key::ctrl('s')]);
        keys(store, state, &[Key::plain(Code::F(2)), Key::ctrl('n')]);
        text(store, state, "Sprachcafé Nord");
        keys(store, state, &[Key::ctrl('s')]);
    }

    fn check(state: &mut State) {
        assert_eq!(
            state.records.clients.iter().map(|c| c.id).collect::<Vec<_>>(),
            [1, 2],
            "loaded and new client"
        );
        assert_eq!(state.records.contacts.len(), 1, "the short contact");
        let titles: Vec<&str> = state.catalog.offers.iter().map(|o| o.title.as_str()).collect();
        assert_eq!(titles.len(), 2, "{titles:?}");
        assert!(titles.contains(&"Sprachcafé Nord") && titles.contains(&"Integrationskurs"), "{titles:?}");
        // The new offer is searchable, not only listed.
        let index = state.dir.index.as_mut().expect("index");
        let hits = index.search("sprachcafe", &Default::default(), 10);
        assert_eq!(hits.total, 1);
    }

    #[test]
    fn saves_made_before_a_slow_load_finishes_are_kept() {
        let (_dir, store, mut state) = start();
        // The loader read the database before the counsellor saved anything …
        let read_early = load(&store).expect("load");
        save_one_of_each(&store, &mut state);
        assert!(state.flash.as_ref().is_some_and(|f| f.kind == crate::app::state::FlashKind::Info));
        // … and finishes only now.
        install(&mut state, read_early);
        check(&mut state);
    }

    #[test]
    fn saves_the_load_already_read_are_not_doubled() {
        let (_dir, store, mut state) = start();
        save_one_of_each(&store, &mut state);
        let read_late = load(&store).expect("load");
        install(&mut state, read_late);
        check(&mut state);
    }

    /// One message that asks for two writes: the loop runs both, in order, through the store,
    /// and answers each to the screen that asked.
    #[test]
    fn every_write_one_message_asks_for_is_stored_and_answered() {
        let (_dir, store, mut state) = start();
        state.screen = crate::app::Screen::Probe;
        assert!(step(&store, &mut state, Msg::Paste("eins\nzwei".into())));
        assert!(state.queue.in_flight().is_empty());
        let stored: Vec<(u64, Option<u16>)> =
            store.all_contacts().expect("contacts").iter().map(|c| (c.id, c.minutes)).collect();
        assert_eq!(stored, [(1, Some(4)), (2, Some(4))]);
        let answers: Vec<(&str, Result<Option<u64>, String>)> =
            state.probe.answers.iter().map(|(line, r)| (line.as_str(), r.clone())).collect();
        assert_eq!(answers, [("eins", Ok(Some(1))), ("zwei", Ok(Some(2)))]);
    }
}
