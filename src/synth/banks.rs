//! Word banks of the field for synthetic directories: kinds of offers (need, sub-needs,
//! provider type, title and provider patterns, keywords, description sentences), towns,
//! occupations, names and the syllables that make new project and street names.
//!
//! Placeholders: `{town}`, `{name}` (generated project name), `{trade}` (occupation),
//! `{level}` (German level), `{surname}`.

use crate::domain::{Need, ProviderType as P, SubNeed as S};

pub(super) struct Kind {
    pub need: Need,
    pub also: Option<Need>,
    pub subs: &'static [S],
    pub ptype: P,
    pub weight: u32,
    pub titles: &'static [&'static str],
    pub providers: &'static [&'static str],
    pub keywords: &'static [&'static str],
    pub about: &'static [&'static str],
}

macro_rules! kind {
    (@also) => { None };
    (@also $also:ident) => { Some(Need::$also) };
    ($need:ident $(+ $also:ident)?, [$($sub:ident),*], $pt:ident, $w:expr, $t:expr, $p:expr, $k:expr, $a:expr) => {
        Kind {
            need: Need::$need,
            also: kind!(@also $($also)?),
            subs: &[$(S::$sub),*],
            ptype: P::$pt,
            weight: $w,
            titles: $t,
            providers: $p,
            keywords: $k,
            about: $a,
        }
    };
}

