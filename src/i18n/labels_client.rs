//! German and English labels of the intake's codes, and the trace of the target-group rules as
//! a line of text ("R4: Fachkraft ✔ · 3 Monate ✔ · §20a ✔").

use super::Lang;
use super::labels::{Label, labels};
use crate::domain::client::*;
use crate::domain::group::CaseGroup;
use crate::domain::residence::ResidenceBasis;
use crate::domain::rules::{BarrierSource, Fact, FactKind, FactValue, RuleCheck};

labels!(ContactChannel {
    ContactChannel::Phone => "Telefon", "phone";
    ContactChannel::Email => "E-Mail", "e-mail";
    ContactChannel::OnSite => "vor Ort", "on site";
    ContactChannel::Video => "Video", "video";
    ContactChannel::LetterOrOther => "Brief / sonstiges", "letter / other";
});

labels!(Caller {
    Caller::Client => "Ratsuchende/r selbst", "the client";
    Caller::FamilyMember => "Familienangehörige/r", "family member";
    Caller::EmployerHiring => "Arbeitgeber – Personalgewinnung", "employer – hiring";
    Caller::EmployerForPerson => "Arbeitgeber – für Beschäftigte/n", "employer – for an employee";
    Caller::Professional => "andere Fachstelle", "professional (other service)";
});

labels!(ConsentForm {
    ConsentForm::Written => "schriftlich", "written";
    ConsentForm::Verbal => "mündlich", "verbal";
});

labels!(Purpose {
    Purpose::Storage => "Speicherung", "storage";
    Purpose::FollowUp => "Kontakt zur Wiedervorlage", "follow-up contact";
    Purpose::Partners => "Weitergabe an Partner", "passing to partners";
    Purpose::Statistics => "anonyme Statistik", "anonymous statistics";
    Purpose::Health => "Gesundheitsdaten (H6)", "health data (H6)";
});

impl Label for Answer {
    fn label(&self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Answer::Given(ConsentForm::Written), Lang::De) => "schriftlich erteilt",
            (Answer::Given(ConsentForm::Written), Lang::En) => "given in writing",
            (Answer::Given(ConsentForm::Verbal), Lang::De) => "mündlich erteilt",
            (Answer::Given(ConsentForm::Verbal), Lang::En) => "given verbally",
            (Answer::Refused, Lang::De) => "verweigert",
            (Answer::Refused, Lang::En) => "refused",
            (Answer::Withdrawn, Lang::De) => "widerrufen",
            (Answer::Withdrawn, Lang::En) => "withdrawn",
        }
    }
}

labels!(FollowUpKind {
    FollowUpKind::CallPerson => "Person anrufen", "call the person";
    FollowUpKind::CheckWithProvider => "nur beim Anbieter nachfragen", "only check with the provider";
});

labels!(CompanySize {
    CompanySize::Micro => "1–9 Beschäftigte", "1–9 staff";
    CompanySize::Small => "10–49 Beschäftigte", "10–49 staff";
    CompanySize::Medium => "50–249 Beschäftigte", "50–249 staff";
    CompanySize::Large => "250 und mehr", "250 and more";
});

labels!(AgeBand {
    AgeBand::Under18 => "unter 18", "under 18";
    AgeBand::From18To26 => "18–26", "18–26";
    AgeBand::From27To29 => "27–29", "27–29";
    AgeBand::From30To54 => "30–54", "30–54";
    AgeBand::From55 => "55 und älter", "55 and over";
});

labels!(Evidence {
    Evidence::SelfAssessed => "Selbsteinschätzung", "self-assessed";
    Evidence::Certificate => "Zertifikat", "certificate";
});

labels!(QualificationLevel {
    QualificationLevel::NoFormal => "kein Abschluss", "no formal qualification";
    QualificationLevel::School => "Schulabschluss", "school certificate";
    QualificationLevel::Vocational => "Berufsausbildung (mind. 2 Jahre)", "vocational training (2 years or more)";
    QualificationLevel::Academic => "Hochschulabschluss", "university degree";
});

labels!(Regulated {
    Regulated::Yes => "reglementiert", "regulated";
    Regulated::No => "nicht reglementiert", "not regulated";
    Regulated::Unclear => "noch zu klären", "to be clarified";
});

