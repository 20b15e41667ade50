//! One form field: what it holds (text, a date, a choice, several choices), how it edits its
//! own value from keys, and how it checks itself when the counsellor leaves it.

use crate::app::input::TextInput;
use crate::domain::{Date, DateError, YearMonth};
// Moved to the domain so that the importer checks contact data the same way as the forms.
pub use crate::domain::contact::{valid_email, valid_phone, valid_web};
use crate::i18n::{Lang, T};

/// Longest single-line input; notes may be longer.
pub const TEXT_MAX: usize = 200;
pub const NOTE_MAX: usize = 2000;
/// How a line break shows and is typed in a multi-line field (AltGr-R on German keyboards);
/// the screen that reads the field turns it back into `\n` (see [`Field::multiline`]).
pub const LINE_BREAK: char = '¶';

/// What a field checks when it is left or the form is saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    None,
    /// TT.MM.JJJJ; `not_future` refuses dates after today, `not_past` before today.
    Date {
        not_future: bool,
        not_past: bool,
    },
    /// MM.JJJJ, never in the future.
    Month,
    /// A time of day, HH:MM (24 hours; also H:MM, HH.MM, HHMM, HMM, HH).
    Time,
    Email,
    Phone,
    Web,
    /// Whole number within bounds.
    Number {
        min: i64,
        max: i64,
    },
    /// Opening hours as typed ("Mo-Fr 09:00-12:00; Di 14:00-18:00").
    Hours,
}

impl Check {
    /// A value typed as one piece (a date, a month, a number): entering the field and typing
    /// overtypes it. Free text, phone numbers, addresses and hours are added to instead.
    pub fn overtyped(self) -> bool {
        matches!(self, Check::Date { .. } | Check::Month | Check::Time | Check::Number { .. })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opt {
    pub label: String,
    pub value: u16,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Text {
        input: TextInput,
        check: Check,
    },
    /// One of several, or none ("keine Angabe") when `selected` is `None`.
    Choice {
        options: Vec<Opt>,
        selected: Option<usize>,
    },
    /// Any number of several; `cursor` is the option under the cursor.
    Multi {
        options: Vec<Opt>,
        checked: Vec<bool>,
        cursor: usize,
    },
}

/// Names a form's fields: each form has its own key type, an enum with one variant per field.
/// (Plain strings are keys only in the form's own tests.)
pub trait FieldKey: Copy + PartialEq + std::fmt::Debug {}

#[cfg(test)]
impl FieldKey for &'static str {}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field<K> {
    pub key: K,
    pub label: String,
    pub kind: Kind,
    pub required: bool,
    /// Hidden fields are skipped by focus and not rendered (e.g. valid-until without a title).
    pub hidden: bool,
    /// Shown under the field until it is fixed.
    pub error: Option<String>,
    /// A note whose line breaks are kept as [`LINE_BREAK`]; drawn wrapped over several rows.
    pub multiline: bool,
    /// A choice's letters, one per option in order (shown beside the value: "j/n"); typing
    /// one chooses its option. Empty: the field has no letters.
    pub letters: Vec<char>,
    /// Options of a multi-choice shown ticked though not chosen, because the answers imply
    /// them (barriers the rules derive), marked with `implied_label`; reading ignores them.
    pub implied: Vec<u16>,
    pub implied_label: String,
    /// Shown dim after a text field's value: how the field would complete it (a town).
    pub hint: Option<String>,
}

impl<K: FieldKey> Field<K> {
    pub fn text(key: K, label: impl Into<String>, value: &str, check: Check) -> Field<K> {
        Field::new(key, label, Kind::Text { input: TextInput::with_value(TEXT_MAX, value), check })
    }

    pub fn note(key: K, label: impl Into<String>, value: &str) -> Field<K> {
        Field::new(
            key,
            label,
            Kind::Text { input: TextInput::with_value(NOTE_MAX, value), check: Check::None },
        )
    }

    /// A note that keeps line breaks: `value`'s `\n` become [`LINE_BREAK`]s, and a paste keeps
    /// its lines the same way. Read it back with [`Field::multiline_value`].
    pub fn multiline(key: K, label: impl Into<String>, value: &str) -> Field<K> {
        let shown: String = value.chars().map(|c| if c == '\n' { LINE_BREAK } else { c }).collect();
        let mut f = Field::note(key, label, &shown);
        f.multiline = true;
        f
    }

