//! The names of tables and rows: a stable code for files (CSV, JSON; documented in
//! docs/figures.md) and a label in German or English for people.

use crate::domain::client::{AgeBand, ContactChannel, EmploymentStatus, QualificationLevel};
use crate::domain::{
    CaseGroup, GermanLevel, GroupTag, LangCode, Need, Outcome, ProviderType, ReferralStatus, YearMonth,
};
use crate::i18n::{Label, Lang, Tf, language_name};

/// The tables, in the order reports show them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TableId {
    Overview,
    ContactsByKind,
    ContactsByMonth,
    ContactsByChannel,
    ContactsByLanguage,
    PersonsByGroup,
    PersonsByTag,
    PersonsByAge,
    PersonsByNationality,
    PersonsByQualification,
    PersonsByGerman,
    PersonsByEmployment,
    Needs,
    NeedsPerCase,
    ReferralsByStatus,
    ReferralsByProviderType,
    ReferralsByOffer,
    Outcomes,
    Overdue,
    GapsByNeed,
    Gaps,
    StaleOffers,
}

impl TableId {
    pub const ALL: [TableId; 22] = [
        TableId::Overview,
        TableId::ContactsByKind,
        TableId::ContactsByMonth,
        TableId::ContactsByChannel,
        TableId::ContactsByLanguage,
        TableId::PersonsByGroup,
        TableId::PersonsByTag,
        TableId::PersonsByAge,
        TableId::PersonsByNationality,
        TableId::PersonsByQualification,
        TableId::PersonsByGerman,
        TableId::PersonsByEmployment,
        TableId::Needs,
        TableId::NeedsPerCase,
        TableId::ReferralsByStatus,
        TableId::ReferralsByProviderType,
        TableId::ReferralsByOffer,
        TableId::Outcomes,
        TableId::Overdue,
        TableId::GapsByNeed,
        TableId::Gaps,
        TableId::StaleOffers,
    ];

    /// The table's key in JSON and CSV.
    pub fn code(self) -> &'static str {
        match self {
            TableId::Overview => "overview",
            TableId::ContactsByKind => "contacts_by_kind",
            TableId::ContactsByMonth => "contacts_by_month",
            TableId::ContactsByChannel => "contacts_by_channel",
            TableId::ContactsByLanguage => "contacts_by_language",
            TableId::PersonsByGroup => "persons_by_group",
            TableId::PersonsByTag => "persons_by_tag",
            TableId::PersonsByAge => "persons_by_age",
            TableId::PersonsByNationality => "persons_by_nationality",
            TableId::PersonsByQualification => "persons_by_qualification",
            TableId::PersonsByGerman => "persons_by_german",
            TableId::PersonsByEmployment => "persons_by_employment",
            TableId::Needs => "needs",
            TableId::NeedsPerCase => "needs_per_case",
            TableId::ReferralsByStatus => "referrals_by_status",
            TableId::ReferralsByProviderType => "referrals_by_provider_type",
            TableId::ReferralsByOffer => "referrals_by_offer",
            TableId::Outcomes => "outcomes",
            TableId::Overdue => "overdue_followups",
            TableId::GapsByNeed => "gaps_by_need",
            TableId::Gaps => "gaps",
            TableId::StaleOffers => "stale_offers",
        }
    }

    pub fn title(self) -> Tf {
        match self {
            TableId::Overview => Tf::TOverview,
            TableId::ContactsByKind => Tf::TContactsByKind,
            TableId::ContactsByMonth => Tf::TContactsByMonth,
            TableId::ContactsByChannel => Tf::TContactsByChannel,
            TableId::ContactsByLanguage => Tf::TContactsByLanguage,
            TableId::PersonsByGroup => Tf::TPersonsByGroup,
            TableId::PersonsByTag => Tf::TPersonsByTag,
            TableId::PersonsByAge => Tf::TPersonsByAge,
            TableId::PersonsByNationality => Tf::TPersonsByNationality,
            TableId::PersonsByQualification => Tf::TPersonsByQualification,
            TableId::PersonsByGerman => Tf::TPersonsByGerman,
            TableId::PersonsByEmployment => Tf::TPersonsByEmployment,
            TableId::Needs => Tf::TNeeds,
            TableId::NeedsPerCase => Tf::TNeedsPerCase,
            TableId::ReferralsByStatus => Tf::TReferralsByStatus,
            TableId::ReferralsByProviderType => Tf::TReferralsByProviderType,
            TableId::ReferralsByOffer => Tf::TReferralsByOffer,
            TableId::Outcomes => Tf::TOutcomes,
            TableId::Overdue => Tf::TOverdue,
            TableId::GapsByNeed => Tf::TGapsByNeed,
            TableId::Gaps => Tf::TGaps,
            TableId::StaleOffers => Tf::TStaleOffers,
        }
    }
}

