//! The keymap: tables of (context, key) → action. Dispatch, the footer hints and the help
//! overlay are all generated from them, so they cannot disagree. The keys that work everywhere
//! and in forms, lists and overlays are here; each screen's own keys are in its module
//! (`KEYS`), and `screen::KEYMAP` lists every section.

use super::action::{Action, ScreenKey};
use super::key::{Code, Key};
use crate::i18n::{Lang, T};

macro_rules! contexts {
    ($($(#[$meta:meta])* $variant:ident => $title:ident,)*) => {
        /// Where a binding applies. Several contexts are active at once (a screen's, a focused
        /// text field's, the global keys), most specific first.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Context { $($(#[$meta])* $variant,)* }

        impl Context {
            /// Every context, in the order the help lists them.
            pub const ALL: &'static [Context] = &[$(Context::$variant,)*];

            /// The heading of its section in the help.
            pub fn title(self) -> T {
                match self { $(Context::$variant => T::$title,)* }
            }
        }
    };
}

contexts! {
    /// The directory screen.
    Directory => CtxDirectory,
    /// The full card of the selected offer.
    Card => CtxCard,
    /// Offer upkeep keys: in the directory and on the full card.
    Upkeep => CtxUpkeep,
    /// A choice list over the screen.
    Menu => CtxMenu,
    Clients => CtxClients,
    ClientView => CtxClientView,
    /// The intake form (with `Form` below it).
    Intake => CtxIntake,
    Log => CtxLog,
    /// The data protection screen (audit trail, anonymisation due).
    Audit => CtxAudit,
    /// The statistics screen (F11).
    Stats => CtxStats,
    /// Typing a period on the statistics screen (with `TextField` below it).
    StatsRange => CtxStatsRange,
    /// Any form.
    Form => CtxForm,
    /// A small form over the screen (with `Form` below it).
    Modal => CtxModal,
    /// A text field inside a form (Up/Down move between fields).
    FormText => CtxFormText,
    /// A choice or multi-choice field inside a form.
    Choice => CtxChoice,
    /// A focused one-line text field.
    TextField => CtxTextField,
    /// A yes/no question over the screen.
    Confirm => CtxConfirm,
    /// The help overlay.
    Help => CtxHelp,
    /// A report over the screen (an import's, from the upkeep menu).
    Report => CtxReport,
    /// Everywhere, also over overlays.
    Global => CtxGlobal,
}

/// One binding. `hint` is the short footer label; bindings without one show only in help.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub ctx: Context,
    pub key: Key,
    pub action: Action,
    pub hint: Option<T>,
}

pub const fn b(ctx: Context, key: Key, action: Action, hint: Option<T>) -> Binding {
    Binding { ctx, key, action, hint }
}

pub const fn k(code: Code) -> Key {
    Key::plain(code)
}

use Context::*;

/// The keys that work everywhere.
pub const COMMON: &[Binding] = &[
    b(Global, k(Code::F(1)), Action::Help, Some(T::HintHelp)),
    // "Neuer Anruf": the fresh start between two callers. Its hint shows while a client is
    // current (that is when forgetting it files a referral under the wrong person). F10 was a
    // third alias of quitting; Ctrl-Q and Ctrl-C remain (docs/decisions.md).
    b(Global, k(Code::F(10)), Action::NewCall, Some(T::HintNewCall)),
    b(Global, Key::ctrl('q'), Action::Quit, Some(T::HintQuit)),
    b(Global, Key::ctrl('c'), Action::Quit, None),
    b(Global, k(Code::F(2)), Action::ShowScreen(ScreenKey::Directory), None),
    b(Global, k(Code::F(3)), Action::ShowScreen(ScreenKey::Clients), None),
    b(Global, k(Code::F(4)), Action::ShowScreen(ScreenKey::Log), None),
    b(Global, k(Code::F(9)), Action::QuickContact, None),
    b(Global, k(Code::F(11)), Action::ShowScreen(ScreenKey::Stats), None),
    b(Global, k(Code::F(12)), Action::EditSettings, None),
    b(Global, Key::ctrl('z'), Action::Privacy, None),
    // Ctrl-H is Backspace in most terminals, Ctrl-I Tab, Ctrl-M Enter, Ctrl-[ Esc: never bound.
];

/// Text fields, choice lists, the help, forms and questions: the same on every screen.
pub const FORMS: &[Binding] = &[
    // Text editing in the focused field.
    b(TextField, k(Code::Left), Action::CursorLeft, None),
    b(TextField, k(Code::Right), Action::CursorRight, None),
    b(TextField, k(Code::Home), Action::CursorStart, None),
    b(TextField, k(Code::End), Action::CursorEnd, None),
    b(TextField, k(Code::Backspace), Action::DeleteBack, None),
    b(TextField, k(Code::Delete), Action::DeleteForward, None),
    b(TextField, Key::ctrl('w'), Action::DeleteWordBack, None),
    b(TextField, Key::ctrl('u'), Action::ClearField, None),
    // Choice lists: digits and letters pick an entry directly (shown in the list itself).
    b(Menu, k(Code::Up), Action::Up, None),
    b(Menu, k(Code::Down), Action::Down, None),
    b(Menu, k(Code::Char(' ')), Action::MenuToggle, Some(T::HintMenuToggle)),
    b(Menu, k(Code::Enter), Action::MenuChoose, Some(T::HintMenuChoose)),
    b(Menu, k(Code::Esc), Action::CloseOverlay, Some(T::HintClose)),
    b(Help, k(Code::Esc), Action::CloseOverlay, Some(T::HintClose)),
    b(Report, k(Code::Up), Action::Up, Some(T::HintScroll)),
    b(Report, k(Code::Down), Action::Down, None),
    b(Report, k(Code::PageUp), Action::PageUp, None),
    b(Report, k(Code::PageDown), Action::PageDown, None),
    b(Report, k(Code::Home), Action::First, None),
    b(Report, k(Code::End), Action::Last, None),
    b(Report, k(Code::Esc), Action::CloseOverlay, Some(T::HintClose)),
    b(Report, k(Code::Enter), Action::CloseOverlay, None),
    // Forms. Ctrl-S saves (raw mode turns off XON/XOFF, so it reaches Lotse).
    b(Form, k(Code::Tab), Action::FormNext, None),
    b(Form, k(Code::BackTab), Action::FormPrev, None),
    b(Form, k(Code::PageDown), Action::FormSectionNext, None),
    b(Form, k(Code::PageUp), Action::FormSectionPrev, None),
    b(Form, Key::ctrl('s'), Action::FormSave, Some(T::HintSave)),
    b(Form, k(Code::Esc), Action::FormCancel, Some(T::HintCancel)),
    b(FormText, k(Code::Down), Action::FieldNext, None),
    b(FormText, k(Code::Up), Action::FieldPrev, None),
    b(FormText, k(Code::Enter), Action::FieldNext, None),
    b(Choice, k(Code::Down), Action::OptionNext, Some(T::HintOption)),
    b(Choice, k(Code::Up), Action::OptionPrev, None),
    b(Choice, k(Code::Right), Action::OptionNext, None),
    b(Choice, k(Code::Left), Action::OptionPrev, None),
    b(Choice, k(Code::Char(' ')), Action::OptionToggle, Some(T::HintToggle)),
    b(Choice, k(Code::Delete), Action::OptionClear, None),
    b(Choice, k(Code::Backspace), Action::OptionClear, None),
    b(Choice, k(Code::Enter), Action::FieldNext, None),
    b(Confirm, k(Code::Char('j')), Action::ConfirmYes, Some(T::HintYes)),
    b(Confirm, k(Code::Char('y')), Action::ConfirmYes, None),
    b(Confirm, k(Code::Enter), Action::ConfirmYes, None),
    b(Confirm, k(Code::Char('n')), Action::ConfirmNo, Some(T::HintNo)),
    b(Confirm, k(Code::Esc), Action::ConfirmNo, None),
    b(Help, k(Code::Char('?')), Action::CloseOverlay, None),
    b(Help, k(Code::Up), Action::Up, None),
    b(Help, k(Code::Down), Action::Down, None),
    b(Help, k(Code::PageUp), Action::PageUp, None),
    b(Help, k(Code::PageDown), Action::PageDown, None),
];

/// Every binding of every section.
pub fn bindings() -> impl Iterator<Item = &'static Binding> {
    super::screen::KEYMAP.iter().flat_map(|section| section.iter())
}

