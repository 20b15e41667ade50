//! The offer editor: opened from the directory or the card (new, edit, copy), kept while the
//! counsellor looks at other screens (F3, F4; F2 leads back to it), saved (checked like the
//! intake form: the first problem focused, nothing typed lost; then written, and the directory
//! shows the change once the write is durable), or cancelled (asks first when something was
//! typed). The form itself, built from an offer and read back into one, is `form`.

pub mod form;

use super::Component;
use crate::app::action::{Action, ScreenKey};
use crate::app::effect::{Done, SaveError, Ticket, Waiting, Write};
use crate::app::form::{Form, FormEvent};
use crate::app::keymap::Context;
use crate::app::nav::Go;
use crate::app::out::Out;
use crate::app::overlay::form_stack;
use crate::app::state::Shared;
use crate::domain::{Offer, OfferId};
use crate::i18n::{Lang, T, Te};
use form::{Initial, OfferField};

/// The editor screen: the draft in progress, if any.
#[derive(Debug, Default)]
pub struct OfferEditor {
    pub draft: Option<EditorState>,
    /// Saves asked for, waiting to be durable.
    waiting: Waiting<Then>,
}

#[derive(Debug)]
struct Then {
    /// The offer's id as saved (a placeholder for a new one, numbered by the store).
    id: OfferId,
    new: bool,
    from_card: bool,
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
    /// Text fields as they opened (see `form::to_offer`).
    pub initial: Initial,
    /// The original of a copy.
    pub source: Option<OfferId>,
    /// Opened from the full card: the card shows again when the editor closes.
    pub from_card: bool,
}

impl EditorState {
    pub fn new(base: Offer, mode: Mode, source: Option<OfferId>, from_card: bool, lang: Lang) -> Self {
        let mut form = form::build(&base, lang);
        let initial = form::initial(&form);
        // A copy is not saved yet: leaving it asks first, like typed changes.
        form.dirty = mode == Mode::Copy;
        EditorState { form, mode, base, initial, source, from_card }
    }
}

/// Placeholder id of an offer not saved yet; the store gives the real one.
fn unsaved_id() -> OfferId {
    OfferId::numbered(0)
}

/// A copy with a new id (given when saved) and the title marked as a copy, opened unsaved.
fn copy_of(offer: &Offer, from_card: bool, lang: Lang) -> EditorState {
    let source = offer.id.clone();
    let mut copy = offer.clone();
    copy.id = unsaved_id();
    let suffix = lang.t(Te::CopySuffix);
    let room = crate::app::form::field::TEXT_MAX.saturating_sub(suffix.chars().count() + 1);
    let title: String = copy.title.chars().take(room).collect();
    copy.title = format!("{} {suffix}", title.trim_end()).into();
    EditorState::new(copy, Mode::Copy, Some(source), from_card, lang)
}

impl OfferEditor {
    /// Closes the editor without saving and goes back to the directory (and the card, if it
    /// was opened from there).
    fn close(&mut self, out: &mut Out) {
        let card = self.draft.take().is_some_and(|e| e.from_card);
        out.go(Go::Directory { card });
    }

    fn on_event(&mut self, ev: FormEvent, sh: &Shared, out: &mut Out) -> bool {
        match ev {
            FormEvent::Ignored => false,
            FormEvent::Moved => true,
            FormEvent::Changed => {
                if let Some(e) = self.draft.as_mut()
                    && e.form.focused_key() == Some(OfferField::Needs)
                {
                    form::refresh_sub_needs(&mut e.form, sh.lang);
                }
                true
            }
            FormEvent::Cancel => {
                if self.unsaved() {
                    out.ask(sh.lang.t(T::ConfirmDiscard).to_string());
                } else {
                    self.close(out);
                }
                true
            }
            FormEvent::Save => self.save(sh, out),
        }
    }