/// The overview's rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Measure {
    Contacts,
    FirstContacts,
    FollowUps,
    ShortContacts,
    EmployerContacts,
    Minutes,
    Persons,
    NewPersons,
    NeedsPerCase,
    Referrals,
    KnownOutcome,
    Overdue,
    GapsRecorded,
    GapsFromIntakes,
    SearchesWithoutResult,
    StaleOffers,
    ActiveOffers,
}

impl Measure {
    pub const ALL: [Measure; 17] = [
        Measure::Contacts,
        Measure::FirstContacts,
        Measure::FollowUps,
        Measure::ShortContacts,
        Measure::EmployerContacts,
        Measure::Minutes,
        Measure::Persons,
        Measure::NewPersons,
        Measure::NeedsPerCase,
        Measure::Referrals,
        Measure::KnownOutcome,
        Measure::Overdue,
        Measure::GapsRecorded,
        Measure::GapsFromIntakes,
        Measure::SearchesWithoutResult,
        Measure::StaleOffers,
        Measure::ActiveOffers,
    ];

    fn code(self) -> &'static str {
        match self {
            Measure::Contacts => "contacts",
            Measure::FirstContacts => "first_contacts",
            Measure::FollowUps => "follow_ups",
            Measure::ShortContacts => "short_contacts",
            Measure::EmployerContacts => "employer_contacts",
            Measure::Minutes => "minutes",
            Measure::Persons => "persons",
            Measure::NewPersons => "new_persons",
            Measure::NeedsPerCase => "needs_per_case",
            Measure::Referrals => "referrals",
            Measure::KnownOutcome => "referrals_known_outcome",
            Measure::Overdue => "overdue_followups",
            Measure::GapsRecorded => "gaps_recorded",
            Measure::GapsFromIntakes => "gaps_from_intakes",
            Measure::SearchesWithoutResult => "searches_without_result",
            Measure::StaleOffers => "stale_offers",
            Measure::ActiveOffers => "offers",
        }
    }

    fn label(self) -> Tf {
        match self {
            Measure::Contacts => Tf::RContacts,
            Measure::FirstContacts => Tf::RFirstContacts,
            Measure::FollowUps => Tf::RFollowUps,
            Measure::ShortContacts => Tf::RShortContacts,
            Measure::EmployerContacts => Tf::REmployerContacts,
            Measure::Minutes => Tf::RMinutes,
            Measure::Persons => Tf::RPersons,
            Measure::NewPersons => Tf::RNewPersons,
            Measure::NeedsPerCase => Tf::RNeedsPerCase,
            Measure::Referrals => Tf::RReferrals,
            Measure::KnownOutcome => Tf::RKnownOutcome,
            Measure::Overdue => Tf::ROverdue,
            Measure::GapsRecorded => Tf::RGapsRecorded,
            Measure::GapsFromIntakes => Tf::RGapsFromIntakes,
            Measure::SearchesWithoutResult => Tf::RSearchesWithoutResult,
            Measure::StaleOffers => Tf::RStaleOffers,
            Measure::ActiveOffers => Tf::RActiveOffers,
        }
    }
}

/// What a contact is counted as; each contact is exactly one of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ContactKind {
    /// the intake's first contact (`Client.contact`)
    First,
    /// a follow-up consultation (`Consultation`)
    FollowUp,
    /// an anonymous short contact (`AnonymousContact`, F9)
    Short,
    /// any of these with an employer about hiring (EMP): not a person case
    Employer,
}

impl ContactKind {
    pub const ALL: [ContactKind; 4] =
        [ContactKind::First, ContactKind::FollowUp, ContactKind::Short, ContactKind::Employer];

    pub fn code(self) -> &'static str {
        match self {
            ContactKind::First => "first",
            ContactKind::FollowUp => "follow_up",
            ContactKind::Short => "short",
            ContactKind::Employer => "employer",
        }
    }

    fn label(self) -> Tf {
        match self {
            ContactKind::First => Tf::RKindFirst,
            ContactKind::FollowUp => Tf::RKindFollowUp,
            ContactKind::Short => Tf::RKindShort,
            ContactKind::Employer => Tf::RKindEmployer,
        }
    }
}

