//! Building the index: every searchable field of every offer folded into words, synonyms of
//! the built-in table added, words interned into the sorted vocabulary, and postings
//! (offer, best field) per word laid out field-major so that "not in descriptions" is a slice.
//! Also the short-text table for titles and providers and the title order for tie-breaks.

use super::facets::Facets;
use super::fold::{fold, fold_into, words};
use super::stem::Stems;
use super::synonyms::Synonyms;
use super::vocab::{FxBuild, Interner, ShortTexts, Vocab};
use crate::domain::Offer;
use std::collections::HashMap;

/// Field classes, best first. A posting keeps only the best field an offer has a word in.
/// The title, German or English.
pub(crate) const TITLE: u32 = 0;
/// Words of synonym-table forms found in the title ("abh" for "Ausländerbehörde Hafenau"):
/// below the title's own words, above the provider's.
pub(crate) const TITLE_SYN: u32 = 1;
pub(crate) const PROVIDER: u32 = 2;
pub(crate) const PROVIDER_SYN: u32 = 3;
/// The offer's keywords, town, towns served and postal code, the provider type as written,
/// synonyms found there, and the labels of its needs, sub-needs, languages, provider type and
/// tags.
pub(crate) const KEYWORDS: u32 = 4;
/// Description (German and English), opening-hours note, documents, eligibility and cost
/// notes, street, and synonyms found there (a passing mention does not rank like a keyword).
pub(crate) const DESCRIPTION: u32 = 5;
/// Number of field classes.
pub(crate) const FIELDS: usize = 6;

const FIELD_SHIFT: u32 = 29;
const OFFER_MASK: u32 = (1 << FIELD_SHIFT) - 1;
/// Offers beyond this many are not indexed (the offer number shares a u32 with the field).
pub(crate) const MAX_OFFERS: usize = OFFER_MASK as usize;

#[inline]
pub(crate) fn pack(field: u32, offer: u32) -> u32 {
    field << FIELD_SHIFT | offer
}

#[inline]
pub(crate) fn field_of(p: u32) -> u32 {
    p >> FIELD_SHIFT
}

#[inline]
pub(crate) fn offer_of(p: u32) -> u32 {
    p & OFFER_MASK
}

pub(crate) struct Index {
    pub(crate) n: usize,
    pub(crate) vocab: Vocab,
    post_starts: Vec<u32>,
    postings: Vec<u32>,
    /// (word, facet) sorted: label words find every offer with that facet
    word_facets: Vec<(u32, u32)>,
    pub(crate) facets: Facets,
    pub(crate) short: ShortTexts,
    pub(crate) title_sid: Vec<u32>,
    pub(crate) provider_sid: Vec<u32>,
    /// offer → place in the order (folded title, id); the tie-break of every ranking
    pub(crate) title_rank: Vec<u32>,
    /// place → offer
    pub(crate) by_title: Vec<u32>,
    pub(crate) synonyms: Synonyms,
    pub(crate) stems: Stems,
    /// Per vocabulary word: length of its German stem where that is shorter (0: itself).
    pub(crate) stem_de: Vec<u8>,
    /// Per vocabulary word: length of its English stem where that is a shorter prefix.
    pub(crate) stem_en: Vec<u8>,
    /// Per short text: hash of its folded words but filler words, joined by one space (a title
    /// equal to the query ranks first).
    pub(crate) short_keys: Vec<u64>,
}

/// Hash of folded words joined by one space (see `Index::short_keys`).
pub(crate) fn words_key<'a>(ws: impl Iterator<Item = &'a str>) -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = FxBuild::default().build_hasher();
    for (i, w) in ws.enumerate() {
        if i > 0 {
            h.write_u8(b' ');
        }
        h.write(w.as_bytes());
    }
    h.write_u8(0xff);
    h.finish()
}

impl Index {
    /// Length in bytes of the German stem of vocabulary word `w` (the word's length if it is
    /// its own stem).
    pub(crate) fn stem_end(&self, w: u32) -> usize {
        match self.stem_de[w as usize] {
            0 => self.vocab.word(w).len(),
            n => usize::from(n),
        }
    }

    /// Postings of a word: packed (field, offer), ascending, so field-major.
    pub(crate) fn postings(&self, w: u32) -> &[u32] {
        let i = w as usize;
        &self.postings[self.post_starts[i] as usize..self.post_starts[i + 1] as usize]
    }

