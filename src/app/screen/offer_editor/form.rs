//! The offer editor's form: built from an offer (every field of it), and read back strictly into
//! one. Text the counsellor did not touch is taken over from the offer exactly as stored (line
//! breaks, spacing, list order), so opening and saving an entry changes nothing it did not show
//! as changed; what was typed is normalised (NFC, trimmed, control characters out).

use crate::app::form::field::{Check, Field, Kind, LINE_BREAK, Opt};
use crate::app::form::options::{options, pick, value_of};
use crate::app::form::{Form, field_keys};
use crate::domain::offer::{Codes, Text};
use crate::domain::text::normalize;
use crate::domain::*;
use crate::i18n::{Label, Lang, T, Te};

field_keys! {
    /// One per field of the offer editor, in the order the form shows them.
    pub enum OfferField {
        Title,
        TitleEn,
        Provider,
        ProviderType,
        Needs,
        SubNeeds,
        Groups,
        Tags,
        Description,
        DescriptionEn,
        Keywords,
        Documents,
        Phone,
        Email,
        Website,
        Street,
        PostalCode,
        Town,
        ServiceArea,
        Towns,
        AreaExcludes,
        Hours,
        HoursNote,
        Appointment,
        Channels,
        Languages,
        Cost,
        CostNote,
        MinAge,
        MaxAge,
        MinGerman,
        Residence,
        EligibilityNote,
        ConditionsFromText,
        Status,
        LastVerified,
        InternalNote,
    }
}

use OfferField as F;

/// Each text field's value as the form opened, to tell typed text from untouched text.
pub type Initial = Vec<(OfferField, String)>;

/// Why the form cannot be saved: the field and the message.
pub type Problem = (OfferField, String);

/// Text fields whose line breaks are kept (as in imports: description and notes).
const MULTILINE: [OfferField; 4] = [F::Description, F::DescriptionEn, F::EligibilityNote, F::InternalNote];

/// Greatest age accepted (as the importer).
const MAX_AGE: i64 = 120;

fn te(lang: Lang, t: Te) -> String {
    lang.t(t).to_string()
}

/// Options "CODE label" for a code list, so a code typed as the first letter finds its entry.
fn coded<X: Label + Copy>(items: &[X], code: fn(X) -> &'static str, lang: Lang) -> Vec<Opt> {
    items
        .iter()
        .enumerate()
        .map(|(i, x)| Opt { label: format!("{} {}", code(*x), x.label(lang)), value: i as u16 })
        .collect()
}

fn values<X: PartialEq>(all: &[X], chosen: &[X]) -> Vec<u16> {
    chosen.iter().filter_map(|x| value_of(all, x)).collect()
}

