//! German and English labels of the domain's codes.

use super::Lang;
use crate::domain::*;

/// A code with a label in the UI language.
pub trait Label {
    fn label(&self, lang: Lang) -> &'static str;
}

macro_rules! labels {
    ($ty:ty { $($variant:path => $de:literal, $en:literal;)* }) => {
        impl Label for $ty {
            fn label(&self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $(($variant, Lang::De) => $de, ($variant, Lang::En) => $en,)*
                }
            }
        }
    };
}
// Shared with the sibling label files (labels_referral), so every enum's labels read alike.
pub(super) use labels;

labels!(Need {
    Need::Spr => "Deutsch lernen", "Learning German";
    Need::Arb => "Arbeit & Beruf", "Work & job search";
    Need::Woh => "Wohnen", "Housing";
    Need::Ane => "Anerkennung", "Recognition of qualifications";
    Need::Auf => "Aufenthalt & Einreise", "Residence & entry";
    Need::Arr => "Arbeitsrecht & faire Arbeit", "Labour rights";
    Need::Bil => "Ausbildung, Studium & Weiterbildung", "Training & study";
    Need::Kin => "Kinderbetreuung & Schule", "Childcare & school";
    Need::Fam => "Familie", "Family";
    Need::Ges => "Gesundheit", "Health";
    Need::Fin => "Finanzen & Sozialversicherung", "Money, tax & social security";
    Need::All => "Alltag & Behörden", "Everyday life & authorities";
    Need::Gem => "Freizeit & Netzwerk", "Leisure & networking";
    Need::Dis => "Schutz & Antidiskriminierung", "Protection & anti-discrimination";
});

labels!(SubNeed {
    SubNeed::IntegrationCourse => "Integrationskurs", "integration course";
    SubNeed::JobLanguageCourse => "Berufssprachkurs (DeuFöV)", "job-related language course (DeuFöV)";
    SubNeed::ProfessionalLanguage => "Fachsprache", "professional language";
    SubNeed::LanguageCafe => "Sprachcafé / Tandem", "language café / tandem";
    SubNeed::CourseWithChildcare => "Kurs mit Kinderbetreuung", "course with childcare";
    SubNeed::SelfPaidCourse => "Selbstzahlerkurs", "self-paid course";
    SubNeed::JobSearch => "Stellensuche", "job search";
    SubNeed::Applications => "Bewerbung", "applications";
    SubNeed::DualCareer => "Dual Career / Partner", "dual career / partner";
    SubNeed::SelfEmployment => "Selbstständigkeit", "self-employment";
    SubNeed::Mentoring => "Mentoring", "mentoring";
    SubNeed::UnemploymentBenefits => "Arbeitslosengeld / Bürgergeld", "unemployment benefits";
    SubNeed::EmployerSupport => "Arbeitgeberberatung", "employer support";
    SubNeed::HousingSearch => "Wohnungssuche", "housing search";
    SubNeed::SocialHousing => "Sozialwohnung (WBS)", "social housing (WBS)";
    SubNeed::HousingBenefit => "Wohngeld", "housing benefit";
    SubNeed::TenancyLaw => "Mietrecht", "tenancy law";
    SubNeed::RecognitionCounselling => "Anerkennungsberatung", "recognition counselling";
    SubNeed::RegulatedProfessions => "reglementierte Berufe", "regulated professions";
    SubNeed::NonRegulated => "nicht reglementierte Berufe (IHK/HWK)", "non-regulated professions (IHK/HWK)";
    SubNeed::UniversityDegrees => "Hochschulabschlüsse (ZAB)", "university degrees (ZAB)";
    SubNeed::AdaptationTest => "Anpassungslehrgang / Kenntnisprüfung", "adaptation course / knowledge test";
    SubNeed::RecognitionFunding => "Anerkennungszuschuss", "recognition funding";
    SubNeed::SchoolCertificates => "Schulabschlüsse", "school certificates";
    SubNeed::Visa => "Visum", "visa";
    SubNeed::Permit => "Aufenthaltstitel", "residence permit";
    SubNeed::ChangeOfPurpose => "Zweckwechsel", "change of purpose";
    SubNeed::JobSeekerPermit => "Arbeitsplatzsuche (§20, §20a)", "job-seeker permits";
    SubNeed::Settlement => "Niederlassung / Einbürgerung", "settlement / naturalisation";
    SubNeed::EuFreeMovement => "EU-Freizügigkeit", "EU free movement";
    SubNeed::LegalAdvice => "Rechtsberatung", "legal advice";
    SubNeed::FastTrack => "beschleunigtes Fachkräfteverfahren", "fast-track procedure";
    SubNeed::Wages => "Lohn", "wages";
    SubNeed::ContractDismissal => "Vertrag / Kündigung", "contract / dismissal";
    SubNeed::Exploitation => "Ausbeutung", "exploitation";
    SubNeed::Apprenticeship => "Ausbildung", "apprenticeship";
    SubNeed::University => "Studium", "university";
    SubNeed::FurtherTraining => "Weiterbildung", "further training";
    SubNeed::Youth => "Jugend 12–27", "youth 12–27";
    SubNeed::Kita => "Kita", "day care (Kita)";
    SubNeed::School => "Schule / Vorbereitungsklasse", "school / preparatory class";
    SubNeed::AfterSchool => "Hort / Nachmittagsbetreuung", "after-school care";
    SubNeed::FamilyReunification => "Familiennachzug", "family reunification";
    SubNeed::FamilyBenefits => "Familienleistungen", "family benefits";
    SubNeed::FamilyCounselling => "Familienberatung", "family counselling";
    SubNeed::HealthInsurance => "Krankenversicherung", "health insurance";
    SubNeed::DoctorSearch => "Arztsuche", "finding a doctor";
    SubNeed::Psychosocial => "psychosoziale Unterstützung", "psychosocial support";
    SubNeed::BankAccount => "Bankkonto", "bank account";
    SubNeed::Tax => "Steuern", "tax";
    SubNeed::Pension => "Rente", "pension";
    SubNeed::Debt => "Schulden", "debt";
    SubNeed::Orientation => "Orientierung", "orientation";
    SubNeed::AddressRegistration => "Wohnsitzanmeldung", "address registration";
    SubNeed::DrivingLicence => "Führerschein", "driving licence";
    SubNeed::Interpreting => "Sprachmittlung / Begleitung", "interpreting / accompaniment";
    SubNeed::Networking => "Netzwerk", "networking";
    SubNeed::Buddies => "Patenschaften", "buddies";
    SubNeed::Clubs => "Vereine", "clubs";
    SubNeed::Communities => "Communities", "migrant communities";
    SubNeed::Volunteering => "Ehrenamt", "volunteering";
    SubNeed::Discrimination => "Diskriminierung", "discrimination";
    SubNeed::Violence => "Gewalt", "violence";
});

