//! What can be drawn over a screen and takes the keys while open. Screens open overlays by
//! returning them (`Out::open`); the router moves the help and the card, answers the question
//! and moves in choice lists itself, and passes the rest to the one that opened them.

use super::effect::Owner;
use super::keymap::Context;
use super::menu::Menu;
use super::modal::Modal;

#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    Help {
        scroll: u16,
    },
    /// A choice list opened by the screen; the choice goes to the screen (`Component::chosen`).
    Menu(Menu),
    /// The full card of the selected offer; keys other than scrolling go to the screen.
    Card {
        scroll: u16,
    },
    /// A yes/no question; yes runs `then`, no returns to `behind`.
    Confirm {
        question: String,
        then: ConfirmAction,
        behind: Option<Box<Overlay>>,
    },
    /// A small form over the screen (counsellor name, short contact, referral …); its changes
    /// and its save go to its owner (`Component::modal`).
    Modal(Modal),
    /// A long text read by scrolling (an import's report); Esc closes it.
    Report(super::report::Report),
}

/// What a confirmed question does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfirmAction {
    /// Quit although a form has unsaved changes.
    Quit,
    /// Start a new call although this call's form has unsaved input (it is discarded).
    NewCall,
    /// Close the small form without saving.
    DiscardModal,
    /// The owner asked; it gets the "yes" (`Component::confirmed`).
    Answer(Owner),
    /// Continue the forms kept as drafts when Lotse last stopped; "no" discards them.
    ContinueDrafts,
}

impl Overlay {
    /// The keymap contexts while this overlay is open, most specific first.
    pub fn contexts(&self) -> Vec<Context> {
        match self {
            Overlay::Help { .. } => vec![Context::Help, Context::Global],
            Overlay::Menu(_) => vec![Context::Menu, Context::Global],
            Overlay::Card { .. } => vec![Context::Card, Context::Upkeep, Context::Global],
            // A question must be answered: nothing else (not even screen keys) until then.
            Overlay::Confirm { .. } => vec![Context::Confirm],
            Overlay::Modal(m) => form_stack(Context::Modal, m.form.focus_is_text()),
            Overlay::Report(_) => vec![Context::Report, Context::Global],
        }
    }
}

/// A form's stack: its owner, the form keys, the focused field's keys, the global keys.
pub fn form_stack(owner: Context, text: bool) -> Vec<Context> {
    let field = if text { vec![Context::FormText, Context::TextField] } else { vec![Context::Choice] };
    let mut v = vec![owner, Context::Form];
    v.extend(field);
    v.push(Context::Global);
    v.dedup();
    v
}
