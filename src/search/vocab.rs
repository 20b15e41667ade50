//! Compact string stores of the index: the sorted vocabulary of folded words (one buffer, u32
//! offsets; prefix = binary-searched range, compound parts = one substring scan over the
//! buffer), the short texts (distinct titles and providers, original and folded, with character
//! masks), and the interner that gives words u32 ids while the index is built.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The folded words of every searchable field, sorted, separated by `\n` in one buffer.
#[derive(Default)]
pub(crate) struct Vocab {
    buf: String,
    /// start of word i; `starts[len]` = buf.len()
    starts: Vec<u32>,
}

impl Vocab {
    /// From words already sorted and distinct.
    pub(crate) fn from_sorted<'a>(words: impl Iterator<Item = &'a str>) -> Vocab {
        let mut v = Vocab::default();
        for w in words {
            v.starts.push(v.buf.len() as u32);
            v.buf.push_str(w);
            v.buf.push('\n');
        }
        v.starts.push(v.buf.len() as u32);
        v
    }

    pub(crate) fn len(&self) -> usize {
        self.starts.len() - 1
    }

    pub(crate) fn word(&self, id: u32) -> &str {
        let i = id as usize;
        &self.buf[self.starts[i] as usize..self.starts[i + 1] as usize - 1]
    }

    /// Ids of the words starting with `prefix`, as a range.
    pub(crate) fn prefix_range(&self, prefix: &str) -> std::ops::Range<u32> {
        let n = self.len();
        let lo = partition(n, |i| self.word(i) < prefix);
        let hi = lo + partition(n - lo as usize, |i| self.word(lo + i).starts_with(prefix));
        lo..hi
    }

    /// Ids of the words that contain `needle` at a position other than their start, in order.
    /// One scan over the buffer rather than one search per word.
    pub(crate) fn inner_matches(&self, needle: &str) -> Vec<u32> {
        let mut out: Vec<u32> = Vec::new();
        for off in memchr::memmem::find_iter(self.buf.as_bytes(), needle.as_bytes()) {
            let off = off as u32;
            let id = self.starts.partition_point(|&s| s <= off) as u32 - 1;
            if off > self.starts[id as usize] && out.last() != Some(&id) {
                out.push(id);
            }
        }
        out
    }

    /// Like [`Vocab::inner_matches`], with the byte position of the (first inner) match in
    /// each word.
    pub(crate) fn inner_matches_at(&self, needle: &str) -> Vec<(u32, u32)> {
        let mut out: Vec<(u32, u32)> = Vec::new();
        for off in memchr::memmem::find_iter(self.buf.as_bytes(), needle.as_bytes()) {
            let off = off as u32;
            let id = self.starts.partition_point(|&s| s <= off) as u32 - 1;
            let start = self.starts[id as usize];
            if off > start && out.last().is_none_or(|l| l.0 != id) {
                out.push((id, off - start));
            }
        }
        out
    }

    /// Whether `word` is a word of the vocabulary.
    pub(crate) fn contains(&self, word: &str) -> bool {
        let r = self.prefix_range(word);
        !r.is_empty() && self.word(r.start) == word
    }

    pub(crate) fn heap_bytes(&self) -> usize {
        self.buf.capacity() + self.starts.capacity() * 4
    }
}

/// Number of leading indices in `0..n` for which `pred` holds (pred must be monotone).
fn partition(n: usize, pred: impl Fn(u32) -> bool) -> u32 {
    let (mut lo, mut hi) = (0usize, n);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if pred(mid as u32) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo as u32
}

/// `word` contains `needle` somewhere after its first character.
pub(crate) fn inner_contains(word: &str, needle: &str) -> bool {
    match word.char_indices().nth(1) {
        Some((i, _)) => word[i..].contains(needle),
        None => false,
    }
}

/// Distinct titles and providers: original text (for highlighting), folded text and character
/// mask (for the scattered-letter scan), and which offers use each, as packed postings.
#[derive(Default)]
pub(crate) struct ShortTexts {
    orig: String,
    orig_starts: Vec<u32>,
    folded: String,
    folded_starts: Vec<u32>,
    pub(crate) masks: Vec<u64>,
    pub(crate) post_starts: Vec<u32>,
    pub(crate) postings: Vec<u32>,
}

