//! What a screen is, and the one place that lists them.
//!
//! A screen is one module under `screen/` that owns its state (a struct, one field of
//! `State`), its `update` (the [`Component`] methods) and its keymap section (`KEYS`). It
//! talks to the rest only through what its methods return in [`Out`] (go to a screen, run a
//! write with the ticket its answer comes back with, a message, an overlay, a question) and
//! reads the shared data through [`Shared`]. No screen module imports another one; a test
//! below keeps it so.
//!
//! Adding a screen: a module here, a variant of [`Screen`], a field of `State`, one arm in
//! each of [`State::component`] and `State::parts`, its `KEYS` in [`KEYMAP`] (with a
//! `keymap::Context` for them), and one arm in `ui::render`. docs/architecture.md walks
//! through it.

pub mod audit;
pub mod client_view;
pub mod clients;
pub mod directory;
pub mod intake;
pub mod log;
pub mod offer_editor;
#[cfg(test)]
pub mod probe;
pub mod stats;

use super::action::{Action, ScreenKey};
use super::effect::{Done, Owner, SaveError, Ticket};
use super::form::FormEvent;
use super::keymap::{self, Binding, Context};
use super::menu::Choice;
use super::modal::Modal;
use super::nav::Go;
use super::out::Out;
use super::state::{Shared, State};
use crate::domain::{OfferId, ReferralId};