pub(super) const KINDS: &[Kind] = &[
    kind!(
        Spr,
        [IntegrationCourse],
        LanguageSchool,
        40,
        &[
            "Integrationskurs {town}",
            "Integrationskurs Abendkurs",
            "Integrationskurs mit Kinderbetreuung",
            "Integrationskurs für Eltern",
            "Integrationskurs Teilzeit {town}",
            "Alphabetisierungskurs (Integrationskurs)",
            "Integrationskurs für Frauen"
        ],
        &[
            "Volkshochschule {town}",
            "VHS {town}",
            "Sprachschule {name}",
            "Bildungswerk {town}",
            "Caritas Sprachzentrum {town}"
        ],
        &["IK", "BAMF", "Deutschkurs", "Orientierungskurs"],
        &[
            "Deutschkurse von A1 bis B1 mit Orientierungskurs und Abschlussprüfung DTZ.",
            "Kurse am Vormittag und abends, auch in Teilzeit.",
            "Die Kosten übernimmt in vielen Fällen das BAMF; Berechtigungsschein der Ausländerbehörde mitbringen."
        ]
    ),
    kind!(
        Spr,
        [JobLanguageCourse, ProfessionalLanguage],
        LanguageSchool,
        25,
        &[
            "Berufssprachkurs {level}",
            "Berufssprachkurs {level} (DeuFöV)",
            "Berufssprachkurs Pflege {level}",
            "Berufsbezogener Deutschkurs {level}",
            "Fachsprachkurs Medizin",
            "Deutsch für den Beruf {level}"
        ],
        &[
            "Volkshochschule {town}",
            "Sprachinstitut {name}",
            "Bildungszentrum {town}",
            "IHK Bildungszentrum {town}"
        ],
        &["BSK", "DeuFöV", "Jobcenter", "Agentur für Arbeit"],
        &[
            "Berufsbezogene Deutschsprachförderung mit Zertifikat, Zugang über Jobcenter oder Agentur für Arbeit.",
            "Spezialkurse für akademische Heilberufe und Pflege, Gewerbe und Technik.",
            "Unterricht in kleinen Gruppen, Prüfung telc."
        ]
    ),
    kind!(
        Spr,
        [LanguageCafe],
        Volunteer,
        15,
        &[
            "Sprachcafé {town}",
            "Sprachcafé im Stadtteilzentrum",
            "Deutsch-Tandem {town}",
            "Internationales Sprachcafé",
            "Sprachtreff für Frauen",
            "Erzählcafé Deutsch üben"
        ],
        &[
            "Freiwilligenagentur {town}",
            "Stadtbibliothek {town}",
            "Nachbarschaftsverein {name}",
            "Integrationslotsen {town}"
        ],
        &["Tandem", "Deutsch üben", "Ehrenamt"],
        &[
            "Ehrenamtliche üben mit Ihnen Deutsch im Alltag, ohne Anmeldung und kostenlos.",
            "Jeden Mittwoch offener Treff mit Kaffee, Spielen und Gesprächen.",
            "Tandempartner für Englisch, Arabisch, Ukrainisch und viele weitere Sprachen."
        ]
    ),
    kind!(
        Arb,
        [JobSearch, Applications],
        EmploymentAgency,
        30,
        &[
            "Jobcenter {town} – Arbeitsvermittlung",
            "Jobcenter {town}: Bewerbungscoaching",
            "Agentur für Arbeit {town}",
            "Arbeitsvermittlung für internationale Fachkräfte",
            "Berufsberatung im Erwerbsleben",
            "Bewerbungstraining für Zugewanderte"
        ],
        &[
            "Jobcenter {town}",
            "Agentur für Arbeit {town}",
            "Bundesagentur für Arbeit",
            "Jobcenter Landkreis {town}"
        ],
        &["JC", "AA", "Bewerbung", "Stellensuche", "Bürgergeld"],
        &[
            "Beratung zu Stellensuche, Bewerbungsunterlagen und Vermittlung in Arbeit.",
            "Förderung von Weiterbildung und Bewerbungskosten.",
            "Für Bürgergeld-Beziehende ist das Jobcenter zuständig, sonst die Agentur für Arbeit."
        ]
    ),
    kind!(
        Arb,
        [Mentoring, DualCareer, SelfEmployment],
        Counselling,
        15,
        &[
            "Mentoring für Fachkräfte",
            "Dual Career Service {town}",
            "Gründungsberatung für Migrantinnen",
            "Existenzgründung {name}",
            "Karriereprogramm {name}",
            "Mentoringprogramm {town}"
        ],
        &["Welcome Center {town}", "Wirtschaftsförderung {town}", "Verein {name}", "IQ Netzwerk {town}"],
        &["Mentoring", "Partner", "Selbstständigkeit"],
        &[
            "Erfahrene Mentorinnen begleiten beim Einstieg in den deutschen Arbeitsmarkt.",
            "Unterstützung für Partnerinnen und Partner von Fachkräften bei der Jobsuche.",
            "Beratung zu Gründung, Businessplan und Finanzierung."
        ]
    ),
    kind!(
        Arb,
        [EmployerSupport],
        WelcomeCenter,
        8,
        &[
            "Arbeitgeberservice internationale Fachkräfte",
            "Beratung für Arbeitgeber: Einwanderung",
            "Einheitliche Ansprechstelle für Arbeitgeber",
            "Fachkräfteservice {town}"
        ],
        &["Welcome Center {town}", "IHK {town}", "Handwerkskammer {town}", "Agentur für Arbeit {town}"],
        &["Arbeitgeber", "beschleunigtes Fachkräfteverfahren", "EAA"],
        &[
            "Wir beraten Betriebe zur Einstellung ausländischer Fachkräfte und zum beschleunigten Fachkräfteverfahren.",
            "Unterstützung bei Visum, Anerkennung und Onboarding."
        ]
    ),
    kind!(
        Woh,
        [HousingSearch, SocialHousing, HousingBenefit],
        Municipality,
        20,
        &[
            "Wohnungsamt {town}: Wohnberechtigungsschein",
            "Wohngeldstelle {town}",
            "Wohnungssuche für Neuzugewanderte",
            "Beratung Sozialwohnung und WBS",
            "Wohnraumvermittlung {name}"
        ],
        &[
            "Stadt {town} – Amt für Wohnen",
            "Landkreis {town}",
            "Wohnungsbaugesellschaft {town}",
            "Diakonie {town}"
        ],
        &["WBS", "Wohngeld", "Wohnung", "Miete"],
        &[
            "Antrag auf Wohnberechtigungsschein und Wohngeld, Hilfe beim Ausfüllen der Formulare.",
            "Liste freier Sozialwohnungen und Tipps zur Wohnungssuche.",
            "Bitte Einkommensnachweise und Mietvertrag mitbringen."
        ]
    ),
    kind!(
        Woh,
        [TenancyLaw],
        Counselling,
        8,
        &[
            "Mieterverein {town} – Mietrechtsberatung",
            "Beratung bei Kündigung der Wohnung",
            "Mietrecht für Neuzugewanderte"
        ],
        &["Mieterverein {town}", "Verbraucherzentrale {town}"],
        &["Mietrecht", "Nebenkosten", "Kaution"],
        &[
            "Rechtsberatung zu Mietvertrag, Kaution, Nebenkostenabrechnung und Kündigung.",
            "Für Mitglieder kostenlos, Beitritt vor Ort möglich."
        ]
    ),
    kind!(
        Ane,
        [RecognitionCounselling, RegulatedProfessions],
        Counselling,
        25,
        &[
            "Anerkennungsberatung {town}",
            "Anerkennungsberatung für {trade}",
            "IQ Anerkennungsberatung",
            "Beratung zur Berufsanerkennung",
            "Anerkennung ausländischer Berufsabschlüsse",
            "Anerkennung für Lehrkräfte",
            "Anerkennung Pflegeberufe"
        ],
        &[
            "IQ Netzwerk {town}",
            "Beratungszentrum Anerkennung {town}",
            "Caritas {town}",
            "Bezirksregierung {town}"
        ],
        &["Anerkennung", "IQ", "Anerkennungsgesetz", "Referenzberuf"],
        &[
            "Wir klären, welche Stelle für Ihren Beruf zuständig ist, und begleiten den Antrag auf Anerkennung.",
            "Beratung für {trade} und andere reglementierte Berufe.",
            "Unterlagen: Zeugnisse, Fächerübersicht, Nachweise der Berufserfahrung."
        ]
    ),
    kind!(
        Ane,
        [NonRegulated],
        Chamber,
        12,
        &[
            "IHK FOSA Anerkennung",
            "Anerkennung kaufmännischer und technischer Berufe",
            "Handwerkskammer: Anerkennung von Gesellenbriefen",
            "Gleichwertigkeitsfeststellung {trade}"
        ],
        &["IHK {town}", "Handwerkskammer {town}", "IHK FOSA"],
        &["FOSA", "IHK", "HWK", "Gleichwertigkeit"],
        &[
            "Prüfung der Gleichwertigkeit ausländischer Berufsabschlüsse mit einem deutschen Referenzberuf.",
            "Der Antrag kann schon aus dem Ausland gestellt werden."
        ]
    ),
    kind!(
        Ane,
        [UniversityDegrees, SchoolCertificates],
        Education,
        8,
        &[
            "Zeugnisbewertung für Hochschulabschlüsse",
            "ZAB Zeugnisbewertung",
            "Anerkennung von Schulabschlüssen",
            "Bewertung ausländischer Hochschulabschlüsse"
        ],
        &["Zentralstelle für ausländisches Bildungswesen", "Bezirksregierung {town}", "Schulamt {town}"],
        &["ZAB", "Zeugnis", "Hochschulabschluss"],
        &[
            "Bewertung nicht reglementierter akademischer Abschlüsse für Arbeitsmarkt und Visum.",
            "Anerkennung ausländischer Schulzeugnisse für Ausbildung und Studium."
        ]
    ),
    kind!(
        Ane,
        [AdaptationTest, RecognitionFunding],
        Education,
        8,
        &[
            "Anpassungslehrgang Pflege",
            "Kenntnisprüfung Vorbereitung",
            "Anerkennungszuschuss",
            "Approbation für Ärztinnen und Ärzte",
            "Qualifizierung für {trade}"
        ],
        &["Pflegeschule {town}", "Klinikum {town}", "Landesprüfungsamt", "IQ Netzwerk {town}"],
        &["Approbation", "Kenntnisprüfung", "Anpassungsmaßnahme"],
        &[
            "Vorbereitung auf Kenntnisprüfung und Anpassungslehrgang für volle Anerkennung.",
            "Zuschuss zu Gebühren und Übersetzungen, wenn das Einkommen gering ist."
        ]
    ),
    kind!(
        Auf,
        [Permit, Visa, ChangeOfPurpose, Settlement],
        ImmigrationOffice,
        15,
        &[
            "Ausländerbehörde {town}",
            "Ausländerbehörde Landkreis {town}",
            "Service für Aufenthaltstitel",
            "Blaue Karte EU – Antrag",
            "Einbürgerung {town}",
            "Aufenthaltserlaubnis und Niederlassung"
        ],
        &[
            "Landkreis {town}",
            "Stadt {town} – Ausländerbehörde",
            "Ausländerbehörde {town}",
            "Bürgeramt {town}"
        ],
        &["ABH", "Aufenthaltstitel", "Blaue Karte", "Niederlassungserlaubnis"],
        &[
            "Zuständig für Aufenthaltserlaubnis, Blaue Karte EU, Verlängerung und Zweckwechsel.",
            "Termine nur online, Fiktionsbescheinigung bei rechtzeitigem Antrag.",
            "Einbürgerung und Staatsangehörigkeit nach Terminvereinbarung."
        ]
    ),
    kind!(
        Auf,
        [LegalAdvice, JobSeekerPermit, EuFreeMovement, FastTrack],
        Counselling,
        8,
        &[
            "Migrationsrechtliche Beratung",
            "Beratung Chancenkarte und Arbeitsplatzsuche",
            "Rechtsberatung Aufenthalt",
            "EU-Freizügigkeit Beratung"
        ],
        &["Anwaltsverein {town}", "Refugee Law Clinic {town}", "Diakonie {town}", "Welcome Center {town}"],
        &["Chancenkarte", "Visum", "Aufenthaltsrecht"],
        &[
            "Kostenlose Erstberatung zu Visum, Chancenkarte, Familiennachzug und Aufenthaltstitel.",
            "Keine Vertretung vor Gericht."
        ]
    ),
    kind!(
        Arr,
        [Wages, ContractDismissal, Exploitation],
        Counselling,
        8,
        &[
            "Faire Integration {town}",
            "Arbeitsrechtsberatung für Zugewanderte",
            "Beratung bei Lohnbetrug",
            "Hilfe bei Kündigung"
        ],
        &["Faire Integration", "DGB Bildungswerk", "Beratungsstelle {name}"],
        &["Arbeitsrecht", "Lohn", "Kündigung", "Ausbeutung"],
        &[
            "Vertrauliche Beratung bei Problemen mit Lohn, Arbeitszeit, Vertrag oder Kündigung.",
            "Auch bei Arbeitsausbeutung und Problemen mit der Unterkunft beim Arbeitgeber."
        ]
    ),
    kind!(
        Bil,
        [Youth, Apprenticeship],
        Counselling,
        12,
        &[
            "Jugendmigrationsdienst {town}",
            "JMD {town}: Ausbildung und Schule",
            "Ausbildungsberatung für junge Zugewanderte",
            "Berufsorientierung {name}"
        ],
        &["Jugendmigrationsdienst {town}", "AWO {town}", "Internationaler Bund {town}", "Caritas {town}"],
        &["JMD", "Ausbildung", "Jugend", "Schule"],
        &[
            "Beratung für junge Menschen von 12 bis 27 zu Schule, Ausbildung und Studium.",
            "Begleitung bei Bewerbungen um einen Ausbildungsplatz."
        ]
    ),
    kind!(
        Bil,
        [University, FurtherTraining],
        Education,
        10,
        &[
            "International Office {town}",
            "Studienberatung für internationale Studierende",
            "Weiterbildungsberatung {town}",
            "Brückenkurs Studium"
        ],
        &["Hochschule {town}", "Universität {town}", "Weiterbildungsverbund {town}"],
        &["Studium", "Hochschule", "Weiterbildung"],
        &[
            "Beratung zu Zulassung, Studienkolleg, Finanzierung und Karriere nach dem Abschluss.",
            "Weiterbildung und Umschulung mit Bildungsgutschein."
        ]
    ),
    kind!(
        Kin,
        [Kita, AfterSchool],
        Municipality,
        15,
        &[
            "Kita-Navigator {town}",
            "Kitaplatz-Vermittlung {town}",
            "Kindertagespflege {town}",
            "Beratung Kita und Hort",
            "Kita-Platz Anmeldung"
        ],
        &["Stadt {town} – Jugendamt", "Landkreis {town} – Jugendamt", "Familienbüro {town}"],
        &["Kita", "Kindergarten", "Hort", "Kinderbetreuung"],
        &[
            "Anmeldung für einen Kitaplatz über das Online-Portal, Hilfe bei der Anmeldung.",
            "Informationen zu Kindertagespflege, Hort und Elternbeiträgen."
        ]
    ),
    kind!(
        Kin,
        [School],
        Education,
        8,
        &[
            "Schulamt {town}: Vorbereitungsklassen",
            "Schulanmeldung für zugewanderte Kinder",
            "Seiteneinsteigerberatung"
        ],
        &["Staatliches Schulamt {town}", "Kommunales Integrationszentrum {town}"],
        &["Schule", "Vorbereitungsklasse", "Seiteneinsteiger"],
        &[
            "Beratung und Zuweisung von Schulplätzen für neu zugewanderte Kinder und Jugendliche.",
            "Vorbereitungsklassen mit Deutsch als Zweitsprache."
        ]
    ),
    kind!(
        Fam,
        [FamilyBenefits],
        EmploymentAgency,
        10,
        &[
            "Familienkasse {town} – Kindergeld",
            "Kindergeld und Kinderzuschlag",
            "Beratung Elterngeld und Kindergeld"
        ],
        &["Familienkasse {town}", "Bundesagentur für Arbeit – Familienkasse", "Elterngeldstelle {town}"],
        &["Kindergeld", "Kinderzuschlag", "Elterngeld"],
        &[
            "Antrag auf Kindergeld und Kinderzuschlag, auch für Kinder im Ausland.",
            "Bitte Steuer-ID und Geburtsurkunden bereithalten."
        ]
    ),
    kind!(
        Fam,
        [FamilyReunification, FamilyCounselling],
        Counselling,
        10,
        &[
            "Familiennachzug Beratung",
            "Familienberatungsstelle {town}",
            "Beratung für binationale Familien",
            "Migrationsberatung für Erwachsene {town}"
        ],
        &["Caritas {town}", "Diakonie {town}", "AWO {town}", "Verband binationaler Familien"],
        &["Familiennachzug", "MBE", "Familie"],
        &[
            "Beratung zu Familiennachzug, Visum für Ehegatten und Kinder und Familienleben in Deutschland.",
            "Migrationsberatung für Erwachsene ab 27 Jahren."
        ]
    ),
    kind!(
        Ges,
        [HealthInsurance],
        Health,
        12,
        &[
            "Krankenkasse {town}: Beratung für Neuzugewanderte",
            "Krankenversicherung für internationale Beschäftigte",
            "Beratung zur Krankenversicherung"
        ],
        &["AOK {town}", "Techniker Krankenkasse", "BARMER {town}", "DAK {town}"],
        &["Krankenkasse", "Krankenversicherung", "KV"],
        &[
            "Mitgliedschaft, Familienversicherung und Versicherungsnachweis für Arbeitgeber.",
            "Beratung auf Deutsch und Englisch."
        ]
    ),
    kind!(
        Ges,
        [DoctorSearch, Psychosocial],
        Health,
        10,
        &[
            "Psychosoziales Zentrum {town}",
            "Arztsuche mehrsprachig",
            "Gesundheitsamt {town}: Beratung",
            "Gesundheitslotsen {name}"
        ],
        &["Gesundheitsamt {town}", "Psychosoziales Zentrum für Geflüchtete", "Ärztekammer"],
        &["Arzt", "Therapie", "Gesundheit"],
        &[
            "Hilfe bei der Suche nach Ärztinnen und Ärzten, die Ihre Sprache sprechen.",
            "Psychosoziale Beratung und Therapie für Geflüchtete, mit Sprachmittlung."
        ]
    ),
    kind!(
        Fin,
        [Debt, BankAccount],
        Counselling,
        8,
        &["Schuldnerberatung {town}", "Insolvenzberatung", "Beratung Bankkonto und Finanzen"],
        &["Diakonie {town}", "Verbraucherzentrale {town}", "Caritas {town}"],
        &["Schulden", "Konto", "Insolvenz"],
        &[
            "Hilfe bei Schulden, Mahnungen und Pfändung, Weg zur Privatinsolvenz.",
            "Basiskonto eröffnen: was Banken verlangen dürfen."
        ]
    ),
    kind!(
        Fin,
        [Tax, Pension],
        Other,
        6,
        &["Steuerberatung für Neuzugewanderte", "Rentenberatung {town}", "Lohnsteuerhilfe {town}"],
        &["Lohnsteuerhilfeverein {town}", "Deutsche Rentenversicherung", "Finanzamt {town}"],
        &["Steuer", "Rente", "Steuer-ID"],
        &[
            "Hilfe bei Steuererklärung, Steuerklasse und Steuer-ID.",
            "Beratung zu Rentenansprüchen aus dem Ausland."
        ]
    ),
    kind!(
        All,
        [AddressRegistration, Orientation],
        Municipality,
        12,
        &["Bürgeramt {town}", "Wohnsitzanmeldung {town}", "Bürgerbüro {town}", "Willkommensmappe {town}"],
        &["Stadt {town}", "Gemeinde {town}", "Bürgerbüro {town}"],
        &["Anmeldung", "Meldebescheinigung", "Bürgeramt"],
        &[
            "Anmeldung des Wohnsitzes innerhalb von zwei Wochen nach Einzug, Wohnungsgeberbestätigung mitbringen.",
            "Meldebescheinigung und Steuer-ID."
        ]
    ),
    kind!(
        All,
        [DrivingLicence],
        Municipality,
        6,
        &[
            "Führerscheinstelle {town}",
            "Umschreibung ausländischer Führerscheine",
            "Fahrerlaubnis aus dem Ausland"
        ],
        &["Landkreis {town} – Straßenverkehrsamt", "Stadt {town} – Führerscheinstelle"],
        &["Führerschein", "Fahrerlaubnis", "Umschreibung"],
        &[
            "Umschreibung von Führerscheinen aus Drittstaaten, meist mit theoretischer und praktischer Prüfung.",
            "Antrag innerhalb von sechs Monaten nach Wohnsitznahme."
        ]
    ),
    kind!(
        All,
        [Interpreting],
        Volunteer,
        8,
        &["Sprachmittlerpool {town}", "Dolmetscherdienst {name}", "Begleitung zu Behörden"],
        &["Integrationslotsen {town}", "Kommunales Integrationszentrum {town}", "Verein {name}"],
        &["Dolmetscher", "Sprachmittlung", "Begleitung"],
        &[
            "Ehrenamtliche Sprachmittlerinnen begleiten zu Ämtern, Schulen und Ärzten.",
            "Anfrage mindestens eine Woche vorher."
        ]
    ),
    kind!(
        Gem,
        [Networking, Buddies, Clubs, Communities, Volunteering],
        MigrantOrganisation,
        15,
        &[
            "Internationaler Stammtisch {town}",
            "Patenschaftsprogramm {name}",
            "Migrantenorganisation {name}",
            "Netzwerk internationaler Fachkräfte",
            "Ehrenamtsbörse {town}",
            "Frauentreff {name}"
        ],
        &["Verein {name}", "Freiwilligenagentur {town}", "Integrationsrat {town}", "Welcome Center {town}"],
        &["MSO", "Netzwerk", "Patenschaft", "Verein"],
        &[
            "Treffen, Ausflüge und Patenschaften zum Ankommen in der Region.",
            "Sportvereine, Kulturvereine und Communities stellen sich vor."
        ]
    ),
    kind!(
        Dis + Arr,
        [Discrimination],
        Counselling,
        6,
        &[
            "Antidiskriminierungsberatung {town}",
            "Beratung bei Diskriminierung am Arbeitsplatz",
            "Antidiskriminierungsstelle",
            "Diskriminierung melden"
        ],
        &[
            "Antidiskriminierungsnetzwerk {town}",
            "Beratungsstelle {name}",
            "Antidiskriminierungsstelle des Bundes"
        ],
        &["Diskriminierung", "AGG", "Rassismus"],
        &[
            "Beratung bei Diskriminierung in Arbeit, Wohnung, Schule und Behörden nach dem AGG.",
            "Unterstützung bei Beschwerden gegenüber Arbeitgebern."
        ]
    ),
    kind!(
        Dis,
        [Violence],
        Counselling,
        4,
        &["Frauenhaus {town}", "Gewaltschutz Beratung", "Hilfetelefon Gewalt gegen Frauen"],
        &["Frauenhaus {town}", "Frauenberatungsstelle {town}"],
        &["Gewalt", "Schutz", "Frauenhaus"],
        &["Schutz und Beratung bei häuslicher Gewalt, rund um die Uhr erreichbar.", "Anonym und kostenlos."]
    ),
];

