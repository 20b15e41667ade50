//! Demo entries for everyday life and authorities (ALL) and leisure and networking (GEM):
//! address registration, driving licence, interpreters, volunteers, migrant organisations, clubs.

use super::build::draft;
use crate::domain::{
    AppointmentMode as M, Channel as C, Cost, Date, GroupTag as T, Offer, ProviderType as P,
    ServiceArea as Area, SubNeed as S, TargetGroup as G,
};

pub fn offers(today: Date) -> Vec<Offer> {
    let o = |id: &str, title: &str| draft(today, id, title);
    vec![
        o("ALL-BUERGERAMT", "Bürgeramt Hafenau – Wohnsitzanmeldung und Meldebescheinigung")
            .provider("Stadt Hafenau – Bürgeramt", P::Municipality)
            .subs(&[S::AddressRegistration])
            .groups(&[], &[T::Eu, T::Ref])
            .text(
                "Hier melden Zugezogene ihren Wohnsitz in der Stadt innerhalb von zwei Wochen nach dem \
                 Einzug an und erhalten sofort die Meldebescheinigung. Außerdem gibt es Führungszeugnisse \
                 und Beglaubigungen; die Steuer-ID kommt nach der Anmeldung per Post.",
            )
            .contact("012345 678-1000", "buergeramt@hafenau.example", "www.hafenau.example/buergeramt")
            .at("Rathausplatz 1", "Hafenau", Area::City)
            .hours(
                "Mo-Mi 08:00-16:00; Do 08:00-18:00; Fr 08:00-12:00",
                "Termin online empfohlen; Do ab 14 Uhr auch ohne Termin",
            )
            .access(M::Recommended, &[C::OnSite, C::Phone])
            .langs("de en")
            .cost(Cost::Fee, "Anmeldung kostenlos; Führungszeugnis und Beglaubigungen kosten Gebühren")
            .who("Wohnsitz in der Stadt Hafenau")
            .documents(&[
                "Pass oder Personalausweis",
                "Wohnungsgeberbestätigung des Vermieters",
                "Heirats- und Geburtsurkunden bei Anmeldung der Familie",
            ])
            .keywords(&[
                "Anmeldung",
                "Meldebescheinigung",
                "Einwohnermeldeamt",
                "Bürgerbüro",
                "Wohnungsgeberbestätigung",
                "Ummeldung",
            ])
            .checked(0, 5)
            .done(),
        o("ALL-BUERGERBUERO-BIRKWALD", "Bürgerbüro Birkwald – Einwohnermeldeamt")
            .provider("Gemeinde Birkwald", P::Municipality)
            .subs(&[S::AddressRegistration])
            .groups(&[], &[T::Eu])
            .text(
                "Anmeldung und Ummeldung des Wohnsitzes für Birkwald und seine Ortsteile. Das Bürgerbüro \
                 nimmt außerdem Anträge auf Wohngeld und auf einen Platz in der Kindertagesbetreuung \
                 entgegen und leitet sie an den Landkreis weiter.",
            )
            .contact("012345 5 20 00", "buergerbuero@birkwald.example", "www.birkwald.example")
            .at("Rathausstraße 1", "Birkwald", Area::City)
            .hours("Mo,Di,Fr 08:00-12:00; Do 14:00-18:00", "Öffnungszeiten in den Schulferien abweichend")
            .access(M::WalkIn, &[C::OnSite, C::Phone])
            .langs("de")
            .free()
            .who("Wohnsitz in der Gemeinde Birkwald")
            .documents(&["Pass oder Personalausweis", "Wohnungsgeberbestätigung"])
            .keywords(&[
                "Wohnsitzanmeldung",
                "Einwohnermeldeamt",
                "Meldebescheinigung",
                "Bürgerbüro",
                "Ummeldung",
            ])
            .checked(5, 0)
            .done(),
        o("ALL-FUEHRERSCHEIN", "Führerscheinstelle – Umschreibung ausländischer Fahrerlaubnisse")
            .provider("Landkreis Hafenau-Land – Führerscheinstelle", P::Municipality)
            .subs(&[S::DrivingLicence])
            .groups(&[G::A, G::B, G::D], &[T::Eu, T::Ref])
            .text(
                "Mit einem Führerschein aus einem Nicht-EU-Staat darf man nach dem Zuzug nur sechs Monate \
                 fahren. Die Führerscheinstelle schreibt die ausländische Fahrerlaubnis um und sagt, ob eine \
                 theoretische oder praktische Prüfung nötig ist; EU-Führerscheine gelten weiter.",
            )
            .contact(
                "012345 940-800",
                "fuehrerschein@hafenau-land.example",
                "www.hafenau-land.example/fuehrerschein",
            )
            .at("Kreishausplatz 2", "Hafenau", Area::District)
            .hours("Mo,Di,Fr 07:30-12:00; Do 13:30-17:30", "nur mit Termin")
            .access(M::Required, &[C::Phone, C::Email, C::OnSite])
            .langs("de en")
            .cost(Cost::Fee, "Umschreibung ca. 40 €, dazu Prüfungsgebühren bei der Prüfstelle")
            .who("Stadt Hafenau und alle Gemeinden des Landkreises")
            .documents(&[
                "Ausländischer Führerschein im Original",
                "Übersetzung des Führerscheins",
                "Biometrisches Passfoto",
                "Sehtestbescheinigung",
                "Nachweis über einen Erste-Hilfe-Kurs",
                "Meldebescheinigung",
            ])
            .keywords(&["Führerschein", "Fahrerlaubnis", "Umschreibung", "Fahrschule", "Sehtest"])
            .checked(3, 0)
            .done(),
        o("ALL-DOLMETSCH", "Dolmetscherpool Hafenau-Land – Sprachmittlung für Beratung und Behörden")
            .provider("Integrationsnetz Hafenau-Land", P::Volunteer)
            .subs(&[S::Interpreting])
            .groups(&[], &[T::Ref, T::Eu])
            .text(
                "Geschulte Sprachmittlerinnen und Sprachmittler begleiten zu Terminen bei Schule, Kita, \
                 Behörden und Beratungsstellen oder dolmetschen am Telefon. Fachkräfte der Beratung fragen \
                 mindestens drei Werktage vorher an; für Arztgespräche gelten eigene Regeln.",
            )
            .contact(
                "012345 940-780",
                "dolmetscherpool@integrationsnetz-hafenau.example",
                "www.integrationsnetz-hafenau.example/sprachmittlung",
            )
            .at("Kreishausplatz 1", "Hafenau", Area::District)
            .hours("Mo-Fr 09:00-12:00", "Vermittlungszeiten; Einsätze nach Vereinbarung")
            .access(M::Required, &[C::Phone, C::Email])
            .langs("de ar fa ps ku ti uk ru tr so sq")
            .cost(Cost::Free, "kostenlos für Ratsuchende; Behörden zahlen eine Aufwandsentschädigung")
            .who("Anfrage über Beratungsstellen, Schulen oder Behörden, nicht direkt durch Ratsuchende")
            .keywords(&[
                "Dolmetscher",
                "Sprachmittlung",
                "Übersetzung",
                "Dolmetschen",
                "Begleitung",
                "Laiendolmetscher",
            ])
            .checked(2, 0)
            .internal("Für Tigrinya derzeit nur eine Person im Pool – früh anfragen.")
            .done(),
        o("ALL-LOTSEN", "Integrationslotsen – ehrenamtliche Begleitung im Alltag")
            .provider("Integrationsnetz Hafenau-Land", P::Volunteer)
            .subs(&[S::Buddies, S::Orientation, S::Interpreting])
            .groups(&[G::A, G::B, G::D], &[T::Ref])
            .text(
                "Ehrenamtliche Lotsinnen und Lotsen begleiten Neuzugewanderte in den ersten Monaten: \
                 Behördengänge, Anträge, Arzttermine, Einkauf und Nahverkehr. In jeder Gemeinde des \
                 Landkreises gibt es Ansprechpersonen; vermittelt wird über die Koordinationsstelle.",
            )
            .contact(
                "012345 940-770",
                "lotsen@integrationsnetz-hafenau.example",
                "www.integrationsnetz-hafenau.example/lotsen",
            )
            .at("Kreishausplatz 1", "Hafenau", Area::District)
            .hours("Di,Do 09:00-12:00", "Koordinationsstelle")
            .access(M::Recommended, &[C::Phone, C::Email])
            .langs("de en ar uk ru")
            .free()
            .keywords(&[
                "Integrationslotsen",
                "Lotsen",
                "Paten",
                "Patenschaft",
                "Begleitung",
                "Ehrenamt",
                "Behördengang",
            ])
            .checked(1, 20)
            .done(),
        o("ALL-ANKOMMEN", "Willkommensabend und Stadtrundgang „Ankommen in Hafenau“")
            .provider("Welcome Center Hafenau-Land", P::WelcomeCenter)
            .subs(&[S::Orientation, S::Networking])
            .groups(&[G::A, G::B, G::C], &[T::Eu])
            .text(
                "Einmal im Monat lernen Neuzugezogene bei einem Rundgang und einem anschließenden Abend die \
                 wichtigsten Stellen der Stadt kennen, vom Bürgeramt bis zur Bibliothek. Dazu gibt es Tipps \
                 zu Nahverkehr, Mülltrennung und Vereinen und Gelegenheit, andere Zugezogene zu treffen.",
            )
            .contact("012345 200-300", "welcome@wc-hafenau.example", "www.wc-hafenau.example/ankommen")
            .at("Hafenstraße 2", "Hafenau", Area::City)
            .hours("Do 17:30-20:00", "jeden ersten Donnerstag im Monat; Anmeldung erbeten")
            .access(M::Recommended, &[C::Email, C::OnSite])
            .langs("de en es")
            .free()
            .keywords(&["Orientierung", "Stadtrundgang", "Willkommen", "Neubürger", "Ankommen", "Expats"])
            .checked(1, 0)
            .done(),
        o("GEM-MSO-UKR", "Ukrainischer Kulturverein Hafenau")
            .provider("Ukrainischer Kulturverein Hafenau e. V.", P::MigrantOrganisation)
            .subs(&[S::Communities, S::Buddies])
            .groups(&[G::B, G::D], &[T::Ref])
            .text(
                "Treffpunkt der ukrainischen Community mit Beratung durch Ehrenamtliche, Samstagsschule für \
                 Kinder und Kulturveranstaltungen. Der Verein hilft Neuankommenden mit Erfahrungswissen zu \
                 Behörden, Schule und Arbeit und vermittelt an die Fachberatungsstellen.",
            )
            .contact(
                "012345 3 11 22 33",
                "kontakt@ukr-kulturverein-hafenau.example",
                "www.ukr-kulturverein-hafenau.example",
            )
            .at("Kaiweg 11", "Hafenau", Area::District)
            .hours("Mi 17:00-19:00; Sa 10:00-14:00", "Treffpunkt und Beratung")
            .access(M::WalkIn, &[C::OnSite, C::Phone])
            .langs("uk ru de en")
            .free()
            .keywords(&["MSO", "Ukraine", "Community", "Verein", "Samstagsschule", "§24"])
            .checked(16, 0)
            .done(),
        o("GEM-MSO-ARAB", "Deutsch-Arabischer Familienverein Seebrück")
            .provider("Deutsch-Arabischer Familienverein Seebrück e. V.", P::MigrantOrganisation)
            .subs(&[S::Communities, S::Volunteering])
            .groups(&[G::B], &[T::Ref])
            .text(
                "Der Verein bietet Hausaufgabenhilfe, eine Frauengruppe, gemeinsames Kochen und Feste für \
                 Familien aus arabischsprachigen Ländern und ihre Nachbarn. Ehrenamtliche mit eigener \
                 Migrationserfahrung begleiten bei Bedarf zu Terminen.",
            )
            .contact("012345 8 77 66", "info@dafv-seebrueck.example", "")
            .at("Uferweg 7", "Seebrück", Area::District)
            .hours("Fr 15:00-19:00", "Vereinsräume; sonst nach Absprache")
            .access(M::WalkIn, &[C::OnSite, C::Phone])
            .langs("ar de ku")
            .free()
            .keywords(&[
                "MSO",
                "Migrantenorganisation",
                "arabisch",
                "Familien",
                "Hausaufgabenhilfe",
                "Frauengruppe",
            ])
            .internal("Vorstand wechselt im Frühjahr; neue Telefonnummer erfragen.")
            .done(),
        o("GEM-SPORT", "Sport für alle – Integration im TSV Oberried")
            .provider("TSV Oberried 1908 e. V.", P::Volunteer)
            .subs(&[S::Clubs])
            .groups(&[], &[T::Ref])
            .text(
                "Der Sportverein lädt Zugewanderte zum Mitmachen ein, auch ohne Vereinserfahrung: Fußball, \
                 Laufen und Schwimmkurse für Frauen und Kinder. Das erste Vierteljahr ist beitragsfrei; \
                 Übungsleitende mit eigener Migrationsgeschichte helfen beim Einstieg.",
            )
            .contact("012345 6 12 34", "integration@tsv-oberried.example", "www.tsv-oberried.example")
            .at("Sportplatzweg 1", "Oberried", Area::District)
            .hours("Di,Do 17:00-20:00; Sa 10:00-12:00", "Trainingszeiten; Schwimmkurs für Frauen am Samstag")
            .access(M::WalkIn, &[C::OnSite, C::Email])
            .langs("de en tr ar")
            .cost(
                Cost::Fee,
                "erstes Vierteljahr kostenlos, danach ab 6 € im Monat; Ermäßigung über das Bildungs- und \
                 Teilhabepaket",
            )
            .keywords(&["Sport", "Sportverein", "Verein", "Fußball", "Schwimmen", "Integration durch Sport"])
            .checked(14, 0)
            .done(),
        o("GEM-STAMMTISCH", "International Stammtisch Hafenau – Netzwerk für internationale Fachkräfte")
            .provider("Expat Network Hafenau", P::Volunteer)
            .subs(&[S::Networking])
            .groups(&[G::A, G::B, G::C], &[T::Eu])
            .text(
                "Monatliches Treffen von internationalen Fachkräften, ihren Partnerinnen und Partnern und \
                 Einheimischen in wechselnden Lokalen, meist auf Englisch und Deutsch. Neue Kontakte, Tipps \
                 zum Leben in der Region und gelegentlich Vorträge aus Unternehmen.",
            )
            .contact("012345 2 00 31 99", "hello@expats-hafenau.example", "www.expats-hafenau.example")
            .at("Hafenstraße 2", "Hafenau", Area::City)
            .hours("Mi 19:00-22:00", "jeden dritten Mittwoch im Monat")
            .access(M::WalkIn, &[C::OnSite, C::Email])
            .langs("en de es it")
            .free()
            .keywords(&["Stammtisch", "Expats", "Netzwerk", "Networking", "Community", "international"])
            .checked(3, 0)
            .done(),
        o("GEM-FREIWILLIG", "Freiwilligenagentur Hafenau – Ehrenamt finden")
            .provider("Freiwilligenagentur Hafenau", P::Volunteer)
            .subs(&[S::Volunteering, S::Networking])
            .groups(&[G::A, G::B, G::C, G::D], &[T::Ref, T::Eu])
            .text(
                "Vermittelt ehrenamtliche Tätigkeiten in Vereinen, Umweltgruppen, Tafeln und \
                 Kultureinrichtungen, passend zu Interessen und Sprachkenntnissen. Ein Ehrenamt hilft, \
                 Deutsch im Alltag zu üben, Kontakte zu knüpfen und Erfahrungen für den Lebenslauf zu \
                 sammeln.",
            )
            .contact(
                "012345 678-7000",
                "engagement@freiwillig-hafenau.example",
                "www.freiwillig-hafenau.example",
            )
            .at("Kaiweg 9", "Hafenau", Area::District)
            .hours("Mo,Do 10:00-13:00; Do 15:00-18:00", "Beratung im Stadtteilzentrum Hafen-Ost")
            .access(M::Recommended, &[C::Phone, C::Email, C::OnSite])
            .langs("de en")
            .free()
            .keywords(&[
                "Ehrenamt",
                "Freiwilligenarbeit",
                "Engagement",
                "Volunteering",
                "Freiwilligenagentur",
            ])
            .checked(17, 0)
            .done(),
    ]
}