macro_rules! screens {
    ($($(#[doc = $doc:literal])* $(#[cfg($cfg:meta)])? $variant:ident,)*) => {
        /// The screens, each a module of its own below.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Screen { $($(#[doc = $doc])* $(#[cfg($cfg)])? $variant,)* }

        impl Screen {
            /// Every screen, in declaration order.
            pub const ALL: &'static [Screen] = &[$($(#[cfg($cfg)])? Screen::$variant,)*];
        }
    };
}

screens! {
    /// The offer directory (opens first).
    Directory,
    /// The client list.
    Clients,
    /// One client with its referrals.
    ClientView,
    /// The intake form (new or edited client).
    Intake,
    /// The referral log and follow-ups.
    Log,
    /// The offer editor (new, edited or copied offer).
    OfferEditor,
    /// Data protection: the audit trail, retention, the records due for anonymisation.
    Audit,
    /// The statistics (F11): the figures of a period.
    Stats,
    /// A screen that exists only in tests: it shows how little a screen needs, and it asks for
    /// two writes from one action (`probe`).
    #[cfg(test)]
    Probe,
}

/// Every binding, section by section: the keys that work everywhere and in forms (`keymap`),
/// then each screen's own. The help lists contexts in `Context::ALL` order; the footer shows
/// a context's hints in the order of its section.
pub const KEYMAP: &[&[Binding]] = &[
    keymap::COMMON,
    directory::KEYS,
    log::KEYS,
    client_view::KEYS,
    clients::KEYS,
    intake::KEYS,
    audit::KEYS,
    stats::KEYS,
    keymap::FORMS,
];

/// Shared data that changed, for the screens that show something computed from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Changed {
    /// The background load brought the records and the offers.
    Loaded,
    /// A new day: what is due and what is stale change.
    Day,
    /// The terminal has a new size.
    Size,
    Settings,
    Client(u64),
    Contact,
    /// A service gap was recorded.
    Gap,
    /// Referrals were made or changed; the first of them.
    Referrals(Option<ReferralId>),
    Offer(OfferId),
    /// Many offers at once (an import from the upkeep menu).
    Offers,
    /// Clients were erased or anonymised (with their referrals): lists recompute.
    Clients,
    /// Nothing shown changed (a file was written, the audit trail read).
    Nothing,
    /// "Neuer Anruf": the previous caller's search, filters and intake draft go.
    NewCall,
}

/// A screen (or the desk): its own state with the methods the router calls. Every method has a
/// default that does nothing (a screen without keys of its own gets only the global ones), so a
/// screen writes only what it uses.
pub trait Component {
    /// The keymap contexts while this screen has the keys (no overlay open), most specific
    /// first. They pick the bindings of its `KEYS` (and the common ones) that apply now.
    fn contexts(&self) -> Vec<Context> {
        vec![Context::Global]
    }

    /// An action bound in one of its contexts, or on the card over it. Returns whether
    /// anything visible changed.
    fn act(&mut self, _action: Action, _sh: &Shared, _out: &mut Out) -> bool {
        false
    }

    /// A character typed that no binding took.
    fn typed(&mut self, _c: char, _sh: &Shared, _out: &mut Out) -> bool {
        false
    }

    /// A bracketed paste.
    fn pasted(&mut self, _text: &str, _sh: &Shared, _out: &mut Out) -> bool {
        false
    }

    /// The counsellor is sent here (`go.screen()` is this screen). `false` keeps the screen
    /// they are on (the offer to show is gone, say).
    fn enter(&mut self, _go: &Go, _sh: &Shared, _out: &mut Out) -> bool {
        true
    }

    /// The answer to a write it asked for (the shared data already holds what was saved).
    fn saved(&mut self, _ticket: Ticket, _result: Result<&Done, &SaveError>, _sh: &Shared, _out: &mut Out) {}

    /// Its yes/no question was answered "yes".
    fn confirmed(&mut self, _sh: &Shared, _out: &mut Out) {}

    /// An entry of a choice list it opened was chosen.
    fn chosen(&mut self, _choice: &Choice, _sh: &Shared, _out: &mut Out) -> bool {
        false
    }

    /// A value changed (`FormEvent::Changed`) or save was pressed (`FormEvent::Save`) in a small
    /// form it opened.
    fn modal(&mut self, _m: &mut Modal, _ev: FormEvent, _sh: &Shared, _out: &mut Out) -> bool {
        false
    }

    /// Shared data changed: recompute what is shown from it.
    fn changed(&mut self, _what: &Changed, _sh: &Shared) {}

    /// Finishes deferred work before a redraw (the directory's search).
    fn settle(&mut self) {}

    /// Something typed here would be lost by quitting.
    fn unsaved(&self) -> bool {
        false
    }

    /// A draft in progress here is where this F-key leads (the intake on F3, the offer
    /// editor on F2).
    fn holds(&self, _key: ScreenKey) -> bool {
        false
    }
}

impl State {
    /// The component `owner` names.
    pub fn component(&self, owner: Owner) -> &dyn Component {
        match owner {
            Owner::Screen(Screen::Directory) => &self.dir,
            Owner::Screen(Screen::Clients) => &self.clients,
            Owner::Screen(Screen::ClientView) => &self.view,
            Owner::Screen(Screen::Intake) => &self.intake,
            Owner::Screen(Screen::Log) => &self.log,
            Owner::Screen(Screen::OfferEditor) => &self.editor,
            Owner::Screen(Screen::Audit) => &self.audit,
            Owner::Screen(Screen::Stats) => &self.stats,
            #[cfg(test)]
            Owner::Screen(Screen::Probe) => &self.probe,
            Owner::Desk => &self.desk,
        }
    }

    pub fn component_mut(&mut self, owner: Owner) -> &mut dyn Component {
        self.parts(owner).0
    }

    /// The component `owner` names, with the shared data to read and the queue its writes go
    /// to: borrowed together, so that a screen can read records while it changes itself.
    pub(super) fn parts(
        &mut self,
        owner: Owner,
    ) -> (&mut dyn Component, Shared<'_>, &mut super::effect::Queue) {
        let shared = Shared {
            lang: self.lang,
            now: self.now,
            size: self.size,
            records: &self.records,
            catalog: &self.catalog,
            settings: &self.settings,
            current_client: self.current_client,
            read_only: self.read_only.as_deref(),
            overlay: self.overlay.as_ref(),
            backup_dir: self.backups.as_ref().map(|b| b.dir.as_path()),
        };
        let component: &mut dyn Component = match owner {
            Owner::Screen(Screen::Directory) => &mut self.dir,
            Owner::Screen(Screen::Clients) => &mut self.clients,
            Owner::Screen(Screen::ClientView) => &mut self.view,
            Owner::Screen(Screen::Intake) => &mut self.intake,
            Owner::Screen(Screen::Log) => &mut self.log,
            Owner::Screen(Screen::OfferEditor) => &mut self.editor,
            Owner::Screen(Screen::Audit) => &mut self.audit,
            Owner::Screen(Screen::Stats) => &mut self.stats,
            #[cfg(test)]
            Owner::Screen(Screen::Probe) => &mut self.probe,
            Owner::Desk => &mut self.desk,
        };
        (component, shared, &mut self.queue)
    }

    /// Tells every screen that shared data changed.
    pub fn notify(&mut self, what: &Changed) {
        for &s in Screen::ALL {
            let (c, sh, _) = self.parts(Owner::Screen(s));
            c.changed(what, &sh);
        }
    }

    /// The contexts of the screen itself, without any overlay (also what the help lists first).
    pub fn screen_contexts(&self) -> Vec<Context> {
        self.component(Owner::Screen(self.screen)).contexts()
    }

    /// The call in progress has unsaved input: an open small form or the intake (a new call
    /// asks first). The offer editor's draft is not about the caller and survives a new call.
    pub fn call_unsaved(&self) -> bool {
        let modal = matches!(&self.overlay, Some(super::overlay::Overlay::Modal(m)) if m.form.dirty);
        modal || self.intake.unsaved()
    }

    /// A form anywhere has unsaved changes (quitting asks first).
    pub fn has_unsaved_changes(&self) -> bool {
        let modal = matches!(&self.overlay, Some(super::overlay::Overlay::Modal(m)) if m.form.dirty);
        modal || Screen::ALL.iter().any(|&s| self.component(Owner::Screen(s)).unsaved())
    }
}

#[cfg(test)]
mod tests {
    /// A screen module names no other screen module: they talk through `Out` and `Shared`.
    #[test]
    fn screen_modules_do_not_import_each_other() {
        let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src/app/screen"));
        let mut files = Vec::new();
        collect(dir, &mut files);
        let module = |p: &std::path::Path| {
            let first = p.strip_prefix(dir).ok()?.components().next()?;
            Some(first.as_os_str().to_string_lossy().trim_end_matches(".rs").to_string())
        };
        let mut modules: Vec<String> = files.iter().filter_map(|p| module(p)).collect();
        modules.sort();
        modules.dedup();
        assert!(modules.len() >= super::Screen::ALL.len(), "{modules:?}");
        for path in &files {
            let text = std::fs::read_to_string(path).expect("readable");
            let own = module(path).expect("below screen/");
            for other in modules.iter().filter(|m| **m != own) {
                for prefix in ["screen::", "super::"] {
                    let needle = format!("{prefix}{other}");
                    let named = text.match_indices(&needle).any(|(i, _)| {
                        let next = text[i + needle.len()..].chars().next();
                        !next.is_some_and(|c| c.is_alphanumeric() || c == '_')
                    });
                    assert!(!named, "{} names `{needle}`", path.display());
                }
            }
        }
    }

    fn collect(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("screen modules") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                collect(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
}
