//! Demo entries for learning German (SPR): integration and job-related courses, professional
//! language, self-paid and online courses, language café and tandem.

use super::build::draft;
use crate::domain::{
    AppointmentMode as M, Channel as C, Cost, Date, GermanLevel as L, GroupTag as T, Need as N, Offer,
    OfferStatus, ProviderType as P, ServiceArea as Area, SubNeed as S, TargetGroup as G,
};

pub fn offers(today: Date) -> Vec<Offer> {
    let o = |id: &str, title: &str| draft(today, id, title);
    vec![
        o("SPR-IK-VHS", "Integrationskurs (allgemein) – VHS Hafenau")
            .provider("Volkshochschule Hafenau", P::LanguageSchool)
            .subs(&[S::IntegrationCourse])
            .groups(&[G::A, G::B, G::D], &[T::Ref, T::Eu])
            .text(
                "Allgemeine Integrationskurse mit 600 Unterrichtseinheiten Sprachkurs und 100 Einheiten \
                 Orientierungskurs, Abschluss mit dem „Deutsch-Test für Zuwanderer“ (DTZ). Vor Kursbeginn \
                 gibt es einen kostenlosen Einstufungstest; Vormittags- und Abendkurse beginnen etwa alle \
                 sechs Wochen.",
            )
            .contact(
                "012345 678-4410",
                "integrationskurse@vhs-hafenau.example",
                "www.vhs-hafenau.example/integrationskurse",
            )
            .at("Am Markt 7", "Hafenau", Area::District)
            .hours(
                "Mo-Do 09:00-12:30; Di 14:00-17:00",
                "Einstufung in der offenen Sprechstunde Di nachmittags",
            )
            .access(M::Recommended, &[C::Phone, C::Email, C::OnSite])
            .langs("de en ar uk")
            .cost(
                Cost::Fee,
                "kostenlos mit Kostenbefreiung des BAMF (z. B. bei Bürgergeld), sonst Eigenanteil je \
                 Unterrichtseinheit",
            )
            .who(
                "Mit Berechtigung oder Verpflichtung durch BAMF, Jobcenter oder Ausländerbehörde; \
                 EU-Bürger:innen auf Antrag bei freien Plätzen",
            )
            .documents(&[
                "Berechtigungs- oder Verpflichtungsschein",
                "Pass oder Passersatz",
                "Aufenthaltstitel bzw. Aufenthaltsgestattung",
                "Bescheid über die Kostenbefreiung (falls vorhanden)",
            ])
            .keywords(&["IK", "BAMF", "DTZ", "Einstufungstest", "Orientierungskurs", "Deutschkurs"])
            .checked(1, 3)
            .internal("Abendkurse haben derzeit ca. 8 Wochen Wartezeit, Vormittagskurse meist sofort.")
            .done(),
        o("SPR-IK-KIBE", "Eltern- und Frauenintegrationskurs mit Kinderbetreuung – Birkwald")
            .provider("Familienbildungsstätte Birkwald e. V.", P::LanguageSchool)
            .subs(&[S::IntegrationCourse, S::CourseWithChildcare])
            .groups(&[G::B], &[T::Ref])
            .text(
                "Integrationskurs in kleinen Gruppen für Mütter und Väter, die wegen der Kinder keinen \
                 regulären Kurs besuchen können. Während des Unterrichts werden Kinder ab einem Jahr im Haus \
                 betreut; der Kurs endet mittags, damit Kita- und Schulkinder abgeholt werden können.",
            )
            .contact("012345 5 21 30", "kurse@fbs-birkwald.example", "www.fbs-birkwald.example")
            .at("Lindenweg 4", "Birkwald", Area::District)
            .hours("Mo-Do 08:30-12:00", "Kurszeiten; Anmeldung telefonisch")
            .access(M::Required, &[C::Phone, C::OnSite])
            .langs("de ar fa tr")
            .cost(Cost::Fee, "wie allgemeiner Integrationskurs; Kinderbetreuung kostenlos")
            .who("Eltern mit Berechtigung zum Integrationskurs; Kinder unter 6 Jahren werden mitbetreut")
            .documents(&[
                "Berechtigungs- oder Verpflichtungsschein",
                "Pass oder Passersatz",
                "Nachweis über Masernschutz der Kinder",
            ])
            .keywords(&["IK", "Elternkurs", "Frauenkurs", "Kinderbetreuung", "Kinderbeaufsichtigung"])
            .checked(3, 10)
            .done(),
        o("SPR-BSK-B2", "Berufssprachkurs B2 (DeuFöV) – Sprachinstitut Hafenau")
            .provider("Sprachinstitut Lingua Hafenau GmbH", P::LanguageSchool)
            .subs(&[S::JobLanguageCourse])
            .groups(&[G::A, G::C, G::D], &[T::Ref, T::Eu])
            .text(
                "Berufsbezogener Deutschkurs nach der Deutschsprachförderverordnung (DeuFöV) mit 400 \
                 Unterrichtseinheiten, Ziel Niveau B2 mit Prüfung. Geübt werden Telefonate, E-Mails, \
                 Besprechungen und Bewerbungsgespräche; Teilzeitkurse am Abend sind für Berufstätige \
                 gedacht.",
            )
            .contact("(01 23 45) 6 78-90", "bsk@lingua-hafenau.example", "www.lingua-hafenau.example/bsk")
            .at("Hafenstraße 31", "Hafenau", Area::District)
            .hours("Mo-Fr 08:00-16:00", "Büro; Kurse auch abends und samstags")
            .access(M::Required, &[C::Phone, C::Email, C::OnSite, C::Video])
            .langs("de en ru uk")
            .min_german(L::B1)
            .cost(
                Cost::Fee,
                "kostenlos bei Arbeitsuche; Beschäftigte mit höherem Einkommen zahlen einen Eigenanteil",
            )
            .who("Berechtigung durch Agentur für Arbeit, Jobcenter oder BAMF; Nachweis B1 (z. B. DTZ)")
            .documents(&[
                "Berechtigungsschein für den Berufssprachkurs",
                "Sprachzertifikat B1",
                "Pass und Aufenthaltstitel",
            ])
            .keywords(&["BSK", "DeuFöV", "Berufssprachkurs", "B2", "Job-BSK", "berufsbezogenes Deutsch"])
            .checked(2, 0)
            .done(),
        o("SPR-BSK-PFLEGE", "Spezialkurs Pflege (Berufssprachkurs DeuFöV) – Seebrück")
            .provider("Bildungszentrum Gesundheit Seebrück", P::LanguageSchool)
            .subs(&[S::JobLanguageCourse, S::ProfessionalLanguage])
            .needs(&[N::Ane])
            .groups(&[G::A, G::D], &[T::Ref])
            .text(
                "Berufssprachkurs für Pflegefachkräfte im Anerkennungsverfahren: Dokumentation, Übergabe, \
                 Gespräche mit Patientinnen, Patienten und Angehörigen. Der Kurs führt zur Fachsprachprüfung \
                 B2 Pflege und lässt sich mit einem Anpassungslehrgang verbinden.",
            )
            .contact(
                "012345 8 80 44-20",
                "sprache@bzg-seebrueck.example",
                "www.bzg-seebrueck.example/pflege-deutsch",
            )
            .at("Klinikweg 2", "Seebrück", Area::State)
            .hours("Mo-Do 08:00-15:00; Fr 08:00-12:00", "Sekretariat")
            .access(M::Required, &[C::Phone, C::Email, C::Video])
            .langs("de en es tl")
            .min_german(L::B1)
            .cost(Cost::Fee, "kostenlos mit Berechtigung; Eigenanteil für Beschäftigte je nach Einkommen")
            .who("Anerkennungsbescheid mit Auflagen oder laufendes Anerkennungsverfahren in der Pflege")
            .documents(&[
                "Berechtigungsschein für den Berufssprachkurs",
                "Defizit- oder Feststellungsbescheid der Anerkennungsstelle",
                "Sprachzertifikat B1",
            ])
            .keywords(&["BSK", "DeuFöV", "Pflege", "Fachsprache", "Pflegefachkraft", "Spezialkurs"])
            .checked(4, 0)
            .done(),
        o("SPR-FACH-MED", "Fachsprachkurs Medizin C1 – Vorbereitung auf die Fachsprachprüfung")
            .provider("Akademie für Gesundheitsberufe Hafenau", P::LanguageSchool)
            .subs(&[S::ProfessionalLanguage, S::SelfPaidCourse])
            .needs(&[N::Ane])
            .groups(&[G::A, G::D], &[])
            .text(
                "Kurs für Ärztinnen und Ärzte mit ausländischer Ausbildung, die die Fachsprachprüfung der \
                 Ärztekammer ablegen müssen. Simulierte Anamnesegespräche, Arztbriefe und Fallvorstellungen \
                 in Kleingruppen; ein Teil des Unterrichts findet online statt.",
            )
            .contact(
                "012345 4 71 19-0",
                "med@gesundheitsakademie-hafenau.example",
                "www.gesundheitsakademie-hafenau.example",
            )
            .at("Gartenstraße 18", "Hafenau", Area::State)
            .hours("Di,Do 17:00-20:00; Sa 09:00-13:00", "Kurszeiten; Beratung nach Vereinbarung")
            .access(M::Required, &[C::Email, C::OnSite, C::Video])
            .langs("de en ar fr")
            .min_german(L::B2)
            .cost(
                Cost::Fee,
                "1.890 € für 16 Wochen; Förderung über Bildungsgutschein der Agentur für Arbeit möglich",
            )
            .documents(&[
                "Sprachzertifikat B2",
                "Nachweis über den Antrag auf Approbation oder Berufserlaubnis",
            ])
            .keywords(&[
                "FSP",
                "Fachsprachprüfung",
                "Approbation",
                "Ärzte",
                "Medizin",
                "C1",
                "Bildungsgutschein",
            ])
            .checked(6, 0)
            .done(),
        o("SPR-CAFE", "Sprachcafé im Stadtteilzentrum Hafen-Ost")
            .provider("Stadtteilzentrum Hafen-Ost / Ehrenamtsnetzwerk Hafenau", P::Volunteer)
            .subs(&[S::LanguageCafe, S::Networking])
            .groups(&[], &[T::Ref, T::Eu])
            .text(
                "Offener Treff zum Deutschsprechen bei Kaffee und Tee: Ehrenamtliche sitzen mit an den \
                 Tischen, es gibt Gesprächsrunden für Anfänger und Fortgeschrittene. Keine Anmeldung, keine \
                 Kosten – man kann jede Woche neu einsteigen und Kinder mitbringen.",
            )
            .contact("012345 678-7720", "sprachcafe@hafen-ost.example", "www.hafen-ost.example/sprachcafe")
            .at("Kaiweg 9", "Hafenau", Area::City)
            .hours("Mi 16:00-18:00; Sa 10:00-12:00", "offener Treff, ohne Anmeldung")
            .access(M::WalkIn, &[C::OnSite])
            .langs("de en ar uk fa")
            .free()
            .keywords(&["Sprachcafe", "Deutsch üben", "Konversation", "Treff", "Ehrenamt"])
            .checked(2, 12)
            .done(),
        o("SPR-TANDEM", "Sprachtandem-Vermittlung der Hochschule Hafenau")
            .provider("Hochschule Hafenau – International Office", P::Education)
            .subs(&[S::LanguageCafe])
            .groups(&[G::A, G::B, G::C], &[])
            .text(
                "Vermittelt Tandempartnerschaften zwischen internationalen und deutschsprachigen Personen, \
                 die sich regelmäßig treffen und gegenseitig ihre Sprache beibringen. Anmeldung über ein \
                 Online-Formular; offen auch für Beschäftigte und Angehörige, nicht nur für Studierende.",
            )
            .contact("012345 9 10 22-15", "tandem@hs-hafenau.example", "www.hs-hafenau.example/tandem")
            .at("Campusallee 1", "Hafenau", Area::Online)
            .hours_note("Anmeldung jederzeit online, Vermittlung zu Semesterbeginn")
            .access(M::Unknown, &[C::Email, C::Video])
            .langs("de en es fr it zh")
            .free()
            .keywords(&["Tandem", "Sprachpartner", "International Office", "Austausch"])
            .done(),
        o("SPR-SELBST", "Deutsch-Abendkurse A1 bis C1 für Selbstzahlende – VHS Hafenau")
            .provider("Volkshochschule Hafenau", P::LanguageSchool)
            .subs(&[S::SelfPaidCourse])
            .groups(&[G::A, G::B, G::C], &[T::Eu])
            .text(
                "Semesterkurse an zwei Abenden pro Woche für alle, die keinen geförderten Kurs bekommen oder \
                 neben dem Beruf lernen möchten, zum Beispiel EU-Bürger:innen oder Partner von Fachkräften. \
                 Einstieg in jedes Niveau nach kurzem Einstufungsgespräch.",
            )
            .contact("012345 678-4400", "anmeldung@vhs-hafenau.example", "www.vhs-hafenau.example/deutsch")
            .at("Am Markt 7", "Hafenau", Area::District)
            .hours("Mo-Do 09:00-12:30; Di 14:00-17:00", "Anmeldung im Servicebüro oder online")
            .access(M::Recommended, &[C::Phone, C::Email, C::OnSite])
            .langs("de en")
            .cost(Cost::Fee, "189 € je Kursabschnitt (48 Unterrichtseinheiten), Ermäßigung mit Hafenau-Pass")
            .keywords(&["Selbstzahler", "Abendkurs", "VHS", "Deutschkurs", "A1", "C1"])
            .checked(1, 20)
            .done(),
        o("SPR-ONLINE", "Online-Deutschkurs mit Tutorium (Landesprogramm „Deutsch digital“)")
            .provider("Landesnetzwerk Sprachförderung", P::LanguageSchool)
            .needs(&[N::Spr])
            .groups(&[G::A, G::B, G::D], &[T::Ref])
            .text(
                "Selbstlernkurs im Browser oder per App von A1 bis B1, begleitet von Tutorinnen und Tutoren, \
                 die wöchentlich Videosprechstunden anbieten. Geeignet für Menschen im Schichtdienst, in \
                 Orten ohne Kursangebot und für Fachkräfte, die noch im Ausland sind.",
            )
            .contact("012345 99 00 12", "tutorium@deutsch-digital.example", "www.deutsch-digital.example")
            .area(Area::Online)
            .hours("Mo-Fr 08:00-20:00", "Tutorium per Video")
            .access(M::Recommended, &[C::Email, C::Video])
            .langs("de en ar uk tr ru fa es")
            .free()
            .who("Wohnsitz im Bundesland oder Arbeitsvertrag mit einem Betrieb im Bundesland")
            .keywords(&["E-Learning", "App", "online", "Selbstlernkurs", "Deutschkurs", "Ausland"])
            .checked(5, 0)
            .done(),
        o("SPR-TREFF-TAL", "Deutsch-Treff im Gemeindehaus Talmühle")
            .provider("Helferkreis Talmühle", P::Volunteer)
            .subs(&[S::LanguageCafe])
            .groups(&[], &[T::Ref])
            .text(
                "Ehrenamtliche Lernhilfe für Erwachsene, die auf einen Kursplatz warten oder den Stoff aus \
                 dem Integrationskurs wiederholen möchten. Wegen der Sanierung des Gemeindehauses pausiert \
                 der Treff; ein Ersatzraum wird gesucht.",
            )
            .contact("012345 7 30 15", "deutschtreff@talmuehle.example", "")
            .at("Kirchgasse 3", "Talmühle", Area::City)
            .hours("Di 18:00-19:30", "pausiert während der Sanierung")
            .access(M::WalkIn, &[C::OnSite])
            .langs("de en ar")
            .free()
            .status(OfferStatus::TemporarilyClosed)
            .keywords(&["Lernhilfe", "Sprachcafe", "Helferkreis", "Deutsch üben"])
            .checked(15, 0)
            .internal(
                "Neuer Raum evtl. in der Grundschule – bei Rückfragen an die Integrationslotsen verweisen.",
            )
            .done(),
        o("SPR-KOORD", "Kursberatung Deutsch – Koordinierungsstelle Sprache im Landratsamt")
            .provider("Landkreis Hafenau-Land – Bildungsbüro", P::Municipality)
            .subs(&[S::IntegrationCourse, S::JobLanguageCourse, S::CourseWithChildcare])
            .groups(&[], &[T::Ref, T::Eu])
            .text(
                "Überblick über alle Integrations- und Berufssprachkurse im Landkreis mit freien Plätzen, \
                 Kurszeiten und Kinderbetreuung. Die Koordinierungsstelle hilft bei der Wahl des passenden \
                 Kurses und vermittelt bei langen Wartezeiten an andere Träger.",
            )
            .contact(
                "012345 940-215",
                "sprache@hafenau-land.example",
                "www.hafenau-land.example/deutschkurse",
            )
            .at("Kreishausplatz 1", "Hafenau", Area::District)
            .hours("Mo-Fr 08:30-12:00; Do 14:00-17:30", "telefonische Sprechzeiten")
            .access(M::Recommended, &[C::Phone, C::Email, C::OnSite, C::Video])
            .langs("de en ru")
            .free()
            .keywords(&["Kursfinder", "IK", "BSK", "Warteliste", "Sprachkurskoordination", "Deutschkurs"])
            .checked(0, 20)
            .done(),
    ]
}