/// Towns of the region; the first ones carry most offers.
pub(super) const TOWNS: &[&str] = &[
    "Hafenau",
    "Birkwald",
    "Lindenbrück",
    "Ostermünde",
    "Kalkstein",
    "Rosenfeld",
    "Mühlhagen",
    "Eichstädt",
    "Sonnenberg",
    "Altwasser",
    "Tannhausen",
    "Wiesental",
    "Falkenried",
    "Grünau",
    "Steinbach",
    "Neumark",
];

pub(super) const TOWN_HEADS: &[&str] = &[
    "Hafen", "Birk", "Eichen", "Linden", "Rosen", "Stein", "Mühl", "Wald", "Berg", "Bach", "Ober", "Nieder",
    "Alt", "Neu", "Sonnen", "Wolfs", "Falken", "Kirch", "Markt", "Brunn", "Hohen", "Tann", "Weiß", "Schön",
];
pub(super) const TOWN_TAILS: &[&str] = &[
    "au", "wald", "dorf", "berg", "bach", "hausen", "heim", "feld", "stadt", "brück", "tal", "ingen", "rode",
    "hagen",
];

pub(super) const TRADES: &[&str] = &[
    "Lehrkräfte",
    "Lehrerinnen und Lehrer",
    "Pflegefachkräfte",
    "Ärztinnen und Ärzte",
    "Ingenieurinnen",
    "Erzieherinnen",
    "Elektroniker",
    "Apotheker",
    "Zahnärzte",
    "Physiotherapeuten",
    "Hebammen",
    "Architekten",
    "Sozialarbeiter",
    "Mechatroniker",
    "Köche",
    "Informatiker",
    "Bauingenieure",
    "Tierärzte",
    "Psychologen",
    "Juristen",
];

