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
use crate::app::form::{Form, FormEvent, Kind};
use crate::app::key::Key;
use crate::app::keymap::{Binding, Context, b};
use crate::app::nav::{Go, Pick};
use crate::app::out::Out;
use crate::app::overlay::form_stack;
use crate::app::state::Shared;
use crate::domain::client::*;
use crate::domain::rules::{Assignment, BarrierSource, assign};
use crate::domain::{CaseGroup, Date, Need};
use crate::i18n::{Label, Lang, T, Ti};
use build::{build, sub_need_options};
pub use fields::{
    ConsentChoice, EMP_FORM, EMP_ONLY, IntakeField, ObtainedChoice, PlaceChoice, consent_fields,
    purpose_of_answer,
};
use read::{grants, is_emp_form, msg, read};

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
    /// "Wer ruft an" and the target-group decision as last confirmed: a change of either asks
    /// before it takes effect (when the field is left or the form saved).
    committed_caller: Option<u16>,
    committed_decision: Option<u16>,
    /// Where the town field's completion comes from: the region's towns (catalogue).
    towns: Vec<String>,
}

impl IntakeState {
    pub fn new(lang: Lang, today: Date) -> IntakeState {
        let client = Client::new(0, FirstContact::new(today, ContactChannel::Phone));
        Self::edit(&client, lang, today, None)
    }

    pub fn edit(client: &Client, lang: Lang, today: Date, editing: Option<u64>) -> IntakeState {
        let form = build(client, lang);
        let mut s = IntakeState {
            committed_caller: form.choice(F::Caller),
            committed_decision: form.index_of(F::Decision).and_then(|_| form.choice(F::Decision)),
            form,
            editing,
            assignment: assign(client, today),
            towns: Vec::new(),
            loaded: editing.map(|_| Box::new(client.clone())),
        };
        s.refresh(client, today, lang);
        s
    }

    /// The region's towns the town field completes to.
    pub fn with_towns(mut self, towns: &[String]) -> IntakeState {
        self.towns = towns.to_vec();
        self
    }

    /// Recomputes what depends on the answers: which fields apply, the sub-needs offered, the
    /// suggestion (with the caller and decision as confirmed), the barriers it derives.
    pub fn refresh(&mut self, base: &Client, today: Date, lang: Lang) {
        apply_visibility(&mut self.form);
        refresh_sub_needs(&mut self.form, lang);
        let mut c = draft(&self.form, base, today);
        if let Some(caller) = pick(&Caller::ALL, self.committed_caller) {
            c.contact.caller = caller;
        }
        self.assignment = assign(&c, today);
        if self.form.index_of(F::Barriers).is_some() {
            let derived: Vec<u16> = self
                .assignment
                .barriers
                .iter()
                .filter(|f| f.source == BarrierSource::Derived)
                .filter_map(|f| crate::app::form::options::value_of(&Barrier::ALL, &f.barrier))
                .collect();
            let field = self.form.get_mut(F::Barriers);
            field.implied = derived;
            field.implied_label = BarrierSource::Derived.label(lang).to_string();
        }
        let town = self.town_completion().map(|(_, rest)| rest);
        if self.form.index_of(F::Town).is_some() {
            self.form.get_mut(F::Town).hint = town;
        }
    }

    /// The town the typed beginning completes to, and the part not yet typed: the one
    /// catalogue town it begins (folded), while it is not a whole town already.
    fn town_completion(&self) -> Option<(String, String)> {
        let typed = self.form.index_of(F::Town).map(|_| self.form.text(F::Town))?;
        if typed.is_empty() {
            return None;
        }
        let folded = crate::domain::text::fold(typed);
        if self.towns.iter().any(|t| crate::domain::text::fold(t) == folded) {
            return None;
        }
        let mut hits = self.towns.iter().filter(|t| crate::domain::text::fold(t).starts_with(&folded));
        let first = hits.next()?;
        if hits.next().is_some() {
            return None;
        }
        let rest: String = first.chars().skip(typed.chars().count()).collect();
        Some((first.clone(), rest))
    }

