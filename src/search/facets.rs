//! Per-offer facets: which offers have each need, sub-need, language, provider type and tag
//! (sorted offer lists, shared by the filters and by the label words "Wohnen"/"housing" that
//! find them), plus the lists behind the group, town, status, upkeep (stale, possible
//! duplicates) filters, and the bitset a `Filters` value turns into.

use super::Filters;
use crate::domain::text::fold;
use crate::domain::{Date, GroupTag, LangCode, Need, Offer, OfferStatus, ProviderType, ServiceArea, SubNeed};
use crate::i18n::{Label, Lang, language_name};
use std::collections::HashMap;

pub(crate) struct Facets {
    /// facet id → offers (ascending)
    pub(crate) lists: Vec<Vec<u32>>,
    /// facet id → searchable text (German and English labels)
    pub(crate) texts: Vec<String>,
    langs: Vec<(LangCode, u32)>,
    groups: [Vec<u32>; 4],
    no_groups: Vec<u32>,
    inactive: Vec<u32>,
    not_city: Vec<u32>,
    /// town (trimmed, ASCII lower case, as `Offer::serves_town` compares) → city-only offers and
    /// offers that name the town among their towns
    city_offers: HashMap<String, Vec<u32>>,
    /// town (German-folded, as `Offer::serves_town` compares) → offers that exclude it
    /// ("nicht für (Orte)": the district's immigration office does not serve the city)
    excluded: HashMap<String, Vec<u32>>,
    /// offer → last verified, for the stale filter (which depends on the day)
    verified: Vec<Option<Date>>,
    /// offers with at least one possible duplicate (ascending)
    dup_offers: Vec<u32>,
    /// offer → its group of possible duplicates, `NO_GROUP` for none
    dup_group: Vec<u32>,
    /// the groups' members, group after group; group `g` is `dup_members[dup_starts[g]..dup_starts[g + 1]]`
    dup_members: Vec<u32>,
    dup_starts: Vec<u32>,
}

const NO_GROUP: u32 = u32::MAX;

const SUB_BASE: usize = Need::ALL.len();
const PTYPE_BASE: usize = SUB_BASE + SubNeed::ALL.len();
const TAG_BASE: usize = PTYPE_BASE + ProviderType::ALL.len();
const LANG_BASE: usize = TAG_BASE + GroupTag::ALL.len();

fn labels<L: Label>(l: &L) -> String {
    format!("{} {}", l.label(Lang::De), l.label(Lang::En))
}