labels!(RecognitionStatus {
    RecognitionStatus::NotNeeded => "nicht erforderlich", "not needed";
    RecognitionStatus::NotStarted => "nicht begonnen", "not started";
    RecognitionStatus::Applied => "beantragt", "applied for";
    RecognitionStatus::Full => "voll anerkannt", "fully recognised";
    RecognitionStatus::Partial => "teilweise anerkannt", "partially recognised";
    RecognitionStatus::Rejected => "abgelehnt", "rejected";
    RecognitionStatus::ZabStatement => "ZAB-Zeugnisbewertung", "ZAB statement of comparability";
    RecognitionStatus::AdaptationRunning => "Anpassungsmaßnahme läuft", "adaptation measure running";
});

labels!(EmploymentStatus {
    EmploymentStatus::Employed => "beschäftigt", "employed";
    EmploymentStatus::EmployedBelowQualification => "unterhalb der Qualifikation beschäftigt", "employed below qualification";
    EmploymentStatus::SelfEmployed => "selbstständig", "self-employed";
    EmploymentStatus::Unemployed => "ohne Arbeit", "without work";
    EmploymentStatus::InTrainingOrStudy => "in Ausbildung / Studium", "in training or study";
    EmploymentStatus::NoWorkPermit => "ohne Arbeitserlaubnis", "not permitted to work";
    EmploymentStatus::NotWorking => "nicht erwerbstätig (z. B. Elternzeit)", "not working (e.g. parental leave)";
});

// Without the thresholds: those live in `rules` and would go stale here.
labels!(Barrier {
    Barrier::H1 => "lange ohne Arbeit trotz Arbeitswunsch", "long without work though wanting to work";
    Barrier::H2 => "lange unterhalb der Qualifikation beschäftigt", "long employed below qualification";
    Barrier::H3 => "Anerkennung blockiert", "recognition blocked";
    Barrier::H4 => "wenig Deutsch trotz längerem Aufenthalt", "little German despite a longer stay";
    Barrier::H5 => "Sorgearbeit schränkt Verfügbarkeit ein", "care duties limit availability";
    Barrier::H6 => "Gesundheit / Behinderung", "health / disability";
    Barrier::H7 => "Diskriminierung im Arbeitsleben", "discrimination in working life";
    Barrier::H8 => "unsicherer Aufenthalt (Gestattung, Duldung)", "insecure status (asylum procedure, Duldung)";
});

labels!(Urgency {
    Urgency::Normal => "normal", "normal";
    Urgency::Urgent => "dringend", "urgent";
});

labels!(BarrierSource {
    BarrierSource::Recorded => "erfasst", "recorded";
    BarrierSource::Derived => "abgeleitet", "derived";
});

labels!(FactKind {
    FactKind::EmployerHiring => "Arbeitgeber: Personalgewinnung", "employer: hiring";
    FactKind::GermanQualification => "Abschluss in DE", "German qualification";
    FactKind::CompletedInWindow => "Abschlussdatum", "completion date";
    FactKind::PostStudyJobSearch => "§20", "§20";
    FactKind::FinalTerm => "letztes Semester", "final term";
    FactKind::FamilyReunification => "Familiennachzug", "family reunification";
    FactKind::AnchorWorksOrStudies => "Bezugsperson arbeitet/studiert", "anchor person works/studies";
    FactKind::NewlyArrived => "Einreise", "arrival";
    FactKind::SkilledWorker => "Fachkraft", "skilled worker";
    FactKind::Barriers => "Hemmnis", "barrier";
    FactKind::QualifyingBasis => "Aufenthalt", "residence";
    FactKind::Refugee => "REF", "REF";
    FactKind::EuCitizen => "EU", "EU";
});

impl Label for CaseGroup {
    fn label(&self, lang: Lang) -> &'static str {
        match self {
            CaseGroup::Group(g) => g.label(lang),
            CaseGroup::Emp => lang.pick("Arbeitgeberkontakt", "employer contact"),
            CaseGroup::NotAssigned => lang.pick("nicht zugeordnet", "not assigned"),
        }
    }
}

impl Label for Place {
    fn label(&self, lang: Lang) -> &'static str {
        match self {
            Place::InRegion { .. } => lang.pick("in der Region", "in the region"),
            Place::ElsewhereInGermany => lang.pick("anderswo in Deutschland", "elsewhere in Germany"),
            Place::Abroad => lang.pick("im Ausland", "abroad"),
        }
    }
}

