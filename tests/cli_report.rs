//! `lotse report` through the real binary: every format, both languages, anonymous (canary
//! names and notes in every personal field appear in no report), the period from the
//! arguments, a file written owner-only; and `lotse init --demo` writing a training database
//! that stays.

#![allow(clippy::unwrap_used)]

use lotse::domain::client::*;
use lotse::domain::referral::{NewReferral, add_note, create};
use lotse::domain::*;
use std::path::Path;
use std::process::{Command, Stdio};

/// Every free text and every name a client can carry, each unlike anything Lotse prints.
const CANARIES: [&str; 14] = [
    "Zyxwerta Quonkel",
    "+49 151 98765432",
    "quonkel@example.invalid",
    "Pseudonym-Wombat",
    "Kanarienvogel-Notiz",
    "Bedarfstext-Okapi",
    "Schritt-Axolotl",
    "Beruf-Quokka",
    "Begruendung-Narwal",
    "Partner-Tapir",
    "Wohnort-Gnu",
    "Verweisnotiz-Lemur",
    "Verlaufsnotiz-Kiwi",
    "Folgenotiz-Dugong",
];
const GAP_NOTE: &str = "Luecke-Pangolin";

fn day() -> Date {
    Date::from_ymd(2026, 2, 10).unwrap()
}

fn canary_client(i: usize) -> Client {
    let mut c = Client::new(0, FirstContact::new(day().add_days(i as i64), ContactChannel::Phone));
    c.identity = if i.is_multiple_of(2) {
        Identity::Named {
            name: Some(SensitiveText::new(CANARIES[0])),
            phone: Some(SensitiveText::new(CANARIES[1])),
            email: Some(SensitiveText::new(CANARIES[2])),
        }
    } else {
        Identity::Anonymous { pseudonym: Some(SensitiveText::new(CANARIES[3])) }
    };
    c.notes = SensitiveText::new(CANARIES[4]);
    c.needs_text = SensitiveText::new(CANARIES[5]);
    c.next_step = SensitiveText::new(CANARIES[6]);
    c.qualification.occupation = Some(CANARIES[7].into());
    c.consent = Consent::given(day(), ConsentForm::Written, &[Purpose::Storage]);
    c.consent.partners = CANARIES[9].into();
    c.stay.place = Some(Place::InRegion { town: Some(CANARIES[10].into()) });
    c.person.nationality = CountryCode::parse("UA");
    c.needs = vec![Need::Spr, Need::Kin];
    let computed = rules::assign(&c, day());
    c.group = Some(
        GroupDecision::choose(computed, day(), CaseGroup::Group(TargetGroup::A), false, CANARIES[8]).unwrap(),
    );
    c
}

/// A database of canary clients with referrals, notes, consultations, a gap and a short contact;
/// the store stays open for what a test adds (opening it again at once can find sled's lock
/// still held by its flusher on a busy machine).
fn database(db: &Path) -> Box<dyn lotse::store::Store> {
    let store = lotse::store::open(db).unwrap();
    let mut offer = Offer::new(OfferId::parse("SPR-IK").unwrap(), "Integrationskurs");
    offer.needs = vec![Need::Spr].into();
    offer.town = "Hafenau".into();
    store.put_offer(&offer).unwrap();
    for i in 0..5 {
        let id = store.create_client(&canary_client(i)).unwrap();
        let at = Timestamp::from_naive(day().naive().and_hms_opt(9, 0, 0).unwrap());
        let mut new = NewReferral::new(ReferralId(0), ClientId(id), Need::Spr);
        new.note = CANARIES[11].into();
        let (r, ev) = create(new, &offer, true, at, "MK").unwrap();
        let rid = store.create_referrals(&[(r.clone(), ev)]).unwrap()[0];
        let r = Referral { id: rid, ..r };
        store.add_referral_event(&add_note(&r, CANARIES[12], at, "MK").unwrap()).unwrap();
        let mut k = Consultation::new(id, day().add_days(7), ContactChannel::Video);
        k.note = SensitiveText::new(CANARIES[13]);
        k.outcomes = vec![Outcome::LanguageCertificate];
        store.create_consultation(&k).unwrap();
    }
    let mut gap = Gap::new(day(), Need::Kin);
    gap.note = SensitiveText::new(GAP_NOTE);
    gap.town = "Hafenau".into();
    store.create_gap(&gap).unwrap();
    store
}

