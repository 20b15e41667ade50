//! The lossless JSON form: one object per offer with English keys and the domain's codes,
//! every field of `Offer` (structured hours, eligibility, sub-needs, channels, documents), sorted
//! by id, pretty-printed, keys always in the same order. The internal note is written only when
//! asked for; without it the form is complete except for that one field.

use crate::domain::hours::hhmm;
use crate::domain::*;
use serde::Serialize;

/// The `format` value at the top of an export, so a file says what it is.
pub const JSON_FORMAT: &str = "lotse-angebote";
/// Raised when the JSON form changes incompatibly.
/// Version 2 (issue 10) adds English texts, the provider type's note, towns, rules and notes of
/// hours windows, "by appointment" and which conditions were read from text; version 1 files are
/// still read.
const JSON_VERSION: u32 = 2;

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u32,
    offers: Vec<OfferOut<'a>>,
}

#[derive(Serialize)]
struct OfferOut<'a> {
    id: &'a str,
    title: &'a str,
    title_en: &'a str,
    provider: &'a str,
    provider_type: &'static str,
    provider_type_note: &'a str,
    needs: Vec<&'static str>,
    sub_needs: Vec<&'static str>,
    target_groups: Vec<&'static str>,
    tags: Vec<&'static str>,
    description: &'a str,
    description_en: &'a str,
    phone: &'a str,
    email: &'a str,
    website: &'a str,
    street: &'a str,
    postal_code: &'a str,
    town: &'a str,
    service_area: &'static str,
    towns: &'a [crate::domain::offer::Text],
    area_excludes: &'a [crate::domain::offer::Text],
    hours: HoursOut<'a>,
    appointment: &'static str,
    channels: Vec<&'static str>,
    languages: Vec<&'a str>,
    cost: &'static str,
    cost_note: &'a str,
    eligibility: EligibilityOut<'a>,
    documents: &'a [crate::domain::offer::Text],
    keywords: &'a [crate::domain::offer::Text],
    status: &'static str,
    last_verified: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    internal_note: Option<&'a str>,
}

#[derive(Serialize)]
struct HoursOut<'a> {
    slots: Vec<SlotOut<'a>>,
    by_appointment: bool,
    note: &'a str,
}

#[derive(Serialize)]
struct SlotOut<'a> {
    day: &'static str,
    from: String,
    to: String,
    rule: String,
    note: &'a str,
}

#[derive(Serialize)]
struct EligibilityOut<'a> {
    min_age: Option<u8>,
    max_age: Option<u8>,
    min_german: Option<&'static str>,
    residence: Vec<&'static str>,
    note: &'a str,
    from_text: Vec<&'static str>,
}

fn codes<T: Copy>(items: &[T], code: fn(T) -> &'static str) -> Vec<&'static str> {
    items.iter().map(|i| code(*i)).collect()
}

fn offer_out(o: &Offer, with_internal: bool) -> OfferOut<'_> {
    OfferOut {
        id: o.id.as_str(),
        title: &o.title,
        title_en: o.title_en(),
        provider: &o.provider,
        provider_type: o.provider_type.code(),
        provider_type_note: o.provider_type_note(),
        needs: codes(&o.needs, Need::code),
        sub_needs: codes(&o.sub_needs, SubNeed::code),
        target_groups: codes(&o.target_groups, TargetGroup::code),
        tags: codes(&o.tags, GroupTag::code),
        description: &o.description,
        description_en: o.description_en(),
        phone: &o.phone,
        email: &o.email,
        website: &o.website,
        street: &o.street,
        postal_code: &o.postal_code,
        town: &o.town,
        service_area: o.service_area.code(),
        towns: o.towns(),
        area_excludes: &o.area_excludes,
        hours: HoursOut {
            slots: o
                .hours
                .slots
                .iter()
                .map(|s| SlotOut {
                    day: s.day.de(),
                    from: hhmm(s.from),
                    to: hhmm(s.to),
                    rule: s.rule.code(),
                    note: &s.note,
                })
                .collect(),
            by_appointment: o.hours.by_appointment,
            note: &o.hours.note,
        },
        appointment: o.appointment.code(),
        channels: codes(&o.channels, Channel::code),
        languages: o.languages.iter().map(LangCode::as_str).collect(),
        cost: o.cost.code(),
        cost_note: &o.cost_note,
        eligibility: EligibilityOut {
            min_age: o.eligibility.min_age,
            max_age: o.eligibility.max_age,
            min_german: o.eligibility.min_german.map(GermanLevel::code),
            residence: codes(&o.eligibility.residence, ResidenceBasis::code),
            note: &o.eligibility.note,
            from_text: super::csv_out::from_text(o.eligibility.from_text, |f| {
                f.json_key().trim_start_matches("eligibility.")
            })
            .split('|')
            .filter(|s| !s.is_empty())
            .map(|s| match s {
                "min_age" => "min_age",
                "max_age" => "max_age",
                "min_german" => "min_german",
                _ => "residence",
            })
            .collect(),
        },
        documents: &o.documents,
        keywords: &o.keywords,
        status: o.status.code(),
        last_verified: o.last_verified.map(Date::iso),
        internal_note: with_internal.then_some(o.internal_note.as_str()),
    }
}

/// The offers as pretty-printed JSON, sorted by id, ending with a line break.
pub fn to_json(offers: &[Offer], with_internal: bool) -> String {
    let mut sorted: Vec<&Offer> = offers.iter().collect();
    sorted.sort_by(|a, b| a.id.cmp(&b.id));
    let file = FileOut {
        format: JSON_FORMAT,
        version: JSON_VERSION,
        offers: sorted.into_iter().map(|o| offer_out(o, with_internal)).collect(),
    };
    // Serialising plain structs of strings and numbers cannot fail.
    let mut s = serde_json::to_string_pretty(&file).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_english_values_are_codes_and_internal_notes_optional() {
        let mut o = Offer::new(OfferId::parse("b").unwrap(), "Titel");
        o.needs = vec![Need::Ane].into();
        o.hours = OpeningHours::parse("Mo 9-12").unwrap();
        o.internal_note = "geheim".into();
        let a = Offer::new(OfferId::parse("a").unwrap(), "Erstes");
        let json = to_json(&[o, a], false);
        assert!(json.starts_with("{\n  \"format\": \"lotse-angebote\",\n  \"version\": 2,"), "{json}");
        assert!(json.find("\"id\": \"a\"") < json.find("\"id\": \"b\""), "sorted by id");
        assert!(json.contains("\"needs\": [\n        \"ANE\"\n      ]"), "{json}");
        assert!(json.contains("\"day\": \"Mo\",\n            \"from\": \"09:00\""), "{json}");
        assert!(!json.contains("geheim") && !json.contains("internal_note"));
        let o = Offer::new(OfferId::parse("c").unwrap(), "x");
        assert!(to_json(&[o], true).contains("\"internal_note\": \"\""));
    }
}