    /// A question before a change of the caller or the decision takes effect, when the focused
    /// one of them differs from what was confirmed: the question and the value proposed.
    fn change_to_confirm(&self, lang: Lang) -> Option<(IntakeField, Option<u16>, String)> {
        let key = self.form.focused_key()?;
        let now = self.form.choice(key);
        let label = |v: Option<u16>| -> String {
            let f = self.form.get(key);
            match (&f.kind, v) {
                (Kind::Choice { options, .. }, Some(v)) => {
                    options.iter().find(|o| o.value == v).map(|o| o.label.clone()).unwrap_or_default()
                }
                _ => lang.t(T::NotStated).to_string(),
            }
        };
        match key {
            F::Caller if now != self.committed_caller => {
                let emp = |v: Option<u16>| pick(&Caller::ALL, v) == Some(Caller::EmployerHiring);
                let mut q = lang.f(Ti::AskCaller, &[&label(now), &label(self.committed_caller)]);
                if emp(now) != emp(self.committed_caller) {
                    q.push(' ');
                    q.push_str(lang.t(if emp(now) { Ti::AskCallerToEmp } else { Ti::AskCallerToPerson }));
                }
                Some((key, now, q))
            }
            F::Decision if now != self.committed_decision => {
                Some((key, now, lang.f(Ti::AskDecision, &[&label(now), &label(self.committed_decision)])))
            }
            _ => None,
        }
    }

    /// Takes a confirmed change of the caller or the decision. A caller that changes between
    /// an employer hiring and a person's case turns the form into the other form.
    fn commit(&mut self, key: IntakeField, value: Option<u16>, base: &Client, today: Date, lang: Lang) {
        if let Kind::Choice { options, selected } = &mut self.form.get_mut(key).kind {
            *selected = value.and_then(|v| options.iter().position(|o| o.value == v));
        }
        self.form.dirty = true;
        match key {
            F::Caller => {
                self.committed_caller = value;
                let emp = pick(&Caller::ALL, value) == Some(Caller::EmployerHiring);
                if emp != is_emp_form(&self.form) {
                    let client = draft(&self.form, base, today);
                    let mut form = build(&client, lang);
                    if let Some(i) = form.index_of(F::Caller) {
                        form.focus_on(i);
                    }
                    form.dirty = true;
                    self.form = form;
                    self.committed_decision =
                        self.form.index_of(F::Decision).and_then(|_| self.form.choice(F::Decision));
                }
            }
            _ => self.committed_decision = value,
        }
        self.refresh(base, today, lang);
    }
}

/// Marks the fields that do not apply to the answers given so far. In the intake they keep
/// their place (the form keeps its order), so typing blind reaches the same field anyway.
fn apply_visibility(f: &mut Form<IntakeField>) {
    let has = |f: &Form<IntakeField>, k: IntakeField| f.index_of(k).is_some();
    for p in Purpose::ALL {
        let (answer, date) = consent_fields(p);
        if has(f, answer) {
            let empty = f.choice(answer).is_none();
            f.set_hidden(date, empty);
        }
    }
    if has(f, F::Partners) {
        let partners = grants(f, Purpose::Partners);
        f.set_hidden(F::Partners, !partners);
    }
    if is_emp_form(f) {
        return;
    }
    let anon = as_bool(f.choice(F::Anonymous)) == Some(true);
    for key in [F::Name, F::Phone, F::Email] {
        f.set_hidden(key, anon);
    }
    f.set_hidden(F::Pseudonym, !anon);
    f.set_hidden(F::Town, pick(&PlaceChoice::ALL, f.choice(F::Place)) != Some(PlaceChoice::InRegion));
    f.set_hidden(F::Arrival, as_bool(f.choice(F::Arrived)) != Some(true));
    f.set_hidden(F::Evidence, f.choice(F::German).is_none());
    f.set_hidden(
        F::Country,
        pick(&ObtainedChoice::ALL, f.choice(F::ObtainedIn)) != Some(ObtainedChoice::Abroad),
    );
    let decision = f.choice(F::Decision).unwrap_or(0);
    f.set_hidden(F::SecondaryD, decision == 0);
    f.set_hidden(F::Reason, decision == 0);
}

/// Offers the sub-needs of the needs ticked (and any still ticked); the ticks and the cursor
/// stay on their sub-needs.
fn refresh_sub_needs(form: &mut Form<IntakeField>, lang: Lang) {
    if form.index_of(F::SubNeeds).is_none() {
        return;
    }
    let needs: Vec<Need> =
        form.multi(F::Needs).into_iter().filter_map(|v| pick(&Need::ALL, Some(v))).collect();
    let field = form.get_mut(F::SubNeeds);
    let Kind::Multi { options, checked, cursor } = &mut field.kind else { return };
    let ticked: Vec<u16> =
        options.iter().zip(checked.iter()).filter(|(_, c)| **c).map(|(o, _)| o.value).collect();
    let ticked_subs: Vec<crate::domain::SubNeed> =
        ticked.iter().filter_map(|v| pick(crate::domain::SubNeed::ALL, Some(*v))).collect();
    let under = options.get(*cursor).map(|o| o.value);
    *options = sub_need_options(&needs, &ticked_subs, lang);
    *checked = options.iter().map(|o| ticked.contains(&o.value)).collect();
    *cursor = under.and_then(|u| options.iter().position(|o| o.value == u)).unwrap_or(0);
}

