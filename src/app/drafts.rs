//! Nothing typed is lost (issue 16): the open forms — the intake, the offer editor, the short
//! contact — as drafts the loop keeps in the database (`tui::Keeper`), and the question on the
//! next start whether to continue them. The forms are read and refilled by field key
//! (`form::draft`), so a field added to a form since only stays empty.
//!
//! The referral forms are not kept: they are opened for a client and offers from the card or
//! the client view and take a few keys to fill; the intake and the offer editor, which take
//! minutes, are.

use super::modal::{Modal, ModalKind};
use super::overlay::{ConfirmAction, Overlay};
use super::screen::Screen;
use super::screen::intake::IntakeState;
use super::screen::offer_editor::{EditorState, Mode};
use super::state::{Flash, FlashKind, State};
use crate::domain::client::{ContactChannel, FirstContact};
use crate::domain::{Client, Offer, OfferId};
use crate::i18n::T;
use crate::store::{Draft, DraftForm, Drafts};

impl State {
    /// The open forms with unsaved input, as drafts, in a fixed order.
    pub fn open_drafts(&self) -> Vec<Draft> {
        let mut out = Vec::new();
        if let Some(i) = self.intake.draft.as_ref().filter(|i| i.form.dirty) {
            out.push(Draft {
                form: DraftForm::Intake,
                target: i.editing.map(|id| id.to_string()).unwrap_or_default(),
                focus: i.form.focus_name(),
                fields: i.form.snapshot(),
            });
        }
        if let Some(e) = self.editor.draft.as_ref().filter(|e| e.form.dirty) {
            let (form, target) = match e.mode {
                Mode::New => (DraftForm::NewOffer, String::new()),
                Mode::Edit => (DraftForm::EditOffer, e.base.id.as_str().to_string()),
                Mode::Copy => (
                    DraftForm::CopyOffer,
                    e.source.as_ref().map(|s| s.as_str().to_string()).unwrap_or_default(),
                ),
            };
            out.push(Draft { form, target, focus: e.form.focus_name(), fields: e.form.snapshot() });
        }
        if let Some(m) = self.open_modal().filter(|m| m.form.dirty && m.kind == ModalKind::QuickContact) {
            out.push(Draft {
                form: DraftForm::QuickContact,
                target: String::new(),
                focus: m.form.focus_name(),
                fields: m.form.snapshot(),
            });
        }
        out
    }

    /// The small form open over the screen, also while a question is asked over it.
    fn open_modal(&self) -> Option<&Modal> {
        match &self.overlay {
            Some(Overlay::Modal(m)) => Some(m),
            Some(Overlay::Confirm { behind: Some(b), .. }) => match b.as_ref() {
                Overlay::Modal(m) => Some(m),
                _ => None,
            },
            _ => None,
        }
    }

    /// Asks whether to continue the drafts found on start (over whatever is open). Until it is
    /// answered, the loop keeps them on disk as they are.
    pub fn offer_drafts(&mut self, drafts: Drafts) {
        if drafts.items.is_empty() {
            return;
        }
        let lang = self.lang;
        let what: Vec<&str> = drafts
            .items
            .iter()
            .map(|d| {
                lang.t(match d.form {
                    DraftForm::Intake => T::DraftIntake,
                    DraftForm::NewOffer | DraftForm::EditOffer | DraftForm::CopyOffer => T::DraftOffer,
                    DraftForm::QuickContact => T::DraftQuickContact,
                    DraftForm::Refer => T::DraftReferral,
                })
            })
            .collect();
        let question = lang.f(T::DraftsOffer, &[&drafts.saved, &what.join(", ")]);
        let behind = self.overlay.take().map(Box::new);
        self.overlay = Some(Overlay::Confirm { question, then: ConfirmAction::ContinueDrafts, behind });
        self.pending_drafts = Some(drafts);
    }

    /// The question was answered: continue the drafts (yes) or drop them (no; the loop then
    /// removes them from the disk).
    pub fn answer_drafts(&mut self, resume: bool) {
        let Some(drafts) = self.pending_drafts.take() else { return };
        let text = if resume {
            let n = drafts.items.iter().filter(|d| self.continue_draft(d)).count();
            self.lang.f(T::DraftsContinued, &[&n])
        } else {
            self.lang.t(T::DraftsDiscarded).to_string()
        };
        self.flash = Some(Flash { kind: FlashKind::Info, text });
    }

    /// Opens one draft's form again with its values; false if what it was for is gone.
    fn continue_draft(&mut self, d: &Draft) -> bool {
        let (lang, today) = (self.lang, self.today());
        match d.form {
            DraftForm::Intake => {
                let editing = d.target.parse::<u64>().ok();
                let base = match editing {
                    Some(id) => match self.records.client(id) {
                        Some(c) => c.clone(),
                        None => return false,
                    },
                    None => Client::new(0, FirstContact::new(today, ContactChannel::Phone)),
                };
                let mut i = IntakeState::edit(&base, lang, today, editing).with_towns(&self.catalog.towns);
                i.form.restore(&d.fields, &d.focus);
                i.refresh(&base, today, lang);
                i.form.focus_named(&d.focus);
                self.intake.draft = Some(i);
                self.screen = Screen::Intake;
            }
            DraftForm::NewOffer | DraftForm::EditOffer | DraftForm::CopyOffer => {
                let stored = || self.catalog.offers.iter().find(|o| o.id.as_str() == d.target).cloned();
                let (base, mode, source) = match d.form {
                    DraftForm::NewOffer => (Offer::new(OfferId::numbered(0), ""), Mode::New, None),
                    DraftForm::EditOffer => match stored() {
                        Some(o) => (o, Mode::Edit, None),
                        None => return false,
                    },
                    _ => match stored() {
                        Some(o) => {
                            let source = o.id.clone();
                            (Offer { id: OfferId::numbered(0), ..o }, Mode::Copy, Some(source))
                        }
                        None => return false,
                    },
                };
                let mut e = EditorState::new(base, mode, source, false, lang);
                e.form.restore(&d.fields, &d.focus);
                self.editor.draft = Some(e);
                if self.intake.draft.is_none() {
                    self.screen = Screen::OfferEditor;
                }
            }
            DraftForm::QuickContact => {
                let mut m = Modal::quick_contact(lang, today);
                m.form.restore(&d.fields, &d.focus);
                self.overlay = Some(Overlay::Modal(m));
            }
            DraftForm::Refer => return false,
        }
        true
    }
}
