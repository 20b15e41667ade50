//! A compact builder for the demo entries, so that each data file reads like a directory page
//! rather than a wall of struct fields. Only the demo data uses it.

use crate::domain::{
    AppointmentMode, Channel, Cost, Date, GermanLevel, GroupTag, LangCode, Need, Offer, OfferId, OfferStatus,
    OpeningHours, ProviderType, ResidenceBasis, ServiceArea, SubNeed, TargetGroup,
};

/// The region's towns and their (deliberately unassigned, `00…`) postal codes.
pub const TOWNS: [(&str, &str); 5] = [
    ("Hafenau", "00100"),
    ("Birkwald", "00110"),
    ("Oberried", "00120"),
    ("Talmühle", "00130"),
    ("Seebrück", "00140"),
];

/// An offer under construction. Dates are relative to `today` so that the demo ages with the
/// calendar: a "stale" entry is stale whenever the demo runs.
pub struct Draft {
    offer: Offer,
    today: Date,
}

/// Starts an entry. The id is a literal from the data files; the test `ids_are_valid_and_unique`
/// and every other demo test would fail first if one were malformed.
pub fn draft(today: Date, id: &str, title: &str) -> Draft {
    let id = OfferId::parse(id).unwrap_or_else(|| panic!("demo offer id {id:?} is not a valid OfferId"));
    Draft { offer: Offer::new(id, title), today }
}

impl Draft {
    pub fn provider(mut self, name: &str, kind: ProviderType) -> Draft {
        self.offer.provider = name.into();
        self.offer.provider_type = kind;
        self
    }

    /// Needs without a particular sub-need (those come in through [`Draft::subs`]).
    pub fn needs(mut self, needs: &[Need]) -> Draft {
        for &n in needs {
            self.add_need(n);
        }
        self
    }

    /// Sub-needs; their needs are added too, so the two lists can never disagree.
    pub fn subs(mut self, subs: &[SubNeed]) -> Draft {
        for &s in subs {
            self.add_need(s.need());
            if !self.offer.sub_needs.contains(&s) {
                self.offer.sub_needs.push(s);
            }
        }
        self
    }

    fn add_need(&mut self, n: Need) {
        if !self.offer.needs.contains(&n) {
            self.offer.needs.push(n);
        }
    }

    pub fn groups(mut self, groups: &[TargetGroup], tags: &[GroupTag]) -> Draft {
        self.offer.target_groups = groups.to_vec().into();
        self.offer.tags = tags.to_vec().into();
        self
    }

    pub fn text(mut self, description: &str) -> Draft {
        self.offer.description = description.into();
        self
    }

    pub fn contact(mut self, phone: &str, email: &str, website: &str) -> Draft {
        self.offer.phone = phone.into();
        self.offer.email = email.into();
        self.offer.website = website.into();
        self
    }

    /// Street and town; the postal code follows from [`TOWNS`] so it stays consistent.
    pub fn at(mut self, street: &str, town: &str, area: ServiceArea) -> Draft {
        let (name, code) = TOWNS
            .iter()
            .find(|(name, _)| *name == town)
            .unwrap_or_else(|| panic!("demo town {town:?} is not one of the region's towns"));
        self.offer.street = street.into();
        self.offer.postal_code = (*code).into();
        self.offer.town = (*name).into();
        self.offer.service_area = area;
        self
    }

    /// Towns of the area the offer does not serve (they have their own office).
    pub fn except(mut self, towns: &[&str]) -> Draft {
        self.offer.area_excludes = towns.iter().map(|t| (*t).into()).collect();
        self
    }

    /// A service without an office of its own in the region (hotline, online, federal office).
    pub fn area(mut self, area: ServiceArea) -> Draft {
        self.offer.service_area = area;
        self
    }

    /// Structured hours in the typed form counsellors use, plus the note beside them.
    pub fn hours(mut self, typed: &str, note: &str) -> Draft {
        let mut hours = OpeningHours::parse(typed)
            .unwrap_or_else(|e| panic!("demo hours {typed:?} do not parse at {:?}", e.part));
        hours.note = note.into();
        self.offer.hours = hours;
        self
    }

    /// Only a note, for offers whose times are agreed case by case.
    pub fn hours_note(mut self, note: &str) -> Draft {
        self.offer.hours = OpeningHours { slots: Vec::new(), by_appointment: false, note: note.into() };
        self
    }

    pub fn access(mut self, mode: AppointmentMode, channels: &[Channel]) -> Draft {
        self.offer.appointment = mode;
        self.offer.channels = channels.to_vec().into();
        self
    }

    /// ISO 639-1 codes separated by spaces: "de en ar".
    pub fn langs(mut self, codes: &str) -> Draft {
        self.offer.languages = codes
            .split_whitespace()
            .map(|c| LangCode::parse(c).unwrap_or_else(|| panic!("demo language {c:?} is not ISO 639-1")))
            .collect();
        self
    }

    pub fn free(mut self) -> Draft {
        self.offer.cost = Cost::Free;
        self
    }

    pub fn cost(mut self, cost: Cost, note: &str) -> Draft {
        self.offer.cost = cost;
        self.offer.cost_note = note.into();
        self
    }

    pub fn ages(mut self, min: Option<u8>, max: Option<u8>) -> Draft {
        self.offer.eligibility.min_age = min;
        self.offer.eligibility.max_age = max;
        self
    }

    pub fn min_german(mut self, level: GermanLevel) -> Draft {
        self.offer.eligibility.min_german = Some(level);
        self
    }

    pub fn residence(mut self, bases: &[ResidenceBasis]) -> Draft {
        self.offer.eligibility.residence = bases.to_vec().into();
        self
    }

    pub fn who(mut self, note: &str) -> Draft {
        self.offer.eligibility.note = note.into();
        self
    }

    pub fn documents(mut self, docs: &[&str]) -> Draft {
        self.offer.documents = docs.iter().map(|d| (*d).into()).collect();
        self
    }

    pub fn keywords(mut self, words: &[&str]) -> Draft {
        self.offer.keywords = words.iter().map(|w| (*w).into()).collect();
        self
    }

    pub fn status(mut self, status: OfferStatus) -> Draft {
        self.offer.status = status;
        self
    }

    /// Last verified `months` (plus `days`) before today.
    pub fn checked(mut self, months: i32, days: i64) -> Draft {
        self.offer.last_verified = Some(self.today.add_months(-months).add_days(-days));
        self
    }

    pub fn internal(mut self, note: &str) -> Draft {
        self.offer.internal_note = note.into();
        self
    }

    pub fn done(self) -> Offer {
        self.offer
    }
}