    pub fn choice(key: K, label: impl Into<String>, options: Vec<Opt>, value: Option<u16>) -> Field<K> {
        let selected = value.and_then(|v| options.iter().position(|o| o.value == v));
        Field::new(key, label, Kind::Choice { options, selected })
    }

    pub fn multi(key: K, label: impl Into<String>, options: Vec<Opt>, values: &[u16]) -> Field<K> {
        let checked = options.iter().map(|o| values.contains(&o.value)).collect();
        Field::new(key, label, Kind::Multi { options, checked, cursor: 0 })
    }

    fn new(key: K, label: impl Into<String>, kind: Kind) -> Field<K> {
        Field {
            key,
            label: label.into(),
            kind,
            required: false,
            hidden: false,
            error: None,
            multiline: false,
            letters: Vec::new(),
            implied: Vec::new(),
            implied_label: String::new(),
            hint: None,
        }
    }

    /// Gives a choice's options letters (in option order), shown beside the value.
    pub fn with_letters(mut self, letters: &str) -> Field<K> {
        self.letters = letters.chars().collect();
        self
    }

    /// The option a typed letter chooses, where the field has letters.
    pub fn letter_option(&self, c: char) -> Option<usize> {
        let c = c.to_lowercase().next()?;
        let Kind::Choice { options, .. } = &self.kind else { return None };
        self.letters.iter().position(|l| *l == c).filter(|i| *i < options.len())
    }

    pub fn required(mut self) -> Field<K> {
        self.required = true;
        self
    }

    pub fn hidden(mut self, hidden: bool) -> Field<K> {
        self.hidden = hidden;
        self
    }

    /// The text of a text field ("" for other kinds).
    pub fn text_value(&self) -> &str {
        match &self.kind {
            Kind::Text { input, .. } => input.value().trim(),
            _ => "",
        }
    }

    /// The text of a multi-line field with its line breaks back as `\n`.
    pub fn multiline_value(&self) -> String {
        self.text_value().chars().map(|c| if c == LINE_BREAK { '\n' } else { c }).collect()
    }

    pub fn choice_value(&self) -> Option<u16> {
        match &self.kind {
            Kind::Choice { options, selected } => selected.and_then(|i| options.get(i)).map(|o| o.value),
            _ => None,
        }
    }

    pub fn multi_values(&self) -> Vec<u16> {
        match &self.kind {
            Kind::Multi { options, checked, .. } => {
                options.iter().zip(checked).filter(|(_, c)| **c).map(|(o, _)| o.value).collect()
            }
            _ => Vec::new(),
        }
    }

    pub fn is_empty(&self) -> bool {
        match &self.kind {
            Kind::Text { input, .. } => input.value().trim().is_empty(),
            Kind::Choice { selected, .. } => selected.is_none(),
            Kind::Multi { checked, .. } => !checked.iter().any(|c| *c),
        }
    }

    /// A good value, once left, shown as it will be read: a time as `HH:MM` ("14.30" →
    /// "14:30"). Other values stay as typed.
    pub fn tidy(&mut self) {
        if let Kind::Text { input, check: Check::Time } = &mut self.kind
            && let Ok(t) = crate::domain::TimeOfDay::parse(input.value())
        {
            let shown = t.to_string();
            if input.value() != shown {
                *input = TextInput::with_value(TEXT_MAX, &shown);
            }
        }
    }