impl ShortTexts {
    pub(crate) fn push(&mut self, orig: &str, folded: &str) -> u32 {
        let id = self.masks.len() as u32;
        self.orig_starts.push(self.orig.len() as u32);
        self.orig.push_str(orig);
        self.folded_starts.push(self.folded.len() as u32);
        self.folded.push_str(folded);
        self.masks.push(super::fold::char_mask(folded));
        id
    }

    /// Closes the string tables; postings are set by the builder.
    pub(crate) fn seal(&mut self) {
        self.orig_starts.push(self.orig.len() as u32);
        self.folded_starts.push(self.folded.len() as u32);
    }

    pub(crate) fn len(&self) -> usize {
        self.masks.len()
    }

    pub(crate) fn orig(&self, id: u32) -> &str {
        let i = id as usize;
        &self.orig[self.orig_starts[i] as usize..self.orig_starts[i + 1] as usize]
    }

    pub(crate) fn folded(&self, id: u32) -> &str {
        let i = id as usize;
        &self.folded[self.folded_starts[i] as usize..self.folded_starts[i + 1] as usize]
    }

    pub(crate) fn postings(&self, id: u32) -> &[u32] {
        let i = id as usize;
        &self.postings[self.post_starts[i] as usize..self.post_starts[i + 1] as usize]
    }

    pub(crate) fn heap_bytes(&self) -> usize {
        self.orig.capacity()
            + self.folded.capacity()
            + (self.orig_starts.capacity() + self.folded_starts.capacity()) * 4
            + self.masks.capacity() * 8
            + (self.post_starts.capacity() + self.postings.capacity()) * 4
    }
}

/// FxHash (rustc's): the interner hashes millions of short words while building.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        for chunk in bytes.chunks(8) {
            let mut v = [0u8; 8];
            v[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(v)).wrapping_mul(K);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.write(&[i]);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type FxBuild = BuildHasherDefault<FxHasher>;

/// Gives each distinct word a provisional id in order of first sight.
#[derive(Default)]
pub(crate) struct Interner {
    ids: HashMap<Box<str>, u32, FxBuild>,
}

impl Interner {
    pub(crate) fn intern(&mut self, w: &str) -> u32 {
        if let Some(&id) = self.ids.get(w) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(w.into(), id);
        id
    }

    /// Words sorted, and for each provisional id its rank in that order.
    pub(crate) fn into_sorted(self) -> (Vec<Box<str>>, Vec<u32>) {
        let mut all: Vec<(Box<str>, u32)> = self.ids.into_iter().collect();
        all.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut rank = vec![0u32; all.len()];
        for (r, (_, id)) in all.iter().enumerate() {
            rank[*id as usize] = r as u32;
        }
        (all.into_iter().map(|(w, _)| w).collect(), rank)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_ranges_and_inner_matches() {
        let words = ["abend", "anerkennung", "anerkennungsberatung", "beratung", "kita", "wohnberatung"];
        let v = Vocab::from_sorted(words.iter().copied());
        assert_eq!(v.len(), 6);
        assert_eq!(v.word(3), "beratung");
        assert_eq!(v.prefix_range("anerk"), 1..3);
        assert_eq!(v.prefix_range("a"), 0..3);
        assert_eq!(v.prefix_range("z"), 6..6);
        assert_eq!(v.prefix_range(""), 0..6);
        assert_eq!(v.inner_matches("beratung"), [2, 5]);
        assert_eq!(v.inner_matches("a"), [2, 3, 4, 5]);
        assert!(inner_contains("anerkennungsberatung", "beratung"));
        assert!(!inner_contains("beratung", "beratung"));
        assert_eq!(v.inner_matches_at("beratung"), [(2, 12), (5, 4)]);
        assert!(v.contains("kita") && !v.contains("kit") && !v.contains("zz"));
    }

    #[test]
    fn interner_sorts() {
        let mut i = Interner::default();
        assert_eq!(i.intern("zebra"), 0);
        assert_eq!(i.intern("apfel"), 1);
        assert_eq!(i.intern("zebra"), 0);
        let (words, rank) = i.into_sorted();
        assert_eq!(&*words[0], "apfel");
        assert_eq!(rank, [1, 0]);
    }

    #[test]
    fn short_texts_keep_both_forms() {
        let mut s = ShortTexts::default();
        let a = s.push("Sprachcafé", "sprachcafe");
        let b = s.push("Jobcenter", "jobcenter");
        s.seal();
        assert_eq!(s.orig(a), "Sprachcafé");
        assert_eq!(s.folded(b), "jobcenter");
        assert_eq!(s.len(), 2);
    }
}
