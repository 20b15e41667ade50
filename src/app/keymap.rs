//! The keymap: one table of (context, key) → action. Dispatch, the footer hints and the help
//! overlay are all generated from it, so they cannot disagree.

use super::action::{Action, MenuKind, ScreenKey};
use super::key::{Code, Key};
use crate::domain::Need;
use crate::i18n::{Lang, T};

/// Where a binding applies. Several contexts are active at once (see [`stack`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    /// Everywhere, also over overlays.
    Global,
    /// The directory screen.
    Directory,
    /// A focused one-line text field.
    TextField,
    /// The full card of the selected offer.
    Card,
    /// A choice list over the screen.
    Menu,
    /// The help overlay.
    Help,
    /// Any form.
    Form,
    /// A text field inside a form (Up/Down move between fields).
    FormText,
    /// A choice or multi-choice field inside a form.
    Choice,
    /// A yes/no question over the screen.
    Confirm,
    Clients,
    ClientView,
    /// The intake form (with `Form` below it).
    Intake,
    Log,
    /// A small form over the screen (with `Form` below it).
    Modal,
    /// Offer upkeep keys: in the directory and on the full card (see `offer_upkeep`).
    Upkeep,
}

impl Context {
    pub fn title(self) -> T {
        match self {
            Context::Global => T::CtxGlobal,
            Context::Directory => T::CtxDirectory,
            Context::TextField => T::CtxTextField,
            Context::Card => T::CtxCard,
            Context::Menu => T::CtxMenu,
            Context::Help => T::CtxHelp,
            Context::Form => T::CtxForm,
            Context::FormText => T::CtxFormText,
            Context::Choice => T::CtxChoice,
            Context::Confirm => T::CtxConfirm,
            Context::Clients => T::CtxClients,
            Context::ClientView => T::CtxClientView,
            Context::Intake => T::CtxIntake,
            Context::Log => T::CtxLog,
            Context::Modal => T::CtxModal,
            Context::Upkeep => T::CtxUpkeep,
        }
    }
}

/// One binding. `hint` is the short footer label; bindings without one show only in help.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub ctx: Context,
    pub key: Key,
    pub action: Action,
    pub hint: Option<T>,
}

const fn b(ctx: Context, key: Key, action: Action, hint: Option<T>) -> Binding {
    Binding { ctx, key, action, hint }
}

use Context::*;
const fn k(code: Code) -> Key {
    Key::plain(code)
}

