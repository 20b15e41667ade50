//! The command line speaks the user's language: help, and a wrong call explained in one
//! sentence with exit code 2.

#![allow(clippy::unwrap_used)]

use std::process::Command;

fn lotse(args: &[&str], lang_env: &str) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_lotse")).args(args).env("LANG", lang_env).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn help_in_german_by_default_and_in_english_on_request() {
    let (code, out, _) = lotse(&["--help"], "de_DE.UTF-8");
    assert_eq!(code, 0);
    for part in
        ["Aufruf: lotse", "Befehle:", "Optionen:", "Hilfe anzeigen", "Eine Sicherung in eine leere Datenbank"]
    {
        assert!(out.contains(part), "{part:?} missing in:\n{out}");
    }
    let (_, out, _) = lotse(&["--lang", "en", "import", "--help"], "de_DE.UTF-8");
    for part in ["Usage: lotse import", "Arguments:", "Check and report only", "Print help"] {
        assert!(out.contains(part), "{part:?} missing in:\n{out}");
    }
    let (_, out, _) = lotse(&["search", "--help"], "en_GB.UTF-8");
    assert!(out.contains("Search words (all must match)"), "{out}");
}

#[test]
fn a_wrong_call_gets_one_sentence_and_exit_code_2() {
    let (code, out, err) = lotse(&["search", "--hepl"], "de_DE.UTF-8");
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.starts_with("Aufruf nicht verstanden:"), "{err}");
    assert!(err.contains("Hilfe: lotse --help"), "{err}");
    let (code, _, err) = lotse(&["--lang", "en", "--demo", "search", "--need", "XYZ", "a"], "de_DE.UTF-8");
    assert_eq!(code, 2);
    assert!(err.starts_with("Unknown need \"XYZ\""), "{err}");
}

#[test]
fn search_prints_text_and_json_with_the_screen_ranking() {
    let (code, out, _) = lotse(&["--demo", "search", "anerk", "lehr", "--limit", "3"], "C");
    assert_eq!(code, 0);
    let first = out.lines().next().unwrap();
    assert!(first.starts_with("  1. Anerkennung ausländischer Lehrkräftequalifikationen"), "{out}");
    let (code, out, _) = lotse(&["--demo", "search", "--need", "ANE", "--format", "json", "lehr"], "C");
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let first = &v.as_array().unwrap()[0];
    for key in ["id", "title", "provider", "phone", "score"] {
        assert!(first.get(key).is_some(), "{key} missing: {first}");
    }
    assert_eq!(first["id"], "ANE-LEHR");
}

#[test]
fn search_on_an_empty_database_says_how_to_load_offers() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    // A search never creates a database: a mistyped path is said so.
    let (code, _, err) = lotse(&["--db", db.to_str().unwrap(), "search", "sprachcafe"], "de_DE.UTF-8");
    assert_eq!(code, 1);
    assert!(err.starts_with("Unter ") && err.contains("gibt es keine Lotse-Datenbank"), "{err}");
    assert!(!db.exists(), "nothing created");
    drop(lotse::store::open(&db).unwrap());
    let (code, out, _) = lotse(&["--db", db.to_str().unwrap(), "search", "sprachcafe"], "de_DE.UTF-8");
    assert_eq!(code, 0);
    assert!(out.contains("0 von 0") && out.contains("lotse import DATEI.csv"), "{out}");
    let (code, out, _) = lotse(&["--db", db.to_str().unwrap(), "search", "--format", "json", "x"], "C");
    assert_eq!(code, 0);
    assert_eq!(out.trim(), "[]", "JSON stays machine-readable");
}

#[test]
fn report_and_init_explain_themselves_in_both_languages() {
    let (code, out, _) = lotse(&["report", "--help"], "de_DE.UTF-8");
    assert_eq!(code, 0);
    for part in
        ["Aufruf: lotse report", "Kennzahlen eines Zeitraums", "--from <DATUM>", "last-quarter", "Excel"]
    {
        assert!(out.contains(part), "{part:?} missing in:\n{out}");
    }
    let (_, out, _) = lotse(&["--lang", "en", "report", "--help"], "de_DE.UTF-8");
    for part in ["Usage: lotse report", "key figures of a period", "default: today", "Print help"] {
        assert!(out.contains(part), "{part:?} missing in:\n{out}");
    }
    let (_, out, _) = lotse(&["init", "--help"], "en_GB.UTF-8");
    assert!(out.contains("training database that stays"), "{out}");
    let (_, out, _) = lotse(&["--help"], "de_DE.UTF-8");
    assert!(out.contains("report") && out.contains("init"), "{out}");
}
