//! Demo entries for training and study (BIL): university services, vocational school, chambers'
//! apprenticeship help and further-training counselling.

use super::build::draft;
use crate::domain::{
    AppointmentMode as M, Channel as C, Date, GroupTag as T, Need as N, Offer, ProviderType as P,
    ResidenceBasis as R, ServiceArea as Area, SubNeed as S, TargetGroup as G,
};

pub fn offers(today: Date) -> Vec<Offer> {
    let o = |id: &str, title: &str| draft(today, id, title);
    vec![
        o(
            "HS-CAREER",
            "Career Service der Hochschule Hafenau – Berufseinstieg für internationale Studierende",
        )
        .provider("Hochschule Hafenau – Career Service", P::Education)
        .subs(&[S::University, S::JobSearch, S::Applications, S::JobSeekerPermit])
        .groups(&[G::C], &[T::Eu])
        .text(
            "Beratung für internationale Studierende und Absolventen zu Praktikum, Werkstudentenjob und \
                 Berufseinstieg, mit Bewerbungs-Check und Jobmesse. Zur Aufenthaltserlaubnis für die \
                 Arbeitsplatzsuche nach dem Studium gibt es gemeinsame Sprechstunden mit der \
                 Ausländerbehörde.",
        )
        .contact("012345 9 10 22-40", "career@hs-hafenau.example", "www.hs-hafenau.example/career")
        .at("Campusallee 1", "Hafenau", Area::District)
        .hours("Mo-Do 10:00-15:00", "Vorlesungszeit; in den Semesterferien nach Vereinbarung")
        .access(M::Recommended, &[C::Email, C::OnSite, C::Video])
        .langs("de en zh es")
        .free()
        .residence(&[R::Study, R::JobSeek])
        .who("Studierende und Absolventen der Hochschule Hafenau bis 18 Monate nach dem Abschluss")
        .keywords(&["Career Service", "Absolventen", "§20", "Werkstudent", "Jobmesse", "Praktikum"])
        .checked(3, 0)
        .done(),
        o("HS-INTL", "International Office – Studium und Studienvorbereitung")
            .provider("Hochschule Hafenau – International Office", P::Education)
            .subs(&[S::University])
            .groups(&[G::C, G::B], &[])
            .text(
                "Informiert internationale Studieninteressierte über Zulassung, Sprachnachweise, \
                 Studienkolleg und Finanzierung und begleitet Studierende im ersten Semester bei Visum, \
                 Krankenversicherung und Wohnungssuche.",
            )
            .contact(
                "012345 9 10 22-10",
                "international@hs-hafenau.example",
                "www.hs-hafenau.example/international",
            )
            .at("Campusallee 1", "Hafenau", Area::District)
            .hours("Mo-Do 09:30-12:00; Mi 13:30-15:30", "offene Sprechstunde")
            .access(M::WalkIn, &[C::OnSite, C::Email, C::Video])
            .langs("de en fr es zh")
            .free()
            .keywords(&["International Office", "Studium", "Zulassung", "Studienkolleg", "DSH", "TestDaF"])
            .checked(4, 0)
            .done(),
        o("BBS-SPRACH", "Berufsbildende Schule Hafenau – Sprach- und Berufsvorbereitungsklassen")
            .provider("Berufsbildende Schulen Hafenau", P::Education)
            .subs(&[S::Apprenticeship, S::Youth])
            .needs(&[N::Spr])
            .groups(&[G::C, G::D], &[T::Ref])
            .text(
                "Einjährige Sprach- und Berufsvorbereitungsklassen für neu zugewanderte Jugendliche, die \
                 nicht mehr allgemeinbildend schulpflichtig sind. Deutschunterricht, Praktika in Betrieben \
                 und Beratung zur Ausbildungsplatzsuche; danach ist ein Hauptschulabschluss möglich.",
            )
            .contact("012345 6 61 20", "sprachklassen@bbs-hafenau.example", "www.bbs-hafenau.example")
            .at("Schulstraße 15", "Hafenau", Area::District)
            .hours("Mo-Fr 07:30-13:00", "Sekretariat; Aufnahme laufend")
            .access(M::Required, &[C::Phone, C::OnSite])
            .langs("de en ar fa")
            .free()
            .ages(Some(16), Some(21))
            .documents(&[
                "Meldebescheinigung",
                "Zeugnisse aus dem Herkunftsland (falls vorhanden)",
                "Pass oder Ausweisdokument",
            ])
            .keywords(&["BBS", "Berufsschule", "Sprachklasse", "BVJ", "Berufsvorbereitung", "Ausbildung"])
            .checked(5, 0)
            .done(),
        o("IHK-AUSB", "Ausbildungsberatung für Zugewanderte und Betriebe – IHK Hafenau")
            .provider("IHK Hafenau", P::Chamber)
            .subs(&[S::Apprenticeship, S::EmployerSupport])
            .groups(&[G::C, G::D], &[T::Emp, T::Ref])
            .text(
                "Die IHK bringt junge Zugewanderte und Ausbildungsbetriebe zusammen, informiert über \
                 Ausbildungsberufe, Einstiegsqualifizierung und die Aufenthaltserlaubnis zur \
                 Berufsausbildung. Betriebe erhalten Hilfe bei Vertrag und Eintragung.",
            )
            .contact(
                "012345 1 22 33-0",
                "ausbildung@ihk-hafenau.example",
                "www.ihk-hafenau.example/ausbildung",
            )
            .at("Börsenplatz 1", "Hafenau", Area::District)
            .hours("Mo-Do 08:00-16:30; Fr 08:00-13:00", "")
            .access(M::Recommended, &[C::Phone, C::Email, C::OnSite, C::Video])
            .langs("de en")
            .free()
            .keywords(&["IHK", "Ausbildung", "EQ", "Einstiegsqualifizierung", "Lehrstelle", "Azubi", "§16a"])
            .checked(2, 0)
            .done(),
        o("HWK-LOTSEN", "Willkommenslotsen der Handwerkskammer – Fachkräfte für Handwerksbetriebe")
            .provider("Handwerkskammer Hafenau", P::Chamber)
            .subs(&[S::EmployerSupport, S::Apprenticeship])
            .groups(&[G::D], &[T::Emp, T::Ref])
            .text(
                "Die Willkommenslotsen unterstützen Handwerksbetriebe, die Geflüchtete oder Fachkräfte aus \
                 dem Ausland ausbilden oder einstellen wollen: Fragen zu Arbeitserlaubnis, Förderungen und \
                 Anerkennung, Vermittlung von Praktika und Begleitung in der Einarbeitung.",
            )
            .contact(
                "012345 2 40 50-0",
                "willkommen@hwk-hafenau.example",
                "www.hwk-hafenau.example/willkommenslotsen",
            )
            .at("Handwerkerstraße 8", "Hafenau", Area::District)
            .hours("Mo-Fr 08:00-15:00", "nach Vereinbarung auch im Betrieb")
            .access(M::Recommended, &[C::Phone, C::Email, C::OnSite])
            .langs("de en ar")
            .free()
            .keywords(&["HWK", "Handwerk", "Willkommenslotsen", "Betrieb", "Praktikum", "Arbeitgeber"])
            .checked(8, 0)
            .done(),
        o("BIL-WEITER", "Weiterbildungsberatung Hafenau-Land")
            .provider("Landkreis Hafenau-Land – Bildungsbüro", P::Municipality)
            .subs(&[S::FurtherTraining])
            .groups(&[G::A, G::C, G::D], &[])
            .text(
                "Neutrale Beratung zu Weiterbildungen, Umschulungen und Aufstiegsfortbildungen in der Region \
                 sowie zu Förderungen wie Bildungsgutschein oder Aufstiegs-BAföG. Auch für Beschäftigte, die \
                 sich neben dem Beruf weiterqualifizieren wollen.",
            )
            .contact(
                "012345 940-220",
                "weiterbildung@hafenau-land.example",
                "www.hafenau-land.example/weiterbildung",
            )
            .at("Kreishausplatz 1", "Hafenau", Area::District)
            .hours("Di,Do 09:00-12:00; Do 14:00-17:00", "telefonisch und per Video")
            .access(M::Recommended, &[C::Phone, C::Email, C::Video])
            .langs("de en pl")
            .free()
            .keywords(&[
                "Weiterbildung",
                "Umschulung",
                "Aufstiegs-BAföG",
                "Meister",
                "Qualifizierung",
                "Bildungsgutschein",
            ])
            .checked(9, 0)
            .done(),
    ]
}
