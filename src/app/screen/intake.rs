//! The intake form (Erstgespräch) as a screen: opened for a new or a stored client, kept while
//! the counsellor looks elsewhere (F3 leads back to it), saved (checked field by field, the
//! first problem focused, nothing typed lost) or cancelled (asks first when something was
//! typed). The form is built from a client record and read back into one (`build`, `read`),
//! with the target-group suggestion recomputed live from whatever has been typed so far.

mod build;
mod fields;
mod read;

use super::Component;
use crate::app::action::{Action, ScreenKey};
use crate::app::effect::{Done, SaveError, Ticket, Waiting, Write};
use crate::app::form::options::{as_bool, pick};
use crate::app::form::{Form, FormEvent};
use crate::app::key::Key;
use crate::app::keymap::{Binding, Context, b};
use crate::app::nav::{Go, Pick};
use crate::app::out::Out;
use crate::app::overlay::form_stack;
use crate::app::state::Shared;
use crate::domain::client::*;
use crate::domain::rules::{Assignment, assign};
use crate::domain::{CaseGroup, Date};
use crate::i18n::{Lang, T, Ti};
use build::build;
pub use fields::{IntakeField, ObtainedChoice, PlaceChoice, Purpose};
use read::{msg, purposes, read};

use IntakeField as F;

#[derive(Debug, Clone, PartialEq)]
pub struct IntakeState {
    pub form: Form<IntakeField>,
    /// The client being edited; `None` for a new one.
    pub editing: Option<u64>,
    /// The client as the form was opened (edits only): the save is refused if the stored one
    /// changed since, at another desk (optimistic versioning).
    pub loaded: Option<Box<Client>>,
    /// The suggestion for what the form says now.
    pub assignment: Assignment,
}

impl IntakeState {
    pub fn new(lang: Lang, today: Date) -> IntakeState {
        let client = Client::new(0, FirstContact::new(today, ContactChannel::Phone));
        Self::edit(&client, lang, today, None)
    }

    pub fn edit(client: &Client, lang: Lang, today: Date, editing: Option<u64>) -> IntakeState {
        let mut form = build(client, lang);
        apply_visibility(&mut form);
        let assignment = assign(&draft(&form, client, today), today);
        let loaded = editing.map(|_| Box::new(client.clone()));
        IntakeState { form, editing, assignment, loaded }
    }

    /// Recomputes what depends on the answers: visible fields and the suggestion.
    pub fn refresh(&mut self, base: &Client, today: Date) {
        apply_visibility(&mut self.form);
        self.assignment = assign(&draft(&self.form, base, today), today);
    }
}

/// Shows only the fields that apply to the answers given so far.
fn apply_visibility(f: &mut Form<IntakeField>) {
    let anon = as_bool(f.choice(F::Anonymous)) == Some(true);
    for key in [F::Name, F::Phone, F::Email] {
        f.set_hidden(key, anon);
    }
    f.set_hidden(F::Pseudonym, !anon);
    f.set_hidden(F::Partners, !purposes(f).contains(&Purpose::Partners));
    f.set_hidden(F::Town, pick(&PlaceChoice::ALL, f.choice(F::Place)) != Some(PlaceChoice::InRegion));
    f.set_hidden(F::Arrival, f.choice(F::Arrived) != Some(1));
    f.set_hidden(
        F::Country,
        pick(&ObtainedChoice::ALL, f.choice(F::ObtainedIn)) != Some(ObtainedChoice::Abroad),
    );
    let decision = f.choice(F::Decision).unwrap_or(0);
    f.set_hidden(F::SecondaryD, decision == 0);
    f.set_hidden(F::Reason, decision == 0);
}

/// Why the form cannot be saved: the field and the message.
pub type Problem = (IntakeField, String);

/// Reads the form leniently (unparseable answers count as "keine Angabe"), for the live
/// suggestion while typing.
pub fn draft(f: &Form<IntakeField>, base: &Client, today: Date) -> Client {
    read(f, base, today, false).unwrap_or_else(|_| base.clone())
}

