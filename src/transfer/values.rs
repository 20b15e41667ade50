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

/// The valid codes of a coded field, for messages.
pub fn codes<E: Copy>(all: &[E], code: fn(E) -> &'static str) -> String {
    all.iter().map(|e| code(*e)).collect::<Vec<_>>().join(", ")
}

pub fn need(s: &str) -> Option<Need> {
    use Need::*;
    const SYN: &[(&str, Need)] = &[
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
    lookup(&Need::ALL, Need::code, SYN, s)
}

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
    if ["alle", "all"].iter().any(|a| fold(s) == *a) {
        return Some(GroupItem::All);
    }
    const TAGS: &[(&str, GroupTag)] =
        &[("Flüchtlinge", GroupTag::Ref), ("Geflüchtete", GroupTag::Ref), ("Arbeitgeber", GroupTag::Emp)];
    lookup(&TargetGroup::ALL, TargetGroup::code, &[], s)
        .map(GroupItem::Group)
        .or_else(|| lookup(&GroupTag::ALL, GroupTag::code, TAGS, s).map(GroupItem::Tag))
}

pub fn language(s: &str) -> Option<LangCode> {
    LangCode::parse(s)
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
