//! Cell values to domain values: codes, German and English labels and a few common synonyms
//! for every coded field, lists separated by `|` or `,`, and the value formats the export
//! writes. Matching is folded (case, umlauts/ae, spaces and punctuation do not matter).

use super::text::fold;
use crate::domain::*;
use crate::i18n::{Label, Lang};

/// Splits a list cell: on `|` when there is one, else on `,`. Items are trimmed, empty ones
/// dropped (so the export can end a single item that holds a comma with `|`).
pub fn split_list(cell: &str) -> Vec<&str> {
    let sep = if cell.contains('|') { '|' } else { ',' };
    cell.split(sep).map(str::trim).filter(|s| !s.is_empty()).collect()
}

/// Finds the variant whose code, German or English label or synonym matches `s`.
fn lookup<E: Copy + Label>(
    all: &[E],
    code: fn(E) -> &'static str,
    synonyms: &[(&str, E)],
    s: &str,
) -> Option<E> {
    let s = s.trim();
    if let Some(e) = all.iter().copied().find(|e| code(*e).eq_ignore_ascii_case(s)) {
        return Some(e);
    }
    let f = fold(s);
    if f.is_empty() {
        return None;
    }
    all.iter()
        .copied()
        .find(|e| fold(code(*e)) == f || fold(e.label(Lang::De)) == f || fold(e.label(Lang::En)) == f)
        .or_else(|| synonyms.iter().find(|(name, _)| fold(name) == f).map(|(_, e)| *e))
}

pub fn need(s: &str) -> Option<Need> {
    lookup(&Need::ALL, Need::code, NEED_SYN, s)
}

/// A need by code, label or synonym; else by one need's label or synonym inside the item
/// ("Deutschkurse für Eltern" → SPR), with the code it became.
pub fn need_tolerant(s: &str) -> Option<(Need, Option<String>)> {
    if let Some(n) = need(s) {
        return Some((n, None));
    }
    let f = fold(s);
    let mut hits: Vec<Need> = Vec::new();
    for n in Need::ALL {
        let names = [n.label(Lang::De), n.label(Lang::En)];
        let syns = NEED_SYN.iter().filter(|(_, x)| *x == n).map(|(name, _)| *name);
        if names.into_iter().chain(syns).any(|name| {
            let name = fold(name);
            name.len() >= 5 && f.contains(&name)
        }) && !hits.contains(&n)
        {
            hits.push(n);
        }
    }
    match hits.as_slice() {
        [one] => Some((*one, Some(one.code().to_string()))),
        _ => None,
    }
}

use Need::*;
const NEED_SYN: &[(&str, Need)] = &[
    ("Sprache", Spr),
    ("Deutsch", Spr),
    ("Deutschkurs", Spr),
    ("Sprachkurs", Spr),
    ("language", Spr),
    ("German", Spr),
    ("Arbeit", Arb),
    ("Beruf", Arb),
    ("Job", Arb),
    ("Jobsuche", Arb),
    ("Arbeitssuche", Arb),
    ("work", Arb),
    ("employment", Arb),
    ("job search", Arb),
    ("Wohnung", Woh),
    ("Wohnungssuche", Woh),
    ("recognition", Ane),
    ("Aufenthalt", Auf),
    ("Einreise", Auf),
    ("Visum", Auf),
    ("residence", Auf),
    ("immigration", Auf),
    ("Arbeitsrecht", Arr),
    ("faire Arbeit", Arr),
    ("labour law", Arr),
    ("Ausbildung", Bil),
    ("Studium", Bil),
    ("Weiterbildung", Bil),
    ("Studium & Weiterbildung", Bil),
    ("education", Bil),
    ("training", Bil),
    ("Kinderbetreuung", Kin),
    ("Schule", Kin),
    ("Kita", Kin),
    ("childcare", Kin),
    ("school", Kin),
    ("family", Fam),
    ("health", Ges),
    ("Finanzen", Fin),
    ("Geld", Fin),
    ("Steuern", Fin),
    ("Sozialversicherung", Fin),
    ("money", Fin),
    ("tax & social security", Fin),
    ("finance", Fin),
    ("Alltag", All),
    ("Behörden", All),
    ("everyday life", All),
    ("Freizeit", Gem),
    ("Netzwerk", Gem),
    ("leisure", Gem),
    ("networking", Gem),
    ("Schutz", Dis),
    ("Antidiskriminierung", Dis),
    ("Diskriminierung", Dis),
    ("discrimination", Dis),
    ("protection", Dis),
];

