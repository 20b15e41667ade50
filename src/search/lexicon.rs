//! The bilingual vocabulary of the field (`lexicon.tsv`): groups of German and English forms
//! that mean the same to a counsellor ("tax return" = "Steuererklärung", "domestic violence" =
//! "häusliche Gewalt" = "Gewaltschutz"), and finding them in a query.
//!
//! Unlike the abbreviation table (`synonyms`), which adds words to the offers when the index is
//! built, the vocabulary works on the query: the query's words are cut into spans, the longest
//! form first; a span that is a form becomes one unit of the query that matches every offer
//! matching any form of its groups. So the index does not grow, and the vocabulary can be
//! large. Forms are compared word by word, by the folded word or its German or English stem
//! ("doctors" = "doctor"), filler words left out.

use super::fold::{fold, words};
use super::stem::{Stems, is_stop};
use crate::domain::Need;
use std::collections::HashMap;
use std::sync::OnceLock;

const DATA: &str = include_str!("lexicon.tsv");

/// A folded word with the keys it is compared by (itself, German and English stem).
#[derive(Debug, Clone)]
pub(crate) struct Keyed {
    pub(crate) word: String,
    keys: Vec<String>,
}

impl AsRef<str> for Keyed {
    fn as_ref(&self) -> &str {
        &self.word
    }
}

impl Keyed {
    pub(crate) fn new(word: &str, stems: &Stems) -> Keyed {
        let mut keys = vec![word.to_string()];
        for s in [stems.de(word), stems.en(word)].into_iter().flatten() {
            if !keys.iter().any(|k| k == s) {
                keys.push(s.to_string());
            }
        }
        Keyed { word: word.to_string(), keys }
    }

    fn meets(&self, other: &Keyed) -> bool {
        self.keys.iter().any(|k| other.keys.contains(k))
    }
}

pub(crate) struct Group {
    /// The need the group belongs to (the table is kept by need; the tests check each has
    /// its share).
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) need: Need,
    /// Forms: their folded words, filler words left out.
    pub(crate) forms: Vec<Vec<Keyed>>,
}

pub(crate) struct Lexicon {
    pub(crate) groups: Vec<Group>,
    /// a key of a form's first word → (group, form)
    by_key: HashMap<String, Vec<(u32, u16)>>,
    /// every word of every form
    words: std::collections::HashSet<String>,
}

/// A run of query words: one form of the vocabulary (its groups) or a single word (none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Span {
    pub(crate) start: usize,
    pub(crate) len: usize,
    pub(crate) groups: Vec<u32>,
}

/// The content words of a form or query: folded, filler words left out.
pub(crate) fn content_words(folded: &str) -> Vec<&str> {
    words(folded).filter(|w| !is_stop(w)).collect()
}

impl Lexicon {
    /// The built-in vocabulary, parsed once.
    pub(crate) fn get() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(|| Lexicon::parse(DATA))
    }

    /// Parses the table; lines that do not fit (a wrong need code, no forms) are skipped (the
    /// tests check the built-in table has none).
    pub(crate) fn parse(data: &str) -> Lexicon {
        let stems = Stems::new();
        let mut lex = Lexicon { groups: Vec::new(), by_key: HashMap::new(), words: Default::default() };
        for line in data.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let Some(need) = cols.next().and_then(Need::from_code) else {
                continue;
            };
            let mut forms: Vec<Vec<Keyed>> = Vec::new();
            for form in cols.flat_map(|c| c.split('|')) {
                let folded = fold(form);
                let ws: Vec<Keyed> = content_words(&folded).iter().map(|w| Keyed::new(w, &stems)).collect();
                if !ws.is_empty() && !forms.iter().any(|f| same_form(f, &ws)) {
                    forms.push(ws);
                }
            }
            if forms.len() < 2 {
                continue;
            }
            let g = lex.groups.len() as u32;
            for (f, form) in forms.iter().enumerate() {
                for k in &form[0].keys {
                    let e = lex.by_key.entry(k.clone()).or_default();
                    if !e.contains(&(g, f as u16)) {
                        e.push((g, f as u16));
                    }
                }
            }
            lex.words.extend(forms.iter().flatten().map(|k| k.word.clone()));
            lex.groups.push(Group { need, forms });
        }
        lex
    }

    /// Whether a folded word is a word of some form (a word of the field even where the
    /// directory does not have it: "amt" in "Schulamt").
    pub(crate) fn has_word(&self, word: &str) -> bool {
        self.words.contains(word)
    }

    /// Cuts the query's words into spans, left to right, the longest form first; a span of
    /// the same length that is a form of several groups has them all.
    pub(crate) fn segment(&self, query: &[Keyed]) -> Vec<Span> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < query.len() {
            let mut best: (usize, Vec<u32>) = (0, Vec::new());
            for k in &query[i].keys {
                let Some(cands) = self.by_key.get(k) else { continue };
                for &(g, f) in cands {
                    let form = &self.groups[g as usize].forms[f as usize];
                    let fits = i + form.len() <= query.len()
                        && form.iter().zip(&query[i..]).all(|(a, b)| a.meets(b));
                    if !fits || form.len() < best.0 {
                        continue;
                    }
                    if form.len() > best.0 {
                        best = (form.len(), Vec::new());
                    }
                    if !best.1.contains(&g) {
                        best.1.push(g);
                    }
                }
            }
            if best.0 == 0 {
                out.push(Span { start: i, len: 1, groups: Vec::new() });
                i += 1;
            } else {
                out.push(Span { start: i, len: best.0, groups: best.1 });
                i += best.0;
            }
        }
        out
    }
}

fn same_form(a: &[Keyed], b: &[Keyed]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.word == y.word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keyed(q: &str) -> Vec<Keyed> {
        let stems = Stems::new();
        let f = fold(q);
        content_words(&f).iter().map(|w| Keyed::new(w, &stems)).collect()
    }

    fn spans(q: &str) -> Vec<(usize, usize, bool)> {
        Lexicon::get().segment(&keyed(q)).iter().map(|s| (s.start, s.len, !s.groups.is_empty())).collect()
    }

    #[test]
    fn the_table_parses_whole_and_covers_every_need() {
        let lex = Lexicon::get();
        let lines = DATA.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).count();
        assert_eq!(lex.groups.len(), lines, "every line is a group of two forms or more");
        for need in Need::ALL {
            let n = lex.groups.iter().filter(|g| g.need == need).count();
            assert!(n >= 10, "{need:?} has only {n} groups");
        }
        // Several hundred German–English pairs, multi-word English phrases among them.
        let pairs: usize = lex
            .groups
            .iter()
            .map(|g| g.forms.iter().filter(|f| f.iter().all(|w| w.word.is_ascii())).count() * 2)
            .sum();
        assert!(pairs >= 600, "{pairs}");
        assert!(lex.groups.iter().flat_map(|g| &g.forms).filter(|f| f.len() >= 2).count() >= 150);
    }

    #[test]
    fn phrases_are_found_longest_first_with_word_forms_and_fillers_ignored() {
        assert_eq!(spans("tax return"), [(0, 2, true)]);
        assert_eq!(spans("find a doctor"), [(0, 2, true)]);
        assert_eq!(spans("finding doctors"), [(0, 2, true)], "word forms meet");
        assert_eq!(spans("domestic violence hafenau"), [(0, 2, true), (2, 1, false)]);
        assert_eq!(spans("lohn nicht bezahlt"), [(0, 2, true)]);
        assert_eq!(spans("my employer does not pay my wages"), [(0, 2, true), (2, 1, true)]);
        assert_eq!(spans("quaxwerk"), [(0, 1, false)]);
    }
}