/// The form for `o`, every field filled with what is stored.
pub fn build(o: &Offer, lang: Lang) -> Form<OfferField> {
    let e = &o.eligibility;
    let age = |a: Option<u8>| a.map(|a| a.to_string()).unwrap_or_default();
    let mut form = Form::builder()
        .section(te(lang, Te::SecOffer))
        .field(Field::text(F::Title, te(lang, Te::FTitle), &o.title, Check::None).required())
        .field(Field::text(F::TitleEn, te(lang, Te::FTitleEn), o.title_en(), Check::None))
        .field(Field::text(F::Provider, te(lang, Te::FProvider), &o.provider, Check::None))
        .field(Field::choice(
            F::ProviderType,
            te(lang, Te::FProviderType),
            options(&ProviderType::ALL, lang),
            value_of(&ProviderType::ALL, &o.provider_type),
        ))
        .section(te(lang, Te::SecNeeds))
        .field(Field::multi(
            F::Needs,
            te(lang, Te::FNeeds),
            coded(&Need::ALL, Need::code, lang),
            &values(&Need::ALL, &o.needs),
        ))
        .field(Field::multi(F::SubNeeds, te(lang, Te::FSubNeeds), Vec::new(), &[]))
        .field(Field::multi(
            F::Groups,
            te(lang, Te::FGroups),
            coded(&TargetGroup::ALL, TargetGroup::code, lang),
            &values(&TargetGroup::ALL, &o.target_groups),
        ))
        .field(Field::multi(
            F::Tags,
            te(lang, Te::FTags),
            coded(&GroupTag::ALL, GroupTag::code, lang),
            &values(&GroupTag::ALL, &o.tags),
        ))
        .section(te(lang, Te::SecText))
        .field(Field::multiline(F::Description, te(lang, Te::FDescription), &o.description))
        .field(Field::multiline(F::DescriptionEn, te(lang, Te::FDescriptionEn), o.description_en()))
        .field(Field::text(F::Keywords, te(lang, Te::FKeywords), &o.keywords.join(", "), Check::None))
        .field(Field::multiline(F::Documents, te(lang, Te::FDocuments), &o.documents.join("; ")))
        .section(te(lang, Te::SecContact))
        .field(Field::text(F::Phone, te(lang, Te::FPhone), &o.phone, Check::Phone))
        .field(Field::text(F::Email, te(lang, Te::FEmail), &o.email, Check::Email))
        .field(Field::text(F::Website, te(lang, Te::FWeb), &o.website, Check::Web))
        .field(Field::text(F::Street, te(lang, Te::FStreet), &o.street, Check::None))
        .field(Field::text(F::PostalCode, te(lang, Te::FPostalCode), &o.postal_code, Check::None))
        .field(Field::text(F::Town, te(lang, Te::FTown), &o.town, Check::None))
        .field(
            Field::choice(
                F::ServiceArea,
                te(lang, Te::FArea),
                options(&ServiceArea::ALL, lang),
                value_of(&ServiceArea::ALL, &o.service_area),
            )
            .required(),
        )
        .field(Field::text(F::Towns, te(lang, Te::FTowns), &o.towns().join(", "), Check::None))
        .field(Field::text(
            F::AreaExcludes,
            te(lang, Te::FExcludes),
            &o.area_excludes.join(", "),
            Check::None,
        ))
        .section(te(lang, Te::SecAccess))
        .field(Field::text(F::Hours, te(lang, Te::FHours), &o.hours.to_string(), Check::Hours))
        .field(Field::text(F::HoursNote, te(lang, Te::FHoursNote), &o.hours.note, Check::None))
        .field(Field::choice(
            F::Appointment,
            te(lang, Te::FAppointment),
            options(&AppointmentMode::ALL, lang),
            value_of(&AppointmentMode::ALL, &o.appointment),
        ))
        .field(Field::multi(
            F::Channels,
            te(lang, Te::FChannels),
            options(&Channel::ALL, lang),
            &values(&Channel::ALL, &o.channels),
        ))
        .field(Field::text(
            F::Languages,
            te(lang, Te::FLanguages),
            &o.languages.iter().map(LangCode::as_str).collect::<Vec<_>>().join(", "),
            Check::None,
        ))
        .field(Field::choice(
            F::Cost,
            te(lang, Te::FCost),
            options(&Cost::ALL, lang),
            value_of(&Cost::ALL, &o.cost),
        ))
        .field(Field::text(F::CostNote, te(lang, Te::FCostNote), &o.cost_note, Check::None))
        .section(te(lang, Te::SecEligibility))
        .field(Field::text(
            F::MinAge,
            te(lang, Te::FMinAge),
            &age(e.min_age),
            Check::Number { min: 0, max: MAX_AGE },
        ))
        .field(Field::text(
            F::MaxAge,
            te(lang, Te::FMaxAge),
            &age(e.max_age),
            Check::Number { min: 0, max: MAX_AGE },
        ))
        .field(Field::choice(
            F::MinGerman,
            te(lang, Te::FMinGerman),
            options(&GermanLevel::ALL, lang),
            e.min_german.and_then(|g| value_of(&GermanLevel::ALL, &g)),
        ))
        .field(Field::multi(
            F::Residence,
            te(lang, Te::FResidence),
            coded(&ResidenceBasis::ALL, ResidenceBasis::code, lang),
            &values(&ResidenceBasis::ALL, &e.residence),
        ))
        .field(Field::multiline(F::EligibilityNote, te(lang, Te::FEligibilityNote), &e.note))
        // Conditions an import read from text stay marked until a counsellor confirms them.
        .field(Field::choice(
            F::ConditionsFromText,
            te(lang, Te::FFromText),
            vec![
                Opt { label: te(lang, Te::OptFromTextOpen), value: 0 },
                Opt { label: te(lang, Te::OptFromTextConfirmed), value: 1 },
            ],
            Some(if e.from_text.any() { 0 } else { 1 }),
        ))
        .section(te(lang, Te::SecUpkeep))
        .field(
            Field::choice(
                F::Status,
                te(lang, Te::FStatus),
                options(&OfferStatus::ALL, lang),
                value_of(&OfferStatus::ALL, &o.status),
            )
            .required(),
        )
        .field(Field::text(
            F::LastVerified,
            te(lang, Te::FVerified),
            &o.last_verified.map(|d| d.to_string()).unwrap_or_default(),
            Check::Date { not_future: true, not_past: false },
        ))
        .field(Field::multiline(F::InternalNote, te(lang, Te::FInternal), &o.internal_note))
        .build();
    // The sub-needs offered follow the needs ticked; the stored ones are ticked.
    if let Kind::Multi { checked, options, .. } = &mut form.get_mut(F::SubNeeds).kind {
        *options = values(SubNeed::ALL, &o.sub_needs)
            .into_iter()
            .map(|value| Opt { label: String::new(), value })
            .collect();
        *checked = vec![true; options.len()];
    }
    refresh_sub_needs(&mut form, lang);
    form.set_hidden(F::ConditionsFromText, !e.from_text.any());
    // Hours with a note per window and monthly rules can be longer than a line field holds;
    // a cut-off text would lose windows when edited.
    if let Kind::Text { input, .. } = &mut form.get_mut(F::Hours).kind {
        *input =
            crate::app::input::TextInput::with_value(crate::app::form::field::NOTE_MAX, &o.hours.to_string());
    }
    form
}