pub const BINDINGS: &[Binding] = &[
    b(Global, k(Code::F(1)), Action::Help, Some(T::HintHelp)),
    b(Global, Key::ctrl('q'), Action::Quit, Some(T::HintQuit)),
    b(Global, Key::ctrl('c'), Action::Quit, None),
    b(Global, k(Code::F(10)), Action::Quit, None),
    b(Global, k(Code::F(2)), Action::ShowScreen(ScreenKey::Directory), None),
    b(Global, k(Code::F(3)), Action::ShowScreen(ScreenKey::Clients), None),
    b(Global, k(Code::F(4)), Action::ShowScreen(ScreenKey::Log), None),
    b(Global, k(Code::F(9)), Action::QuickContact, None),
    b(Global, k(Code::F(12)), Action::EditSettings, None),
    // Ctrl-H is Backspace in most terminals, Ctrl-I Tab, Ctrl-M Enter, Ctrl-[ Esc: never bound.
    // Directory: the search field always has focus, so every command is a Ctrl or F key.
    b(Directory, k(Code::Up), Action::Up, Some(T::HintSelect)),
    b(Directory, k(Code::Down), Action::Down, Some(T::HintSelect)),
    b(Directory, k(Code::PageUp), Action::PageUp, None),
    b(Directory, k(Code::PageDown), Action::PageDown, None),
    b(Directory, Key { code: Code::Home, ctrl: true }, Action::First, None),
    b(Directory, Key { code: Code::End, ctrl: true }, Action::Last, None),
    b(Directory, k(Code::Enter), Action::ToggleCard, Some(T::HintCard)),
    b(Directory, k(Code::Esc), Action::EscapeDirectory, None),
    // Referring the current client: Ctrl-V ("verweisen") the selected or marked offers. Listed
    // before the filter keys so the footer keeps it at 80 columns: with a client, referring is
    // what the screen is for, and the filter line names its own keys.
    b(Directory, Key::ctrl('v'), Action::Refer, Some(T::HintRefer)),
    b(Directory, Key::ctrl('t'), Action::ToggleMark, Some(T::HintMark)),
    b(Directory, k(Code::F(5)), Action::ToggleNeed(Need::Spr), Some(T::HintTopNeeds)),
    b(Directory, k(Code::F(6)), Action::ToggleNeed(Need::Arb), Some(T::HintTopNeeds)),
    b(Directory, k(Code::F(7)), Action::ToggleNeed(Need::Woh), Some(T::HintTopNeeds)),
    b(Directory, k(Code::F(8)), Action::ToggleNeed(Need::Ane), Some(T::HintTopNeeds)),
    b(Directory, Key::ctrl('b'), Action::OpenMenu(MenuKind::Needs), Some(T::HintNeedMenu)),
    b(Directory, Key::ctrl('g'), Action::OpenMenu(MenuKind::Groups), None),
    b(Directory, Key::ctrl('l'), Action::OpenMenu(MenuKind::Languages), None),
    b(Directory, Key::ctrl('o'), Action::OpenMenu(MenuKind::Towns), None),
    b(Directory, Key::ctrl('x'), Action::ClearFilters, Some(T::HintClearFilters)),
    b(Directory, Key::ctrl('y'), Action::ToggleInactive, None),
    b(Directory, Key::ctrl('k'), Action::ClearCurrentClient, None),
    b(Card, Key::ctrl('v'), Action::Refer, Some(T::HintRefer)),
    // Keeping the directory current: the selected offer (or the one on the card).
    b(Upkeep, Key::ctrl('e'), Action::EditOffer, Some(T::HintEdit)),
    b(Upkeep, Key::ctrl('n'), Action::NewOffer, None),
    b(Upkeep, Key::ctrl('d'), Action::DuplicateOffer, None),
    b(Upkeep, Key::ctrl('r'), Action::ToggleOfferActive, None),
    b(Upkeep, Key::ctrl('p'), Action::StampVerified, None),
    b(Upkeep, Key::ctrl('a'), Action::OpenMenu(MenuKind::Upkeep), None),
    // The referral log: no text field has focus, so single letters act.
    b(Log, k(Code::Up), Action::Up, None),
    b(Log, k(Code::Down), Action::Down, None),
    b(Log, k(Code::PageUp), Action::PageUp, None),
    b(Log, k(Code::PageDown), Action::PageDown, None),
    b(Log, k(Code::Home), Action::First, None),
    b(Log, k(Code::End), Action::Last, None),
    b(Log, k(Code::Char('s')), Action::RefStatus, Some(T::HintStatus)),
    b(Log, k(Code::Char('p')), Action::RefPostpone, Some(T::HintPostpone)),
    b(Log, k(Code::Char('n')), Action::RefNote, Some(T::HintNote)),
    b(Log, k(Code::Enter), Action::LogDetail, Some(T::HintCard)),
    b(Log, k(Code::Char('f')), Action::LogOpenFilter, Some(T::HintNeedMenu)),
    b(Log, k(Code::Char('v')), Action::LogScope, Some(T::HintView)),
    b(Log, k(Code::Char('r')), Action::LogSort, None),
    b(Log, k(Code::Char('k')), Action::RefToClient, Some(T::HintToClient)),
    b(Log, k(Code::Char('o')), Action::RefToOffer, Some(T::HintToOffer)),
    b(Log, Key::ctrl('x'), Action::ClearFilters, Some(T::HintClearFilters)),
    b(Log, k(Code::Char('x')), Action::ClearFilters, None),
    b(Log, k(Code::Esc), Action::CloseOverlay, None),
    // No text field has focus here, so `?` opens the help too.
    b(Log, k(Code::Char('?')), Action::Help, None),
    b(ClientView, k(Code::Char('?')), Action::Help, None),
    // The client view's referrals.
    b(ClientView, k(Code::Up), Action::Up, None),
    b(ClientView, k(Code::Down), Action::Down, None),
    // Their keys are named in the section heading; the footer keeps the client's own keys.
    b(ClientView, k(Code::Char('s')), Action::RefStatus, None),
    b(ClientView, k(Code::Char('p')), Action::RefPostpone, None),
    b(ClientView, k(Code::Char('n')), Action::RefNote, None),
    b(ClientView, k(Code::Char('o')), Action::RefToOffer, None),
    // The client list: the search field has focus, so commands are Ctrl or F keys.
    b(Clients, k(Code::Up), Action::Up, None),
    b(Clients, k(Code::Down), Action::Down, None),
    b(Clients, k(Code::PageUp), Action::PageUp, None),
    b(Clients, k(Code::PageDown), Action::PageDown, None),
    b(Clients, k(Code::Enter), Action::OpenClient, Some(T::HintOpen)),
    b(Clients, Key::ctrl('n'), Action::NewClient, Some(T::HintNew)),
    b(Clients, Key::ctrl('e'), Action::EditClient, Some(T::HintEdit)),
    b(Clients, Key::ctrl('f'), Action::ClientOffers, Some(T::HintOffers)),
    b(Clients, k(Code::Esc), Action::EscapeDirectory, None),
    b(ClientView, Key::ctrl('e'), Action::EditClient, Some(T::HintEdit)),
    b(ClientView, k(Code::Char('e')), Action::EditClient, None),
    b(ClientView, Key::ctrl('f'), Action::ClientOffers, Some(T::HintOffers)),
    b(ClientView, k(Code::Char('a')), Action::ClientOffers, None),
    b(ClientView, k(Code::Esc), Action::Back, Some(T::HintBack2)),
    b(Intake, Key::ctrl('f'), Action::SaveAndOffers, Some(T::HintOffers)),
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
    // The full card of one offer; typing goes back to the search.
    b(Card, k(Code::Up), Action::CardScrollUp, Some(T::HintScroll)),
    b(Card, k(Code::Down), Action::CardScrollDown, Some(T::HintScroll)),
    b(Card, k(Code::PageUp), Action::PageUp, None),
    b(Card, k(Code::PageDown), Action::PageDown, None),
    b(Card, k(Code::Esc), Action::CloseOverlay, Some(T::HintBack)),
    b(Card, k(Code::Enter), Action::CloseOverlay, None),
    b(Help, k(Code::Esc), Action::CloseOverlay, Some(T::HintClose)),
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

/// Contexts active together, most specific first. `?` opens help only where no text field
/// has focus; in the directory the search field always has focus, so F1 is the way there.
pub fn stack(overlay: Option<Context>, screen: Context, text_field: bool) -> Vec<Context> {
    match overlay {
        Some(o) => vec![o, Global],
        None if text_field => vec![screen, TextField, Global],
        None => vec![screen, Global],
    }
}

/// The action bound to `key` in the active contexts.
pub fn lookup(stack: &[Context], key: Key) -> Option<Action> {
    stack.iter().find_map(|&ctx| BINDINGS.iter().find(|b| b.ctx == ctx && b.key == key).map(|b| b.action))
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
        for bind in BINDINGS.iter().filter(|b| b.ctx == ctx && relevant(b.action)) {
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
    let all = [
        Directory, Card, Upkeep, Menu, Clients, ClientView, Intake, Log, Form, Modal, FormText, Choice,
        TextField, Confirm, Help, Global,
    ];
    let order = first
        .iter()
        .copied()
        .filter(|c| all.contains(c))
        .chain(all.into_iter().filter(|c| !first.contains(c)));
    order
        .map(|ctx| {
            let mut rows: Vec<(Vec<Key>, Action)> = Vec::new();
            for bind in BINDINGS.iter().filter(|b| b.ctx == ctx) {
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

/// The first key bound twice in one stack of contexts, if any (for tests of real stacks).
pub fn duplicate_in(stack: &[Context]) -> Option<(Key, Action, Action)> {
    let mut seen: Vec<(Key, Action)> = Vec::new();
    for bind in BINDINGS.iter().filter(|b| stack.contains(&b.ctx)) {
        if let Some((_, other)) = seen.iter().find(|(k, _)| *k == bind.key) {
            return Some((bind.key, *other, bind.action));
        }
        seen.push((bind.key, bind.action));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// Every combination of contexts that can be active at once.
    fn all_stacks() -> Vec<Vec<Context>> {
        let mut v = vec![
            stack(Some(Menu), Directory, true),
            stack(Some(Help), Directory, true),
            stack(Some(Card), Directory, true),
            vec![Confirm],
            vec![Clients, TextField, Global],
            vec![ClientView, Global],
            vec![Intake, Form, FormText, TextField, Global],
            vec![Intake, Form, Choice, Global],
            vec![Modal, Form, FormText, TextField, Global],
            vec![Modal, Form, Choice, Global],
            vec![Log, Global],
            // The directory and the card with the upkeep keys; the offer editor's form.
            vec![Directory, Upkeep, TextField, Global],
            vec![Card, Upkeep, Global],
            vec![Form, FormText, TextField, Global],
            vec![Form, Choice, Global],
        ];
        v.push(stack(None, Directory, true));
        v.push(stack(None, Directory, false));
        v
    }

    #[test]
    fn no_two_actions_share_a_key_in_one_context() {
        for stack in all_stacks() {
            let mut seen: HashMap<Key, (Context, Action)> = HashMap::new();
            for bind in BINDINGS.iter().filter(|b| stack.contains(&b.ctx)) {
                if let Some((ctx, action)) = seen.insert(bind.key, (bind.ctx, bind.action)) {
                    panic!(
                        "{:?} is bound to {action:?} ({ctx:?}) and {:?} ({:?}) in {stack:?}",
                        bind.key, bind.action, bind.ctx
                    );
                }
            }
        }
    }

    #[test]
    fn nothing_needs_alt_and_printable_keys_are_free_in_text_fields() {
        for bind in BINDINGS {
            // A plain printable key bound where a text field has focus would steal typing.
            if [Directory, TextField, Form, FormText, Clients, Intake, Modal, Upkeep].contains(&bind.ctx) {
                assert!(bind.key.printable().is_none(), "{:?} steals a printable key", bind.key);
            }
        }
    }

    #[test]
    fn keys_a_terminal_cannot_tell_apart_are_never_bound() {
        for bind in BINDINGS {
            for c in ['h', 'i', 'm', 'j', '['] {
                assert_ne!(bind.key, Key::ctrl(c), "Ctrl-{c} arrives as another key in a terminal");
            }
        }
    }

    #[test]
    fn the_four_top_needs_are_one_key_away() {
        let s = stack(None, Directory, true);
        for need in Need::TOP {
            let keys: Vec<_> = BINDINGS
                .iter()
                .filter(|b| s.contains(&b.ctx) && b.action == Action::ToggleNeed(need))
                .collect();
            assert_eq!(keys.len(), 1, "{need:?}");
        }
    }

    #[test]
    fn lookup_prefers_the_most_specific_context() {
        let s = stack(Some(Menu), Directory, true);
        assert_eq!(lookup(&s, Key::plain(Code::Esc)), Some(Action::CloseOverlay));
        let s = stack(None, Directory, true);
        assert_eq!(lookup(&s, Key::plain(Code::Esc)), Some(Action::EscapeDirectory));
        assert_eq!(lookup(&s, Key::ctrl('c')), Some(Action::Quit));
        assert_eq!(lookup(&s, Key::ch('a')), None);
    }

    #[test]
    fn footer_merges_function_key_runs() {
        let h = hints(&stack(None, Directory, true), Lang::De, |_| true);
        assert!(h.iter().any(|(k, _, _)| k == "F5–F8"), "{h:?}");
        assert_eq!(h.last().map(|(k, _, global)| (k.as_str(), *global)), Some(("Strg-Q", true)));
        let h = hints(&stack(None, Directory, true), Lang::De, |a| a != Action::ClearFilters);
        assert!(!h.iter().any(|(k, _, _)| k == "Strg-X"), "{h:?}");
    }

    #[test]
    fn help_lists_every_binding() {
        let sections = help_sections(Lang::En, &[]);
        let listed: usize =
            sections.iter().flat_map(|(_, rows)| rows).map(|(keys, _)| keys.split('/').count()).sum();
        // F-key runs are merged into one name; count them back.
        assert!(listed <= BINDINGS.len());
        for bind in BINDINGS {
            let name = bind.key.name(Lang::En);
            let found = sections.iter().flat_map(|(_, rows)| rows).any(|(keys, desc)| {
                (keys.split('/').any(|k| k == name) || keys.contains('–'))
                    && *desc == bind.action.describe(Lang::En)
            });
            assert!(found, "{name} → {:?} missing from help", bind.action);
        }
    }
}
