//! Conditions read from text: a sheet's "Voraussetzungen" column or an offer's description
//! names the German level ("ab B1", "B2 erforderlich"), ages ("12–27", "ab 27", "unter 18")
//! and residence ("nur EU-Bürger", "Aufenthaltserlaubnis nach § 16d") in words. What is
//! recognised here becomes structured eligibility, marked as read from text until a counsellor
//! confirms it (`FromText`). Pure and conservative: a number is an age only in an age context,
//! a residence word is a restriction only when nothing says "auch" or "nicht".

use super::residence::{GermanLevel, ResidenceBasis};

/// Where the text comes from: the conditions column says conditions, so bare forms count
/// ("12–27", "B1", "EU-Bürger"); a description mentions much else, so only clear ones do ("ab
/// B1", "12 bis 27 Jahre", "nur EU-Bürger").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Conditions,
    Description,
}

/// What was recognised, each with the words it was read from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    pub min_age: Option<(u8, String)>,
    pub max_age: Option<(u8, String)>,
    pub min_german: Option<(GermanLevel, String)>,
    pub residence: Vec<(ResidenceBasis, String)>,
}

impl Found {
    pub fn is_empty(&self) -> bool {
        self.min_age.is_none()
            && self.max_age.is_none()
            && self.min_german.is_none()
            && self.residence.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Word(String),
    Num(u32),
    Level(GermanLevel),
    /// A paragraph of the residence act: number and letter ("16d", "27").
    Para(u32, Option<char>),
    Dash,
    Plus,
    Other,
}

struct Token {
    tok: Tok,
    start: usize,
    end: usize,
}

fn tokens(text: &str) -> Vec<Token> {
    let lower: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let at = |k: usize| lower.get(k).map(|&(_, c)| c);
    let byte = |k: usize| lower.get(k).map_or(text.len(), |&(b, _)| b);
    while i < lower.len() {
        let c = lower[i].1;
        let start = byte(i);
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c == '§' {
            let mut j = i;
            while at(j) == Some('§') || at(j).is_some_and(char::is_whitespace) {
                j += 1;
            }
            let d0 = j;
            while at(j).is_some_and(|c| c.is_ascii_digit()) && j - d0 < 3 {
                j += 1;
            }
            if j > d0 {
                let n: u32 = lower[d0..j].iter().map(|&(_, c)| c).collect::<String>().parse().unwrap_or(0);
                let letter = at(j).filter(|c| c.is_ascii_lowercase() || c.is_ascii_uppercase());
                let letter = letter.filter(|_| !at(j + 1).is_some_and(char::is_alphabetic));
                if letter.is_some() {
                    j += 1;
                }
                out.push(Token {
                    tok: Tok::Para(n, letter.map(|c| c.to_ascii_lowercase())),
                    start,
                    end: byte(j),
                });
                // "§§ 27-36": the second number is a paragraph too.
                if at(j) == Some('-') || at(j) == Some('–') {
                    let mut k = j + 1;
                    while at(k).is_some_and(char::is_whitespace) {
                        k += 1;
                    }
                    let d1 = k;
                    while at(k).is_some_and(|c| c.is_ascii_digit()) && k - d1 < 3 {
                        k += 1;
                    }
                    if k > d1 {
                        let m: u32 =
                            lower[d1..k].iter().map(|&(_, c)| c).collect::<String>().parse().unwrap_or(0);
                        for p in n + 1..=m.min(n + 20) {
                            out.push(Token { tok: Tok::Para(p, None), start, end: byte(k) });
                        }
                        j = k;
                    }
                }
                i = j;
                continue;
            }
            out.push(Token { tok: Tok::Other, start, end: byte(i + 1) });
            i += 1;
            continue;
        }
        if c.is_ascii_digit() {
            let mut j = i;
            while at(j).is_some_and(|c| c.is_ascii_digit()) && j - i < 6 {
                j += 1;
            }
            let n: u32 = lower[i..j].iter().map(|&(_, c)| c).collect::<String>().parse().unwrap_or(u32::MAX);
            out.push(Token { tok: Tok::Num(n), start, end: byte(j) });
            i = j;
            continue;
        }
        if c.is_alphabetic() {
            // A CEFR level: a/b/c and 1/2, standing alone ("B1", "B1-Niveau", "A2/B1").
            let next = at(i + 1);
            if matches!(c.to_ascii_lowercase(), 'a' | 'b' | 'c')
                && matches!(next, Some('1' | '2'))
                && !at(i + 2).is_some_and(char::is_alphanumeric)
                && !(i > 0 && at(i - 1).is_some_and(char::is_alphanumeric))
            {
                let level = GermanLevel::parse(&lower[i..i + 2].iter().map(|&(_, c)| c).collect::<String>());
                if let Some(level) = level {
                    out.push(Token { tok: Tok::Level(level), start, end: byte(i + 2) });
                    i += 2;
                    continue;
                }
            }
            let mut j = i;
            while at(j)
                .is_some_and(|c| c.is_alphabetic() || c == ':' && at(j + 1).is_some_and(char::is_alphabetic))
            {
                j += 1;
            }
            let w: String = lower[i..j].iter().map(|&(_, c)| c).collect::<String>().to_lowercase();
            out.push(Token { tok: Tok::Word(w.replace(':', "")), start, end: byte(j) });
            i = j;
            continue;
        }
        let tok = match c {
            '-' | '–' | '—' | '‑' => Tok::Dash,
            '+' => Tok::Plus,
            _ => Tok::Other,
        };
        out.push(Token { tok, start, end: byte(i + 1) });
        i += 1;
    }
    out
}

const LEVEL_BEFORE: &[&str] =
    &["ab", "mindestens", "mind", "min", "minimum", "least", "from", "mindestniveau"];
const LEVEL_AFTER: &[&str] = &[
    "erforderlich",
    "vorausgesetzt",
    "notwendig",
    "nötig",
    "benötigt",
    "verlangt",
    "required",
    "needed",
    "necessary",
    "minimum",
    "mindestens",
    "aufwärts",
    "höher",
];
const GERMAN_WORDS: &[&str] = &[
    "deutsch",
    "deutschkenntnisse",
    "deutschniveau",
    "sprachniveau",
    "niveau",
    "german",
    "sprachkenntnisse",
    "sprachlevel",
    "level",
];
const AGE_AFTER: &[&str] =
    &["jahre", "jahren", "jahr", "j", "jährige", "jährigen", "jähriger", "years", "year", "yrs", "jahrige"];
const AGE_BEFORE: &[&str] = &[
    "alter",
    "alt",
    "age",
    "aged",
    "menschen",
    "jugendliche",
    "jugendlichen",
    "erwachsene",
    "erwachsenen",
    "personen",
    "people",
    "kinder",
    "junge",
    "ratsuchende",
    "frauen",
    "männer",
    "teilnehmende",
];
const NOT_AGE_AFTER: &[&str] = &[
    "uhr",
    "h",
    "euro",
    "eur",
    "prozent",
    "min",
    "minuten",
    "stunden",
    "std",
    "monate",
    "monaten",
    "wochen",
    "tage",
    "tagen",
    "plätze",
    "teilnehmer",
    "personen",
    "kw",
];
const NOT_AGE_BEFORE: &[&str] = &[
    "klasse",
    "klassen",
    "kl",
    "jahrgang",
    "jahrgangsstufe",
    "stufe",
    "plz",
    "zimmer",
    "raum",
    "tel",
    "nr",
    "bus",
];
const NEGATIONS: &[&str] = &[
    "nicht",
    "kein",
    "keine",
    "keinen",
    "ohne",
    "außer",
    "ausser",
    "ausgenommen",
    "auch",
    "not",
    "no",
    "except",
    "also",
    "sowie",
];
const ONLY: &[&str] = &["nur", "ausschließlich", "ausschliesslich", "only", "exclusively", "lediglich"];

/// Reads the conditions `text` names.
pub fn read(text: &str, source: Source) -> Found {
    let toks = tokens(text);
    let mut found = Found::default();
    let lax = source == Source::Conditions;
    let word = |i: usize| match toks.get(i).map(|t| &t.tok) {
        Some(Tok::Word(w)) => Some(w.as_str()),
        _ => None,
    };
    let is = |i: usize, set: &[&str]| word(i).is_some_and(|w| set.contains(&w));
    let num = |i: usize| match toks.get(i).map(|t| &t.tok) {
        Some(Tok::Num(n)) => Some(*n),
        _ => None,
    };
    let phrase = |a: usize, b: usize| -> String {
        let (s, e) = (toks[a].start, toks[b.min(toks.len() - 1)].end);
        text.get(s..e).unwrap_or_default().to_string()
    };
    // Words just before `i` (up to four) that cancel a restriction.
    let negated = |i: usize| (i.saturating_sub(4)..i).any(|k| is(k, NEGATIONS));
    let only_before = |i: usize| (i.saturating_sub(4)..i).any(|k| is(k, ONLY));
    let age_ok = |n: u32| n <= 120;
    // An age context around numbers at a..=b: an age word after, or a person/age word before.
    let age_context = |a: usize, b: usize| {
        let after = is(b + 1, AGE_AFTER)
            || (toks.get(b + 1).map(|t| &t.tok) == Some(&Tok::Dash) && is(b + 2, AGE_AFTER));
        let before = (a.saturating_sub(3)..a).any(|k| is(k, AGE_BEFORE));
        after || before
    };
    // Numbers that are times, prices, counts or paragraphs, not ages.
    let not_age = |a: usize, b: usize| {
        let after = text.get(toks[b].end..).unwrap_or_default().trim_start();
        is(b + 1, NOT_AGE_AFTER)
            || after.starts_with(['€', '%', ':', '.', ','])
                && !after.starts_with(". ")
                && !after.starts_with(", ")
                && after.len() > 1
            || a.checked_sub(1).is_some_and(|k| is(k, NOT_AGE_BEFORE) || matches!(toks[k].tok, Tok::Para(..)))
    };
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i].tok;
        // German level.
        if let Tok::Level(level) = t
            && found.min_german.is_none()
        {
            let tok_at = |k: usize| toks.get(k).map(|x| &x.tok);
            let before = i.checked_sub(1).is_some_and(|k| is(k, LEVEL_BEFORE));
            let german = (i.saturating_sub(3)..i).find(|&k| is(k, GERMAN_WORDS));
            let dash_niveau = tok_at(i + 1) == Some(&Tok::Dash) && is(i + 2, &["niveau"]);
            let end = if dash_niveau { i + 2 } else { i };
            let after = is(end + 1, LEVEL_AFTER);
            // "A1 bis B1", "A2-B2", "bis B1": a course's range, not a requirement.
            let prev_range = i.checked_sub(1).is_some_and(|k| {
                is(k, &["bis", "to"])
                    || toks[k].tok == Tok::Dash && k > 0 && matches!(toks[k - 1].tok, Tok::Level(_))
            });
            let next_range = (tok_at(i + 1) == Some(&Tok::Dash) || is(i + 1, &["bis", "to"]))
                && matches!(tok_at(i + 2), Some(Tok::Level(_)));
            let negative = (i.saturating_sub(3)..i).any(|k| is(k, &["keine", "kein", "ohne", "no", "not"]));
            if !negative && !prev_range && !next_range && (before || after || german.is_some() || lax) {
                let a = german.unwrap_or(if before { i - 1 } else { i });
                let b = if after { end + 1 } else { end };
                found.min_german = Some((*level, phrase(a, b)));
            }
            i += 1;
            continue;
        }
        // Ages: "12–27", "von 12 bis 27 Jahren", "zwischen 12 und 27".
        if let Some(n) = num(i) {
            let mut j = i + 1;
            if toks.get(j).map(|t| &t.tok) == Some(&Tok::Dash) && is(j + 1, &["bis"]) {
                j += 1; // "12- bis 27-Jährige"
            }
            let sep = toks.get(j).map(|t| &t.tok) == Some(&Tok::Dash) || is(j, &["bis", "und", "to", "and"]);
            if sep
                && let Some(m) = num(j + 1)
                && age_ok(n)
                && age_ok(m)
                && n < m
                && !not_age(i, j + 1)
                && (age_context(i, j + 1) || lax && !is(j, &["und", "and"]))
            {
                let a = if i > 0 && is(i - 1, &["von", "zwischen", "from", "aged", "between"]) {
                    i - 1
                } else {
                    i
                };
                let b = if is(j + 2, AGE_AFTER) { j + 2 } else { j + 1 };
                first(&mut found.min_age, (n as u8, phrase(a, b)));
                first(&mut found.max_age, (m as u8, phrase(a, b)));
                i = b + 1;
                continue;
            }
            // "27+", "18 plus".
            if (toks.get(i + 1).map(|t| &t.tok) == Some(&Tok::Plus) || is(i + 1, &["plus"]))
                && age_ok(n)
                && (lax || age_context(i, i + 1))
                && !not_age(i, i)
            {
                first(&mut found.min_age, (n as u8, phrase(i, i + 1)));
                i += 2;
                continue;
            }
        }
        // "ab 27", "unter 18", "bis 27 Jahre", "älter als 26", "jünger als 28".
        if let Some(w) = word(i) {
            let (offset, kind) = match w {
                "ab" | "from" => (1, Some('>')),
                "unter" | "under" => (1, Some('<')),
                "bis" | "up" => (if w == "up" && is(i + 1, &["to"]) { 2 } else { 1 }, Some('≤')),
                "älter" | "older" if is(i + 1, &["als", "than"]) => (2, Some('»')),
                "jünger" | "younger" if is(i + 1, &["als", "than"]) => (2, Some('«')),
                _ => (0, None),
            };
            if let (Some(kind), Some(n)) = (kind, num(i + offset)) {
                let k = i + offset;
                let context = age_context(i, k) || (lax && kind != '≤');
                if age_ok(n) && context && !not_age(k, k) && !negated(i) {
                    let b = if is(k + 1, AGE_AFTER) { k + 1 } else { k };
                    let p = phrase(i, b);
                    let n8 = n as u8;
                    match kind {
                        '>' => first(&mut found.min_age, (n8, p)),
                        '»' => first(&mut found.min_age, (n8.saturating_add(1), p)),
                        '<' | '«' if n8 > 0 => first(&mut found.max_age, (n8 - 1, p)),
                        '≤' => first(&mut found.max_age, (n8, p)),
                        _ => {}
                    }
                    i = b + 1;
                    continue;
                }
            }
            if ["volljährig", "volljährige", "volljährigen", "adults"].contains(&w)
                && (lax || only_before(i))
                && !negated(i)
            {
                first(&mut found.min_age, (18, phrase(i, i)));
            }
            if ["minderjährig", "minderjährige", "minderjährigen", "minors"].contains(&w)
                && (lax || only_before(i))
                && !negated(i)
            {
                first(&mut found.max_age, (17, phrase(i, i)));
            }
        }
        // Residence.
        if let Some((basis, len)) = residence_at(&toks, i, &is) {
            let restricting = !negated(i) && (lax || only_before(i));
            if restricting && !found.residence.iter().any(|(b, _)| *b == basis) {
                found.residence.push((basis, phrase(i, i + len - 1)));
            }
            i += len;
            continue;
        }
        i += 1;
    }
    found
}

