//! Sets one field of an offer from one raw value (a CSV or sheet cell, a JSON value):
//! normalises text (NFC, trimmed, control characters out and reported), checks lengths and
//! contact data, and maps values to codes tolerantly. A value that fits no code list never
//! rejects a row: it is mapped to the nearest code when that is clear, its text is kept (as
//! the cost note, the hours note, the provider type's note, a keyword or the conditions'
//! note), and the mapping is recorded for the report. The result depends on the value (and
//! the region's towns) only, never on what the offer held before, so importing the same file
//! twice gives the same offer.

use super::fields::Field;
use super::maps::{self, Found};
use super::report::{IssueKind, ValueType};
use super::values::{self, GroupItem};
use crate::domain::conditions::{self, Source};
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

/// Where text that did not fit its field is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    CostNote,
    HoursNote,
    ProviderTypeNote,
    Keywords,
    EligibilityNote,
}

/// How a value was read when it was not simply a code.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Mapped {
    /// To this code (or value), the text kept as a note.
    Code { to: String, kept: bool },
    /// Not clear: the field keeps this default, the text is kept.
    Unclear { to: String },
    /// The service area as towns.
    Towns(Vec<String>),
    /// An item of a code list that is none: kept as a keyword.
    Keyword,
    /// A condition read from text, not yet confirmed.
    Condition { what: Condition, value: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Condition {
    MinAge,
    MaxAge,
    MinGerman,
    Residence,
}

/// One mapping of one cell: the text as written and what it became.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mapping {
    pub field: Field,
    pub from: String,
    pub to: Mapped,
}

/// The towns of the region, learnt from the file and the database (every town of an offer,
/// every town a service area names); the first spelling seen counts.
#[derive(Debug, Clone, Default)]
pub struct Region {
    towns: Vec<(String, String)>,
}

impl Region {
    pub fn add(&mut self, town: &str) {
        let town = town.trim();
        let f = fold(town);
        if !f.is_empty() && !self.towns.iter().any(|(k, _)| *k == f) {
            self.towns.push((f, town.to_string()));
        }
    }

    /// The region's spelling of a town, if it knows it.
    pub fn spelling(&self, town: &str) -> Option<&str> {
        let f = fold(town);
        self.towns.iter().find(|(k, _)| *k == f).map(|(_, t)| t.as_str())
    }

    pub(super) fn len(&self) -> usize {
        self.towns.len()
    }

    pub(super) fn folded(&self) -> impl Iterator<Item = &str> {
        self.towns.iter().map(|(k, _)| k.as_str())
    }
}

fn fold(s: &str) -> String {
    super::text::fold(s)
}

/// What applying a row's cells found besides the values: warnings, text to keep elsewhere,
/// mappings for the report.
pub struct Ctx<'a> {
    pub warnings: Vec<IssueKind>,
    pub kept: Vec<(Keep, String)>,
    pub mappings: Vec<Mapping>,
    pub region: &'a Region,
}

