//! TEMPORARY stand-in with the agreed API while the real index is built on branch `search`.
//! Naive: folded substring on title/provider/keywords/description. Replaced at merge.

use crate::domain::{GroupTag, LangCode, Need, Offer, OfferStatus, TargetGroup};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub needs: Vec<Need>,
    pub groups: Vec<TargetGroup>,
    pub tags: Vec<GroupTag>,
    pub languages: Vec<LangCode>,
    pub town: Option<String>,
    pub include_inactive: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Results {
    pub total: usize,
    pub hits: Vec<Hit>,
}

#[derive(Debug, Clone)]
pub struct Hit {
    pub offer: usize,
    pub score: u32,
    pub title: Vec<usize>,
    pub provider: Vec<usize>,
}

pub struct SearchIndex {
    offers: Vec<Offer>,
}

pub fn fold(s: &str) -> String {
    s.to_lowercase()
}

impl SearchIndex {
    pub fn build(offers: &[Offer]) -> SearchIndex {
        SearchIndex { offers: offers.to_vec() }
    }

    pub fn len(&self) -> usize {
        self.offers.len()
    }

    pub fn is_empty(&self) -> bool {
        self.offers.is_empty()
    }

    pub fn search(&mut self, query: &str, f: &Filters, limit: usize) -> Results {
        let words: Vec<String> = query.split_whitespace().map(fold).collect();
        let mut hits: Vec<Hit> = Vec::new();
        for (i, o) in self.offers.iter().enumerate() {
            let pass = (f.include_inactive || o.status != OfferStatus::Inactive)
                && (f.needs.is_empty() || f.needs.iter().any(|n| o.needs.contains(n)))
                && (f.groups.is_empty() || f.groups.iter().any(|g| o.serves_group(*g)))
                && (f.tags.is_empty() || f.tags.iter().any(|t| o.tags.contains(t)))
                && (f.languages.is_empty() || f.languages.iter().any(|l| o.speaks(l)))
                && f.town.as_ref().is_none_or(|t| o.serves_town(t));
            if !pass {
                continue;
            }
            let hay = fold(&format!("{} {} {} {}", o.title, o.provider, o.keywords.join(" "), o.description));
            if words.iter().all(|w| hay.contains(w.as_str())) {
                let t = fold(&o.title);
                let score = words.iter().filter(|w| t.contains(w.as_str())).count() as u32;
                hits.push(Hit { offer: i, score, title: vec![], provider: vec![] });
            }
        }
        hits.sort_by(|a, b| {
            b.score.cmp(&a.score).then(self.offers[a.offer].title.cmp(&self.offers[b.offer].title))
        });
        let total = hits.len();
        hits.truncate(limit);
        Results { total, hits }
    }
}
