//! An offer (Angebot) of the regional directory, modelled on Open Referral HSDS (docs/domain.md).

use super::date::Date;
use super::group::{GroupTag, TargetGroup};
use super::hours::OpeningHours;
use super::need::{Need, SubNeed};
use super::residence::{GermanLevel, LangCode, ResidenceBasis};
use super::text::fold;
use crate::domain::code_list::code_list;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Text of an offer: inline up to 24 bytes, stored and serialised exactly like a `String`.
pub type Text = compact_str::CompactString;

/// A short list of codes (needs, target groups, channels …): inline up to four, stored and
/// serialised exactly like a `Vec`.
pub type Codes<T> = smallvec::SmallVec<[T; 4]>;

/// Months after which an unverified entry counts as stale.
pub const STALE_AFTER_MONTHS: i32 = 12;

/// Whether an entry last verified on `last_verified` (or never) counts as stale on `today`:
/// more than [`STALE_AFTER_MONTHS`] ago. One rule for the card, the list and the filter.
pub fn stale(last_verified: Option<Date>, today: Date) -> bool {
    match last_verified {
        Some(d) => d.add_months(STALE_AFTER_MONTHS) < today,
        None => true,
    }
}

/// Stable identifier of an offer, also used by imports ("ABH-01", "O-0042").
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct OfferId(Text);

impl OfferId {
    pub const MAX_LEN: usize = 40;

    /// Letters, digits, `-`, `_`, `.`; 1–40 characters.
    pub fn parse(s: &str) -> Option<OfferId> {
        let s = s.trim();
        let ok = !s.is_empty()
            && s.len() <= Self::MAX_LEN
            && s.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
        ok.then(|| OfferId(s.into()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The id of an offer created in Lotse: `O-` and a number the store hands out ("O-0042").
    pub fn numbered(n: u64) -> OfferId {
        OfferId(format!("O-{n:04}").into())
    }
}

impl fmt::Display for OfferId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

code_list! {
    /// Kind of provider. Stored by variant index: append only.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum ProviderType {
        /// Kommune, Bürgeramt, Sozialamt, Wohnungsamt
        Municipality,
        /// Ausländerbehörde
        ImmigrationOffice,
        /// Agentur für Arbeit, Jobcenter, Familienkasse
        EmploymentAgency,
        /// IHK, HWK, other chambers
        Chamber,
        /// Beratungsstelle (MBE, JMD, IQ, Faire Integration, Wohlfahrtsverband)
        Counselling,
        /// Sprachkursträger, VHS
        LanguageSchool,
        /// Hochschule, Berufsschule, Schulamt
        Education,
        /// Krankenkasse, Gesundheitsamt
        Health,
        /// Migrantenorganisation (MSO)
        MigrantOrganisation,
        /// Ehrenamt, Integrationslotsen, Vereine
        Volunteer,
        /// Welcome Center, Wirtschaftsförderung
        WelcomeCenter,
        Other,
        /// State or federal authority (Finanzamt, Landesprüfungsamt, Rentenversicherung, ZAB)
        Authority,
    }
}

impl ProviderType {
    /// Stable code for files.
    pub fn code(self) -> &'static str {
        match self {
            ProviderType::Municipality => "kommune",
            ProviderType::ImmigrationOffice => "abh",
            ProviderType::EmploymentAgency => "arbeitsverwaltung",
            ProviderType::Chamber => "kammer",
            ProviderType::Counselling => "beratung",
            ProviderType::LanguageSchool => "sprachschule",
            ProviderType::Education => "bildung",
            ProviderType::Health => "gesundheit",
            ProviderType::MigrantOrganisation => "mso",
            ProviderType::Volunteer => "ehrenamt",
            ProviderType::WelcomeCenter => "welcome_center",
            ProviderType::Other => "sonstige",
            ProviderType::Authority => "behoerde",
        }
    }

    pub fn from_code(code: &str) -> Option<ProviderType> {
        let code = code.trim();
        ProviderType::ALL.into_iter().find(|p| p.code().eq_ignore_ascii_case(code))
    }
}

code_list! {
    /// Who the offer serves by place of residence. The immigration office, for one, is chosen by
    /// where the person lives.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum ServiceArea {
        /// Only residents of the offer's own town.
        City,
        /// The whole district (Landkreis), including its towns.
        District,
        /// A wider region or the whole federal state.
        State,
        /// Anyone in Germany (hotlines, federal offices).
        Nationwide,
        /// Online, anyone.
        Online,
    }
}

