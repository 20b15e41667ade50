//! Demo entries for residence and entry (AUF): the two immigration offices (city and district,
//! chosen by where the person lives), fast-track, naturalisation, legal advice and EU mobility.

use super::build::draft;
use crate::domain::{
    AppointmentMode as M, Channel as C, Cost, Date, GermanLevel as L, GroupTag as T, Offer,
    ProviderType as P, ResidenceBasis as R, ServiceArea as Area, SubNeed as S, TargetGroup as G,
};

/// What both immigration offices handle; only the place of residence decides which one.
const ABH_SUBS: [S; 6] = [
    S::Permit,
    S::ChangeOfPurpose,
    S::JobSeekerPermit,
    S::Settlement,
    S::EuFreeMovement,
    S::FamilyReunification,
];

const ABH_DOCUMENTS: [&str; 6] = [
    "Pass",
    "Biometrisches Passfoto",
    "Meldebescheinigung",
    "Arbeitsvertrag oder Nachweis der Lebensunterhaltssicherung",
    "Nachweis der Krankenversicherung",
    "Mietvertrag",
];

const ABH_FEES: &str = "Gebühren nach der Aufenthaltsverordnung, z. B. 100 € für eine Aufenthaltserlaubnis";

pub fn offers(today: Date) -> Vec<Offer> {
    let o = |id: &str, title: &str| draft(today, id, title);
    vec![
        o("ABH-STADT", "Ausländerbehörde der Stadt Hafenau")
            .provider("Stadt Hafenau – Ausländerbehörde", P::ImmigrationOffice)
            .subs(&ABH_SUBS)
            .groups(&[G::A, G::B, G::C, G::D], &[T::Ref, T::Eu, T::Emp])
            .text(
                "Zuständig für alle Einwohnerinnen und Einwohner der Stadt Hafenau: Aufenthaltstitel, Blaue \
                 Karte EU, Zweckwechsel, Niederlassungserlaubnis und Zustimmung zum Familiennachzug. Termine \
                 werden online vergeben; Eilfälle bei drohendem Ablauf des Titels telefonisch melden.",
            )
            .contact(
                "012345 678-2200",
                "auslaenderbehoerde@hafenau.example",
                "www.hafenau.example/auslaenderbehoerde",
            )
            .at("Rathausplatz 1", "Hafenau", Area::City)
            .hours("Mo,Di,Fr 08:00-12:00; Do 14:00-18:00", "nur mit Termin; Terminvergabe online")
            .access(M::Required, &[C::Phone, C::Email, C::OnSite])
            .langs("de en")
            .cost(Cost::Fee, ABH_FEES)
            .who("Wohnsitz in der Stadt Hafenau")
            .documents(&ABH_DOCUMENTS)
            .keywords(&[
                "ABH",
                "Ausländeramt",
                "Aufenthaltstitel",
                "Aufenthaltserlaubnis",
                "Blaue Karte",
                "Fiktionsbescheinigung",
                "Niederlassungserlaubnis",
                "eAT",
            ])
            .checked(0, 25)
            .internal(
                "Für Eilfälle das Funktionspostfach nutzen; Sachgebiet Fachkräfte trifft sich monatlich mit \
                 dem Welcome Center.",
            )
            .done(),
        o("ABH-LAND", "Ausländerbehörde des Landkreises Hafenau-Land")
            .provider("Landkreis Hafenau-Land – Ausländerbehörde", P::ImmigrationOffice)
            .subs(&ABH_SUBS)
            .groups(&[G::A, G::B, G::C, G::D], &[T::Ref, T::Eu, T::Emp])
            .text(
                "Ausländerbehörde für Birkwald, Oberried, Talmühle, Seebrück und alle weiteren Gemeinden des \
                 Landkreises. Sie erteilt und verlängert Aufenthaltstitel, entscheidet über \
                 Beschäftigungserlaubnisse für Geflüchtete und stimmt dem Familiennachzug zu.",
            )
            .contact(
                "012345 940-400",
                "abh@hafenau-land.example",
                "www.hafenau-land.example/auslaenderbehoerde",
            )
            .at("Kreishausplatz 1", "Hafenau", Area::District)
            .except(&["Hafenau"])
            .hours("Mo,Di,Do 08:00-12:00; Do 13:30-17:00", "nur mit Termin; telefonisch Mo–Fr 9–11 Uhr")
            .access(M::Required, &[C::Phone, C::Email, C::OnSite])
            .langs("de en ru")
            .cost(Cost::Fee, ABH_FEES)
            .who("Alle Gemeinden des Landkreises außer der Stadt Hafenau (dort: Ausländerbehörde der Stadt)")
            .documents(&ABH_DOCUMENTS)
            .keywords(&[
                "ABH",
                "Ausländeramt",
                "Landkreis",
                "Kreisverwaltung",
                "Aufenthaltstitel",
                "Beschäftigungserlaubnis",
                "Duldung",
                "Blaue Karte",
            ])
            .checked(2, 0)
            .internal("Sachbearbeitung nach Anfangsbuchstaben; vor dem Verweis unbedingt den Wohnort klären.")
            .done(),
        o("AUF-FAST", "Beschleunigtes Fachkräfteverfahren – Zentrale Stelle für Fachkräfteeinwanderung")
            .provider("Zentrale Stelle für Fachkräfteeinwanderung des Landes", P::ImmigrationOffice)
            .subs(&[S::FastTrack, S::Visa, S::EmployerSupport])
            .groups(&[G::A], &[T::Emp])
            .text(
                "Arbeitgeber beantragen hier für Fachkräfte aus Drittstaaten das beschleunigte \
                 Fachkräfteverfahren nach § 81a AufenthG. Die Stelle koordiniert Anerkennung, Zustimmung der \
                 Bundesagentur und Visatermin bei der Auslandsvertretung; die Gebühr trägt der Arbeitgeber.",
            )
            .contact("012345 7 77 40-0", "fachkraefte@zsf-demo.example", "www.zsf-demo.example")
            .at("Schlossplatz 8", "Hafenau", Area::State)
            .hours("Mo-Fr 09:00-15:00", "Hotline für Arbeitgeber")
            .access(M::Required, &[C::Phone, C::Email, C::Video])
            .langs("de en")
            .cost(Cost::Fee, "411 € für das beschleunigte Verfahren, vom Arbeitgeber zu zahlen")
            .residence(&[R::Abroad])
            .who("Antrag durch den Arbeitgeber mit Vollmacht der Fachkraft, die noch im Ausland lebt")
            .documents(&[
                "Vollmacht der Fachkraft",
                "Arbeitsvertrag oder verbindliches Arbeitsplatzangebot",
                "Erklärung zum Beschäftigungsverhältnis",
                "Qualifikationsnachweise",
                "Passkopie",
            ])
            .keywords(&[
                "§81a",
                "Fachkräfteverfahren",
                "beschleunigt",
                "Vorabzustimmung",
                "Visum",
                "Arbeitgeber",
                "Blaue Karte",
            ])
            .checked(4, 0)
            .done(),
        o("AUF-EINBUERG", "Einbürgerung – Staatsangehörigkeitsbehörde Stadt Hafenau")
            .provider("Stadt Hafenau – Staatsangehörigkeitsbehörde", P::Municipality)
            .subs(&[S::Settlement])
            .groups(&[], &[T::Ref, T::Eu])
            .text(
                "Beratung und Antragsannahme zur Einbürgerung für Einwohnerinnen und Einwohner der Stadt. \
                 Voraussetzungen sind unter anderem fünf Jahre rechtmäßiger Aufenthalt, Deutschkenntnisse \
                 B1, der bestandene Einbürgerungstest und die Sicherung des Lebensunterhalts.",
            )
            .contact("012345 678-2260", "einbuergerung@hafenau.example", "www.hafenau.example/einbuergerung")
            .at("Rathausplatz 1", "Hafenau", Area::City)
            .hours("Di 08:00-12:00; Do 14:00-17:00", "Infoabend jeden ersten Mittwoch im Monat")
            .access(M::Required, &[C::Phone, C::Email, C::OnSite])
            .langs("de en")
            .cost(Cost::Fee, "255 € pro Person, 51 € für miteingebürgerte minderjährige Kinder")
            .min_german(L::B1)
            .residence(&[R::Perm, R::Emp, R::Fam, R::Hum, R::Eu])
            .who("Wohnsitz in der Stadt Hafenau; für den Landkreis ist das Landratsamt zuständig")
            .documents(&[
                "Pass",
                "Aufenthaltstitel",
                "Sprachzertifikat B1",
                "Zertifikat über den Einbürgerungstest",
                "Einkommensnachweise",
                "Geburts- und Heiratsurkunde mit Übersetzung",
            ])
            .keywords(&[
                "Einbürgerung",
                "Staatsangehörigkeit",
                "Einbürgerungstest",
                "StAG",
                "doppelte Staatsangehörigkeit",
            ])
            .checked(3, 0)
            .done(),
        o("AUF-RLC", "Migrationsrechtliche Beratung – Refugee Law Clinic Hafenau")
            .provider("Refugee Law Clinic Hafenau e. V.", P::Volunteer)
            .subs(&[S::LegalAdvice])
            .groups(&[G::D], &[T::Ref])
            .text(
                "Studierende der Rechtswissenschaft beraten unter Anleitung von Volljuristinnen und \
                 Volljuristen zu Asylverfahren, Duldung, Beschäftigungsduldung und Bleiberecht. Keine \
                 Vertretung vor Gericht, aber Hilfe bei Anträgen und Vermittlung an Fachanwälte.",
            )
            .contact("012345 9 10 22-77", "beratung@rlc-hafenau.example", "www.rlc-hafenau.example")
            .at("Campusallee 3", "Hafenau", Area::District)
            .hours("Mi 17:00-19:00", "offene Sprechstunde in der Vorlesungszeit")
            .access(M::WalkIn, &[C::OnSite, C::Email])
            .langs("de en fr ar fa")
            .free()
            .residence(&[R::Asyl, R::Duld, R::Hum])
            .keywords(&[
                "RLC",
                "Rechtsberatung",
                "Asyl",
                "Duldung",
                "Bleiberecht",
                "Chancen-Aufenthaltsrecht",
                "Beschäftigungsduldung",
            ])
            .checked(14, 0)
            .done(),
        o("AUF-EUMOBIL", "Beratung für mobile Beschäftigte aus der EU")
            .provider("Beratungsnetz Arbeit und Migration Hafenau", P::Counselling)
            .subs(&[S::EuFreeMovement, S::Wages, S::ContractDismissal, S::Exploitation])
            .groups(&[G::A, G::D], &[T::Eu])
            .text(
                "Muttersprachliche Beratung für Beschäftigte aus EU-Staaten zu Arbeitsvertrag, Lohn, \
                 Arbeitszeit, Unterkunft beim Arbeitgeber und Krankenversicherung. Unterstützt beim \
                 Einfordern offener Löhne und informiert zu Freizügigkeit und Anmeldung.",
            )
            .contact(
                "012345 3 30 55-00",
                "eu-mobil@beratungsnetz-hafenau.example",
                "www.beratungsnetz-hafenau.example/eu",
            )
            .at("Lange Straße 20", "Hafenau", Area::State)
            .hours("Mo,Mi 10:00-16:00; Fr 10:00-13:00", "auch Außentermine in Betrieben und Unterkünften")
            .access(M::Recommended, &[C::Phone, C::Email, C::OnSite])
            .langs("de pl ro bg hu hr")
            .free()
            .residence(&[R::Eu])
            .keywords(&[
                "EU",
                "Freizügigkeit",
                "Entsendung",
                "Saisonarbeit",
                "Lohn",
                "Mindestlohn",
                "Werkvertrag",
            ])
            .checked(2, 0)
            .done(),
    ]
}