pub fn sub_need(s: &str) -> Option<SubNeed> {
    lookup(SubNeed::ALL, SubNeed::code, &[], s)
}

/// A target group or a tag, from one list item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupItem {
    Group(TargetGroup),
    Tag(GroupTag),
    /// "alle"/"all": no restriction, the same as an empty cell.
    All,
}

pub fn group_item(s: &str) -> Option<GroupItem> {
    if ["alle", "all", "allezielgruppen", "everyone"].iter().any(|a| fold(s) == *a) {
        return Some(GroupItem::All);
    }
    const TAGS: &[(&str, GroupTag)] =
        &[("Flüchtlinge", GroupTag::Ref), ("Geflüchtete", GroupTag::Ref), ("Arbeitgeber", GroupTag::Emp)];
    lookup(&TargetGroup::ALL, TargetGroup::code, &[], s)
        .map(GroupItem::Group)
        .or_else(|| lookup(&GroupTag::ALL, GroupTag::code, TAGS, s).map(GroupItem::Tag))
}

/// A group or tag by code or label; else by words a sheet uses for it ("Studierende",
/// "Geflüchtete", "EU-Bürger", "Unternehmen"), when only one group is meant.
pub fn group_tolerant(s: &str) -> Option<(GroupItem, Option<String>)> {
    if let Some(g) = group_item(s) {
        return Some((g, None));
    }
    use GroupItem::{Group, Tag};
    const WORDS: &[(&str, GroupItem)] = &[
        ("fachkraefte", Group(TargetGroup::A)),
        ("fachkraft", Group(TargetGroup::A)),
        ("neuzugewanderte", Group(TargetGroup::A)),
        ("skilledworkers", Group(TargetGroup::A)),
        ("familienangehoerige", Group(TargetGroup::B)),
        ("angehoerige", Group(TargetGroup::B)),
        ("familymembers", Group(TargetGroup::B)),
        ("studierende", Group(TargetGroup::C)),
        ("studenten", Group(TargetGroup::C)),
        ("absolvent", Group(TargetGroup::C)),
        ("auszubildende", Group(TargetGroup::C)),
        ("azubis", Group(TargetGroup::C)),
        ("students", Group(TargetGroup::C)),
        ("graduates", Group(TargetGroup::C)),
        ("arbeitsmarkthemmnis", Group(TargetGroup::D)),
        ("gefluechtete", Tag(GroupTag::Ref)),
        ("fluechtlinge", Tag(GroupTag::Ref)),
        ("refugees", Tag(GroupTag::Ref)),
        ("eubuerger", Tag(GroupTag::Eu)),
        ("unionsbuerger", Tag(GroupTag::Eu)),
        ("arbeitgeber", Tag(GroupTag::Emp)),
        ("unternehmen", Tag(GroupTag::Emp)),
        ("betriebe", Tag(GroupTag::Emp)),
        ("employers", Tag(GroupTag::Emp)),
    ];
    let f = fold(s);
    let mut hits: Vec<GroupItem> = WORDS.iter().filter(|(w, _)| f.contains(w)).map(|(_, g)| *g).collect();
    hits.dedup();
    match hits.as_slice() {
        [one] => {
            let code = match one {
                Group(g) => g.code(),
                Tag(t) => t.code(),
                GroupItem::All => "alle",
            };
            Some((*one, Some(code.to_string())))
        }
        _ => None,
    }
}

