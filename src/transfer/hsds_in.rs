//! Reading Open Referral HSDS 3.0: the tabular form (the CSV files of a data package) or the
//! JSON form (a list of services with everything nested). Each service becomes one row of
//! cells by field, checked and mapped like any other import, so a file from another directory
//! gets the same tolerance and the same report; a file Lotse wrote reads back exactly.

use super::apply::Raw;
use super::fields::Field;
use super::hsds::TABLES;
use super::report::{ColumnRef, FileError, IssueKind, Place};
use super::{MAX_ROWS, RawRow, Rows};
use crate::domain::hours::LAST_WEEK;
use crate::domain::{Date, Recurrence, TimeSlot, Weekday};
use serde_json::Value;
use std::collections::HashMap;

type Map = HashMap<String, String>;

/// One service with what belongs to it, as read.
#[derive(Default)]
struct In {
    service: Map,
    organization: Option<Map>,
    phones: Vec<Map>,
    addresses: Vec<Map>,
    schedules: Vec<Map>,
    languages: Vec<Map>,
    areas: Vec<Map>,
    documents: Vec<Map>,
    costs: Vec<Map>,
    /// (attribute, its taxonomy term if given)
    attributes: Vec<(Map, Option<Map>)>,
}

/// Whether a JSON value is HSDS (a list of services, or one) rather than Lotse's own form.
pub fn is_hsds_json(bytes: &[u8]) -> bool {
    let Ok(v) = serde_json::from_slice::<Value>(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)) else {
        return false;
    };
    let service = |v: &Value| {
        v.get("organization").is_some()
            || v.get("service_at_locations").is_some()
            || v.get("organization_id").is_some()
    };
    match &v {
        Value::Array(a) => a.first().is_some_and(service),
        Value::Object(_) => service(&v),
        _ => false,
    }
}

fn text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn flat(v: &Value) -> Map {
    v.as_object()
        .map(|o| o.iter().filter_map(|(k, v)| text(v).map(|t| (k.clone(), t))).collect())
        .unwrap_or_default()
}

fn list<'a>(v: &'a Value, key: &str) -> impl Iterator<Item = &'a Value> {
    v.get(key).and_then(Value::as_array).into_iter().flatten()
}

/// The JSON form.
pub fn read_json(bytes: &[u8]) -> Result<Rows, FileError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let value: Value = serde_json::from_slice(bytes).map_err(|e| FileError::JsonSyntax {
        line: e.line(),
        column: e.column(),
        detail: e.to_string().split(" at line ").next().unwrap_or_default().to_string(),
    })?;
    let services: Vec<Value> = match value {
        Value::Array(a) => a,
        v @ Value::Object(_) => vec![v],
        _ => return Err(FileError::JsonShape),
    };
    if services.len() > MAX_ROWS {
        return Err(FileError::TooManyRows(MAX_ROWS));
    }
    let ins = services
        .iter()
        .map(|s| In {
            service: flat(s),
            organization: s.get("organization").map(flat),
            phones: list(s, "phones").map(flat).collect(),
            addresses: list(s, "service_at_locations")
                .filter_map(|sal| sal.get("location"))
                .flat_map(|l| list(l, "addresses").map(flat).collect::<Vec<_>>())
                .collect(),
            schedules: list(s, "schedules").map(flat).collect(),
            languages: list(s, "languages").map(flat).collect(),
            areas: list(s, "service_areas").map(flat).collect(),
            documents: list(s, "required_documents").map(flat).collect(),
            costs: list(s, "cost_options").map(flat).collect(),
            attributes: list(s, "attributes").map(|a| (flat(a), a.get("taxonomy_term").map(flat))).collect(),
        })
        .collect();
    Ok(rows(ins))
}