impl ServiceArea {
    pub fn code(self) -> &'static str {
        match self {
            ServiceArea::City => "stadt",
            ServiceArea::District => "landkreis",
            ServiceArea::State => "land",
            ServiceArea::Nationwide => "bund",
            ServiceArea::Online => "online",
        }
    }

    pub fn from_code(code: &str) -> Option<ServiceArea> {
        let code = code.trim();
        ServiceArea::ALL.into_iter().find(|a| a.code().eq_ignore_ascii_case(code))
    }
}

code_list! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum AppointmentMode {
        Required,
        Recommended,
        WalkIn,
        Unknown,
    }
}

impl AppointmentMode {
    pub fn code(self) -> &'static str {
        match self {
            AppointmentMode::Required => "erforderlich",
            AppointmentMode::Recommended => "empfohlen",
            AppointmentMode::WalkIn => "ohne",
            AppointmentMode::Unknown => "unbekannt",
        }
    }

    pub fn from_code(code: &str) -> Option<AppointmentMode> {
        let code = code.trim();
        AppointmentMode::ALL.into_iter().find(|a| a.code().eq_ignore_ascii_case(code))
    }
}

code_list! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum Channel {
        Phone,
        Email,
        OnSite,
        Video,
    }
}

impl Channel {
    pub fn code(self) -> &'static str {
        match self {
            Channel::Phone => "telefon",
            Channel::Email => "email",
            Channel::OnSite => "vor_ort",
            Channel::Video => "video",
        }
    }

    pub fn from_code(code: &str) -> Option<Channel> {
        let code = code.trim();
        Channel::ALL.into_iter().find(|c| c.code().eq_ignore_ascii_case(code))
    }
}

code_list! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum Cost {
        Free,
        Fee,
        Unknown,
    }
}

impl Cost {
    pub fn code(self) -> &'static str {
        match self {
            Cost::Free => "kostenlos",
            Cost::Fee => "kostenpflichtig",
            Cost::Unknown => "unbekannt",
        }
    }

    pub fn from_code(code: &str) -> Option<Cost> {
        let code = code.trim();
        Cost::ALL.into_iter().find(|c| c.code().eq_ignore_ascii_case(code))
    }
}

code_list! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum OfferStatus {
        Active,
        TemporarilyClosed,
        Inactive,
    }
}

impl OfferStatus {
    pub fn code(self) -> &'static str {
        match self {
            OfferStatus::Active => "aktiv",
            OfferStatus::TemporarilyClosed => "voruebergehend_geschlossen",
            OfferStatus::Inactive => "inaktiv",
        }
    }

    pub fn from_code(code: &str) -> Option<OfferStatus> {
        let code = code.trim();
        OfferStatus::ALL.into_iter().find(|s| s.code().eq_ignore_ascii_case(code))
    }
}

/// Who may use the offer. Empty lists and `None` mean "no restriction".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Eligibility {
    pub min_age: Option<u8>,
    pub max_age: Option<u8>,
    pub min_german: Option<GermanLevel>,
    /// Residence bases the offer is open to; empty = any.
    pub residence: Codes<ResidenceBasis>,
    pub note: Text,
    /// Which of the structured conditions an import read from text ("ab 27", "nur
    /// EU-Bürger") and no counsellor has confirmed yet.
    pub from_text: FromText,
}

/// Structured conditions recognised in text and not yet confirmed in the editor.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FromText {
    pub min_age: bool,
    pub max_age: bool,
    pub min_german: bool,
    pub residence: bool,
}

impl FromText {
    pub fn any(self) -> bool {
        self.min_age || self.max_age || self.min_german || self.residence
    }
}

impl Eligibility {
    pub fn is_open_to_all(&self) -> bool {
        self.min_age.is_none()
            && self.max_age.is_none()
            && self.min_german.is_none()
            && self.residence.is_empty()
            && self.note.is_empty()
    }
}

/// The part of an offer that only some offers have, kept out of line: an offer without any of
/// it costs 8 bytes instead of 96, which keeps 10,000 offers within the memory budget
/// (docs/BENCHMARKS.md).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferExtra {
    /// English title and short description, shown when the UI is English or the client's
    /// counselling language is English.
    pub title_en: Text,
    pub description_en: Text,
    /// The provider type as the source wrote it when that was not a code ("Wohlfahrtsverband",
    /// "Bildungsträger"), kept beside the code it was mapped to.
    pub provider_type_note: Text,
    /// The towns the offer serves when the source names them ("Neustadt, Altdorf").
    pub towns: Vec<Text>,
}