/// The action bound to `key` in the active contexts.
pub fn lookup(stack: &[Context], key: Key) -> Option<Action> {
    stack.iter().find_map(|&ctx| bindings().find(|b| b.ctx == ctx && b.key == key).map(|b| b.action))
}

/// Footer hints for the active contexts: (keys, label, global?), the keys of one hint merged
/// ("F5–F8"). `relevant` drops hints that do nothing right now (no filters to clear …).
pub fn hints(
    stack: &[Context],
    lang: Lang,
    relevant: impl Fn(Action) -> bool,
) -> Vec<(String, &'static str, bool)> {
    let mut out: Vec<(Vec<Key>, T, bool)> = Vec::new();
    for &ctx in stack {
        for bind in bindings().filter(|b| b.ctx == ctx && relevant(b.action)) {
            if let Some(h) = bind.hint {
                match out.iter_mut().find(|(_, t, _)| *t == h) {
                    Some((keys, _, _)) => keys.push(bind.key),
                    None => out.push((vec![bind.key], h, ctx == Global)),
                }
            }
        }
    }
    out.into_iter().map(|(keys, t, global)| (key_names(&keys, lang), lang.t(t), global)).collect()
}

/// "F5–F8" for a run of function keys, else names joined with "/".
pub fn key_names(keys: &[Key], lang: Lang) -> String {
    let fs: Vec<u8> = keys
        .iter()
        .filter_map(|k| match k.code {
            Code::F(n) if !k.ctrl => Some(n),
            _ => None,
        })
        .collect();
    if keys.len() > 2 && fs.len() == keys.len() && fs.windows(2).all(|w| w[1] == w[0] + 1) {
        return format!("F{}–F{}", fs[0], fs[fs.len() - 1]);
    }
    keys.iter().map(|k| k.name(lang)).collect::<Vec<_>>().join("/")
}