impl<'a> Ctx<'a> {
    pub fn new(region: &'a Region) -> Ctx<'a> {
        Ctx { warnings: Vec::new(), kept: Vec::new(), mappings: Vec::new(), region }
    }

    fn map(&mut self, field: Field, from: &str, to: Mapped) {
        self.mappings.push(Mapping { field, from: from.to_string(), to });
    }

    fn keep(&mut self, keep: Keep, text: &str) {
        self.kept.push((keep, text.to_string()));
    }
}

/// Sets `field` of `offer` from `raw`. An error means the row is rejected.
pub fn apply(field: Field, raw: Raw, offer: &mut Offer, cx: &mut Ctx) -> Result<(), IssueKind> {
    match field {
        Field::Id => {}
        Field::Title => offer.title = cx.field_text(raw, field)?,
        Field::TitleEn => offer.set_title_en(cx.field_text(raw, field)?),
        Field::Provider => offer.provider = cx.field_text(raw, field)?,
        Field::ProviderType => {
            let text = cx.text(raw, field)?;
            offer.provider_type = if text.is_empty() {
                ProviderType::Other
            } else if let Some(p) = values::provider_type(&text) {
                p
            } else {
                let found = maps::provider_type().find(&text).and_then(|f| match f {
                    Found::Exact(c) => ProviderType::from_code(c).map(|p| (p, false)),
                    Found::Words(c) => ProviderType::from_code(c).map(|p| (p, true)),
                });
                match found {
                    Some((p, kept)) => {
                        if kept {
                            cx.keep(Keep::ProviderTypeNote, &text);
                        }
                        cx.map(field, &text, Mapped::Code { to: p.code().into(), kept });
                        p
                    }
                    None => {
                        cx.keep(Keep::ProviderTypeNote, &text);
                        cx.map(field, &text, Mapped::Unclear { to: ProviderType::Other.code().into() });
                        ProviderType::Other
                    }
                }
            }
        }
        Field::ProviderTypeNote => offer.set_provider_type_note(cx.field_text(raw, field)?),
        Field::Needs => offer.needs = cx.coded_list(raw, field, values::need_tolerant)?.into(),
        Field::SubNeeds => {
            offer.sub_needs = cx.coded_list(raw, field, |s| values::sub_need(s).map(|n| (n, None)))?.into()
        }
        Field::Groups | Field::TargetGroups | Field::Tags => {
            let items = cx.coded_list(raw, field, values::group_tolerant)?;
            let groups =
                items.iter().filter_map(|i| if let GroupItem::Group(g) = i { Some(*g) } else { None });
            let tags = items.iter().filter_map(|i| if let GroupItem::Tag(t) = i { Some(*t) } else { None });
            match field {
                Field::Groups => (offer.target_groups, offer.tags) = (groups.collect(), tags.collect()),
                Field::TargetGroups => {
                    // A tag among the groups (JSON) is still a tag.
                    offer.target_groups = groups.collect();
                    for t in tags {
                        if !offer.tags.contains(&t) {
                            offer.tags.push(t);
                        }
                    }
                }
                _ => offer.tags = tags.collect(),
            }
        }
        Field::Description => offer.description = cx.field_text(raw, field)?,
        Field::DescriptionEn => offer.set_description_en(cx.field_text(raw, field)?),
        Field::Keywords => offer.keywords = cx.free_list(raw)?,
        Field::AreaExcludes => offer.area_excludes = cx.free_list(raw)?,
        Field::Towns => offer.set_towns(cx.free_list(raw)?),
        Field::Phone => {
            let text = cx.text(raw, field)?;
            let fixed = values::fix_phone(&text);
            offer.phone = cx.contact(field, text, fixed, valid_phone, IssueKind::BadPhone)?.into();
        }
        Field::Email => {
            let text = cx.text(raw, field)?;
            let fixed = values::fix_email(&text);
            offer.email = cx.contact(field, text, fixed, email_ok, IssueKind::BadEmail)?.into();
        }
        Field::Website => {
            let text = cx.text(raw, field)?;
            if values::foreign_scheme(&text) {
                return Err(IssueKind::UnsafeWeb(text));
            }
            offer.website = cx.contact(field, text, None, valid_web, IssueKind::BadWeb)?.into();
        }
        Field::Street => offer.street = cx.field_text(raw, field)?,
        Field::PostalCode => {
            let text = cx.text(raw, field)?;
            // A spreadsheet keeps "01234" as the number 1234.
            let padded =
                (text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit())).then(|| format!("0{text}"));
            if let Some(p) = &padded {
                cx.map(field, &text, Mapped::Code { to: p.clone(), kept: false });
            }
            offer.postal_code = padded.unwrap_or(text).into();
        }
        Field::Town => offer.town = cx.field_text(raw, field)?,
        Field::ServiceArea => {
            let text = cx.text(raw, field)?;
            let (area, towns) = match text.is_empty() {
                true => (ServiceArea::District, Vec::new()),
                false => match values::service_area(&text) {
                    Some(a) => (a, Vec::new()),
                    None => {
                        let (a, towns) = values::area_from_towns(&text, &offer.town, cx.region);
                        let to = match towns.is_empty() {
                            true => Mapped::Code { to: a.code().into(), kept: false },
                            false => Mapped::Towns(towns.clone()),
                        };
                        cx.map(field, &text, to);
                        (a, towns)
                    }
                },
            };
            offer.service_area = area;
            offer.set_towns(towns.into_iter().map(Text::from).collect());
        }
        Field::HoursNote => offer.hours.note = cx.field_text(raw, field)?,
        Field::Hours => match raw {
            Raw::Slots(slots) => offer.hours.slots = slots,
            raw => {
                let text = cx.text(raw, field)?;
                let read = OpeningHours::parse_lenient(&text);
                offer.hours.slots = read.hours.slots;
                offer.hours.by_appointment = read.hours.by_appointment;
                let mut kept = read.unread.clone();
                kept.extend(read.notes);
                if !kept.is_empty() {
                    cx.keep(Keep::HoursNote, &kept.join("; "));
                }
                if !read.unread.is_empty() {
                    cx.warnings.push(IssueKind::HoursAsNote(read.unread.join("; ")));
                }
                if offer.hours.has_unknown_weeks() {
                    cx.warnings.push(IssueKind::HoursUnknownWeeks);
                }
            }
        },
        Field::ByAppointment => {
            let text = cx.text(raw, field)?;
            offer.hours.by_appointment = match text.as_str() {
                "true" => true,
                "false" | "" => false,
                _ => return Err(IssueKind::WrongType(ValueType::Text)),
            }
        }
        Field::Appointment => {
            offer.appointment = cx.coded(
                raw,
                field,
                values::appointment,
                maps::appointment(),
                AppointmentMode::from_code,
                (AppointmentMode::Unknown, AppointmentMode::Unknown),
                Keep::HoursNote,
                AppointmentMode::code,
            )?
        }
        Field::Channels => {
            offer.channels = cx
                .coded_list(raw, field, |s| {
                    values::channel(s).map(|c| (c, None)).or_else(|| match maps::channel().find(s) {
                        Some(Found::Exact(c) | Found::Words(c)) => {
                            Channel::from_code(c).map(|ch| (ch, Some(ch.code().to_string())))
                        }
                        None => None,
                    })
                })?
                .into()
        }
        Field::Languages => offer.languages = cx.coded_list(raw, field, values::language_tolerant)?.into(),
        Field::Cost => {
            offer.cost = cx.coded(
                raw,
                field,
                values::cost,
                maps::cost(),
                Cost::from_code,
                (Cost::Unknown, Cost::Unknown),
                Keep::CostNote,
                Cost::code,
            )?
        }
        Field::CostNote => offer.cost_note = cx.field_text(raw, field)?,
        Field::Eligibility => offer.eligibility.note = cx.field_text(raw, field)?,
        Field::MinAge => offer.eligibility.min_age = cx.age(raw, field, true)?,
        Field::MaxAge => offer.eligibility.max_age = cx.age(raw, field, false)?,
        Field::MinGerman => {
            let text = cx.text(raw, field)?;
            offer.eligibility.min_german = match text.is_empty() {
                true => None,
                false => match values::german_level(&text) {
                    Some(l) => Some(l),
                    None => match conditions::read(&text, Source::Conditions).min_german {
                        Some((l, _)) => {
                            cx.map(field, &text, Mapped::Code { to: l.code().into(), kept: false });
                            Some(l)
                        }
                        None => {
                            cx.keep(Keep::EligibilityNote, &text);
                            cx.map(field, &text, Mapped::Unclear { to: String::new() });
                            None
                        }
                    },
                },
            }
        }
        Field::Residence => {
            let mut out: Vec<ResidenceBasis> = Vec::new();
            for item in cx.items(raw)? {
                let found: Vec<ResidenceBasis> = match values::residence(&item) {
                    Some(r) => vec![r],
                    None => conditions::read(&item, Source::Conditions)
                        .residence
                        .into_iter()
                        .map(|r| r.0)
                        .collect(),
                };
                if found.is_empty() {
                    cx.keep(Keep::EligibilityNote, &item);
                    cx.map(field, &item, Mapped::Unclear { to: String::new() });
                } else if values::residence(&item).is_none() {
                    let to = found.iter().map(|r| r.code()).collect::<Vec<_>>().join(", ");
                    cx.map(field, &item, Mapped::Code { to, kept: false });
                }
                for r in found {
                    if !out.contains(&r) {
                        out.push(r);
                    }
                }
            }
            offer.eligibility.residence = out.into();
        }
        Field::FromText => {
            let mut f = FromText::default();
            for item in cx.items(raw)? {
                match Field::from_header(&item)
                    .or_else(|| Field::from_json_key(&format!("eligibility.{item}")))
                {
                    Some(Field::MinAge) => f.min_age = true,
                    Some(Field::MaxAge) => f.max_age = true,
                    Some(Field::MinGerman) => f.min_german = true,
                    Some(Field::Residence) => f.residence = true,
                    _ => cx.warnings.push(IssueKind::UnknownFromText(item)),
                }
            }
            offer.eligibility.from_text = f;
        }
        Field::Documents => offer.documents = cx.free_list(raw)?,
        Field::Status => {
            let text = cx.text(raw, field)?;
            offer.status = if text.is_empty() {
                OfferStatus::Active
            } else if let Some(s) = values::status(&text) {
                s
            } else {
                match maps::status().find(&text).and_then(|f| match f {
                    Found::Exact(c) | Found::Words(c) => OfferStatus::from_code(c),
                }) {
                    Some(s) => {
                        cx.map(field, &text, Mapped::Code { to: s.code().into(), kept: false });
                        s
                    }
                    None => {
                        cx.map(field, &text, Mapped::Unclear { to: OfferStatus::Active.code().into() });
                        cx.warnings.push(IssueKind::StatusAsActive(text.clone()));
                        OfferStatus::Active
                    }
                }
            }
        }
        Field::LastVerified => {
            let text = cx.text(raw, field)?;
            offer.last_verified = match text.is_empty() {
                true => None,
                false => match Date::parse(&text) {
                    Ok(d) => Some(d),
                    Err(e) => match values::date_tolerant(&text) {
                        Some(d) => {
                            cx.map(field, &text, Mapped::Code { to: d.to_string(), kept: false });
                            Some(d)
                        }
                        None => {
                            cx.warnings.push(IssueKind::DateNotRead(text.clone(), e));
                            None
                        }
                    },
                },
            }
        }
        Field::Note => offer.internal_note = cx.field_text(raw, field)?,
    }
    Ok(())
}

