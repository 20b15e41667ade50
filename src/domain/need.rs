//! The need taxonomy (Bedarfe): 14 codes and their sub-needs, as in docs/domain.md.
//! Labels in German and English live in the i18n catalogue; here only codes and structure.

use crate::domain::code_list::code_list;
use serde::{Deserialize, Serialize};

code_list! {
    /// One of the 14 needs. The order is the table's order in docs/domain.md; the first four are the
    /// ones counsellors reach for most. Stored by variant index: append new variants at the end.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum Need {
        Spr,
        Arb,
        Woh,
        Ane,
        Auf,
        Arr,
        Bil,
        Kin,
        Fam,
        Ges,
        Fin,
        All,
        Gem,
        Dis,
    }
}

impl Need {
    /// The four needs with the fastest keys.
    pub const TOP: [Need; 4] = [Need::Spr, Need::Arb, Need::Woh, Need::Ane];

    pub fn code(self) -> &'static str {
        match self {
            Need::Spr => "SPR",
            Need::Arb => "ARB",
            Need::Woh => "WOH",
            Need::Ane => "ANE",
            Need::Auf => "AUF",
            Need::Arr => "ARR",
            Need::Bil => "BIL",
            Need::Kin => "KIN",
            Need::Fam => "FAM",
            Need::Ges => "GES",
            Need::Fin => "FIN",
            Need::All => "ALL",
            Need::Gem => "GEM",
            Need::Dis => "DIS",
        }
    }

    /// Parses a code, case-insensitively ("spr", "SPR").
    pub fn from_code(code: &str) -> Option<Need> {
        let code = code.trim();
        Need::ALL.into_iter().find(|n| n.code().eq_ignore_ascii_case(code))
    }

    pub fn sub_needs(self) -> impl Iterator<Item = SubNeed> {
        SubNeed::ALL.iter().copied().filter(move |s| s.need() == self)
    }
}

macro_rules! sub_needs {
    ($($variant:ident => $need:ident, $code:literal;)*) => {
        /// A sub-need; each belongs to exactly one [`Need`]. Stored by variant index: append only.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum SubNeed { $($variant,)* }

        impl SubNeed {
            pub const ALL: &'static [SubNeed] = &[$(SubNeed::$variant,)*];

            pub fn need(self) -> Need {
                match self { $(SubNeed::$variant => Need::$need,)* }
            }

            /// Stable code such as `SPR.IK`, used in files.
            pub fn code(self) -> &'static str {
                match self { $(SubNeed::$variant => $code,)* }
            }
        }
    };
}

sub_needs! {
    IntegrationCourse => Spr, "SPR.IK";
    JobLanguageCourse => Spr, "SPR.BSK";
    ProfessionalLanguage => Spr, "SPR.FACH";
    LanguageCafe => Spr, "SPR.CAFE";
    CourseWithChildcare => Spr, "SPR.KIBE";
    SelfPaidCourse => Spr, "SPR.SELBST";
    JobSearch => Arb, "ARB.SUCHE";
    Applications => Arb, "ARB.BEWERB";
    DualCareer => Arb, "ARB.PARTNER";
    SelfEmployment => Arb, "ARB.GRUEND";
    Mentoring => Arb, "ARB.MENTOR";
    UnemploymentBenefits => Arb, "ARB.LEIST";
    EmployerSupport => Arb, "ARB.AG";
    HousingSearch => Woh, "WOH.SUCHE";
    SocialHousing => Woh, "WOH.WBS";
    HousingBenefit => Woh, "WOH.WOGELD";
    TenancyLaw => Woh, "WOH.MIETR";
    RecognitionCounselling => Ane, "ANE.BERAT";
    RegulatedProfessions => Ane, "ANE.REGL";
    NonRegulated => Ane, "ANE.KAMMER";
    UniversityDegrees => Ane, "ANE.ZAB";
    AdaptationTest => Ane, "ANE.ANPASS";
    RecognitionFunding => Ane, "ANE.FOERD";
    SchoolCertificates => Ane, "ANE.SCHUL";
    Visa => Auf, "AUF.VISUM";
    Permit => Auf, "AUF.TITEL";
    ChangeOfPurpose => Auf, "AUF.ZWECK";
    JobSeekerPermit => Auf, "AUF.SUCHE";
    Settlement => Auf, "AUF.NIEDER";
    EuFreeMovement => Auf, "AUF.EU";
    LegalAdvice => Auf, "AUF.RECHT";
    FastTrack => Auf, "AUF.BESCHL";
    Wages => Arr, "ARR.LOHN";
    ContractDismissal => Arr, "ARR.VERTRAG";
    Exploitation => Arr, "ARR.AUSBEUT";
    Apprenticeship => Bil, "BIL.AUSB";
    University => Bil, "BIL.STUD";
    FurtherTraining => Bil, "BIL.WEITER";
    Youth => Bil, "BIL.JUGEND";
    Kita => Kin, "KIN.KITA";
    School => Kin, "KIN.SCHULE";
    AfterSchool => Kin, "KIN.HORT";
    FamilyReunification => Fam, "FAM.NACHZUG";
    FamilyBenefits => Fam, "FAM.LEIST";
    FamilyCounselling => Fam, "FAM.BERAT";
    HealthInsurance => Ges, "GES.KV";
    DoctorSearch => Ges, "GES.ARZT";
    Psychosocial => Ges, "GES.PSYCH";
    BankAccount => Fin, "FIN.KONTO";
    Tax => Fin, "FIN.STEUER";
    Pension => Fin, "FIN.RENTE";
    Debt => Fin, "FIN.SCHULD";
    Orientation => All, "ALL.ORIENT";
    AddressRegistration => All, "ALL.MELDE";
    DrivingLicence => All, "ALL.FUEHR";
    Interpreting => All, "ALL.DOLM";
    Networking => Gem, "GEM.NETZ";
    Buddies => Gem, "GEM.PATEN";
    Clubs => Gem, "GEM.VEREIN";
    Communities => Gem, "GEM.COMMUN";
    Volunteering => Gem, "GEM.EHREN";
    Discrimination => Dis, "DIS.DISKR";
    Violence => Dis, "DIS.GEWALT";
}

impl SubNeed {
    pub fn from_code(code: &str) -> Option<SubNeed> {
        let code = code.trim();
        SubNeed::ALL.iter().copied().find(|s| s.code().eq_ignore_ascii_case(code))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fourteen_needs_with_unique_codes() {
        let mut codes: Vec<_> = Need::ALL.iter().map(|n| n.code()).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), 14);
        for n in Need::ALL {
            assert_eq!(Need::from_code(&n.code().to_lowercase()), Some(n));
        }
        assert_eq!(Need::from_code("XYZ"), None);
    }

    #[test]
    fn every_need_has_sub_needs_and_codes_are_unique_and_prefixed() {
        for n in Need::ALL {
            assert!(n.sub_needs().count() >= 2, "{n:?} has too few sub-needs");
        }
        let mut codes: Vec<_> = SubNeed::ALL.iter().map(|s| s.code()).collect();
        let len = codes.len();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), len);
        for s in SubNeed::ALL {
            assert!(s.code().starts_with(s.need().code()));
            assert_eq!(SubNeed::from_code(s.code()), Some(*s));
        }
    }
}