/// A language by ISO 639-1 code; else by ISO 639-2/3 code or by its German or English name
/// ("deu", "Arabisch", "Farsi"), with the code it became.
pub fn language_tolerant(s: &str) -> Option<(LangCode, Option<String>)> {
    if let Some(l) = LangCode::parse(s) {
        return Some((l, None));
    }
    let by_table = match super::maps::language().find(s) {
        Some(super::maps::Found::Exact(c)) => LangCode::parse(c),
        _ => None,
    };
    let f = fold(s);
    let code = by_table.or_else(|| language_names().iter().find(|(n, _)| *n == f).map(|(_, c)| *c))?;
    Some((code, Some(code.as_str().to_string())))
}

/// Folded German and English names of every language the program can name.
fn language_names() -> &'static [(String, LangCode)] {
    static NAMES: std::sync::OnceLock<Vec<(String, LangCode)>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        let mut out = Vec::new();
        for a in b'a'..=b'z' {
            for b in b'a'..=b'z' {
                let Some(code) = LangCode::parse(&format!("{}{}", a as char, b as char)) else { continue };
                for lang in [Lang::De, Lang::En] {
                    let name = crate::i18n::language_name(&code, lang);
                    if name != code.as_str() {
                        out.push((fold(&name), code));
                    }
                }
            }
        }
        out
    })
}

/// A phone number with a label in front ("Tel.: 0123 456"), without it.
pub fn fix_phone(s: &str) -> Option<String> {
    let lower = s.to_lowercase();
    let prefixes = ["telefon", "phone", "tel", "fon"];
    let p = prefixes.iter().find(|p| lower.starts_with(*p))?;
    let rest = s.get(p.len()..)?.trim_start_matches(['.', ':', ' ']).replace(['–', '‑'], "-");
    (!rest.is_empty()).then(|| rest.trim().to_string())
}

/// An e-mail address as people write it to dodge spam ("info(at)x.de", "mailto:…").
pub fn fix_email(s: &str) -> Option<String> {
    // ASCII lower case only: it keeps every byte where it is, so positions found in it are
    // positions in the text.
    let mut t = s.trim().to_string();
    if t.to_ascii_lowercase().starts_with("mailto:") {
        t = t[7..].to_string();
    }
    for at in ["(at)", "[at]", "{at}", " at ", "(@)"] {
        if let Some(i) = t.to_ascii_lowercase().find(at) {
            t = format!("{}@{}", &t[..i], &t[i + at.len()..]);
        }
    }
    for dot in ["(dot)", "[dot]", "(punkt)", " dot "] {
        while let Some(i) = t.to_ascii_lowercase().find(dot) {
            t = format!("{}.{}", &t[..i], &t[i + dot.len()..]);
        }
    }
    let t: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    (t != s).then_some(t)
}

/// A web address with a scheme other than http(s): "javascript:…", "file:…", "data:…".
pub fn foreign_scheme(s: &str) -> bool {
    let lower = s.trim().to_ascii_lowercase();
    match lower.split_once(':') {
        Some((scheme, _)) => {
            !scheme.is_empty()
                && scheme.bytes().all(|b| b.is_ascii_alphabetic())
                && scheme != "http"
                && scheme != "https"
        }
        None => false,
    }
}

/// Dates as sheets write them besides TT.MM.JJJJ and ISO: "2026/01/15", "15/01/2026",
/// "15.01.26", and a month alone ("03/2025", "März 2025", "Stand: 2025-03"), which counts as
/// its first day.
pub fn date_tolerant(s: &str) -> Option<Date> {
    let s = s.trim();
    let s = match s.split_once(':') {
        Some((label, rest)) if label.chars().all(char::is_alphabetic) => rest.trim(),
        _ => s,
    };
    let nums: Vec<&str> = s.split(['/', '.', '-', ' ']).filter(|p| !p.is_empty()).collect();
    let n = |x: &str| x.parse::<u32>().ok();
    const MONTHS: [[&str; 3]; 12] = [
        ["januar", "jan", "january"],
        ["februar", "feb", "february"],
        ["maerz", "mar", "march"],
        ["april", "apr", "april"],
        ["mai", "may", "may"],
        ["juni", "jun", "june"],
        ["juli", "jul", "july"],
        ["august", "aug", "august"],
        ["september", "sep", "september"],
        ["oktober", "okt", "october"],
        ["november", "nov", "november"],
        ["dezember", "dez", "december"],
    ];
    match nums.as_slice() {
        [a, b, c] => {
            let (a, b, c) = (n(a)?, n(b)?, n(c)?);
            if a > 31 {
                Date::from_ymd(a as i32, b, c)
            } else {
                let y = if c < 100 { 2000 + c } else { c };
                Date::from_ymd(y as i32, b, a)
            }
        }
        [a, b] => {
            let month_word = MONTHS.iter().position(|m| m.contains(&fold(a).as_str()));
            let (m, y) = match (month_word, n(a), n(b)) {
                (Some(m), _, Some(y)) => (m as u32 + 1, y),
                (None, Some(a), Some(b)) if a > 31 => (b, a),
                (None, Some(a), Some(b)) => (a, b),
                _ => return None,
            };
            (y >= 1000).then(|| Date::from_ymd(y as i32, m, 1)).flatten()
        }
        _ => None,
    }
}