    /// Validates the field's own value; `None` when it is fine.
    pub fn check(&self, today: Date, lang: Lang) -> Option<String> {
        if self.required && self.is_empty() {
            return Some(lang.t(T::ValRequired).to_string());
        }
        let Kind::Text { check, .. } = &self.kind else { return None };
        let v = self.text_value();
        if v.is_empty() {
            return None;
        }
        check_text(*check, v, today, lang)
    }
}

/// Checks one typed value; shared by forms and imports.
pub fn check_text(check: Check, v: &str, today: Date, lang: Lang) -> Option<String> {
    let date_err = |e: DateError| match e {
        DateError::Format => lang.t(T::ValDateFormat).to_string(),
        DateError::Impossible => lang.t(T::ValDateImpossible).to_string(),
    };
    match check {
        Check::None => None,
        Check::Date { not_future, not_past } => match Date::parse(v) {
            Err(e) => Some(date_err(e)),
            Ok(d) if not_future && d > today => Some(lang.t(T::ValDateFuture).to_string()),
            Ok(d) if not_past && d < today => Some(lang.t(T::ValDatePast).to_string()),
            Ok(_) => None,
        },
        Check::Month => match YearMonth::parse(v) {
            Err(DateError::Format) => Some(lang.t(T::ValMonthFormat).to_string()),
            Err(DateError::Impossible) => Some(lang.t(T::ValDateImpossible).to_string()),
            Ok(m) if m > YearMonth::of(today) => Some(lang.t(T::ValMonthFuture).to_string()),
            Ok(_) => None,
        },
        Check::Time => crate::domain::TimeOfDay::parse(v).err().map(|e| {
            use crate::domain::TimeError;
            lang.t(match e {
                TimeError::Format => T::ValTimeFormat,
                TimeError::Hour => T::ValTimeHour,
                TimeError::Minute => T::ValTimeMinute,
            })
            .to_string()
        }),
        Check::Email => (!valid_email(v)).then(|| lang.t(T::ValEmail).to_string()),
        Check::Phone => (!valid_phone(v)).then(|| lang.t(T::ValPhone).to_string()),
        Check::Web => (!valid_web(v)).then(|| lang.t(T::ValWeb).to_string()),
        Check::Number { min, max } => match v.parse::<i64>() {
            Ok(n) if (min..=max).contains(&n) => None,
            _ => Some(lang.f(T::ValNumber, &[&min, &max])),
        },
        Check::Hours => crate::domain::OpeningHours::parse(v)
            .err()
            .map(|e| lang.f(T::ValHours, &[&crate::safe_text::visible(&e.part)])),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::from_ymd(2026, 11, 25).unwrap()
    }

    fn date_field(v: &str) -> Field<&'static str> {
        Field::text("d", "Datum", v, Check::Date { not_future: true, not_past: false })
    }

    #[test]
    fn dates_are_checked_in_the_ui_language() {
        assert_eq!(date_field("31.02.2026").check(today(), Lang::De).unwrap(), "Diesen Tag gibt es nicht.");
        assert!(date_field("26.11.2026").check(today(), Lang::En).unwrap().contains("future"));
        assert!(date_field("25.11.2026").check(today(), Lang::De).is_none());
        assert!(date_field("").check(today(), Lang::De).is_none());
        assert!(date_field("").required().check(today(), Lang::De).is_some());
        assert!(date_field("2026/11/01").check(today(), Lang::De).unwrap().contains("TT.MM.JJJJ"));
    }

    #[test]
    fn times_are_checked_with_a_reason_in_both_languages() {
        let f = |v: &str, lang| Field::text("t", "Uhrzeit", v, Check::Time).check(today(), lang);
        assert_eq!(f("14:30", Lang::De), None);
        assert_eq!(f("1430", Lang::En), None);
        assert_eq!(f("", Lang::De), None, "the time is optional");
        assert!(f("24:00", Lang::De).unwrap().contains("0 bis 23"));
        assert!(f("24:00", Lang::En).unwrap().contains("0 to 23"));
        assert!(f("14:60", Lang::De).unwrap().contains("0 bis 59"));
        assert!(f("14:60", Lang::En).unwrap().contains("0 to 59"));
        assert!(f("2:30 pm", Lang::De).unwrap().contains("HH:MM"));
        assert!(f("2:30 pm", Lang::En).unwrap().contains("HH:MM"));
        assert!(Check::Time.overtyped());
    }

    #[test]
    fn months_refuse_the_future() {
        let f = |v: &str| Field::text("m", "Monat", v, Check::Month).check(today(), Lang::De);
        assert!(f("11.2026").is_none());
        assert!(f("12.2026").is_some());
        assert!(f("13.2025").is_some());
    }

    #[test]
    fn contact_checks() {
        assert!(valid_email("info@abh-hafenau.example"));
        assert!(!valid_email("info@localhost"));
        assert!(!valid_email("a b@x.de"));
        assert!(valid_phone("+49 (0)12345 678-90"));
        assert!(!valid_phone("0800 CALL NOW"));
        assert!(!valid_phone("123"));
        assert!(valid_web("https://www.vhs-hafenau.example/kurse"));
        assert!(valid_web("vhs-hafenau.example"));
        assert!(!valid_web("http://"));
    }

    #[test]
    fn choices_and_multis_report_values() {
        let opts = vec![Opt { label: "A".into(), value: 1 }, Opt { label: "B".into(), value: 2 }];
        let c = Field::choice("c", "C", opts.clone(), Some(2));
        assert_eq!(c.choice_value(), Some(2));
        assert!(Field::choice("c", "C", opts.clone(), None).is_empty());
        let m = Field::multi("m", "M", opts, &[1, 2]);
        assert_eq!(m.multi_values(), vec![1, 2]);
    }
}