impl Label for ObtainedIn {
    fn label(&self, lang: Lang) -> &'static str {
        match self {
            ObtainedIn::Germany => lang.pick("in Deutschland", "in Germany"),
            ObtainedIn::Abroad { .. } => lang.pick("im Ausland", "abroad"),
        }
    }
}

impl Label for Arrival {
    fn label(&self, lang: Lang) -> &'static str {
        match self {
            Arrival::Month(_) => lang.pick("eingereist", "arrived"),
            Arrival::NotYetArrived => lang.pick("noch nicht eingereist", "not yet arrived"),
        }
    }
}

/// "keine Angabe": how an unanswered question reads.
pub fn no_answer(lang: Lang) -> &'static str {
    lang.pick("keine Angabe", "not stated")
}

/// The label of an answer, or "keine Angabe" when there is none.
pub fn answer_label<T: Label>(answer: Option<&T>, lang: Lang) -> &'static str {
    answer.map_or_else(|| no_answer(lang), |a| a.label(lang))
}

/// A residence basis as short as the trace needs it, mostly its paragraph.
pub fn basis_short(basis: ResidenceBasis, lang: Lang) -> &'static str {
    match basis {
        ResidenceBasis::Abroad => lang.pick("im Ausland", "abroad"),
        ResidenceBasis::Eu => lang.pick("EU-Freizügigkeit", "EU free movement"),
        ResidenceBasis::Emp => "§§18a–21",
        ResidenceBasis::JobSeek => "§20a",
        ResidenceBasis::PostStudy => "§20",
        ResidenceBasis::Study => "§§16a/16b",
        ResidenceBasis::Recog => "§16d",
        ResidenceBasis::Fam => "§§27–36",
        ResidenceBasis::Hum => "§§22–26",
        ResidenceBasis::Asyl => lang.pick("Gestattung", "asylum procedure"),
        ResidenceBasis::Duld => "Duldung",
        ResidenceBasis::Perm => lang.pick("Niederlassung", "settlement permit"),
        ResidenceBasis::De => lang.pick("deutsch", "German"),
    }
}

/// One checked rule as a line: "R4: Fachkraft ✔ · 3 Monate ✔ · §20a ✔".
pub fn trace_line(check: &RuleCheck, lang: Lang) -> String {
    let facts: Vec<String> = check
        .facts
        .iter()
        .map(|f| format!("{} {}", fact_text(f, lang), if f.held { "✔" } else { "✘" }))
        .collect();
    format!("{}: {}", check.rule.code(), facts.join(" · "))
}

/// A fact shows its value where the value says more than the fact's name ("3 Monate" rather
/// than "Einreise"), and its name otherwise.
fn fact_text(fact: &Fact, lang: Lang) -> String {
    let name = fact.kind.label(lang);
    match (fact.kind, &fact.value) {
        (_, FactValue::Missing) => format!("{name} ({})", lang.pick("k. A.", "not stated")),
        (FactKind::NewlyArrived, FactValue::Months(m)) => months(*m, lang),
        (_, FactValue::StillAbroad) => lang.pick("noch im Ausland", "still abroad").to_string(),
        (FactKind::CompletedInWindow, FactValue::Months(m)) => completed_ago(*m, lang),
        (FactKind::CompletedInWindow, FactValue::NotYet) => {
            lang.pick("Abschluss steht aus", "not finished yet").to_string()
        }
        (FactKind::QualifyingBasis, FactValue::Basis(b)) => basis_short(*b, lang).to_string(),
        (FactKind::FamilyReunification, FactValue::Basis(ResidenceBasis::Eu)) => {
            lang.pick("EU-Familienangehörige", "EU family member").to_string()
        }
        (FactKind::Barriers, FactValue::Barriers(list)) if !list.is_empty() => {
            let codes: Vec<&str> = list.iter().map(|b| b.code()).collect();
            format!("{name} {}", codes.join(", "))
        }
        (FactKind::Barriers, _) => lang.pick("kein Hemmnis", "no barrier").to_string(),
        (FactKind::EuCitizen, FactValue::Country(cc)) => format!("{name} ({cc})"),
        _ => name.to_string(),
    }
}