pub(super) const LEVELS: &[&str] = &["A2", "B1", "B2", "C1"];

pub(super) const SURNAMES: &[&str] = &[
    "Müller",
    "Schäfer",
    "Weiß",
    "Öztürk",
    "Yılmaz",
    "Kowalski",
    "Nguyen",
    "Ivanova",
    "Al-Hassan",
    "Becker",
    "Schröder",
    "Jäger",
    "Krüger",
    "Nowak",
    "Popescu",
    "Haddad",
    "Kaya",
    "Petrenko",
    "Fischer",
    "Groß",
    "Rossi",
    "Demir",
];

pub(super) const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ra", "ven", "to", "sil", "dor", "na", "bri", "mel", "tan", "ro", "fi", "lu", "gar",
    "es", "vi", "nor", "pa", "quin", "del", "sa", "mo", "ri", "tel", "ber", "an", "ko", "li", "zen", "ma",
    "ur", "ho", "ta", "ne",
];

pub(super) const STREET_TAILS: &[&str] = &["straße", "weg", "allee", "platz", "ring", "gasse"];

pub(super) const GENERAL: &[&str] = &[
    "Die Beratung ist kostenlos und vertraulich.",
    "Termine nach Vereinbarung, offene Sprechstunde dienstags.",
    "Bitte Ausweis und vorhandene Unterlagen mitbringen.",
    "Wir arbeiten eng mit Jobcenter, Ausländerbehörde und Welcome Center zusammen.",
    "Auch telefonisch und per Video erreichbar.",
    "Barrierefreier Zugang, Kinder können mitgebracht werden.",
    "Wartezeit derzeit etwa zwei Wochen.",
    "Informationen in einfacher Sprache.",
];

/// Languages offered, with weights (German always).
pub(super) const LANGS: &[(&str, u32)] = &[
    ("en", 70),
    ("ar", 25),
    ("tr", 20),
    ("uk", 20),
    ("ru", 20),
    ("fa", 12),
    ("fr", 10),
    ("es", 8),
    ("pl", 6),
    ("ro", 6),
    ("ti", 3),
    ("vi", 3),
];
