//! The intake form (Erstgespräch): built from a client record, read back into one, with the
//! target-group suggestion recomputed live from whatever has been typed so far.

mod build;
mod fields;
mod read;

use super::form::Form;
use super::form::options::{as_bool, pick};
use crate::domain::client::*;
use crate::domain::rules::{Assignment, assign};
use crate::domain::{CaseGroup, Date};
use crate::i18n::{Lang, Ti};
use build::build;
pub use fields::{IntakeField, Purpose};
use read::{msg, purposes, read};

use IntakeField as F;

#[derive(Debug, Clone, PartialEq)]
pub struct IntakeState {
    pub form: Form<IntakeField>,
    /// The client being edited; `None` for a new one.
    pub editing: Option<u64>,
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
        IntakeState { form, editing, assignment }
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
    f.set_hidden(F::Town, f.choice(F::Place) != Some(0));
    f.set_hidden(F::Arrival, f.choice(F::Arrived) != Some(1));
    f.set_hidden(F::Country, f.choice(F::ObtainedIn) != Some(1));
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