labels!(TargetGroup {
    TargetGroup::A => "neueingewanderte Fachkräfte", "newly immigrated skilled workers";
    TargetGroup::B => "mitgereiste Familienangehörige", "accompanying family members";
    TargetGroup::C => "Studierende/Auszubildende nach Abschluss", "students and trainees after graduation";
    TargetGroup::D => "Fachkräfte mit Arbeitsmarkthemmnissen", "skilled workers facing barriers";
});

labels!(GroupTag {
    GroupTag::Ref => "Geflüchtete", "refugees";
    GroupTag::Eu => "EU-Bürger:innen", "EU citizens";
    GroupTag::Emp => "Arbeitgeber", "employers";
});

labels!(ResidenceBasis {
    ResidenceBasis::Abroad => "noch im Ausland", "still abroad";
    ResidenceBasis::Eu => "EU-Freizügigkeit", "EU free movement";
    ResidenceBasis::Emp => "Erwerbstätigkeit (§§18a–21)", "employment (§§18a–21)";
    ResidenceBasis::JobSeek => "Arbeitsplatzsuche / Chancenkarte (§20a)", "job search / opportunity card (§20a)";
    ResidenceBasis::Study => "Studium / Ausbildung", "study / training";
    ResidenceBasis::Recog => "Anerkennungsmaßnahme (§16d)", "recognition measure (§16d)";
    ResidenceBasis::Fam => "Familiennachzug (§§27–36)", "family reunification (§§27–36)";
    ResidenceBasis::Hum => "humanitär (§§22–26)", "humanitarian (§§22–26)";
    ResidenceBasis::Asyl => "Asylverfahren", "asylum procedure";
    ResidenceBasis::Duld => "Duldung", "toleration (Duldung)";
    ResidenceBasis::Perm => "Niederlassungserlaubnis", "permanent residence";
    ResidenceBasis::De => "deutsche Staatsangehörigkeit", "German citizen";
    ResidenceBasis::PostStudy => "Arbeitsplatzsuche nach Abschluss in DE (§20)", "job search after a German degree (§20)";
});

labels!(GermanLevel {
    GermanLevel::None => "keine Deutschkenntnisse", "no German";
    GermanLevel::A1 => "A1", "A1";
    GermanLevel::A2 => "A2", "A2";
    GermanLevel::B1 => "B1", "B1";
    GermanLevel::B2 => "B2", "B2";
    GermanLevel::C1 => "C1", "C1";
    GermanLevel::C2 => "C2", "C2";
});