/// Every text field's value as the form holds it now.
pub fn initial(form: &Form<OfferField>) -> Initial {
    form.fields
        .iter()
        .filter(|f| matches!(f.kind, Kind::Text { .. }))
        .map(|f| (f.key, f.text_value().to_string()))
        .collect()
}

/// Offers the sub-needs of the ticked needs, plus any sub-need still ticked; hides the field
/// while there is none. The tick marks and the cursor stay on their sub-needs.
pub fn refresh_sub_needs(form: &mut Form<OfferField>, lang: Lang) {
    let needs: Vec<Need> =
        form.multi(F::Needs).into_iter().filter_map(|v| pick(&Need::ALL, Some(v))).collect();
    let field = form.get_mut(F::SubNeeds);
    let Kind::Multi { options, checked, cursor } = &mut field.kind else { return };
    let ticked: Vec<u16> =
        options.iter().zip(checked.iter()).filter(|(_, c)| **c).map(|(o, _)| o.value).collect();
    let under = options.get(*cursor).map(|o| o.value);
    *options = SubNeed::ALL
        .iter()
        .enumerate()
        .filter(|(i, s)| needs.contains(&s.need()) || ticked.contains(&(*i as u16)))
        .map(|(i, s)| Opt { label: s.label(lang).to_string(), value: i as u16 })
        .collect();
    *checked = options.iter().map(|o| ticked.contains(&o.value)).collect();
    *cursor = under.and_then(|u| options.iter().position(|o| o.value == u)).unwrap_or(0);
    let empty = options.is_empty();
    form.set_hidden(F::SubNeeds, empty);
}

