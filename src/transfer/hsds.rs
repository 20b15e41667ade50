//! Open Referral HSDS 3.0: the directory as other directories exchange it. One offer is one
//! service of the organization named by its provider; address, phone, opening hours (with
//! iCalendar rules for monthly and fortnightly windows), languages, service areas, required
//! documents and cost go to the standard tables; what HSDS has no field for (needs, target
//! groups, provider type, channels, appointment, German level, residence, keywords, English
//! texts …) goes to `attributes` with Lotse's own taxonomies, so nothing is lost. The internal
//! note is never written. The mapping is documented in docs/import-export.md.
//!
//! Written as a tabular data package (a folder of CSV files with `datapackage.json`) or as JSON
//! (a list of services with everything nested). Reading back is `hsds_in`.

use crate::domain::hours::hhmm;
use crate::domain::*;
use crate::i18n::{Label, Lang, language_name};
use sha2::{Digest, Sha256};

/// A record: values by column, in the table's column order.
pub(super) type Rec = Vec<(&'static str, String)>;

pub(super) const ORGANIZATION: &[&str] = &["id", "name", "description"];
pub(super) const SERVICE: &[&str] = &[
    "id",
    "organization_id",
    "name",
    "description",
    "url",
    "email",
    "status",
    "fees_description",
    "eligibility_description",
    "minimum_age",
    "maximum_age",
    "assured_date",
];
pub(super) const PHONE: &[&str] = &["id", "service_id", "number"];
pub(super) const LOCATION: &[&str] = &["id", "location_type", "organization_id", "name"];
pub(super) const ADDRESS: &[&str] =
    &["id", "location_id", "address_1", "city", "state_province", "postal_code", "country", "address_type"];
pub(super) const SERVICE_AT_LOCATION: &[&str] = &["id", "service_id", "location_id"];
pub(super) const SCHEDULE: &[&str] =
    &["id", "service_id", "freq", "interval", "byday", "dtstart", "opens_at", "closes_at", "description"];
pub(super) const LANGUAGE: &[&str] = &["id", "service_id", "name", "code"];
pub(super) const SERVICE_AREA: &[&str] = &["id", "service_id", "name", "description", "extent_type"];
pub(super) const REQUIRED_DOCUMENT: &[&str] = &["id", "service_id", "document"];
pub(super) const COST_OPTION: &[&str] = &["id", "service_id", "option", "amount_description"];
pub(super) const ATTRIBUTE: &[&str] =
    &["id", "link_id", "link_type", "link_entity", "taxonomy_term_id", "value"];
pub(super) const TAXONOMY_TERM: &[&str] = &["id", "code", "name", "description", "taxonomy_id", "language"];
pub(super) const TAXONOMY: &[&str] = &["id", "name", "description"];

/// The tables of the data package: resource name, file, columns.
pub(super) const TABLES: &[(&str, &str, &[&str])] = &[
    ("organization", "organizations.csv", ORGANIZATION),
    ("service", "services.csv", SERVICE),
    ("phone", "phones.csv", PHONE),
    ("location", "locations.csv", LOCATION),
    ("address", "addresses.csv", ADDRESS),
    ("service_at_location", "service_at_location.csv", SERVICE_AT_LOCATION),
    ("schedule", "schedules.csv", SCHEDULE),
    ("language", "languages.csv", LANGUAGE),
    ("service_area", "service_areas.csv", SERVICE_AREA),
    ("required_document", "required_documents.csv", REQUIRED_DOCUMENT),
    ("cost_option", "cost_options.csv", COST_OPTION),
    ("attribute", "attributes.csv", ATTRIBUTE),
    ("taxonomy_term", "taxonomy_terms.csv", TAXONOMY_TERM),
    ("taxonomy", "taxonomies.csv", TAXONOMY),
];

/// Lotse's taxonomies: id, name, description. `lotse_text` carries free text in the
/// attribute's value (keywords, English texts, notes).
pub(super) const TAXONOMIES: &[(&str, &str, &str)] = &[
    ("lotse_need", "Lotse: Bedarfe", "Needs of the Welcome Center directory (docs/domain.md)"),
    ("lotse_sub_need", "Lotse: Unterthemen", "Sub-needs of the Welcome Center directory"),
    ("lotse_target_group", "Lotse: Zielgruppen", "Target groups A–D of regional integration management"),
    ("lotse_tag", "Lotse: Zusatzmerkmale", "REF, EU, EMP"),
    ("lotse_provider_type", "Lotse: Anbietertyp", "Kind of provider"),
    ("lotse_channel", "Lotse: Kontaktwege", "How the offer can be reached"),
    ("lotse_appointment", "Lotse: Termin", "Whether an appointment is needed"),
    ("lotse_service_area", "Lotse: Zuständigkeit", "City, district, state, nationwide, online"),
    ("lotse_residence", "Lotse: Aufenthalt", "Residence bases the offer is open to"),
    ("lotse_german_level", "Lotse: Deutsch mindestens", "Minimum German level (CEFR)"),
    ("lotse_from_text", "Lotse: aus Text erkannt", "Conditions read from text, not yet confirmed"),
    ("lotse_hours", "Lotse: Zeiten", "by_appointment: appointments also outside the hours"),
    ("lotse_text", "Lotse: Text", "Free text in the value: keyword, title_en, description_en, …"),
];

/// One offer as an HSDS service with everything that belongs to it.
pub(super) struct Service {
    pub service: Rec,
    pub organization: Rec,
    pub phones: Vec<Rec>,
    /// (service_at_location, location, address)
    pub locations: Vec<(Rec, Rec, Rec)>,
    pub schedules: Vec<Rec>,
    pub languages: Vec<Rec>,
    pub service_areas: Vec<Rec>,
    pub required_documents: Vec<Rec>,
    pub cost_options: Vec<Rec>,
    /// (attribute, taxonomy term, taxonomy)
    pub attributes: Vec<(Rec, Rec, Rec)>,
}

fn rec(columns: &[&'static str], values: Vec<String>) -> Rec {
    columns.iter().copied().zip(values).collect()
}

/// The organization of a provider: the same provider text, the same id.
fn organization_id(provider: &str) -> String {
    let hash = Sha256::digest(provider.as_bytes());
    let hex: String = hash.iter().take(8).map(|b| format!("{b:02x}")).collect();
    format!("org-{hex}")
}

/// A window's iCalendar rule: (freq, interval, byday, dtstart). Fortnightly windows name a
/// Monday of an odd (2024-01-01, ISO week 1) or even (2024-01-08) week as their start.
pub(super) fn ical(slot: &TimeSlot) -> (&'static str, &'static str, String, &'static str) {
    let day = slot.day.ical();
    match slot.rule {
        Recurrence::Weekly => ("WEEKLY", "1", day.to_string(), ""),
        Recurrence::Monthly(_) => {
            let byday: Vec<String> = slot.rule.weeks().iter().map(|w| format!("{w}{day}")).collect();
            ("MONTHLY", "1", byday.join(","), "")
        }
        Recurrence::Fortnightly(None) => ("WEEKLY", "2", day.to_string(), ""),
        Recurrence::Fortnightly(Some(true)) => ("WEEKLY", "2", day.to_string(), "2024-01-01"),
        Recurrence::Fortnightly(Some(false)) => ("WEEKLY", "2", day.to_string(), "2024-01-08"),
    }
}

pub(super) fn status_code(s: OfferStatus) -> &'static str {
    match s {
        OfferStatus::Active => "active",
        OfferStatus::TemporarilyClosed => "temporarily closed",
        OfferStatus::Inactive => "inactive",
    }
}

/// The offer as an HSDS service (the internal note is never part of it).
pub(super) fn service(o: &Offer) -> Service {
    let id = o.id.as_str();
    let org = organization_id(&o.provider);
    let e = &o.eligibility;
    let age = |a: Option<u8>| a.map(|a| a.to_string()).unwrap_or_default();
    let service = rec(
        SERVICE,
        vec![
            id.into(),
            org.clone(),
            o.title.to_string(),
            o.description.to_string(),
            o.website.to_string(),
            o.email.to_string(),
            status_code(o.status).into(),
            o.cost_note.to_string(),
            e.note.to_string(),
            age(e.min_age),
            age(e.max_age),
            o.last_verified.map(Date::iso).unwrap_or_default(),
        ],
    );
    let organization = rec(ORGANIZATION, vec![org.clone(), o.provider.to_string(), String::new()]);
    let phones = match o.phone.is_empty() {
        true => Vec::new(),
        false => vec![rec(PHONE, vec![format!("{id}-phone"), id.into(), o.phone.to_string()])],
    };
    let locations = match o.street.is_empty() && o.postal_code.is_empty() && o.town.is_empty() {
        true => Vec::new(),
        false => {
            let loc = format!("{id}-location");
            vec![(
                rec(SERVICE_AT_LOCATION, vec![format!("{id}-at-location"), id.into(), loc.clone()]),
                rec(LOCATION, vec![loc.clone(), "physical".into(), org.clone(), o.title.to_string()]),
                rec(
                    ADDRESS,
                    vec![
                        format!("{id}-address"),
                        loc,
                        o.street.to_string(),
                        o.town.to_string(),
                        String::new(),
                        o.postal_code.to_string(),
                        "DE".into(),
                        "physical".into(),
                    ],
                ),
            )]
        }
    };
    let schedules = o
        .hours
        .slots
        .iter()
        .enumerate()
        .map(|(n, s)| {
            let (freq, interval, byday, dtstart) = ical(s);
            rec(
                SCHEDULE,
                vec![
                    format!("{id}-schedule-{}", n + 1),
                    id.into(),
                    freq.into(),
                    interval.into(),
                    byday,
                    dtstart.into(),
                    hhmm(s.from),
                    hhmm(s.to),
                    s.note.to_string(),
                ],
            )
        })
        .collect();
    let languages = o
        .languages
        .iter()
        .enumerate()
        .map(|(n, l)| {
            let name = language_name(l, Lang::En);
            rec(LANGUAGE, vec![format!("{id}-language-{}", n + 1), id.into(), name, l.as_str().into()])
        })
        .collect();
    let mut service_areas = vec![rec(
        SERVICE_AREA,
        vec![
            format!("{id}-area"),
            id.into(),
            o.service_area.label(Lang::De).into(),
            "area".into(),
            "text".into(),
        ],
    )];
    for (n, t) in o.towns().iter().enumerate() {
        service_areas.push(rec(
            SERVICE_AREA,
            vec![format!("{id}-area-{}", n + 1), id.into(), t.to_string(), "town".into(), "text".into()],
        ));
    }
    let required_documents = o
        .documents
        .iter()
        .enumerate()
        .map(|(n, d)| {
            rec(REQUIRED_DOCUMENT, vec![format!("{id}-document-{}", n + 1), id.into(), d.to_string()])
        })
        .collect();
    let cost_options = vec![rec(
        COST_OPTION,
        vec![format!("{id}-cost"), id.into(), o.cost.code().into(), o.cost_note.to_string()],
    )];
    let mut terms: Vec<(&'static str, String, String, String, String)> = Vec::new();
    let mut coded = |tax: &'static str, code: &str, de: &str, en: &str| {
        terms.push((tax, code.to_string(), de.to_string(), en.to_string(), String::new()));
    };
    coded(
        "lotse_provider_type",
        o.provider_type.code(),
        o.provider_type.label(Lang::De),
        o.provider_type.label(Lang::En),
    );
    for n in &o.needs {
        coded("lotse_need", n.code(), n.label(Lang::De), n.label(Lang::En));
    }
    for s in &o.sub_needs {
        coded("lotse_sub_need", s.code(), s.label(Lang::De), s.label(Lang::En));
    }
    for g in &o.target_groups {
        coded("lotse_target_group", g.code(), g.label(Lang::De), g.label(Lang::En));
    }
    for t in &o.tags {
        coded("lotse_tag", t.code(), t.label(Lang::De), t.label(Lang::En));
    }
    for c in &o.channels {
        coded("lotse_channel", c.code(), c.label(Lang::De), c.label(Lang::En));
    }
    coded(
        "lotse_appointment",
        o.appointment.code(),
        o.appointment.label(Lang::De),
        o.appointment.label(Lang::En),
    );
    coded(
        "lotse_service_area",
        o.service_area.code(),
        o.service_area.label(Lang::De),
        o.service_area.label(Lang::En),
    );
    for r in &e.residence {
        coded("lotse_residence", r.code(), r.label(Lang::De), r.label(Lang::En));
    }
    if let Some(l) = e.min_german {
        coded("lotse_german_level", l.code(), l.label(Lang::De), l.label(Lang::En));
    }
    let f = e.from_text;
    for (on, code) in [
        (f.min_age, "min_age"),
        (f.max_age, "max_age"),
        (f.min_german, "min_german"),
        (f.residence, "residence"),
    ] {
        if on {
            coded("lotse_from_text", code, code, code);
        }
    }
    if o.hours.by_appointment {
        coded("lotse_hours", "by_appointment", "nach Vereinbarung", "by appointment");
    }
    let mut text = |code: &'static str, value: &str| {
        if !value.is_empty() {
            terms.push(("lotse_text", code.into(), code.into(), code.into(), value.into()));
        }
    };
    text("title_en", o.title_en());
    text("description_en", o.description_en());
    text("provider_type_note", o.provider_type_note());
    text("hours_note", &o.hours.note);
    for k in &o.keywords {
        text("keyword", k);
    }
    for a in &o.area_excludes {
        text("area_exclude", a);
    }
    let attributes = terms
        .into_iter()
        .enumerate()
        .map(|(n, (tax, code, name, description, value))| {
            let term_id = format!("{tax}:{code}");
            let link_type = tax.trim_start_matches("lotse_").to_string();
            let (_, tax_name, tax_description) =
                TAXONOMIES.iter().find(|t| t.0 == tax).copied().unwrap_or((tax, tax, ""));
            (
                rec(
                    ATTRIBUTE,
                    vec![
                        format!("{id}-attribute-{}", n + 1),
                        id.into(),
                        link_type,
                        "service".into(),
                        term_id.clone(),
                        value,
                    ],
                ),
                rec(TAXONOMY_TERM, vec![term_id, code, name, description, tax.into(), "de".into()]),
                rec(TAXONOMY, vec![tax.into(), tax_name.into(), tax_description.into()]),
            )
        })
        .collect();
    Service {
        service,
        organization,
        phones,
        locations,
        schedules,
        languages,
        service_areas,
        required_documents,
        cost_options,
        attributes,
    }
}

