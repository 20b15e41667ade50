//! The terminal loop: set the terminal up, load the directory in the background, turn
//! terminal events into `Msg`s, redraw only when something changed (a burst of keys or a paste
//! costs one redraw), and always restore the terminal — on quit, Ctrl-C, a panic, SIGTERM and
//! SIGHUP.

mod esc_tail;

use crate::app::screen::Changed;
use crate::app::state::Records;
use crate::app::{Code, Done, Key, Msg, SaveError, State, Write, update};
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
    let records = Records {
        clients: store.all_clients()?,
        referrals: store.all_referrals()?,
        events: store.all_referral_events()?,
        contacts: store.all_contacts()?,
    };
    Ok(Loaded { offers, index, records })
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
        let result = perform(store, &effect.write)
            .map_err(|e| SaveError { message: e.message(state.lang), blocks_writes: e.blocks_writes() });
        let answered = update(state, Msg::Saved(effect.ticket, result));
        redraw |= answered.redraw;
        queue.extend(answered.effects);
    }
    redraw
}

/// Runs one write as one atomic step of the store, which commits (flush + fsync) before
/// returning. New records get their number inside the store, in the same step.
pub fn perform(store: &dyn Store, write: &Write) -> Result<Done, StoreError> {
    store.apply(&write.changes()).map(Done::from_applied)
}

fn now() -> chrono::NaiveDateTime {
    chrono::Local::now().naive_local()
}

/// Runs the screen until the counsellor quits or a signal arrives. `started` is when the
/// process started, for the start timings.
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
                Ok(ev) => vec![Input::Event(ev)],
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
#[cfg(unix)]
fn terminal_gone() -> bool {
    use rustix::event::{PollFd, PollFlags, Timespec};
    let stdin = std::io::stdin();
    let mut fds = [PollFd::new(&stdin, PollFlags::empty())];
    let zero = Timespec { tv_sec: 0, tv_nsec: 0 };
    match rustix::event::poll(&mut fds, Some(&zero)) {
        Ok(_) => fds[0].revents().intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL),
        Err(_) => true,
    }
}

#[cfg(not(unix))]
fn terminal_gone() -> bool {
    false
}

/// Runs the screen until the counsellor quits, a signal arrives or the terminal goes away.
/// `started` is when the process started, for the start timings.
pub fn run(
    terminal: &mut ratatui::DefaultTerminal,
    store: &dyn Store,
    state: &mut State,
    loader: mpsc::Receiver<Result<Loaded, StoreError>>,
    signals: &AtomicBool,
    started: Instant,
) -> Result<StartTimes, RunError> {
    let mut times = StartTimes::default();
    let (tx, rx) = mpsc::channel();
    spawn_reader(tx.clone());
    std::thread::spawn(move || {
        if let Ok(loaded) = loader.recv() {
            let _ = tx.send(Input::Loaded(Box::new(loaded)));
        }
    });
    let mut redraw = true;
    let mut watch = Watch::new(store);
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
        if state.quit || signals.load(Ordering::Relaxed) || terminal_gone() {
            return Ok(times);
        }
        match rx.recv_timeout(IDLE_POLL) {
            Ok(first) => {
                // Apply everything already queued (fast typing) before the next redraw.
                let mut next = Some(first);
                while let Some(input) = next {
                    match input {
                        Input::Event(ev) => {
                            for msg in to_msgs(ev) {
                                redraw |= step(store, state, msg);
                            }
                        }
                        Input::Failed(e) => return Err(RunError::Terminal(e)),
                        Input::Loaded(loaded) => {
                            install(state, (*loaded)?);
                            watch.loaded = true;
                            times.searchable = started.elapsed();
                            redraw = true;
                        }
                    }
                    next = if state.quit { None } else { rx.try_recv().ok() };
                }
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(times),
        }
        redraw |= step(store, state, Msg::Clock(now()));
        redraw |= watch.poll(store, state);
    }
}

/// How often the loop asks the store what other desks wrote (a server database tells by
/// LISTEN/NOTIFY, so asking costs no round trip), and how often it retries an unreachable one.
const WATCH_EVERY: Duration = Duration::from_millis(800);
const RETRY_EVERY: Duration = Duration::from_secs(5);

/// Keeps the screens in step with the other desks of a shared database: what they wrote is
/// read again (records; offers only when offers changed), and an unreachable server is said in
/// the footer, with the time of what is shown, until it is back.
struct Watch {
    mark: u64,
    last: Instant,
    loaded: bool,
    /// When the server was last seen, while it is not reachable.
    offline_since: Option<chrono::NaiveDateTime>,
}

impl Watch {
    fn new(store: &dyn Store) -> Watch {
        Watch {
            mark: store.change_mark().unwrap_or(0),
            last: Instant::now(),
            loaded: false,
            offline_since: None,
        }
    }

    /// Returns whether the screen must be drawn again.
    fn poll(&mut self, store: &dyn Store, state: &mut State) -> bool {
        let every = if self.offline_since.is_some() { RETRY_EVERY } else { WATCH_EVERY };
        if !self.loaded || self.last.elapsed() < every {
            return false;
        }
        self.last = Instant::now();
        let result = store.changes_since(self.mark).and_then(|ch| {
            let back = self.offline_since.is_some();
            if ch.records || ch.offers || back {
                reload(store, state, ch.offers || back)?;
            }
            Ok((ch, back))
        });
        match result {
            Ok((ch, back)) => {
                self.mark = ch.mark;
                self.offline_since = None;
                if back {
                    let text = state.lang.t(crate::i18n::T::ServerBack).to_string();
                    state.flash =
                        Some(crate::app::state::Flash { kind: crate::app::state::FlashKind::Info, text });
                }
                ch.records || ch.offers || back
            }
            Err(StoreError::Unreachable { .. }) => {
                let since = *self.offline_since.get_or_insert_with(now);
                let text = state.lang.f(crate::i18n::T::ServerOffline, &[&since.format("%H:%M")]);
                let again = state.flash.as_ref().is_none_or(|f| f.text != text);
                state.flash =
                    Some(crate::app::state::Flash { kind: crate::app::state::FlashKind::Error, text });
                again
            }
            // Anything else is said once, like a failed save; the next poll tries again.
            Err(e) => {
                let text = e.message(state.lang);
                state.flash =
                    Some(crate::app::state::Flash { kind: crate::app::state::FlashKind::Error, text });
                true
            }
        }
    }
}

/// Reads the records again (and the offers with their search index when `offers`), after
/// another desk wrote; open forms keep what was typed (they hold their own copy).
fn reload(store: &dyn Store, state: &mut State, offers: bool) -> Result<(), StoreError> {
    let records = Records {
        clients: store.all_clients()?,
        referrals: store.all_referrals()?,
        events: store.all_referral_events()?,
        contacts: store.all_contacts()?,
    };
    if offers {
        let offers = store.all_offers()?;
        let index = SearchIndex::build(&offers);
        state.catalog = crate::app::state::Catalog::new(offers);
        state.set_index(index);
    }
    state.records = records;
    state.notify(&Changed::Loaded);
    Ok(())
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
