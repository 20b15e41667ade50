//! Demo entries for childcare, school and family (KIN, FAM): Kita places in city and district,
//! school entry, family benefits, family reunification and family counselling.

use super::build::draft;
use crate::domain::{
    AppointmentMode as M, Channel as C, Cost, Date, GroupTag as T, Need as N, Offer, ProviderType as P,
    ResidenceBasis as R, ServiceArea as Area, SubNeed as S, TargetGroup as G,
};

pub fn offers(today: Date) -> Vec<Offer> {
    let o = |id: &str, title: &str| draft(today, id, title);
    vec![
        o("KIN-KITANAV", "Kita-Navigator Stadt Hafenau – Anmeldung für Kindertagesstätten")
            .provider("Stadt Hafenau – Fachbereich Kinder und Jugend", P::Municipality)
            .subs(&[S::Kita, S::AfterSchool])
            .groups(&[G::A, G::B], &[T::Eu, T::Ref])
            .text(
                "Über den Kita-Navigator melden Eltern ihr Kind für bis zu fünf Kindertagesstätten in der \
                 Stadt an und sehen den Stand der Platzvergabe. Die Servicestelle hilft bei der \
                 Registrierung, erklärt den Rechtsanspruch ab dem ersten Geburtstag und berät zu Hort und \
                 Ganztag.",
            )
            .contact(
                "012345 678-6200",
                "kita-navigator@hafenau.example",
                "www.hafenau.example/kita-navigator",
            )
            .at("Rathausplatz 3", "Hafenau", Area::City)
            .hours("Mo,Di,Do 09:00-12:00; Do 14:00-17:00", "telefonische Servicezeiten")
            .access(M::Recommended, &[C::Phone, C::Email, C::OnSite])
            .langs("de en ar uk")
            .cost(Cost::Free, "Anmeldung kostenlos; Elternbeiträge der Kita richten sich nach dem Einkommen")
            .who("Kinder mit Wohnsitz in der Stadt Hafenau; Anmeldung schon vor dem Umzug möglich")
            .documents(&[
                "Meldebescheinigung oder Mietvertrag",
                "Geburtsurkunde des Kindes",
                "Nachweis über Masernschutz",
                "Arbeits- oder Ausbildungsnachweis der Eltern",
            ])
            .keywords(&[
                "Kita",
                "Kindertagesstätte",
                "Kindergarten",
                "Krippe",
                "Hort",
                "Betreuungsplatz",
                "Rechtsanspruch",
            ])
            .checked(1, 0)
            .done(),
        o("KIN-TAGESPFLEGE", "Kindertagespflege und Kita-Beratung – Jugendamt Landkreis Hafenau-Land")
            .provider("Landkreis Hafenau-Land – Jugendamt", P::Municipality)
            .subs(&[S::Kita])
            .groups(&[G::B], &[T::Ref, T::Eu])
            .text(
                "Berät Eltern in den Kreisgemeinden zu Kita-Plätzen, Tagesmüttern und Tagesvätern und \
                 vermittelt freie Plätze in der Kindertagespflege. Angemeldet wird direkt bei der Gemeinde; \
                 das Jugendamt hilft, wenn kein Platz gefunden wird.",
            )
            .contact(
                "012345 940-510",
                "kindertagespflege@hafenau-land.example",
                "www.hafenau-land.example/kinderbetreuung",
            )
            .at("Kreishausplatz 1", "Hafenau", Area::District)
            .except(&["Hafenau"])
            .hours("Mo-Fr 09:00-12:00", "")
            .access(M::Recommended, &[C::Phone, C::Email, C::OnSite])
            .langs("de en")
            .free()
            .who("Familien in den Gemeinden des Landkreises außerhalb der Stadt Hafenau")
            .keywords(&["Kita", "Tagesmutter", "Kindertagespflege", "Krippe", "Jugendamt", "Betreuungsplatz"])
            .checked(6, 0)
            .done(),
        o("KIN-SCHULAMT", "Schulamt Hafenau – Seiteneinstieg und Vorbereitungsklassen")
            .provider("Staatliches Schulamt Hafenau", P::Education)
            .subs(&[S::School])
            .groups(&[G::B], &[T::Ref, T::Eu])
            .text(
                "Schulpflichtige Kinder und Jugendliche, die neu aus dem Ausland kommen, werden hier beraten \
                 und einer Schule mit Vorbereitungsklasse oder Sprachförderung zugewiesen. Eltern erfahren, \
                 welche Unterlagen die Schule braucht und wie Zeugnisse eingeordnet werden.",
            )
            .contact(
                "012345 7 77 60-0",
                "seiteneinstieg@schulamt-hafenau.example",
                "www.schulamt-hafenau.example",
            )
            .at("Schulstraße 1", "Hafenau", Area::District)
            .hours("Mo-Do 08:00-12:00", "Beratungstermine für Eltern auch nachmittags")
            .access(M::Required, &[C::Phone, C::Email, C::OnSite])
            .langs("de en ar uk ru")
            .free()
            .ages(Some(6), Some(18))
            .documents(&[
                "Meldebescheinigung",
                "Zeugnisse der letzten Schuljahre",
                "Nachweis über Masernschutz",
                "Pass oder Geburtsurkunde des Kindes",
            ])
            .keywords(&[
                "Schulamt",
                "Vorbereitungsklasse",
                "VKL",
                "Seiteneinsteiger",
                "Schulanmeldung",
                "DaZ",
                "Schulpflicht",
            ])
            .checked(3, 0)
            .done(),
        o("FAM-KASSE", "Familienkasse – Kindergeld und Kinderzuschlag")
            .provider("Familienkasse, Standort Hafenau", P::EmploymentAgency)
            .subs(&[S::FamilyBenefits])
            .groups(&[G::A, G::B, G::C, G::D], &[T::Eu])
            .text(
                "Zahlt Kindergeld und Kinderzuschlag für Familien mit Wohnsitz in Deutschland. Auch Eltern \
                 mit Aufenthaltstitel zur Erwerbstätigkeit haben in der Regel Anspruch; leben Angehörige in \
                 einem anderen EU-Staat, prüft die Familienkasse die Zuständigkeit.",
            )
            .contact(
                "012345 555-800",
                "familienkasse-hafenau@arbeitsagentur-demo.example",
                "www.arbeitsagentur-demo.example/familienkasse",
            )
            .at("Bahnhofstraße 40", "Hafenau", Area::District)
            .hours("Mo-Fr 08:00-18:00", "Hotline; persönliche Beratung nur mit Termin")
            .access(M::Required, &[C::Phone, C::Email, C::OnSite, C::Video])
            .langs("de en pl ro")
            .free()
            .documents(&[
                "Kindergeldantrag mit Anlage Kind",
                "Steuer-ID von Eltern und Kind",
                "Geburtsurkunde mit Übersetzung",
                "Aufenthaltstitel",
                "Meldebescheinigung",
            ])
            .keywords(&[
                "Kindergeld",
                "KiZ",
                "Kinderzuschlag",
                "Familienleistungen",
                "Steuer-ID",
                "Familienkasse",
            ])
            .checked(2, 0)
            .done(),
        o("FAM-ELTERNGELD", "Elterngeldstelle Landkreis Hafenau-Land")
            .provider("Landkreis Hafenau-Land – Elterngeldstelle", P::Municipality)
            .subs(&[S::FamilyBenefits])
            .groups(&[G::A, G::B], &[T::Eu])
            .text(
                "Bearbeitet Anträge auf Elterngeld und ElterngeldPlus für Eltern in Stadt und Landkreis. Die \
                 Beratung erklärt, welche Aufenthaltstitel einen Anspruch geben, wie das Einkommen berechnet \
                 wird und wie Partnermonate aufgeteilt werden können.",
            )
            .contact(
                "012345 940-520",
                "elterngeld@hafenau-land.example",
                "www.hafenau-land.example/elterngeld",
            )
            .at("Kreishausplatz 1", "Hafenau", Area::District)
            .hours("Di,Do 08:30-12:00", "telefonische Beratung")
            .access(M::Recommended, &[C::Phone, C::Email])
            .langs("de en")
            .free()
            .residence(&[R::Emp, R::Fam, R::Perm, R::Eu, R::De, R::Hum])
            .documents(&[
                "Geburtsbescheinigung für Elterngeld",
                "Einkommensnachweise der letzten zwölf Monate",
                "Aufenthaltstitel",
                "Bescheinigung der Krankenkasse über Mutterschaftsleistungen",
            ])
            .keywords(&["Elterngeld", "ElterngeldPlus", "Partnermonate", "Elternzeit", "Geburt"])
            .checked(7, 0)
            .done(),
        o("FAM-NACHZUG", "Beratung zum Familiennachzug")
            .provider("Migrationsdienst Hafenau e. V.", P::Counselling)
            .subs(&[S::FamilyReunification, S::Visa, S::LegalAdvice])
            .groups(&[G::A, G::B], &[T::Ref])
            .text(
                "Erklärt die Voraussetzungen für den Nachzug von Ehepartnern und Kindern, hilft beim \
                 Zusammenstellen der Unterlagen für die Auslandsvertretung und bei der Terminbuchung. Für \
                 subsidiär Schutzberechtigte gibt es eine eigene Sprechstunde.",
            )
            .contact(
                "012345 3 30 40-30",
                "familiennachzug@migrationsdienst-hafenau.example",
                "www.migrationsdienst-hafenau.example/familiennachzug",
            )
            .at("Bahnhofstraße 9", "Hafenau", Area::District)
            .hours("Di 09:00-12:00; Do 13:00-16:00", "Sprechstunde; weitere Termine nach Vereinbarung")
            .access(M::Recommended, &[C::Phone, C::Email, C::OnSite, C::Video])
            .langs("de en ar fa ku ti")
            .free()
            .documents(&[
                "Pässe aller Familienangehörigen",
                "Heirats- und Geburtsurkunden",
                "Aufenthaltstitel der in Deutschland lebenden Person",
                "Mietvertrag und Einkommensnachweise",
            ])
            .keywords(&[
                "Familiennachzug",
                "Ehegattennachzug",
                "Kindernachzug",
                "Visum",
                "Botschaft",
                "A1-Nachweis",
            ])
            .checked(2, 0)
            .done(),
        o("FAM-BERATUNG", "Familien- und Erziehungsberatung Hafenau")
            .provider("Evangelische Familienberatungsstelle Hafenau", P::Counselling)
            .subs(&[S::FamilyCounselling])
            .needs(&[N::Kin])
            .groups(&[G::B], &[T::Ref, T::Eu])
            .text(
                "Beratung für Eltern, Kinder und Paare bei Erziehungsfragen, Konflikten, Trennung oder \
                 Belastungen nach dem Umzug in ein neues Land. Gespräche sind vertraulich und kostenlos; für \
                 Beratungen auf Arabisch und Türkisch gibt es feste Termine.",
            )
            .contact("012345 6 44 22", "familienberatung@efb-hafenau.example", "www.efb-hafenau.example")
            .at("Kirchplatz 2", "Hafenau", Area::District)
            .hours("Mo-Do 09:00-12:00, 14:00-17:00; Fr 09:00-12:00", "Anmeldung telefonisch")
            .access(M::Required, &[C::Phone, C::OnSite, C::Video])
            .langs("de ar tr en")
            .free()
            .keywords(&["Erziehungsberatung", "Familienberatung", "Paarberatung", "Trennung", "Eltern"])
            .checked(4, 0)
            .done(),
    ]
}