/// Nationality as funders count it (kept on an erased client's trace, so it lives in the domain).
pub use crate::domain::trace::Nationality;

/// How long a follow-up has been overdue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OverdueBand {
    UpTo7,
    UpTo30,
    Over30,
}

/// A row of a table.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RowKey {
    Overview(Measure),
    Kind(ContactKind),
    Month(YearMonth),
    Channel(ContactChannel),
    /// `None`: not stated
    Language(Option<LangCode>),
    /// `None`: not decided yet
    Group(Option<CaseGroup>),
    SecondaryD,
    Tag(GroupTag),
    Age(Option<AgeBand>),
    Nationality(Option<Nationality>),
    Qualification(Option<QualificationLevel>),
    German(Option<GermanLevel>),
    Employment(Option<EmploymentStatus>),
    Need(Need),
    /// how many needs a case has; 4 stands for 4 or more
    NeedCount(u8),
    Status(ReferralStatus),
    ProviderType(ProviderType),
    /// an offer of the directory: its id and title
    Offer {
        id: String,
        title: String,
    },
    Outcome(Outcome),
    GoalAchieved,
    Overdue(OverdueBand),
    /// a need in a town of the directory; `None`: no town or another town
    Gap {
        need: Need,
        town: GapTown,
    },
}

/// Where a gap is.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GapTown {
    /// a town of the directory, as the directory spells it
    Town(String),
    /// no town given: the whole region
    None,
    /// a town that is not in the directory (a client's town of residence, say)
    Other,
}

fn channel_code(c: ContactChannel) -> &'static str {
    match c {
        ContactChannel::Phone => "phone",
        ContactChannel::Email => "email",
        ContactChannel::OnSite => "on_site",
        ContactChannel::Video => "video",
        ContactChannel::LetterOrOther => "letter_other",
    }
}

fn age_code(a: AgeBand) -> &'static str {
    match a {
        AgeBand::Under18 => "under_18",
        AgeBand::From18To26 => "18_26",
        AgeBand::From27To29 => "27_29",
        AgeBand::From30To54 => "30_54",
        AgeBand::From55 => "55_plus",
    }
}

fn qualification_code(q: QualificationLevel) -> &'static str {
    match q {
        QualificationLevel::NoFormal => "none",
        QualificationLevel::School => "school",
        QualificationLevel::Vocational => "vocational",
        QualificationLevel::Academic => "academic",
    }
}

fn employment_code(e: EmploymentStatus) -> &'static str {
    match e {
        EmploymentStatus::Employed => "employed",
        EmploymentStatus::EmployedBelowQualification => "employed_below_qualification",
        EmploymentStatus::SelfEmployed => "self_employed",
        EmploymentStatus::Unemployed => "unemployed",
        EmploymentStatus::InTrainingOrStudy => "in_training_or_study",
        EmploymentStatus::NoWorkPermit => "no_work_permit",
        EmploymentStatus::NotWorking => "not_working",
    }
}

const NOT_STATED: &str = "not_stated";

impl RowKey {
    /// The row's stable code in CSV and JSON.
    pub fn code(&self) -> String {
        let or_none = |s: Option<&str>| s.unwrap_or(NOT_STATED).to_string();
        match self {
            RowKey::Overview(m) => m.code().into(),
            RowKey::Kind(k) => k.code().into(),
            RowKey::Month(m) => format!("{:04}-{:02}", m.year, m.month),
            RowKey::Channel(c) => channel_code(*c).into(),
            RowKey::Language(l) => or_none(l.as_ref().map(|l| l.as_str())),
            RowKey::Group(None) => "undecided".into(),
            RowKey::Group(Some(CaseGroup::NotAssigned)) => "not_assigned".into(),
            RowKey::Group(Some(g)) => g.code().into(),
            RowKey::SecondaryD => "also_D".into(),
            RowKey::Tag(t) => t.code().into(),
            RowKey::Age(a) => or_none(a.map(age_code)),
            RowKey::Nationality(n) => or_none(n.map(|n| match n {
                Nationality::Eu => "eu_eea_ch",
                Nationality::ThirdCountry => "third_country",
                Nationality::German => "german",
            })),
            RowKey::Qualification(q) => or_none(q.map(qualification_code)),
            RowKey::German(g) => or_none(g.map(|g| if g == GermanLevel::None { "none" } else { g.code() })),
            RowKey::Employment(e) => or_none(e.map(employment_code)),
            RowKey::Need(n) => n.code().into(),
            RowKey::NeedCount(n) if *n >= 4 => "4_plus".into(),
            RowKey::NeedCount(n) => n.to_string(),
            RowKey::Status(s) => s.code().into(),
            RowKey::ProviderType(p) => p.code().into(),
            RowKey::Offer { id, .. } => id.clone(),
            RowKey::Outcome(o) => o.code().into(),
            RowKey::GoalAchieved => "referrals_goal_achieved".into(),
            RowKey::Overdue(b) => match b {
                OverdueBand::UpTo7 => "1_7_days",
                OverdueBand::UpTo30 => "8_30_days",
                OverdueBand::Over30 => "over_30_days",
            }
            .into(),
            RowKey::Gap { need, town } => match town {
                GapTown::Town(t) => format!("{}/{t}", need.code()),
                GapTown::None => format!("{}/-", need.code()),
                GapTown::Other => format!("{}/other", need.code()),
            },
        }
    }

