//! Sets one field of an offer from one raw value (a CSV cell or a JSON value): normalises text
//! (NFC, trimmed, control characters out and reported), checks lengths, contact data, codes
//! and dates. The result depends on the value only, never on what the offer held before, so
//! importing the same file twice gives the same offer.

use super::fields::Field;
use super::report::{IssueKind, ValueType};
use super::values::{self, GroupItem};
use crate::domain::contact::{valid_email, valid_phone, valid_web};
use crate::domain::offer::Text;
use crate::domain::text::normalize;
use crate::domain::*;

/// Longest single-line text, as in the editor's forms (`app::form::field::TEXT_MAX`).
pub const TEXT_MAX: usize = 200;
/// Longest multi-line text (description, notes), as in the forms (`NOTE_MAX`).
pub const NOTE_MAX: usize = 2000;

/// A value as read from a file, before it is checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Raw {
    /// JSON `null`: the field is emptied.
    Null,
    /// A CSV cell, a JSON string or number.
    Text(String),
    /// A JSON array of strings.
    List(Vec<String>),
    /// Structured opening hours from JSON, already checked.
    Slots(Vec<TimeSlot>),
}

/// Sets `field` of `offer` from `raw`. Warnings (control characters removed, hours kept as a
/// note) are pushed to `warnings`; an error means the row is rejected.
pub fn apply(
    field: Field,
    raw: Raw,
    offer: &mut Offer,
    warnings: &mut Vec<IssueKind>,
) -> Result<(), IssueKind> {
    let mut w = Warn(warnings);
    match field {
        Field::Id => {}
        Field::Title => offer.title = w.field_text(raw, field)?,
        Field::Provider => offer.provider = w.field_text(raw, field)?,
        Field::ProviderType => {
            offer.provider_type = w.coded(raw, values::provider_type, ProviderType::Other, || {
                values::codes(&ProviderType::ALL, ProviderType::code)
            })?
        }
        Field::Needs => {
            offer.needs = w.list(raw, |s| values::need(s).ok_or(IssueKind::UnknownNeed(s.into())))?.into()
        }
        Field::SubNeeds => {
            offer.sub_needs =
                w.list(raw, |s| values::sub_need(s).ok_or(IssueKind::UnknownSubNeed(s.into())))?.into()
        }
        Field::Groups | Field::TargetGroups | Field::Tags => {
            let items = w.list(raw, |s| values::group_item(s).ok_or(IssueKind::UnknownGroup(s.into())))?;
            let groups =
                items.iter().filter_map(|i| if let GroupItem::Group(g) = i { Some(*g) } else { None });
            let tags = items.iter().filter_map(|i| if let GroupItem::Tag(t) = i { Some(*t) } else { None });
            match field {
                Field::Groups => (offer.target_groups, offer.tags) = (groups.collect(), tags.collect()),
                Field::TargetGroups if tags.clone().next().is_some() => {
                    return Err(IssueKind::UnknownGroup(
                        tags.map(GroupTag::code).collect::<Vec<_>>().join(", "),
                    ));
                }
                Field::TargetGroups => offer.target_groups = groups.collect(),
                _ => offer.tags = tags.collect(),
            }
        }
        Field::Description => offer.description = w.field_text(raw, field)?,
        Field::Keywords => offer.keywords = w.free_list(raw)?,
        Field::AreaExcludes => offer.area_excludes = w.free_list(raw)?,
        Field::Phone => offer.phone = w.checked(raw, field, valid_phone, IssueKind::BadPhone)?.into(),
        Field::Email => offer.email = w.checked(raw, field, valid_email, IssueKind::BadEmail)?.into(),
        Field::Website => offer.website = w.checked(raw, field, valid_web, IssueKind::BadWeb)?.into(),
        Field::Street => offer.street = w.field_text(raw, field)?,
        Field::PostalCode => offer.postal_code = w.field_text(raw, field)?,
        Field::Town => offer.town = w.field_text(raw, field)?,
        Field::ServiceArea => {
            offer.service_area = w.coded(raw, values::service_area, ServiceArea::District, || {
                values::codes(&ServiceArea::ALL, ServiceArea::code)
            })?
        }
        Field::HoursNote => offer.hours.note = w.field_text(raw, field)?,
        Field::Hours => match raw {
            Raw::Slots(slots) => offer.hours.slots = slots,
            raw => {
                let text = w.text(raw, field)?;
                match OpeningHours::parse(&text) {
                    Ok(h) => offer.hours.slots = h.slots,
                    Err(_) => {
                        // Free text such as "nach Vereinbarung" is worth keeping: it goes in
                        // front of the note, and the counsellor is told.
                        offer.hours.slots.clear();
                        offer.hours.note = match offer.hours.note.is_empty() {
                            true => text.clone().into(),
                            false => format!("{text}; {}", offer.hours.note).into(),
                        };
                        w.0.push(IssueKind::HoursAsNote(text));
                    }
                }
            }
        },
        Field::Appointment => {
            offer.appointment = w.coded(raw, values::appointment, AppointmentMode::Unknown, || {
                values::codes(&AppointmentMode::ALL, AppointmentMode::code)
            })?
        }
        Field::Channels => {
            let valid = || values::codes(&Channel::ALL, Channel::code);
            offer.channels = w
                .list(raw, |s| {
                    values::channel(s)
                        .ok_or_else(|| IssueKind::UnknownValue { value: s.into(), valid: valid() })
                })?
                .into()
        }
        Field::Languages => {
            offer.languages =
                w.list(raw, |s| values::language(s).ok_or(IssueKind::BadLanguage(s.into())))?.into()
        }
        Field::Cost => {
            offer.cost =
                w.coded(raw, values::cost, Cost::Unknown, || values::codes(&Cost::ALL, Cost::code))?
        }
        Field::CostNote => offer.cost_note = w.field_text(raw, field)?,
        Field::Eligibility => offer.eligibility.note = w.field_text(raw, field)?,
        Field::MinAge => offer.eligibility.min_age = w.age(raw)?,
        Field::MaxAge => offer.eligibility.max_age = w.age(raw)?,
        Field::MinGerman => {
            let text = w.text(raw, field)?;
            offer.eligibility.min_german = match text.is_empty() {
                true => None,
                false => Some(values::german_level(&text).ok_or_else(|| IssueKind::UnknownValue {
                    value: text.clone(),
                    valid: values::codes(&GermanLevel::ALL, GermanLevel::code),
                })?),
            }
        }
        Field::Residence => {
            let valid = || values::codes(&ResidenceBasis::ALL, ResidenceBasis::code);
            offer.eligibility.residence = w
                .list(raw, |s| {
                    values::residence(s)
                        .ok_or_else(|| IssueKind::UnknownValue { value: s.into(), valid: valid() })
                })?
                .into()
        }
        Field::Documents => offer.documents = w.free_list(raw)?,
        Field::Status => {
            offer.status = w.coded(raw, values::status, OfferStatus::Active, || {
                values::codes(&OfferStatus::ALL, OfferStatus::code)
            })?
        }
        Field::LastVerified => {
            let text = w.text(raw, field)?;
            offer.last_verified = match text.is_empty() {
                true => None,
                false => Some(Date::parse(&text).map_err(|e| IssueKind::BadDate(text.clone(), e))?),
            }
        }
        Field::Note => offer.internal_note = w.field_text(raw, field)?,
    }
    Ok(())
}