/// Help sections in display order: (context title, [(keys, description)]); an action bound
/// to several keys shows once with all of them.
/// The contexts in `first` (the screen the help was opened from) come first.
pub fn help_sections(lang: Lang, first: &[Context]) -> Vec<(&'static str, Vec<(String, String)>)> {
    let order = first.iter().copied().chain(Context::ALL.iter().copied().filter(|c| !first.contains(c)));
    order
        .map(|ctx| {
            let mut rows: Vec<(Vec<Key>, Action)> = Vec::new();
            for bind in bindings().filter(|b| b.ctx == ctx) {
                match rows.iter_mut().find(|(_, a)| *a == bind.action) {
                    Some((keys, _)) => keys.push(bind.key),
                    None => rows.push((vec![bind.key], bind.action)),
                }
            }
            let rows = rows.into_iter().map(|(keys, a)| (key_names(&keys, lang), a.describe(lang))).collect();
            (lang.t(ctx.title()), rows)
        })
        .collect()
}

/// The first key bound twice in one stack of contexts, if any.
pub fn duplicate_in(stack: &[Context]) -> Option<(Key, Action, Action)> {
    let mut seen: Vec<(Key, Action)> = Vec::new();
    for bind in bindings().filter(|b| stack.contains(&b.ctx)) {
        if let Some((_, other)) = seen.iter().find(|(k, _)| *k == bind.key) {
            return Some((bind.key, *other, bind.action));
        }
        seen.push((bind.key, bind.action));
    }
    None
}

#[cfg(test)]
mod tests {
    //! Checks of the tables themselves. That no key is bound twice in any stack of contexts the
    //! app really uses is checked by driving the app with every key of the tables
    //! (`app::tests::no_key_is_bound_twice_in_any_stack_the_keys_reach`).
    use super::*;
    use crate::domain::Need;

