//! The built-in table of the field's abbreviations and synonyms, and finding its entries in a
//! sequence of folded words.
//!
//! Each group lists forms that mean the same to a counsellor. When any form occurs in an offer
//! (a multi-word form only as a contiguous phrase; a single word of four letters or more also as
//! the head of a compound, "Integrationskursträger"), the index adds the words of every form of
//! the group to that offer, so each form finds the others in both directions.

use super::fold::fold;
use std::collections::HashMap;

/// Groups of equivalent forms, written as a counsellor would. Folded when the table is built.
const GROUPS: &[&[&str]] = &[
    &["ABH", "Ausländerbehörde", "Ausländeramt", "Immigration Office"],
    &[
        "AA",
        "Arbeitsagentur",
        "Agentur für Arbeit",
        "Bundesagentur für Arbeit",
        "Arbeitsamt",
        "employment agency",
    ],
    &["JC", "Jobcenter", "Job-Center", "job centre"],
    &["IK", "Integrationskurs", "integration course"],
    &[
        "BSK",
        "Berufssprachkurs",
        "DeuFöV",
        "berufsbezogene Sprachförderung",
        "berufsbezogene Deutschsprachförderung",
        "job-related language course",
    ],
    &["ZAB", "Zentralstelle für ausländisches Bildungswesen", "Zeugnisbewertung"],
    &[
        "MBE",
        "Migrationsberatung für Erwachsene",
        "Migrationsberatung für erwachsene Zugewanderte",
        "Migrationsberatung für erwachsene Zuwanderer",
    ],
    &["JMD", "Jugendmigrationsdienst", "Jugendmigrationsdienste", "youth migration service"],
    &["WBS", "Wohnberechtigungsschein", "Sozialwohnung", "social housing"],
    &["KV", "Krankenversicherung", "Krankenkasse", "health insurance"],
    &["Kita", "Kindertagesstätte", "Kindergarten", "Kindertageseinrichtung", "day care", "daycare"],
    &["Führerschein", "Fahrerlaubnis", "driving licence", "driving license", "driver's license"],
    &["FOSA", "IHK FOSA", "Foreign Skills Approval"],
    &["BAMF", "Bundesamt für Migration und Flüchtlinge"],
    &["HWK", "Handwerkskammer"],
    &["IHK", "Industrie- und Handelskammer"],
    // §185a SGB IX: the employers' contact points for hiring people with disabilities.
    &["EAA", "Einheitliche Ansprechstelle für Arbeitgeber", "Einheitliche Ansprechstellen für Arbeitgeber"],
    &["Blaue Karte", "Blaue Karte EU", "Blue Card", "EU Blue Card"],
    &["Bürgergeld", "ALG II", "Arbeitslosengeld II", "Hartz IV", "Grundsicherung für Arbeitsuchende"],
    &["ALG", "ALG I", "Arbeitslosengeld", "unemployment benefit"],
    &["Kindergeld", "Familienkasse", "child benefit"],
    &["Sprachcafé", "Sprachtandem", "Tandem", "Sprachtreff", "language café"],
    &["Approbation", "Berufserlaubnis", "medical licence"],
    &[
        "Anmeldung",
        "Wohnsitzanmeldung",
        "Meldebehörde",
        "Einwohnermeldeamt",
        "Bürgeramt",
        "Bürgerbüro",
        "address registration",
    ],
    &["Aufenthaltstitel", "Aufenthaltserlaubnis", "Aufenthaltsgenehmigung", "residence permit"],
    &["Niederlassungserlaubnis", "Daueraufenthalt", "settlement permit", "permanent residence"],
    &["Einbürgerung", "Staatsangehörigkeit", "Einbürgerungsbehörde", "naturalisation", "naturalization"],
    &["Chancenkarte", "Opportunity Card"],
    &["Anerkennung", "recognition"],
    &["IQ", "IQ Netzwerk", "Integration durch Qualifizierung"],
    &["MSO", "Migrantenorganisation", "Migrantenselbstorganisation", "migrant organisation"],
    &["VHS", "Volkshochschule"],
    &["Wohngeld", "housing benefit"],
    &["Schulden", "Schuldnerberatung", "Insolvenzberatung", "debt counselling"],
    &["ADS", "Antidiskriminierungsstelle", "Antidiskriminierungsberatung", "anti-discrimination"],
    &["Dolmetscher", "Dolmetscherin", "Sprachmittlung", "Sprachmittler", "interpreter"],
    &["Uni", "Universität", "Hochschule", "university"],
    &["Azubi", "Ausbildung", "apprenticeship"],
    &["Familiennachzug", "Familienzusammenführung", "family reunification"],
    &["Visum", "Visa"],
    &["Lehrer", "Lehrerin", "Lehrkraft", "Lehrkräfte", "Lehramt", "teacher"],
    &["Arzt", "Ärztin", "Ärzte", "doctor", "physician"],
    &["Pflegekraft", "Pflegefachkraft", "Pflegefachfrau", "Pflegefachmann", "Krankenpfleger", "nurse"],
    &["Ingenieur", "Ingenieurin", "engineer"],
    &["Faire Integration", "Arbeitsrechtsberatung", "labour rights"],
    &["Ehrenamt", "Freiwilligenagentur", "volunteering"],
    &["Kinderzuschlag", "KiZ"],
    &["Elterngeld", "parental allowance"],
    &["Steuer-ID", "Steueridentifikationsnummer", "tax ID"],
    &["DRV", "Deutsche Rentenversicherung", "Rentenversicherung", "pension insurance"],
];

