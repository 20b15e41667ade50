//! The upkeep menu's file work inside the screen: import, export, backup on demand
//! (`screen::directory::files`).

use super::catalogue::catalogue;

catalogue! {
    /// Upkeep: import, export and backup from inside Lotse.
    Tu {
        MenuImport => "Importieren … (CSV, Excel, LibreOffice, JSON)", "Import … (CSV, Excel, LibreOffice, JSON)";
        MenuExport => "Exportieren … (alle Angebote in eine Datei)", "Export … (all offers into a file)";
        MenuBackup => "Sicherung jetzt … (ganze Datenbank, geprüft)", "Back up now … (whole database, checked)";
        ImportTitle => "Angebote importieren", "Import offers";
        ExportTitle => "Angebote exportieren", "Export offers";
        BackupTitle => "Sicherung jetzt", "Back up now";
        FieldFile => "Datei (Pfad)", "File (path)";
        FieldTarget => "Datei (HSDS: ein Ordner)", "File (HSDS: a folder)";
        FieldBackupFile => "Sicherungsdatei", "Backup file";
        FieldSheet => "Blatt (leer: das erste)", "Sheet (empty: the first)";
        FieldMode => "Vorgehen", "Mode";
        ModeSave => "prüfen, speichern (nichts bei Fehlern)", "check, save (nothing if rows fail)";
        ModeDryRun => "nur prüfen, nichts speichern", "check only, save nothing";
        ModeSkip => "nur fehlerfreie Zeilen speichern", "save only the rows without errors";
        FieldFormat => "Format", "Format";
        FormatCsv => "CSV (Tabellenkalkulation)", "CSV (spreadsheets)";
        FormatXlsx => "Excel (.xlsx)", "Excel (.xlsx)";
        FormatJson => "JSON (verlustfrei)", "JSON (lossless)";
        FormatHsds => "HSDS (Ordner mit Datenpaket)", "HSDS (folder with a data package)";
        FieldInternal => "Interne Notizen mitnehmen", "Include internal notes";
        InternalNo => "nein (Datei verlässt das Büro)", "no (file leaves the office)";
        InternalYes => "ja (nur eigene Ablage)", "yes (own records only)";
        NeedFile => "Bitte eine Datei angeben.", "Please name a file.";
        NotAFolder => "„{0}“ ist ein Ordner: bitte die Datei darin angeben.", "\"{0}\" is a folder: please name the file in it.";
        HsdsInternal => "HSDS enthält nie interne Notizen: bitte „nein“ wählen.", "HSDS never holds internal notes: please choose \"no\".";
        Running => "Läuft …", "Running …";
        ReportImport => "Import: {0}", "Import: {0}";
        ReportExport => "Export", "Export";
        ReportBackup => "Sicherung", "Backup";
        ImportSaved => "Import gespeichert – Angebote: {0}. Die Liste zeigt sie schon.", "Import saved – offers: {0}. The list already shows them.";
        ImportNothing => "Import: nichts gespeichert (siehe Bericht).", "Import: nothing saved (see the report).";
        BackupMade => "Sicherung geschrieben und geprüft: {0}", "Backup written and checked: {0}";
        BackupRecords => "Datensätze: {0}. Geprüft, wie eine Wiederherstellung (lotse restore) sie prüft.", "Records: {0}. Checked as a restore (lotse restore) checks them.";
        BackupInFolder => "Sie liegt im Sicherungsordner und zählt als Sicherung von heute.", "It is in the backup folder and counts as today's backup.";
        NoInternal => "Interne Notizen sind nicht enthalten (dafür: „Interne Notizen mitnehmen: ja“).", "Internal notes are not included (for them: \"Include internal notes: yes\").";
        SkipHint => "Im Formular: Vorgehen „nur fehlerfreie Zeilen speichern“ übernimmt die fehlerfreien Zeilen.", "In the form: mode \"save only the rows without errors\" takes the rows without errors.";
        ExportStem => "lotse-angebote", "lotse-offers";
        Written => "Geschrieben: {0}", "Written: {0}";
    }
}