/// Reads the form strictly: every problem is reported, the first one returned.
pub fn to_client(f: &Form<IntakeField>, base: &Client, today: Date, lang: Lang) -> Result<Client, Problem> {
    let mut c = read(f, base, today, true).map_err(|(k, t)| (k, msg(lang, t)))?;
    // Rules that span fields.
    let named = matches!(&c.identity, Identity::Named { name, phone, email } if name.is_some() || phone.is_some() || email.is_some());
    let storage = c.consent.as_ref().is_some_and(|k| k.storage);
    if named && !storage {
        return Err((F::Name, lang.t(Ti::ErrNeedsStorageConsent).to_string()));
    }
    if c.barriers.contains(&Barrier::H6) && !c.health_consent() {
        return Err((F::Barriers, lang.t(Ti::ErrHealthConsent).to_string()));
    }
    if let Some(d) = c.follow_up
        && d < today
        && base.follow_up != Some(d)
    {
        return Err((F::FollowUp, lang.t(Ti::ErrFollowUpPast).to_string()));
    }
    // The target group: the suggestion, or the counsellor's choice with a reason.
    let computed = assign(&c, today);
    let decision = f.choice(F::Decision).unwrap_or(0);
    c.group = Some(if decision == 0 {
        GroupDecision::confirm(computed, today)
    } else {
        let group = pick(&CaseGroup::ALL, Some(decision - 1)).unwrap_or(CaseGroup::NotAssigned);
        let secondary = as_bool(f.choice(F::SecondaryD)).unwrap_or(false);
        GroupDecision::choose(computed, today, group, secondary, f.text(F::Reason))
            .map_err(|_| (F::Reason, lang.t(Ti::ErrReasonRequired).to_string()))?
    });
    // The same decision on the same facts is the decision taken then: it keeps its date.
    if let (Some(old), Some(new)) = (&base.group, &mut c.group)
        && (GroupDecision { decided: old.decided, ..new.clone() }) == *old
    {
        new.decided = old.decided;
    }
    c.updated = today;
    Ok(c)
}

pub const KEYS: &[Binding] =
    &[b(Context::Intake, Key::ctrl('f'), Action::SaveAndOffers, Some(T::HintOffers))];

/// The intake screen: the draft in progress, if any.
#[derive(Debug, Default)]
pub struct Intake {
    /// Kept while the counsellor looks elsewhere (F2) and comes back (F3).
    pub draft: Option<IntakeState>,
    /// Saves asked for: whether to show the client's offers once stored.
    waiting: Waiting<Then>,
}

#[derive(Debug)]
struct Then {
    /// The client edited (`None`: a new one, numbered by the store).
    editing: Option<u64>,
    then_offers: bool,
}

impl Intake {
    /// The record the form started from (for fields the form does not show).
    fn base(&self, sh: &Shared) -> Client {
        let editing = self.draft.as_ref().and_then(|i| i.editing);
        editing
            .and_then(|id| sh.records.client(id).cloned())
            .unwrap_or_else(|| Client::new(0, FirstContact::new(sh.today(), ContactChannel::Phone)))
    }

    /// A form event in the intake form.
    fn on_event(&mut self, ev: FormEvent, sh: &Shared, out: &mut Out) -> bool {
        match ev {
            FormEvent::Ignored => false,
            FormEvent::Moved => true,
            FormEvent::Changed => {
                let base = self.base(sh);
                if let Some(i) = self.draft.as_mut() {
                    i.refresh(&base, sh.today());
                }
                true
            }
            FormEvent::Cancel => {
                if self.unsaved() {
                    out.ask(sh.lang.t(T::ConfirmDiscard).to_string());
                } else {
                    self.close(sh, out);
                }
                true
            }
            FormEvent::Save => self.save(false, sh, out),
        }
    }

    /// Closes the form and goes back to where it was opened from.
    fn close(&mut self, sh: &Shared, out: &mut Out) {
        let editing = self.draft.take().and_then(|i| i.editing);
        out.go(match editing {
            Some(id) if sh.records.client(id).is_some() => Go::Client { id, select: Pick::Same },
            _ => Go::Clients,
        });
    }

    /// Validates and asks for the write; `then_offers` opens the fitting offers after saving.
    fn save(&mut self, then_offers: bool, sh: &Shared, out: &mut Out) -> bool {
        let (lang, today, base) = (sh.lang, sh.today(), self.base(sh));
        if let Some(reason) = sh.read_only {
            out.error(lang.f(T::ReadOnly, &[&reason]));
            return true;
        }
        let Some(intake) = self.draft.as_mut() else { return false };
        if intake.form.validate(today, lang).is_some() {
            return true;
        }
        match to_client(&intake.form, &base, today, lang) {
            Err((key, message)) => intake.form.set_error(key, message),
            Ok(client) => {
                let editing = intake.editing;
                let ticket = match (&intake.loaded, editing) {
                    (Some(loaded), Some(_)) => {
                        out.write(Write::SaveClientIf { client: Box::new(client), base: loaded.clone() })
                    }
                    _ => out.write(Write::SaveClient { client: Box::new(client), new: editing.is_none() }),
                };
                self.waiting.push(ticket, Then { editing, then_offers });
            }
        }
        true
    }
}