    /// The row's name for people.
    pub fn label(&self, lang: Lang) -> String {
        let t = |m: Tf| lang.t(m).to_string();
        let not_stated = || t(Tf::NotStated);
        match self {
            RowKey::Overview(m) => t(m.label()),
            RowKey::Kind(k) => t(k.label()),
            RowKey::Month(m) => m.to_string(),
            RowKey::Channel(c) => c.label(lang).into(),
            RowKey::Language(Some(l)) => format!("{} ({})", language_name(l, lang), l.as_str()),
            RowKey::Language(None) => not_stated(),
            RowKey::Group(None) => t(Tf::RUndecided),
            RowKey::Group(Some(CaseGroup::Group(g))) => format!("{} – {}", g.code(), g.label(lang)),
            RowKey::Group(Some(g)) => g.label(lang).into(),
            RowKey::SecondaryD => t(Tf::RSecondaryD),
            RowKey::Tag(tag) => format!("{} – {}", tag.code(), tag.label(lang)),
            RowKey::Age(Some(a)) => a.label(lang).into(),
            RowKey::Nationality(Some(n)) => t(match n {
                Nationality::Eu => Tf::RNationalityEu,
                Nationality::ThirdCountry => Tf::RNationalityThird,
                Nationality::German => Tf::RNationalityGerman,
            }),
            RowKey::Qualification(Some(q)) => q.label(lang).into(),
            RowKey::German(Some(g)) => g.label(lang).into(),
            RowKey::Employment(Some(e)) => e.label(lang).into(),
            RowKey::Age(None)
            | RowKey::Nationality(None)
            | RowKey::Qualification(None)
            | RowKey::German(None)
            | RowKey::Employment(None) => not_stated(),
            RowKey::Need(n) => format!("{} {}", n.code(), n.label(lang)),
            RowKey::NeedCount(n) if *n >= 4 => t(Tf::RNeedCountMore),
            RowKey::NeedCount(n) => n.to_string(),
            RowKey::Status(s) => s.label(lang).into(),
            RowKey::ProviderType(p) => p.label(lang).into(),
            RowKey::Offer { title, .. } => crate::safe_text::visible(title).into_owned(),
            RowKey::Outcome(o) => t(match o {
                Outcome::JobTaken => Tf::OutJob,
                Outcome::TrainingOrStudy => Tf::OutTraining,
                Outcome::RecognitionApplied => Tf::OutRecognitionApplied,
                Outcome::RecognitionGranted => Tf::OutRecognitionGranted,
                Outcome::LanguageCertificate => Tf::OutLanguageCertificate,
            }),
            RowKey::GoalAchieved => t(Tf::RGoalAchieved),
            RowKey::Overdue(b) => t(match b {
                OverdueBand::UpTo7 => Tf::ROverdue1to7,
                OverdueBand::UpTo30 => Tf::ROverdue8to30,
                OverdueBand::Over30 => Tf::ROverdueOver30,
            }),
            RowKey::Gap { need, town } => {
                let town = match town {
                    GapTown::Town(name) => crate::safe_text::visible(name).into_owned(),
                    GapTown::None => t(Tf::WholeRegion),
                    GapTown::Other => t(Tf::OtherTown),
                };
                format!("{} {} · {town}", need.code(), need.label(lang))
            }
        }
    }
}
