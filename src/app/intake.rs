//! The intake form (Erstgespräch): built from a client record, read back into one, with the
//! target-group suggestion recomputed live from whatever has been typed so far.

mod build;
mod read;

use super::form::Form;
use super::form::options::{as_bool, pick};
use crate::domain::client::*;
use crate::domain::rules::{Assignment, assign};
use crate::domain::{CaseGroup, Date};
use crate::i18n::{Lang, Ti};
use build::build;
use read::{msg, read};

/// Consent scopes as one multi-choice; the values index this list.
const SCOPES: [Ti; 5] =
    [Ti::OptScopeStorage, Ti::OptScopeFollowUp, Ti::OptScopePartners, Ti::OptScopeStats, Ti::OptScopeHealth];

#[derive(Debug, Clone, PartialEq)]
pub struct IntakeState {
    pub form: Form,
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
fn apply_visibility(f: &mut Form) {
    let anon = as_bool(f.choice("anonymous")) == Some(true);
    for key in ["name", "phone", "email"] {
        f.set_hidden(key, anon);
    }
    f.set_hidden("pseudonym", !anon);
    f.set_hidden("partners", !f.multi("consent_scope").contains(&2));
    f.set_hidden("town", f.choice("place") != Some(0));
    f.set_hidden("arrival", f.choice("arrived") != Some(1));
    f.set_hidden("country", f.choice("obtained_in") != Some(1));
    let decision = f.choice("decision").unwrap_or(0);
    f.set_hidden("secondary_d", decision == 0);
    f.set_hidden("reason", decision == 0);
}

/// Why the form cannot be saved: the field and the message.
pub type Problem = (&'static str, String);

/// Reads the form leniently (unparseable answers count as "keine Angabe"), for the live
/// suggestion while typing.
pub fn draft(f: &Form, base: &Client, today: Date) -> Client {
    read(f, base, today, false).unwrap_or_else(|_| base.clone())
}

/// Reads the form strictly: every problem is reported, the first one returned.
pub fn to_client(f: &Form, base: &Client, today: Date, lang: Lang) -> Result<Client, Problem> {
    let mut c = read(f, base, today, true).map_err(|(k, t)| (k, msg(lang, t)))?;
    // Rules that span fields.
    let named = matches!(&c.identity, Identity::Named { name, phone, email } if name.is_some() || phone.is_some() || email.is_some());
    let storage = c.consent.as_ref().is_some_and(|k| k.storage);
    if named && !storage {
        return Err(("name", lang.t(Ti::ErrNeedsStorageConsent).to_string()));
    }
    if c.barriers.contains(&Barrier::H6) && !c.health_consent() {
        return Err(("barriers", lang.t(Ti::ErrHealthConsent).to_string()));
    }
    if let Some(d) = c.follow_up
        && d < today
        && base.follow_up != Some(d)
    {
        return Err(("follow_up", lang.t(Ti::ErrFollowUpPast).to_string()));
    }
    // The target group: the suggestion, or the counsellor's choice with a reason.
    let computed = assign(&c, today);
    let decision = f.choice("decision").unwrap_or(0);
    c.group = Some(if decision == 0 {
        GroupDecision::confirm(computed, today)
    } else {
        let group = pick(&CaseGroup::ALL, Some(decision - 1)).unwrap_or(CaseGroup::NotAssigned);
        let secondary = as_bool(f.choice("secondary_d")).unwrap_or(false);
        GroupDecision::choose(computed, today, group, secondary, f.text("reason"))
            .map_err(|_| ("reason", lang.t(Ti::ErrReasonRequired).to_string()))?
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