fn lotse(db: &Path, args: &[&str], lang: &str) -> (i32, Vec<u8>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_lotse"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("LANG", lang)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    (out.status.code().unwrap_or(-1), out.stdout, String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn no_name_pseudonym_number_or_note_reaches_any_report_format() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    database(&db);
    for format in ["text", "md", "csv", "json"] {
        for lang in ["de", "en"] {
            let (code, out, err) = lotse(
                &db,
                &["--lang", lang, "report", "--from", "01.01.2026", "--to", "31.03.2026", "--format", format],
                "C",
            );
            assert_eq!(code, 0, "{format} {lang}: {err}");
            let text = String::from_utf8(out).unwrap();
            for canary in CANARIES.iter().chain([&GAP_NOTE]) {
                assert!(!text.contains(canary), "{canary:?} in the {format} report ({lang})");
            }
            // No client number either (K-0001 …), nor a referral or consultation number.
            assert!(
                !text.contains("K-0") && !text.contains("V-1") && !text.contains("B-1"),
                "{format}: {text}"
            );
            // The figures are there: five persons, a gap in a town of the directory.
            assert!(text.contains("Hafenau"), "{format}: {text}");
            assert!(!text.contains("Wohnort"), "a town typed on a client record is not named");
        }
    }
    // Also the file form, with its message.
    let file = dir.path().join("q1.csv");
    let (code, out, _) =
        lotse(&db, &["report", "--period", "this-year", "-o", file.to_str().unwrap()], "de_DE.UTF-8");
    assert_eq!(code, 0);
    assert!(String::from_utf8(out).unwrap().starts_with("Kennzahlen 01.01."));
    let bytes = std::fs::read(&file).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "CSV by the file name, for Excel");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600);
    }
}

#[test]
fn every_format_holds_the_figures_with_stable_keys() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    database(&db);
    let args = ["report", "--from", "2026-01-01", "--to", "2026-03-31"];
    let (_, out, _) = lotse(&db, &[&args[..], &["--format", "json"]].concat(), "C");
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["lotse_figures"], 1);
    assert_eq!(v["period"]["from"], "2026-01-01");
    let overview = v["tables"]["overview"]["rows"].as_array().unwrap();
    let value = |key: &str| overview.iter().find(|r| r["key"] == key).unwrap()["value"].clone();
    assert_eq!(value("persons"), 5);
    assert_eq!(value("first_contacts"), 5);
    assert_eq!(value("follow_ups"), 5);
    assert_eq!(value("gaps_recorded"), "< 3");
    assert_eq!(value("referrals_known_outcome")["percent"], 0.0);
    for table in
        ["contacts_by_kind", "persons_by_group", "needs", "referrals_by_status", "gaps", "stale_offers"]
    {
        assert!(v["tables"][table]["rows"].is_array(), "{table}");
    }
    let (_, out, _) = lotse(&db, &[&args[..], &["--format", "md"]].concat(), "en_GB.UTF-8");
    let md = String::from_utf8(out).unwrap();
    assert!(md.starts_with("# Key figures 01.01.2026 – 31.03.2026"), "{md}");
    assert!(md.contains("| Persons with a contact | 5 |"), "{md}");
    let (_, out, _) = lotse(&db, &args, "de_DE.UTF-8");
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("Personen mit Kontakt") && text.contains("Sprachzertifikat erworben"), "{text}");
    // A wrong period is a wrong call.
    let (code, _, err) = lotse(&db, &["report", "--from", "31.03.2026", "--to", "01.01.2026"], "de_DE.UTF-8");
    assert_eq!(code, 2);
    assert!(err.contains("endet vor seinem Beginn"), "{err}");
    let (code, _, err) = lotse(&db, &["report", "--period", "Quartal"], "en_GB.UTF-8");
    assert_eq!(code, 2);
    assert!(err.starts_with("Unknown period"), "{err}");
}