/// The whole number at the start of a cell ("18 Jahre", "27+"), 0–120.
pub fn leading_age(s: &str) -> Option<u8> {
    let digits: String = s.trim().chars().take_while(char::is_ascii_digit).collect();
    let rest = s.trim()[digits.len()..].chars().next();
    if digits.is_empty() || rest.is_some_and(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return None;
    }
    age(&digits)
}

/// A service area written as places: "Neustadt", "Neustadt, Altdorf", "Neustadt, Landkreis
/// Flusstal", "bundesweit". The widest area named wins; towns alone are a city-only offer
/// (its own town), the whole district (every town the region has), or a list of towns served.
pub fn area_from_towns(
    text: &str,
    own_town: &str,
    region: &super::apply::Region,
) -> (ServiceArea, Vec<String>) {
    let mut items: Vec<String> = Vec::new();
    let spaced = format!(" {text} ");
    let mut rest = spaced.as_str().to_string();
    for w in [" und ", " sowie ", " and ", " u. "] {
        rest = rest.replace(w, ",");
    }
    for item in rest.split([',', ';', '/', '|', '+', '&']) {
        let item = item.trim().trim_end_matches('.');
        if !item.is_empty() {
            items.push(item.to_string());
        }
    }
    const STATES: &[&str] = &[
        "badenwuerttemberg",
        "bayern",
        "brandenburg",
        "hessen",
        "mecklenburgvorpommern",
        "niedersachsen",
        "nordrheinwestfalen",
        "nrw",
        "rheinlandpfalz",
        "saarland",
        "sachsen",
        "sachsenanhalt",
        "schleswigholstein",
        "thueringen",
    ];
    let mut widest: Option<ServiceArea> = None;
    let mut towns: Vec<String> = Vec::new();
    let widen = |w: &mut Option<ServiceArea>, a: ServiceArea| {
        if w.is_none_or(|x| a > x) {
            *w = Some(a);
        }
    };
    for item in items {
        let words: Vec<String> = item.split_whitespace().map(fold).filter(|w| !w.is_empty()).collect();
        let all = fold(&item);
        let first = words.first().map(String::as_str).unwrap_or_default();
        if ["online", "digital", "ueberall", "weltweit", "worldwide", "remote"].contains(&all.as_str()) {
            widen(&mut widest, ServiceArea::Online);
        } else if [
            "bundesweit",
            "deutschlandweit",
            "deutschland",
            "ganzdeutschland",
            "bund",
            "nationwide",
            "germany",
        ]
        .contains(&all.as_str())
        {
            widen(&mut widest, ServiceArea::Nationwide);
        } else if ["land", "bundesland", "landesweit"].contains(&all.as_str())
            || STATES.contains(&all.as_str())
            || (["land", "ganz", "bundesland"].contains(&first) && words.len() > 1)
        {
            widen(&mut widest, ServiceArea::State);
        } else if ["landkreis", "kreis", "lk", "region", "district", "county", "kreisgebiet", "ganzer"]
            .contains(&first)
            || all.contains("landkreis")
            || all.ends_with("kreis")
            || all.contains("kreisweit")
            || all.contains("umgebung")
            || all.contains("umland")
            || all == "alleorte"
            || all == "allegemeinden"
        {
            widen(&mut widest, ServiceArea::District);
        } else {
            let name = match first {
                "stadt" | "stadtgebiet" | "nur" | "city" | "gemeinde" if words.len() > 1 => {
                    item.split_once(char::is_whitespace).map_or(item.as_str(), |(_, r)| r.trim())
                }
                _ => item.as_str(),
            };
            let name = region.spelling(name).unwrap_or(name).to_string();
            if !towns.iter().any(|t| fold(t) == fold(&name)) {
                towns.push(name);
            }
        }
    }
    if let Some(a) = widest {
        return (a, Vec::new());
    }
    let own = fold(own_town);
    match towns.as_slice() {
        [] => (ServiceArea::District, Vec::new()),
        [one] if fold(one) == own => (ServiceArea::City, Vec::new()),
        _ if region.len() >= 2 && region_covered(&towns, region) => (ServiceArea::District, Vec::new()),
        [_] => (ServiceArea::City, towns),
        _ => (ServiceArea::District, towns),
    }
}

