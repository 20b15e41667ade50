//! Withdrawing one consent of a client (from the client view): a small form — which purpose,
//! since when — read into the client record, where the withdrawal joins the consent's history
//! and takes effect at once: a follow-up that meant calling the person becomes a check with
//! the provider, recorded health data (H6) go, and without consent to storage the message says
//! the record is to be erased.

use super::effect::{Ticket, Write};
use super::form::Form;
use super::form::field::{Check, Field, Opt};
use super::form::options::{pick, value_of};
use super::modal::{Modal, ModalField as M, ModalKind};
use super::out::Out;
use super::overlay::Overlay;
use super::state::Shared;
use crate::domain::Date;
use crate::domain::client::{Barrier, ConsentError, FollowUpKind, Purpose};
use crate::i18n::{Label, T, Ti};

/// Opens the form for `client`, offering the purposes consent is in effect for.
pub fn open(sh: &Shared, client: u64, out: &mut Out) -> bool {
    let lang = sh.lang;
    let Some(c) = sh.records.client(client) else { return false };
    let opts: Vec<Opt> = Purpose::ALL
        .iter()
        .filter(|p| c.consent.granted(**p))
        .filter_map(|p| {
            value_of(&Purpose::ALL, p).map(|value| Opt { label: p.label(lang).to_string(), value })
        })
        .collect();
    let Some(first) = opts.first().map(|o| o.value) else {
        out.error(lang.t(Ti::NothingToWithdraw).to_string());
        return true;
    };
    let form = Form::builder()
        .field(Field::choice(M::Purpose, lang.t(Ti::FWithdrawPurpose), opts, Some(first)).required())
        .field(
            Field::text(
                M::Date,
                lang.t(Ti::FWithdrawDate),
                &sh.today().to_string(),
                Check::Date { not_future: true, not_past: false },
            )
            .required(),
        )
        .build();
    let title = lang.f(Ti::WithdrawTitle, &[&c.reference()]);
    out.open(Overlay::Modal(Modal { owner: out.owner(), kind: ModalKind::Withdraw(client), title, form }));
    true
}

/// Reads the form into the client record and asks for the write; returns the ticket and what
/// to say once stored. `None`: nothing written (the problem is shown at its field).
pub fn save(m: &mut Modal, sh: &Shared, out: &mut Out) -> Option<(Ticket, String)> {
    let (lang, today) = (sh.lang, sh.today());
    let ModalKind::Withdraw(id) = m.kind else { return None };
    if m.form.validate(today, lang).is_some() {
        return None;
    }
    if let Some(reason) = sh.read_only {
        out.error(lang.f(T::ReadOnly, &[&reason]));
        return None;
    }
    let base = sh.records.client(id)?;
    let mut c = base.clone();
    let purpose = pick(&Purpose::ALL, m.form.choice(M::Purpose))?;
    let date = Date::parse(m.form.text(M::Date)).ok()?;
    if let Err(e) = c.consent.withdraw(purpose, date, today) {
        let (at, why) = match e {
            ConsentError::NotGiven => (M::Purpose, Ti::ErrWithdrawnNotGiven),
            ConsentError::BadDate => (M::Date, Ti::ErrWithdrawDate),
        };
        m.form.set_error(at, lang.t(why).to_string());
        return None;
    }
    let mut said = lang.f(Ti::Withdrawn, &[&c.reference(), &purpose.label(lang), &date]);
    match purpose {
        Purpose::FollowUp if c.follow_up.is_some() && c.follow_up_kind == FollowUpKind::CallPerson => {
            c.follow_up_kind = FollowUpKind::CheckWithProvider;
            said.push(' ');
            said.push_str(lang.t(Ti::WithdrawnFollowUp));
        }
        Purpose::Health if c.barriers.contains(&Barrier::H6) => {
            c.barriers.retain(|b| *b != Barrier::H6);
            said.push(' ');
            said.push_str(lang.t(Ti::WithdrawnHealth));
        }
        Purpose::Storage => {
            said.push(' ');
            said.push_str(&lang.f(Ti::WithdrawnStorage, &[&c.reference()]));
        }
        _ => {}
    }
    c.updated = today;
    // Only over the record as shown: a colleague's edit meanwhile (team database) is not
    // overwritten; the store refuses and says what changed.
    let ticket = out.write(Write::SaveClientIf { client: Box::new(c), base: Box::new(base.clone()) });
    Some((ticket, said))
}
