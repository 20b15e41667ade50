//! The person's own copy (Art. 15 and 20 GDPR): everything Lotse stores about one client, as a
//! readable text in German or English and as JSON, including consents, referrals with their
//! whole history, and the audit trail of the record (which fields were changed when, by whom).
//! Pure: the caller reads the records and writes the files.

use crate::domain::audit::AuditEntry;
use crate::domain::referral::{Referral, ReferralEvent};
use crate::domain::{Client, ClientRef};
use crate::i18n::{Label, Lang};
use crate::safe_text::visible;
use serde::Serialize;
use serde_json::Value;

/// One client's records, gathered for the copy.
#[derive(Debug, Clone, Serialize)]
pub struct PersonData {
    pub client: Client,
    pub referrals: Vec<(Referral, Vec<ReferralEvent>)>,
    /// Follow-up consultations, in order.
    pub consultations: Vec<crate::domain::Consultation>,
    pub audit: Vec<AuditEntry>,
}

/// How many client records in memory are due for anonymisation on `today` after `months`
/// (the start notice; the same rule as [`due_for_anonymisation`]).
pub fn due_count(records: &crate::app::state::Records, months: u16, today: crate::domain::Date) -> usize {
    due_ids(records, months, today).len()
}

/// The clients in memory due for anonymisation on `today` after `months`, by number.
pub fn due_ids(records: &crate::app::state::Records, months: u16, today: crate::domain::Date) -> Vec<u64> {
    use crate::domain::retention;
    use std::collections::HashMap;
    let mut events: HashMap<u64, Vec<ReferralEvent>> = HashMap::new();
    for e in &records.events {
        events.entry(e.referral.0).or_default().push(e.clone());
    }
    let mut by_client: HashMap<u64, Vec<(Referral, Vec<ReferralEvent>)>> = HashMap::new();
    for r in &records.referrals {
        let history = events.remove(&r.id.0).unwrap_or_default();
        by_client.entry(r.client.0).or_default().push((r.clone(), history));
    }
    records
        .clients
        .iter()
        .filter(|c| retention::is_due(c, by_client.get(&c.id).map_or(&[][..], Vec::as_slice), months, today))
        .map(|c| c.id)
        .collect()
}

/// The client records due for anonymisation on `today` under the desk's retention period,
/// each with the day it counts from, oldest first.
pub fn due_for_anonymisation(
    store: &dyn crate::store::Store,
    today: crate::domain::Date,
) -> crate::store::Result<Vec<(u64, crate::domain::Date)>> {
    use crate::domain::retention;
    let months = store.settings()?.retention_months;
    let mut out = Vec::new();
    for c in store.all_clients()? {
        let mut referrals = Vec::new();
        for r in store.referrals_of(crate::domain::ClientId(c.id))? {
            let history = store.events_of(r.id)?;
            referrals.push((r, history));
        }
        // A follow-up consultation is a contact too: the period runs from the last one.
        let consulted = store.consultations_of(c.id)?.iter().map(|k| k.date).max();
        let last = retention::last_activity(&c, &referrals).map(|d| consulted.map_or(d, |k| d.max(k)));
        if retention::is_due(&c, &referrals, months, today)
            && let Some(d) = last
            && d.add_months(i32::from(months)) < today
        {
            out.push((c.id, d));
        }
    }
    out.sort_by_key(|(_, d)| *d);
    Ok(out)
}

/// Everything stored about client `id` (`None`: no such client).
pub fn person_data(store: &dyn crate::store::Store, id: u64) -> crate::store::Result<Option<PersonData>> {
    let Some(client) = store.client(id)? else { return Ok(None) };
    let mut referrals = Vec::new();
    for r in store.referrals_of(crate::domain::ClientId(id))? {
        let history = store.events_of(r.id)?;
        referrals.push((r, history));
    }
    let consultations = store.consultations_of(id)?;
    let audit = store.audit_log()?.into_iter().filter(|e| e.subject.concerns_client(id)).collect();
    Ok(Some(PersonData { client, referrals, consultations, audit }))
}

