//! Typo tolerance: how many typos a term may have, and a bounded edit distance between a term
//! and the closest *prefix* of a word, so that a misspelt word is found while it is still being
//! typed ("anerkenung" → "Anerkennungsberatung").

/// Typos allowed for a term of `chars` characters: none below 5, one from 5, two from 9.
pub(crate) fn allowed_typos(chars: usize) -> usize {
    match chars {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// The smallest optimal-string-alignment distance (insert, delete, substitute, swap two
/// neighbours) between `term` and any prefix of `word`, if it is at most `k`.
///
/// Extending the term never lowers this distance, which lets the cache narrow typo candidates
/// while a word is typed.
pub(crate) fn prefix_distance<T: PartialEq + Copy>(term: &[T], word: &[T], k: usize) -> Option<usize> {
    let m = term.len();
    if m == 0 {
        return Some(0);
    }
    if word.len() + k < m || m + k + 1 > MAX_COLS {
        return None;
    }
    // Only prefixes of length m-k ..= m+k can be within k; cells outside the band |i-j| <= k
    // stay "infinite". Three rows on the stack (the swap needs the row before the last).
    let cols = word.len().min(m + k) + 1;
    const INF: u16 = u16::MAX / 4;
    let mut rows = [[INF; MAX_COLS]; 3];
    for (j, cell) in rows[0].iter_mut().enumerate().take(k.min(cols - 1) + 1) {
        *cell = j as u16;
    }
    let k16 = k as u16;
    for i in 1..=m {
        let (cur, prev, prev2) = (i % 3, (i + 2) % 3, (i + 1) % 3);
        let lo = i.saturating_sub(k);
        let hi = (i + k).min(cols - 1);
        if lo > hi {
            return None;
        }
        if lo >= 1 {
            rows[cur][lo - 1] = INF;
        }
        let mut row_min = INF;
        for j in lo..=hi {
            let v = if j == 0 {
                i as u16
            } else {
                let sub = rows[prev][j - 1] + u16::from(term[i - 1] != word[j - 1]);
                let mut v = sub.min(rows[prev][j] + 1).min(rows[cur][j - 1] + 1);
                if i > 1 && j > 1 && term[i - 1] == word[j - 2] && term[i - 2] == word[j - 1] {
                    v = v.min(rows[prev2][j - 2] + 1);
                }
                v
            };
            rows[cur][j] = v;
            row_min = row_min.min(v);
        }
        if row_min > k16 {
            return None;
        }
    }
    let lo = m.saturating_sub(k);
    let hi = (m + k).min(cols - 1);
    let best = rows[m % 3][lo..=hi].iter().copied().min().unwrap_or(INF);
    (best <= k16).then_some(usize::from(best))
}

/// Terms longer than this are not typo-matched (the DP rows live on the stack).
pub(crate) const MAX_TYPO_TERM: usize = 48;
const MAX_COLS: usize = MAX_TYPO_TERM + 2 + 1;

/// Like [`prefix_distance`] but also returns the length of the closest prefix (for highlighting).
pub(crate) fn closest_prefix_len<T: PartialEq + Copy>(term: &[T], word: &[T], k: usize) -> Option<usize> {
    prefix_distance(term, word, k)?;
    // Small words only (titles): try prefix lengths around the term length, closest first.
    let m = term.len();
    let mut best: Option<(usize, usize)> = None;
    for len in m.saturating_sub(k)..=(m + k).min(word.len()) {
        if let Some(d) = full_distance(term, &word[..len], k) {
            let better = match best {
                None => true,
                Some((bd, bl)) => d < bd || (d == bd && len.abs_diff(m) < bl.abs_diff(m)),
            };
            if better {
                best = Some((d, len));
            }
        }
    }
    best.map(|(_, len)| len)
}

/// OSA distance between whole strings, if at most `k`.
fn full_distance<T: PartialEq + Copy>(a: &[T], b: &[T], k: usize) -> Option<usize> {
    let (m, n) = (a.len(), b.len());
    let mut d = vec![vec![0usize; n + 1]; m + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=m {
        for j in 1..=n {
            let mut v = (d[i - 1][j - 1] + usize::from(a[i - 1] != b[j - 1]))
                .min(d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    (d[m][n] <= k).then_some(d[m][n])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pd(t: &str, w: &str, k: usize) -> Option<usize> {
        prefix_distance(t.as_bytes(), w.as_bytes(), k)
    }

    #[test]
    fn typos_against_prefixes() {
        assert_eq!(pd("anerkenung", "anerkennungsberatung", 2), Some(1));
        assert_eq!(pd("kindergelt", "kindergeld", 2), Some(1));
        assert_eq!(pd("kindergelt", "kindergeldantrag", 2), Some(1));
        assert_eq!(pd("umschreiben", "umschreibung", 2), Some(1));
        assert_eq!(pd("kidnergeld", "kindergeld", 1), Some(1));
        assert_eq!(pd("beratung", "beratungsstelle", 1), Some(0));
        assert_eq!(pd("schulden", "schuldnerberatung", 1), Some(1));
        assert_eq!(pd("wohnung", "anmeldung", 2), None);
        assert_eq!(pd("abcdef", "abc", 2), None);
        assert_eq!(pd("abcde", "abc", 2), Some(2));
    }

    #[test]
    fn extending_a_term_never_lowers_the_distance() {
        let words = ["anerkennung", "kindergeld", "beratung", "berufssprachkurs", "bewerbung", "abend"];
        let terms = ["anerkenung", "kindrgeld", "beratnug", "berufsprachkurs", "bewrbung", "abnd"];
        for w in words {
            for t in terms {
                for k in 1..=2 {
                    for len in 1..t.len() {
                        let shorter = pd(&t[..len], w, k);
                        let longer = pd(&t[..len + 1], w, k);
                        if let Some(l) = longer {
                            assert!(shorter.is_some_and(|s| s <= l), "{t} {w} {len} {k}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn allowed_typos_grow_with_length() {
        assert_eq!(allowed_typos(4), 0);
        assert_eq!(allowed_typos(5), 1);
        assert_eq!(allowed_typos(8), 1);
        assert_eq!(allowed_typos(9), 2);
    }

    #[test]
    fn closest_prefix_for_highlighting() {
        let c = |t: &str, w: &str| closest_prefix_len(t.as_bytes(), w.as_bytes(), 2);
        assert_eq!(c("anerkenung", "anerkennungsberatung"), Some(11));
        assert_eq!(c("kindergelt", "kindergeld"), Some(10));
        assert_eq!(c("kindergelt", "jugend"), None);
    }
}
