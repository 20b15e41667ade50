//! Synthetic directories for benchmarks and tests: realistic offers of a Welcome Center region
//! built from the field's word banks, deterministic for a seed. Besides the fixed banks, each
//! offer brings generated project and street names and larger directories bring more towns, so
//! the vocabulary grows with the directory as it does in real data.

mod banks;
pub mod cases;

use crate::domain::{
    AppointmentMode, Channel, Cost, Date, GroupTag, LangCode, Need, Offer, OfferId, OfferStatus,
    ProviderType, ServiceArea, SubNeed, TargetGroup,
};
use banks::{
    GENERAL, KINDS, Kind, LANGS, LEVELS, STREET_TAILS, SURNAMES, SYLLABLES, TOWN_HEADS, TOWN_TAILS, TOWNS,
    TRADES,
};

/// `n` offers, the same ones for the same seed. Offer `i` has id `O-` followed by `i`.
pub fn synthetic_offers(n: usize, seed: u64) -> Vec<Offer> {
    let mut rng = Rng(seed ^ 0x5eed_1a7e_c0ff_ee00);
    let mut towns: Vec<String> = TOWNS.iter().map(|t| t.to_string()).collect();
    // Bigger directories cover a bigger area: one more town per 400 offers.
    for _ in 0..n / 400 {
        towns.push(format!("{}{}", rng.word(TOWN_HEADS), rng.word(TOWN_TAILS)));
    }
    towns.sort();
    towns.dedup();
    let total_weight: u32 = KINDS.iter().map(|k| k.weight).sum();
    (0..n).filter_map(|i| make_offer(i, &mut rng, &towns, total_weight)).collect()
}

/// splitmix64: tiny, fast, and good enough for test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }

    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }

    fn word(&mut self, xs: &[&'static str]) -> &'static str {
        xs[self.below(xs.len())]
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn name(&mut self, syllables: usize) -> String {
        let mut s = String::new();
        for _ in 0..syllables {
            s.push_str(self.word(SYLLABLES));
        }
        let mut c = s.chars();
        c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
    }
}

fn pick_town<'a>(rng: &mut Rng, towns: &'a [String]) -> &'a str {
    let core = |rng: &mut Rng| TOWNS[rng.below(TOWNS.len())];
    let r = rng.below(100);
    if r < 15 {
        "Hafenau"
    } else if r < 40 {
        core(rng)
    } else {
        &towns[rng.below(towns.len())]
    }
}

struct Ctx<'a> {
    town: &'a str,
    name: String,
    trade: &'static str,
    level: &'static str,
    surname: &'static str,
}

fn fill(template: &str, c: &Ctx) -> String {
    template
        .replace("{town}", c.town)
        .replace("{name}", &c.name)
        .replace("{trade}", c.trade)
        .replace("{level}", c.level)
        .replace("{surname}", c.surname)
}

fn pick_kind(rng: &mut Rng, total_weight: u32) -> &'static Kind {
    let mut r = (rng.next() % u64::from(total_weight.max(1))) as u32;
    for k in KINDS {
        if r < k.weight {
            return k;
        }
        r -= k.weight;
    }
    &KINDS[0]
}