/// The tabular form: the files of a data package by name (missing tables count as empty).
pub fn read_tables(files: &[(String, Vec<u8>)]) -> Result<Rows, FileError> {
    let mut tables: HashMap<&str, Vec<Map>> = HashMap::new();
    for (name, file, _) in TABLES {
        let Some((_, bytes)) = files.iter().find(|(f, _)| f == file) else { continue };
        let (text, _) = super::text::decode(bytes).or_else(|e| {
            if e == FileError::Empty { Ok((Default::default(), super::TextEncoding::Utf8)) } else { Err(e) }
        })?;
        let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
        let headers: Vec<String> = reader
            .headers()
            .map(|h| h.iter().map(|c| c.trim_start_matches('\u{feff}').to_string()).collect())
            .unwrap_or_default();
        let mut rows = Vec::new();
        for record in reader.records() {
            let Ok(record) = record else { break };
            if rows.len() > MAX_ROWS * 20 {
                return Err(FileError::TooManyRows(MAX_ROWS));
            }
            rows.push(headers.iter().cloned().zip(record.iter().map(str::to_string)).collect::<Map>());
        }
        tables.insert(name, rows);
    }
    let Some(services) = tables.remove("service") else {
        return Err(FileError::NotHsdsFolder);
    };
    if services.len() > MAX_ROWS {
        return Err(FileError::TooManyRows(MAX_ROWS));
    }
    let get = |t: &str| tables.get(t).map(Vec::as_slice).unwrap_or_default();
    let by = |t: &str, key: &str| {
        let mut m: HashMap<String, Vec<Map>> = HashMap::new();
        for r in get(t) {
            m.entry(r.get(key).cloned().unwrap_or_default()).or_default().push(r.clone());
        }
        m
    };
    let orgs: HashMap<String, Map> =
        get("organization").iter().map(|o| (o.get("id").cloned().unwrap_or_default(), o.clone())).collect();
    let terms: HashMap<String, Map> =
        get("taxonomy_term").iter().map(|t| (t.get("id").cloned().unwrap_or_default(), t.clone())).collect();
    let (mut phones, mut schedules, mut languages, mut areas, mut documents, mut costs) = (
        by("phone", "service_id"),
        by("schedule", "service_id"),
        by("language", "service_id"),
        by("service_area", "service_id"),
        by("required_document", "service_id"),
        by("cost_option", "service_id"),
    );
    let mut attributes = by("attribute", "link_id");
    let mut sal = by("service_at_location", "service_id");
    let addresses = by("address", "location_id");
    // Each service takes its own rows out (no copies: a large package stays affordable).
    let take = |m: &mut HashMap<String, Vec<Map>>, id: &str| m.remove(id).unwrap_or_default();
    let ins = services
        .into_iter()
        .map(|s| {
            let id = s.get("id").cloned().unwrap_or_default();
            let org = s.get("organization_id").and_then(|o| orgs.get(o)).cloned();
            In {
                organization: org,
                phones: take(&mut phones, &id),
                addresses: take(&mut sal, &id)
                    .iter()
                    .flat_map(|l| addresses.get(l.get("location_id").map(String::as_str).unwrap_or_default()))
                    .flatten()
                    .cloned()
                    .collect(),
                schedules: take(&mut schedules, &id),
                languages: take(&mut languages, &id),
                areas: take(&mut areas, &id),
                documents: take(&mut documents, &id),
                costs: take(&mut costs, &id),
                attributes: take(&mut attributes, &id)
                    .into_iter()
                    .map(|a| {
                        let t = a.get("taxonomy_term_id").and_then(|t| terms.get(t)).cloned();
                        (a, t)
                    })
                    .collect(),
                service: s,
            }
        })
        .collect();
    Ok(rows(ins))
}

fn rows(ins: Vec<In>) -> Rows {
    Rows { rows: ins.into_iter().enumerate().map(|(n, s)| row(n + 1, s)).collect(), issues: Vec::new() }
}

