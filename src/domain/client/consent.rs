//! Consent (Einwilligung) per purpose, as GDPR asks: each purpose has its own answer (given in
//! writing, given verbally, refused, withdrawn) with its own date, and every change is kept in
//! a history on the record. Purposes are addressed by their [`Purpose`] key, never by a
//! position in a list; the consent's effects (no follow-up call, no warm handover) are checked
//! here so that every form asks the same rule.

use crate::domain::code_list::code_list;
use crate::domain::date::Date;
use serde::{Deserialize, Serialize};

code_list! {
    /// How consent was given. Stored by variant index: append only.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum ConsentForm {
        Written,
        Verbal,
    }
}

code_list! {
    /// What a client may consent to. Stored by variant index: append only.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum Purpose {
        /// keeping the record beyond this conversation
        Storage,
        /// being contacted again (a follow-up call, Wiedervorlage)
        FollowUp,
        /// passing data to the partners named in [`Consent::partners`] (warm handover)
        Partners,
        /// use in anonymised statistics
        Statistics,
        /// recording health or disability (barrier H6); special category data (Art. 9 GDPR)
        Health,
    }
}

/// The answer for one purpose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    Given(ConsentForm),
    Refused,
    /// given before and withdrawn on the answer's date
    Withdrawn,
}

impl Answer {
    pub fn is_given(self) -> bool {
        matches!(self, Answer::Given(_))
    }
}

/// One purpose's answer and the day it was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PurposeAnswer {
    pub answer: Answer,
    pub date: Date,
}

/// A change of one purpose's answer, as the history keeps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsentEvent {
    pub purpose: Purpose,
    /// `None`: the answer was taken back to "keine Angabe" (a mistake corrected in the form)
    pub answer: Option<Answer>,
    pub date: Date,
}

/// The consent a client gave: one answer per purpose (`None` until asked), the partners'
/// names, and the history of every change.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Consent {
    pub storage: Option<PurposeAnswer>,
    pub follow_up: Option<PurposeAnswer>,
    pub partners_data: Option<PurposeAnswer>,
    pub statistics: Option<PurposeAnswer>,
    pub health: Option<PurposeAnswer>,
    /// names of the partners consent to pass data covers, as the client was told them
    pub partners: String,
    /// every change of an answer, oldest first; never shortened
    pub history: Vec<ConsentEvent>,
}

/// Why a consent change was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsentError {
    /// only consent that was given can be withdrawn
    NotGiven,
    /// a withdrawal cannot lie before the consent it withdraws, nor in the future
    BadDate,
}

impl Consent {
    /// Consent given on `date` in `form` for each of `purposes` (history included).
    pub fn given(date: Date, form: ConsentForm, purposes: &[Purpose]) -> Consent {
        let mut c = Consent::default();
        for &p in purposes {
            c.set(p, Some(PurposeAnswer { answer: Answer::Given(form), date }));
        }
        c
    }

    pub fn get(&self, p: Purpose) -> Option<PurposeAnswer> {
        match p {
            Purpose::Storage => self.storage,
            Purpose::FollowUp => self.follow_up,
            Purpose::Partners => self.partners_data,
            Purpose::Statistics => self.statistics,
            Purpose::Health => self.health,
        }
    }

    fn slot(&mut self, p: Purpose) -> &mut Option<PurposeAnswer> {
        match p {
            Purpose::Storage => &mut self.storage,
            Purpose::FollowUp => &mut self.follow_up,
            Purpose::Partners => &mut self.partners_data,
            Purpose::Statistics => &mut self.statistics,
            Purpose::Health => &mut self.health,
        }
    }

    /// Consent for `p` is in effect (given and not withdrawn).
    pub fn granted(&self, p: Purpose) -> bool {
        self.get(p).is_some_and(|a| a.answer.is_given())
    }

    /// Whether any purpose has been answered.
    pub fn asked(&self) -> bool {
        Purpose::ALL.iter().any(|p| self.get(*p).is_some())
    }

    /// Sets one purpose's answer; a change (of the answer or its date) is added to the history.
    pub fn set(&mut self, p: Purpose, to: Option<PurposeAnswer>) {
        let slot = self.slot(p);
        if *slot == to {
            return;
        }
        *slot = to;
        let date = to.map(|a| a.date);
        if let Some(date) = date.or_else(|| self.history.last().map(|e| e.date)) {
            self.history.push(ConsentEvent { purpose: p, answer: to.map(|a| a.answer), date });
        }
    }

    /// Changes every date of the answers and the history (anonymisation keeps months only).
    pub fn map_dates(&mut self, f: impl Fn(Date) -> Date) {
        for p in Purpose::ALL {
            if let Some(a) = self.slot(p) {
                a.date = f(a.date);
            }
        }
        self.history.iter_mut().for_each(|e| e.date = f(e.date));
    }