/// The files of the tabular form (without `datapackage.json`).
pub fn hsds_files() -> impl Iterator<Item = &'static str> {
    TABLES.iter().map(|t| t.1)
}

fn sorted(offers: &[Offer]) -> Vec<&Offer> {
    let mut v: Vec<&Offer> = offers.iter().collect();
    v.sort_by(|a, b| a.id.cmp(&b.id));
    v
}

/// The tabular form: (file name, bytes) for each table and `datapackage.json`. CSV as data
/// packages write it: UTF-8, comma, header row, LF.
pub fn to_hsds_tables(offers: &[Offer]) -> std::io::Result<Vec<(String, Vec<u8>)>> {
    let services: Vec<Service> = sorted(offers).into_iter().map(service).collect();
    let mut tables: Vec<Vec<&Rec>> = vec![Vec::new(); TABLES.len()];
    let mut seen: std::collections::HashSet<(usize, String)> = Default::default();
    for s in &services {
        let mut add = |t: usize, r: &Rec| -> bool {
            seen.insert((t, r.first().map(|c| c.1.clone()).unwrap_or_default()))
        };
        if add(0, &s.organization) {
            tables[0].push(&s.organization);
        }
        tables[1].push(&s.service);
        tables[2].extend(s.phones.iter());
        for (sal, loc, addr) in &s.locations {
            tables[3].push(loc);
            tables[4].push(addr);
            tables[5].push(sal);
        }
        tables[6].extend(s.schedules.iter());
        tables[7].extend(s.languages.iter());
        tables[8].extend(s.service_areas.iter());
        tables[9].extend(s.required_documents.iter());
        tables[10].extend(s.cost_options.iter());
        for (attr, term, tax) in &s.attributes {
            tables[11].push(attr);
            if add(12, term) {
                tables[12].push(term);
            }
            if add(13, tax) {
                tables[13].push(tax);
            }
        }
    }
    let mut files = Vec::new();
    for ((_, file, columns), rows) in TABLES.iter().zip(&tables) {
        let mut out = Vec::new();
        {
            let mut w =
                csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(&mut out);
            let err = |e: csv::Error| std::io::Error::other(e.to_string());
            w.write_record(*columns).map_err(err)?;
            for r in rows {
                w.write_record(r.iter().map(|c| c.1.as_str())).map_err(err)?;
            }
            w.flush()?;
        }
        files.push((file.to_string(), out));
    }
    files.push(("datapackage.json".into(), datapackage().into_bytes()));
    Ok(files)
}

