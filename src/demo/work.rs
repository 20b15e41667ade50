//! Demo entries for work and job search (ARB): employment agency, job centres, the Welcome
//! Center itself, dual career, start-ups, mentoring and application help.

use super::build::draft;
use crate::domain::{
    AppointmentMode as M, Channel as C, Date, GermanLevel as L, GroupTag as T, Need as N, Offer,
    ProviderType as P, ServiceArea as Area, SubNeed as S, TargetGroup as G,
};

/// The job centres ask for the same papers in the city and in the district.
const JOBCENTER_DOCUMENTS: [&str; 5] = [
    "Pass und Aufenthaltstitel",
    "Meldebescheinigung",
    "Mietvertrag",
    "Kontoauszüge der letzten drei Monate",
    "Einkommensnachweise",
];

pub fn offers(today: Date) -> Vec<Offer> {
    let o = |id: &str, title: &str| draft(today, id, title);
    vec![
        o("AA-HAFENAU", "Agentur für Arbeit Hafenau – Arbeitsvermittlung und Berufsberatung")
            .provider("Agentur für Arbeit Hafenau", P::EmploymentAgency)
            .subs(&[S::JobSearch, S::UnemploymentBenefits, S::FurtherTraining])
            .groups(&[G::A, G::B, G::C, G::D], &[T::Ref, T::Eu])
            .text(
                "Arbeitsuchend- und Arbeitslosmeldung, Vermittlung in Arbeit und Ausbildung, \
                 Arbeitslosengeld sowie Förderung von Weiterbildung über den Bildungsgutschein. \
                 Internationale Fachkräfte können sich schon vor der Einreise oder bei drohender \
                 Arbeitslosigkeit beraten lassen.",
            )
            .contact(
                "012345 555-100",
                "hafenau@arbeitsagentur-demo.example",
                "www.arbeitsagentur-demo.example/hafenau",
            )
            .at("Bahnhofstraße 40", "Hafenau", Area::District)
            .hours("Mo-Fr 08:00-12:30; Do 14:00-18:00", "Eingangszone ohne Termin; Beratung mit Termin")
            .access(M::Recommended, &[C::Phone, C::Email, C::OnSite, C::Video])
            .langs("de en ar tr ru")
            .free()
            .documents(&[
                "Pass oder Personalausweis",
                "Aufenthaltstitel mit Erlaubnis zur Erwerbstätigkeit",
                "Lebenslauf",
                "Kündigungsschreiben bzw. Arbeitsvertrag",
            ])
            .keywords(&[
                "AA",
                "Arbeitsagentur",
                "Arbeitsamt",
                "ALG I",
                "Arbeitslosengeld",
                "Bildungsgutschein",
                "Berufsberatung",
            ])
            .checked(1, 0)
            .internal(
                "Team Internationale Fachkräfte ruft innerhalb von zwei Werktagen zurück; Durchwahl im \
                 Netzwerkordner.",
            )
            .done(),
        o("AA-AGS", "Arbeitgeber-Service – Beschäftigung internationaler Fachkräfte")
            .provider("Agentur für Arbeit Hafenau", P::EmploymentAgency)
            .subs(&[S::EmployerSupport, S::FastTrack])
            .groups(&[], &[T::Emp])
            .text(
                "Berät Betriebe zur Einstellung von Fachkräften aus dem Ausland: Zustimmung der \
                 Bundesagentur, Vorabprüfung, Stellenausschreibung und Förderung der Einarbeitung. \
                 Ansprechstelle für das beschleunigte Fachkräfteverfahren gemeinsam mit der \
                 Ausländerbehörde.",
            )
            .contact(
                "012345 555-200",
                "arbeitgeber.hafenau@arbeitsagentur-demo.example",
                "www.arbeitsagentur-demo.example/arbeitgeber",
            )
            .at("Bahnhofstraße 40", "Hafenau", Area::District)
            .hours("Mo-Fr 08:00-16:00", "Hotline für Arbeitgeber")
            .access(M::Recommended, &[C::Phone, C::Email, C::Video])
            .langs("de en")
            .free()
            .who("Nur für Arbeitgeber und Personalverantwortliche")
            .keywords(&[
                "AG-S",
                "Arbeitgeberservice",
                "Vorabzustimmung",
                "§81a",
                "Fachkräfteverfahren",
                "Blaue Karte",
                "Stellenmeldung",
            ])
            .checked(2, 0)
            .done(),
        o("JC-STADT", "Jobcenter Stadt Hafenau – Bürgergeld und Arbeitsvermittlung")
            .provider("Jobcenter Stadt Hafenau", P::EmploymentAgency)
            .subs(&[S::UnemploymentBenefits, S::JobSearch])
            .groups(&[G::B, G::D], &[T::Ref, T::Eu])
            .text(
                "Zuständig für Bürgergeld, Kosten der Unterkunft und die Vermittlung von Menschen, die ihren \
                 Lebensunterhalt nicht aus eigenem Einkommen sichern können. Das Jobcenter stellt auch \
                 Berechtigungen für Integrations- und Berufssprachkurse aus.",
            )
            .contact("012345 678-3000", "jobcenter@hafenau.example", "www.jobcenter-hafenau.example")
            .at("Neue Straße 12", "Hafenau", Area::City)
            .hours("Mo,Di,Fr 08:00-12:00; Do 13:00-17:30", "Eingangszone; Notfälle auch ohne Termin")
            .access(M::Required, &[C::Phone, C::Email, C::OnSite])
            .langs("de en ar uk ru tr")
            .free()
            .who("Wohnsitz in der Stadt Hafenau; Leistungsberechtigte nach SGB II")
            .documents(&JOBCENTER_DOCUMENTS)
            .keywords(&["JC", "Bürgergeld", "SGB II", "Hartz IV", "KdU", "Grundsicherung"])
            .checked(1, 5)
            .done(),
        o("JC-LAND", "Jobcenter Landkreis Hafenau-Land")
            .provider("Jobcenter Landkreis Hafenau-Land", P::EmploymentAgency)
            .subs(&[S::UnemploymentBenefits, S::JobSearch])
            .groups(&[G::B, G::D], &[T::Ref, T::Eu])
            .text(
                "Bürgergeld und Arbeitsvermittlung für alle Gemeinden des Landkreises außerhalb der Stadt \
                 Hafenau, mit Hauptsitz in Oberried und Außenstelle in Seebrück. Geflüchtete mit \
                 Aufenthaltserlaubnis erhalten hier auch die Zusage für Sprachkurse und Maßnahmen.",
            )
            .contact("012345 940-600", "jobcenter@hafenau-land.example", "www.hafenau-land.example/jobcenter")
            .at("Marktplatz 5", "Oberried", Area::District)
            .except(&["Hafenau"])
            .hours("Mo-Fr 08:00-12:00; Do 14:00-17:00", "Außenstelle Seebrück nur Di und Do")
            .access(M::Required, &[C::Phone, C::Email, C::OnSite])
            .langs("de en ar uk")
            .free()
            .who("Wohnsitz im Landkreis außer Stadt Hafenau; Leistungsberechtigte nach SGB II")
            .documents(&JOBCENTER_DOCUMENTS)
            .keywords(&["JC", "Bürgergeld", "SGB II", "Grundsicherung", "Oberried", "Seebrück"])
            .checked(3, 0)
            .done(),
        o("WC-ERST", "Welcome Center Hafenau-Land – Erstberatung für internationale Fachkräfte")
            .provider("Welcome Center Hafenau-Land", P::WelcomeCenter)
            .subs(&[S::JobSearch, S::RecognitionCounselling, S::Orientation, S::HousingSearch])
            .needs(&[N::Auf, N::Fam])
            .groups(&[G::A, G::B, G::C, G::D], &[T::Eu, T::Emp])
            .text(
                "Erste Anlaufstelle für Fachkräfte und ihre Familien vor und nach dem Umzug: Klärung der \
                 Situation, Lotsenberatung zu Aufenthalt, Anerkennung, Arbeit, Wohnen und Kinderbetreuung \
                 sowie warme Übergabe an die zuständigen Stellen. Auch Unternehmen werden beraten.",
            )
            .contact("012345 200-300", "welcome@wc-hafenau.example", "www.wc-hafenau.example")
            .at("Hafenstraße 2", "Hafenau", Area::District)
            .hours(
                "Mo-Do 09:00-16:00; Fr 09:00-13:00",
                "Hotline und Videoberatung; offene Sprechstunde Di nachmittags",
            )
            .access(M::Recommended, &[C::Phone, C::Email, C::OnSite, C::Video])
            .langs("de en es fr ar uk pl")
            .free()
            .keywords(&[
                "WC",
                "Welcome Center",
                "Lotsen",
                "Erstberatung",
                "Fachkräfte",
                "Expats",
                "Relocation",
            ])
            .checked(0, 10)
            .internal("Eigenes Angebot; Einträge der Partner quartalsweise abgleichen.")
            .done(),
        o("WC-DUAL", "Dual-Career-Service für Partnerinnen und Partner")
            .provider("Welcome Center Hafenau-Land", P::WelcomeCenter)
            .subs(&[S::DualCareer, S::Applications, S::Networking])
            .groups(&[G::B], &[T::Eu, T::Emp])
            .text(
                "Unterstützt mitgereiste Partnerinnen und Partner von Fachkräften bei der eigenen \
                 beruflichen Perspektive: Profilgespräch, Hinweise zur Anerkennung, Kontakte zu Arbeitgebern \
                 aus dem Netzwerk und ein monatlicher Austausch für Partner.",
            )
            .contact("012345 200-310", "dualcareer@wc-hafenau.example", "www.wc-hafenau.example/dual-career")
            .at("Hafenstraße 2", "Hafenau", Area::District)
            .hours("Di,Do 09:00-15:00", "nach Vereinbarung, auch per Video")
            .access(M::Required, &[C::Phone, C::Email, C::OnSite, C::Video])
            .langs("de en fr es")
            .free()
            .keywords(&["Dual Career", "Partner", "Ehepartner", "Spouse", "Karriere", "Netzwerk"])
            .checked(2, 3)
            .done(),
        o("WIFOE-GRUEND", "Gründungsberatung für Zugewanderte – Wirtschaftsförderung Hafenau-Land")
            .provider("Wirtschaftsförderung Hafenau-Land GmbH", P::WelcomeCenter)
            .subs(&[S::SelfEmployment])
            .groups(&[G::A, G::C, G::D], &[T::Ref, T::Eu])
            .text(
                "Orientierungsgespräche für Menschen, die sich selbstständig machen oder einen Betrieb \
                 übernehmen wollen: Geschäftsidee, Aufenthaltsrecht für Selbstständige (§ 21 AufenthG), \
                 Gewerbeanmeldung, Finanzierung und Förderprogramme. Bei Bedarf mit Dolmetscher.",
            )
            .contact(
                "012345 200-400",
                "gruendung@wifoe-hafenau.example",
                "www.wifoe-hafenau.example/gruenden",
            )
            .at("Werftstraße 14", "Hafenau", Area::District)
            .hours("Mi 09:00-17:00", "Gründungssprechstunde nach Vereinbarung")
            .access(M::Required, &[C::Phone, C::Email, C::OnSite, C::Video])
            .langs("de en tr ar")
            .free()
            .documents(&["Kurzbeschreibung der Geschäftsidee", "Aufenthaltstitel"])
            .keywords(&[
                "Gründung",
                "Existenzgründung",
                "Selbstständigkeit",
                "§21",
                "Gewerbeanmeldung",
                "Businessplan",
            ])
            .checked(7, 0)
            .done(),
        o("ARB-MENTOR", "Mentoring-Programm „Berufsstart Hafenau“")
            .provider("Netzwerk Berufsstart Hafenau e. V.", P::Volunteer)
            .subs(&[S::Mentoring, S::Applications])
            .groups(&[G::C, G::D], &[T::Ref])
            .text(
                "Berufserfahrene Mentorinnen und Mentoren begleiten internationale Absolventinnen, \
                 Absolventen und Fachkräfte sechs Monate lang beim Einstieg in den regionalen Arbeitsmarkt – \
                 mit Bewerbungstraining, Kontakten und Einblicken in die Praxis.",
            )
            .contact(
                "012345 3 44 21 90",
                "mentoring@berufsstart-hafenau.example",
                "www.berufsstart-hafenau.example",
            )
            .at("Kaiweg 9", "Hafenau", Area::District)
            .hours_note("Treffen nach Absprache zwischen Mentor und Mentee")
            .access(M::Required, &[C::Email, C::Phone, C::OnSite])
            .langs("de en")
            .free()
            .min_german(L::A2)
            .keywords(&["Mentoring", "Mentor", "Berufseinstieg", "Netzwerk", "Absolventen"])
            .checked(18, 0)
            .internal(
                "Förderung läuft zum Jahresende aus – vor Verweis klären, ob noch Plätze vergeben werden.",
            )
            .done(),
        o("ARB-BEWERB", "Bewerbungswerkstatt im Stadtteilbüro Nordstadt")
            .provider("Stadt Hafenau – Stadtteilbüro Nordstadt", P::Municipality)
            .subs(&[S::Applications, S::JobSearch])
            .groups(&[G::A, G::B, G::D], &[T::Ref, T::Eu])
            .text(
                "Ohne Termin Lebenslauf und Anschreiben erstellen, Bewerbungsfotos machen und \
                 Online-Bewerbungen abschicken. Ehrenamtliche helfen an den PCs; Zeugnisse können kopiert \
                 und eingescannt werden.",
            )
            .contact(
                "012345 678-8100",
                "nordstadt@hafenau.example",
                "www.hafenau.example/stadtteilbuero-nordstadt",
            )
            .at("Birkenallee 22", "Hafenau", Area::City)
            .hours("Mo,Mi 14:00-17:00", "offene Sprechstunde")
            .access(M::WalkIn, &[C::OnSite])
            .langs("de en ar ru")
            .free()
            .keywords(&["Bewerbung", "Lebenslauf", "Anschreiben", "Bewerbungsfoto", "PC"])
            .checked(4, 0)
            .done(),
    ]
}