impl Facets {
    pub(crate) fn build(offers: &[Offer]) -> Facets {
        let mut texts: Vec<String> = Vec::new();
        texts.extend(Need::ALL.iter().map(labels));
        texts.extend(SubNeed::ALL.iter().map(labels));
        texts.extend(ProviderType::ALL.iter().map(labels));
        texts.extend(GroupTag::ALL.iter().map(labels));
        let mut codes: Vec<LangCode> = offers.iter().flat_map(|o| o.languages.iter().cloned()).collect();
        codes.sort();
        codes.dedup();
        let mut langs = Vec::with_capacity(codes.len());
        for (i, code) in codes.into_iter().enumerate() {
            let (de, en) = (language_name(&code, Lang::De), language_name(&code, Lang::En));
            // Unknown codes have no name: do not make the bare code a search word. German is
            // spoken nearly everywhere: as a search word it would drown "Deutsch lernen".
            let searchable = de != code.as_str() && code.as_str() != "de";
            texts.push(if searchable { format!("{de} {en}") } else { String::new() });
            langs.push((code, (LANG_BASE + i) as u32));
        }
        let mut f = Facets {
            lists: vec![Vec::new(); texts.len()],
            texts,
            langs,
            groups: Default::default(),
            no_groups: Vec::new(),
            inactive: Vec::new(),
            not_city: Vec::new(),
            city_offers: HashMap::new(),
            excluded: HashMap::new(),
            verified: offers.iter().map(|o| o.last_verified).collect(),
            dup_offers: Vec::new(),
            dup_group: vec![NO_GROUP; offers.len()],
            dup_members: Vec::new(),
            dup_starts: vec![0],
        };
        // Found once per build: the index is rebuilt whenever an offer changes.
        for (g, members) in crate::domain::duplicates::duplicate_groups(offers).into_iter().enumerate() {
            for m in members {
                f.dup_group[m] = g as u32;
                f.dup_members.push(m as u32);
            }
            f.dup_starts.push(f.dup_members.len() as u32);
        }
        f.dup_offers = f.dup_members.clone();
        f.dup_offers.sort_unstable();
        for (i, o) in offers.iter().enumerate() {
            let i = i as u32;
            let mut ids: Vec<usize> = Vec::new();
            ids.extend(o.needs.iter().map(|&n| n as usize));
            ids.extend(o.sub_needs.iter().map(|&s| SUB_BASE + s as usize));
            ids.push(PTYPE_BASE + o.provider_type as usize);
            ids.extend(o.tags.iter().map(|&t| TAG_BASE + t as usize));
            ids.extend(o.languages.iter().filter_map(|l| f.lang_facet(l)).map(|id| id as usize));
            ids.sort_unstable();
            ids.dedup();
            for id in ids {
                f.lists[id].push(i);
            }
            if o.target_groups.is_empty() {
                f.no_groups.push(i);
            }
            let mut gs: Vec<usize> = o.target_groups.iter().map(|&g| g as usize).collect();
            gs.sort_unstable();
            gs.dedup();
            for g in gs {
                f.groups[g].push(i);
            }
            if o.status == OfferStatus::Inactive {
                f.inactive.push(i);
            }
            let mut excluded: Vec<String> = o.area_excludes.iter().map(|t| fold(t)).collect();
            excluded.sort_unstable();
            excluded.dedup();
            for t in excluded {
                f.excluded.entry(t).or_default().push(i);
            }
            if !o.towns().is_empty() {
                // An offer that names its towns serves those (`Offer::serves_town`).
                let mut towns: Vec<String> =
                    o.towns().iter().map(|t| t.trim().to_ascii_lowercase()).collect();
                towns.sort_unstable();
                towns.dedup();
                for t in towns {
                    f.city_offers.entry(t).or_default().push(i);
                }
            } else if o.service_area == ServiceArea::City {
                f.city_offers.entry(o.town.trim().to_ascii_lowercase()).or_default().push(i);
            } else {
                f.not_city.push(i);
            }
        }
        f
    }

    /// The other members of the offer's group of possible duplicates.
    pub(crate) fn duplicates_of(&self, offer: usize) -> Vec<usize> {
        let Some(&g) = self.dup_group.get(offer).filter(|&&g| g != NO_GROUP) else { return Vec::new() };
        let (a, b) = (self.dup_starts[g as usize] as usize, self.dup_starts[g as usize + 1] as usize);
        self.dup_members[a..b].iter().map(|&m| m as usize).filter(|&m| m != offer).collect()
    }

    pub(crate) fn duplicate_count(&self) -> usize {
        self.dup_offers.len()
    }

    fn lang_facet(&self, code: &LangCode) -> Option<u32> {
        self.langs.binary_search_by(|(c, _)| c.cmp(code)).ok().map(|i| self.langs[i].1)
    }

