//! Messages of the offer editor and of the directory's upkeep keys (new, edit, copy,
//! deactivate, "geprüft", the stale and duplicate filters).

use super::catalogue::catalogue;

catalogue! {
    /// Offer editor and upkeep texts.
    Te {
        // Screen titles.
        ScreenNew => "Neues Angebot", "New offer";
        ScreenEdit => "Angebot {0} bearbeiten", "Edit offer {0}";
        ScreenCopy => "Kopie von {0} – noch nicht gespeichert", "Copy of {0} – not saved yet";
        CopySuffix => "(Kopie)", "(copy)";
        // Sections.
        SecOffer => "Angebot", "Offer";
        SecNeeds => "Bedarfe & Zielgruppen", "Needs & target groups";
        SecText => "Beschreibung & Suche", "Description & search";
        SecContact => "Kontakt & Ort", "Contact & place";
        SecAccess => "Zeiten & Zugang", "Hours & access";
        SecEligibility => "Voraussetzungen", "Eligibility";
        SecUpkeep => "Status & Pflege", "Status & upkeep";
        // Fields.
        FTitle => "Titel", "Title";
        FTitleEn => "Titel englisch", "Title in English";
        FProvider => "Anbieter / Träger", "Provider";
        FProviderType => "Anbietertyp", "Provider type";
        FNeeds => "Bedarfe", "Needs";
        FSubNeeds => "Unterbedarfe", "Sub-needs";
        FGroups => "Zielgruppen", "Target groups";
        FTags => "besondere Gruppen", "Special audiences";
        FDescription => "Beschreibung", "Description";
        FDescriptionEn => "Beschreibung englisch", "Description in English";
        FKeywords => "Stichwörter (Komma)", "Keywords (comma)";
        FDocuments => "Unterlagen (; trennt)", "Documents (; splits)";
        FPhone => "Telefon", "Phone";
        FEmail => "E-Mail", "E-mail";
        FWeb => "Website", "Website";
        FStreet => "Straße", "Street";
        FPostalCode => "PLZ", "Postal code";
        FTown => "Ort", "Town";
        FArea => "Zuständig für", "Serves";
        FExcludes => "nicht für (Orte)", "Not for (towns)";
        FTowns => "nur für (Orte)", "Only for (towns)";
        FHours => "Öffnungszeiten", "Opening hours";
        FHoursNote => "Hinweis zu Zeiten", "Note on hours";
        FAppointment => "Termin", "Appointment";
        FChannels => "Kontaktwege", "Channels";
        FLanguages => "Sprachen (de, en, ar)", "Languages (de, en)";
        FCost => "Kosten", "Cost";
        FCostNote => "Hinweis zu Kosten", "Note on cost";
        FMinAge => "Mindestalter", "Minimum age";
        FMaxAge => "Höchstalter", "Maximum age";
        FMinGerman => "Deutsch mindestens", "German at least";
        FResidence => "nur für Aufenthalt", "Only for residence";
        FEligibilityNote => "Bedingungen (Text)", "Conditions (text)";
        FFromText => "Bedingungen geprüft?", "Conditions checked?";
        OptFromTextOpen => "aus Text erkannt – bitte prüfen", "read from text – please check";
        OptFromTextConfirmed => "bestätigt", "confirmed";
        FStatus => "Status", "Status";
        FVerified => "geprüft am", "Verified on";
        FInternal => "interne Notiz", "Internal note";
        // Help for the focused field (side panel or top line).
        HelpGeneric => "Tab/Shift-Tab Feld · Bild↑/Bild↓ Abschnitt · Strg-S speichern · Esc abbrechen", "Tab/Shift-Tab field · PgUp/PgDn section · Ctrl-S save · Esc cancel";
        HelpTitle => "Pflichtfeld. Kurz und eindeutig, z. B. „Integrationskurs mit Kinderbetreuung“.", "Required. Short and clear, e.g. \"Integration course with childcare\".";
        HelpProvider => "Gleicher Anbieter und ähnlicher Titel gelten als mögliche Dublette.", "Same provider and a similar title count as a possible duplicate.";
        HelpChoice => "↑/↓ oder Anfangsbuchstabe wählt, Entf: keine Angabe.", "↑/↓ or a first letter chooses, Del: not stated.";
        HelpMulti => "←/→ bewegt, Leertaste kreuzt an, Entf leert.", "←/→ move, Space ticks, Del clears.";
        HelpSubNeeds => "Nur die Unterbedarfe der angekreuzten Bedarfe. Leertaste kreuzt an.", "Only the sub-needs of the ticked needs. Space ticks.";
        HelpGroups => "Leer: offen für alle Zielgruppen. Leertaste kreuzt an.", "None ticked: open to all target groups. Space ticks.";
        HelpResidence => "Leer: für jeden Aufenthaltsstatus. Leertaste kreuzt an.", "None ticked: any residence status. Space ticks.";
        HelpKeywords => "Suchwörter und Abkürzungen mit Komma: ABH, IK, Blaue Karte.", "Search words and abbreviations, comma separated: ABH, IK, Blue Card.";
        HelpMultiline => "Zeilenumbruch: ¶ tippen (AltGr-R) – eingefügter Text behält seine Zeilen.", "Line break: type ¶ (AltGr-R) – pasted text keeps its lines.";
        HelpDocuments => "Mit ; trennen: Reisepass; Meldebescheinigung; Zeugnisse (Original, Kopie).", "Separate with ;: passport; registration certificate; certificates (original, copy).";
        HelpPhone => "Ziffern, Leerzeichen, + - / ( ): 04321 123-45", "Digits, spaces, + - / ( ): 04321 123-45";
        HelpEmail => "z. B. info@beispiel.de", "e.g. info@example.org";
        HelpWeb => "z. B. www.beispiel.de oder https://…", "e.g. www.example.org or https://…";
        HelpExcludes => "Orte im Gebiet mit eigener Stelle, mit Komma getrennt.", "Towns in the area with their own office, comma separated.";
        HelpHours => "Mo-Fr 09:00-12:00; Di 14:00-18:00 – leer: keine festen Zeiten.", "Mo-Fr 09:00-12:00; Di 14:00-18:00 – empty: no fixed hours.";
        HelpLanguages => "Zweistellige Codes (ISO 639-1) mit Komma: de, en, ar, uk.", "Two-letter codes (ISO 639-1), comma separated: de, en, ar, uk.";
        HelpAge => "Ganze Jahre 0–120; leer: keine Grenze.", "Whole years 0–120; empty: no limit.";
        HelpVerified => "TT.MM.JJJJ, nicht in der Zukunft. Im Verzeichnis setzt Strg-P „heute geprüft“.", "DD.MM.YYYY, not in the future. In the directory Ctrl-P stamps \"verified today\".";
        HelpInternal => "Nur für dieses Team: wird nie an Dritte exportiert.", "For this team only: never exported to third parties.";
        HoursUnderstood => "Erkannt: {0}", "Understood: {0}";
        HoursNone => "keine festen Zeiten", "no fixed hours";
        PanelId => "Nummer: {0}", "Number: {0}";
        PanelNewId => "Nummer: wird beim Speichern vergeben", "Number: given when saved";
        // Problems.
        ErrAges => "Das Mindestalter liegt über dem Höchstalter.", "The minimum age is above the maximum age.";
        ErrLanguage => "„{0}“ ist kein Sprachcode – bitte zweistellig (ISO 639-1) mit Komma: de, en, ar.", "\"{0}\" is not a language code – please two letters (ISO 639-1), comma separated: de, en, ar.";
        // Messages.
        SavedNew => "Neues Angebot {0} gespeichert.", "New offer {0} saved.";
        SavedEdit => "Angebot {0} gespeichert.", "Offer {0} saved.";
        Revealed => "{0} Suche und Filter zurückgesetzt, damit es in der Liste steht.", "{0} Search and filters cleared so that it shows in the list.";
        Stamped => "Geprüft am {1}: „{0}“", "Verified on {1}: \"{0}\"";
        AlreadyStamped => "Heute schon geprüft: „{0}“", "Already verified today: \"{0}\"";
        Deactivated => "Deaktiviert (bleibt gespeichert, Strg-Y zeigt inaktive): „{0}“", "Deactivated (kept; Ctrl-Y shows inactive): \"{0}\"";
        Reactivated => "Wieder aktiv: „{0}“", "Active again: \"{0}\"";
        NoOffer => "Kein Angebot ausgewählt.", "No offer selected.";
        StillLoading => "Das Verzeichnis lädt noch – bitte gleich noch einmal.", "The directory is still loading – please try again in a moment.";
        ConfirmDeactivate => "Angebot „{0}“ deaktivieren? Es bleibt gespeichert und in Verweisen erhalten. (j/n)", "Deactivate offer \"{0}\"? It stays stored and in referrals. (y/n)";
        ConfirmReactivate => "Angebot „{0}“ wieder aktivieren? (j/n)", "Reactivate offer \"{0}\"? (y/n)";
        // Help overlay.
        ActNewOffer => "neues Angebot anlegen", "create a new offer";
        ActEditOffer => "Angebot bearbeiten", "edit the offer";
        ActDuplicateOffer => "Angebot kopieren (neues Angebot, noch ungespeichert)", "copy the offer (a new offer, not saved yet)";
        ActToggleActive => "Angebot deaktivieren / wieder aktivieren (fragt nach)", "deactivate / reactivate the offer (asks first)";
        ActStamp => "als heute geprüft markieren", "mark as verified today";
        ActUpkeepMenu => "Pflege: veraltete, Dubletten, inaktive; Import, Export, Sicherung", "Upkeep: stale, duplicates, inactive; import, export, back up now";
        // The upkeep menu and its filter chips.
        MenuStale => "veraltet ({0}) – seit 12 Monaten nicht geprüft", "stale ({0}) – not verified for 12 months";
        MenuDuplicates => "mögliche Dubletten ({0}) – gleicher Anbieter, ähnlicher Titel", "possible duplicates ({0}) – same provider, similar title";
        MenuInactive => "inaktive zeigen ({0})", "show inactive ({0})";
        ChipStale => "veraltet", "stale";
        ChipDuplicates => "mögliche Dubletten", "possible duplicates";
        CardDuplicate => "mögliche Dublette: {0}", "possible duplicate: {0}";
        CardDuplicateMore => "und {0} weitere", "and {0} more";
    }
}