/// The help line for a field.
pub fn help(form: &Form<OfferField>) -> Te {
    let Some(f) = form.focused() else { return Te::HelpGeneric };
    match f.key {
        F::Title => Te::HelpTitle,
        F::Provider => Te::HelpProvider,
        F::SubNeeds => Te::HelpSubNeeds,
        F::Groups => Te::HelpGroups,
        F::Residence => Te::HelpResidence,
        F::Keywords => Te::HelpKeywords,
        F::Documents => Te::HelpDocuments,
        F::Phone => Te::HelpPhone,
        F::Email => Te::HelpEmail,
        F::Website => Te::HelpWeb,
        F::AreaExcludes => Te::HelpExcludes,
        F::Hours => Te::HelpHours,
        F::Languages => Te::HelpLanguages,
        F::MinAge | F::MaxAge => Te::HelpAge,
        F::LastVerified => Te::HelpVerified,
        F::InternalNote => Te::HelpInternal,
        _ if f.multiline => Te::HelpMultiline,
        _ => match f.kind {
            Kind::Choice { .. } => Te::HelpChoice,
            Kind::Multi { .. } => Te::HelpMulti,
            Kind::Text { .. } => Te::HelpGeneric,
        },
    }
}

/// Reads the form back, strictly: the first problem is returned with its field.
pub fn to_offer(
    form: &Form<OfferField>,
    base: &Offer,
    initial: &Initial,
    lang: Lang,
) -> Result<Offer, Problem> {
    let r = Reader { form, initial };
    let mut o = base.clone();
    o.title = r.text(F::Title, &base.title);
    o.set_title_en(r.text(F::TitleEn, base.title_en()));
    o.provider = r.text(F::Provider, &base.provider);
    o.provider_type = pick(&ProviderType::ALL, form.choice(F::ProviderType)).unwrap_or(ProviderType::Other);
    o.needs = keep_order(&base.needs, r.multi(&Need::ALL, F::Needs));
    o.sub_needs = keep_order(&base.sub_needs, r.multi(SubNeed::ALL, F::SubNeeds));
    o.target_groups = keep_order(&base.target_groups, r.multi(&TargetGroup::ALL, F::Groups));
    o.tags = keep_order(&base.tags, r.multi(&GroupTag::ALL, F::Tags));
    o.description = r.text(F::Description, &base.description);
    o.set_description_en(r.text(F::DescriptionEn, base.description_en()));
    o.keywords = r.list(F::Keywords, &base.keywords, &[',', ';']);
    // One per line or separated by `;`.
    o.documents = r.list(F::Documents, &base.documents, &[';', LINE_BREAK]);
    o.phone = r.text(F::Phone, &base.phone);
    o.email = r.text(F::Email, &base.email);
    o.website = r.text(F::Website, &base.website);
    o.street = r.text(F::Street, &base.street);
    o.postal_code = r.text(F::PostalCode, &base.postal_code);
    o.town = r.text(F::Town, &base.town);
    o.service_area = pick(&ServiceArea::ALL, form.choice(F::ServiceArea)).unwrap_or(base.service_area);
    o.set_towns(r.list(F::Towns, base.towns(), &[',', ';']));
    o.area_excludes = r.list(F::AreaExcludes, &base.area_excludes, &[',', ';']);
    if !r.unchanged(F::Hours) {
        (o.hours.slots, o.hours.by_appointment) = match OpeningHours::parse(form.text(F::Hours)) {
            Ok(h) => (h.slots, h.by_appointment),
            Err(e) => return Err((F::Hours, lang.f(T::ValHours, &[&crate::safe_text::visible(&e.part)]))),
        };
    }
    o.hours.note = r.text(F::HoursNote, &base.hours.note);
    o.appointment =
        pick(&AppointmentMode::ALL, form.choice(F::Appointment)).unwrap_or(AppointmentMode::Unknown);
    o.channels = keep_order(&base.channels, r.multi(&Channel::ALL, F::Channels));
    if !r.unchanged(F::Languages) {
        let mut langs = Codes::new();
        for part in form.text(F::Languages).split([',', ';', ' ']).filter(|p| !p.is_empty()) {
            match LangCode::parse(part) {
                Some(l) if !langs.contains(&l) => langs.push(l),
                Some(_) => {}
                None => {
                    return Err((F::Languages, lang.f(Te::ErrLanguage, &[&crate::safe_text::visible(part)])));
                }
            }
        }
        o.languages = langs;
    }
    o.cost = pick(&Cost::ALL, form.choice(F::Cost)).unwrap_or(Cost::Unknown);
    o.cost_note = r.text(F::CostNote, &base.cost_note);
    let age = |key: OfferField| -> Result<Option<u8>, Problem> {
        match form.text(key) {
            "" => Ok(None),
            t => t
                .parse::<u8>()
                .ok()
                .filter(|a| i64::from(*a) <= MAX_AGE)
                .map(Some)
                .ok_or_else(|| (key, lang.f(T::ValNumber, &[&0, &MAX_AGE]))),
        }
    };
    o.eligibility.min_age = age(F::MinAge)?;
    o.eligibility.max_age = age(F::MaxAge)?;
    if let (Some(min), Some(max)) = (o.eligibility.min_age, o.eligibility.max_age)
        && min > max
    {
        return Err((F::MaxAge, lang.t(Te::ErrAges).to_string()));
    }
    o.eligibility.min_german = pick(&GermanLevel::ALL, form.choice(F::MinGerman));
    o.eligibility.residence =
        keep_order(&base.eligibility.residence, r.multi(&ResidenceBasis::ALL, F::Residence));
    o.eligibility.note = r.text(F::EligibilityNote, &base.eligibility.note);
    // "bestätigt" confirms every condition read from text; a condition changed by hand is the
    // counsellor's own.
    let (b, e) = (&base.eligibility, &mut o.eligibility);
    e.from_text = match form.choice(F::ConditionsFromText) {
        Some(1) => FromText::default(),
        _ => FromText {
            min_age: b.from_text.min_age && e.min_age == b.min_age,
            max_age: b.from_text.max_age && e.max_age == b.max_age,
            min_german: b.from_text.min_german && e.min_german == b.min_german,
            residence: b.from_text.residence && e.residence == b.residence,
        },
    };
    o.status = pick(&OfferStatus::ALL, form.choice(F::Status)).unwrap_or(base.status);
    o.last_verified = match form.text(F::LastVerified) {
        "" => None,
        t => Some(Date::parse(t).map_err(|_| (F::LastVerified, lang.t(T::ValDateFormat).to_string()))?),
    };
    o.internal_note = r.text(F::InternalNote, &base.internal_note);
    Ok(o)
}

