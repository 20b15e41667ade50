//! The message catalogue. One line per message: key, German, English. `{0}`, `{1}` … are
//! filled by `Lang::f`. A message missing in one language does not compile.

use super::Lang;

macro_rules! catalogue {
    ($($key:ident => $de:literal, $en:literal;)*) => {
        /// A UI message; `Lang::t` gives its text.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum T { $($key,)* }

        impl T {
            pub const ALL: &'static [T] = &[$(T::$key,)*];

            pub fn get(self, lang: Lang) -> &'static str {
                match lang {
                    Lang::De => match self { $(T::$key => $de,)* },
                    Lang::En => match self { $(T::$key => $en,)* },
                }
            }
        }
    };
}

catalogue! {
    // Errors at the edge (store, files, arguments).
    ErrAlreadyOpen => "Lotse ist bereits geöffnet (in einem anderen Fenster oder von einem anderen Programm) und nutzt die Datenbank {0}. Bitte dort weiterarbeiten oder es zuerst schließen.",
        "Lotse is already open (in another window or program) using the database {0}. Please continue there or close it first.";
    ErrPermission => "Keine Berechtigung für die Datenbank {0}. Bitte prüfen, ob das Verzeichnis existiert und beschreibbar ist.",
        "No permission for the database {0}. Please check that the directory exists and is writable.";
    ErrDirMissing => "Das Verzeichnis für die Datenbank {0} fehlt und konnte nicht angelegt werden.",
        "The directory for the database {0} is missing and could not be created.";
    ErrDiskFull => "Der Datenträger ist voll: nichts wurde gespeichert. Bitte Platz schaffen und Lotse neu starten; Ihre Eingaben bleiben bis dahin im Formular.",
        "The disk is full: nothing was saved. Please free some space and restart Lotse; your input stays in the form until then.";
    ErrCorrupt => "Ein gespeicherter Datensatz in {0} ist beschädigt ({1}). Bitte eine Sicherung zurückspielen oder den Support fragen.",
        "A stored record in {0} is damaged ({1}). Please restore a backup or ask for support.";
    ErrNewerSchema => "Die Datenbank {0} stammt von einer neueren Lotse-Version (Schema {1}). Bitte Lotse aktualisieren.",
        "The database {0} was written by a newer version of Lotse (schema {1}). Please update Lotse.";
    ErrStorage => "Die Datenbank {0} konnte nicht gelesen oder geschrieben werden ({1}).",
        "The database {0} could not be read or written ({1}).";
    ErrNoDataDir => "Kein Datenverzeichnis gefunden. Bitte mit --db PFAD oder LOTSE_DB angeben, wo die Datenbank liegen soll.",
        "No data directory found. Please say where the database should be with --db PATH or LOTSE_DB.";
    ErrTerminal => "Das Terminal konnte nicht eingerichtet werden ({0}). Lotse braucht ein interaktives Terminal.",
        "The terminal could not be set up ({0}). Lotse needs an interactive terminal.";
    ErrNotATerminal => "Lotse braucht ein interaktives Terminal. Für Abfragen ohne Bildschirm: lotse search WÖRTER",
        "Lotse needs an interactive terminal. For lookups without a screen: lotse search WORDS";
    ErrUnknownNeed => "Unbekannter Bedarf „{0}“. Gültig sind: {1}", "Unknown need \"{0}\". Valid codes: {1}";
    ErrInternal => "Interner Fehler: {0}. Gespeicherte Daten sind nicht betroffen.", "Internal error: {0}. Saved data is not affected.";
}