#[test]
fn init_demo_writes_a_training_database_that_stays_and_only_into_an_empty_one() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("training");
    let (code, out, err) = lotse(&db, &["init", "--demo"], "de_DE.UTF-8");
    assert_eq!(code, 0, "{err}");
    assert!(String::from_utf8(out).unwrap().starts_with("Demo-Verzeichnis und Demo-Fälle geschrieben"));
    {
        let store = lotse::store::open(&db).unwrap();
        assert!(store.all_clients().unwrap().len() >= 40, "several dozen cases");
        assert!(store.offer_count().unwrap() >= 80);
        assert!(!store.all_consultations().unwrap().is_empty() && !store.all_gaps().unwrap().is_empty());
        assert!(store.check_consistency().unwrap().is_empty());
    }
    let (code, _, err) = lotse(&db, &["init", "--demo"], "de_DE.UTF-8");
    assert_eq!(code, 1);
    assert!(err.contains("nicht leer") && err.contains("nichts wurde geändert"), "{err}");
    // The demo's figures are worth looking at: persons over several months.
    let (_, out, _) = lotse(&db, &["report", "--period", "this-year", "--format", "json"], "C");
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let months = v["tables"]["contacts_by_month"]["rows"].as_array().unwrap();
    let active = months.iter().filter(|m| m["all"] != 0).count();
    assert!(
        active >= 4 || chrono::Local::now().date_naive().format("%m").to_string().as_str() < "05",
        "{months:?}"
    );
    // `--demo` with `--db` for anything else is a wrong call.
    let (code, _, err) = lotse(&db, &["--demo", "search", "x"], "en_GB.UTF-8");
    assert_eq!(code, 2);
    assert!(err.contains("init --demo"), "{err}");
}

/// Issue 12: "anonymous statistics stay". A report for a past quarter is the same in every
/// format and language after a client is erased; the trace the erasure leaves holds none of
/// the client's texts.
#[test]
fn a_report_for_a_past_quarter_is_the_same_after_an_erasure() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    {
        // K-0001's referral reached its goal in March; K-0002's stays open (overdue today).
        let store = database(&db);
        let r = store.referrals_of(ClientId(1)).unwrap().remove(0);
        let at =
            Timestamp::from_naive(Date::from_ymd(2026, 3, 2).unwrap().naive().and_hms_opt(9, 0, 0).unwrap());
        let done = lotse::domain::referral::change_status(
            &r,
            ReferralStatus::GoalAchieved,
            "",
            true,
            None,
            at,
            "MK",
        )
        .unwrap();
        store.save_referrals(&[done]).unwrap();
    }
    let reports = |db: &Path| {
        let mut out = Vec::new();
        for format in ["text", "md", "csv", "json"] {
            for lang in ["de", "en"] {
                let args = [
                    "--lang",
                    lang,
                    "report",
                    "--from",
                    "01.01.2026",
                    "--to",
                    "31.03.2026",
                    "--format",
                    format,
                ];
                let (code, bytes, err) = lotse(db, &args, "C");
                assert_eq!(code, 0, "{err}");
                out.push((format, lang, String::from_utf8(bytes).unwrap()));
            }
        }
        out
    };
    let before = reports(&db);
    let json = |rs: &[(&str, &str, String)]| -> serde_json::Value {
        serde_json::from_str(&rs.iter().find(|(f, l, _)| *f == "json" && *l == "en").unwrap().2).unwrap()
    };
    let goal = |v: &serde_json::Value| {
        let rows = v["tables"]["outcomes"]["rows"].as_array().unwrap().clone();
        rows.into_iter().find(|r| r["key"] == "referrals_goal_achieved").unwrap()["value"].clone()
    };
    assert_eq!(goal(&json(&before)), "< 3", "K-0001's goal counts (once, so shown as < 3)");
    let (code, _, err) = lotse(&db, &["client", "erase", "K-0001", "--yes"], "C");
    assert_eq!(code, 0, "{err}");
    let after = reports(&db);
    for ((format, lang, a), (_, _, b)) in before.iter().zip(&after) {
        assert_eq!(a, b, "{format} {lang}: the past quarter changed");
    }
    let store = lotse::store::open(&db).unwrap();
    assert_eq!(store.all_clients().unwrap().len(), 4);
    assert_eq!(store.all_traces().unwrap().len(), 1);
    let records = store.export_records().unwrap();
    let traces: Vec<_> = records.iter().filter(|r| r.kind == lotse::store::Kind::Trace).collect();
    assert_eq!(traces.len(), 1, "the trace is in every backup");
    for canary in CANARIES {
        assert!(!traces[0].value.windows(canary.len()).any(|w| w == canary.as_bytes()), "{canary}");
    }
    drop(store);

    // An open referral's follow-up was overdue today; once the person is erased no one is to be
    // called, so only that figure (counted on the day, not for the period) goes down.
    let (code, _, err) = lotse(&db, &["client", "erase", "K-0002", "--yes"], "C");
    assert_eq!(code, 0, "{err}");
    let (mut a, mut b) = (json(&before), json(&reports(&db)));
    for v in [&mut a, &mut b] {
        v["tables"].as_object_mut().unwrap().remove("overdue_followups");
        let rows = v["tables"]["overview"]["rows"].as_array_mut().unwrap();
        rows.retain(|r| r["key"] != "overdue_followups");
    }
    assert_eq!(a, b);
}