    /// Facets whose labels contain the word.
    pub(crate) fn facets_of(&self, w: u32) -> impl Iterator<Item = u32> + '_ {
        let lo = self.word_facets.partition_point(|&(x, _)| x < w);
        self.word_facets[lo..].iter().take_while(move |&&(x, _)| x == w).map(|&(_, f)| f)
    }

    pub(crate) fn build(offers: &[Offer]) -> Index {
        let offers = &offers[..offers.len().min(MAX_OFFERS)];
        let n = offers.len();
        let synonyms = Synonyms::builtin();
        let facets = Facets::build(offers);
        let mut doc = DocWords::new(&synonyms);
        // Per offer its distinct words as (field << 29 | provisional word id); half the memory
        // of (word, posting) pairs, which matters for the peak while building.
        let mut doc_words: Vec<u32> = Vec::with_capacity(n * 48);
        let mut doc_starts: Vec<u32> = Vec::with_capacity(n + 1);
        for o in offers {
            doc.clear();
            doc.add(&o.title, TITLE);
            // The English title ranks like the German one: both are the offer's name.
            doc.add(o.title_en(), TITLE);
            doc.add(&o.provider, PROVIDER);
            for k in &o.keywords {
                doc.add(k, KEYWORDS);
            }
            doc.add(&o.town, KEYWORDS);
            for t in o.towns() {
                doc.add(t, KEYWORDS);
            }
            doc.add(o.provider_type_note(), KEYWORDS);
            doc.add(&o.postal_code, KEYWORDS);
            doc.add(&o.description, DESCRIPTION);
            doc.add(o.description_en(), DESCRIPTION);
            doc.add(&o.hours.note, DESCRIPTION);
            for d in &o.documents {
                doc.add(d, DESCRIPTION);
            }
            doc.add(&o.eligibility.note, DESCRIPTION);
            doc.add(&o.cost_note, DESCRIPTION);
            doc.add(&o.street, DESCRIPTION);
            doc.add_synonyms();
            doc_starts.push(doc_words.len() as u32);
            doc_words.extend(doc.best_fields().map(|(w, field)| pack(field, w)));
        }
        doc_starts.push(doc_words.len() as u32);
        let mut facet_pairs: Vec<(u32, u32)> = Vec::new();
        for (f, text) in facets.texts.iter().enumerate() {
            doc.clear();
            doc.add(text, KEYWORDS);
            doc.add_synonyms();
            facet_pairs.extend(doc.best_fields().map(|(w, _)| (w, f as u32)));
        }
        let DocWords { interner, .. } = doc;
        let (sorted, rank) = interner.into_sorted();
        let vocab = Vocab::from_sorted(sorted.iter().map(|w| &**w));
        drop(sorted);
        // Word forms: stemmed once here, one byte per word (not per keystroke).
        let stems = Stems::new();
        let (mut stem_de, mut stem_en) = (Vec::with_capacity(vocab.len()), Vec::with_capacity(vocab.len()));
        for w in 0..vocab.len() as u32 {
            let word = vocab.word(w);
            let long = word.len() >= 4 && !word.bytes().any(|b| b.is_ascii_digit());
            stem_de.push(if long { Stems::len_byte(stems.de(word)) } else { 0 });
            stem_en.push(if long { Stems::len_byte(stems.en(word)) } else { 0 });
        }

        // Counting sort by (word, field); offers stay ascending inside each bucket.
        let v = vocab.len();
        // The low 29 bits hold the provisional word id here.
        let bucket = |fw: u32| rank[offer_of(fw) as usize] as usize * FIELDS + field_of(fw) as usize;
        let mut bucket_starts = vec![0u32; v * FIELDS + 1];
        for &fw in &doc_words {
            bucket_starts[bucket(fw) + 1] += 1;
        }
        for b in 1..bucket_starts.len() {
            bucket_starts[b] += bucket_starts[b - 1];
        }
        let mut cursor = bucket_starts.clone();
        let mut postings = vec![0u32; doc_words.len()];
        for (i, se) in doc_starts.windows(2).enumerate() {
            for &fw in &doc_words[se[0] as usize..se[1] as usize] {
                let b = bucket(fw);
                postings[cursor[b] as usize] = pack(field_of(fw), i as u32);
                cursor[b] += 1;
            }
        }
        drop(doc_words);
        drop(doc_starts);
        drop(cursor);
        let post_starts: Vec<u32> = (0..=v).map(|w| bucket_starts[w * FIELDS]).collect();
        drop(bucket_starts);

        let mut word_facets: Vec<(u32, u32)> =
            facet_pairs.into_iter().map(|(w, f)| (rank[w as usize], f)).collect();
        word_facets.sort_unstable();
        word_facets.dedup();
        drop(rank);

        let (short, title_sid, provider_sid) = short_texts(offers);
        let short_keys: Vec<u64> = (0..short.len() as u32)
            .map(|s| words_key(words(short.folded(s)).filter(|w| !super::stem::is_stop(w))))
            .collect();
        let mut by_title: Vec<u32> = (0..n as u32).collect();
        by_title.sort_by(|&a, &b| {
            let (a, b) = (a as usize, b as usize);
            short
                .folded(title_sid[a])
                .cmp(short.folded(title_sid[b]))
                .then_with(|| offers[a].id.cmp(&offers[b].id))
                .then(a.cmp(&b))
        });
        let mut title_rank = vec![0u32; n];
        for (r, &o) in by_title.iter().enumerate() {
            title_rank[o as usize] = r as u32;
        }
        Index {
            n,
            vocab,
            post_starts,
            postings,
            word_facets,
            facets,
            short,
            title_sid,
            provider_sid,
            title_rank,
            by_title,
            synonyms,
            stems,
            stem_de,
            stem_en,
            short_keys,
        }
    }

    pub(crate) fn heap_bytes(&self) -> usize {
        self.vocab.heap_bytes()
            + (self.post_starts.capacity() + self.postings.capacity()) * 4
            + self.word_facets.capacity() * 8
            + self.facets.heap_bytes()
            + self.short.heap_bytes()
            + (self.title_sid.capacity()
                + self.provider_sid.capacity()
                + self.title_rank.capacity()
                + self.by_title.capacity())
                * 4
            + self.stem_de.capacity()
            + self.stem_en.capacity()
            + self.short_keys.capacity() * 8
    }
}