/// The data package descriptor: HSDS 3.0's resources, the fields Lotse writes.
fn datapackage() -> String {
    use serde_json::json;
    let resources: Vec<serde_json::Value> = TABLES
        .iter()
        .map(|(name, file, columns)| {
            let fields: Vec<serde_json::Value> = columns
                .iter()
                .map(|c| {
                    let number = matches!(*c, "minimum_age" | "maximum_age" | "interval");
                    json!({"name": c, "type": if number { "number" } else { "string" }})
                })
                .collect();
            json!({
                "name": name,
                "path": file,
                "format": "csv",
                "mediatype": "text/csv",
                "profile": "tabular-data-resource",
                "schema": {"primaryKey": "id", "fields": fields},
            })
        })
        .collect();
    let package = json!({
        "name": "lotse-hsds",
        "title": "Lotse – Angebote (Open Referral HSDS)",
        "profile": "tabular-data-package",
        "version": "3.0.0",
        "homepage": "http://docs.openreferral.org",
        "resources": resources,
    });
    let mut s = serde_json::to_string_pretty(&package).unwrap_or_default();
    s.push('\n');
    s
}

/// The JSON form: a list of services, each with its organization, phones, locations (with
/// addresses), schedules, languages, service areas, documents, cost options and attributes
/// (with taxonomy term and taxonomy) nested, in HSDS 3.0's shape.
pub fn to_hsds_json(offers: &[Offer]) -> String {
    use serde_json::{Map, Value};
    // Numbers as numbers; an age that is not given is left out (the schema has no null).
    let obj = |r: &Rec| -> Map<String, Value> {
        r.iter()
            .filter(|(k, v)| !(matches!(*k, "minimum_age" | "maximum_age") && v.is_empty()))
            .map(|(k, v)| {
                let value = match *k {
                    "minimum_age" | "maximum_age" | "interval" => {
                        v.parse::<u64>().map(Value::from).unwrap_or_else(|_| Value::from(v.clone()))
                    }
                    _ => Value::from(v.clone()),
                };
                (k.to_string(), value)
            })
            .collect()
    };
    let list = |rs: &[Rec]| Value::Array(rs.iter().map(|r| Value::Object(obj(r))).collect());
    let services: Vec<Value> = sorted(offers)
        .into_iter()
        .map(service)
        .map(|s| {
            let mut m = obj(&s.service);
            m.insert("organization".into(), Value::Object(obj(&s.organization)));
            m.insert("phones".into(), list(&s.phones));
            let sal: Vec<Value> = s
                .locations
                .iter()
                .map(|(sal, loc, addr)| {
                    let mut l = obj(loc);
                    l.insert("addresses".into(), Value::Array(vec![Value::Object(obj(addr))]));
                    let mut a = obj(sal);
                    a.insert("location".into(), Value::Object(l));
                    Value::Object(a)
                })
                .collect();
            m.insert("service_at_locations".into(), Value::Array(sal));
            m.insert("schedules".into(), list(&s.schedules));
            m.insert("languages".into(), list(&s.languages));
            m.insert("service_areas".into(), list(&s.service_areas));
            m.insert("required_documents".into(), list(&s.required_documents));
            m.insert("cost_options".into(), list(&s.cost_options));
            let attrs: Vec<Value> = s
                .attributes
                .iter()
                .map(|(attr, term, tax)| {
                    // In the JSON form a term names its taxonomy in words; the id is taxonomy_id.
                    let mut t = obj(term);
                    let name = tax.iter().find(|c| c.0 == "name").map(|c| c.1.clone()).unwrap_or_default();
                    t.insert("taxonomy".into(), Value::from(name));
                    let mut a = obj(attr);
                    a.insert("taxonomy_term".into(), Value::Object(t));
                    Value::Object(a)
                })
                .collect();
            m.insert("attributes".into(), Value::Array(attrs));
            Value::Object(m)
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&Value::Array(services)).unwrap_or_default();
    s.push('\n');
    s
}