labels!(ProviderType {
    ProviderType::Municipality => "Kommune", "municipality";
    ProviderType::ImmigrationOffice => "Ausländerbehörde", "immigration office";
    ProviderType::EmploymentAgency => "Arbeitsagentur / Jobcenter", "employment agency / job centre";
    ProviderType::Chamber => "Kammer", "chamber";
    ProviderType::Counselling => "Beratungsstelle", "counselling service";
    ProviderType::LanguageSchool => "Sprachkursträger", "language school";
    ProviderType::Education => "Bildungseinrichtung", "education";
    ProviderType::Health => "Gesundheit", "health";
    ProviderType::MigrantOrganisation => "Migrantenorganisation", "migrant organisation";
    ProviderType::Volunteer => "Ehrenamt", "volunteers";
    ProviderType::WelcomeCenter => "Welcome Center", "welcome centre";
    ProviderType::Other => "Sonstige", "other";
    ProviderType::Authority => "Landes-/Bundesbehörde", "state/federal authority";
});

labels!(ServiceArea {
    ServiceArea::City => "nur Stadt", "city only";
    ServiceArea::District => "ganzer Landkreis", "whole district";
    ServiceArea::State => "landesweit", "state-wide";
    ServiceArea::Nationwide => "bundesweit", "nationwide";
    ServiceArea::Online => "online", "online";
});

labels!(AppointmentMode {
    AppointmentMode::Required => "Termin erforderlich", "appointment required";
    AppointmentMode::Recommended => "Termin empfohlen", "appointment recommended";
    AppointmentMode::WalkIn => "ohne Termin", "walk-in";
    AppointmentMode::Unknown => "Terminart unbekannt", "appointment mode unknown";
});

labels!(Channel {
    Channel::Phone => "Telefon", "phone";
    Channel::Email => "E-Mail", "e-mail";
    Channel::OnSite => "vor Ort", "on site";
    Channel::Video => "Video", "video";
});

labels!(Cost {
    Cost::Free => "kostenlos", "free";
    Cost::Fee => "kostenpflichtig", "fee";
    Cost::Unknown => "Kosten unbekannt", "cost unknown";
});

labels!(OfferStatus {
    OfferStatus::Active => "aktiv", "active";
    OfferStatus::TemporarilyClosed => "vorübergehend geschlossen", "temporarily closed";
    OfferStatus::Inactive => "inaktiv", "inactive";
});

/// Name of an ISO 639-1 language in the UI language; the code itself when unknown.
pub fn language_name(code: &LangCode, lang: Lang) -> String {
    const NAMES: &[(&str, &str, &str)] = &[
        ("de", "Deutsch", "German"),
        ("en", "Englisch", "English"),
        ("ar", "Arabisch", "Arabic"),
        ("tr", "Türkisch", "Turkish"),
        ("uk", "Ukrainisch", "Ukrainian"),
        ("ru", "Russisch", "Russian"),
        ("fa", "Persisch", "Persian"),
        ("ps", "Paschtu", "Pashto"),
        ("ku", "Kurdisch", "Kurdish"),
        ("pl", "Polnisch", "Polish"),
        ("ro", "Rumänisch", "Romanian"),
        ("bg", "Bulgarisch", "Bulgarian"),
        ("fr", "Französisch", "French"),
        ("es", "Spanisch", "Spanish"),
        ("it", "Italienisch", "Italian"),
        ("pt", "Portugiesisch", "Portuguese"),
        ("el", "Griechisch", "Greek"),
        ("hr", "Kroatisch", "Croatian"),
        ("sr", "Serbisch", "Serbian"),
        ("sq", "Albanisch", "Albanian"),
        ("ti", "Tigrinya", "Tigrinya"),
        ("so", "Somali", "Somali"),
        ("vi", "Vietnamesisch", "Vietnamese"),
        ("zh", "Chinesisch", "Chinese"),
        ("hi", "Hindi", "Hindi"),
        ("ur", "Urdu", "Urdu"),
        ("ta", "Tamil", "Tamil"),
        ("tl", "Tagalog", "Tagalog"),
        ("id", "Indonesisch", "Indonesian"),
        ("ja", "Japanisch", "Japanese"),
        ("ko", "Koreanisch", "Korean"),
        ("hu", "Ungarisch", "Hungarian"),
        ("cs", "Tschechisch", "Czech"),
        ("nl", "Niederländisch", "Dutch"),
    ];
    NAMES
        .iter()
        .find(|(c, _, _)| *c == code.as_str())
        .map(|(_, de, en)| lang.pick(de, en).to_string())
        .unwrap_or_else(|| code.as_str().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_need_and_sub_need_has_two_labels() {
        for n in Need::ALL {
            assert_ne!(n.label(Lang::De), n.label(Lang::En));
        }
        for s in SubNeed::ALL {
            assert!(!s.label(Lang::De).is_empty() && !s.label(Lang::En).is_empty());
        }
    }

    #[test]
    fn language_names() {
        let ar = LangCode::parse("ar").unwrap();
        assert_eq!(language_name(&ar, Lang::De), "Arabisch");
        assert_eq!(language_name(&ar, Lang::En), "Arabic");
        assert_eq!(language_name(&LangCode::parse("xx").unwrap(), Lang::De), "xx");
    }
}