fn region_covered(towns: &[String], region: &super::apply::Region) -> bool {
    let named: Vec<String> = towns.iter().map(|t| fold(t)).collect();
    region.folded().all(|t| named.iter().any(|n| n == t))
}

pub fn provider_type(s: &str) -> Option<ProviderType> {
    use ProviderType::*;
    const SYN: &[(&str, ProviderType)] = &[
        ("ABH", ImmigrationOffice),
        ("Jobcenter", EmploymentAgency),
        ("Agentur für Arbeit", EmploymentAgency),
        ("Arbeitsagentur", EmploymentAgency),
        ("Familienkasse", EmploymentAgency),
        ("IHK", Chamber),
        ("HWK", Chamber),
        ("Beratung", Counselling),
        ("VHS", LanguageSchool),
        ("Volkshochschule", LanguageSchool),
        ("Hochschule", Education),
        ("Universität", Education),
        ("Schule", Education),
        ("Krankenkasse", Health),
        ("MSO", MigrantOrganisation),
        ("Verein", Volunteer),
        ("Stadt", Municipality),
        ("Landkreis", Municipality),
        ("Sonstiges", Other),
    ];
    lookup(&ProviderType::ALL, ProviderType::code, SYN, s)
}

pub fn service_area(s: &str) -> Option<ServiceArea> {
    use ServiceArea::*;
    const SYN: &[(&str, ServiceArea)] = &[
        ("city", City),
        ("Kreis", District),
        ("district", District),
        ("Bundesland", State),
        ("state", State),
        ("Deutschland", Nationwide),
        ("Germany", Nationwide),
    ];
    lookup(&ServiceArea::ALL, ServiceArea::code, SYN, s)
}

pub fn appointment(s: &str) -> Option<AppointmentMode> {
    use AppointmentMode::*;
    const SYN: &[(&str, AppointmentMode)] = &[
        ("required", Required),
        ("nötig", Required),
        ("notwendig", Required),
        ("recommended", Recommended),
        ("ohne Termin", WalkIn),
        ("offene Sprechstunde", WalkIn),
        ("walk in", WalkIn),
        ("unknown", Unknown),
    ];
    lookup(&AppointmentMode::ALL, AppointmentMode::code, SYN, s)
}

pub fn channel(s: &str) -> Option<Channel> {
    use Channel::*;
    const SYN: &[(&str, Channel)] = &[
        ("Tel", Phone),
        ("Mail", Email),
        ("persönlich", OnSite),
        ("in person", OnSite),
        ("Videoberatung", Video),
        ("online", Video),
    ];
    lookup(&Channel::ALL, Channel::code, SYN, s)
}

pub fn cost(s: &str) -> Option<Cost> {
    use Cost::*;
    const SYN: &[(&str, Cost)] =
        &[("gratis", Free), ("frei", Free), ("gebührenfrei", Free), ("Gebühr", Fee), ("paid", Fee)];
    lookup(&Cost::ALL, Cost::code, SYN, s)
}