/// Where the screen writes a person's copy: `LOTSE_COPY_DIR` if set, else the folder
/// "Lotse-Auskunft" in the user's documents folder (or home). The counsellor hands the files
/// over and deletes them; Lotse names the folder in its message.
pub fn copy_dir() -> std::path::PathBuf {
    if let Some(dir) = std::env::var_os("LOTSE_COPY_DIR").filter(|d| !d.is_empty()) {
        return dir.into();
    }
    let base = directories::UserDirs::new()
        .and_then(|u| {
            u.document_dir().map(std::path::Path::to_path_buf).or_else(|| Some(u.home_dir().to_path_buf()))
        })
        .unwrap_or_else(|| std::path::PathBuf::from("."));
    base.join("Lotse-Auskunft")
}

/// The two files of a copy at `base` (`base.txt`, `base.json`).
pub fn copy_paths(base: &std::path::Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let with = |ext: &str| {
        let mut p = base.as_os_str().to_owned();
        p.push(ext);
        std::path::PathBuf::from(p)
    };
    (with(".txt"), with(".json"))
}

/// Writes the copy of `data` to `base.txt` and `base.json` (owner-only, atomically), in the
/// person's language where Lotse has it. The caller logs the export.
pub fn write_copy(
    data: &PersonData,
    base: &std::path::Path,
    lang: Lang,
    today: crate::domain::Date,
) -> Result<(std::path::PathBuf, std::path::PathBuf), (std::path::PathBuf, std::io::Error)> {
    let (txt, json_path) = copy_paths(base);
    let copy_lang = copy_language(&data.client, lang);
    for (path, body) in [(&txt, text(data, copy_lang, today)), (&json_path, json(data))] {
        crate::files::write_atomic(path, body.as_bytes()).map_err(|e| (path.clone(), e))?;
    }
    Ok((txt, json_path))
}

/// The language the copy is written in: the client's counselling language when it is German
/// or English, else the language Lotse runs in.
pub fn copy_language(client: &Client, fallback: Lang) -> Lang {
    match client.contact.language.as_ref().map(|l| l.as_str()) {
        Some("de") => Lang::De,
        Some("en") => Lang::En,
        _ => fallback,
    }
}

/// The machine-readable copy: every stored field, as JSON (Art. 20).
pub fn json(data: &PersonData) -> String {
    let referrals: Vec<Value> =
        data.referrals.iter().map(|(r, h)| serde_json::json!({ "referral": r, "history": h })).collect();
    let doc = serde_json::json!({
        "lotse_person_copy": 1,
        "client": data.client,
        "referrals": referrals,
        "consultations": data.consultations,
        "audit": data.audit,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}

/// A section name of the client record in the reader's language.
fn section(key: &str, lang: Lang) -> String {
    let (de, en) = match key {
        "id" => ("Nummer", "Number"),
        "created" => ("Angelegt am", "Created on"),
        "updated" => ("Zuletzt geändert am", "Last changed on"),
        "contact" => ("Erster Kontakt", "First contact"),
        "consent" => ("Einwilligung", "Consent"),
        "identity" => ("Name und Erreichbarkeit", "Name and how to reach you"),
        "person" => ("Person", "Person"),
        "stay" => ("Aufenthalt", "Stay in Germany"),
        "qualification" => ("Berufsabschluss", "Qualification"),
        "employment" => ("Beschäftigung", "Employment"),
        "barriers" => ("Hürden am Arbeitsmarkt", "Barriers to work"),
        "needs" => ("Anliegen", "Needs"),
        "needs_text" => ("Anliegen in Worten", "Needs in words"),
        "urgency" => ("Dringlichkeit", "Urgency"),
        "deadline" => ("Frist", "Deadline"),
        "group" => ("Zielgruppe", "Target group"),
        "next_step" => ("Nächster Schritt", "Next step"),
        "follow_up" => ("Wiedervorlage", "Follow-up date"),
        "follow_up_kind" => ("Art der Wiedervorlage", "Kind of follow-up"),
        "sub_needs" => ("Teilanliegen", "Sub-needs"),
        "employer" => ("Unternehmen", "Company"),
        "notes" => ("Notizen", "Notes"),
        other => (other, other),
    };
    lang.pick(de, en).to_string()
}

/// Flattens a JSON value into `path: value` lines; empty values are left out.
fn lines(prefix: &str, v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Null => {}
        Value::Object(m) => {
            for (k, v) in m {
                let p = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                lines(&p, v, out);
            }
        }
        Value::Array(a) if a.is_empty() => {}
        Value::Array(a) if a.iter().all(|x| !x.is_object() && !x.is_array()) => {
            let items: Vec<String> = a.iter().map(scalar).collect();
            out.push(format!("{prefix}: {}", items.join(", ")));
        }
        Value::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                lines(&format!("{prefix}[{}]", i + 1), v, out);
            }
        }
        Value::String(s) if s.is_empty() => {}
        other => out.push(format!("{prefix}: {}", scalar(other))),
    }
}

fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => visible(s).into_owned(),
        Value::Bool(true) => "ja / yes".into(),
        Value::Bool(false) => "nein / no".into(),
        other => other.to_string(),
    }
}

/// The readable copy (Art. 15).
pub fn text(data: &PersonData, lang: Lang, today: crate::domain::Date) -> String {
    let c = &data.client;
    let number = ClientRef(c.id);
    let mut out = String::new();
    out.push_str(lang.pick(
        &format!("Auskunft über Ihre Daten bei Lotse – {number}, Stand {today}\n"),
        &format!("Your data held in Lotse – {number}, as of {today}\n"),
    ));
    out.push_str(lang.pick(
        "Alles, was über Sie gespeichert ist: die Angaben aus dem Gespräch, Ihre Einwilligung, die Verweise an andere Stellen mit ihrem Verlauf, und wann wer welche Angaben geändert hat.\n",
        "Everything stored about you: what was recorded in the conversation, your consent, the referrals to other services with their history, and when who changed which entries.\n",
    ));
    let record = serde_json::to_value(c).unwrap_or(Value::Null);
    if let Value::Object(m) = &record {
        for (k, v) in m {
            let mut l = Vec::new();
            lines("", v, &mut l);
            if l.is_empty() {
                continue;
            }
            out.push_str(&format!("\n{}\n", section(k, lang)));
            for line in l {
                let line = line.strip_prefix(": ").unwrap_or(&line).to_string();
                out.push_str(&format!("  {line}\n"));
            }
        }
    }
    out.push_str(&format!("\n{}\n", lang.pick("Verweise", "Referrals")));
    if data.referrals.is_empty() {
        out.push_str(lang.pick("  keine\n", "  none\n"));
    }
    // "Termin 09.12.2026 14:30": the appointment with its time where one was given.
    let appointment = |a: Option<crate::domain::Appointment>| {
        a.map(|a| format!(" · {} {a}", lang.pick("Termin", "appointment"))).unwrap_or_default()
    };
    for (r, history) in &data.referrals {
        out.push_str(&format!(
            "  V-{} · {} ({}) · {} · {}{}\n",
            r.id.0,
            visible(&r.offer_snapshot.title),
            visible(&r.offer_snapshot.provider),
            r.need.code(),
            r.status.label(lang),
            appointment(r.appointment)
        ));
        for e in history {
            use crate::domain::EventKind;
            let note = if e.note.is_empty() { String::new() } else { format!(" – {}", visible(&e.note)) };
            let appt = match e.kind {
                EventKind::Created { appointment: a, .. }
                | EventKind::StatusChanged { appointment: a, .. }
                | EventKind::Reopened { appointment: a, .. } => appointment(a),
                EventKind::NoteAdded | EventKind::FollowUpPostponed { .. } => String::new(),
            };
            out.push_str(&format!("    {} {} {}{appt}{note}\n", e.at, visible(&e.by), e.kind.label(lang)));
        }
    }
    out.push_str(&format!("\n{}\n", lang.pick("Folgeberatungen", "Follow-up consultations")));
    if data.consultations.is_empty() {
        out.push_str(lang.pick("  keine\n", "  none\n"));
    }
    for k in &data.consultations {
        let mut l = Vec::new();
        lines("", &serde_json::to_value(k).unwrap_or(Value::Null), &mut l);
        out.push_str(&format!("  B-{} · {}\n", k.id, k.date));
        for line in
            l.iter().filter(|l| !l.starts_with("id:") && !l.starts_with("client:") && !l.starts_with("date:"))
        {
            out.push_str(&format!("    {line}\n"));
        }
    }
    out.push_str(&format!("\n{}\n", lang.pick("Änderungsprotokoll", "Change log")));
    for e in &data.audit {
        out.push_str(&format!(
            "  {}  {}  {}  {:?}  {}\n",
            e.at,
            visible(&e.who),
            e.subject,
            e.action,
            e.fields.join(", ")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::client::{ContactChannel, FirstContact, Identity, SensitiveText};

    fn data() -> PersonData {
        let day = crate::domain::Date::from_ymd(2026, 11, 25).unwrap();
        let mut c = Client::new(7, FirstContact::new(day, ContactChannel::Phone));
        c.identity =
            Identity::Named { name: Some(SensitiveText::new("Ana Silva")), phone: None, email: None };
        c.notes = SensitiveText::new("ruft Dienstag an");
        PersonData { client: c, referrals: vec![], consultations: vec![], audit: vec![] }
    }

    #[test]
    fn the_copy_holds_every_stored_value_in_both_forms() {
        let d = data();
        let day = crate::domain::Date::from_ymd(2026, 12, 3).unwrap();
        let t = text(&d, Lang::De, day);
        assert!(t.starts_with("Auskunft über Ihre Daten bei Lotse – K-0007, Stand 03.12.2026"), "{t}");
        assert!(t.contains("Ana Silva") && t.contains("ruft Dienstag an") && t.contains("Notizen"), "{t}");
        let en = text(&d, Lang::En, day);
        assert!(en.contains("Notes") && en.contains("Referrals\n  none"), "{en}");
        let j: Value = serde_json::from_str(&json(&d)).unwrap();
        assert_eq!(j["client"]["id"], 7);
        assert!(json(&d).contains("Ana Silva"));
    }

    #[test]
    fn the_copy_holds_each_consent_and_its_history() {
        use crate::domain::client::{Consent, ConsentForm, Purpose};
        let mut d = data();
        let day = crate::domain::Date::from_ymd(2026, 11, 2).unwrap();
        let later = crate::domain::Date::from_ymd(2026, 11, 20).unwrap();
        d.client.consent = Consent::given(day, ConsentForm::Written, &[Purpose::Storage, Purpose::FollowUp]);
        d.client.consent.withdraw(Purpose::FollowUp, later, later).unwrap();
        let j: Value = serde_json::from_str(&json(&d)).unwrap();
        let consent = &j["client"]["consent"];
        assert_eq!(consent["follow_up"]["answer"], "Withdrawn");
        assert_eq!(consent["follow_up"]["date"], "2026-11-20");
        assert_eq!(consent["history"].as_array().map(Vec::len), Some(3), "{consent}");
        let t = text(&d, Lang::De, later);
        assert!(t.contains("Einwilligung") && t.contains("Withdrawn") && t.contains("history"), "{t}");
    }

    #[test]
    fn the_copy_names_the_appointment_with_its_time_in_text_and_json() {
        use crate::domain::referral::{NewReferral, create};
        use crate::domain::{Appointment, ClientId, Date, Need, Offer, OfferId, ReferralId, TimeOfDay};
        let mut d = data();
        let day = Date::from_ymd(2026, 12, 3).unwrap();
        let at = crate::domain::Timestamp::from_naive(day.naive().and_hms_opt(9, 0, 0).unwrap());
        let when = Appointment::at(Date::from_ymd(2026, 12, 9).unwrap(), TimeOfDay::from_hm(14, 30).unwrap());
        let new = NewReferral {
            status: crate::domain::ReferralStatus::AppointmentMade,
            appointment: Some(when),
            ..NewReferral::new(ReferralId(3), ClientId(7), Need::Arb)
        };
        let offer = Offer::new(OfferId::parse("A-1").unwrap(), "Arbeitsvermittlung");
        let (r, ev) = create(new, &offer, false, at, "MK").unwrap();
        d.referrals.push((r, vec![ev]));
        let t = text(&d, Lang::De, day);
        assert!(t.contains("Termin vereinbart · Termin 09.12.2026 14:30\n"), "{t}");
        assert!(
            t.contains("angelegt · Termin 09.12.2026 14:30")
                || t.matches("Termin 09.12.2026 14:30").count() == 2,
            "{t}"
        );
        assert!(text(&d, Lang::En, day).contains("appointment 09.12.2026 14:30"));
        let j: Value = serde_json::from_str(&json(&d)).unwrap();
        let appointment = &j["referrals"][0]["referral"]["appointment"];
        assert_eq!(
            (appointment["date"].as_str(), appointment["time"].as_str()),
            (Some("2026-12-09"), Some("14:30"))
        );
        let created = &j["referrals"][0]["history"][0]["kind"]["Created"]["appointment"];
        assert_eq!(created["time"], "14:30", "{j}");
    }

    #[test]
    fn the_copy_is_in_the_counselling_language_when_it_is_german_or_english() {
        let mut d = data();
        assert_eq!(copy_language(&d.client, Lang::De), Lang::De);
        d.client.contact.language = crate::domain::LangCode::parse("en");
        assert_eq!(copy_language(&d.client, Lang::De), Lang::En);
        d.client.contact.language = crate::domain::LangCode::parse("tr");
        assert_eq!(copy_language(&d.client, Lang::En), Lang::En);
    }
}

#[cfg(test)]
mod due_tests {
    use super::*;
    use crate::domain::client::{ContactChannel, FirstContact};
    use crate::domain::{Date, OfferId};

    #[test]
    fn the_start_notice_counts_old_records_without_open_referrals() {
        let mut records = crate::app::state::Records::default();
        let old = Date::from_ymd(2023, 1, 10).unwrap();
        for id in 1..=3 {
            records.clients.push(Client::new(id, FirstContact::new(old, ContactChannel::Phone)));
        }
        let recent = Date::from_ymd(2026, 11, 1).unwrap();
        records.clients.push(Client::new(4, FirstContact::new(recent, ContactChannel::Phone)));
        // Client 3 has an open referral: never due.
        let offer = crate::domain::Offer::new(OfferId::parse("A").unwrap(), "A");
        let ts = crate::domain::Timestamp::from_naive(old.naive().and_hms_opt(9, 0, 0).unwrap());
        let new = crate::domain::NewReferral::new(
            crate::domain::ReferralId(1),
            crate::domain::ClientId(3),
            crate::domain::Need::Arb,
        );
        let (r, ev) = crate::domain::referral::create(new, &offer, false, ts, "MK").unwrap();
        records.referrals.push(r);
        records.events.push(ev);
        assert_eq!(due_count(&records, 24, Date::from_ymd(2026, 12, 3).unwrap()), 2);
        assert_eq!(due_count(&records, 60, Date::from_ymd(2026, 12, 3).unwrap()), 0);
    }
}
