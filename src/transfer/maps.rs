//! The import's mapping tables: words counsellors write in a sheet ("Wohlfahrtsverband",
//! "nach Vereinbarung", "Gebühr je nach Titel ca. 50–147 €") → the code they mean. The tables
//! are data, one file per coded field in `maps/`, read once; their format is described at the
//! top of `maps/provider_type.txt`.

use super::text::fold;
use std::sync::OnceLock;

/// One table: whole-cell phrases and words to look for.
pub struct Table {
    exact: Vec<(String, &'static str)>,
    keys: Vec<Key>,
}

struct Key {
    words: String,
    any_start: bool,
    any_end: bool,
    code: &'static str,
}

/// How a cell was mapped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// The whole cell is a known phrase: nothing of it is lost.
    Exact(&'static str),
    /// The cell contains words that name one code; the cell says more and is kept as a note.
    Words(&'static str),
}

impl Table {
    fn parse(text: &'static str) -> Table {
        let mut t = Table { exact: Vec::new(), keys: Vec::new() };
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let Some((left, code)) = line.split_once(" => ") else { continue };
            let code = code.trim();
            if let Some(phrase) = left.strip_prefix("= ") {
                t.exact.push((fold(phrase), code));
            } else if let Some(k) = left.strip_prefix("~ ") {
                let k = k.trim();
                let any_start = k.starts_with('*');
                let any_end = k.ends_with('*');
                t.keys.push(Key { words: words(k.trim_matches('*')), any_start, any_end, code });
            }
        }
        t
    }

    /// The code a cell names, if that is clear.
    pub fn find(&self, cell: &str) -> Option<Found> {
        let f = fold(cell);
        if f.is_empty() {
            return None;
        }
        if let Some((_, code)) = self.exact.iter().find(|(p, _)| *p == f) {
            return Some(Found::Exact(code));
        }
        match self.codes_in(cell).as_slice() {
            [one] => Some(Found::Words(one)),
            _ => None,
        }
    }

    /// Every code whose words occur in the cell, a match inside a longer one not counted
    /// ("nicht erforderlich" is not "erforderlich").
    pub fn codes_in(&self, cell: &str) -> Vec<&'static str> {
        let hay = format!(" {} ", words(cell));
        let mut hits: Vec<(usize, usize, &'static str)> = Vec::new();
        for k in &self.keys {
            if k.words.is_empty() {
                continue;
            }
            let mut from = 0;
            while let Some(pos) = hay.get(from..).and_then(|h| h.find(&k.words)) {
                let start = from + pos;
                let end = start + k.words.len();
                let before_ok = k.any_start || hay[..start].ends_with(' ');
                let after_ok = k.any_end || hay[end..].starts_with(' ');
                if before_ok && after_ok {
                    hits.push((start, end, k.code));
                }
                from = start + hay[start..].chars().next().map_or(1, char::len_utf8);
            }
        }
        let inside = |a: &(usize, usize, &str)| {
            hits.iter().any(|b| b.0 <= a.0 && a.1 <= b.1 && (b.1 - b.0) > (a.1 - a.0))
        };
        let mut codes: Vec<&'static str> = hits.iter().filter(|h| !inside(h)).map(|h| h.2).collect();
        codes.sort_unstable();
        codes.dedup();
        codes
    }

    /// Every code the table names, for its test.
    #[cfg(test)]
    pub fn all_codes(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.exact.iter().map(|e| e.1).chain(self.keys.iter().map(|k| k.code))
    }
}

/// A cell as words: each folded (case, umlauts), hyphens joining ("E-Mail" = "email"), other
/// punctuation separating, `€` a word of its own.
fn words(s: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    let flush = |cur: &mut String, out: &mut Vec<String>| {
        let f = fold(cur);
        if !f.is_empty() {
            out.push(f);
        }
        cur.clear();
    };
    for c in s.chars() {
        match c {
            c if c.is_alphanumeric() => cur.push(c),
            '-' | '‑' => {}
            '€' => {
                flush(&mut cur, &mut out);
                out.push("€".into());
            }
            _ => flush(&mut cur, &mut out),
        }
    }
    flush(&mut cur, &mut out);
    out.join(" ")
}

macro_rules! tables {
    ($($name:ident => $file:literal;)*) => {$(
        pub fn $name() -> &'static Table {
            static T: OnceLock<Table> = OnceLock::new();
            T.get_or_init(|| Table::parse(include_str!($file)))
        }
    )*};
}

tables! {
    provider_type => "maps/provider_type.txt";
    appointment => "maps/appointment.txt";
    cost => "maps/cost.txt";
    status => "maps/status.txt";
    channel => "maps/channel.txt";
    language => "maps/language.txt";
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::*;

    #[test]
    fn every_code_in_the_tables_exists() {
        for c in provider_type().all_codes() {
            assert!(ProviderType::from_code(c).is_some(), "{c}");
        }
        for c in appointment().all_codes() {
            assert!(AppointmentMode::from_code(c).is_some(), "{c}");
        }
        for c in cost().all_codes() {
            assert!(Cost::from_code(c).is_some(), "{c}");
        }
        for c in status().all_codes() {
            assert!(OfferStatus::from_code(c).is_some(), "{c}");
        }
        for c in channel().all_codes() {
            assert!(Channel::from_code(c).is_some(), "{c}");
        }
        for c in language().all_codes() {
            assert!(LangCode::parse(c).is_some(), "{c}");
        }
    }

    #[test]
    fn words_find_their_code_and_longer_matches_win() {
        let p = provider_type();
        assert_eq!(p.find("Wohlfahrtsverband"), Some(Found::Words("beratung")));
        assert_eq!(p.find("Migrationsberatung der Caritas"), Some(Found::Words("beratung")));
        assert_eq!(p.find("welcome_center"), Some(Found::Exact("welcome_center")));
        assert_eq!(p.find("Gesundheitsamt des Landkreises"), Some(Found::Words("gesundheit")));
        assert_eq!(p.find("Bildungsträger"), Some(Found::Words("bildung")));
        assert_eq!(p.find("VHS / Jobcenter"), None, "two codes: not clear");
        assert_eq!(p.find("Lieblingsfarbe"), None);
        let a = appointment();
        assert_eq!(a.find("nicht erforderlich"), Some(Found::Exact("ohne")));
        assert_eq!(a.find("Termin ist nicht erforderlich, einfach kommen"), Some(Found::Words("ohne")));
        assert_eq!(a.find("Termin nach telefonischer Vereinbarung"), Some(Found::Words("erforderlich")));
        assert_eq!(a.find("not_needed"), Some(Found::Exact("ohne")));
        let c = cost();
        assert_eq!(c.find("Gebühr je nach Titel ca. 50–147 €"), Some(Found::Words("kostenpflichtig")));
        assert_eq!(c.find("50€ pro Kurs"), Some(Found::Words("kostenpflichtig")));
        assert_eq!(c.find("kostenlos (gefördert durch das BAMF)"), Some(Found::Words("kostenlos")));
        assert_eq!(c.find("Erstberatung kostenlos, danach 30 €"), None, "both: not clear");
    }
}