/// HSDS's status to Lotse's code.
fn status(s: &str) -> String {
    match s.trim().to_ascii_lowercase().as_str() {
        "active" => "aktiv".into(),
        "temporarily closed" | "temporarily_closed" => "voruebergehend_geschlossen".into(),
        "inactive" | "defunct" => "inaktiv".into(),
        other => other.into(),
    }
}

/// "09:00", "09:00:00", "09:00Z", "09:00+01:00" → minutes.
fn minutes(s: &str) -> Option<u16> {
    let (h, rest) = s.trim().split_once(':')?;
    let m = rest.get(..2)?;
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    (m < 60 && h * 60 + m <= 24 * 60).then_some(h * 60 + m)
}

/// One schedule as windows: every day of `byday` (with its week numbers for MONTHLY).
fn slots(s: &Map) -> Option<Vec<TimeSlot>> {
    let get = |k: &str| s.get(k).map(String::as_str).unwrap_or_default();
    let (from, to) = (minutes(get("opens_at"))?, minutes(get("closes_at"))?);
    if from >= to {
        return None;
    }
    let monthly = get("freq").eq_ignore_ascii_case("MONTHLY");
    let every_other = get("interval").trim() == "2";
    let parity = match Date::parse(get("dtstart").get(..10).unwrap_or_default()) {
        Ok(d) => Some(chrono::Datelike::iso_week(&d.naive()).week() % 2 == 1),
        Err(_) => None,
    };
    let mut by_day: Vec<(Weekday, u8)> = Vec::new();
    for part in get("byday").split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let split = part.len().checked_sub(2)?;
        let (n, day) = (part.get(..split)?, part.get(split..)?);
        let day = Weekday::parse(day)?;
        let bit = match n {
            "" => 0,
            "-1" => LAST_WEEK,
            n => match n.trim_start_matches('+').parse::<u8>().ok()? {
                w @ 1..=5 => 1 << (w - 1),
                _ => return None,
            },
        };
        match by_day.iter_mut().find(|d| d.0 == day) {
            Some(d) => d.1 |= bit,
            None => by_day.push((day, bit)),
        }
    }
    let note = get("description").split_whitespace().collect::<Vec<_>>().join(" ");
    by_day
        .into_iter()
        .map(|(day, weeks)| {
            let rule = match (monthly, every_other, weeks) {
                (true, _, 0) => return None,
                (true, _, w) => Recurrence::Monthly(w),
                (false, true, _) => Recurrence::Fortnightly(parity),
                (false, false, _) => Recurrence::Weekly,
            };
            Some(TimeSlot { day, from, to, rule, note: note.as_str().into() })
        })
        .collect()
}