fn make_offer(i: usize, rng: &mut Rng, towns: &[String], total_weight: u32) -> Option<Offer> {
    let kind = pick_kind(rng, total_weight);
    let syllables = 2 + rng.below(3);
    let c = Ctx {
        town: pick_town(rng, towns),
        name: rng.name(syllables),
        trade: rng.word(TRADES),
        level: rng.word(LEVELS),
        surname: rng.word(SURNAMES),
    };
    let mut o = Offer::new(OfferId::parse(&format!("O-{i:06}"))?, fill(rng.word(kind.titles), &c));
    o.provider = fill(rng.word(kind.providers), &c).into();
    o.provider_type = kind.ptype;
    o.needs.push(kind.need);
    o.needs.extend(kind.also);
    if rng.chance(15) {
        let extra = *rng.pick(&Need::ALL);
        if !o.needs.contains(&extra) {
            o.needs.push(extra);
        }
    }
    o.sub_needs = subset(rng, kind.subs).into();
    if rng.chance(60) {
        o.target_groups = subset(rng, &TargetGroup::ALL).into();
    }
    if rng.chance(20) {
        o.tags.push(GroupTag::Ref);
    }
    if rng.chance(10) {
        o.tags.push(GroupTag::Eu);
    }
    if kind.ptype == ProviderType::WelcomeCenter || kind.subs.contains(&SubNeed::EmployerSupport) {
        o.tags.push(GroupTag::Emp);
    }
    o.keywords = kind.keywords.iter().filter(|_| rng.chance(50)).map(|k| (*k).into()).collect();
    o.description = description(rng, kind, &c).into();
    o.languages = languages(rng).into();
    o.town = c.town.into();
    o.postal_code = format!("{:05}", 20000 + towns.iter().position(|t| t == c.town).unwrap_or(0) * 7).into();
    let street_syllables = 2 + rng.below(2);
    o.street =
        format!("{}{} {}", rng.name(street_syllables), rng.word(STREET_TAILS), 1 + rng.below(120)).into();
    o.service_area = match (kind.ptype, rng.below(100)) {
        (ProviderType::ImmigrationOffice | ProviderType::Municipality, r) if r < 60 => ServiceArea::City,
        (_, r) if r < 20 => ServiceArea::City,
        (_, r) if r < 70 => ServiceArea::District,
        (_, r) if r < 85 => ServiceArea::State,
        (_, r) if r < 92 => ServiceArea::Nationwide,
        _ => ServiceArea::Online,
    };
    o.status = match rng.below(100) {
        0..=89 => OfferStatus::Active,
        90..=94 => OfferStatus::TemporarilyClosed,
        _ => OfferStatus::Inactive,
    };
    o.hours.note = match rng.below(10) {
        0 | 1 => "offene Sprechstunde".into(),
        2 => "Hotline".into(),
        3 => "abends nach Vereinbarung".into(),
        _ => Default::default(),
    };
    o.appointment = *rng.pick(&AppointmentMode::ALL);
    o.channels = subset(rng, &Channel::ALL).into();
    o.cost = *rng.pick(&[Cost::Free, Cost::Free, Cost::Free, Cost::Fee, Cost::Unknown]);
    o.phone = format!("0{} {}", 4100 + rng.below(900), 100_000 + rng.below(900_000)).into();
    o.email = format!("info@{}.example", c.name.to_lowercase()).into();
    o.last_verified =
        Date::from_ymd(2024 + rng.below(3) as i32, 1 + rng.below(12) as u32, 1 + rng.below(28) as u32);
    Some(o)
}

/// A non-empty random subset, in the slice's order.
fn subset<T: Copy>(rng: &mut Rng, xs: &[T]) -> Vec<T> {
    let mut out: Vec<T> = xs.iter().copied().filter(|_| rng.chance(50)).collect();
    if out.is_empty() && !xs.is_empty() {
        out.push(*rng.pick(xs));
    }
    out
}

fn languages(rng: &mut Rng) -> Vec<LangCode> {
    let mut out: Vec<LangCode> = LangCode::parse("de").into_iter().collect();
    for &(code, weight) in LANGS {
        if rng.chance(u64::from(weight)) {
            out.extend(LangCode::parse(code));
        }
    }
    out
}

/// About 300 characters: what the offer does, then general notes and a contact.
fn description(rng: &mut Rng, kind: &Kind, c: &Ctx) -> String {
    let mut parts: Vec<String> = kind.about.iter().map(|a| fill(a, c)).collect();
    let start = rng.below(parts.len());
    parts.rotate_left(start);
    if rng.chance(60) {
        parts.push(format!("Projekt {} in {} für {}.", c.name, c.town, c.trade));
    }
    let mut s = String::new();
    for p in parts {
        if s.len() > 220 {
            break;
        }
        push_sentence(&mut s, &p);
    }
    while s.len() < 260 {
        let g = rng.word(GENERAL);
        if s.contains(g) {
            push_sentence(&mut s, &format!("Ansprechperson: {}.", c.surname));
            break;
        }
        push_sentence(&mut s, g);
    }
    if s.len() < 300 {
        push_sentence(&mut s, &format!("Ansprechperson: {}.", c.surname));
    }
    s
}

fn push_sentence(s: &mut String, p: &str) {
    if !s.is_empty() {
        s.push(' ');
    }
    s.push_str(p);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_realistic() {
        let a = synthetic_offers(300, 7);
        let b = synthetic_offers(300, 7);
        assert_eq!(a, b);
        assert_ne!(a, synthetic_offers(300, 8));
        assert_eq!(a.len(), 300);
        let avg = a.iter().map(|o| o.description.chars().count()).sum::<usize>() / a.len();
        assert!((240..=380).contains(&avg), "average description length {avg}");
        assert!(a.iter().all(|o| !o.title.is_empty() && !o.provider.is_empty() && !o.needs.is_empty()));
        assert!(a.iter().any(|o| o.town == "Hafenau"));
        assert!(a.iter().any(|o| o.status == OfferStatus::Inactive));
        assert_eq!(a[5].id.as_str(), "O-000005");
    }
}
