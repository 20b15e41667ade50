//! Demo entries for health (GES) and money, tax and social security (FIN): health insurance,
//! public health office, doctor search, tax office, pension and bank account.

use super::build::draft;
use crate::domain::{
    AppointmentMode as M, Channel as C, Cost, Date, GroupTag as T, Need as N, Offer, ProviderType as P,
    ServiceArea as Area, SubNeed as S, TargetGroup as G,
};

pub fn offers(today: Date) -> Vec<Offer> {
    let o = |id: &str, title: &str| draft(today, id, title);
    vec![
        o("GES-KV", "Krankenversicherung für Neuzugewanderte – Hafenauer Gesundheitskasse")
            .provider("Hafenauer Gesundheitskasse (HGK)", P::Health)
            .subs(&[S::HealthInsurance])
            .groups(&[G::A, G::B, G::C], &[T::Eu, T::Emp])
            .text(
                "Beratung zur gesetzlichen Krankenversicherung für Beschäftigte, Studierende und Angehörige: \
                 Mitgliedschaft, kostenlose Familienversicherung, Bescheinigungen für Visum und \
                 Ausländerbehörde, Gesundheitskarte. Auch Arbeitgeber erhalten Hilfe bei der Anmeldung.",
            )
            .contact(
                "012345 8 00 90-0",
                "international@hgk-demo.example",
                "www.hgk-demo.example/international",
            )
            .at("Hafenstraße 17", "Hafenau", Area::State)
            .hours("Mo-Do 08:00-17:00; Fr 08:00-14:00", "Geschäftsstelle und Service-Hotline")
            .access(M::WalkIn, &[C::Phone, C::Email, C::OnSite, C::Video])
            .langs("de en pl ro es")
            .free()
            .documents(&[
                "Pass oder Personalausweis",
                "Arbeitsvertrag oder Immatrikulationsbescheinigung",
                "Versicherungsnachweis aus dem Herkunftsland (falls vorhanden)",
            ])
            .keywords(&[
                "KV",
                "Krankenkasse",
                "GKV",
                "Gesundheitskarte",
                "eGK",
                "Familienversicherung",
                "Versicherungsnachweis",
            ])
            .checked(1, 0)
            .done(),
        o("GES-CLEARING", "Clearingstelle Krankenversicherung")
            .provider("Gesundheitsnetz Hafenau e. V.", P::Counselling)
            .subs(&[S::HealthInsurance, S::DoctorSearch])
            .groups(&[G::D], &[T::Eu, T::Ref])
            .text(
                "Hilft Menschen ohne oder mit ungeklärter Krankenversicherung, etwa nach Jobverlust, bei \
                 Beitragsschulden oder als EU-Bürger:in ohne Leistungsanspruch. Die Clearingstelle klärt den \
                 Zugang zur Versicherung und vermittelt in dringenden Fällen eine anonyme Behandlung.",
            )
            .contact(
                "012345 4 50 90-0",
                "clearing@gesundheitsnetz-hafenau.example",
                "www.gesundheitsnetz-hafenau.example/clearing",
            )
            .at("Gartenstraße 5", "Hafenau", Area::District)
            .hours("Di 10:00-13:00; Do 14:00-17:00", "offene Sprechstunde")
            .access(M::WalkIn, &[C::Phone, C::OnSite])
            .langs("de en ro bg pl ru")
            .free()
            .keywords(&[
                "Clearingstelle",
                "ohne Krankenversicherung",
                "KV",
                "Beitragsschulden",
                "anonymer Krankenschein",
                "Behandlungsschein",
            ])
            .checked(9, 0)
            .done(),
        o("GES-AMT", "Gesundheitsamt Landkreis Hafenau-Land – Impfberatung und Schuleingangsuntersuchung")
            .provider("Landkreis Hafenau-Land – Gesundheitsamt", P::Health)
            .subs(&[S::DoctorSearch, S::Psychosocial])
            .needs(&[N::Kin])
            .groups(&[G::B], &[T::Ref, T::Eu])
            .text(
                "Kostenlose Impfberatung und Nachholimpfungen, unter anderem für den Nachweis über \
                 Masernschutz vor Kita und Schule, sowie Schuleingangsuntersuchungen. Der \
                 sozialpsychiatrische Dienst des Gesundheitsamts berät zusätzlich in psychischen Krisen.",
            )
            .contact(
                "012345 940-700",
                "gesundheitsamt@hafenau-land.example",
                "www.hafenau-land.example/gesundheitsamt",
            )
            .at("Gartenstraße 1", "Hafenau", Area::District)
            .hours("Mo,Mi 08:00-12:00; Di 14:00-16:00", "Impfsprechstunde mit Termin")
            .access(M::Required, &[C::Phone, C::Email, C::OnSite])
            .langs("de en ar")
            .free()
            .documents(&["Impfpass oder andere Impfnachweise", "Versichertenkarte (falls vorhanden)"])
            .keywords(&[
                "Gesundheitsamt",
                "Impfung",
                "Masernschutz",
                "Impfpass",
                "Schuleingangsuntersuchung",
                "sozialpsychiatrischer Dienst",
            ])
            .checked(5, 0)
            .done(),
        o("GES-ARZTSUCHE", "Mehrsprachige Arztsuche – Patientenlotsen der Gesundheitsregion Hafenau")
            .provider("Gesundheitsregion Hafenau", P::Health)
            .subs(&[S::DoctorSearch, S::Interpreting])
            .groups(&[G::A, G::B], &[T::Eu, T::Ref])
            .text(
                "Die Patientenlotsen nennen Hausarztpraxen, Kinderärztinnen und Fachpraxen in der Region, \
                 die neue Patientinnen und Patienten aufnehmen und Fremdsprachen sprechen. Sie erklären \
                 außerdem Überweisung, ärztlichen Bereitschaftsdienst und Notaufnahme.",
            )
            .contact(
                "012345 4 50 95-5",
                "lotsen@gesundheitsregion-hafenau.example",
                "www.gesundheitsregion-hafenau.example/arztsuche",
            )
            .at("Gartenstraße 1", "Hafenau", Area::District)
            .hours("Mo-Fr 09:00-13:00", "Telefonservice")
            .access(M::Recommended, &[C::Phone, C::Email])
            .langs("de en tr ru")
            .free()
            .keywords(&[
                "Arztsuche",
                "Hausarzt",
                "Kinderarzt",
                "Facharzt",
                "Patientenlotsen",
                "Bereitschaftsdienst",
            ])
            .checked(11, 0)
            .done(),
        o("FIN-FINANZAMT", "Finanzamt Hafenau – Infosprechstunde Steuern für Zugewanderte")
            .provider("Finanzamt Hafenau", P::Other)
            .subs(&[S::Tax])
            .groups(&[G::A, G::B, G::C], &[T::Eu])
            .text(
                "Informiert zu Steuer-Identifikationsnummer, Steuerklassen nach der Heirat, Lohnsteuer und \
                 der ersten Einkommensteuererklärung über ELSTER. Keine Steuerberatung im Einzelfall, aber \
                 Hilfe bei Formularen und Fragen zur Doppelbesteuerung.",
            )
            .contact(
                "012345 3 90 00-0",
                "poststelle@finanzamt-hafenau.example",
                "www.finanzamt-hafenau.example",
            )
            .at("Am Zollhof 2", "Hafenau", Area::District)
            .hours(
                "Mo-Do 08:00-15:00; Fr 08:00-12:00",
                "Servicezentrum; Infosprechstunde jeden ersten Dienstag im Monat",
            )
            .access(M::WalkIn, &[C::Phone, C::OnSite])
            .langs("de en")
            .free()
            .keywords(&[
                "Finanzamt",
                "Steuer-ID",
                "Steuerklasse",
                "ELSTER",
                "Steuererklärung",
                "Lohnsteuer",
                "DBA",
            ])
            .checked(10, 0)
            .done(),
        o("FIN-RENTE", "Renten-Auskunft und Beratung für Zugewanderte")
            .provider("Rentenversicherung – Auskunfts- und Beratungsstelle Hafenau", P::Other)
            .subs(&[S::Pension])
            .groups(&[G::A, G::D], &[T::Eu])
            .text(
                "Beratung zu Rentenansprüchen, Versicherungsverlauf und zur Anrechnung von Beitragszeiten \
                 aus anderen EU-Staaten oder Ländern mit Sozialversicherungsabkommen. Hier wird auch die \
                 Sozialversicherungsnummer beantragt, wenn sie noch fehlt.",
            )
            .contact(
                "012345 3 95 00-0",
                "beratung-hafenau@rentenversicherung-demo.example",
                "www.rentenversicherung-demo.example",
            )
            .at("Am Zollhof 4", "Hafenau", Area::State)
            .hours("Mo-Mi 08:00-15:30; Do 08:00-18:00; Fr 08:00-12:00", "nur mit Termin")
            .access(M::Required, &[C::Phone, C::OnSite, C::Video])
            .langs("de en it pl")
            .free()
            .documents(&[
                "Pass oder Personalausweis",
                "Sozialversicherungsausweis (falls vorhanden)",
                "Nachweise über Beschäftigungszeiten im Ausland",
            ])
            .keywords(&[
                "Rente",
                "Rentenversicherung",
                "Sozialversicherungsnummer",
                "SV-Nummer",
                "Beitragszeiten",
                "Beitragserstattung",
            ])
            .checked(8, 10)
            .done(),
        o("FIN-KONTO", "Finanzwissen und Basiskonto – Verbraucherberatung Hafenau")
            .provider("Verbraucherberatung Hafenau e. V.", P::Counselling)
            .subs(&[S::BankAccount])
            .groups(&[G::A, G::B, G::C], &[T::Ref, T::Eu])
            .text(
                "Hilft beim Eröffnen eines Girokontos, auch als Basiskonto ohne festen Wohnsitz oder mit \
                 Duldung, und erklärt Verträge für Handy, Strom und Versicherungen. Die Beratung warnt vor \
                 teuren Abofallen und prüft Verträge vor der Unterschrift.",
            )
            .contact(
                "012345 4 20 30-0",
                "beratung@verbraucher-hafenau.example",
                "www.verbraucher-hafenau.example",
            )
            .at("Lange Straße 2", "Hafenau", Area::District)
            .hours("Di,Do 10:00-13:00; Do 15:00-18:00", "")
            .access(M::Recommended, &[C::Phone, C::Email, C::OnSite])
            .langs("de en ru")
            .cost(Cost::Fee, "Erstberatung kostenlos, Prüfung eines Vertrags 15 €")
            .keywords(&[
                "Basiskonto",
                "Girokonto",
                "Bankkonto",
                "Verbraucherberatung",
                "Verträge",
                "Handyvertrag",
                "Versicherung",
            ])
            .checked(9, 0)
            .done(),
    ]
}
