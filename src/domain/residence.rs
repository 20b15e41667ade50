//! Residence bases (Aufenthaltsgrundlage) and German levels, shared by intake and eligibility.

use crate::domain::code_list::code_list;
use serde::{Deserialize, Serialize};

code_list! {
    /// Residence basis codes from docs/domain.md "Intake". Stored by variant index: append only.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum ResidenceBasis {
        /// still abroad
        Abroad,
        /// EU free movement (EU/EEA/Swiss citizen or family member)
        Eu,
        /// employment (§§18a, 18b, 18g, 19c, 21 …)
        Emp,
        /// job seeking with a foreign qualification (§20a, Chancenkarte)
        JobSeek,
        /// study or vocational training (§§16b, 16a)
        Study,
        /// recognition measure (§16d)
        Recog,
        /// family reunification (§§27–36)
        Fam,
        /// humanitarian title (§§22–26, incl. §24)
        Hum,
        /// asylum procedure (Aufenthaltsgestattung)
        Asyl,
        /// Duldung
        Duld,
        /// settlement permit / permanent residence
        Perm,
        /// German citizen
        De,
        /// job search after a degree or vocational training completed in Germany (§20). Kept apart
        /// from `JobSeek` because it leads to group C (rule R1) while §20a leads to group A (R4).
        /// Appended last: variants are stored by index.
        PostStudy,
    }
}

impl ResidenceBasis {
    pub fn code(self) -> &'static str {
        match self {
            ResidenceBasis::Abroad => "ABROAD",
            ResidenceBasis::Eu => "EU",
            ResidenceBasis::Emp => "EMP",
            ResidenceBasis::JobSeek => "JOBSEEK",
            ResidenceBasis::Study => "STUDY",
            ResidenceBasis::Recog => "RECOG",
            ResidenceBasis::Fam => "FAM",
            ResidenceBasis::Hum => "HUM",
            ResidenceBasis::Asyl => "ASYL",
            ResidenceBasis::Duld => "DULD",
            ResidenceBasis::Perm => "PERM",
            ResidenceBasis::De => "DE",
            ResidenceBasis::PostStudy => "POSTSTUDY",
        }
    }

    pub fn from_code(code: &str) -> Option<ResidenceBasis> {
        let code = code.trim();
        ResidenceBasis::ALL.into_iter().find(|r| r.code().eq_ignore_ascii_case(code))
    }

    /// Refugee status in the sense of the REF tag (humanitarian, asylum, Duldung).
    pub fn is_refugee(self) -> bool {
        matches!(self, ResidenceBasis::Hum | ResidenceBasis::Asyl | ResidenceBasis::Duld)
    }
}

code_list! {
    /// German level on the CEFR scale; `None` means no German at all.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    pub enum GermanLevel {
        None,
        A1,
        A2,
        B1,
        B2,
        C1,
        C2,
    }
}

impl GermanLevel {
    pub fn code(self) -> &'static str {
        match self {
            GermanLevel::None => "0",
            GermanLevel::A1 => "A1",
            GermanLevel::A2 => "A2",
            GermanLevel::B1 => "B1",
            GermanLevel::B2 => "B2",
            GermanLevel::C1 => "C1",
            GermanLevel::C2 => "C2",
        }
    }

    /// Accepts `A1`–`C2` in any case, and `0`/`keine`/`none` for no German.
    pub fn parse(s: &str) -> Option<GermanLevel> {
        let s = s.trim();
        if ["0", "keine", "none", "kein"].iter().any(|k| s.eq_ignore_ascii_case(k)) {
            return Some(GermanLevel::None);
        }
        GermanLevel::ALL.into_iter().skip(1).find(|l| l.code().eq_ignore_ascii_case(s))
    }
}

/// An ISO 639-1 language code (`de`, `en`, `ar` …), lower case. Two bytes inline rather than a
/// `String`: every offer lists several, and a heap string each costs memory on small desks.
/// Stored as a string, exactly as a `String` would be (same bytes in bincode and JSON).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LangCode([u8; 2]);

impl LangCode {
    /// Accepts exactly two ASCII letters, any case.
    pub fn parse(s: &str) -> Option<LangCode> {
        match s.trim().as_bytes() {
            &[a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
                Some(LangCode([a.to_ascii_lowercase(), b.to_ascii_lowercase()]))
            }
            _ => None,
        }
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII letters get in (see `parse`), so this never falls back.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
}

impl Serialize for LangCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for LangCode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        LangCode::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("invalid language code {s:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_levels_order_and_parse() {
        assert!(GermanLevel::A2 < GermanLevel::B1);
        assert_eq!(GermanLevel::parse("b1"), Some(GermanLevel::B1));
        assert_eq!(GermanLevel::parse("keine"), Some(GermanLevel::None));
        assert_eq!(GermanLevel::parse("D1"), None);
    }

    #[test]
    fn lang_codes_are_two_letters() {
        assert_eq!(LangCode::parse("AR").unwrap().as_str(), "ar");
        assert!(LangCode::parse("ara").is_none());
        assert!(LangCode::parse("ü1").is_none());
    }

    #[test]
    fn residence_codes_round_trip() {
        for r in ResidenceBasis::ALL {
            assert_eq!(ResidenceBasis::from_code(r.code()), Some(r));
        }
    }
}