/// One entry of the directory. Plain data: every field is stored (see `store::codec`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Offer {
    pub id: OfferId,
    pub title: Text,
    pub provider: Text,
    pub provider_type: ProviderType,
    pub needs: Codes<Need>,
    pub sub_needs: Codes<SubNeed>,
    /// Target groups served; empty = all groups.
    pub target_groups: Codes<TargetGroup>,
    /// Special audiences (refugees, EU citizens, employers).
    pub tags: Codes<GroupTag>,
    pub description: Text,
    /// What only some offers have (English texts, the provider type as written, the towns
    /// served): out of line, `None` when all of it is empty. Read and set through the methods.
    pub extra: Option<Box<OfferExtra>>,
    pub phone: Text,
    pub email: Text,
    pub website: Text,
    pub street: Text,
    pub postal_code: Text,
    pub town: Text,
    pub service_area: ServiceArea,
    /// Towns inside the area that this offer does not serve, because they have their own
    /// office (the district's immigration office does not serve the district's city).
    pub area_excludes: Vec<Text>,
    pub hours: OpeningHours,
    pub appointment: AppointmentMode,
    pub channels: Codes<Channel>,
    pub languages: Codes<LangCode>,
    pub cost: Cost,
    pub cost_note: Text,
    pub eligibility: Eligibility,
    pub documents: Vec<Text>,
    /// Search words and abbreviations (ABH, IK, Blaue Karte …).
    pub keywords: Vec<Text>,
    pub status: OfferStatus,
    pub last_verified: Option<Date>,
    /// Never exported to third parties.
    pub internal_note: Text,
}

impl Offer {
    /// A blank active offer with the given id and title; the rest empty or unknown.
    pub fn new(id: OfferId, title: impl Into<Text>) -> Offer {
        Offer {
            id,
            title: title.into(),
            provider: Text::default(),
            provider_type: ProviderType::Other,
            needs: Codes::new(),
            sub_needs: Codes::new(),
            target_groups: Codes::new(),
            tags: Codes::new(),
            description: Text::default(),
            extra: None,
            phone: Text::default(),
            email: Text::default(),
            website: Text::default(),
            street: Text::default(),
            postal_code: Text::default(),
            town: Text::default(),
            service_area: ServiceArea::District,
            area_excludes: Vec::new(),
            hours: OpeningHours::default(),
            appointment: AppointmentMode::Unknown,
            channels: Codes::new(),
            languages: Codes::new(),
            cost: Cost::Unknown,
            cost_note: Text::default(),
            eligibility: Eligibility::default(),
            documents: Vec::new(),
            keywords: Vec::new(),
            status: OfferStatus::Active,
            last_verified: None,
            internal_note: Text::default(),
        }
    }

    /// Not verified for more than [`STALE_AFTER_MONTHS`] (or never).
    pub fn is_stale(&self, today: Date) -> bool {
        stale(self.last_verified, today)
    }

    /// Serves people living in `town`: an offer that names its towns serves those; city-only
    /// offers serve their own town; wider ones every town except those listed in
    /// `area_excludes`. Town names compare German-folded ("Talmühle" = "TALMUEHLE").
    pub fn serves_town(&self, town: &str) -> bool {
        let town = fold(town);
        if self.area_excludes.iter().any(|t| fold(t) == town) {
            return false;
        }
        if !self.towns().is_empty() {
            return self.towns().iter().any(|t| fold(t) == town);
        }
        self.service_area != ServiceArea::City || fold(&self.town) == town
    }

    /// The English title when there is one and English is wanted, else the German one.
    pub fn title_in(&self, english: bool) -> &str {
        if english && !self.title_en().is_empty() { self.title_en() } else { &self.title }
    }

    /// The English description when there is one and English is wanted, else the German one.
    pub fn description_in(&self, english: bool) -> &str {
        if english && !self.description_en().is_empty() { self.description_en() } else { &self.description }
    }

    /// English title; empty = none.
    pub fn title_en(&self) -> &str {
        self.extra.as_ref().map_or("", |e| &e.title_en)
    }

    /// English short description; empty = none.
    pub fn description_en(&self) -> &str {
        self.extra.as_ref().map_or("", |e| &e.description_en)
    }

    /// The provider type as the source wrote it.
    pub fn provider_type_note(&self) -> &str {
        self.extra.as_ref().map_or("", |e| &e.provider_type_note)
    }

