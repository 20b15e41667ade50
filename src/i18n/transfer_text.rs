//! Messages of import, export, backup and restore, in German and English. `{0}`, `{1}` … are
//! filled by `Lang::f`; file names and cell values arrive already made visible (no control
//! characters), so these sentences can go straight to a terminal.

use super::catalogue::catalogue;

catalogue! {
    /// Import/export and backup/restore messages.
    Tx {
    // Reading a file.
    FileNotFound => "Die Datei {0} gibt es nicht.", "The file {0} does not exist.";
    FileRead => "Die Datei {0} konnte nicht gelesen werden ({1}).", "The file {0} could not be read ({1}).";
    FileEmpty => "Die Datei {0} ist leer.", "The file {0} is empty.";
    FileTooLarge => "Die Datei {0} ist zu groß ({1} MiB, höchstens {2} MiB). Bitte in kleinere Dateien aufteilen.",
        "The file {0} is too large ({1} MiB, at most {2} MiB). Please split it into smaller files.";
    FileBinary => "Die Datei {0} ist keine Textdatei (CSV oder JSON), sie enthält Binärdaten.",
        "The file {0} is not a text file (CSV or JSON); it contains binary data.";
    FileTooManyColumns => "Die erste Zeile von {0} hat mehr als {1} Spalten; so viele hat keine Angebotstabelle. Nichts wurde eingelesen.",
        "The first line of {0} has more than {1} columns; no table of offers has that many. Nothing was imported.";
    FileTooManyRows => "Die Datei {0} hat mehr als {1} Angebote. Bitte in kleinere Dateien aufteilen.",
        "The file {0} has more than {1} offers. Please split it into smaller files.";
    JsonNotUtf8 => "Die JSON-Datei {0} ist nicht UTF-8-kodiert (ungültiges Byte in Zeile {1}). Bitte als UTF-8 speichern.",
        "The JSON file {0} is not UTF-8 encoded (invalid byte on line {1}). Please save it as UTF-8.";
    JsonSyntax => "Die JSON-Datei {0} ist fehlerhaft in Zeile {1}, Spalte {2} ({3}).",
        "The JSON file {0} is malformed at line {1}, column {2} ({3}).";
    JsonShape => "Die JSON-Datei {0} enthält keine Angebotsliste (erwartet: eine Liste von Angeboten oder ein Objekt mit „offers“).",
        "The JSON file {0} holds no list of offers (expected a list of offers or an object with \"offers\").";
    NoKnownColumns => "In der ersten Zeile von {0} fehlen die Spalten „id“ und „titel“ (gefunden: {1}). Die erste Zeile muss die Spaltennamen enthalten.",
        "The first row of {0} has neither an \"id\" nor a \"title\" column (found: {1}). The first row must hold the column names.";
    DuplicateColumn => "In {0} meinen die Spalten {1} und {2} dasselbe Feld. Bitte eine davon entfernen.",
        "In {0} the columns {1} and {2} mean the same field. Please remove one of them.";
    NotWorkbook => "Die Datei {0} ist keine lesbare Excel- oder LibreOffice-Arbeitsmappe ({1}). Ist sie beschädigt oder mit einem Passwort geschützt?",
        "The file {0} is not a readable Excel or LibreOffice workbook ({1}). Is it damaged or protected by a password?";
    NoSheet => "In {0} gibt es kein Blatt „{1}“ (vorhanden: {2}).", "{0} has no sheet \"{1}\" (there are: {2}).";
    NotHsdsFolder => "Der Ordner {0} ist kein HSDS-Datenpaket: services.csv fehlt.",
        "The folder {0} is no HSDS data package: services.csv is missing.";
    SumFileHsds => "{0}: Open Referral HSDS 3.0", "{0}: Open Referral HSDS 3.0";
    HsdsNoInternal => "HSDS ist für den Austausch mit anderen Verzeichnissen: interne Notizen werden dort nie mitgegeben (ohne --with-internal exportieren).",
        "HSDS is for exchange with other directories: internal notes are never part of it (export without --with-internal).";
    SumFileSheet => "{0}: Arbeitsmappe ({1}), Blatt „{2}“", "{0}: workbook ({1}), sheet \"{2}\"";
    ExportBinaryNeedsFile => "Eine Excel-Datei gehört nicht auf den Bildschirm: bitte mit -o DATEI.xlsx in eine Datei schreiben.",
        "An Excel file does not belong on the screen: please write it to a file with -o FILE.xlsx.";
    WriteFailed => "Die Datei {0} konnte nicht geschrieben werden ({1}).", "The file {0} could not be written ({1}).";
    // Where a problem is.
    PlaceRow => "Zeile {0}", "Row {0}";
    PlaceRowLine => "Zeile {0} (Textzeile {1})", "Row {0} (text line {1})";
    PlaceEntry => "Eintrag {0}", "Entry {0}";
    PlaceColumn => "Spalte „{0}“ ({1})", "column \"{0}\" ({1})";
    PlaceKey => "Feld „{0}“", "field \"{0}\"";
    SevError => "Fehler", "Error";
    SevWarning => "Hinweis", "Warning";
    // Why a row is rejected.
    IsMissingTitle => "Titel fehlt – jedes Angebot braucht einen Titel.", "Title missing – every offer needs a title.";
    IsBadId => "„{0}“ ist keine gültige ID (nur Buchstaben, Ziffern, - _ . und höchstens 40 Zeichen).",
        "\"{0}\" is not a valid id (letters, digits, - _ . only, at most 40 characters).";
    IsDuplicateId => "Die ID „{0}“ kommt schon in {1} vor.", "The id \"{0}\" already occurs in {1}.";
    IsBadEmail => "„{0}“ ist keine gültige E-Mail-Adresse.", "\"{0}\" is not a valid e-mail address.";
    IsBadPhone => "„{0}“ ist keine gültige Telefonnummer (5–20 Ziffern, dazu + - / ( ) und Leerzeichen).",
        "\"{0}\" is not a valid phone number (5–20 digits, plus + - / ( ) and spaces).";
    IsBadWeb => "„{0}“ ist keine gültige Web-Adresse.", "\"{0}\" is not a valid web address.";
    IsUnsafeWeb => "„{0}“ ist keine Web-Adresse (nur http:// und https:// werden übernommen).",
        "\"{0}\" is not a web address (only http:// and https:// are taken).";
    IsTooLong => "Text zu lang ({0} Zeichen, höchstens {1}).", "Text too long ({0} characters, at most {1}).";
    IsWrongType => "Falscher Typ: erwartet {0}.", "Wrong type: expected {0}.";
    IsBadSlot => "Ungültige Öffnungszeit {0} (erwartet z. B. {\"day\": \"Mo\", \"from\": \"09:00\", \"to\": \"12:00\"} mit von < bis).",
        "Invalid opening slot {0} (expected e.g. {\"day\": \"Mo\", \"from\": \"09:00\", \"to\": \"12:00\"} with from < to).";
    IsNotAnObject => "Kein Angebot: erwartet ein JSON-Objekt.", "Not an offer: expected a JSON object.";
    TypeText => "Text", "text";
    TypeList => "eine Liste von Texten", "a list of texts";
    TypeObject => "ein Objekt", "an object";
    // Warnings: the row is imported.
    WarnControlChars => "Steuerzeichen entfernt.", "Control characters removed.";
    WarnReplacementChar => "Enthält „�“: an dieser Stelle hatte die Datei Bytes, die keine gültigen Zeichen sind. Bitte den Wert prüfen.",
        "Contains \"�\": the file had bytes here that are no valid characters. Please check the value.";
    WarnLikelyMojibake => "Die Datei ist kein gültiges UTF-8 und wurde als Windows-1252 gelesen, enthält aber UTF-8-Zeichen: Umlaute sind vermutlich verfälscht („Ã¼“ statt „ü“). Bitte die Datei als UTF-8 speichern und erneut einlesen.",
        "The file is not valid UTF-8 and was read as Windows-1252, but it also holds UTF-8 characters: umlauts are probably garbled (\"Ã¼\" for \"ü\"). Please save the file as UTF-8 and import it again.";
    WarnHoursAsNote => "„{0}“ nicht als Öffnungszeiten verstanden (Beispiel: Mo-Fr 09:00-12:00) – als Hinweis zu den Zeiten übernommen.",
        "\"{0}\" not understood as opening hours (example: Mo-Fr 09:00-12:00) – kept as the hours note.";
    WarnHoursUnknownWeeks => "14-tägig ohne Angabe, welche Wochen (gerade/ungerade KW): „jetzt geöffnet“ berücksichtigt diese Zeiten nicht.",
        "Every other week without saying which weeks (even/odd): \"open now\" leaves these times out.";
    WarnDateNotRead => "„{0}“ nicht als Datum verstanden (TT.MM.JJJJ) – das Angebot gilt als nie geprüft.",
        "\"{0}\" not understood as a date (DD.MM.YYYY) – the offer counts as never verified.";
    WarnImpossibleDate => "Den Tag „{0}“ gibt es nicht – das Angebot gilt als nie geprüft.",
        "The day \"{0}\" does not exist – the offer counts as never verified.";
    WarnStatusAsActive => "Status „{0}“ nicht erkannt – als aktiv übernommen.", "Status \"{0}\" not recognised – taken as active.";
    WarnUnknownFromText => "„{0}“ ist keine Bedingung (mindestalter, hoechstalter, deutsch_mindestens, aufenthalt) – ignoriert.",
        "\"{0}\" is no condition (min_age, max_age, min_german, residence) – ignored.";
    WarnCellError => "Die Zelle enthält den Fehlerwert {0} – als leer gelesen.", "The cell holds the error value {0} – read as empty.";
    WarnUnknownColumn => "Unbekannte Spalte – wird nicht übernommen.", "Unknown column – not imported.";
    WarnUnknownKey => "Unbekanntes Feld – wird nicht übernommen.", "Unknown field – not imported.";
    WarnUnnamedColumn => "Spalte ohne Namen enthält Daten – wird nicht übernommen.", "A column without a name holds data – not imported.";
    WarnExtraCells => "Mehr Zellen als Spaltennamen (überzählig: {0}) – werden nicht übernommen.", "More cells than column names (extra: {0}) – not imported.";
    // Mappings: each once, with its rows.
    SumMappings => "Zuordnungen (jede einmal, mit der Zahl der Zeilen):", "Mappings (each once, with the number of rows):";
    MapLine => "  Spalte „{0}“: {1} ({2})", "  column \"{0}\": {1} ({2})";
    MapRowsOne => "1 Zeile", "1 row";
    MapRows => "{0} Zeilen", "{0} rows";
    MapCode => "„{0}“ → {1}", "\"{0}\" → {1}";
    MapCodeKept => "„{0}“ → {1}, Text als Hinweis behalten", "\"{0}\" → {1}, text kept as a note";
    MapUnclear => "„{0}“ nicht eindeutig → {1}, Text als Hinweis behalten", "\"{0}\" not clear → {1}, text kept as a note";
    MapUnclearNote => "„{0}“ nicht erkannt – bei den Voraussetzungen als Hinweis behalten", "\"{0}\" not recognised – kept as a note with the conditions";
    MapTowns => "„{0}“ → Orte: {1}", "\"{0}\" → towns: {1}";
    MapKeyword => "„{0}“ ist kein Code – als Stichwort übernommen", "\"{0}\" is no code – kept as a keyword";
    MapCondition => "„{0}“ → {1} (aus Text erkannt, bitte bestätigen)", "\"{0}\" → {1} (read from text, please confirm)";
    CondMinAge => "Mindestalter {0}", "minimum age {0}";
    CondMaxAge => "Höchstalter {0}", "maximum age {0}";
    CondGerman => "Deutsch mindestens {0}", "German at least {0}";
    CondResidence => "Aufenthalt {0}", "residence {0}";
    // Import summary.
    SumFileCsv => "{0}: CSV, Trennzeichen „{1}“, {2}", "{0}: CSV, delimiter \"{1}\", {2}";
    SumFileJson => "{0}: JSON", "{0}: JSON";
    SumCounts => "Gelesen: {0} = {1} neu + {2} geändert + {3} unverändert + {4} abgelehnt.",
        "Read: {0} = {1} new + {2} updated + {3} unchanged + {4} rejected.";
    SumIssues => "Fehler: {0}, Hinweise: {1}.", "Errors: {0}, warnings: {1}.";
    SumMore => "… und weitere Meldungen: {0}.", "… and more messages: {0}.";
    SumSaved => "Gespeichert – neu: {0}, geändert: {1}.", "Saved – new: {0}, updated: {1}.";
    SumNothing => "Nichts zu ändern: die Datenbank entspricht schon der Datei.", "Nothing to change: the database already matches the file.";
    SumDryRun => "Probelauf (--dry-run): nichts gespeichert.", "Dry run (--dry-run): nothing saved.";
    SumRejected => "Nichts gespeichert, weil Zeilen abgelehnt wurden ({0} von {1}). Bitte korrigieren und erneut importieren (oder mit --skip-invalid nur die fehlerfreien Zeilen übernehmen).",
        "Nothing saved because rows were rejected ({0} of {1}). Please fix them and import again (or use --skip-invalid to take only the rows without errors).";
    SumSkipped => "Abgelehnte Zeilen ({0}) wurden nicht übernommen, die übrigen sind gespeichert.", "Rejected rows ({0}) were left out; the others are saved.";
    ImportRejected => "Import mit Fehlern – abgelehnt: {0} von {1} Zeilen.", "Import with errors – rejected: {0} of {1} rows.";
    // Export.
    ExportDone => "Exportiert nach {1} – Angebote: {0}.", "Exported to {1} – offers: {0}.";
    ExportNoInternal => "Interne Notizen sind nicht enthalten (dafür: --with-internal).", "Internal notes are left out (use --with-internal to include them).";
    // Backup and restore.
    BackupDone => "Sicherung geschrieben: {0} – Datensätze: {1} ({2}). SHA-256: {3}", "Backup written: {0} – records: {1} ({2}). SHA-256: {3}";
    BackupEncrypted => "Die Sicherung {0} ist verschlüsselt; ohne Passphrase kann sie nicht gelesen werden. Nichts wurde geschrieben.",
        "The backup {0} is encrypted and cannot be read without its passphrase. Nothing was written.";
    BackupWrongPassphrase => "Die Passphrase passt nicht zur Sicherung {0}. Nichts wurde geschrieben; bitte noch einmal versuchen.",
        "The passphrase does not fit the backup {0}. Nothing was written; please try again.";
    BackupCrypto => "Die verschlüsselte Sicherung {0} kann nicht gelesen werden ({1}). Nichts wurde geschrieben.",
        "The encrypted backup {0} cannot be read ({1}). Nothing was written.";
    PassphraseAsk => "Passphrase für die Sicherung: ", "Passphrase for the backup: ";
    PassphraseAgain => "Passphrase noch einmal: ", "Passphrase again: ";
    PassphraseMismatch => "Die beiden Passphrasen stimmen nicht überein. Nichts wurde geschrieben.",
        "The two passphrases differ. Nothing was written.";
    PassphraseEmpty => "Eine leere Passphrase schützt nichts. Nichts wurde geschrieben.",
        "An empty passphrase protects nothing. Nothing was written.";
    BackupWhileOpen => "Lotse ist gerade geöffnet und sichert sich selbst (täglich und beim Beenden) nach {0}, letzte Sicherung: {1}; für eine Sicherung jetzt Lotse beenden und den Befehl wiederholen.",
        "Lotse is open and backs itself up (daily and at quit) into {0}, last backup: {1}; for a backup now, quit Lotse and run the command again.";
    BackupNotABackup => "{0} ist keine Lotse-Sicherung. Nichts wurde geschrieben.", "{0} is not a Lotse backup. Nothing was written.";
    BackupTruncated => "Die Sicherung {0} ist unvollständig (abgeschnitten). Nichts wurde geschrieben.", "The backup {0} is incomplete (cut off). Nothing was written.";
    BackupChecksum => "Die Sicherung {0} ist beschädigt (die Prüfsumme stimmt nicht). Nichts wurde geschrieben.", "The backup {0} is damaged (checksum mismatch). Nothing was written.";
    BackupDamaged => "Die Sicherung {0} ist beschädigt ({1}). Nichts wurde geschrieben.", "The backup {0} is damaged ({1}). Nothing was written.";
    BackupNewerFormat => "Die Sicherung {0} hat ein neueres Dateiformat (Version {1}). Bitte Lotse aktualisieren. Nichts wurde geschrieben.",
        "The backup {0} has a newer file format (version {1}). Please update Lotse. Nothing was written.";
    BackupNewerSchema => "Die Sicherung {0} stammt von einer neueren Lotse-Version (Schema {1}, dieses Programm kennt {2}). Bitte Lotse aktualisieren. Nichts wurde geschrieben.",
        "The backup {0} comes from a newer Lotse (schema {1}, this program knows {2}). Please update Lotse. Nothing was written.";
    RestoreNotEmpty => "Die Datenbank {0} ist nicht leer ({1}). Wiederherstellen geht nur in eine leere Datenbank, z. B.: lotse --db NEUER_PFAD restore DATEI",
        "The database {0} is not empty ({1}). Restoring works into an empty database only, e.g.: lotse --db NEW_PATH restore FILE";
    RestoreDone => "Wiederhergestellt aus {0} (Sicherung vom {1}, Schema {2}): {3}. Alle Datensätze wurden zurückgelesen und verglichen.", "Restored from {0} (backup of {1}, schema {2}): {3}. Every record was read back and compared.";
    RestoreCounters => "Nummernzähler hinter den Datensätzen nachgezogen (neue Nummern folgen auf die wiederhergestellten): {0}.", "Id counters raised past the restored records (new numbers follow the restored ones): {0}.";
    RestoreVerifyFailed => "Die Prüfung nach dem Wiederherstellen ist fehlgeschlagen ({0}). Bitte die Datenbank {1} nicht benutzen und die Sicherung erneut in eine leere Datenbank einspielen.",
        "Checking after the restore failed ({0}). Please do not use the database {1}; restore the backup into an empty database again.";
    TreeRecords => "{0} {1}", "{0} {1}";
    // Erasing a client.
    EraseAsk => "{0} mit {1} Verweis(en) und allen Einträgen endgültig löschen? Das lässt sich nicht rückgängig machen. Zum Bestätigen die Nummer eingeben ({0}): ",
        "Erase {0} with {1} referral(s) and every entry for good? This cannot be undone. Type the number to confirm ({0}): ";
    PersonCopyDone => "Auskunft für {0} geschrieben: {1} (lesbar) und {2} (JSON). Beide Dateien sind nur für Sie lesbar; bitte der Person persönlich oder sicher übermitteln.",
        "Copy for {0} written: {1} (readable) and {2} (JSON). Both files are readable by you only; please hand them to the person directly or send them securely.";
    RetentionRange => "Die Aufbewahrungsfrist muss zwischen {0} und {1} Monaten liegen.", "The retention period must be between {0} and {1} months.";
    RetentionSet => "Aufbewahrungsfrist gespeichert: {0} Monate.", "Retention period saved: {0} months.";
    RetentionNoneDue => "Kein Datensatz zur Anonymisierung fällig (Aufbewahrungsfrist {0} Monate).", "No record is due for anonymisation (retention period {0} months).";
    RetentionDue => "{0} Datensätze zur Anonymisierung fällig (Aufbewahrungsfrist {1} Monate, letzte Aktivität in Klammern): {2}",
        "{0} records due for anonymisation (retention period {1} months, last activity in brackets): {2}";
    RetentionAsk => "{0} Datensätze jetzt anonymisieren? Name, Kontaktdaten, Notizen und genaue Daten werden entfernt; die Zahlen für die Statistik bleiben. [j/N] ",
        "Anonymise {0} records now? Names, contact details, notes and exact dates are removed; the figures for statistics stay. [y/N] ";
    RetentionNeedsYes => "Zum Anonymisieren ohne Terminal bitte --yes angeben. Nichts wurde geändert.", "To anonymise without a terminal, add --yes. Nothing was changed.";
    RetentionNotConfirmed => "Nicht bestätigt: nichts wurde anonymisiert.", "Not confirmed: nothing was anonymised.";
    RetentionDone => "{0} Datensätze anonymisiert; die Datenbank wurde neu geschrieben, die alten Angaben stehen in keiner ihrer Dateien mehr.",
        "{0} records anonymised; the database was rewritten, the old details are in none of its files any more.";
    EraseNotConfirmed => "Nicht bestätigt: {0} wurde nicht gelöscht.", "Not confirmed: {0} was not erased.";
    EraseNeedsYes => "Zum Löschen ohne Terminal bitte --yes angeben. {0} wurde nicht gelöscht.",
        "To erase without a terminal, add --yes. {0} was not erased.";
    EraseNoSuchClient => "Eine Klient:in {0} gibt es in dieser Datenbank nicht.", "There is no client {0} in this database.";
    EraseBadNumber => "„{0}“ ist keine Klient:innen-Nummer (Beispiel: K-0042).", "\"{0}\" is not a client number (example: K-0042).";
    EraseDone => "{0} gelöscht: {1} Verweis(e), {2} Verlaufseinträge. Die Datenbank wurde neu geschrieben; die gelöschten Daten stehen in keiner ihrer Dateien mehr (Sicherungen von vorher enthalten sie noch).",
        "{0} erased: {1} referral(s), {2} history entries. The database was rewritten; the erased data is in none of its files any more (earlier backups still hold it).";
    // Kinds of record, in counts ("Angebote 81, Klient:innen 3").
    KindSettings => "Einstellungen", "settings";
    KindCounters => "Nummernzähler", "id counters";
    KindOffers => "Angebote", "offers";
    KindClients => "Klient:innen", "clients";
    KindContacts => "Kurzkontakte", "short contacts";
    KindReferrals => "Vermittlungen", "referrals";
    KindReferralEvents => "Verlaufseinträge", "history entries";
    KindAudit => "Protokolleinträge", "audit entries";
    KindConsultations => "Folgeberatungen", "follow-up consultations";
    KindGaps => "Angebotslücken", "service gaps";
    KindSearchMisses => "Suchen ohne Treffer", "searches without result";
    KindTraces => "Statistikspuren gelöschter Datensätze", "statistical traces of erased records";
    MigrateNotServer => "Das Ziel {0} ist keine Server-Adresse. Form: postgres://BENUTZER@SERVER:PORT/DATENBANK",
        "The target {0} is no server address. Form: postgres://USER@HOST:PORT/DATABASE";
    MigrateNotEmpty => "Die Datenbank {0} auf dem Server ist nicht leer ({1}). Umgezogen wird nur in eine leere Datenbank; nichts wurde geändert.",
        "The database {0} on the server is not empty ({1}). Moving works into an empty database only; nothing was changed.";
    MigrateCounts => "Die Anzahlen stimmen nach dem Umzug nicht überein: {0}. Bitte die IT fragen; die Datenbank {1} dieses Arbeitsplatzes ist unverändert.",
        "The counts differ after the move: {0}. Please ask IT; this desk's database {1} is unchanged.";
    MigrateDone => "Umgezogen von {0} nach {1}: {2}. Die Anzahlen je Art stimmen überein. Ab jetzt: lotse --db {1}",
        "Moved from {0} to {1}: {2}. The counts of every kind match. From now on: lotse --db {1}";
    }
}