impl Component for Intake {
    fn contexts(&self) -> Vec<Context> {
        form_stack(Context::Intake, self.draft.as_ref().is_some_and(|i| i.form.focus_is_text()))
    }

    fn act(&mut self, action: Action, sh: &Shared, out: &mut Out) -> bool {
        if action == Action::SaveAndOffers {
            return self.save(true, sh, out);
        }
        let Some(i) = self.draft.as_mut() else { return false };
        let ev = i.form.apply(action, sh.today(), sh.lang);
        self.on_event(ev, sh, out)
    }

    fn typed(&mut self, c: char, sh: &Shared, out: &mut Out) -> bool {
        let Some(i) = self.draft.as_mut() else { return false };
        let ev = i.form.type_char(c);
        self.on_event(ev, sh, out)
    }

    fn pasted(&mut self, text: &str, sh: &Shared, out: &mut Out) -> bool {
        let Some(i) = self.draft.as_mut() else { return false };
        let ev = i.form.paste(text);
        self.on_event(ev, sh, out)
    }

    /// A fresh form for a new client, the stored client's record, or the draft in progress
    /// (nothing typed is dropped).
    fn enter(&mut self, go: &Go, sh: &Shared, _out: &mut Out) -> bool {
        match go {
            Go::EditClient(id) => {
                let Some(c) = sh.records.client(*id) else { return false };
                let keep = self.draft.as_ref().is_some_and(|i| i.editing == Some(c.id) || i.form.dirty);
                if !keep {
                    self.draft = Some(IntakeState::edit(c, sh.lang, sh.today(), Some(c.id)));
                }
            }
            _ if self.draft.is_none() => self.draft = Some(IntakeState::new(sh.lang, sh.today())),
            _ => {}
        }
        true
    }

    /// The store has the client (the list already shows it): close the form, say so, show the
    /// client or their offers.
    fn saved(&mut self, ticket: Ticket, result: Result<&Done, &SaveError>, sh: &Shared, out: &mut Out) {
        let (Some(then), Ok(done)) = (self.waiting.take(ticket), result) else { return };
        // As the store numbered it (the mirror of the write has the same id).
        let id = done.id.or(then.editing).unwrap_or(0);
        self.draft = None;
        if let Some(c) = sh.records.client(id) {
            out.info(sh.lang.f(Ti::Saved, &[&c.reference()]));
        }
        out.go(if then.then_offers { Go::OffersFor(id) } else { Go::Client { id, select: Pick::Top } });
    }

    /// "Discard the changes?" was answered yes.
    fn confirmed(&mut self, sh: &Shared, out: &mut Out) {
        self.close(sh, out);
    }

    fn unsaved(&self) -> bool {
        self.draft.as_ref().is_some_and(|i| i.form.dirty)
    }

    fn holds(&self, key: ScreenKey) -> bool {
        key == ScreenKey::Clients && self.draft.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_has_every_field_key_once_in_key_order() {
        let today = Date::from_ymd(2026, 11, 25).expect("day");
        let form = IntakeState::new(Lang::De, today).form;
        let keys: Vec<IntakeField> = form.fields.iter().map(|f| f.key).collect();
        assert_eq!(keys, IntakeField::ALL);
    }

    #[test]
    fn consent_purposes_are_read_by_purpose_not_by_position() {
        let today = Date::from_ymd(2026, 11, 25).expect("day");
        let mut client = Client::new(0, FirstContact::new(today, ContactChannel::Phone));
        let mut consent = Consent::none_yet(today, ConsentForm::Written);
        (consent.pass_to_partners, consent.health_data) = (true, true);
        client.consent = Some(consent.clone());
        let state = IntakeState::edit(&client, Lang::De, today, Some(0));
        // The boxes ticked are the purposes' own, whatever their place in the list.
        let ticked: Vec<Purpose> = read::purposes(&state.form);
        assert_eq!(ticked, [Purpose::Partners, Purpose::Health]);
        assert!(!state.form.get(IntakeField::Partners).hidden, "partners are asked for with that consent");
        assert_eq!(draft(&state.form, &client, today).consent, Some(consent));
    }
}