fn months(m: i32, lang: Lang) -> String {
    match (m, lang) {
        (1, Lang::De) => "1 Monat".into(),
        (1, Lang::En) => "1 month".into(),
        (m, Lang::De) => format!("{m} Monate"),
        (m, Lang::En) => format!("{m} months"),
    }
}

fn completed_ago(m: i32, lang: Lang) -> String {
    match (m, lang) {
        (..1, Lang::De) => "Abschluss vor < 1 Monat".into(),
        (..1, Lang::En) => "finished < 1 month ago".into(),
        (1, Lang::De) => "Abschluss vor 1 Monat".into(),
        (1, Lang::En) => "finished 1 month ago".into(),
        (m, Lang::De) => format!("Abschluss vor {m} Monaten"),
        (m, Lang::En) => format!("finished {m} months ago"),
    }
}

/// Why an offer does not fit the current client, as a short phrase.
pub fn mismatch_text(m: &crate::domain::eligibility::Mismatch, lang: Lang) -> String {
    use crate::domain::eligibility::Mismatch;
    use crate::i18n::Ti;
    match m {
        Mismatch::Group(g) => lang.f(Ti::EligibilityGroup, &[&g.code()]),
        Mismatch::TooYoung { min } => lang.f(Ti::EligibilityTooYoung, &[min]),
        Mismatch::TooOld { max } => lang.f(Ti::EligibilityTooOld, &[max]),
        Mismatch::German { min } => lang.f(Ti::EligibilityGerman, &[&min.label(lang)]),
        Mismatch::Residence(r) => lang.f(Ti::EligibilityResidence, &[&basis_short(*r, lang)]),
        Mismatch::Town => lang.t(crate::i18n::Tl::EligibilityTown).to_string(),
        Mismatch::EmployersOnly => lang.t(crate::i18n::Tl::EligibilityEmployersOnly).to_string(),
        Mismatch::PersonsOnly => lang.t(crate::i18n::Tl::EligibilityPersonsOnly).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::{Date, YearMonth};
    use crate::domain::rules::{RuleId, assign};

    fn both_languages<T: Label + std::fmt::Debug>(values: &[T]) {
        for v in values {
            for lang in [Lang::De, Lang::En] {
                assert!(!v.label(lang).trim().is_empty(), "{v:?} has no {lang:?} label");
            }
        }
    }

    #[test]
    fn every_new_code_has_german_and_english_labels() {
        both_languages(&ContactChannel::ALL);
        both_languages(&Caller::ALL);
        both_languages(&ConsentForm::ALL);
        both_languages(&Purpose::ALL);
        both_languages(&[
            Answer::Given(ConsentForm::Written),
            Answer::Given(ConsentForm::Verbal),
            Answer::Refused,
            Answer::Withdrawn,
        ]);
        both_languages(&FollowUpKind::ALL);
        both_languages(&CompanySize::ALL);
        both_languages(&AgeBand::ALL);
        both_languages(&Evidence::ALL);
        both_languages(&QualificationLevel::ALL);
        both_languages(&Regulated::ALL);
        both_languages(&RecognitionStatus::ALL);
        both_languages(&EmploymentStatus::ALL);
        both_languages(&Barrier::ALL);
        both_languages(&Urgency::ALL);
        both_languages(&CaseGroup::ALL);
        both_languages(&[BarrierSource::Recorded, BarrierSource::Derived]);
        both_languages(&[Place::InRegion { town: None }, Place::ElsewhereInGermany, Place::Abroad]);
        both_languages(&[ObtainedIn::Germany, ObtainedIn::Abroad { country: None }]);
        both_languages(&[Arrival::Month(YearMonth { year: 2025, month: 1 }), Arrival::NotYetArrived]);
        for b in ResidenceBasis::ALL {
            assert!(!basis_short(b, Lang::De).is_empty() && !basis_short(b, Lang::En).is_empty());
        }
    }

    #[test]
    fn case_groups_read_as_groups_employer_or_not_assigned() {
        assert_eq!(
            CaseGroup::Group(crate::domain::TargetGroup::A).label(Lang::De),
            "neueingewanderte Fachkräfte"
        );
        assert_eq!(CaseGroup::Emp.label(Lang::En), "employer contact");
        assert_eq!(CaseGroup::NotAssigned.label(Lang::De), "nicht zugeordnet");
        let codes: Vec<&str> = CaseGroup::ALL.iter().map(|g| g.code()).collect();
        assert_eq!(codes, ["A", "B", "C", "D", "EMP", "-"]);
        assert_eq!(answer_label::<Urgency>(None, Lang::De), "keine Angabe");
        assert_eq!(answer_label(Some(&Urgency::Urgent), Lang::En), "urgent");
    }

    fn day(y: i32, m: u32, d: u32) -> Date {
        Date::from_ymd(y, m, d).unwrap()
    }

    /// The example of docs/domain.md: a Fachkraft on §20a who arrived three months ago.
    #[test]
    fn r4_trace_line_in_both_languages() {
        let today = day(2026, 5, 10);
        let mut c = Client::new(1, FirstContact::new(today, ContactChannel::Phone));
        c.qualification.level = Some(QualificationLevel::Vocational);
        c.stay.arrival = Some(Arrival::Month(YearMonth { year: 2026, month: 2 }));
        c.stay.basis = Some(ResidenceBasis::JobSeek);
        let a = assign(&c, today);
        let fired = a.fired().unwrap();
        assert_eq!(fired.rule, RuleId::R4);
        assert_eq!(trace_line(fired, Lang::De), "R4: Fachkraft ✔ · 3 Monate ✔ · §20a ✔");
        assert_eq!(trace_line(fired, Lang::En), "R4: skilled worker ✔ · 3 months ✔ · §20a ✔");
    }

    #[test]
    fn failed_and_unanswered_facts_read_as_such() {
        let today = day(2026, 5, 10);
        let mut c = Client::new(1, FirstContact::new(today, ContactChannel::Phone));
        c.qualification.level = Some(QualificationLevel::Academic);
        c.qualification.obtained_in = Some(ObtainedIn::Germany);
        c.qualification.completed = Some(day(2026, 4, 1));
        c.stay.basis = Some(ResidenceBasis::Study);
        c.person.nationality = CountryCode::parse("ES");
        let a = assign(&c, today);
        let r1 = &a.trace[0];
        assert_eq!(
            trace_line(r1, Lang::De),
            "R1: Abschluss in DE ✔ · Abschluss vor 1 Monat ✔ · §20 ✘ · letztes Semester (k. A.) ✘"
        );
        assert_eq!(
            trace_line(r1, Lang::En),
            "R1: German qualification ✔ · finished 1 month ago ✔ · §20 ✘ · final term (not stated) ✘"
        );

        // Nothing answered but the nationality: everything fails, R5 gives the EU tag.
        let mut c = Client::new(2, FirstContact::new(today, ContactChannel::Phone));
        c.person.nationality = CountryCode::parse("ES");
        let a = assign(&c, today);
        let lines: Vec<String> = a.trace.iter().map(|r| trace_line(r, Lang::De)).collect();
        assert_eq!(
            lines,
            [
                "R1: Abschluss in DE (k. A.) ✘ · Abschlussdatum (k. A.) ✘ · §20 (k. A.) ✘ · letztes Semester (k. A.) ✘",
                "R2: Familiennachzug (k. A.) ✘ · Bezugsperson arbeitet/studiert (k. A.) ✘ · Einreise (k. A.) ✘",
                "R3: Fachkraft (k. A.) ✘ · kein Hemmnis ✘",
                "R4: Fachkraft (k. A.) ✘ · Einreise (k. A.) ✘ · Aufenthalt (k. A.) ✘",
                "R5: REF (k. A.) ✘ · EU (ES) ✔",
            ]
        );
    }

    #[test]
    fn barriers_and_employer_lines() {
        let today = day(2026, 5, 10);
        let mut c = Client::new(1, FirstContact::new(today, ContactChannel::Phone));
        c.qualification.level = Some(QualificationLevel::Academic);
        c.barriers = vec![Barrier::H7, Barrier::H3];
        let a = assign(&c, today);
        assert_eq!(trace_line(a.fired().unwrap(), Lang::De), "R3: Fachkraft ✔ · Hemmnis H3, H7 ✔");
        assert_eq!(trace_line(a.fired().unwrap(), Lang::En), "R3: skilled worker ✔ · barrier H3, H7 ✔");

        c.contact.caller = Caller::EmployerHiring;
        let a = assign(&c, today);
        assert_eq!(trace_line(&a.trace[0], Lang::De), "EMP: Arbeitgeber: Personalgewinnung ✔");
    }
}