/// Normalises one piece of text; reports removed control characters, refuses overlong text.
pub fn clean(s: &str, multiline: bool, warnings: &mut Vec<IssueKind>) -> Result<String, IssueKind> {
    let (text, removed) = normalize(s, multiline);
    if removed && !warnings.contains(&IssueKind::ControlChars) {
        warnings.push(IssueKind::ControlChars);
    }
    let max = if multiline { NOTE_MAX } else { TEXT_MAX };
    let len = text.chars().count();
    if len > max {
        return Err(IssueKind::TooLong { len, max });
    }
    Ok(text)
}

struct Warn<'a>(&'a mut Vec<IssueKind>);

impl Warn<'_> {
    fn text(&mut self, raw: Raw, field: Field) -> Result<String, IssueKind> {
        match raw {
            Raw::Null => Ok(String::new()),
            Raw::Text(s) => clean(&s, field.multiline(), self.0),
            Raw::List(_) | Raw::Slots(_) => Err(IssueKind::WrongType(ValueType::Text)),
        }
    }

    /// Text that must pass `ok` unless empty.
    fn checked(
        &mut self,
        raw: Raw,
        field: Field,
        ok: fn(&str) -> bool,
        bad: fn(String) -> IssueKind,
    ) -> Result<String, IssueKind> {
        let text = self.text(raw, field)?;
        if text.is_empty() || ok(&text) { Ok(text) } else { Err(bad(text)) }
    }

    /// A coded value; empty gives `default`.
    fn coded<E>(
        &mut self,
        raw: Raw,
        parse: fn(&str) -> Option<E>,
        default: E,
        valid: impl FnOnce() -> String,
    ) -> Result<E, IssueKind> {
        let text = self.text(raw, Field::Title)?;
        if text.is_empty() {
            return Ok(default);
        }
        parse(&text).ok_or_else(|| IssueKind::UnknownValue { value: text, valid: valid() })
    }

    fn items(&mut self, raw: Raw) -> Result<Vec<String>, IssueKind> {
        let items = match raw {
            Raw::Null => Vec::new(),
            Raw::Text(s) => values::split_list(&s).into_iter().map(str::to_string).collect(),
            Raw::List(items) => items,
            Raw::Slots(_) => return Err(IssueKind::WrongType(ValueType::List)),
        };
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            let item = clean(&item, false, self.0)?;
            if !item.is_empty() {
                out.push(item);
            }
        }
        Ok(out)
    }

    /// A list of coded items, each parsed; duplicates dropped, order kept.
    fn list<E: PartialEq>(
        &mut self,
        raw: Raw,
        parse: impl Fn(&str) -> Result<E, IssueKind>,
    ) -> Result<Vec<E>, IssueKind> {
        let mut out = Vec::new();
        for item in self.items(raw)? {
            let e = parse(&item)?;
            if !out.contains(&e) {
                out.push(e);
            }
        }
        Ok(out)
    }

    fn free_list(&mut self, raw: Raw) -> Result<Vec<Text>, IssueKind> {
        Ok(self.items(raw)?.into_iter().map(Text::from).collect())
    }

    /// A text field of the offer.
    fn field_text(&mut self, raw: Raw, field: Field) -> Result<Text, IssueKind> {
        self.text(raw, field).map(Text::from)
    }

    fn age(&mut self, raw: Raw) -> Result<Option<u8>, IssueKind> {
        let text = self.text(raw, Field::Title)?;
        if text.is_empty() {
            return Ok(None);
        }
        values::age(&text).map(Some).ok_or(IssueKind::BadNumber {
            value: text,
            min: 0,
            max: values::MAX_AGE.into(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(field: Field, v: &str) -> (Result<Offer, IssueKind>, Vec<IssueKind>) {
        let mut o = Offer::new(OfferId::parse("x").unwrap(), "t");
        let mut w = Vec::new();
        let r = apply(field, Raw::Text(v.into()), &mut o, &mut w).map(|_| o);
        (r, w)
    }

    #[test]
    fn limits_match_the_forms() {
        assert_eq!(TEXT_MAX, crate::app::form::field::TEXT_MAX);
        assert_eq!(NOTE_MAX, crate::app::form::field::NOTE_MAX);
    }

    #[test]
    fn text_is_normalised_and_control_characters_reported() {
        let (o, w) = set(Field::Title, "  Beratung\u{1b}[31m Su\u{0308}d ");
        assert_eq!(o.unwrap().title, "Beratung[31m Süd");
        assert_eq!(w, [IssueKind::ControlChars]);
        let (o, _) = set(Field::Description, "Zeile 1\r\nZeile 2");
        assert_eq!(o.unwrap().description, "Zeile 1\nZeile 2");
        let (o, _) = set(Field::Title, &"x".repeat(201));
        assert_eq!(o.unwrap_err(), IssueKind::TooLong { len: 201, max: 200 });
    }

    #[test]
    fn groups_split_into_groups_and_tags() {
        let o = set(Field::Groups, "A | d, REF").0.unwrap_err();
        assert_eq!(o, IssueKind::UnknownGroup("d, REF".into()), "bar wins over comma");
        let o = set(Field::Groups, "A|d|REF").0.unwrap();
        assert_eq!(o.target_groups.as_slice(), [TargetGroup::A, TargetGroup::D]);
        assert_eq!(o.tags.as_slice(), [GroupTag::Ref]);
        assert_eq!(set(Field::Groups, "A,F").0.unwrap_err(), IssueKind::UnknownGroup("F".into()));
    }

    #[test]
    fn hours_that_do_not_parse_become_the_note() {
        let mut o = Offer::new(OfferId::parse("x").unwrap(), "t");
        let mut w = Vec::new();
        apply(Field::HoursNote, Raw::Text("Hotline".into()), &mut o, &mut w).unwrap();
        apply(Field::Hours, Raw::Text("in den Ferien geschlossen".into()), &mut o, &mut w).unwrap();
        assert_eq!(o.hours.note, "in den Ferien geschlossen; Hotline");
        assert!(o.hours.slots.is_empty());
        assert_eq!(w, [IssueKind::HoursAsNote("in den Ferien geschlossen".into())]);
        let o = set(Field::Hours, "Mo-Fr 9-12").0.unwrap();
        assert_eq!(o.hours.slots.len(), 5);
    }

    #[test]
    fn contact_dates_and_numbers_are_checked() {
        assert_eq!(
            set(Field::Email, "info(at)x.de").0.unwrap_err(),
            IssueKind::BadEmail("info(at)x.de".into())
        );
        assert_eq!(set(Field::Phone, "0800 CALL").0.unwrap_err(), IssueKind::BadPhone("0800 CALL".into()));
        assert!(set(Field::Website, "").0.is_ok());
        assert!(matches!(
            set(Field::LastVerified, "31.02.2026").0,
            Err(IssueKind::BadDate(_, DateError::Impossible))
        ));
        assert_eq!(
            set(Field::LastVerified, "2026-02-01").0.unwrap().last_verified,
            Date::from_ymd(2026, 2, 1)
        );
        assert!(matches!(set(Field::MinAge, "zwölf").0, Err(IssueKind::BadNumber { .. })));
        assert!(matches!(set(Field::Status, "kaputt").0, Err(IssueKind::UnknownValue { .. })));
        assert_eq!(set(Field::Languages, "de|deu").0.unwrap_err(), IssueKind::BadLanguage("deu".into()));
    }
}
