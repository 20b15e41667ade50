//! The intake forms' field keys, in form order, the employer's short form, and the choices
//! whose options are read back through a list of their own.

use crate::app::form::field_keys;
use crate::domain::client::{Answer, ConsentForm, ObtainedIn, Place, Purpose};
use crate::i18n::Ti;

field_keys! {
    /// One per field of the intake forms, in the order the person's form shows them; the
    /// employer's short form ([`EMP_FORM`]) uses some of them and its own four.
    pub enum IntakeField {
        ContactDate,
        Channel,
        Caller,
        Language,
        Interpreter,
        ConsentStorage,
        ConsentStorageDate,
        ConsentFollowUp,
        ConsentFollowUpDate,
        ConsentPartners,
        ConsentPartnersDate,
        Partners,
        ConsentStats,
        ConsentStatsDate,
        ConsentHealth,
        ConsentHealthDate,
        Anonymous,
        Name,
        Pseudonym,
        Phone,
        Email,
        AgeBand,
        BirthYear,
        Nationality,
        Place,
        Town,
        Arrived,
        Arrival,
        Basis,
        ValidUntil,
        Fled,
        JoinsFamily,
        Anchor,
        Partner,
        Children,
        SingleParent,
        German,
        Evidence,
        OtherLanguages,
        Qualification,
        Occupation,
        ObtainedIn,
        Country,
        Completed,
        FinalTerm,
        Regulated,
        Recognition,
        Employment,
        Since,
        WantsWork,
        Barriers,
        Company,
        Sector,
        Size,
        ContactPerson,
        Needs,
        SubNeeds,
        NeedsText,
        Urgency,
        Deadline,
        Decision,
        SecondaryD,
        Reason,
        NextStep,
        FollowUpKind,
        FollowUp,
        Notes,
    }
}

use IntakeField as F;

/// Fields only the employer's short form has.
pub const EMP_ONLY: [IntakeField; 4] = [F::Company, F::Sector, F::Size, F::ContactPerson];

/// The employer's short form (caller "Arbeitgeber – Personalgewinnung"), in its order.
pub const EMP_FORM: [IntakeField; 22] = [
    F::ContactDate,
    F::Channel,
    F::Caller,
    F::Language,
    F::ConsentStorage,
    F::ConsentStorageDate,
    F::ConsentFollowUp,
    F::ConsentFollowUpDate,
    F::Company,
    F::Sector,
    F::Size,
    F::ContactPerson,
    F::Phone,
    F::Email,
    F::Needs,
    F::SubNeeds,
    F::NeedsText,
    F::Urgency,
    F::NextStep,
    F::FollowUpKind,
    F::FollowUp,
    F::Notes,
];

/// A purpose's two fields: the answer and its date. By purpose, never by position.
pub fn consent_fields(p: Purpose) -> (IntakeField, IntakeField) {
    match p {
        Purpose::Storage => (F::ConsentStorage, F::ConsentStorageDate),
        Purpose::FollowUp => (F::ConsentFollowUp, F::ConsentFollowUpDate),
        Purpose::Partners => (F::ConsentPartners, F::ConsentPartnersDate),
        Purpose::Statistics => (F::ConsentStats, F::ConsentStatsDate),
        Purpose::Health => (F::ConsentHealth, F::ConsentHealthDate),
    }
}

/// The purpose whose answer field `key` is.
pub fn purpose_of_answer(key: IntakeField) -> Option<Purpose> {
    Purpose::ALL.into_iter().find(|p| consent_fields(*p).0 == key)
}

/// A purpose's answer as its choice field offers it; read back through `ALL`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsentChoice {
    Written,
    Verbal,
    Refused,
    Withdrawn,
}

impl ConsentChoice {
    pub const ALL: [ConsentChoice; 4] =
        [ConsentChoice::Written, ConsentChoice::Verbal, ConsentChoice::Refused, ConsentChoice::Withdrawn];

    pub fn label(self) -> Ti {
        match self {
            ConsentChoice::Written => Ti::OptConsentWritten,
            ConsentChoice::Verbal => Ti::OptConsentVerbal,
            ConsentChoice::Refused => Ti::OptConsentRefused,
            ConsentChoice::Withdrawn => Ti::OptConsentWithdrawn,
        }
    }

    pub fn of(a: Answer) -> ConsentChoice {
        match a {
            Answer::Given(ConsentForm::Written) => ConsentChoice::Written,
            Answer::Given(ConsentForm::Verbal) => ConsentChoice::Verbal,
            Answer::Refused => ConsentChoice::Refused,
            Answer::Withdrawn => ConsentChoice::Withdrawn,
        }
    }

    pub fn answer(self) -> Answer {
        match self {
            ConsentChoice::Written => Answer::Given(ConsentForm::Written),
            ConsentChoice::Verbal => Answer::Given(ConsentForm::Verbal),
            ConsentChoice::Refused => Answer::Refused,
            ConsentChoice::Withdrawn => Answer::Withdrawn,
        }
    }
}

/// Where the client lives, as the place question offers it (the town is its own field).
/// Options are read back through `ALL`, like the purposes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceChoice {
    InRegion,
    ElsewhereInGermany,
    Abroad,
}

impl PlaceChoice {
    pub const ALL: [PlaceChoice; 3] =
        [PlaceChoice::InRegion, PlaceChoice::ElsewhereInGermany, PlaceChoice::Abroad];

    pub fn label(self) -> Ti {
        match self {
            PlaceChoice::InRegion => Ti::OptInRegion,
            PlaceChoice::ElsewhereInGermany => Ti::OptElsewhere,
            PlaceChoice::Abroad => Ti::OptAbroadPlace,
        }
    }

    pub fn of(place: &Place) -> PlaceChoice {
        match place {
            Place::InRegion { .. } => PlaceChoice::InRegion,
            Place::ElsewhereInGermany => PlaceChoice::ElsewhereInGermany,
            Place::Abroad => PlaceChoice::Abroad,
        }
    }
}

/// Where a qualification was obtained, as the form offers it (the country is its own field).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ObtainedChoice {
    Germany,
    Abroad,
}

impl ObtainedChoice {
    pub const ALL: [ObtainedChoice; 2] = [ObtainedChoice::Germany, ObtainedChoice::Abroad];

    pub fn label(self) -> Ti {
        match self {
            ObtainedChoice::Germany => Ti::OptGermany,
            ObtainedChoice::Abroad => Ti::OptAbroad,
        }
    }

    pub fn of(obtained: &ObtainedIn) -> ObtainedChoice {
        match obtained {
            ObtainedIn::Germany => ObtainedChoice::Germany,
            ObtainedIn::Abroad { .. } => ObtainedChoice::Abroad,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_purpose_has_its_own_fields() {
        let mut seen = Vec::new();
        for p in Purpose::ALL {
            let (answer, date) = consent_fields(p);
            assert_eq!(purpose_of_answer(answer), Some(p));
            assert_eq!(purpose_of_answer(date), None);
            seen.extend([answer, date]);
        }
        seen.sort_by_key(|k| IntakeField::ALL.iter().position(|x| x == k));
        seen.dedup();
        assert_eq!(seen.len(), 2 * Purpose::ALL.len());
    }

    #[test]
    fn consent_choices_read_back_as_they_were() {
        for c in ConsentChoice::ALL {
            assert_eq!(ConsentChoice::of(c.answer()), c);
        }
    }
}
