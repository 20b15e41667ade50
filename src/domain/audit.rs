//! The audit trail: who (initials), when, which record, and which fields were created,
//! changed, exported or erased — never a value. Append-only; every entry is written by the
//! store in the same step as the change it describes (docs/privacy.md "Audit trail").

use super::code_list::code_list;
use super::timestamp::Timestamp;
use serde::{Deserialize, Serialize};
use std::fmt;

code_list! {
    /// What happened to the record. Stored by variant index: append only.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
    pub enum AuditAction {
        Created,
        Changed,
        Erased,
        Exported,
        Anonymised,
        /// The store repaired something of its own (an id counter behind its records).
        Repaired,
    }
}

/// Which record an entry is about, by number only. Stored by variant index: append only.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Subject {
    Client(u64),
    /// An anonymous short contact.
    Contact(u64),
    /// A referral, with the client it belongs to (so that the client's trail shows it).
    Referral {
        id: u64,
        client: u64,
    },
    Offer(String),
    Settings,
    /// The database as a whole (counter repairs, restores).
    Database,
    /// A follow-up consultation, with the client it belongs to.
    Consultation {
        id: u64,
        client: u64,
    },
    /// A recorded service gap (Angebotslücke).
    Gap(u64),
    /// The count of searches without result for one month, need and town (its key).
    SearchMiss(String),
}

impl Subject {
    /// Whether the entry belongs to client `id`'s trail (the client or one of their referrals).
    pub fn concerns_client(&self, id: u64) -> bool {
        matches!(
            self,
            Subject::Client(c) | Subject::Referral { client: c, .. } | Subject::Consultation { client: c, .. }
                if *c == id
        )
    }
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Subject::Client(id) => write!(f, "{}", super::ClientRef(*id)),
            Subject::Contact(id) => write!(f, "KK-{id:04}"),
            Subject::Referral { id, client } => write!(f, "{}/V-{id}", super::ClientRef(*client)),
            Subject::Offer(id) => write!(f, "{}", crate::safe_text::visible(id)),
            Subject::Settings => f.write_str("settings"),
            Subject::Database => f.write_str("db"),
            Subject::Consultation { id, client } => write!(f, "{}/B-{id}", super::ClientRef(*client)),
            Subject::Gap(id) => write!(f, "L-{id:04}"),
            Subject::SearchMiss(key) => write!(f, "suche/{}", crate::safe_text::visible(key)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub id: u64,
    pub at: Timestamp,
    /// The counsellor's initials ("MK"), from the desk's settings.
    pub who: String,
    pub subject: Subject,
    pub action: AuditAction,
    /// Names of the fields created or changed (`notes`, `person.age` …); never their values.
    pub fields: Vec<String>,
}

/// Initials of a counsellor's name: "Maria Kaya" → "MK", "M. Kaya-Lenz" → "MKL"; a name of
/// up to four letters without spaces is taken as the initials already ("MK", "Demo").
pub fn initials(name: &str) -> String {
    let name = name.trim();
    if name.is_empty() {
        return "?".into();
    }
    if !name.contains([' ', '-', '.']) && name.chars().count() <= 4 {
        return name.to_string();
    }
    name.split([' ', '-', '.']).filter_map(|w| w.chars().next()).flat_map(char::to_uppercase).collect()
}

/// The fields that differ between `old` and `new`, by serde name, one level into nested
/// records (`person.age`); all non-empty fields of `new` when there is no `old`. Only names
/// leave this function.
pub fn changed_fields<T: Serialize>(old: Option<&T>, new: &T) -> Vec<String> {
    use serde_json::Value;
    let to = |v: &T| serde_json::to_value(v).unwrap_or(Value::Null);
    let empty = |v: &Value| match v {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        _ => false,
    };
    let new = to(new);
    let old = old.map(to);
    let mut out = Vec::new();
    let Value::Object(new_map) = &new else { return out };
    for (k, v) in new_map {
        let before = old.as_ref().and_then(|o| o.get(k));
        match (before, v) {
            (None, v) if empty(v) => {}
            (Some(Value::Object(a)), Value::Object(b)) => {
                let mut inner: Vec<String> = b
                    .iter()
                    .filter(|(ik, iv)| a.get(*ik) != Some(*iv))
                    .map(|(ik, _)| format!("{k}.{ik}"))
                    .collect();
                inner.extend(a.keys().filter(|ik| !b.contains_key(*ik)).map(|ik| format!("{k}.{ik}")));
                out.extend(inner);
            }
            (Some(a), b) if a == b => {}
            _ => out.push(k.clone()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Inner {
        age: u8,
        town: String,
    }
    #[derive(Serialize)]
    struct Rec {
        name: String,
        notes: String,
        inner: Inner,
        tags: Vec<u8>,
    }

    #[test]
    fn changed_fields_name_fields_never_values() {
        let a = Rec {
            name: "Ana".into(),
            notes: String::new(),
            inner: Inner { age: 30, town: "X".into() },
            tags: vec![],
        };
        let b = Rec {
            name: "Ana".into(),
            notes: "geheim".into(),
            inner: Inner { age: 31, town: "X".into() },
            tags: vec![],
        };
        assert_eq!(changed_fields(Some(&a), &b), ["inner.age", "notes"], "in name order");
        assert_eq!(changed_fields(Some(&a), &a), Vec::<String>::new());
        assert_eq!(changed_fields(None, &b), ["inner", "name", "notes"], "empty ones left out");
        assert!(!changed_fields(Some(&a), &b).iter().any(|f| f.contains("geheim")));
    }

    #[test]
    fn initials_of_names() {
        assert_eq!(initials("Maria Kaya"), "MK");
        assert_eq!(initials("M. Kaya-Lenz"), "MKL");
        assert_eq!(initials("MK"), "MK");
        assert_eq!(initials("  "), "?");
    }
}