fn row(n: usize, s: In) -> RawRow {
    let mut row = RawRow { place: Place::Entry(n), cells: Vec::new(), problems: Vec::new() };
    let col = |name: &str| ColumnRef { name: name.to_string(), index: None };
    let get = |m: &Map, k: &str| m.get(k).cloned().unwrap_or_default();
    let put = |row: &mut RawRow, f: Field, name: &str, raw: Raw| row.cells.push((f, col(name), raw));
    let sv = &s.service;
    put(&mut row, Field::Id, "services.id", Raw::Text(get(sv, "id")));
    put(&mut row, Field::Title, "services.name", Raw::Text(get(sv, "name")));
    put(&mut row, Field::Description, "services.description", Raw::Text(get(sv, "description")));
    put(&mut row, Field::Website, "services.url", Raw::Text(get(sv, "url")));
    put(&mut row, Field::Email, "services.email", Raw::Text(get(sv, "email")));
    put(&mut row, Field::Status, "services.status", Raw::Text(status(&get(sv, "status"))));
    put(&mut row, Field::CostNote, "services.fees_description", Raw::Text(get(sv, "fees_description")));
    put(
        &mut row,
        Field::Eligibility,
        "services.eligibility_description",
        Raw::Text(get(sv, "eligibility_description")),
    );
    put(&mut row, Field::MinAge, "services.minimum_age", Raw::Text(get(sv, "minimum_age")));
    put(&mut row, Field::MaxAge, "services.maximum_age", Raw::Text(get(sv, "maximum_age")));
    let assured = get(sv, "assured_date");
    put(
        &mut row,
        Field::LastVerified,
        "services.assured_date",
        Raw::Text(assured.get(..10).unwrap_or(&assured).to_string()),
    );
    let org = s.organization.as_ref().map(|o| get(o, "name")).unwrap_or_default();
    put(&mut row, Field::Provider, "organizations.name", Raw::Text(org));
    let phone = s.phones.first().map(|p| get(p, "number")).unwrap_or_default();
    put(&mut row, Field::Phone, "phones.number", Raw::Text(phone));
    let addr = s.addresses.first();
    let a = |k: &str| addr.map(|m| get(m, k)).unwrap_or_default();
    put(&mut row, Field::Street, "addresses.address_1", Raw::Text(a("address_1")));
    put(&mut row, Field::PostalCode, "addresses.postal_code", Raw::Text(a("postal_code")));
    put(&mut row, Field::Town, "addresses.city", Raw::Text(a("city")));
    let mut hours = Vec::new();
    for sched in &s.schedules {
        match slots(sched) {
            Some(v) => hours.extend(v),
            None => row
                .problems
                .push((Some(col("schedules")), IssueKind::BadSlot(format!("{:?}", get(sched, "id"))))),
        }
    }
    hours.sort();
    hours.dedup();
    put(&mut row, Field::Hours, "schedules", Raw::Slots(hours));
    let langs: Vec<String> = s.languages.iter().map(|l| get(l, "code")).filter(|c| !c.is_empty()).collect();
    put(&mut row, Field::Languages, "languages.code", Raw::List(langs));
    let docs: Vec<String> = s.documents.iter().map(|d| get(d, "document")).collect();
    put(&mut row, Field::Documents, "required_documents.document", Raw::List(docs));
    let cost = s.costs.first().map(|c| get(c, "option")).unwrap_or_default();
    put(&mut row, Field::Cost, "cost_options.option", Raw::Text(cost));
    // Attributes by taxonomy: Lotse's own ones carry every field HSDS has none for.
    let mut by_tax: HashMap<String, Vec<(String, String)>> = HashMap::new();
    for (attr, term) in &s.attributes {
        let term_id = get(attr, "taxonomy_term_id");
        let (tax, code) = match term {
            Some(t) => (get(t, "taxonomy_id"), get(t, "code")),
            None => term_id.split_once(':').map(|(a, b)| (a.to_string(), b.to_string())).unwrap_or_default(),
        };
        by_tax.entry(tax).or_default().push((code, get(attr, "value")));
    }
    let lotse = by_tax.keys().any(|t| t.starts_with("lotse_"));
    let codes = |t: &str| -> Vec<String> {
        by_tax.get(t).map(|v| v.iter().map(|c| c.0.clone()).collect()).unwrap_or_default()
    };
    let texts = |code: &str| -> Vec<String> {
        by_tax
            .get("lotse_text")
            .map(|v| v.iter().filter(|c| c.0 == code).map(|c| c.1.clone()).collect())
            .unwrap_or_default()
    };
    let one = |v: Vec<String>| v.into_iter().next().unwrap_or_default();
    let town_areas: Vec<String> =
        s.areas.iter().filter(|a| get(a, "description") == "town").map(|a| get(a, "name")).collect();
    if lotse {
        put(
            &mut row,
            Field::ProviderType,
            "attributes.provider_type",
            Raw::Text(one(codes("lotse_provider_type"))),
        );
        put(
            &mut row,
            Field::ProviderTypeNote,
            "attributes.provider_type_note",
            Raw::Text(one(texts("provider_type_note"))),
        );
        put(&mut row, Field::Needs, "attributes.need", Raw::List(codes("lotse_need")));
        put(&mut row, Field::SubNeeds, "attributes.sub_need", Raw::List(codes("lotse_sub_need")));
        put(&mut row, Field::TargetGroups, "attributes.target_group", Raw::List(codes("lotse_target_group")));
        put(&mut row, Field::Tags, "attributes.tag", Raw::List(codes("lotse_tag")));
        put(&mut row, Field::Channels, "attributes.channel", Raw::List(codes("lotse_channel")));
        put(
            &mut row,
            Field::Appointment,
            "attributes.appointment",
            Raw::Text(one(codes("lotse_appointment"))),
        );
        put(
            &mut row,
            Field::ServiceArea,
            "attributes.service_area",
            Raw::Text(one(codes("lotse_service_area"))),
        );
        put(&mut row, Field::Towns, "service_areas.name", Raw::List(town_areas));
        put(&mut row, Field::Residence, "attributes.residence", Raw::List(codes("lotse_residence")));
        put(
            &mut row,
            Field::MinGerman,
            "attributes.german_level",
            Raw::Text(one(codes("lotse_german_level"))),
        );
        put(&mut row, Field::FromText, "attributes.from_text", Raw::List(codes("lotse_from_text")));
        let by_appt = by_tax.get("lotse_hours").is_some_and(|v| v.iter().any(|c| c.0 == "by_appointment"));
        put(&mut row, Field::ByAppointment, "attributes.hours", Raw::Text(by_appt.to_string()));
        put(&mut row, Field::TitleEn, "attributes.title_en", Raw::Text(one(texts("title_en"))));
        put(
            &mut row,
            Field::DescriptionEn,
            "attributes.description_en",
            Raw::Text(one(texts("description_en"))),
        );
        put(&mut row, Field::HoursNote, "attributes.hours_note", Raw::Text(one(texts("hours_note"))));
        put(&mut row, Field::Keywords, "attributes.keyword", Raw::List(texts("keyword")));
        put(&mut row, Field::AreaExcludes, "attributes.area_exclude", Raw::List(texts("area_exclude")));
    } else {
        // Another directory's file: the service areas' names are read like a sheet's cell.
        let names: Vec<String> = s.areas.iter().map(|a| get(a, "name")).filter(|n| !n.is_empty()).collect();
        put(&mut row, Field::ServiceArea, "service_areas.name", Raw::Text(names.join(", ")));
    }
    row
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedules_read_their_ical_rules() {
        let m = |pairs: &[(&str, &str)]| {
            pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<Map>()
        };
        let s = slots(&m(&[
            ("freq", "MONTHLY"),
            ("byday", "1WE,3WE,-1FR"),
            ("opens_at", "18:30:00"),
            ("closes_at", "21:00"),
        ]))
        .unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].rule, Recurrence::Monthly(0b101));
        assert_eq!(s[1].rule, Recurrence::Monthly(LAST_WEEK));
        let s = slots(&m(&[
            ("freq", "WEEKLY"),
            ("interval", "2"),
            ("dtstart", "2024-01-08"),
            ("byday", "TU"),
            ("opens_at", "10:00"),
            ("closes_at", "12:00"),
        ]))
        .unwrap();
        assert_eq!(s[0].rule, Recurrence::Fortnightly(Some(false)));
        assert!(slots(&m(&[("byday", "XX"), ("opens_at", "10:00"), ("closes_at", "12:00")])).is_none());
        assert!(slots(&m(&[("byday", "MO"), ("opens_at", "12:00"), ("closes_at", "10:00")])).is_none());
    }

    #[test]
    fn junk_is_an_error_not_a_panic() {
        assert!(read_json(b"[1, 2]").is_ok());
        assert!(read_json(b"{").is_err());
        assert!(read_tables(&[("services.csv".into(), b"\xff\xfe\x00".to_vec())]).is_ok());
        assert!(read_tables(&[]).is_err());
    }
}
