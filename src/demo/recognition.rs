//! Demo entries for recognition of foreign qualifications (ANE): counselling, the competent
//! authorities for regulated and non-regulated professions, ZAB, adaptation and funding.

use super::build::draft;
use crate::domain::{
    AppointmentMode as M, Channel as C, Cost, Date, GermanLevel as L, GroupTag as T, Need as N, Offer,
    OfferStatus, ProviderType as P, ResidenceBasis as R, ServiceArea as Area, SubNeed as S, TargetGroup as G,
};

pub fn offers(today: Date) -> Vec<Offer> {
    let o = |id: &str, title: &str| draft(today, id, title);
    vec![
        o("IQ-ANERK", "IQ Anerkennungsberatung Hafenau – Beratung zu ausländischen Abschlüssen")
            .provider(
                "IQ Anerkennungs- und Qualifizierungsberatung (Migrationsdienst Hafenau e. V.)",
                P::Counselling,
            )
            .subs(&[
                S::RecognitionCounselling,
                S::RegulatedProfessions,
                S::RecognitionFunding,
                S::AdaptationTest,
            ])
            .groups(&[G::A, G::B, G::D], &[T::Ref, T::Eu])
            .text(
                "Kostenlose Beratung, ob und wo ein ausländischer Berufs- oder Hochschulabschluss anerkannt \
                 werden muss, welche Stelle zuständig ist und welche Unterlagen gebraucht werden. Bei \
                 teilweiser Anerkennung hilft die Beratung, passende Anpassungsqualifizierungen zu finden.",
            )
            .contact("012345 3 30 40-50", "anerkennung@iq-hafenau.example", "www.iq-hafenau.example")
            .at("Bahnhofstraße 9", "Hafenau", Area::State)
            .hours("Mo-Do 09:00-15:00", "Telefonberatung; Termine vor Ort und per Video")
            .access(M::Required, &[C::Phone, C::Email, C::OnSite, C::Video])
            .langs("de en ar ru uk fa es")
            .free()
            .documents(&[
                "Abschlusszeugnisse und Fächerlisten (Kopie)",
                "Nachweise über Berufserfahrung",
                "Lebenslauf",
                "vorhandene Übersetzungen",
            ])
            .keywords(&[
                "IQ",
                "Anerkennungsberatung",
                "Referenzberuf",
                "Anpassungsqualifizierung",
                "Defizitbescheid",
                "reglementiert",
            ])
            .checked(1, 14)
            .internal(
                "Ersttermine derzeit nach ca. 3 Wochen; bei Fristen (Visum) Eilhinweis in die Mail \
                 schreiben.",
            )
            .done(),
        o("ANE-LEHR", "Anerkennung ausländischer Lehrkräftequalifikationen – Landesschulbehörde")
            .provider("Landesschulbehörde – Referat Lehrkräfteanerkennung", P::Education)
            .subs(&[S::RegulatedProfessions, S::AdaptationTest])
            .groups(&[G::A, G::B, G::D], &[T::Eu, T::Ref])
            .text(
                "Prüft, ob eine im Ausland erworbene Lehramtsausbildung einem deutschen Lehramt gleichwertig \
                 ist, und legt bei Unterschieden Ausgleichsmaßnahmen wie Anpassungslehrgang oder \
                 Eignungsprüfung fest. Nachzuweisen sind Deutschkenntnisse auf Niveau C1 und in der Regel \
                 zwei Unterrichtsfächer.",
            )
            .contact(
                "012345 7 77 10-0",
                "lehrkraefteanerkennung@landesschulbehoerde.example",
                "www.landesschulbehoerde.example/anerkennung",
            )
            .at("Schlossplatz 4", "Hafenau", Area::State)
            .hours(
                "Mo-Do 09:00-12:00; Do 14:00-16:00",
                "telefonische Sprechzeiten; persönliche Beratung nur mit Termin",
            )
            .access(M::Required, &[C::Phone, C::Email])
            .langs("de en")
            .cost(
                Cost::Fee,
                "Gebühr je nach Aufwand 100 bis 500 €; Übernahme durch Jobcenter oder Anerkennungszuschuss \
                 möglich",
            )
            .who("Abgeschlossene Lehrerausbildung im Ausland; Antrag auch vom Ausland aus möglich")
            .documents(&[
                "Zeugnisse und Urkunden des Lehramtsstudiums mit Fächer- und Notenübersicht",
                "Beglaubigte Übersetzungen aller fremdsprachigen Unterlagen",
                "Tabellarischer Lebenslauf",
                "Nachweise über Berufserfahrung als Lehrkraft",
                "Identitätsnachweis (Pass)",
                "Sprachnachweis Deutsch C1 (kann nachgereicht werden)",
            ])
            .keywords(&[
                "Lehrkräfte",
                "Lehrer",
                "Lehrerin",
                "Lehramt",
                "Gleichwertigkeit",
                "Eignungsprüfung",
                "reglementiert",
            ])
            .checked(2, 0)
            .done(),
        o("IHK-FOSA", "Anerkennung von Berufsabschlüssen in IHK-Berufen (IHK FOSA)")
            .provider("IHK FOSA – Foreign Skills Approval, Erstberatung über die IHK Hafenau", P::Chamber)
            .subs(&[S::NonRegulated])
            .groups(&[G::A, G::D], &[T::Ref])
            .text(
                "Zentrale Stelle der Industrie- und Handelskammern für die Gleichwertigkeitsprüfung \
                 ausländischer Berufsabschlüsse in IHK-Berufen, etwa Kaufleute, Industriemechaniker oder \
                 Köche. Der Antrag ist auch aus dem Ausland möglich; die IHK Hafenau hilft vorab beim \
                 Referenzberuf.",
            )
            .contact("012345 1 22 33-60", "fosa@ihk-hafenau.example", "www.ihk-fosa-demo.example")
            .at("Börsenplatz 1", "Hafenau", Area::Nationwide)
            .hours("Mo-Do 09:00-15:00; Fr 09:00-12:00", "Hotline")
            .access(M::Recommended, &[C::Phone, C::Email])
            .langs("de en")
            .cost(Cost::Fee, "100 bis 600 € je nach Aufwand; Förderung über den Anerkennungszuschuss möglich")
            .documents(&[
                "Ausbildungsnachweise mit Fächer- und Stundenübersicht",
                "Nachweise über Berufserfahrung",
                "Tabellarischer Lebenslauf",
                "Übersetzungen durch öffentlich bestellte Übersetzer",
            ])
            .keywords(&[
                "FOSA",
                "IHK",
                "Gleichwertigkeitsfeststellung",
                "Berufsabschluss",
                "BQFG",
                "Referenzberuf",
            ])
            .checked(5, 0)
            .done(),
        o("HWK-ANERK", "Anerkennung im Handwerk – Handwerkskammer Hafenau")
            .provider("Handwerkskammer Hafenau", P::Chamber)
            .subs(&[S::NonRegulated, S::RegulatedProfessions, S::AdaptationTest])
            .groups(&[G::A, G::D], &[T::Ref, T::Eu])
            .text(
                "Gleichwertigkeitsprüfung ausländischer Abschlüsse in Handwerksberufen wie Elektroniker, \
                 Kfz-Mechatronikerin oder Friseur. Fehlen Unterlagen, ist eine Qualifikationsanalyse mit \
                 Arbeitsprobe möglich; zu zulassungspflichtigen Handwerken berät die Kammer gesondert.",
            )
            .contact(
                "012345 2 40 50-30",
                "anerkennung@hwk-hafenau.example",
                "www.hwk-hafenau.example/anerkennung",
            )
            .at("Handwerkerstraße 8", "Hafenau", Area::State)
            .hours("Mo-Do 08:00-16:00; Fr 08:00-12:00", "Terminvereinbarung telefonisch")
            .access(M::Required, &[C::Phone, C::Email, C::OnSite])
            .langs("de en ru pl")
            .cost(Cost::Fee, "Gebühr 100 bis 600 €; Qualifikationsanalyse wird gesondert berechnet")
            .documents(&[
                "Ausbildungs- und Prüfungszeugnisse",
                "Übersetzungen",
                "Arbeitszeugnisse oder andere Nachweise über Berufserfahrung",
                "Lebenslauf",
            ])
            .keywords(&[
                "HWK",
                "Handwerk",
                "Qualifikationsanalyse",
                "Meister",
                "Handwerksrolle",
                "Gesellenbrief",
            ])
            .checked(6, 15)
            .done(),
        o("ANE-ZAB", "Zeugnisbewertung für ausländische Hochschulabschlüsse (ZAB)")
            .provider("Zentralstelle für ausländisches Bildungswesen (ZAB)", P::Education)
            .subs(&[S::UniversityDegrees])
            .groups(&[G::A, G::B, G::C, G::D], &[T::Ref, T::Eu])
            .text(
                "Die Zeugnisbewertung beschreibt einen ausländischen Hochschulabschluss und ordnet ihn in \
                 das deutsche Bildungssystem ein. Sie wird für nicht reglementierte Berufe, Bewerbungen und \
                 oft für die Blaue Karte EU genutzt; der Antrag läuft vollständig online.",
            )
            .contact("012345 99 10 00", "zeugnisbewertung@zab-demo.example", "www.zab-demo.example")
            .area(Area::Online)
            .hours("Mo-Fr 09:00-12:00", "Hotline; Anträge nur online")
            .access(M::Unknown, &[C::Phone, C::Email])
            .langs("de en")
            .cost(Cost::Fee, "200 € für die erste Zeugnisbewertung, 100 € für jede weitere")
            .documents(&[
                "Hochschulabschlusszeugnis (Scan)",
                "Fächer- und Notenübersicht",
                "Übersetzungen, wenn die Unterlagen nicht auf Deutsch oder Englisch vorliegen",
                "Identitätsnachweis",
            ])
            .keywords(&[
                "ZAB",
                "Zeugnisbewertung",
                "anabin",
                "Hochschulabschluss",
                "Blaue Karte",
                "Uni-Abschluss",
                "KMK",
            ])
            .checked(10, 0)
            .done(),
        o("ANE-APPROB", "Approbation und Berufserlaubnis für Ärztinnen und Ärzte – Landesprüfungsamt")
            .provider("Landesprüfungsamt für Heilberufe", P::Health)
            .subs(&[S::RegulatedProfessions, S::AdaptationTest])
            .needs(&[N::Ges])
            .groups(&[G::A, G::D], &[T::Ref, T::Eu])
            .text(
                "Zuständig für die Approbation von Ärztinnen, Ärzten, Zahnärzten und Apothekern mit \
                 ausländischer Ausbildung sowie für befristete Berufserlaubnisse. Bei wesentlichen \
                 Unterschieden wird eine Kenntnisprüfung verlangt; die Fachsprachprüfung nimmt die \
                 Ärztekammer ab.",
            )
            .contact(
                "012345 7 77 20-0",
                "approbation@lpa-heilberufe.example",
                "www.lpa-heilberufe.example/approbation",
            )
            .at("Schlossplatz 6", "Hafenau", Area::State)
            .hours("Mo,Di,Do 09:00-12:00", "telefonische Sprechzeiten")
            .access(M::Required, &[C::Phone, C::Email])
            .langs("de en")
            .cost(Cost::Fee, "Gebühren je nach Verfahren 150 bis 1.000 €, Kenntnisprüfung gesondert")
            .documents(&[
                "Antrag auf Approbation",
                "Diplom und Fächerübersicht mit beglaubigter Übersetzung",
                "Geburtsurkunde",
                "Führungszeugnis",
                "Ärztliche Bescheinigung",
                "Fachsprachzertifikat C1 Medizin",
                "Lebenslauf",
            ])
            .keywords(&[
                "Approbation",
                "Ärzte",
                "Arzt",
                "Berufserlaubnis",
                "Kenntnisprüfung",
                "FSP",
                "Heilberufe",
                "reglementiert",
            ])
            .checked(3, 0)
            .done(),
        o("ANE-PFLEGE", "Anerkennung von Pflegefachkräften – Landesamt für Gesundheitsberufe")
            .provider("Landesamt für Gesundheitsberufe", P::Health)
            .subs(&[S::RegulatedProfessions, S::AdaptationTest, S::FastTrack])
            .groups(&[G::A, G::D], &[T::Ref, T::Eu, T::Emp])
            .text(
                "Entscheidet über die Erlaubnis zum Führen der Berufsbezeichnung Pflegefachfrau oder \
                 Pflegefachmann bei ausländischer Pflegeausbildung. Fehlen Inhalte, folgen \
                 Anpassungslehrgang oder Kenntnisprüfung; Arbeitgeber können den Antrag im beschleunigten \
                 Verfahren stellen.",
            )
            .contact("012345 7 77 30-0", "pflege@lagb-demo.example", "www.lagb-demo.example/pflege")
            .at("Schlossplatz 6", "Hafenau", Area::State)
            .hours("Di,Do 09:00-12:00", "Hotline; Antragsberatung per E-Mail")
            .access(M::Required, &[C::Phone, C::Email])
            .langs("de en")
            .cost(Cost::Fee, "Gebühr 150 bis 400 €")
            .documents(&[
                "Ausbildungsnachweis mit Fächer- und Stundenaufstellung",
                "Nachweise über Berufserfahrung",
                "Sprachzertifikat B2",
                "Übersetzungen",
                "Ärztliche Bescheinigung über die gesundheitliche Eignung",
                "Führungszeugnis",
            ])
            .keywords(&[
                "Pflege",
                "Pflegefachkraft",
                "Krankenpfleger",
                "Defizitbescheid",
                "Pflegeberufegesetz",
                "reglementiert",
            ])
            .checked(13, 5)
            .internal(
                "Bearbeitungszeit laut Partnertreffen 4–6 Monate; Eintrag seit dem Umzug des Amts nicht \
                 geprüft.",
            )
            .done(),
        o("ANE-ANPASS", "Anpassungslehrgang und Vorbereitung auf die Kenntnisprüfung Pflege")
            .provider("Bildungszentrum Gesundheit Seebrück", P::Education)
            .subs(&[S::AdaptationTest, S::ProfessionalLanguage])
            .groups(&[G::A, G::D], &[T::Ref])
            .text(
                "Sechs- bis zwölfmonatiger Lehrgang mit Theorie und Praxiseinsätzen in Klinik und \
                 Altenpflege, der die im Bescheid genannten Unterschiede ausgleicht. Teilnehmende mit \
                 Aufenthaltserlaubnis nach § 16d AufenthG können nebenher bis zu 20 Stunden pro Woche \
                 arbeiten.",
            )
            .contact(
                "012345 8 80 44-30",
                "anpassung@bzg-seebrueck.example",
                "www.bzg-seebrueck.example/anpassung",
            )
            .at("Klinikweg 2", "Seebrück", Area::State)
            .hours("Mo-Fr 08:00-14:00", "Sekretariat")
            .access(M::Required, &[C::Phone, C::Email, C::OnSite])
            .langs("de en")
            .min_german(L::B1)
            .residence(&[R::Recog, R::Emp, R::Hum, R::Eu, R::Perm])
            .cost(
                Cost::Fee,
                "Lehrgangskosten übernehmen häufig Arbeitgeber, Agentur für Arbeit oder Jobcenter",
            )
            .who("Defizitbescheid der Anerkennungsstelle liegt vor")
            .documents(&["Defizitbescheid", "Sprachzertifikat B1 oder höher", "Aufenthaltstitel"])
            .keywords(&[
                "Anpassungslehrgang",
                "Kenntnisprüfung",
                "§16d",
                "Pflege",
                "Anerkennungspartnerschaft",
                "Defizitbescheid",
            ])
            .checked(5, 0)
            .done(),
        o("ANE-FONDS", "Landesförderprogramm Anerkennungskosten")
            .provider("Landesnetzwerk Integration durch Qualifizierung", P::Counselling)
            .subs(&[S::RecognitionFunding])
            .groups(&[G::A, G::D], &[T::Ref])
            .text(
                "Zuschuss für Gebühren, Übersetzungen und Beglaubigungen im Anerkennungsverfahren für \
                 Menschen mit geringem Einkommen. Das Landesprogramm ist ausgelaufen; Anträge werden nicht \
                 mehr angenommen, Ratsuchende bitte an die IQ Anerkennungsberatung verweisen.",
            )
            .contact("012345 99 20 30", "foerderung@iq-land.example", "www.iq-land.example/foerderung")
            .area(Area::State)
            .hours_note("keine Sprechzeiten mehr")
            .access(M::Unknown, &[C::Email])
            .langs("de")
            .free()
            .status(OfferStatus::Inactive)
            .keywords(&["Anerkennungszuschuss", "Förderung", "Übersetzungskosten", "Gebühren", "Zuschuss"])
            .checked(26, 0)
            .internal("Programm eingestellt; Eintrag für die Auswertung der Angebotslücken behalten.")
            .done(),
        o("ANE-SCHUL", "Anerkennung ausländischer Schulabschlüsse – Zeugnisanerkennungsstelle")
            .provider("Landesschulbehörde – Zeugnisanerkennungsstelle", P::Education)
            .subs(&[S::SchoolCertificates])
            .needs(&[N::Bil])
            .groups(&[G::B, G::C], &[T::Ref])
            .text(
                "Bewertet ausländische Schulabschlüsse und stellt fest, welchem deutschen Abschluss sie \
                 entsprechen, etwa Hauptschulabschluss, Mittlerer Schulabschluss oder \
                 Hochschulzugangsberechtigung. Wichtig für Ausbildung, Studium und die Aufnahme an der \
                 Berufsschule.",
            )
            .contact(
                "012345 7 77 10-50",
                "zeugnisse@landesschulbehoerde.example",
                "www.landesschulbehoerde.example/zeugnisse",
            )
            .at("Schlossplatz 4", "Hafenau", Area::State)
            .hours("Mo-Mi 09:00-12:00", "telefonische Sprechzeiten")
            .access(M::Required, &[C::Phone, C::Email])
            .langs("de en")
            .cost(Cost::Fee, "Gebühr 40 bis 150 €")
            .documents(&[
                "Schulabschlusszeugnis mit Notenübersicht",
                "Beglaubigte Übersetzung",
                "Pass oder Personalausweis",
            ])
            .keywords(&[
                "Schulabschluss",
                "Zeugnisanerkennung",
                "Abitur",
                "Hochschulzugang",
                "Zeugnis",
                "Übersetzung",
            ])
            .checked(14, 0)
            .done(),
    ]
}