    /// The towns the offer serves; empty = the whole service area.
    pub fn towns(&self) -> &[Text] {
        self.extra.as_ref().map_or(&[], |e| &e.towns)
    }

    /// Changes what only some offers have; keeps `extra` at `None` when all of it is empty, so
    /// that two offers that say the same compare equal.
    pub fn set_extra(&mut self, change: impl FnOnce(&mut OfferExtra)) {
        let mut e = self.extra.take().map(|b| *b).unwrap_or_default();
        change(&mut e);
        self.extra = (e != OfferExtra::default()).then(|| Box::new(e));
    }

    pub fn set_title_en(&mut self, v: impl Into<Text>) {
        let v = v.into();
        self.set_extra(|e| e.title_en = v);
    }

    pub fn set_description_en(&mut self, v: impl Into<Text>) {
        let v = v.into();
        self.set_extra(|e| e.description_en = v);
    }

    pub fn set_provider_type_note(&mut self, v: impl Into<Text>) {
        let v = v.into();
        self.set_extra(|e| e.provider_type_note = v);
    }

    pub fn set_towns(&mut self, towns: Vec<Text>) {
        self.set_extra(|e| e.towns = towns);
    }

    pub fn speaks(&self, lang: &LangCode) -> bool {
        self.languages.contains(lang)
    }

    /// Open to the group; offers without listed groups are open to all.
    pub fn serves_group(&self, group: TargetGroup) -> bool {
        self.target_groups.is_empty() || self.target_groups.contains(&group)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offer_ids_are_restricted() {
        assert!(OfferId::parse("ABH-01").is_some());
        assert!(OfferId::parse(" o.42_x ").is_some_and(|id| id.as_str() == "o.42_x"));
        assert!(OfferId::parse("").is_none());
        assert!(OfferId::parse("a b").is_none());
        assert!(OfferId::parse("ä").is_none());
        assert!(OfferId::parse(&"x".repeat(41)).is_none());
        assert_eq!(OfferId::numbered(42).as_str(), "O-0042");
        assert_eq!(OfferId::parse(OfferId::numbered(u64::MAX).as_str()), Some(OfferId::numbered(u64::MAX)));
    }

    #[test]
    fn staleness_is_twelve_months() {
        let mut o = Offer::new(OfferId::parse("x").unwrap(), "t");
        let today = Date::from_ymd(2026, 11, 25).unwrap();
        assert!(o.is_stale(today));
        o.last_verified = Date::from_ymd(2025, 11, 25);
        assert!(!o.is_stale(today));
        o.last_verified = Date::from_ymd(2025, 11, 24);
        assert!(o.is_stale(today));
    }

    #[test]
    fn service_area_decides_town_filter() {
        let mut o = Offer::new(OfferId::parse("x").unwrap(), "t");
        o.town = "Hafenau".into();
        o.service_area = ServiceArea::City;
        assert!(o.serves_town("hafenau"));
        assert!(!o.serves_town("Birkwald"));
        o.service_area = ServiceArea::District;
        assert!(o.serves_town("Birkwald"));
        o.town = "Talmühle".into();
        o.service_area = ServiceArea::City;
        assert!(o.serves_town("TALMUEHLE"));
        o.service_area = ServiceArea::District;
        o.area_excludes = vec!["Hafenau".into()];
        assert!(!o.serves_town("hafenau"));
        assert!(o.serves_town("Birkwald"));
        o.set_towns(vec!["Birkwald".into(), "Talmühle".into()]);
        assert!(o.serves_town("talmuehle") && o.serves_town("Birkwald"));
        assert!(!o.serves_town("Oberdorf"), "named towns only");
    }

    #[test]
    fn codes_round_trip() {
        for p in ProviderType::ALL {
            assert_eq!(ProviderType::from_code(p.code()), Some(p));
        }
        for a in ServiceArea::ALL {
            assert_eq!(ServiceArea::from_code(a.code()), Some(a));
        }
        for a in AppointmentMode::ALL {
            assert_eq!(AppointmentMode::from_code(a.code()), Some(a));
        }
        for c in Channel::ALL {
            assert_eq!(Channel::from_code(c.code()), Some(c));
        }
        for c in Cost::ALL {
            assert_eq!(Cost::from_code(c.code()), Some(c));
        }
        for s in OfferStatus::ALL {
            assert_eq!(OfferStatus::from_code(s.code()), Some(s));
        }
    }
}
