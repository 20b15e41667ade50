//! The intake form's field keys, in form order, and the consent purposes its one multi-choice
//! asks for.

use crate::app::form::field_keys;
use crate::domain::client::{Consent, ObtainedIn, Place};
use crate::i18n::Ti;

field_keys! {
    /// One per field of the intake form, in the order the form shows them.
    pub enum IntakeField {
        ContactDate,
        Channel,
        Caller,
        Language,
        Interpreter,
        ConsentForm,
        ConsentDate,
        ConsentScope,
        Partners,
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
        Needs,
        NeedsText,
        Urgency,
        Deadline,
        Decision,
        SecondaryD,
        Reason,
        NextStep,
        FollowUp,
        Notes,
    }
}

/// What a client may consent to, one tick box each. An option's value is the purpose's place in
/// [`Purpose::ALL`] and is read back through it, so reordering the list reorders the boxes and
/// never swaps two consents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Storage,
    FollowUp,
    Partners,
    Statistics,
    Health,
}

impl Purpose {
    pub const ALL: [Purpose; 5] =
        [Purpose::Storage, Purpose::FollowUp, Purpose::Partners, Purpose::Statistics, Purpose::Health];

    pub fn label(self) -> Ti {
        match self {
            Purpose::Storage => Ti::OptScopeStorage,
            Purpose::FollowUp => Ti::OptScopeFollowUp,
            Purpose::Partners => Ti::OptScopePartners,
            Purpose::Statistics => Ti::OptScopeStats,
            Purpose::Health => Ti::OptScopeHealth,
        }
    }

    /// The consent's flag for this purpose.
    pub fn flag(self, c: &mut Consent) -> &mut bool {
        match self {
            Purpose::Storage => &mut c.storage,
            Purpose::FollowUp => &mut c.follow_up_contact,
            Purpose::Partners => &mut c.pass_to_partners,
            Purpose::Statistics => &mut c.statistics,
            Purpose::Health => &mut c.health_data,
        }
    }

    pub fn granted(self, c: &Consent) -> bool {
        match self {
            Purpose::Storage => c.storage,
            Purpose::FollowUp => c.follow_up_contact,
            Purpose::Partners => c.pass_to_partners,
            Purpose::Statistics => c.statistics,
            Purpose::Health => c.health_data,
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
    use crate::domain::Date;
    use crate::domain::client::ConsentForm;

    #[test]
    fn each_purpose_is_its_own_flag() {
        let day = Date::from_ymd(2026, 11, 25).expect("day");
        for p in Purpose::ALL {
            let mut c = Consent::none_yet(day, ConsentForm::Verbal);
            *p.flag(&mut c) = true;
            let on: Vec<Purpose> = Purpose::ALL.into_iter().filter(|q| q.granted(&c)).collect();
            assert_eq!(on, [p]);
        }
    }
}