/// What was chosen, in the stored order for what was there before, new choices after it.
fn keep_order<X: PartialEq + Copy>(base: &[X], chosen: Vec<X>) -> Codes<X> {
    let mut out: Codes<X> = base.iter().copied().filter(|x| chosen.contains(x)).collect();
    out.dedup();
    out.extend(chosen.into_iter().filter(|x| !base.contains(x)));
    out
}

struct Reader<'a> {
    form: &'a Form<OfferField>,
    initial: &'a Initial,
}

impl Reader<'_> {
    fn unchanged(&self, key: OfferField) -> bool {
        self.initial.iter().any(|(k, v)| *k == key && v == self.form.text(key))
    }

    /// A text field: as stored when untouched, else normalised.
    fn text(&self, key: OfferField, stored: &str) -> Text {
        if self.unchanged(key) {
            return stored.into();
        }
        let multiline = MULTILINE.contains(&key);
        let typed =
            if multiline { self.form.get(key).multiline_value() } else { self.form.text(key).to_string() };
        normalize(&typed, multiline).0.into()
    }

    /// A list typed with separators: as stored when untouched, else split, normalised, without
    /// empty items and repeats.
    fn list(&self, key: OfferField, stored: &[Text], seps: &[char]) -> Vec<Text> {
        if self.unchanged(key) {
            return stored.to_vec();
        }
        let mut out: Vec<Text> = Vec::new();
        for item in self.form.text(key).split(seps) {
            let item: Text = normalize(item, false).0.into();
            if !item.is_empty() && !out.contains(&item) {
                out.push(item);
            }
        }
        out
    }

    fn multi<X: Copy>(&self, all: &[X], key: OfferField) -> Vec<X> {
        self.form.multi(key).into_iter().filter_map(|v| pick(all, Some(v))).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_has_every_field_key_once_in_key_order() {
        let form = build(&Offer::new(OfferId::numbered(1), "Kurs"), Lang::De);
        let keys: Vec<OfferField> = form.fields.iter().map(|f| f.key).collect();
        assert_eq!(keys, OfferField::ALL);
    }
}
