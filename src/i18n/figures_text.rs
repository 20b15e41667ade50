//! The figures' texts: table titles, column heads, row names that are no domain code, and the
//! report's frame (`lotse report`, the statistics screen).

use super::catalogue::catalogue;

catalogue! {
    /// Figures (Kennzahlen).
    Tf {
        ReportTitle => "Kennzahlen {0} – {1}", "Key figures {0} – {1}";
        ReportMade => "Erstellt am {0} mit Lotse. Alle Zahlen anonym; Felder mit weniger als 3 Personen sind als „< 3“ ausgewiesen. Definitionen: docs/figures.md.", "Made on {0} with Lotse. All figures anonymous; cells of fewer than 3 persons are shown as \"< 3\". Definitions: docs/figures.md.";
        ReportWritten => "Kennzahlen {0} – {1} geschrieben: {2}", "Key figures {0} – {1} written: {2}";
        ErrPeriod => "Der Zeitraum endet vor seinem Beginn ({0} – {1}).", "The period ends before it begins ({0} – {1}).";
        ErrDate => "„{0}“ ist kein Datum (TT.MM.JJJJ oder JJJJ-MM-TT).", "\"{0}\" is not a date (DD.MM.YYYY or YYYY-MM-DD).";
        ErrPeriodName => "Unbekannter Zeitraum „{0}“ (this-month, last-month, this-quarter, last-quarter, this-year, last-year).", "Unknown period \"{0}\" (this-month, last-month, this-quarter, last-quarter, this-year, last-year).";
        ErrPeriodAndDates => "--period und --from/--to schließen sich aus.", "--period and --from/--to exclude each other.";
        // Recording a gap from the directory (Ctrl-F).
        ActRecordGap => "Angebotslücke erfassen (nichts Passendes gefunden)", "Record a service gap (nothing suitable found)";
        GapTitle => "Angebotslücke erfassen", "Record a service gap";
        GapNeed => "Bedarf", "Need";
        GapSubNeed => "Teilbedarf", "Sub-need";
        GapTown => "Ort (leer: ganze Region)", "Town (empty: whole region)";
        GapGroup => "Zielgruppe", "Target group";
        GapNote => "Kurze Notiz (keine Namen)", "Short note (no names)";
        GapNeedMissing => "Bitte den Bedarf wählen.", "Please choose the need.";
        GapSubNeedOther => "Der Teilbedarf gehört zu einem anderen Bedarf.", "The sub-need belongs to another need.";
        GapSaved => "Angebotslücke erfasst.", "Service gap recorded.";
        // The statistics screen (F11).
        ActShowStats => "Statistik: die Kennzahlen eines Zeitraums", "Statistics: the key figures of a period";
        ActThisMonth => "Zeitraum: dieser Monat", "Period: this month";
        ActLastMonth => "Zeitraum: letzter Monat", "Period: last month";
        ActThisQuarter => "Zeitraum: dieses Quartal", "Period: this quarter";
        ActThisYear => "Zeitraum: dieses Jahr", "Period: this year";
        ActRange => "Zeitraum eingeben (von – bis)", "Type a period (from – to)";
        ActRangeApply => "Eingegebenen Zeitraum übernehmen", "Apply the typed period";
        ActRangeCancel => "Eingabe des Zeitraums abbrechen", "Cancel typing the period";
        ScreenStats => "Statistik", "Statistics";
        StatsInternal => "intern – exakte Zahlen, nicht weitergeben (der Bericht zeigt < 3)", "internal – exact numbers, do not pass on (the report shows < 3)";
        StatsInternalShort => "intern", "internal";
        StatsPeriod => "Zeitraum {0} – {1}", "Period {0} – {1}";
        StatsTyping => "Zeitraum (TT.MM.JJJJ – TT.MM.JJJJ): ", "Period (DD.MM.YYYY – DD.MM.YYYY): ";
        StatsRangeBad => "Zeitraum nicht verstanden: zwei Daten, z. B. 01.01.2026 – 31.03.2026.", "Period not understood: two dates, e.g. 01.01.2026 – 31.03.2026.";
        StatsRangeBackwards => "Der Zeitraum endet vor seinem Beginn.", "The period ends before it begins.";
        StatsLoading => "Die Daten werden noch geladen …", "The records are still loading …";
        StatsSection => "Abschnitt {0} von {1}", "section {0} of {1}";
        StatsChartMonths => "Kontakte je Monat", "Contacts per month";
        StatsChartNeeds => "Bedarfe (Personen)", "Needs (persons)";
        StatsChartStatus => "Verweise nach Status", "Referrals by status";
        StatsNoData => "Keine Daten in diesem Zeitraum.", "Nothing in this period.";
        Suppressed => "< 3", "< 3";
        Never => "nie", "never";
        NotStated => "k. A.", "not stated";
        OtherTown => "anderer Ort", "other town";
        WholeRegion => "ohne Ort", "no town";
        // Tables.
        TOverview => "Überblick", "Overview";
        TContactsByKind => "Kontakte nach Art", "Contacts by kind";
        TContactsByMonth => "Kontakte nach Monat", "Contacts by month";
        TContactsByChannel => "Kontakte nach Kanal", "Contacts by channel";
        TContactsByLanguage => "Kontakte nach Beratungssprache", "Contacts by counselling language";
        TPersonsByGroup => "Personen nach Zielgruppe", "Persons by target group";
        TPersonsByTag => "Personen nach Merkmal (REF, EU)", "Persons by tag (REF, EU)";
        TPersonsByAge => "Personen nach Altersgruppe", "Persons by age band";
        TPersonsByNationality => "Personen nach Staatsangehörigkeit", "Persons by nationality";
        TPersonsByQualification => "Personen nach Qualifikation", "Persons by qualification level";
        TPersonsByGerman => "Personen nach Deutschniveau", "Persons by German level";
        TPersonsByEmployment => "Personen nach Erwerbsstatus", "Persons by employment status";
        TNeeds => "Bedarfe", "Needs";
        TNeedsPerCase => "Bedarfe je Fall", "Needs per case";
        TReferralsByStatus => "Verweise nach Status", "Referrals by status";
        TReferralsByProviderType => "Verweise nach Art des Anbieters", "Referrals by provider type";
        TReferralsByOffer => "Verweise nach Angebot", "Referrals by offer";
        TOutcomes => "Erreichte Ergebnisse", "Outcomes reached";
        TOverdue => "Überfällige Wiedervorlagen (heute)", "Overdue follow-ups (today)";
        TGaps => "Angebotslücken nach Bedarf und Ort", "Service gaps by need and town";
        TGapsByNeed => "Angebotslücken nach Bedarf", "Service gaps by need";
        TStaleOffers => "Angebote, seit über 12 Monaten nicht geprüft", "Offers not verified for more than 12 months";
        // Columns.
        CValue => "Anzahl", "Number";
        CContacts => "Kontakte", "Contacts";
        CMinutes => "Minuten", "Minutes";
        CPersons => "Personen", "Persons";
        CShare => "Anteil", "Share";
        CShortContacts => "Kurzkontakte", "Short contacts";
        CReferrals => "Verweise", "Referrals";
        CKnownOutcome => "Ergebnis bekannt", "Outcome known";
        CNotResponsible => "nicht zuständig", "not responsible";
        CNotResponsibleRate => "Quote nicht zuständig", "Not-responsible rate";
        CRecorded => "erfasst", "recorded";
        CFromIntakes => "aus Erstgesprächen", "from intakes";
        CFromSearches => "aus Suchen", "from searches";
        CProvider => "Anbieter", "Provider";
        CLastVerified => "zuletzt geprüft", "last verified";
        CAll => "alle", "all";
        // Rows.
        RContacts => "Kontakte insgesamt", "Contacts in all";
        RFirstContacts => "Erstkontakte", "First contacts";
        RFollowUps => "Folgeberatungen", "Follow-up consultations";
        RShortContacts => "Kurzkontakte (anonym)", "Short contacts (anonymous)";
        REmployerContacts => "Arbeitgeberkontakte (EMP)", "Employer contacts (EMP)";
        RMinutes => "Beratungsminuten (erfasst)", "Counselling minutes (recorded)";
        RPersons => "Personen mit Kontakt", "Persons with a contact";
        RNewPersons => "davon neu (Erstkontakt im Zeitraum)", "of them new (first contact in the period)";
        RNeedsPerCase => "Bedarfe je Fall (Mittel)", "Needs per case (mean)";
        RReferrals => "Verweise", "Referrals";
        RKnownOutcome => "Verweise mit bekanntem Ergebnis", "Referrals with a known outcome";
        ROverdue => "Überfällige Wiedervorlagen (heute)", "Overdue follow-ups (today)";
        RGapsRecorded => "Angebotslücken (erfasst)", "Service gaps (recorded)";
        RGapsFromIntakes => "Bedarfe ohne Verweis (aus Erstgesprächen)", "Needs without a referral (from intakes)";
        RSearchesWithoutResult => "Suchen ohne aktives Angebot", "Searches without an active offer";
        RStaleOffers => "Angebote über 12 Monate ungeprüft", "Offers not verified for over 12 months";
        RActiveOffers => "Angebote im Verzeichnis (nicht inaktiv)", "Offers in the directory (not inactive)";
        RUndecided => "noch nicht entschieden", "not decided yet";
        RSecondaryD => "davon zusätzlich D", "of them also D";
        RNationalityEu => "EU / EWR / Schweiz", "EU / EEA / Switzerland";
        RNationalityThird => "Drittstaat", "third country";
        RNationalityGerman => "deutsch", "German";
        RNeedCountMore => "4 und mehr", "4 or more";
        RGoalAchieved => "Verweise abgeschlossen – Ziel erreicht", "Referrals closed – goal achieved";
        ROverdue1to7 => "1–7 Tage", "1–7 days";
        ROverdue8to30 => "8–30 Tage", "8–30 days";
        ROverdueOver30 => "über 30 Tage", "over 30 days";
        RKindFirst => "Erstkontakt", "first contact";
        RKindFollowUp => "Folgeberatung", "follow-up consultation";
        RKindShort => "Kurzkontakt", "short contact";
        RKindEmployer => "Arbeitgeberkontakt (EMP)", "employer contact (EMP)";
        OutJob => "Arbeit aufgenommen", "job taken up";
        OutTraining => "Ausbildung oder Studium aufgenommen", "training or study taken up";
        OutRecognitionApplied => "Anerkennung beantragt", "recognition applied for";
        OutRecognitionGranted => "Anerkennung erteilt", "recognition granted";
        OutLanguageCertificate => "Sprachzertifikat erworben", "language certificate obtained";
    }
}
