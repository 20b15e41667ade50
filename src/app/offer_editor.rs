//! The offer editor's life cycle: opened from the directory or the card (new, edit, copy), kept
//! while the counsellor looks at other screens (F3, F4; F2 leads back to it), saved (checked
//! like the intake form: the first problem focused, nothing typed lost; then written, and the
//! directory shows the change once the write is durable), or cancelled (asks first when
//! something was typed).

use super::action::Action;
use super::effect::Effect;
use super::form::{Form, FormEvent};
use super::offer_form::{self, Initial, OfferField};
use super::offer_upkeep::{OfferSaved, SaveKind};
use super::pending::Pending;
use super::state::{ConfirmAction, Flash, FlashKind, Overlay, Screen, State};
use crate::domain::{Offer, OfferId};
use crate::i18n::{T, Te};

/// The editor's draft and the offer a status question is about.
#[derive(Debug, Default)]
pub struct OfferEditState {
    pub editor: Option<EditorState>,
    /// The offer the open deactivate/reactivate question (Ctrl-R) is about.
    pub confirm: Option<OfferId>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A blank offer; it gets its id when saved.
    New,
    Edit,
    /// A copy of `source`; a new offer with its own id once saved.
    Copy,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EditorState {
    pub form: Form<OfferField>,
    pub mode: Mode,
    /// The offer as opened: what the form does not show, and text left untouched, come from
    /// here unchanged.
    pub base: Offer,
    /// Text fields as they opened (see `offer_form::to_offer`).
    pub initial: Initial,
    /// The original of a copy.
    pub source: Option<OfferId>,
    /// Opened from the full card: the card shows again when the editor closes.
    pub from_card: bool,
}

impl EditorState {
    pub fn new(
        base: Offer,
        mode: Mode,
        source: Option<OfferId>,
        from_card: bool,
        lang: crate::i18n::Lang,
    ) -> Self {
        let mut form = offer_form::build(&base, lang);
        let initial = offer_form::initial(&form);
        // A copy is not saved yet: leaving it asks first, like typed changes.
        form.dirty = mode == Mode::Copy;
        EditorState { form, mode, base, initial, source, from_card }
    }
}

/// Placeholder id of an offer not saved yet; the store gives the real one.
fn unsaved_id() -> OfferId {
    OfferId::numbered(0)
}

/// Shows the editor: the draft in progress if there is one (nothing typed is dropped), else a
/// new one made by `make`.
fn open(state: &mut State, make: impl FnOnce(&State) -> EditorState) -> bool {
    if state.offer_edit.editor.is_none() {
        let e = make(state);
        state.offer_edit.editor = Some(e);
    }
    state.overlay = None;
    state.screen = Screen::OfferEditor;
    true
}

pub fn open_new(state: &mut State, from_card: bool) -> bool {
    open(state, |s| EditorState::new(Offer::new(unsaved_id(), ""), Mode::New, None, from_card, s.lang))
}

pub fn open_edit(state: &mut State, offer: Offer, from_card: bool) -> bool {
    open(state, |s| EditorState::new(offer, Mode::Edit, None, from_card, s.lang))
}

/// A copy with a new id (given when saved) and the title marked as a copy, opened unsaved.
pub fn open_copy(state: &mut State, offer: Offer, from_card: bool) -> bool {
    open(state, |s| {
        let source = offer.id.clone();
        let mut copy = offer;
        copy.id = unsaved_id();
        let suffix = s.lang.t(Te::CopySuffix);
        let room = super::form::field::TEXT_MAX.saturating_sub(suffix.chars().count() + 1);
        let title: String = copy.title.chars().take(room).collect();
        copy.title = format!("{} {suffix}", title.trim_end()).into();
        EditorState::new(copy, Mode::Copy, Some(source), from_card, s.lang)
    })
}

/// Closes the editor without saving and goes back to the directory (and the card, if it was
/// opened from there).
pub fn close(state: &mut State) {
    let from_card = state.offer_edit.editor.take().is_some_and(|e| e.from_card);
    state.screen = Screen::Directory;
    if from_card && state.selected_offer().is_some() {
        state.overlay = Some(Overlay::Card { scroll: 0 });
    }
}

/// An action on the editor screen.
pub fn apply(state: &mut State, action: Action) -> bool {
    let (today, lang) = (state.today(), state.lang);
    let Some(e) = state.offer_edit.editor.as_mut() else { return false };
    let ev = e.form.apply(action, today, lang);
    on_event(state, ev)
}

pub fn type_char(state: &mut State, c: char) -> bool {
    let Some(e) = state.offer_edit.editor.as_mut() else { return false };
    let ev = e.form.type_char(c);
    on_event(state, ev)
}

pub fn paste(state: &mut State, text: &str) -> bool {
    let Some(e) = state.offer_edit.editor.as_mut() else { return false };
    let ev = e.form.paste(text);
    on_event(state, ev)
}

fn on_event(state: &mut State, ev: FormEvent) -> bool {
    match ev {
        FormEvent::Ignored => false,
        FormEvent::Moved => true,
        FormEvent::Changed => {
            let lang = state.lang;
            if let Some(e) = state.offer_edit.editor.as_mut()
                && e.form.focused().is_some_and(|f| f.key == OfferField::Needs)
            {
                offer_form::refresh_sub_needs(&mut e.form, lang);
            }
            true
        }
        FormEvent::Cancel => {
            if state.offer_edit.editor.as_ref().is_some_and(|e| e.form.dirty) {
                state.overlay = Some(Overlay::Confirm {
                    question: state.lang.t(T::ConfirmDiscard).to_string(),
                    then: ConfirmAction::DiscardOfferEditor,
                    behind: None,
                });
            } else {
                close(state);
            }
            true
        }
        FormEvent::Save => save(state),
    }
}

/// Checks the form and asks for the write; on a problem the field is focused with its
/// message and everything typed stays.
pub fn save(state: &mut State) -> bool {
    let (lang, today) = (state.lang, state.today());
    if let Some(reason) = &state.read_only {
        state.flash = Some(Flash { kind: FlashKind::Error, text: lang.f(T::ReadOnly, &[reason]) });
        return true;
    }
    let Some(e) = state.offer_edit.editor.as_mut() else { return false };
    if e.form.validate(today, lang).is_some() {
        return true;
    }
    match offer_form::to_offer(&e.form, &e.base, &e.initial, lang) {
        Err((key, message)) => {
            e.form.set_error(key, message);
            true
        }
        Ok(offer) => {
            let new = e.mode != Mode::Edit;
            let kind = SaveKind::Editor { new, from_card: e.from_card };
            let pending = Pending::OfferSaved(OfferSaved { offer: Box::new(offer.clone()), kind });
            state.request(Effect::SaveOffer { offer: Box::new(offer), new }, pending);
            true
        }
    }
}