    /// Checks the form and asks for the write; on a problem the field is focused with its
    /// message and everything typed stays.
    fn save(&mut self, sh: &Shared, out: &mut Out) -> bool {
        let (lang, today) = (sh.lang, sh.today());
        if let Some(reason) = sh.read_only {
            out.error(lang.f(T::ReadOnly, &[&reason]));
            return true;
        }
        let Some(e) = self.draft.as_mut() else { return false };
        if e.form.validate(today, lang).is_some() {
            return true;
        }
        match form::to_offer(&e.form, &e.base, &e.initial, lang) {
            Err((key, message)) => e.form.set_error(key, message),
            Ok(offer) => {
                let (new, from_card) = (e.mode != Mode::Edit, e.from_card);
                let id = offer.id.clone();
                // An edit is stored only over the offer as it was opened (optimistic versioning).
                let ticket = if e.mode == Mode::Edit {
                    out.write(Write::SaveOfferIf { offer: Box::new(offer), base: Box::new(e.base.clone()) })
                } else {
                    out.write(Write::SaveOffer { offer: Box::new(offer), new })
                };
                self.waiting.push(ticket, Then { id, new, from_card });
            }
        }
        true
    }
}

impl Component for OfferEditor {
    fn contexts(&self) -> Vec<Context> {
        form_stack(Context::Form, self.draft.as_ref().is_some_and(|e| e.form.focus_is_text()))
    }

    fn act(&mut self, action: Action, sh: &Shared, out: &mut Out) -> bool {
        let Some(e) = self.draft.as_mut() else { return false };
        let ev = e.form.apply(action, sh.today(), sh.lang);
        self.on_event(ev, sh, out)
    }

    fn typed(&mut self, c: char, sh: &Shared, out: &mut Out) -> bool {
        let Some(e) = self.draft.as_mut() else { return false };
        let ev = e.form.type_char(c);
        self.on_event(ev, sh, out)
    }

    fn pasted(&mut self, text: &str, sh: &Shared, out: &mut Out) -> bool {
        let Some(e) = self.draft.as_mut() else { return false };
        let ev = e.form.paste(text);
        self.on_event(ev, sh, out)
    }

    /// Shows the draft in progress if there is one (nothing typed is dropped), else a new one.
    fn enter(&mut self, go: &Go, sh: &Shared, out: &mut Out) -> bool {
        if self.draft.is_none() {
            self.draft = match go {
                Go::NewOffer { from_card } => {
                    Some(EditorState::new(Offer::new(unsaved_id(), ""), Mode::New, None, *from_card, sh.lang))
                }
                Go::EditOffer { offer, from_card } => {
                    Some(EditorState::new((**offer).clone(), Mode::Edit, None, *from_card, sh.lang))
                }
                Go::CopyOffer { offer, from_card } => Some(copy_of(offer, *from_card, sh.lang)),
                _ => None,
            };
        }
        out.close();
        true
    }

    /// The offer is stored (the directory already lists it): close the editor, show it there.
    fn saved(&mut self, ticket: Ticket, result: Result<&Done, &SaveError>, sh: &Shared, out: &mut Out) {
        let (Some(then), Ok(done)) = (self.waiting.take(ticket), result) else { return };
        let id = match done.id {
            Some(n) if then.new => OfferId::numbered(n),
            _ => then.id,
        };
        self.draft = None;
        let said = sh.lang.f(if then.new { Te::SavedNew } else { Te::SavedEdit }, &[&id]);
        out.go(Go::SavedOffer { id, said, card: then.from_card });
    }

    /// "Discard the changes?" was answered yes.
    fn confirmed(&mut self, _sh: &Shared, out: &mut Out) {
        self.close(out);
    }

    fn unsaved(&self) -> bool {
        self.draft.as_ref().is_some_and(|e| e.form.dirty)
    }

    fn holds(&self, key: ScreenKey) -> bool {
        key == ScreenKey::Directory && self.draft.is_some()
    }
}
