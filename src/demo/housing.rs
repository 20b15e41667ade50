//! Demo entries for housing (WOH): WBS and housing benefit in city and district, tenancy law,
//! help with the search and with threatened loss of the flat.

use super::build::draft;
use crate::domain::{
    AppointmentMode as M, Channel as C, Cost, Date, GroupTag as T, Offer, ProviderType as P,
    ServiceArea as Area, SubNeed as S, TargetGroup as G,
};

/// WBS and housing benefit need the same papers wherever the application is made.
const HOUSING_DOCUMENTS: [&str; 5] = [
    "Antrag auf WBS oder Wohngeld",
    "Einkommensnachweise aller Haushaltsmitglieder",
    "Mietvertrag",
    "Meldebescheinigung",
    "Aufenthaltstitel",
];

pub fn offers(today: Date) -> Vec<Offer> {
    let o = |id: &str, title: &str| draft(today, id, title);
    vec![
        o("WOH-WBS", "Wohnberechtigungsschein (WBS) und Wohngeld – Amt für Wohnen Stadt Hafenau")
            .provider("Stadt Hafenau – Amt für Wohnen", P::Municipality)
            .subs(&[S::SocialHousing, S::HousingBenefit])
            .groups(&[G::B, G::D], &[T::Ref, T::Eu])
            .text(
                "Stellt den Wohnberechtigungsschein für geförderte Sozialwohnungen aus und bearbeitet \
                 Wohngeldanträge für Haushalte in der Stadt. Die zulässige Größe der Wohnung richtet sich \
                 nach der Zahl der Personen im Haushalt; das Amt berät auch zu den Einkommensgrenzen.",
            )
            .contact("012345 678-5100", "wohnen@hafenau.example", "www.hafenau.example/wohnen")
            .at("Rathausplatz 3", "Hafenau", Area::City)
            .hours("Mo,Di 08:00-12:00; Do 14:00-17:30", "Antragsabgabe ohne Termin, Beratung mit Termin")
            .access(M::Recommended, &[C::Phone, C::Email, C::OnSite])
            .langs("de en")
            .free()
            .who(
                "Wohnsitz in der Stadt Hafenau; für den WBS ein Aufenthaltstitel mit mindestens einem Jahr \
                 Gültigkeit",
            )
            .documents(&HOUSING_DOCUMENTS)
            .keywords(&[
                "WBS",
                "Wohnberechtigungsschein",
                "Wohngeld",
                "Sozialwohnung",
                "geförderter Wohnraum",
                "Mietzuschuss",
                "Wohnungsgröße",
            ])
            .checked(2, 0)
            .done(),
        o("WOH-WOGELD-LAND", "Wohngeldstelle Landkreis Hafenau-Land")
            .provider("Landkreis Hafenau-Land – Wohngeldstelle", P::Municipality)
            .subs(&[S::HousingBenefit, S::SocialHousing])
            .groups(&[G::B, G::D], &[T::Ref, T::Eu])
            .text(
                "Wohngeld und Wohnberechtigungsschein für Haushalte in den Gemeinden des Landkreises. \
                 Anträge können per Post, online oder in den Bürgerbüros der Gemeinden abgegeben werden; die \
                 Bearbeitung dauert derzeit etwa acht Wochen.",
            )
            .contact("012345 940-330", "wohngeld@hafenau-land.example", "www.hafenau-land.example/wohngeld")
            .at("Kreishausplatz 1", "Hafenau", Area::District)
            .except(&["Hafenau"])
            .hours("Mo-Fr 08:00-12:00; Do 14:00-16:00", "")
            .access(M::Recommended, &[C::Phone, C::Email, C::OnSite])
            .langs("de")
            .free()
            .who("Alle Gemeinden des Landkreises außer der Stadt Hafenau")
            .documents(&HOUSING_DOCUMENTS)
            .keywords(&["Wohngeld", "WBS", "Lastenzuschuss", "Mietzuschuss", "Landkreis"])
            .checked(4, 0)
            .done(),
        o("WOH-MIETERVEREIN", "Mietrechtsberatung – Mieterverein Hafenau und Umgebung")
            .provider("Mieterverein Hafenau und Umgebung e. V.", P::Counselling)
            .subs(&[S::TenancyLaw])
            .groups(&[], &[T::Eu, T::Ref])
            .text(
                "Rechtsberatung rund ums Mieten: Mietvertrag prüfen, Kaution, Nebenkostenabrechnung, Mängel, \
                 Mieterhöhung und Kündigung. Beraten werden Mitglieder; ein erstes Orientierungsgespräch in \
                 der offenen Sprechstunde ist kostenlos.",
            )
            .contact(
                "012345 6 70 80",
                "info@mieterverein-hafenau.example",
                "www.mieterverein-hafenau.example",
            )
            .at("Lange Straße 8", "Hafenau", Area::District)
            .hours("Di 16:00-19:00; Sa 10:00-12:00", "offene Sprechstunde; Rechtsberatung mit Termin")
            .access(M::Recommended, &[C::Phone, C::Email, C::OnSite])
            .langs("de en pl")
            .cost(Cost::Fee, "Mitgliedsbeitrag 7 € im Monat, einmalige Aufnahmegebühr 15 €")
            .documents(&[
                "Mietvertrag",
                "Nebenkostenabrechnung oder Schreiben des Vermieters",
                "Personalausweis oder Pass",
            ])
            .keywords(&[
                "Mieterverein",
                "Mietrecht",
                "Nebenkosten",
                "Kaution",
                "Kündigung",
                "Mieterhöhung",
                "Mängel",
            ])
            .checked(5, 0)
            .done(),
        o("WOH-LOTSEN", "Wohnungslotsen – ehrenamtliche Hilfe bei der Wohnungssuche")
            .provider("Integrationsnetz Hafenau-Land", P::Volunteer)
            .subs(&[S::HousingSearch, S::Buddies])
            .groups(&[G::B, G::D], &[T::Ref])
            .text(
                "Ehrenamtliche Wohnungslotsinnen und -lotsen helfen beim Lesen von Wohnungsanzeigen und beim \
                 Schreiben von Anfragen und begleiten zu Besichtigungen. Sie erklären Mietvertrag, \
                 Hausordnung und Mülltrennung und vermitteln bei Missverständnissen mit Vermietern.",
            )
            .contact(
                "012345 940-790",
                "wohnungslotsen@integrationsnetz-hafenau.example",
                "www.integrationsnetz-hafenau.example/wohnen",
            )
            .at("Kreishausplatz 1", "Hafenau", Area::District)
            .hours("Do 15:00-18:00", "Sprechstunde; Begleitung nach Absprache")
            .access(M::Recommended, &[C::Phone, C::Email, C::OnSite])
            .langs("de en ar uk")
            .free()
            .keywords(&[
                "Wohnungssuche",
                "Wohnung",
                "Besichtigung",
                "Vermieter",
                "Schufa",
                "Mietschuldenfreiheitsbescheinigung",
            ])
            .checked(20, 0)
            .internal("Nur noch zwei aktive Ehrenamtliche; Kapazität vor dem Verweis telefonisch klären.")
            .done(),
        o("WOH-HWG", "Mietinteressenten-Sprechstunde der Hafenauer Wohnungsbaugesellschaft")
            .provider("Hafenauer Wohnungsbaugesellschaft mbH", P::Other)
            .subs(&[S::HousingSearch, S::SocialHousing])
            .groups(&[G::A, G::B, G::D], &[T::Eu, T::Ref])
            .text(
                "Die städtische Wohnungsbaugesellschaft nimmt Bewerbungen für Mietwohnungen auf, auch für \
                 Wohnungen mit WBS. Fachkräfte mit Arbeitsvertrag können über eine Kooperation mit dem \
                 Welcome Center für befristete möblierte Wohnungen vorgemerkt werden.",
            )
            .contact("012345 2 80 90-0", "vermietung@hwg-hafenau.example", "www.hwg-hafenau.example")
            .at("Werftstraße 1", "Hafenau", Area::City)
            .hours("Mo,Do 09:00-12:00; Di 14:00-18:00", "Vermietungsbüro")
            .access(M::WalkIn, &[C::Phone, C::Email, C::OnSite])
            .langs("de en")
            .free()
            .documents(&[
                "Mietinteressentenbogen",
                "Einkommensnachweise",
                "Pass und Aufenthaltstitel",
                "WBS (falls vorhanden)",
            ])
            .keywords(&["Wohnungsbaugesellschaft", "Mietwohnung", "WBS", "möbliert", "Wohnungsbewerbung"])
            .checked(13, 0)
            .done(),
        o("WOH-NOTFALL", "Fachstelle Wohnungsnotfälle – Stadt Hafenau")
            .provider("Stadt Hafenau – Amt für Soziales", P::Municipality)
            .subs(&[S::HousingSearch, S::TenancyLaw])
            .groups(&[], &[T::Ref, T::Eu])
            .text(
                "Hilft bei drohendem Wohnungsverlust, Räumungsklage oder Obdachlosigkeit: Verhandlung mit \
                 Vermietern, Übernahme von Mietschulden in Notlagen und Vermittlung einer Notunterkunft. Wer \
                 am Wochenende keine Unterkunft hat, wendet sich an den Bereitschaftsdienst.",
            )
            .contact(
                "012345 678-5300",
                "wohnungsnotfall@hafenau.example",
                "www.hafenau.example/wohnungsnotfall",
            )
            .at("Rathausplatz 3", "Hafenau", Area::City)
            .hours("Mo-Fr 08:00-12:00", "offene Sprechstunde; Notfälle auch ohne Termin")
            .access(M::WalkIn, &[C::Phone, C::OnSite])
            .langs("de en ar")
            .free()
            .who("Wohnsitz oder gewöhnlicher Aufenthalt in der Stadt Hafenau")
            .keywords(&["Obdachlosigkeit", "Notunterkunft", "Räumung", "Mietschulden", "Wohnungsverlust"])
            .checked(3, 0)
            .done(),
    ]
}