/// Distinct titles and providers with their offers' postings, and each offer's two text ids.
fn short_texts(offers: &[Offer]) -> (ShortTexts, Vec<u32>, Vec<u32>) {
    let mut short = ShortTexts::default();
    let mut ids: HashMap<&str, u32, FxBuild> = HashMap::default();
    let mut pairs: Vec<(u32, u32)> = Vec::with_capacity(offers.len() * 2);
    let (mut title_sid, mut provider_sid) =
        (Vec::with_capacity(offers.len()), Vec::with_capacity(offers.len()));
    for (i, o) in offers.iter().enumerate() {
        for (text, field) in [(o.title.as_str(), TITLE), (o.provider.as_str(), PROVIDER)] {
            let sid = *ids.entry(text).or_insert_with(|| short.push(text, &fold(text)));
            pairs.push((sid, pack(field, i as u32)));
            if field == TITLE { title_sid.push(sid) } else { provider_sid.push(sid) }
        }
    }
    short.seal();
    pairs.sort_unstable();
    let mut starts = vec![0u32; short.len() + 1];
    for &(sid, _) in &pairs {
        starts[sid as usize + 1] += 1;
    }
    for s in 1..starts.len() {
        starts[s] += starts[s - 1];
    }
    short.post_starts = starts;
    short.postings = pairs.into_iter().map(|(_, p)| p).collect();
    (short, title_sid, provider_sid)
}

/// The words of one offer (or one facet label) while it is indexed.
struct DocWords<'s> {
    interner: Interner,
    synonyms: &'s Synonyms,
    buf: String,
    words: Vec<(u32, u32)>,
    /// groups of synonym forms found, with the field they were found in
    groups: Vec<(u16, u32)>,
    found: Vec<u16>,
}

impl<'s> DocWords<'s> {
    fn new(synonyms: &'s Synonyms) -> Self {
        DocWords {
            interner: Interner::default(),
            synonyms,
            buf: String::new(),
            words: Vec::new(),
            groups: Vec::new(),
            found: Vec::new(),
        }
    }

    fn clear(&mut self) {
        self.words.clear();
        self.groups.clear();
    }

    fn add(&mut self, text: &str, field: u32) {
        if text.is_empty() {
            return;
        }
        fold_into(text, &mut self.buf);
        let ws: Vec<&str> = words(&self.buf).collect();
        for w in &ws {
            self.words.push((self.interner.intern(w), field));
        }
        self.found.clear();
        self.synonyms.find_groups(&ws, &mut self.found);
        self.groups.extend(self.found.iter().map(|&g| (g, field)));
    }

    /// Adds every word of every form of the groups found. Forms found in the title or
    /// provider rank just below that field's own words; elsewhere they keep the field.
    fn add_synonyms(&mut self) {
        self.groups.sort_unstable();
        self.groups.dedup();
        for &(g, field) in &self.groups {
            let field = match field {
                TITLE => TITLE_SYN,
                PROVIDER => PROVIDER_SYN,
                f => f,
            };
            for w in self.synonyms.group_words(g) {
                self.words.push((self.interner.intern(w), field));
            }
        }
    }

    /// Each distinct word once, with the best field it occurs in.
    fn best_fields(&mut self) -> impl Iterator<Item = (u32, u32)> + '_ {
        self.words.sort_unstable();
        self.words.dedup_by_key(|&mut (w, _)| w);
        self.words.iter().copied()
    }
}