/// An e-mail address as the forms take it, without a "mailto:" in front.
fn email_ok(s: &str) -> bool {
    valid_email(s) && !s.to_ascii_lowercase().starts_with("mailto:")
}

/// Normalises one piece of text; reports removed control characters, refuses overlong text.
pub fn clean(s: &str, multiline: bool, warnings: &mut Vec<IssueKind>) -> Result<String, IssueKind> {
    let (text, removed) = normalize(s, multiline);
    if removed && !warnings.contains(&IssueKind::ControlChars) {
        warnings.push(IssueKind::ControlChars);
    }
    if text.contains('\u{FFFD}') && !warnings.contains(&IssueKind::ReplacementChar) {
        warnings.push(IssueKind::ReplacementChar);
    }
    let max = if multiline { NOTE_MAX } else { TEXT_MAX };
    let len = text.chars().count();
    if len > max {
        return Err(IssueKind::TooLong { len, max });
    }
    Ok(text)
}

impl Ctx<'_> {
    fn text(&mut self, raw: Raw, field: Field) -> Result<String, IssueKind> {
        match raw {
            Raw::Null => Ok(String::new()),
            Raw::Text(s) => clean(&s, field.multiline(), &mut self.warnings),
            Raw::List(_) | Raw::Slots(_) => Err(IssueKind::WrongType(ValueType::Text)),
        }
    }

    /// Contact data: as written, or as fixed when that is clear ("info(at)x.de"); a value that
    /// still does not pass is refused, because a counsellor would pass it on to a client.
    fn contact(
        &mut self,
        field: Field,
        text: String,
        fixed: Option<String>,
        ok: fn(&str) -> bool,
        bad: fn(String) -> IssueKind,
    ) -> Result<String, IssueKind> {
        if text.is_empty() || ok(&text) {
            return Ok(text);
        }
        match fixed.filter(|f| ok(f)) {
            Some(f) => {
                self.map(field, &text, Mapped::Code { to: f.clone(), kept: false });
                Ok(f)
            }
            None => Err(bad(text)),
        }
    }

    /// A coded value: a code, label or synonym as it is; else the table's nearest code with
    /// the text kept; else `unclear` with the text kept. Empty gives `empty`.
    #[allow(clippy::too_many_arguments)]
    fn coded<E: Copy>(
        &mut self,
        raw: Raw,
        field: Field,
        parse: fn(&str) -> Option<E>,
        table: &maps::Table,
        from_code: fn(&str) -> Option<E>,
        (empty, unclear): (E, E),
        keep: Keep,
        code: fn(E) -> &'static str,
    ) -> Result<E, IssueKind> {
        let text = self.text(raw, field)?;
        if text.is_empty() {
            return Ok(empty);
        }
        if let Some(e) = parse(&text) {
            return Ok(e);
        }
        let found = table.find(&text).and_then(|f| match f {
            Found::Exact(c) => from_code(c).map(|e| (e, false)),
            Found::Words(c) => from_code(c).map(|e| (e, true)),
        });
        match found {
            Some((e, kept)) => {
                if kept {
                    self.keep(keep, &text);
                }
                self.map(field, &text, Mapped::Code { to: code(e).into(), kept });
                Ok(e)
            }
            None => {
                self.keep(keep, &text);
                self.map(field, &text, Mapped::Unclear { to: code(unclear).into() });
                Ok(unclear)
            }
        }
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
            let item = clean(&item, false, &mut self.warnings)?;
            if !item.is_empty() {
                out.push(item);
            }
        }
        Ok(out)
    }

    /// A list of coded items; an item that is no code is kept as a keyword. `parse` gives the
    /// value and, when it was mapped from other words, the code it became.
    fn coded_list<E: PartialEq>(
        &mut self,
        raw: Raw,
        field: Field,
        parse: impl Fn(&str) -> Option<(E, Option<String>)>,
    ) -> Result<Vec<E>, IssueKind> {
        let mut out = Vec::new();
        for item in self.items(raw)? {
            match parse(&item) {
                Some((e, mapped)) => {
                    if let Some(to) = mapped {
                        self.map(field, &item, Mapped::Code { to, kept: false });
                    }
                    if !out.contains(&e) {
                        out.push(e);
                    }
                }
                None => {
                    self.keep(Keep::Keywords, &item);
                    self.map(field, &item, Mapped::Keyword);
                }
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

    /// An age: a number, or a number in words ("18 Jahre", "ab 27"); else the text is kept
    /// with the conditions.
    fn age(&mut self, raw: Raw, field: Field, min: bool) -> Result<Option<u8>, IssueKind> {
        let text = self.text(raw, field)?;
        if text.is_empty() {
            return Ok(None);
        }
        if let Some(a) = values::age(&text) {
            return Ok(Some(a));
        }
        let found = conditions::read(&text, Source::Conditions);
        let from_words = if min { found.min_age } else { found.max_age }.map(|a| a.0);
        let leading = values::leading_age(&text);
        match from_words.or(leading) {
            Some(a) => {
                self.map(field, &text, Mapped::Code { to: a.to_string(), kept: false });
                Ok(Some(a))
            }
            None => {
                self.keep(Keep::EligibilityNote, &text);
                self.map(field, &text, Mapped::Unclear { to: String::new() });
                Ok(None)
            }
        }
    }
}

#[cfg(test)]
mod tests;