    /// Withdraws consent for one purpose on `date`: it stops counting from then on, and the
    /// history keeps both the consent and its withdrawal.
    pub fn withdraw(&mut self, p: Purpose, date: Date, today: Date) -> Result<(), ConsentError> {
        let Some(PurposeAnswer { answer: Answer::Given(_), date: given }) = self.get(p) else {
            return Err(ConsentError::NotGiven);
        };
        if date < given || date > today {
            return Err(ConsentError::BadDate);
        }
        self.set(p, Some(PurposeAnswer { answer: Answer::Withdrawn, date }));
        Ok(())
    }
}

code_list! {
    /// What a follow-up (Wiedervorlage) means. Stored by variant index: append only.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum FollowUpKind {
        /// call (write to, meet) the person again: needs consent to follow-up contact
        CallPerson,
        /// only check with the provider how it went; the person is not contacted
        CheckWithProvider,
    }
}

impl FollowUpKind {
    /// The kind a follow-up gets when nothing else was chosen: a call where the person agreed
    /// to be contacted, else a check with the provider.
    pub fn default_for(consent: &Consent) -> FollowUpKind {
        if consent.granted(Purpose::FollowUp) {
            FollowUpKind::CallPerson
        } else {
            FollowUpKind::CheckWithProvider
        }
    }
}

/// A follow-up of `kind` is allowed under `consent`: calling the person needs their consent to
/// follow-up contact; checking with the provider needs none. Every form that sets a follow-up
/// (intake, referral forms) asks this.
pub fn follow_up_allowed(consent: &Consent, kind: FollowUpKind) -> bool {
    kind == FollowUpKind::CheckWithProvider || consent.granted(Purpose::FollowUp)
}

/// Passing data on (warm handover) is allowed under `consent`.
pub fn pass_on_allowed(consent: &Consent) -> bool {
    consent.granted(Purpose::Partners)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(day: u32) -> Date {
        Date::from_ymd(2026, 11, day).expect("date")
    }

    #[test]
    fn each_purpose_is_its_own_answer() {
        for p in Purpose::ALL {
            let c = Consent::given(d(2), ConsentForm::Verbal, &[p]);
            let on: Vec<Purpose> = Purpose::ALL.into_iter().filter(|q| c.granted(*q)).collect();
            assert_eq!(on, [p]);
            assert_eq!(c.history.len(), 1);
        }
    }

    #[test]
    fn refused_is_not_granted_and_kept_apart_from_not_asked() {
        let mut c = Consent::default();
        assert!(!c.asked());
        c.set(Purpose::FollowUp, Some(PurposeAnswer { answer: Answer::Refused, date: d(3) }));
        assert!(c.asked());
        assert!(!c.granted(Purpose::FollowUp));
        assert_eq!(c.get(Purpose::Storage), None);
        assert_eq!(c.get(Purpose::FollowUp).map(|a| a.answer), Some(Answer::Refused));
    }

    #[test]
    fn a_withdrawal_takes_effect_and_keeps_the_history() {
        let mut c = Consent::given(d(2), ConsentForm::Written, &[Purpose::Storage, Purpose::FollowUp]);
        assert!(follow_up_allowed(&c, FollowUpKind::CallPerson));
        assert_eq!(c.withdraw(Purpose::FollowUp, d(1), d(20)), Err(ConsentError::BadDate), "before consent");
        assert_eq!(c.withdraw(Purpose::FollowUp, d(21), d(20)), Err(ConsentError::BadDate), "future");
        assert_eq!(c.withdraw(Purpose::Partners, d(10), d(20)), Err(ConsentError::NotGiven));
        assert_eq!(c.withdraw(Purpose::FollowUp, d(10), d(20)), Ok(()));
        assert!(!c.granted(Purpose::FollowUp));
        assert!(c.granted(Purpose::Storage), "the other purposes stay");
        assert!(!follow_up_allowed(&c, FollowUpKind::CallPerson));
        assert!(follow_up_allowed(&c, FollowUpKind::CheckWithProvider));
        assert_eq!(FollowUpKind::default_for(&c), FollowUpKind::CheckWithProvider);
        let last = c.history.last().expect("history");
        assert_eq!(
            (last.purpose, last.answer, last.date),
            (Purpose::FollowUp, Some(Answer::Withdrawn), d(10))
        );
        assert_eq!(c.history.len(), 3);
        assert_eq!(c.withdraw(Purpose::FollowUp, d(12), d(20)), Err(ConsentError::NotGiven), "once only");
    }

    #[test]
    fn an_unchanged_answer_adds_nothing_to_the_history() {
        let mut c = Consent::given(d(2), ConsentForm::Verbal, &[Purpose::Partners]);
        c.set(Purpose::Partners, c.get(Purpose::Partners));
        assert_eq!(c.history.len(), 1);
        assert!(pass_on_allowed(&c));
        c.set(Purpose::Partners, None);
        assert!(!pass_on_allowed(&c));
        assert_eq!(c.history.len(), 2, "taking an answer back is a change too");
    }
}
