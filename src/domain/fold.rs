//! German folding, the one normal form in which names, towns and search terms are compared:
//! lower case → canonical decomposition with combining marks dropped (é → e, ä → a) → ß → ss
//! and a few letters without a decomposition (ø, ł, æ, ı …) → then `ae`, `oe`, `ue` → `a`,
//! `o`, `u`. So "Müller", "Mueller" and "Muller" all become "muller", "Straße" and "Strasse"
//! become "strasse", in both directions. The search keeps a map back to the original
//! characters for highlighting.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Folds text for searching: case, accents, umlauts and ß no longer matter.
///
/// ```
/// use lotse::domain::fold::fold;
/// assert_eq!(fold("Müller"), fold("Mueller"));
/// assert_eq!(fold("STRASSE"), fold("Straße"));
/// assert_eq!(fold("Sprachcafé"), "sprachcafe");
/// ```
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_walk(s, &mut out);
    out
}

/// Folds into a reused buffer (cleared first).
pub fn fold_into(s: &str, out: &mut String) {
    out.clear();
    fold_walk(s, out);
}

/// Folded characters of `s`, each with the range of original character indices (inclusive) it
/// came from: "ß" gives two folded chars pointing at one original, "ue" one pointing at two.
pub struct Mapped {
    pub chars: Vec<char>,
    pub orig: Vec<(u32, u32)>,
}

pub fn fold_with_map(s: &str) -> Mapped {
    let mut m = Mapped { chars: Vec::with_capacity(s.len()), orig: Vec::with_capacity(s.len()) };
    fold_walk(s, &mut m);
    m
}

trait Sink {
    fn push(&mut self, c: char, orig: usize);
    /// The last pushed character also stands for original character `orig` (an absorbed `e`).
    fn absorb(&mut self, orig: usize);
}

impl Sink for String {
    fn push(&mut self, c: char, _orig: usize) {
        String::push(self, c);
    }
    fn absorb(&mut self, _orig: usize) {}
}

impl Sink for Mapped {
    fn push(&mut self, c: char, orig: usize) {
        let o = u32::try_from(orig).unwrap_or(u32::MAX);
        self.chars.push(c);
        self.orig.push((o, o));
    }
    fn absorb(&mut self, orig: usize) {
        if let Some(last) = self.orig.last_mut() {
            last.1 = u32::try_from(orig).unwrap_or(u32::MAX);
        }
    }
}

/// Letters that have no canonical decomposition but that German users type without the mark.
fn replacement(c: char) -> Option<&'static str> {
    Some(match c {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'ł' => "l",
        'đ' | 'ð' => "d",
        'þ' => "th",
        'ı' => "i",
        _ => return None,
    })
}

fn fold_walk<S: Sink>(s: &str, sink: &mut S) {
    // `pending`: the last pushed char is a, o or u and may absorb a following e.
    let mut pending = false;
    for (i, c) in s.chars().enumerate() {
        if c.is_ascii() {
            step(sink, &mut pending, c.to_ascii_lowercase(), i);
            continue;
        }
        for lc in c.to_lowercase() {
            if let Some(rep) = replacement(lc) {
                for r in rep.chars() {
                    step(sink, &mut pending, r, i);
                }
                continue;
            }
            let mut parts = ['\0'; 8];
            let mut n = 0;
            decompose_canonical(lc, |d| {
                if n < parts.len() {
                    parts[n] = d;
                    n += 1;
                }
            });
            for &d in &parts[..n] {
                if is_combining_mark(d) {
                    continue;
                }
                match replacement(d) {
                    Some(rep) => rep.chars().for_each(|r| step(sink, &mut pending, r, i)),
                    None => step(sink, &mut pending, d, i),
                }
            }
        }
    }
}

#[inline]
fn step<S: Sink>(sink: &mut S, pending: &mut bool, c: char, orig: usize) {
    if c == 'e' && *pending {
        sink.absorb(orig);
        *pending = false;
        return;
    }
    sink.push(c, orig);
    *pending = matches!(c, 'a' | 'o' | 'u');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn umlauts_and_their_spellings_meet() {
        assert_eq!(fold("Müller"), "muller");
        assert_eq!(fold("Mueller"), "muller");
        assert_eq!(fold("Muller"), "muller");
        assert_eq!(fold("MÜLLER"), "muller");
        assert_eq!(fold("Straße"), fold("Strasse"));
        assert_eq!(fold("STRASSE"), "strasse");
        assert_eq!(fold("ÄRZTE"), fold("ärzte"));
        assert_eq!(fold("Ärzte"), fold("Aerzte"));
        assert_eq!(fold("Öffnung"), fold("Oeffnung"));
        assert_eq!(fold("ẞ"), "ss");
    }

    #[test]
    fn accents_and_odd_letters_fold() {
        assert_eq!(fold("Sprachcafé"), "sprachcafe");
        assert_eq!(fold("Yılmaz"), "yilmaz");
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("Søren"), "soren");
        assert_eq!(fold("İstanbul"), "istanbul");
        assert_eq!(fold("Cafe\u{301}"), "cafe");
    }

    #[test]
    fn map_points_back_to_original_chars() {
        let m = fold_with_map("Maß Übergabe");
        let s: String = m.chars.iter().collect();
        assert_eq!(s, "mass ubergabe");
        assert_eq!(m.orig[2], (2, 2));
        assert_eq!(m.orig[3], (2, 2));
        assert_eq!(m.orig[5], (4, 4));
        let m = fold_with_map("Mueller");
        assert_eq!(m.chars.iter().collect::<String>(), "muller");
        assert_eq!(m.orig[1], (1, 2));
        assert_eq!(m.orig[2], (3, 3));
    }
}
