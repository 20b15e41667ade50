//! How a contact came in: date, channel, who called, counselling language; and the anonymous
//! short contact (Kurzkontakt) that is counted without any personal data.

use crate::domain::code_list::code_list;
use crate::domain::date::Date;
use crate::domain::group::CaseGroup;
use crate::domain::need::Need;
use crate::domain::residence::LangCode;
use serde::{Deserialize, Serialize};

code_list! {
    /// The channel a contact came through. Separate from the offer's `Channel` because a client can
    /// also write a letter (or turn up some other way), which no offer lists as a way to reach it.
    /// Stored by variant index: append only.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum ContactChannel {
        Phone,
        Email,
        OnSite,
        Video,
        LetterOrOther,
    }
}

code_list! {
    /// Who is on the line. An employer appears twice because only hiring questions make an employer
    /// contact (EMP, not a person case); an employer asking for one employee's family opens a
    /// person case. Stored by variant index: append only.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum Caller {
        /// the person themselves
        Client,
        FamilyMember,
        /// an employer asking about recruiting or employing international staff in general
        EmployerHiring,
        /// an employer calling on behalf of a (future) employee
        EmployerForPerson,
        /// a professional from another office or service
        Professional,
    }
}

/// The first contact of a client record. Date, channel and caller are what the counsellor sees,
/// not answers of the client, so they are always filled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FirstContact {
    pub date: Date,
    pub channel: ContactChannel,
    pub caller: Caller,
    /// language the counselling was held in
    pub language: Option<LangCode>,
    /// whether an interpreter or language mediator took part
    pub interpreter: Option<bool>,
}

impl FirstContact {
    /// A contact by the person themselves; the rest is "keine Angabe".
    pub fn new(date: Date, channel: ContactChannel) -> FirstContact {
        FirstContact { date, channel, caller: Caller::Client, language: None, interpreter: None }
    }
}

/// Kurzkontakt: a short anonymous contact that only feeds the figures. Holds no personal data at
/// all: no name, no contact, no free text (free text invites names).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnonymousContact {
    /// Store key; not personal.
    pub id: u64,
    pub date: Date,
    pub channel: ContactChannel,
    pub language: Option<LangCode>,
    pub caller: Caller,
    /// chosen by the counsellor; there are no facts to compute it from
    pub group: CaseGroup,
    pub needs: Vec<Need>,
    pub minutes: Option<u16>,
}