/// The first finding of a kind counts.
fn first<T>(slot: &mut Option<T>, value: T) {
    if slot.is_none() {
        *slot = Some(value);
    }
}

/// A residence basis named at `i`, and how many tokens name it.
fn residence_at(
    toks: &[Token],
    i: usize,
    is: &dyn Fn(usize, &[&str]) -> bool,
) -> Option<(ResidenceBasis, usize)> {
    use ResidenceBasis::*;
    const CITIZENS: &[&str] = &[
        "bürger",
        "bürgerinnen",
        "bürgerin",
        "bürgerinnen",
        "bürgern",
        "staatsangehörige",
        "staatsangehörigen",
        "staatsbürger",
        "angehörige",
        "citizens",
        "nationals",
        "ausländer",
    ];
    if is(i, &["eu", "ewr"]) {
        if toks.get(i + 1).map(|t| &t.tok) == Some(&Tok::Dash) && is(i + 2, CITIZENS) {
            return Some((Eu, 3));
        }
        if is(i + 1, CITIZENS) {
            return Some((Eu, 2));
        }
    }
    if is(i, &["unionsbürger", "unionsbürgerinnen", "eu-bürger", "freizügigkeitsberechtigte"]) {
        return Some((Eu, 1));
    }
    if is(i, &["blaue"]) && is(i + 1, &["karte"]) || is(i, &["blue"]) && is(i + 1, &["card"]) {
        return Some((Emp, 2));
    }
    let word_basis = [
        (&["chancenkarte"][..], JobSeek),
        (&["duldung", "geduldet", "geduldete", "geduldeten"][..], Duld),
        (
            &[
                "aufenthaltsgestattung",
                "gestattung",
                "asylbewerber",
                "asylbewerberinnen",
                "asylsuchende",
                "asylverfahren",
            ][..],
            Asyl,
        ),
        (&["niederlassungserlaubnis", "daueraufenthalt"][..], Perm),
        (&["familiennachzug", "familienzusammenführung"][..], Fam),
    ];
    for (words, basis) in word_basis {
        if is(i, words) {
            return Some((basis, 1));
        }
    }
    if let Some(Tok::Para(n, letter)) = toks.get(i).map(|t| &t.tok) {
        let basis = match (n, letter) {
            (16, Some('a' | 'b')) => Some(Study),
            (16, Some('d')) => Some(Recog),
            (18, Some('a' | 'b' | 'g')) | (19, Some('c')) | (21, None) => Some(Emp),
            (18, Some('c')) | (9, None | Some('a')) => Some(Perm),
            (20, None) => Some(PostStudy),
            (20, Some('a')) => Some(JobSeek),
            (22..=26, _) => Some(Hum),
            (27..=36, _) => Some(Fam),
            (60, Some('a')) => Some(Duld),
            (55, None) => Some(Asyl),
            _ => None,
        };
        if let Some(b) = basis {
            // A range "§§ 27-36" is one statement.
            let mut len = 1;
            while matches!(toks.get(i + len).map(|t| &t.tok), Some(Tok::Para(..)))
                && toks[i + len].start == toks[i].start
            {
                len += 1;
            }
            return Some((b, len));
        }
    }
    None
}

/// Whether a text states a condition at all, recognised or not ("nur für Frauen",
/// "Voraussetzung: Wohnsitz im Landkreis"): then a card must not say "no restrictions".
pub fn names_condition(text: &str, source: Source) -> bool {
    if !read(text, source).is_empty() {
        return true;
    }
    let toks = tokens(text);
    let cue = [
        "nur",
        "ausschließlich",
        "voraussetzung",
        "voraussetzungen",
        "vorausgesetzt",
        "erforderlich",
        "bedingung",
        "berechtigt",
        "only",
        "exclusively",
        "required",
        "eligible",
        "requirement",
    ];
    toks.iter().any(|t| matches!(&t.tok, Tok::Word(w) if cue.contains(&w.as_str())))
}

#[cfg(test)]
mod tests;
