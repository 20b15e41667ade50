//! The message catalogue. One line per message: key, German, English. `{0}`, `{1}` … are
//! filled by `Lang::f`. A message missing in one language does not compile. Large areas keep
//! their messages in their own enum (same macro) in a file beside this one.

use super::Lang;

/// A catalogue message: its text in a language.
pub trait Msg: Copy + std::fmt::Debug + 'static {
    fn get(self, lang: Lang) -> &'static str;
    fn all() -> &'static [Self];
}

macro_rules! catalogue {
    ($(#[$doc:meta])* $name:ident { $($key:ident => $de:literal, $en:literal;)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($key,)* }

        impl $crate::i18n::Msg for $name {
            fn get(self, lang: $crate::i18n::Lang) -> &'static str {
                match lang {
                    $crate::i18n::Lang::De => match self { $($name::$key => $de,)* },
                    $crate::i18n::Lang::En => match self { $($name::$key => $en,)* },
                }
            }

            fn all() -> &'static [Self] {
                &[$($name::$key,)*]
            }
        }
    };
}
#[allow(unused_imports)] // used by the area catalogues beside this file
pub(crate) use catalogue;

catalogue! {
    /// General UI messages.
    T {
    // Actions (help overlay).
    ActQuit => "Lotse beenden", "Quit Lotse";
    ActHelp => "Hilfe ein/aus", "Show/hide help";
    ActCloseOverlay => "Schließen / zurück", "Close / back";
    ActUp => "Auswahl nach oben", "Move up";
    ActDown => "Auswahl nach unten", "Move down";
    ActPageUp => "Seite nach oben", "Page up";
    ActPageDown => "Seite nach unten", "Page down";
    ActFirst => "zum ersten Treffer", "To the first hit";
    ActLast => "zum letzten Treffer", "To the last hit";
    ActCursorLeft => "Cursor nach links", "Cursor left";
    ActCursorRight => "Cursor nach rechts", "Cursor right";
    ActCursorStart => "Cursor an den Anfang", "Cursor to start";
    ActCursorEnd => "Cursor ans Ende", "Cursor to end";
    ActDeleteBack => "Zeichen links löschen", "Delete character left";
    ActDeleteForward => "Zeichen rechts löschen", "Delete character right";
    ActDeleteWordBack => "Wort links löschen", "Delete word left";
    ActClearField => "Feld leeren", "Clear field";
    ActEscapeDirectory => "Suche leeren (bei leerer Suche: Filter löschen)", "Clear search (when empty: clear filters)";
    ActBack => "zurück zur Liste", "back to the list";
    ActToggleCard => "alle Details des Angebots", "Full details of the offer";
    ActCardScrollUp => "Details nach oben blättern", "Scroll details up";
    ActCardScrollDown => "Details nach unten blättern", "Scroll details down";
    ActToggleNeed => "Filter „{0}“ ein/aus", "Filter \"{0}\" on/off";
    ActMenuNeeds => "Bedarf wählen (alle 14)", "Choose need (all 14)";
    ActMenuGroups => "Zielgruppe wählen", "Choose target group";
    ActMenuLanguages => "Sprache wählen", "Choose language";
    ActMenuTowns => "Wohnort wählen (wer ist zuständig?)", "Choose town of residence (who is responsible?)";
    ActClearFilters => "alle Filter löschen", "Clear all filters";
    ActToggleInactive => "inaktive Angebote zeigen/verbergen", "Show/hide inactive offers";
    ActMenuToggle => "Eintrag an/aus, Liste bleibt offen", "Toggle entry, keep list open";
    ActMenuChoose => "Eintrag an/aus und schließen", "Toggle entry and close";
    ActShowDirectory => "Angebotsverzeichnis", "Offer directory";
    ActShowClients => "Klienten (offenes Erstgespräch bleibt erhalten)", "Clients (an open intake is kept)";
    ActShowLog => "Verweise und Wiedervorlagen", "Referrals and follow-ups";
    ActQuickContact => "Kurzkontakt anonym zählen", "Count an anonymous short contact";
    ActEditSettings => "Name/Kürzel der Beraterin ändern", "Change the counsellor's name/initials";
    ActClearCurrentClient => "aktuellen Klienten lösen", "Release the current client";
    ActNewCall => "Neuer Anruf: aktuellen Klienten lösen, Suche und Filter leeren", "New call: release the current client, clear search and filters";
    ActOpenClient => "Klient öffnen", "Open client";
    ActNewClient => "neues Erstgespräch", "New intake";
    ActEditClient => "Klient bearbeiten", "Edit client";
    ActClientOffers => "passende Angebote für den Klienten", "Fitting offers for the client";
    ActSaveAndOffers => "speichern und passende Angebote zeigen", "Save and show fitting offers";
    ActFormSave => "speichern", "save";
    ActFormCancel => "abbrechen (fragt bei Änderungen nach)", "cancel (asks when something changed)";
    ActFormNext => "nächstes Feld", "next field";
    ActFormPrev => "voriges Feld", "previous field";
    ActFormSectionNext => "nächster Abschnitt", "next section";
    ActFormSectionPrev => "voriger Abschnitt", "previous section";
    ActOptionNext => "nächste Möglichkeit", "next option";
    ActOptionPrev => "vorige Möglichkeit", "previous option";
    ActOptionToggle => "ankreuzen an/aus", "tick on/off";
    ActOptionClear => "auf „keine Angabe“ setzen", "set to \"not stated\"";
    ActConfirmYes => "ja", "yes";
    ActConfirmNo => "nein", "no";
    // Contexts (help sections).
    CtxGlobal => "Überall", "Everywhere";
    CtxDirectory => "Angebotsverzeichnis", "Offer directory";
    CtxTextField => "Im Suchfeld", "In the search field";
    CtxCard => "Angebotsdetails", "Offer details";
    CtxMenu => "Auswahlliste (auch 1–9, 0, a–z wählen direkt)", "Choice list (1–9, 0, a–z pick directly)";
    CtxHelp => "Hilfe", "Help";
    CtxReport => "Bericht (Import)", "Report (import)";
    CtxForm => "In Formularen", "In forms";
    CtxClients => "Klientenliste", "Client list";
    CtxClientView => "Klientenansicht", "Client view";
    CtxIntake => "Erstgespräch", "Intake";
    CtxLog => "Verweise", "Referrals";
    CtxStats => "Statistik (F11)", "Statistics (F11)";
    CtxStatsRange => "Statistik: Zeitraum eingeben", "Statistics: typing a period";
    HintStatsMonth => "Monat", "month";
    HintStatsLastMonth => "Vormonat", "last month";
    HintStatsQuarter => "Quartal", "quarter";
    HintStatsYear => "Jahr", "year";
    HintStatsRange => "Zeitraum", "period";
    HintStatsApply => "übernehmen", "apply";
    HintGap => "Lücke", "gap";
    CtxModal => "Kleine Formulare", "Small forms";
    CtxUpkeep => "Angebote pflegen (im Verzeichnis und in den Details)", "Offer upkeep (in the directory and the details)";
    HintOffers => "Angebote", "offers";
    HintNew => "neu", "new";
    HintOpen => "öffnen", "open";
    HintEdit => "bearbeiten", "edit";
    HintBack2 => "zurück", "back";
    HintContact => "Kurzkontakt", "short contact";
    CtxFormText => "In Textfeldern eines Formulars", "In a form's text fields";
    CtxChoice => "In Auswahlfeldern (Buchstabe springt zur Möglichkeit)", "In choice fields (a letter jumps to an option)";
    CtxConfirm => "Bei Rückfragen", "When asked to confirm";
    HintSave => "speichern", "save";
    HintCancel => "abbrechen", "cancel";
    HintOption => "wählen", "choose";
    HintToggle => "ankreuzen", "tick";
    HintYes => "ja", "yes";
    HintNo => "nein", "no";
    Saved => "gespeichert", "saved";
    // Validation.
    ValRequired => "Pflichtfeld – bitte ausfüllen.", "Required – please fill in.";
    ValDateFormat => "Datum bitte als TT.MM.JJJJ eingeben.", "Please enter the date as DD.MM.YYYY (TT.MM.JJJJ).";
    ValDateImpossible => "Diesen Tag gibt es nicht.", "That day does not exist.";
    ValDateFuture => "Das Datum liegt in der Zukunft.", "The date is in the future.";
    ValDatePast => "Das Datum liegt in der Vergangenheit.", "The date is in the past.";
    ValMonthFormat => "Monat bitte als MM.JJJJ eingeben.", "Please enter the month as MM.YYYY.";
    ValTimeFormat => "Uhrzeit bitte als HH:MM eingeben (24 Stunden), z. B. 14:30.", "Please enter the time as HH:MM (24 hours), e.g. 14:30.";
    ValTimeHour => "Die Stunde geht von 0 bis 23 (24:00 ist 00:00 am nächsten Tag).", "The hour goes from 0 to 23 (24:00 is 00:00 the next day).";
    ValTimeMinute => "Die Minuten gehen von 0 bis 59.", "Minutes go from 0 to 59.";
    ValMonthFuture => "Der Monat liegt in der Zukunft.", "The month is in the future.";
    ValEmail => "Keine gültige E-Mail-Adresse.", "Not a valid e-mail address.";
    ValPhone => "Keine gültige Telefonnummer (Ziffern, Leerzeichen, + - / ( )).", "Not a valid phone number (digits, spaces, + - / ( )).";
    ValWeb => "Keine gültige Web-Adresse.", "Not a valid web address.";
    ValNumber => "Bitte eine Zahl von {0} bis {1}.", "Please enter a number from {0} to {1}.";
    ValHours => "Zeiten nicht verstanden bei „{0}“ – Beispiel: Mo-Fr 09:00-12:00; Di 14:00-18:00", "Hours not understood at \"{0}\" – example: Mo-Fr 09:00-12:00; Di 14:00-18:00";
    NotStated => "keine Angabe", "not stated";
    DoesNotApply => "– entfällt", "– does not apply";
    ValLangCode => "Bitte einen zweistelligen Sprachcode (ISO 639-1, z. B. ar, uk, en).", "Please a two-letter language code (ISO 639-1, e.g. ar, uk, en).";
    CounsellorTitle => "Wer berät hier? (steht in jedem Verlaufseintrag)", "Who is counselling? (written into every history entry)";
    CounsellorName => "Name oder Kürzel", "Name or initials";
    SettingsTitle => "Einstellungen dieses Platzes", "Settings of this desk";
    FieldRetention => "Aufbewahrung (Monate nach dem letzten Kontakt)", "Retention (months after the last contact)";
    FieldIdle => "Sichtschutz nach Minuten ohne Eingabe (0 = aus)", "Privacy screen after minutes without input (0 = off)";
    QuickContactTitle => "Kurzkontakt – anonym gezählt", "Short contact – counted anonymously";
    FieldDate => "Datum", "Date";
    FieldChannel => "Kanal", "Channel";
    FieldCaller => "Wer ruft an", "Who is calling";
    FieldLanguage => "Sprache (ar, uk …)", "Language (ar, uk …)";
    FieldGroup => "Zielgruppe", "Target group";
    FieldNeeds => "Bedarfe", "Needs";
    FieldMinutes => "Dauer in Minuten", "Duration in minutes";
    ConfirmDiscard => "Änderungen verwerfen? (j/n)", "Discard changes? (y/n)";
    DraftsOffer => "Nicht gespeicherte Eingaben vom {0}: {1}. Fortsetzen? (j: fortsetzen, n: verwerfen)",
        "Unsaved input from {0}: {1}. Continue? (y: continue, n: discard)";
    DraftIntake => "Erstgespräch", "intake";
    DraftOffer => "Angebot", "offer";
    DraftQuickContact => "Kurzkontakt", "short contact";
    DraftReferral => "Vermittlung", "referral";
    DraftsContinued => "{0} Entwurf/Entwürfe fortgesetzt – noch nicht gespeichert (Strg-S speichert).",
        "{0} draft(s) continued – not saved yet (Ctrl-S saves).";
    PasteCut => "Eingefügter Text gekürzt: {0} von {1} Zeichen übernommen.",
        "Pasted text cut: {0} of {1} characters taken.";
    DraftsDiscarded => "Entwurf verworfen.", "Draft discarded.";
    ConfirmQuit => "Es gibt ungespeicherte Eingaben. Trotzdem beenden? (j/n)", "There is unsaved input. Quit anyway? (y/n)";
    ConfirmNewCall => "Neuer Anruf verwirft die ungespeicherten Eingaben dieses Anrufs. Trotzdem? (j/n)", "A new call discards this call's unsaved input. Go ahead? (y/n)";
    ReadOnly => "Nur lesen: {0}", "Read only: {0}";
    ReportHint => "↑↓ Bild↑↓ Pos1/Ende blättern · Esc schließen", "↑↓ PgUp/PgDn Home/End scroll · Esc close";
    ReportRows => "Zeilen {0}–{1} von {2}", "rows {0}–{1} of {2}";
    ModalHint => "Tab nächstes Feld · Strg-S speichern · Esc abbrechen", "Tab next field · Ctrl-S save · Esc cancel";
    ReadOnlyShort => "NUR LESEN", "READ ONLY";
    DueCount => "{0} WV fällig", "{0} follow-ups due";
    HintRefer => "verweisen", "refer";
    HintMark => "markieren", "mark";
    HintStatus => "Status", "status";
    HintPostpone => "verschieben", "postpone";
    HintNote => "Notiz", "note";
    HintView => "Ansicht", "view";
    HintToClient => "Klient", "client";
    HintToOffer => "Angebot", "offer";
    Yes => "ja", "yes";
    No => "nein", "no";
    // Footer hints (short).
    HintHelp => "Hilfe", "Help";
    ActPrivacy => "Sichtschutz: alle persönlichen Angaben sofort verbergen (noch einmal: wieder zeigen)",
        "Privacy screen: hide every personal detail at once (again: show them)";
    PrivacyShown => "Sichtschutz – Lotse ist verborgen. {0} zeigt es wieder.",
        "Privacy screen – Lotse is hidden. {0} shows it again.";
    RetentionDueOnStart => "{0} Datensätze zur Anonymisierung fällig (Aufbewahrungsfrist abgelaufen): F3, Strg-D, Strg-A",
        "{0} records due for anonymisation (retention period over): F3, Ctrl-D, Ctrl-A";
    PrivacyIdle => "Nach {0} Minuten ohne Eingabe verborgen.", "Hidden after {0} minutes without input.";
    // Data protection in the screen: erasure, the person's copy, the audit trail, retention.
    CtxAudit => "Datenschutz und Protokoll", "Data protection and audit trail";
    ScreenAudit => "Datenschutz", "Data protection";
    ActEraseClient => "Klient endgültig löschen (mit allen Verweisen und Notizen; fragt vorher)",
        "Erase the client for good (with every referral and note; asks first)";
    ActPersonCopy => "Auskunft für die Person schreiben (Text und JSON, Art. 15/20 DSGVO)",
        "Write the person's own copy (text and JSON, Art. 15/20 GDPR)";
    ActShowAudit => "Änderungsprotokoll dieses Datensatzes zeigen", "Show this record's audit trail";
    ActOpenAudit => "Datenschutz: Protokoll, fällige Anonymisierungen", "Data protection: audit trail, anonymisation due";
    ActAnonymiseDue => "Fällige Datensätze anonymisieren (fragt vorher)", "Anonymise the records due (asks first)";
    HintAnonymise => "anonymisieren", "anonymise";
    BackupOld => "⚠ letzte Sicherung {0}", "⚠ last backup {0}";
    BackupNone => "⚠ keine Sicherung", "⚠ no backup";
    BackupToday => "gesichert heute", "backed up today";
    BackupShort => "gesichert {0}", "backed up {0}";
    BackupLine => "Sicherungen in {0} · letzte: {1}", "Backups in {0} · last: {1}";
    ViewDataKeys => "l löschen · k Auskunft · h Protokoll", "l erase · k copy · h trail";
    HintFilter => "Filter tippen", "type to filter";
    EraseAskScreen => "{0} endgültig löschen – mit {1} Verweis(en), allen Verläufen und Notizen? Das kann nicht rückgängig gemacht werden; ältere Sicherungen enthalten {0} noch.",
        "Erase {0} for good – with {1} referral(s), all history and notes? This cannot be undone; older backups still hold {0}.";
    ErasedScreen => "{0} gelöscht: {1} Verweis(e), {2} Verlaufseinträge. Auf der Festplatte ist nichts mehr davon.",
        "{0} erased: {1} referral(s), {2} history entries. Nothing of it is left on disk.";
    CopyWritten => "Auskunft für {0} in {1}: {2} und .json (nur für Sie lesbar; übergeben, dann löschen)",
        "Copy for {0} in {1}: {2} and .json (readable only by you; hand over, then delete)";
    AnonymiseAsk => "{0} Datensätze anonymisieren? Namen, Kontaktdaten, Notizen und genaue Daten werden entfernt; die Zahlen für die Statistik bleiben.",
        "Anonymise {0} records? Names, contact details, notes and exact dates are removed; the figures for statistics stay.";
    AnonymisedScreen => "{0} Datensätze anonymisiert.", "{0} records anonymised.";
    NothingDue => "Nichts zur Anonymisierung fällig.", "Nothing due for anonymisation.";
    DueLine => "Zur Anonymisierung fällig: {0} ({1}) – Strg-A anonymisiert.", "Due for anonymisation: {0} ({1}) – Ctrl-A anonymises.";
    RetentionLine => "Aufbewahrung {0} Monate · Sichtschutz nach {1} Min. ohne Eingabe · F12 ändert",
        "Retention {0} months · privacy screen after {1} min without input · F12 changes";
    IdleOff => "aus", "off";
    AuditCount => "Protokoll: {0} Einträge", "Audit trail: {0} entries";
    AuditFiltered => "Protokoll: {0} von {1} Einträgen", "Audit trail: {0} of {1} entries";
    AuditEmpty => "Keine Einträge.", "No entries.";
    AuditReading => "Protokoll wird gelesen …", "Reading the audit trail …";
    HintQuit => "Ende", "Quit";
    HintNewCall => "Neuer Anruf", "New call";
    HintSelect => "Auswahl", "Select";
    HintCard => "Details", "Details";
    HintTopNeeds => "Bedarf", "Need";
    HintNeedMenu => "Filter", "Filters";
    HintClearFilters => "Filter weg", "Clear filters";
    HintMenuToggle => "an/aus", "toggle";
    HintMenuChoose => "wählen", "choose";
    HintClose => "schließen", "close";
    HintBack => "zurück", "back";
    HintScroll => "blättern", "scroll";
    // Key names (help, footer).
    KeySpace => "Leertaste", "Space";
    KeyBackTab => "Umschalt-Tab", "Shift-Tab";
    KeyBackspace => "Rücktaste", "Backspace";
    KeyDelete => "Entf", "Del";
    KeyInsert => "Einfg", "Ins";
    KeyHome => "Pos1", "Home";
    KeyEnd => "Ende", "End";
    KeyPageUp => "Bild↑", "PgUp";
    KeyPageDown => "Bild↓", "PgDn";
    KeyCtrl => "Strg", "Ctrl";
    // Small words in composed lines.
    WordSince => "seit", "since";
    WordUntil => "bis", "until";
    WordGerman => "Deutsch", "German";
    WordNone => "keine", "none";
    AllTowns => "alle Orte", "all towns";
    // Screens and chrome.
    AppTitle => "Lotse", "Lotse";
    ScreenDirectory => "Angebote", "Offers";
    Demo => "DEMO – fiktive Daten", "DEMO – fictional data";
    TooSmall => "Fenster zu klein", "Window too small";
    TooSmallDetail => "mindestens {0}×{1} Zeichen, jetzt {2}×{3}", "at least {0}×{1} characters, now {2}×{3}";
    SearchLabel => "Suche", "Search";
    Loading => "lädt …", "loading …";
    Hits => "{0} Treffer", "{0} hits";
    HitsComplete => "{0} mit allen Wörtern", "{0} with every word";
    Unmatched => "ohne Treffer: {0}", "no hits: {0}";
    NoHits => "Keine Treffer. Weniger Wörter oder andere Schreibweise versuchen; Filter mit Strg-X löschen.", "No hits. Try fewer words or another spelling; clear filters with Ctrl-X.";
    EmptyDirectory => "Das Verzeichnis ist leer. Angebote laden: Strg-A, dann 4 (Importieren), oder lotse import DATEI.csv; lotse --demo zum Ausprobieren.", "The directory is empty. Load offers: Ctrl-A, then 4 (Import), or lotse import FILE.csv; lotse --demo to try it out.";
    FiltersLabel => "Filter", "Filters";
    FiltersNone => "keine · F5 Deutsch · F6 Arbeit · F7 Wohnen · F8 Anerkennung · Strg-B mehr", "none · F5 German · F6 work · F7 housing · F8 recognition · Ctrl-B more";
    FiltersClearHint => "(Strg-X: alle weg)", "(Ctrl-X: clear all)";
    FilterInactive => "inkl. inaktive", "incl. inactive";
    FilterTown => "Wohnort {0}", "lives in {0}";
    HelpTitle => "Hilfe – alle Tasten", "Help – all keys";
    HelpIntro => "Tippen sucht sofort. Mehrere Wörter grenzen ein. Umlaute, Abkürzungen (ABH, JC, IK …) und kleine Tippfehler werden erkannt.", "Typing searches at once. More words narrow the list. Umlauts, abbreviations (ABH, JC, IK …) and small typos are understood.";
    MenuNeeds => "Bedarf", "Need";
    MenuGroups => "Zielgruppe", "Target group";
    MenuLanguages => "Sprache", "Language";
    MenuTowns => "Wohnort", "Town of residence";
    MenuUpkeep => "Pflege", "Upkeep";
    // Offer card.
    CardPhone => "Tel.", "Phone";
    CardHours => "Zeiten", "Hours";
    CardOpenNow => "jetzt geöffnet bis {0}", "open now until {0}";
    CardClosedOpens => "geschlossen · öffnet {0} {1}", "closed · opens {0} {1}";
    CardNoHours => "keine festen Zeiten", "no fixed hours";
    CardAddress => "Adresse", "Address";
    CardArea => "Zuständigkeit", "Serves";
    CardAppointment => "Termin", "Appointment";
    CardChannels => "Kontaktwege", "Channels";
    CardLanguages => "Sprachen", "Languages";
    CardCost => "Kosten", "Cost";
    CardEligibility => "Voraussetzungen", "Eligibility";
    CardEligibilityNone => "keine Einschränkungen", "no restrictions";
    CardEligibilityInText => "siehe Beschreibung", "see the description";
    CardFromText => "aus Text erkannt", "read from text";
    CardByAppointment => "nach Vereinbarung", "by appointment";
    CardGermanTitle => "deutsch: {0}", "German: {0}";
    CardAgeFrom => "ab {0} J.", "from age {0}";
    CardAgeTo => "bis {0} J.", "up to age {0}";
    CardGermanFrom => "Deutsch ab {0}", "German {0} or better";
    CardResidence => "Aufenthalt: {0}", "residence: {0}";
    CardDocuments => "Unterlagen", "Documents";
    CardWeb => "Web", "Web";
    CardEmail => "E-Mail", "E-mail";
    CardNeeds => "Bedarfe", "Needs";
    CardGroups => "Zielgruppen", "Target groups";
    CardGroupsAll => "alle", "all";
    CardDescription => "Beschreibung", "Description";
    CardKeywords => "Stichwörter", "Keywords";
    CardVerified => "Geprüft", "Verified";
    CardNeverVerified => "nie geprüft", "never verified";
    CardStale => "veraltet – älter als 12 Monate, bitte prüfen", "stale – older than 12 months, please check";
    CardStatus => "Status", "Status";
    CardMore => "Enter: alle Details", "Enter: all details";
    CardInternal => "Interne Notiz", "Internal note";
    StaleShort => "veraltet", "stale";
    ClosedShort => "geschlossen", "closed";
    InactiveShort => "inaktiv", "inactive";
    CliHitsShown => "{0} von {1} Treffern angezeigt", "{0} of {1} hits shown";
    ErrUsage => "Aufruf nicht verstanden: {0}\nHilfe: lotse --help", "Could not understand the call: {0}\nHelp: lotse --help";
    // Errors at the edge (store, files, arguments).
    ErrAlreadyOpen => "Lotse ist bereits geöffnet (in einem anderen Fenster oder von einem anderen Programm) und nutzt die Datenbank {0}. Bitte dort weiterarbeiten oder es zuerst schließen.",
        "Lotse is already open (in another window or program) using the database {0}. Please continue there or close it first.";
    ErrPermission => "Keine Berechtigung für die Datenbank {0}. Bitte prüfen, ob das Verzeichnis existiert und beschreibbar ist.",
        "No permission for the database {0}. Please check that the directory exists and is writable.";
    ErrDirMissing => "Das Verzeichnis für die Datenbank {0} fehlt und konnte nicht angelegt werden.",
        "The directory for the database {0} is missing and could not be created.";
    ErrNotADir => "{0} ist eine Datei, kein Verzeichnis. Die Datenbank ist ein Verzeichnis: bitte mit --db einen anderen Pfad angeben (fehlt er, legt Lotse ihn an).",
        "{0} is a file, not a directory. The database is a directory: please give another path with --db (Lotse creates it if it is missing).";
    ErrNotADatabase => "{0} enthält andere Dateien und ist keine Lotse-Datenbank; Lotse hat dort nichts verändert. Bitte mit --db ein leeres oder neues Verzeichnis angeben.",
        "{0} holds other files and is not a Lotse database; Lotse changed nothing there. Please give an empty or new directory with --db.";
    ErrNoDatabase => "Unter {0} gibt es keine Lotse-Datenbank. Bitte den Pfad prüfen (--db oder LOTSE_DB); angelegt wird sie beim ersten Start von Lotse oder mit lotse import.",
        "There is no Lotse database at {0}. Please check the path (--db or LOTSE_DB); it is created when Lotse first starts or by lotse import.";
    ErrDiskFull => "Der Datenträger ist voll: diese Änderung wurde nicht gespeichert; alles früher Gespeicherte ist erhalten. Bitte Platz schaffen und Lotse neu starten.",
        "The disk is full: this change was not saved; everything saved before is kept. Please free some space and restart Lotse.";
    ErrCorrupt => "Ein gespeicherter Datensatz in {0} ist beschädigt ({1}). Bitte eine Sicherung zurückspielen oder den Support fragen.",
        "A stored record in {0} is damaged ({1}). Please restore a backup or ask for support.";
    ErrDamaged => "Die Datenbank {0} ist beschädigt und lässt sich nicht öffnen ({1}). Lotse hat nichts daran geändert. Bitte die letzte Sicherung in eine neue Datenbank zurückspielen (lotse --db NEUER-ORDNER restore SICHERUNG.lotsebak) und die beschädigte für den Support aufheben.",
        "The database {0} is damaged and cannot be opened ({1}). Lotse changed nothing in it. Please restore the last backup into a new database (lotse --db NEW-FOLDER restore BACKUP.lotsebak) and keep the damaged one for support.";
    ErrLostWrites => "Die Datenbank {0} ist beschädigt: {1} von {2} Speicherungen fehlen darin. Lotse zeigt, was sich lesen lässt, speichert aber nichts mehr hinein. Bitte die letzte gute Sicherung in eine neue Datenbank zurückspielen (lotse --db NEUER-ORDNER restore SICHERUNG.lotsebak) und die beschädigte für den Support aufheben.",
        "The database {0} is damaged: {1} of {2} saves are missing from it. Lotse shows what can be read but saves nothing more into it. Please restore the last good backup into a new database (lotse --db NEW-FOLDER restore BACKUP.lotsebak) and keep the damaged one for support.";
    LastGoodBackup => "Letzte gute Sicherung: {0}", "Last good backup: {0}";
    ErrNewerSchema => "Die Datenbank {0} stammt von einer neueren Lotse-Version (Schema {1}). Bitte Lotse aktualisieren.",
        "The database {0} was written by a newer version of Lotse (schema {1}). Please update Lotse.";
    ErrStorage => "Die Datenbank {0} konnte nicht gelesen oder geschrieben werden ({1}).",
        "The database {0} could not be read or written ({1}).";
    ErrBadAddress => "Die Server-Adresse {0} ist nicht lesbar. Form: postgres://BENUTZER@SERVER:PORT/DATENBANK",
        "The server address {0} cannot be read. Form: postgres://USER@HOST:PORT/DATABASE";
    ErrPasswordInAddress => "Die Adresse {0} enthält ein Passwort; das gehört nicht auf die Befehlszeile. Bitte ohne Passwort angeben: Lotse nimmt es aus PGPASSWORD oder ~/.pgpass oder fragt danach.",
        "The address {0} contains a password, which does not belong on the command line. Please give it without: Lotse takes it from PGPASSWORD or ~/.pgpass, or asks for it.";
    ErrLoginFailed => "Der Server {0} hat die Anmeldung abgelehnt. Bitte Benutzer und Passwort prüfen (PGPASSWORD, ~/.pgpass) oder die IT fragen.",
        "The server {0} refused the login. Please check user and password (PGPASSWORD, ~/.pgpass) or ask IT.";
    ErrConflict => "{0} wurde inzwischen an einem anderen Platz geändert ({1}) und nicht überschrieben. Ihre Eingaben stehen noch im Formular: bitte mit dem neuen Stand vergleichen und erneut speichern.",
        "{0} was changed at another desk in the meantime ({1}) and was not overwritten. What you typed is still in the form: please compare with the new version and save again.";
    ErrConflictGone => "{0} wurde inzwischen an einem anderen Platz gelöscht; nichts wurde gespeichert. Ihre Eingaben stehen noch im Formular.",
        "{0} was erased at another desk in the meantime; nothing was saved. What you typed is still in the form.";
    ServerOffline => "Server nicht erreichbar seit {0}: Daten auf Stand {0}, Eingaben bleiben.",
        "Server unreachable since {0}: data as of {0}, what you typed stays.";
    ServerBack => "Verbindung zum Server wieder da; alles neu geladen.", "Connected to the server again; everything reloaded.";
    ErrUnreachable => "Der Server {0} ist nicht erreichbar; nichts wurde gespeichert, Eingaben bleiben stehen. Lotse versucht es wieder.",
        "The server {0} cannot be reached; nothing was saved, what was typed stays. Lotse tries again.";
    ErrDemoWithDb => "--demo läuft auf einer temporären Datenbank und passt nicht zu --db. Eine Übungsdatenbank, die bleibt: lotse --db PFAD init --demo", "--demo runs on a temporary database and does not go with --db. A training database that stays: lotse --db PATH init --demo";
    InitDone => "Datenbank bereit: {0}", "Database ready: {0}";
    InitDemoDone => "Demo-Verzeichnis und Demo-Fälle geschrieben in {0}: {1}", "Demo directory and cases written to {0}: {1}";
    InitNotEmpty => "{0} ist nicht leer ({1}); die Demo wird nur in eine leere Datenbank geschrieben, nichts wurde geändert.", "{0} is not empty ({1}); the demo is only written into an empty database, nothing was changed.";
    ErrNoDataDir => "Kein Datenverzeichnis gefunden. Bitte mit --db PFAD oder LOTSE_DB angeben, wo die Datenbank liegen soll.",
        "No data directory found. Please say where the database should be with --db PATH or LOTSE_DB.";
    ErrTerminal => "Das Terminal konnte nicht eingerichtet werden ({0}). Lotse braucht ein interaktives Terminal.",
        "The terminal could not be set up ({0}). Lotse needs an interactive terminal.";
    ErrNotATerminal => "Lotse braucht ein interaktives Terminal. Für Abfragen ohne Bildschirm: lotse search WÖRTER",
        "Lotse needs an interactive terminal. For lookups without a screen: lotse search WORDS";
    ErrUnknownNeed => "Unbekannter Bedarf „{0}“. Gültig sind: {1}", "Unknown need \"{0}\". Valid codes: {1}";
    ErrInternal => "Interner Fehler: {0}. Bitte den Vorgang wiederholen; bleibt der Fehler, den Support fragen.",
        "Internal error: {0}. Please try again; if the error stays, ask for support.";
    ErrPanic => "Interner Fehler: {0}. Lotse wurde beendet. Offene Formulare werden beim nächsten Start als Entwurf angeboten, soweit sie noch gesichert werden konnten.",
        "Internal error: {0}. Lotse has stopped. Open forms are offered as drafts on the next start, as far as they could still be kept.";
}}
