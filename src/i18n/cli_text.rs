//! The command line's help texts, so that `lotse --help` speaks the user's language too.

use super::catalogue::catalogue;

catalogue! {
    /// Command-line help.
    Tc {
        About => "Lotse – Angebote, Erstgespräch und Verweise für Welcome Center. Ohne Unterbefehl öffnet sich der Bildschirm.",
            "Lotse – offers, intake and referrals for Welcome Centers. Without a subcommand the screen opens.";
        Db => "Datenbank-Verzeichnis (sonst das Datenverzeichnis der Plattform; auch LOTSE_DB)",
            "Database directory (default: the platform's data directory; also LOTSE_DB)";
        Demo => "Mit einer temporären Datenbank und dem eingebauten, fiktiven Demo-Verzeichnis starten",
            "Run on a temporary database with the built-in fictional demo directory";
        Lang => "Sprache: de oder en (Standard Deutsch; LANG=en* wählt Englisch)",
            "Language: de or en (default German; LANG=en* picks English)";
        Search => "Im Verzeichnis suchen und die Treffer ausgeben (gleiche Reihenfolge wie am Bildschirm)",
            "Search the directory and print the ranked offers (same ranking as the screen)";
        SearchNeed => "Nur Angebote für diesen Bedarf (SPR, ARB, WOH, ANE …); mehrfach möglich",
            "Only offers for this need (SPR, ARB, WOH, ANE …); may be repeated";
        SearchLimit => "Höchstens so viele Angebote", "At most this many offers";
        SearchFormat => "Ausgabeformat", "Output format";
        SearchWords => "Suchwörter (alle müssen passen)", "Search words (all must match)";
        Import => "Angebote aus CSV, Excel, LibreOffice, JSON oder HSDS laden (neue Kennungen hinzufügen, bekannte aktualisieren)",
            "Import offers from CSV, Excel, LibreOffice, JSON or HSDS (new ids are added, known ids updated)";
        ImportFile => "Datei mit Angeboten: .csv, .xlsx, .ods, .json, oder ein HSDS-Ordner (Format nach Endung, sonst nach Inhalt)",
            "File with offers: .csv, .xlsx, .ods, .json, or an HSDS folder (format by extension, else by content)";
        ImportSheet => "Bei Arbeitsmappen: das Blatt mit diesem Namen lesen (sonst das erste sichtbare)",
            "Workbooks: read the sheet with this name (default: the first visible one)";
        ImportDryRun => "Nur prüfen und berichten; nichts wird gespeichert", "Check and report only; nothing is saved";
        ImportSkipInvalid => "Fehlerfreie Zeilen auch dann speichern, wenn andere abgelehnt werden",
            "Save the rows without errors even when other rows are rejected";
        Export => "Das Verzeichnis als CSV, Excel (.xlsx), JSON (verlustfrei) oder Open Referral HSDS ausgeben",
            "Export the directory as CSV, Excel (.xlsx), JSON (lossless) or Open Referral HSDS";
        ExportFormat => "csv (Tabellen), xlsx (Excel), json (verlustfrei), hsds (Open Referral: Ordner mit CSV-Datenpaket, oder .json); sonst nach Dateiname, sonst csv",
            "csv (spreadsheets), xlsx (Excel), json (lossless), hsds (Open Referral: a folder with a CSV data package, or .json); default: by the file name, else csv";
        ExportOutput => "In diese Datei schreiben (atomar, nur für Sie lesbar) statt auf die Standardausgabe",
            "Write to this file (atomically, owner-only) instead of standard output";
        ExportInternal => "Interne Notizen mitnehmen (nie für Dateien, die das Haus verlassen)",
            "Include internal notes (never for files that leave the office)";
        Backup => "Die ganze Datenbank in eine geprüfte Datei sichern", "Back up the whole database into one checked file";
        BackupFile => "Sicherungsdatei, z. B. lotse-2026-11-25.lotsebak (atomar, nur für Sie lesbar)",
            "Backup file to write, e.g. lotse-2026-11-25.lotsebak (atomically, owner-only)";
        BackupEncrypt => "Mit einer Passphrase verschlüsseln (zweimal gefragt, nie auf der Befehlszeile)",
            "Encrypt with a passphrase (asked twice; never on the command line)";
        Restore => "Eine Sicherung in eine leere Datenbank zurückspielen", "Restore a backup into an empty database";
        RestoreFile => "Sicherungsdatei von „lotse backup“", "Backup file written by \"lotse backup\"";
        Migrate => "Die Datenbank dieses Arbeitsplatzes auf einen PostgreSQL-Server umziehen (das Ziel muss leer sein)",
            "Move this desk's database to a PostgreSQL server (the target must be empty)";
        MigrateTo => "Ziel: postgres://BENUTZER@SERVER:PORT/DATENBANK (Passwort aus PGPASSWORD oder ~/.pgpass)",
            "Target: postgres://USER@HOST:PORT/DATABASE (password from PGPASSWORD or ~/.pgpass)";
        Client => "Eine Klient:in: löschen, Auskunft, Änderungsprotokoll (DSGVO)", "One client: erase, their own copy, the audit trail (GDPR)";
        ClientExport => "Alles über die Klient:in ausgeben: lesbarer Text und JSON (Art. 15/20 DSGVO)",
            "Write everything stored about the client: readable text and JSON (Art. 15/20 GDPR)";
        ClientExportOutput => "Dateiname ohne Endung; .txt und .json werden angehängt (Standard: auskunft-K-NNNN)",
            "File name without extension; .txt and .json are added (default: auskunft-K-NNNN)";
        ClientRetention => "Zur Anonymisierung fällige Datensätze (Aufbewahrungsfrist) zeigen und anonymisieren",
            "Show the records due for anonymisation (retention period) and anonymise them";
        RetentionAnonymise => "Die fälligen Datensätze anonymisieren (fragt vorher, außer mit --yes)",
            "Anonymise the records that are due (asks first unless --yes)";
        RetentionMonths => "Aufbewahrungsfrist in Monaten setzen (1–120; Standard 24) und speichern",
            "Set the retention period in months (1–120; default 24) and save it";
        ClientAudit => "Das Änderungsprotokoll der Klient:in zeigen (ohne Nummer: alles)",
            "Show the client's audit trail (without a number: everything)";
        ClientErase => "Die Klient:in mit allen Verweisen und Einträgen endgültig löschen",
            "Erase the client with every referral and entry for good";
        ClientNumber => "Klient:innen-Nummer, z. B. K-0042", "Client number, e.g. K-0042";
        ClientYes => "Nicht nachfragen (für Skripte)", "Do not ask (for scripts)";
        Report => "Kennzahlen eines Zeitraums ausgeben, anonym (Text, CSV, JSON, Markdown)",
            "Write the key figures of a period, anonymous (text, CSV, JSON, Markdown)";
        ReportFrom => "Erster Tag (TT.MM.JJJJ oder JJJJ-MM-TT; ohne: 1. Januar des Endjahres)",
            "First day (DD.MM.YYYY or YYYY-MM-DD; default: 1 January of the end's year)";
        ReportTo => "Letzter Tag, eingeschlossen (ohne: heute)", "Last day, included (default: today)";
        ReportPeriod => "Benannter Zeitraum statt --from/--to: this-month, last-month, this-quarter, last-quarter, this-year, last-year (ohne Angabe: this-quarter)",
            "A named period instead of --from/--to: this-month, last-month, this-quarter, last-quarter, this-year, last-year (default: this-quarter)";
        ReportFormat => "text, md (zum Einfügen in einen Bericht), csv (Excel) oder json; sonst nach Dateiname, sonst text",
            "text, md (to paste into a report), csv (Excel) or json; default: by the file name, else text";
        ReportOutput => "In diese Datei schreiben (atomar, nur für Sie lesbar) statt auf die Standardausgabe",
            "Write to this file (atomically, owner-only) instead of standard output";
        Init => "Eine Datenbank anlegen; mit --demo eine leere mit dem Demo-Verzeichnis und Demo-Fällen füllen",
            "Set up a database; with --demo, fill an empty one with the demo directory and cases";
        InitDemo => "Das fiktive Demo-Verzeichnis und die Demo-Fälle schreiben (eine Übungsdatenbank, die bleibt)",
            "Write the fictional demo directory and cases (a training database that stays)";
        Help => "Hilfe anzeigen", "Print help";
        Version => "Version anzeigen", "Print version";
        Template => "{about-with-newline}\nAufruf: {usage}\n\n{all-args}{after-help}",
            "{about-with-newline}\nUsage: {usage}\n\n{all-args}{after-help}";
        Commands => "Befehle", "Commands";
        Options => "Optionen", "Options";
        Arguments => "Argumente", "Arguments";
    }
}