    /// The directory's stack with the search field focused, as the directory reports it.
    fn directory() -> Vec<Context> {
        use crate::app::screen::Component;
        crate::app::screen::directory::Directory::default().contexts()
    }

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for &ctx in Context::ALL {
            let keys: Vec<Key> = bindings().filter(|b| b.ctx == ctx).map(|b| b.key).collect();
            for (i, key) in keys.iter().enumerate() {
                assert!(!keys[..i].contains(key), "{key:?} is bound twice in {ctx:?}");
            }
        }
    }

    #[test]
    fn duplicates_are_found_in_a_stack() {
        // The directory and forms both bind Esc and the page keys: never active together, but
        // a stack holding both must be reported.
        let (key, first, second) = duplicate_in(&[Directory, Form]).expect("a key bound in both");
        let bound = |ctx| bindings().any(|b| b.ctx == ctx && b.key == key);
        assert!(bound(Directory) && bound(Form) && first != second, "{key:?}");
        assert_eq!(duplicate_in(&directory()), None);
    }

    #[test]
    fn keys_a_terminal_cannot_tell_apart_are_never_bound() {
        for bind in bindings() {
            for c in ['h', 'i', 'm', 'j', '['] {
                assert_ne!(bind.key, Key::ctrl(c), "Ctrl-{c} arrives as another key in a terminal");
            }
            // Alt is never bound: thin clients and window managers eat it (`Key` cannot say it).
        }
    }

    #[test]
    fn the_four_top_needs_are_one_key_away() {
        let s = directory();
        for need in Need::TOP {
            let keys: Vec<_> =
                bindings().filter(|b| s.contains(&b.ctx) && b.action == Action::ToggleNeed(need)).collect();
            assert_eq!(keys.len(), 1, "{need:?}");
        }
    }

    #[test]
    fn lookup_prefers_the_most_specific_context() {
        let menu = [Menu, Global];
        assert_eq!(lookup(&menu, Key::plain(Code::Esc)), Some(Action::CloseOverlay));
        let s = directory();
        assert_eq!(lookup(&s, Key::plain(Code::Esc)), Some(Action::EscapeDirectory));
        assert_eq!(lookup(&s, Key::ctrl('c')), Some(Action::Quit));
        assert_eq!(lookup(&s, Key::ch('a')), None);
    }

    #[test]
    fn footer_merges_function_key_runs() {
        let h = hints(&directory(), Lang::De, |_| true);
        assert!(h.iter().any(|(k, _, _)| k == "F5–F8"), "{h:?}");
        assert_eq!(h.last().map(|(k, _, global)| (k.as_str(), *global)), Some(("Strg-Q", true)));
        let h = hints(&directory(), Lang::De, |a| a != Action::ClearFilters);
        assert!(!h.iter().any(|(k, _, _)| k == "Strg-X"), "{h:?}");
    }

    #[test]
    fn help_lists_every_binding_once() {
        let sections = help_sections(Lang::En, &[]);
        assert_eq!(sections.len(), Context::ALL.len());
        // Each binding is one key name in one row; F-key runs ("F5–F8") count as their keys.
        let listed: usize = sections
            .iter()
            .flat_map(|(_, rows)| rows)
            .flat_map(|(keys, _)| keys.split('/'))
            .map(|name| match name.split_once('–') {
                Some((a, b)) => {
                    let n = |s: &str| s.trim_start_matches('F').parse::<usize>().expect("F-key run");
                    n(b) - n(a) + 1
                }
                None => 1,
            })
            .sum();
        assert_eq!(listed, bindings().count());
        for bind in bindings() {
            let name = bind.key.name(Lang::En);
            let title = Lang::En.t(bind.ctx.title());
            let (_, rows) = sections.iter().find(|(t, _)| *t == title).expect("its context's section");
            let found = rows.iter().any(|(keys, desc)| {
                (keys.split('/').any(|k| k == name) || keys.contains('–'))
                    && *desc == bind.action.describe(Lang::En)
            });
            assert!(found, "{name} → {:?} missing from the help of {:?}", bind.action, bind.ctx);
        }
    }
}