/// Why the form cannot be saved: the field and the message.
pub type Problem = (IntakeField, String);

/// Reads the form leniently (unreadable answers count as "keine Angabe"), for the live
/// suggestion while typing.
pub fn draft(f: &Form<IntakeField>, base: &Client, today: Date) -> Client {
    read(f, base, today).0
}

/// Reads the form strictly: the first problem is returned with its field.
pub fn to_client(f: &Form<IntakeField>, base: &Client, today: Date, lang: Lang) -> Result<Client, Problem> {
    let (mut c, problems) = read(f, base, today);
    if let Some((k, w)) = problems.first() {
        return Err((*k, msg(lang, *w)));
    }
    // Rules that span fields.
    let named = matches!(&c.identity, Identity::Named { name, phone, email } if name.is_some() || phone.is_some() || email.is_some())
        || c.employer.as_ref().is_some_and(|e| !e.contact_person.is_empty());
    if named && !c.consent.granted(Purpose::Storage) {
        let at = if is_emp_form(f) { F::ContactPerson } else { F::Name };
        return Err((at, lang.t(Ti::ErrNeedsStorageConsent).to_string()));
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
    let decision = if f.index_of(F::Decision).is_some() { f.choice(F::Decision).unwrap_or(0) } else { 0 };
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

/// The problem the answers give for one field, if any (shown when the field is left).
fn problem_at(
    f: &Form<IntakeField>,
    base: &Client,
    today: Date,
    lang: Lang,
    key: IntakeField,
) -> Option<String> {
    let (_, problems) = read(f, base, today);
    problems.into_iter().find(|(k, _)| *k == key).map(|(_, w)| msg(lang, w))
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
    /// A change of the caller or the decision waiting for "yes", and the key that left it.
    pending: Option<Pending>,
}

#[derive(Debug)]
struct Pending {
    key: IntakeField,
    value: Option<u16>,
    then: Action,
}

#[derive(Debug)]
struct Then {
    /// The client edited (`None`: a new one, numbered by the store).
    editing: Option<u64>,
    then_offers: bool,
}

/// Keys that leave the focused field or save the form.
fn leaves(action: Action) -> bool {
    use Action::*;
    matches!(
        action,
        FormNext
            | FormPrev
            | FieldNext
            | FieldPrev
            | FormSectionNext
            | FormSectionPrev
            | FormSave
            | SaveAndOffers
    )
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
                    fill_consent_date(&mut i.form, &base, sh.today());
                    i.refresh(&base, sh.today(), sh.lang);
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

    /// Runs an action on the form (after any question about a change was answered).
    fn run(&mut self, action: Action, sh: &Shared, out: &mut Out) -> bool {
        if action == Action::SaveAndOffers {
            return self.save(true, sh, out);
        }
        let base = self.base(sh);
        let Some(i) = self.draft.as_mut() else { return false };
        let left = i.form.focused_key();
        let completion = i.town_completion();
        // Leaving the town field takes the region's town its beginning completes to.
        if leaves(action)
            && left == Some(F::Town)
            && let Some((town, _)) = completion
            && let Some(Kind::Text { input, .. }) =
                i.form.index_of(F::Town).map(|x| &mut i.form.fields[x].kind)
        {
            input.clear();
            input.insert_str(&town);
            i.form.dirty = true;
            i.refresh(&base, sh.today(), sh.lang);
        }
        let ev = i.form.apply(action, sh.today(), sh.lang);
        // A field checks itself when it is left, its cross-field reading included.
        if ev == FormEvent::Moved
            && let Some(key) = left
            && i.form.focused_key() != Some(key)
            && i.form.get(key).error.is_none()
        {
            let problem = problem_at(&i.form, &base, sh.today(), sh.lang, key);
            i.form.mark_error(key, problem);
        }
        self.on_event(ev, sh, out)
    }
}

/// Choosing an answer for a consent purpose fills in today's date (a changed answer is an
/// answer of today); going back to the stored answer brings back its date, and "keine
/// Angabe" empties it.
fn fill_consent_date(form: &mut Form<IntakeField>, base: &Client, today: Date) {
    let Some(p) = form.focused_key().and_then(purpose_of_answer) else { return };
    let (answer_key, date_key) = consent_fields(p);
    let chosen = pick(&ConsentChoice::ALL, form.choice(answer_key)).map(ConsentChoice::answer);
    let stored = base.consent.get(p);
    let date = match chosen {
        None => String::new(),
        Some(a) if stored.is_some_and(|s| s.answer == a) => {
            stored.map(|s| s.date.to_string()).unwrap_or_default()
        }
        Some(_) => today.to_string(),
    };
    if let Some(Kind::Text { input, .. }) = form.index_of(date_key).map(|x| &mut form.fields[x].kind) {
        input.clear();
        input.insert_str(&date);
    }
}

impl Component for Intake {
    fn contexts(&self) -> Vec<Context> {
        form_stack(Context::Intake, self.draft.as_ref().is_some_and(|i| i.form.focus_is_text()))
    }

    fn act(&mut self, action: Action, sh: &Shared, out: &mut Out) -> bool {
        // A question left unanswered (or answered no) is gone by the next key.
        self.pending = None;
        if leaves(action)
            && let Some(i) = self.draft.as_mut()
            && let Some((key, value, question)) = i.change_to_confirm(sh.lang)
        {
            // Nothing takes effect before "yes": the field shows the confirmed value meanwhile.
            let committed = if key == F::Caller { i.committed_caller } else { i.committed_decision };
            if let Kind::Choice { options, selected } = &mut i.form.get_mut(key).kind {
                *selected = committed.and_then(|v| options.iter().position(|o| o.value == v));
            }
            self.pending = Some(Pending { key, value, then: action });
            out.ask(question);
            return true;
        }
        self.run(action, sh, out)
    }

    fn typed(&mut self, c: char, sh: &Shared, out: &mut Out) -> bool {
        self.pending = None;
        let Some(i) = self.draft.as_mut() else { return false };
        let ev = i.form.type_char(c);
        if ev == FormEvent::Ignored
            && let Some(f) = i.form.focused()
        {
            if f.hidden {
                out.info(sh.lang.t(Ti::HintDoesNotApply).to_string());
            } else if matches!(f.kind, Kind::Choice { .. }) {
                out.info(sh.lang.t(Ti::HintChoiceLetters).to_string());
            }
            return true;
        }
        self.on_event(ev, sh, out)
    }

    fn pasted(&mut self, text: &str, sh: &Shared, out: &mut Out) -> bool {
        self.pending = None;
        let Some(i) = self.draft.as_mut() else { return false };
        let ev = i.form.paste(text);
        self.on_event(ev, sh, out)
    }

    /// A fresh form for a new client, the stored client's record, or the draft in progress
    /// (nothing typed is dropped).
    fn enter(&mut self, go: &Go, sh: &Shared, _out: &mut Out) -> bool {
        let towns = &sh.catalog.towns;
        match go {
            Go::EditClient(id) => {
                let Some(c) = sh.records.client(*id) else { return false };
                let keep = self.draft.as_ref().is_some_and(|i| i.editing == Some(c.id) || i.form.dirty);
                if !keep {
                    self.draft =
                        Some(IntakeState::edit(c, sh.lang, sh.today(), Some(c.id)).with_towns(towns));
                }
            }
            _ if self.draft.is_none() => {
                self.draft = Some(IntakeState::new(sh.lang, sh.today()).with_towns(towns))
            }
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

    /// A question was answered yes: a change of the caller or the decision takes effect (and
    /// the key that left the field runs), or the draft is discarded.
    fn confirmed(&mut self, sh: &Shared, out: &mut Out) {
        if let Some(p) = self.pending.take() {
            let base = self.base(sh);
            if let Some(i) = self.draft.as_mut() {
                i.commit(p.key, p.value, &base, sh.today(), sh.lang);
            }
            self.run(p.then, sh, out);
            return;
        }
        self.close(sh, out);
    }

    fn unsaved(&self) -> bool {
        self.draft.as_ref().is_some_and(|i| i.form.dirty)
    }

    /// A new call: the previous caller's draft goes (the counsellor was asked if it had input).
    fn changed(&mut self, what: &super::Changed, _sh: &Shared) {
        if *what == super::Changed::NewCall {
            self.draft = None;
        }
    }

    fn holds(&self, key: ScreenKey) -> bool {
        key == ScreenKey::Clients && self.draft.is_some()
    }
}

#[cfg(test)]
mod tests;