/// A single-word form at least this long also matches as the head of a longer word.
const HEAD_LEN: usize = 4;

/// The folded table with lookups by first word.
pub(crate) struct Synonyms {
    /// group → forms → folded words
    groups: Vec<Vec<Vec<String>>>,
    /// first word of a multi-word form, or a short single-word form → (group, form)
    by_first: HashMap<String, Vec<(u16, u16)>>,
    /// first HEAD_LEN chars of a long single-word form → (group, form)
    by_head: HashMap<String, Vec<(u16, u16)>>,
}

impl Synonyms {
    pub(crate) fn builtin() -> Synonyms {
        let mut s = Synonyms { groups: Vec::new(), by_first: HashMap::new(), by_head: HashMap::new() };
        for (g, forms) in GROUPS.iter().enumerate() {
            let mut group = Vec::new();
            for (f, form) in forms.iter().enumerate() {
                let folded = fold(form);
                let words: Vec<String> = super::fold::words(&folded).map(str::to_string).collect();
                let key = (g as u16, f as u16);
                match words.as_slice() {
                    [] => continue,
                    [w] if w.chars().count() >= HEAD_LEN => {
                        let head: String = w.chars().take(HEAD_LEN).collect();
                        s.by_head.entry(head).or_default().push(key);
                    }
                    [w, ..] => s.by_first.entry(w.clone()).or_default().push(key),
                }
                group.push(words);
            }
            s.groups.push(group);
        }
        s
    }

    #[cfg(test)]
    pub(crate) fn group_count(&self) -> usize {
        self.groups.len()
    }

    /// Adds to `out` the groups of every form occurring in `words` (folded, in text order).
    pub(crate) fn find_groups(&self, words: &[&str], out: &mut Vec<u16>) {
        for (i, w) in words.iter().enumerate() {
            if let Some(cands) = self.by_first.get(*w) {
                for &(g, f) in cands {
                    let form = &self.groups[g as usize][f as usize];
                    let rest = &words[i..];
                    if rest.len() >= form.len() && form.iter().zip(rest).all(|(a, b)| a == b) {
                        out.push(g);
                    }
                }
            }
            if let Some((cut, _)) = w.char_indices().nth(HEAD_LEN) {
                self.head_matches(w, &w[..cut], out);
            } else if w.chars().count() == HEAD_LEN {
                self.head_matches(w, w, out);
            }
        }
    }

    fn head_matches(&self, word: &str, head: &str, out: &mut Vec<u16>) {
        if let Some(cands) = self.by_head.get(head) {
            for &(g, f) in cands {
                if self.groups[g as usize][f as usize]
                    .first()
                    .is_some_and(|form| word.starts_with(form.as_str()))
                {
                    out.push(g);
                }
            }
        }
    }

    /// Every folded word of every form of the group.
    pub(crate) fn group_words(&self, g: u16) -> impl Iterator<Item = &str> {
        self.groups[g as usize].iter().flatten().map(String::as_str)
    }

    /// Forms of all groups that a query term names: the term is a single-word form, or (three
    /// letters or more) the beginning of one. Used to highlight "Ausländerbehörde" for "abh".
    pub(crate) fn forms_named_by(&self, term: &str) -> Vec<&[String]> {
        let long = term.chars().count() >= 3;
        let mut out = Vec::new();
        for group in &self.groups {
            let named = group.iter().any(|form| match form.as_slice() {
                [w] => w == term || (long && w.starts_with(term)),
                _ => false,
            });
            if named {
                out.extend(group.iter().map(Vec::as_slice));
            }
        }
        out
    }

    /// All forms as written in the table (for tests and documentation).
    #[cfg(test)]
    pub(crate) fn raw_groups() -> &'static [&'static [&'static str]] {
        GROUPS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn groups_of(s: &Synonyms, text: &str) -> Vec<u16> {
        let f = fold(text);
        let words: Vec<&str> = super::super::fold::words(&f).collect();
        let mut out = Vec::new();
        s.find_groups(&words, &mut out);
        out
    }

    #[test]
    fn phrases_must_be_contiguous() {
        let s = Synonyms::builtin();
        let aa: Vec<u16> = groups_of(&s, "Agentur für Arbeit");
        assert!(!aa.is_empty());
        let g = aa[0];
        assert!(s.group_words(g).any(|w| w == "aa"));
        assert!(!groups_of(&s, "Arbeit für die Agentur").contains(&g));
        assert!(!groups_of(&s, "Agentur für Kunst und Arbeit").contains(&g));
    }

    #[test]
    fn long_single_forms_match_compound_heads_short_ones_only_whole_words() {
        let s = Synonyms::builtin();
        let ik = groups_of(&s, "IK");
        assert_eq!(ik.len(), 1);
        assert!(groups_of(&s, "Integrationskursträger").contains(&ik[0]));
        assert!(!groups_of(&s, "Iktus").contains(&ik[0]));
        let abh = groups_of(&s, "ABH")[0];
        assert!(groups_of(&s, "Ausländerbehörde Hafenau").contains(&abh));
    }

    #[test]
    fn every_form_folds_to_words() {
        let s = Synonyms::builtin();
        assert_eq!(s.group_count(), GROUPS.len());
        for (g, forms) in GROUPS.iter().enumerate() {
            for form in *forms {
                let found = groups_of(&s, form);
                assert!(found.contains(&(g as u16)), "{form} does not find its own group");
            }
        }
    }
}
