//! Demo entries for counselling services: migration counselling (MBE 27+, JMD 12–27), labour
//! rights (ARR), protection and anti-discrimination (DIS), psychosocial support and debt.

use super::build::draft;
use crate::domain::{
    AppointmentMode as M, Channel as C, Date, GroupTag as T, Need as N, Offer, ProviderType as P,
    ResidenceBasis as R, ServiceArea as Area, SubNeed as S, TargetGroup as G,
};

pub fn offers(today: Date) -> Vec<Offer> {
    let o = |id: &str, title: &str| draft(today, id, title);
    vec![
        o("MBE-HAFENAU", "Migrationsberatung für erwachsene Zugewanderte (MBE) – Hafenau")
            .provider("Migrationsdienst Hafenau e. V.", P::Counselling)
            .subs(&[S::Orientation, S::Permit, S::FamilyReunification, S::HousingSearch])
            .needs(&[N::Fin])
            .groups(&[G::A, G::B, G::D], &[T::Ref, T::Eu])
            .text(
                "Einzelberatung für Erwachsene ab 27 Jahren in den ersten Jahren nach der Einwanderung: \
                 Fragen zu Aufenthalt, Sprachkurs, Arbeit, Wohnen, Familie und Behördenpost. Mit \
                 persönlichem Förderplan und Begleitung bis zur Klärung, auf Wunsch mit Dolmetscher.",
            )
            .contact(
                "012345 3 30 40-10",
                "mbe@migrationsdienst-hafenau.example",
                "www.migrationsdienst-hafenau.example/mbe",
            )
            .at("Bahnhofstraße 9", "Hafenau", Area::City)
            .hours("Mo-Do 09:00-12:00; Di 14:00-17:00", "offene Sprechstunde Di nachmittags")
            .access(M::Recommended, &[C::Phone, C::Email, C::OnSite, C::Video])
            .langs("de en ar ru tr fa")
            .free()
            .ages(Some(27), None)
            .keywords(&[
                "MBE",
                "Migrationsberatung",
                "Erwachsene",
                "Behördenpost",
                "Förderplan",
                "Case Management",
            ])
            .checked(1, 0)
            .done(),
        o("MBE-LAND", "MBE-Außensprechstunde Birkwald und Talmühle")
            .provider("Diakonisches Werk Hafenau-Land", P::Counselling)
            .subs(&[S::Orientation, S::Permit])
            .needs(&[N::Fam])
            .groups(&[G::A, G::B, G::D], &[T::Ref, T::Eu])
            .text(
                "Migrationsberatung für Erwachsene ab 27 Jahren im ländlichen Kreisgebiet, wöchentlich im \
                 Rathaus Birkwald und alle zwei Wochen in Talmühle. Hilft bei Anträgen, Briefen von Behörden \
                 und der Suche nach einem Integrationskurs in erreichbarer Nähe.",
            )
            .contact(
                "012345 5 21 90",
                "mbe-land@diakonie-hafenau-land.example",
                "www.diakonie-hafenau-land.example/mbe",
            )
            .at("Rathausstraße 1", "Birkwald", Area::District)
            .hours("Mo 09:00-12:00; Do 13:00-16:00", "Talmühle: jeder 2. und 4. Mittwoch 10–12 Uhr")
            .access(M::Recommended, &[C::Phone, C::OnSite])
            .langs("de en uk ru")
            .free()
            .ages(Some(27), None)
            .keywords(&[
                "MBE",
                "Migrationsberatung",
                "Außensprechstunde",
                "Birkwald",
                "Talmühle",
                "ländlicher Raum",
            ])
            .checked(6, 0)
            .done(),
        o("JMD-HAFENAU", "Jugendmigrationsdienst Hafenau (JMD)")
            .provider("Jugendmigrationsdienst Hafenau", P::Counselling)
            .subs(&[S::Youth, S::Apprenticeship, S::School])
            .groups(&[G::B, G::C], &[T::Ref, T::Eu])
            .text(
                "Begleitet junge Zugewanderte zwischen 12 und 27 Jahren bei Schule, Ausbildung, Studium und \
                 Sprachkurs. Neben Einzelberatung gibt es Gruppenangebote wie Bewerbungstraining und \
                 Hausaufgabenhilfe; Eltern können zu den Gesprächen mitkommen.",
            )
            .contact("012345 3 30 40-20", "jmd@jmd-hafenau.example", "www.jmd-hafenau.example")
            .at("Bahnhofstraße 9", "Hafenau", Area::District)
            .hours("Mo-Fr 10:00-13:00; Mi 14:00-18:00", "offene Sprechstunde Mi nachmittags")
            .access(M::Recommended, &[C::Phone, C::Email, C::OnSite, C::Video])
            .langs("de en ar uk fa ps ti")
            .free()
            .ages(Some(12), Some(27))
            .keywords(&[
                "JMD",
                "Jugendmigrationsdienst",
                "Jugendliche",
                "junge Erwachsene",
                "Ausbildung",
                "Schule",
            ])
            .checked(1, 10)
            .done(),
        o("ARR-FAIR", "Faire Integration – Beratung zu Arbeitsrecht und fairen Arbeitsbedingungen")
            .provider("Beratungsnetz Arbeit und Migration Hafenau", P::Counselling)
            .subs(&[S::Wages, S::ContractDismissal, S::Exploitation])
            .groups(&[G::A, G::D], &[T::Ref])
            .text(
                "Beratung für Geflüchtete und Beschäftigte aus Drittstaaten zu Arbeitsvertrag, Lohn, Urlaub, \
                 Kündigung und Arbeitsschutz. Bei Ausbeutung oder nicht gezahltem Lohn hilft die Beratung, \
                 die Ansprüche durchzusetzen – vertraulich und auf Wunsch anonym.",
            )
            .contact(
                "012345 3 30 55-10",
                "faire-integration@beratungsnetz-hafenau.example",
                "www.beratungsnetz-hafenau.example/faire-integration",
            )
            .at("Lange Straße 20", "Hafenau", Area::State)
            .hours("Di 10:00-14:00; Do 14:00-18:00", "Telefon und Messenger; Termine auch abends")
            .access(M::Recommended, &[C::Phone, C::Email, C::OnSite, C::Video])
            .langs("de en ar fa fr ti")
            .free()
            .who(
                "Geflüchtete und Drittstaatsangehörige; EU-Bürger:innen siehe Beratung für mobile \
                 Beschäftigte",
            )
            .keywords(&[
                "Faire Integration",
                "Arbeitsrecht",
                "Lohn",
                "Mindestlohn",
                "Kündigung",
                "Ausbeutung",
                "Arbeitsvertrag",
            ])
            .checked(3, 0)
            .done(),
        o("DIS-ADS", "Antidiskriminierungsstelle Hafenau")
            .provider("Antidiskriminierungsberatung Hafenau e. V.", P::Counselling)
            .subs(&[S::Discrimination])
            .groups(&[G::A, G::B, G::C, G::D], &[T::Ref, T::Eu])
            .text(
                "Berät vertraulich Menschen, die wegen Herkunft, Sprache, Religion, Geschlecht oder \
                 Behinderung benachteiligt werden – bei der Wohnungssuche, am Arbeitsplatz, in Behörden oder \
                 im Alltag. Hilft bei Beschwerden und Fristen nach dem Gleichbehandlungsgesetz (AGG).",
            )
            .contact("012345 4 50 60 70", "beratung@ads-hafenau.example", "www.ads-hafenau.example")
            .at("Neue Straße 3", "Hafenau", Area::District)
            .hours("Mo 14:00-18:00; Mi 10:00-14:00", "Hotline; persönliche Beratung nach Vereinbarung")
            .access(M::Recommended, &[C::Phone, C::Email, C::OnSite, C::Video])
            .langs("de en tr ar fr")
            .free()
            .keywords(&["ADS", "Diskriminierung", "AGG", "Rassismus", "Benachteiligung", "Beschwerde"])
            .checked(2, 20)
            .done(),
        o("DIS-FRAUEN", "Frauenberatung und Gewaltschutz Hafenau-Land")
            .provider("Frauen- und Kinderschutzverein Hafenau-Land e. V.", P::Counselling)
            .subs(&[S::Violence, S::Psychosocial, S::FamilyCounselling])
            .groups(&[G::A, G::B, G::D], &[T::Ref, T::Eu])
            .text(
                "Beratung und Schutz für Frauen, die Gewalt in Partnerschaft oder Familie erleben, auch bei \
                 Zwangsheirat. Vermittlung ins Frauenhaus rund um die Uhr und Beratung zum eigenständigen \
                 Aufenthaltsrecht nach einer Trennung (§ 31 AufenthG).",
            )
            .contact(
                "012345 1 10 10 10",
                "hilfe@frauenschutz-hafenau.example",
                "www.frauenschutz-hafenau.example",
            )
            .at("Postfach 12 20", "Hafenau", Area::District)
            .hours("Mo-Fr 09:00-17:00", "Beratung; Notruf zum Frauenhaus rund um die Uhr")
            .access(M::Recommended, &[C::Phone, C::Email, C::OnSite])
            .langs("de en ar tr fa ru uk")
            .free()
            .who("Frauen und ihre Kinder; Beratung auch anonym")
            .keywords(&[
                "Gewaltschutz",
                "Frauenhaus",
                "häusliche Gewalt",
                "Zwangsheirat",
                "§31",
                "Frauenberatung",
                "Notruf",
            ])
            .checked(1, 0)
            .internal("Adresse des Frauenhauses nie herausgeben; Übergabe nur über die Beratungsstelle.")
            .done(),
        o("GES-PSZ", "Psychosoziales Zentrum für Geflüchtete Hafenau (PSZ)")
            .provider("Psychosoziales Zentrum Hafenau e. V.", P::Health)
            .subs(&[S::Psychosocial])
            .groups(&[G::B, G::D], &[T::Ref])
            .text(
                "Psychologische Beratung und Therapie für Geflüchtete mit Traumafolgen, mit Sprachmittlung \
                 in der Muttersprache. Es gibt eine Warteliste; Erstgespräche zur Einschätzung der \
                 Dringlichkeit sind in der Regel innerhalb von drei Wochen möglich.",
            )
            .contact("012345 4 50 80-0", "kontakt@psz-hafenau.example", "www.psz-hafenau.example")
            .at("Gartenstraße 5", "Hafenau", Area::State)
            .hours("Mo-Do 09:00-13:00", "telefonische Anmeldung")
            .access(M::Required, &[C::Phone, C::OnSite, C::Video])
            .langs("de en ar fa ku ti uk")
            .free()
            .residence(&[R::Asyl, R::Duld, R::Hum])
            .who("Geflüchtete aus dem ganzen Regierungsbezirk; Kostenübernahme klärt das Zentrum")
            .keywords(&[
                "PSZ",
                "Trauma",
                "Therapie",
                "Psychotherapie",
                "psychische Gesundheit",
                "Sprachmittlung",
            ])
            .checked(7, 0)
            .internal("Warteliste für Therapie derzeit ca. 4 Monate.")
            .done(),
        o("FIN-SCHULD", "Schuldner- und Insolvenzberatung Hafenau")
            .provider("Sozialwerk Hafenau e. V.", P::Counselling)
            .subs(&[S::Debt, S::BankAccount])
            .groups(&[], &[T::Ref, T::Eu])
            .text(
                "Hilft bei Mahnungen, Inkasso, Stromschulden und Mietrückständen, verhandelt mit Gläubigern \
                 und begleitet durch das Verbraucherinsolvenzverfahren. Stellt auch Bescheinigungen für das \
                 Pfändungsschutzkonto (P-Konto) aus.",
            )
            .contact(
                "012345 3 30 70-0",
                "schuldnerberatung@sozialwerk-hafenau.example",
                "www.sozialwerk-hafenau.example/schulden",
            )
            .at("Mühlenweg 11", "Hafenau", Area::District)
            .hours(
                "Mo,Mi 09:00-12:00; Di 14:00-17:00",
                "offene Sprechstunde für Notfälle wie Kontopfändung oder Stromsperre",
            )
            .access(M::Required, &[C::Phone, C::OnSite])
            .langs("de en tr ru")
            .free()
            .documents(&["Mahnungen und Schreiben der Gläubiger", "Einkommensnachweise", "Kontoauszüge"])
            .keywords(&["Schulden", "Schuldnerberatung", "Insolvenz", "P-Konto", "Inkasso", "Pfändung"])
            .checked(8, 0)
            .done(),
    ]
}