pub fn status(s: &str) -> Option<OfferStatus> {
    use OfferStatus::*;
    const SYN: &[(&str, OfferStatus)] =
        &[("geschlossen", TemporarilyClosed), ("closed", TemporarilyClosed), ("eingestellt", Inactive)];
    lookup(&OfferStatus::ALL, OfferStatus::code, SYN, s)
}

pub fn residence(s: &str) -> Option<ResidenceBasis> {
    lookup(&ResidenceBasis::ALL, ResidenceBasis::code, &[], s)
}

pub fn german_level(s: &str) -> Option<GermanLevel> {
    GermanLevel::parse(s).or_else(|| lookup(&GermanLevel::ALL, GermanLevel::code, &[], s))
}

/// A whole number of years, 0–120.
pub fn age(s: &str) -> Option<u8> {
    s.trim().parse::<u8>().ok().filter(|a| *a <= MAX_AGE)
}

pub const MAX_AGE: u8 = 120;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_split_on_bar_or_comma() {
        assert_eq!(split_list("SPR| ARB |"), ["SPR", "ARB"]);
        assert_eq!(split_list("de, en"), ["de", "en"]);
        assert_eq!(split_list("Zeugnisse (Original, Kopie)|"), ["Zeugnisse (Original, Kopie)"]);
        assert!(split_list(" ").is_empty());
    }

    #[test]
    fn needs_by_code_label_and_synonym() {
        assert_eq!(need("spr"), Some(Need::Spr));
        assert_eq!(need("Deutsch lernen"), Some(Need::Spr));
        assert_eq!(need("Learning German"), Some(Need::Spr));
        assert_eq!(need("Sprache"), Some(Need::Spr));
        assert_eq!(need("language"), Some(Need::Spr));
        assert_eq!(need("Arbeit und Beruf"), Some(Need::Arb));
        assert_eq!(need("Alltag & Behoerden"), Some(Need::All));
        assert_eq!(need("XYZ"), None);
        assert_eq!(need(""), None);
    }

    #[test]
    fn every_label_finds_its_variant() {
        for n in Need::ALL {
            assert_eq!(need(n.label(Lang::De)), Some(n));
            assert_eq!(need(n.label(Lang::En)), Some(n));
        }
        for s in SubNeed::ALL {
            assert_eq!(sub_need(s.label(Lang::De)), Some(*s), "{s:?}");
        }
        for p in ProviderType::ALL {
            assert_eq!(provider_type(p.label(Lang::De)), Some(p));
            assert_eq!(provider_type(p.label(Lang::En)), Some(p));
        }
        for c in Channel::ALL {
            assert_eq!(channel(c.label(Lang::En)), Some(c));
        }
        for s in OfferStatus::ALL {
            assert_eq!(status(s.label(Lang::De)), Some(s));
        }
    }

    #[test]
    fn groups_and_tags() {
        assert_eq!(group_item("a"), Some(GroupItem::Group(TargetGroup::A)));
        assert_eq!(group_item("REF"), Some(GroupItem::Tag(GroupTag::Ref)));
        assert_eq!(group_item("emp"), Some(GroupItem::Tag(GroupTag::Emp)));
        assert_eq!(group_item("Alle"), Some(GroupItem::All));
        assert_eq!(group_item("E"), None);
    }

    #[test]
    fn coded_values() {
        assert_eq!(service_area("Landkreis"), Some(ServiceArea::District));
        assert_eq!(service_area("nur Stadt"), Some(ServiceArea::City));
        assert_eq!(appointment("ohne Termin"), Some(AppointmentMode::WalkIn));
        assert_eq!(cost("free"), Some(Cost::Free));
        assert_eq!(status("vorübergehend geschlossen"), Some(OfferStatus::TemporarilyClosed));
        assert_eq!(german_level("b1"), Some(GermanLevel::B1));
        assert_eq!(residence("fam"), Some(ResidenceBasis::Fam));
        assert_eq!(age("27"), Some(27));
        assert_eq!(age("200"), None);
        assert_eq!(age("-1"), None);
    }
}