    /// Offers passing the filters.
    pub(crate) fn mask(&self, n: usize, filters: &Filters) -> Bitset {
        let mut m = Bitset::full(n);
        if !filters.include_inactive {
            for &o in &self.inactive {
                m.remove(o);
            }
        }
        if !filters.needs.is_empty() {
            m.and_any(n, filters.needs.iter().map(|&need| &self.lists[need as usize]));
        }
        if !filters.groups.is_empty() {
            let lists = filters.groups.iter().map(|&g| &self.groups[g as usize]);
            m.and_any(n, lists.chain(std::iter::once(&self.no_groups)));
        }
        if !filters.tags.is_empty() {
            m.and_any(n, filters.tags.iter().map(|&t| &self.lists[TAG_BASE + t as usize]));
        }
        if !filters.languages.is_empty() {
            let ids: Vec<u32> = filters.languages.iter().filter_map(|l| self.lang_facet(l)).collect();
            m.and_any(n, ids.iter().map(|&id| &self.lists[id as usize]));
        }
        if let Some(town) = &filters.town {
            let here = self.city_offers.get(&town.trim().to_ascii_lowercase());
            m.and_any(n, std::iter::once(&self.not_city).chain(here));
            for &o in self.excluded.get(&fold(town)).into_iter().flatten() {
                m.remove(o);
            }
        }
        if let Some(day) = filters.stale_on {
            for (i, v) in self.verified.iter().enumerate() {
                if !crate::domain::offer::stale(*v, day) {
                    m.remove(i as u32);
                }
            }
        }
        if filters.duplicates {
            m.and_any(n, std::iter::once(&self.dup_offers));
        }
        m
    }

    pub(crate) fn heap_bytes(&self) -> usize {
        let lists: usize = self.lists.iter().map(|l| l.capacity() * 4 + 24).sum();
        let texts: usize = self.texts.iter().map(|t| t.capacity() + 24).sum();
        let towns: usize = self
            .city_offers
            .iter()
            .chain(&self.excluded)
            .map(|(k, v)| k.capacity() + v.capacity() * 4 + 64)
            .sum();
        let groups: usize = self.groups.iter().map(|g| g.capacity() * 4).sum();
        lists
            + texts
            + towns
            + groups
            + (self.no_groups.capacity() + self.inactive.capacity() + self.not_city.capacity()) * 4
            + self.verified.capacity() * std::mem::size_of::<Option<Date>>()
            + (self.dup_offers.capacity()
                + self.dup_group.capacity()
                + self.dup_members.capacity()
                + self.dup_starts.capacity())
                * 4
    }
}

/// A set of offers as bits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Bitset {
    words: Vec<u64>,
}

impl Bitset {
    pub(crate) fn empty(n: usize) -> Bitset {
        Bitset { words: vec![0; n.div_ceil(64)] }
    }

    pub(crate) fn full(n: usize) -> Bitset {
        let mut b = Bitset { words: vec![u64::MAX; n.div_ceil(64)] };
        if let (true, Some(last)) = (!n.is_multiple_of(64), b.words.last_mut()) {
            *last = (1u64 << (n % 64)) - 1;
        }
        b
    }

    #[inline]
    pub(crate) fn contains(&self, i: u32) -> bool {
        self.words.get(i as usize / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    pub(crate) fn insert(&mut self, i: u32) {
        if let Some(w) = self.words.get_mut(i as usize / 64) {
            *w |= 1 << (i % 64);
        }
    }

    pub(crate) fn remove(&mut self, i: u32) {
        if let Some(w) = self.words.get_mut(i as usize / 64) {
            *w &= !(1 << (i % 64));
        }
    }

    /// Keeps only members of at least one of the lists.
    fn and_any<'a>(&mut self, n: usize, lists: impl Iterator<Item = &'a Vec<u32>>) {
        let mut any = Bitset::empty(n);
        for l in lists {
            for &o in l {
                any.insert(o);
            }
        }
        for (w, a) in self.words.iter_mut().zip(&any.words) {
            *w &= a;
        }
    }

    pub(crate) fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    pub(crate) fn heap_bytes(&self) -> usize {
        self.words.capacity() * 8
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bitset_edges() {
        let b = Bitset::full(65);
        assert_eq!(b.count(), 65);
        assert!(b.contains(64));
        assert!(!b.contains(65));
        let mut e = Bitset::empty(10);
        e.insert(3);
        e.insert(99);
        assert_eq!(e.count(), 1);
        assert_eq!(Bitset::full(64).count(), 64);
        assert_eq!(Bitset::full(0).count(), 0);
    }
}
