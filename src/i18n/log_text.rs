//! Messages of the referral log, the referral forms, the referral part of the client view and
//! of the offer card.

use super::catalogue::catalogue;

catalogue! {
    /// Referral and log texts.
    Tl {
        ScreenLog => "Verweise", "Referrals";
        // Views, order, filters.
        ScopeStandard => "heute fällig und überfällig (sonst offene)", "due today and overdue (else open)";
        ScopeOpen => "offene Verweise", "open referrals";
        ScopeClosed => "abgeschlossene Verweise", "closed referrals";
        ScopeAll => "alle Verweise", "all referrals";
        SortFollowUp => "nach Wiedervorlage", "by follow-up date";
        SortCreated => "nach Datum, neueste zuerst", "by date, newest first";
        FilterTitle => "Verweise filtern (leer: alle)", "Filter referrals (empty: all)";
        FieldScope => "Ansicht", "View";
        FieldStatusAny => "Status", "Status";
        FieldNeedAny => "Bedarf", "Need";
        FieldClient => "Klient (K-0042)", "Client (K-0042)";
        FieldOffer => "Angebot (Wörter)", "Offer (words)";
        FieldFrom => "verwiesen ab", "referred from";
        FieldTo => "verwiesen bis", "referred until";
        FieldSort => "Reihenfolge", "Order";
        ValClientRef => "Bitte eine Klientennummer wie K-0042 angeben.", "Please enter a client number such as K-0042.";
        ValRange => "„bis“ liegt vor „ab“.", "\"until\" is before \"from\".";
        ChipStatus => "Status: {0}", "status: {0}";
        ChipClient => "Klient {0}", "client {0}";
        ChipOffer => "Angebot „{0}“", "offer \"{0}\"";
        ChipFrom => "ab {0}", "from {0}";
        ChipTo => "bis {0}", "until {0}";
        ClearHint => "(x: alle weg)", "(x: clear all)";
        // The table.
        ColDate => "Datum", "Date";
        ColClient => "Klient", "Client";
        ColOffer => "Angebot", "Offer";
        ColNeed => "Bed.", "Need";
        ColStatus => "Status", "Status";
        ColFollowUp => "WV", "Due";
        ColAge => "Tage", "Days";
        Count => "{0} Verweise · ! überfällig", "{0} referrals · ! overdue";
        CountOne => "1 Verweis · ! überfällig", "1 referral · ! overdue";
        NoReferrals => "Noch keine Verweise. Einen Klienten wählen (F3, Strg-F), dann im Verzeichnis beim Angebot Strg-V.", "No referrals yet. Pick a client (F3, Ctrl-F), then press Ctrl-V on an offer in the directory.";
        NothingOpen => "Nichts fällig und nichts offen. v wechselt die Ansicht (z. B. alle Verweise).", "Nothing due and nothing open. v switches the view (e.g. all referrals).";
        NoMatches => "Kein Verweis passt zu Ansicht und Filtern. x löscht sie.", "No referral matches the view and filters. x clears them.";
        // Details and history.
        DetailNeed => "Bedarf", "Need";
        DetailStatus => "Status", "Status";
        DetailUrgent => "dringend", "urgent";
        DetailCreated => "Verwiesen am {0} von {1}", "Referred on {0} by {1}";
        DetailFollowUp => "Wiedervorlage", "Follow-up";
        DetailNoFollowUp => "keine (abgeschlossen)", "none (closed)";
        DetailAppointment => "Termin", "Appointment";
        DetailPhone => "Tel.", "Tel.";
        Overdue => "überfällig seit {0} Tagen", "overdue for {0} days";
        DueToday => "heute fällig", "due today";
        DueIn => "in {0} Tagen", "in {0} days";
        History => "Verlauf", "History";
        EvFollowUp => "WV {0}", "follow-up {0}";
        EvEnded => "Wiedervorlage beendet", "follow-up ended";
        EvAppointment => "Termin {0}", "appointment {0}";
        DetailKeys => "s Status · p verschieben · n Notiz · k Klient · o Angebot · Esc zurück", "s status · p postpone · n note · k client · o offer · Esc back";
        // Short status names for the table ("†" = closed).
        StSuggested => "vorgeschlagen", "suggested";
        StInformation => "Info gegeben", "info given";
        StWarm => "warme Übergabe", "warm handover";
        StAppointment => "Termin vereinb.", "appointment";
        StAppointmentOn => "Termin {0}", "appt. {0}";
        StWaitlisted => "Warteliste", "waitlisted";
        StInProgress => "in Bearbeitung", "in progress";
        StAchieved => "Ziel erreicht †", "achieved †";
        StNotAchieved => "Ziel verfehlt †", "not achieved †";
        StRejected => "n. zuständig †", "rejected †";
        StDeclined => "abgel. Klient †", "declined †";
        StDropped => "abgebrochen †", "dropped out †";
        StUnreachable => "n. erreichbar †", "unreachable †";
        StUnknown => "unbekannt †", "unknown †";
        // Client view and offer card.
        ClientReferrals => "Verweise ({0}) – ↑↓ wählen · s Status · p verschieben · n Notiz · o Angebot", "Referrals ({0}) – ↑↓ select · s status · p postpone · n note · o offer";
        ClientNoReferrals => "Noch keine Verweise. Strg-F zeigt passende Angebote; dort verweist Strg-V.", "No referrals yet. Ctrl-F shows fitting offers; Ctrl-V there refers.";
        CardReferred => "Verwiesen: {0}× ({1} offen)", "Referred: {0}× ({1} open)";
        CardOutcomes => "Ergebnisse", "Outcomes";
        CardRejectedHint => "„nicht zuständig“ {0}× – Eintrag prüfen?", "\"not responsible\" {0}× – check the entry?";
        Marked => "{0} markiert (Strg-V verweist alle)", "{0} marked (Ctrl-V refers all)";
        // Forms.
        ReferTitleOne => "Verweis {0} → {1}", "Referral {0} → {1}";
        ReferTitleMany => "Verweis {0} → {1} Angebote", "Referral {0} → {1} offers";
        FieldNeed => "Bedarf", "Need";
        FieldStatus => "Status", "Status";
        FieldAppointment => "Termin am", "Appointment on";
        FieldAppointmentTime => "Termin um", "Appointment at";
        FieldUrgent => "dringend", "urgent";
        FieldUrgentWhy => "dringend ({0})", "urgent ({0})";
        UrgentFromIntake => "laut Erstgespräch", "per intake";
        FieldFollowUp => "Wiedervorlage", "Follow-up";
        FieldNote => "Notiz", "Note";
        FieldNoteAll => "Notiz für alle", "Note for all";
        FieldNoteOwn => "  Notiz", "  Note";
        FieldStatusOwn => "  Status", "  Status";
        FieldAppointmentOwn => "  Termin am", "  Appointment on";
        FieldAppointmentTimeOwn => "  Termin um", "  Appointment at";
        FieldUrgentOwn => "  dringend", "  urgent";
        FieldUrgentOwnWhy => "  dringend ({0})", "  urgent ({0})";
        FieldNoteReopen => "Notiz (Pflicht beim Wiederöffnen)", "Note (required to reopen)";
        FieldPostpone => "verschieben", "postpone";
        FieldDate => "auf Datum", "to date";
        NeedsConsentMark => "nur mit Einwilligung", "needs consent";
        StatusTitle => "Status (bisher: {1}) · {0}", "Status (now: {1}) · {0}";
        PostponeTitle => "Wiedervorlage (bisher: {1}) · {0}", "Follow-up (now: {1}) · {0}";
        NoteTitle => "Notiz zu {0}", "Note on {0}";
        // Messages.
        ReferSaved => "Verweis gespeichert: {0} → {1}", "Referral saved: {0} → {1}";
        ReferSavedMany => "{0} Verweise für {1} gespeichert", "{0} referrals for {1} saved";
        StatusSaved => "Status gespeichert: {0}", "Status saved: {0}";
        PostponeSaved => "Wiedervorlage gespeichert: {0}", "Follow-up saved: {0}";
        NoteSaved => "Notiz gespeichert", "Note saved";
        ReferNoClient => "Erst einen Klienten wählen: F3, Klient auswählen, Strg-F – dann hier Strg-V.", "Pick a client first: F3, select the client, Ctrl-F – then Ctrl-V here.";
        NewCallDone => "Neuer Anruf: kein Klient aktiv, Suche und Filter geleert.", "New call: no current client, search and filters cleared.";
        PickClientTitle => "Für wen ist der Verweis? Klient wählen", "Whom is the referral for? Pick the client";
        PickClientHint => "Für wen ist der Verweis? Name oder Nummer tippen, Enter wählt, Strg-N neues Erstgespräch, Esc zurück.", "Whom is the referral for? Type a name or number, Enter picks, Ctrl-N new intake, Esc back.";
        ReferFor => "Verweis für {0}", "Referral for {0}";
        ForClient => "für {0}", "for {0}";
        EligibilityTown => "nicht zuständig für den Wohnort", "does not serve the client's town";
        EligibilityEmployersOnly => "nur für Arbeitgeber", "for employers only";
        EligibilityPersonsOnly => "nicht für Arbeitgeber", "not for employers";
        IntakeDue => "WV aus Erstgespräch: {0}", "intake follow-up: {0}";
        NoOfferSelected => "Kein Angebot ausgewählt.", "No offer selected.";
        TooManyMarks => "Höchstens {0} Angebote auf einmal.", "At most {0} offers at once.";
        CounsellorFirst => "Bitte zuerst Name oder Kürzel angeben – er steht in jedem Verlaufseintrag.", "Please give your name or initials first – every history entry names it.";
        NoReferralSelected => "Kein Verweis ausgewählt.", "No referral selected.";
        ClientGone => "Dieser Klient ist nicht mehr gespeichert.", "This client is no longer stored.";
        OfferGone => "Das Angebot ist nicht mehr im Verzeichnis; der Verweis behält Titel, Anbieter und Telefon.", "The offer is no longer in the directory; the referral keeps its title, provider and phone.";
        // Help.
        ActRefer => "aktuellen Klienten an das Angebot (oder die markierten) verweisen", "Refer the current client to the offer (or the marked ones)";
        ActToggleMark => "Angebot markieren (mehrere auf einmal verweisen)", "Mark the offer (refer several at once)";
        ActStatus => "Status des Verweises ändern (mit Notiz)", "Change the referral's status (with a note)";
        ActPostpone => "Wiedervorlage verschieben (+7, +14, Datum)", "Postpone the follow-up (+7, +14, a date)";
        ActNote => "Notiz zum Verweis", "Add a note to the referral";
        ActToClient => "zum Klienten", "Go to the client";
        ActToOffer => "zum Angebot im Verzeichnis", "Go to the offer in the directory";
        ActDetail => "Details und Verlauf ein/aus", "Show/hide details and history";
        ActScope => "Ansicht wechseln: fällig · offen · abgeschlossen · alle", "Switch view: due · open · closed · all";
        ActSort => "Reihenfolge: Wiedervorlage / Datum", "Order: follow-up / date";
        ActFilter => "Filter: Status, Bedarf, Klient, Angebot, Zeitraum", "Filters: status, need, client, offer, dates";
    }
}
