//! Word forms: the Snowball stemmers (German and English, `rust-stemmers`) over folded words,
//! and the filler words that never decide a search.
//!
//! Stems are computed once per vocabulary word when the index is built and kept as one byte
//! each: the length of the stem where it is a proper prefix of the word (for folded German it
//! always is: Snowball only cuts suffixes once umlauts are gone), 0 where the word is its own
//! stem or the stem is no prefix. A query term is stemmed when it is typed (two calls, a few
//! microseconds).

use rust_stemmers::{Algorithm, Stemmer};

/// The two stemmers, created once per index.
pub(crate) struct Stems {
    de: Stemmer,
    en: Stemmer,
}

impl Stems {
    pub(crate) fn new() -> Stems {
        Stems { de: Stemmer::create(Algorithm::German), en: Stemmer::create(Algorithm::English) }
    }

    /// The German stem of a folded word, if it is shorter than the word (3 bytes or more).
    pub(crate) fn de<'w>(&self, word: &'w str) -> Option<&'w str> {
        proper_prefix(word, &self.de.stem(word))
    }

    /// The English stem of a folded ASCII word, if it is a proper prefix (3 bytes or more).
    /// Non-ASCII words are not English.
    pub(crate) fn en<'w>(&self, word: &'w str) -> Option<&'w str> {
        if !word.is_ascii() {
            return None;
        }
        proper_prefix(word, &self.en.stem(word))
    }

    /// Stem length byte of a vocabulary word (see the module comment).
    pub(crate) fn len_byte(stem: Option<&str>) -> u8 {
        stem.map_or(0, |s| u8::try_from(s.len()).unwrap_or(0))
    }
}

fn proper_prefix<'w>(word: &'w str, stem: &str) -> Option<&'w str> {
    (stem.len() >= 3 && stem.len() < word.len() && word.starts_with(stem)).then(|| &word[..stem.len()])
}

/// German and English filler words (folded when first used): in a query they neither filter nor rank (unless
/// the query has nothing else). Articles, pronouns, prepositions, conjunctions, negation and
/// the verbs of asking ("ich brauche", "I need", "how do I get").
const STOP: &[&str] = &[
    // German
    "aber", "alle", "als", "am", "an", "auch", "auf", "aus", "bei", "beim", "bin", "bis", "bitte", "brauche",
    "brauchen", "bzw", "da", "das", "dass", "dem", "den", "der", "des", "die", "dies", "diese", "dieser",
    "doch", "du", "ein", "eine", "einem", "einen", "einer", "eines", "er", "es", "etwas", "fur", "gibt",
    "habe", "haben", "hat", "hier", "ich", "ihr", "ihre", "im", "in", "ins", "ist", "ja", "jemand", "kann",
    "kein", "keine", "keinen", "konnen", "man", "mehr", "mein", "meine", "meinem", "meinen", "meiner",
    "mich", "mir", "mit", "mochte", "muss", "nach", "nicht", "noch", "nur", "ob", "oder", "ohne", "sein",
    "seine", "sich", "sie", "sind", "so", "soll", "uber", "um", "und", "uns", "unser", "vom", "von", "vor",
    "war", "was", "welche", "wer", "wie", "will", "wir", "wo", "wurde", "zu", "zum", "zur",
    // English
    "a", "about", "am", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can", "could",
    "did", "do", "does", "doesn", "dont", "for", "from", "get", "got", "has", "have", "he", "her", "his",
    "how", "i", "im", "in", "into", "is", "isn", "it", "its", "me", "my", "need", "no", "not", "of", "on",
    "or", "our", "please", "she", "so", "some", "someone", "that", "the", "their", "them", "there", "they",
    "this", "to", "us", "want", "was", "we", "what", "when", "where", "which", "who", "why", "will", "with",
    "would", "you", "your",
];

/// Whether a folded word is a filler word.
pub(crate) fn is_stop(word: &str) -> bool {
    static SORTED: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let sorted = SORTED.get_or_init(|| {
        // Written as spoken; folded here like every query word ("does" folds to "dos").
        let mut v: Vec<String> = STOP.iter().map(|w| crate::search::fold(w)).collect();
        v.sort_unstable();
        v.dedup();
        v
    });
    sorted.binary_search_by(|w| w.as_str().cmp(word)).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_are_prefixes_of_folded_words() {
        let s = Stems::new();
        assert_eq!(s.de("eroffnen"), Some("eroffn"));
        assert_eq!(s.de("eroffnung"), Some("eroffn"));
        assert_eq!(s.de("kontoeroffnung"), Some("kontoeroffn"));
        assert_eq!(s.de("suchen"), Some("such"));
        assert_eq!(s.de("wohnungssuche"), Some("wohnungssuch"));
        assert_eq!(s.de("schule"), Some("schul"));
        assert_eq!(s.en("doctors"), Some("doctor"));
        assert_eq!(s.en("arzt"), None, "no stem equal to the word");
        assert_eq!(s.de("ab"), None, "none shorter than 3 bytes");
        assert_eq!(s.en("größe"), None);
        assert_eq!(Stems::len_byte(s.de("suchen")), 4);
        assert_eq!(Stems::len_byte(None), 0);
    }

    #[test]
    fn filler_words_are_folded_and_found() {
        for w in ["nicht", "fur", "und", "a", "the", "my", "ich", "meine", "uber", "mochte"] {
            assert!(is_stop(w), "{w}");
        }
        for w in ["lohn", "schule", "tax", "doctor", "suche", "hilfe", "arbeit"] {
            assert!(!is_stop(w), "{w}");
        }
        for w in STOP {
            assert!(is_stop(&crate::search::fold(w)), "{w}");
        }
        assert!(is_stop("dos"), "\"does\" folded");
    }
}
