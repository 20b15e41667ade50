//! The offer editor's form: built from an offer (every field of it), and read back strictly into
//! one. Text the counsellor did not touch is taken over from the offer exactly as stored (line
//! breaks, spacing, list order), so opening and saving an entry changes nothing it did not show
//! as changed; what was typed is normalised (NFC, trimmed, control characters out).

use super::form::Form;
use super::form::field::{Check, Field, Kind, LINE_BREAK, Opt};
use super::form::options::{options, pick, value_of};
use crate::domain::offer::{Codes, Text};
use crate::domain::text::normalize;
use crate::domain::*;
use crate::i18n::{Label, Lang, T, Te};

/// Each text field's value as the form opened, to tell typed text from untouched text.
pub type Initial = Vec<(&'static str, String)>;

/// Why the form cannot be saved: the field and the message.
pub type Problem = (&'static str, String);

/// Text fields whose line breaks are kept (as in imports: description and notes).
const MULTILINE: [&str; 4] = ["description", "description_en", "eligibility_note", "internal_note"];

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
pub fn build(o: &Offer, lang: Lang) -> Form {
    let e = &o.eligibility;
    let age = |a: Option<u8>| a.map(|a| a.to_string()).unwrap_or_default();
    let mut form = Form::builder()
        .section(te(lang, Te::SecOffer))
        .field(Field::text("title", te(lang, Te::FTitle), &o.title, Check::None).required())
        .field(Field::text("title_en", te(lang, Te::FTitleEn), o.title_en(), Check::None))
        .field(Field::text("provider", te(lang, Te::FProvider), &o.provider, Check::None))
        .field(Field::choice(
            "provider_type",
            te(lang, Te::FProviderType),
            options(&ProviderType::ALL, lang),
            value_of(&ProviderType::ALL, &o.provider_type),
        ))
        .section(te(lang, Te::SecNeeds))
        .field(Field::multi(
            "needs",
            te(lang, Te::FNeeds),
            coded(&Need::ALL, Need::code, lang),
            &values(&Need::ALL, &o.needs),
        ))
        .field(Field::multi("sub_needs", te(lang, Te::FSubNeeds), Vec::new(), &[]))
        .field(Field::multi(
            "groups",
            te(lang, Te::FGroups),
            coded(&TargetGroup::ALL, TargetGroup::code, lang),
            &values(&TargetGroup::ALL, &o.target_groups),
        ))
        .field(Field::multi(
            "tags",
            te(lang, Te::FTags),
            coded(&GroupTag::ALL, GroupTag::code, lang),
            &values(&GroupTag::ALL, &o.tags),
        ))
        .section(te(lang, Te::SecText))
        .field(Field::multiline("description", te(lang, Te::FDescription), &o.description))
        .field(Field::multiline("description_en", te(lang, Te::FDescriptionEn), o.description_en()))
        .field(Field::text("keywords", te(lang, Te::FKeywords), &o.keywords.join(", "), Check::None))
        .field(Field::multiline("documents", te(lang, Te::FDocuments), &o.documents.join("; ")))
        .section(te(lang, Te::SecContact))
        .field(Field::text("phone", te(lang, Te::FPhone), &o.phone, Check::Phone))
        .field(Field::text("email", te(lang, Te::FEmail), &o.email, Check::Email))
        .field(Field::text("website", te(lang, Te::FWeb), &o.website, Check::Web))
        .field(Field::text("street", te(lang, Te::FStreet), &o.street, Check::None))
        .field(Field::text("postal_code", te(lang, Te::FPostalCode), &o.postal_code, Check::None))
        .field(Field::text("town", te(lang, Te::FTown), &o.town, Check::None))
        .field(
            Field::choice(
                "service_area",
                te(lang, Te::FArea),
                options(&ServiceArea::ALL, lang),
                value_of(&ServiceArea::ALL, &o.service_area),
            )
            .required(),
        )
        .field(Field::text("towns", te(lang, Te::FTowns), &o.towns().join(", "), Check::None))
        .field(Field::text(
            "area_excludes",
            te(lang, Te::FExcludes),
            &o.area_excludes.join(", "),
            Check::None,
        ))
        .section(te(lang, Te::SecAccess))
        .field(Field::text("hours", te(lang, Te::FHours), &o.hours.to_string(), Check::Hours))
        .field(Field::text("hours_note", te(lang, Te::FHoursNote), &o.hours.note, Check::None))
        .field(Field::choice(
            "appointment",
            te(lang, Te::FAppointment),
            options(&AppointmentMode::ALL, lang),
            value_of(&AppointmentMode::ALL, &o.appointment),
        ))
        .field(Field::multi(
            "channels",
            te(lang, Te::FChannels),
            options(&Channel::ALL, lang),
            &values(&Channel::ALL, &o.channels),
        ))
        .field(Field::text(
            "languages",
            te(lang, Te::FLanguages),
            &o.languages.iter().map(LangCode::as_str).collect::<Vec<_>>().join(", "),
            Check::None,
        ))
        .field(Field::choice(
            "cost",
            te(lang, Te::FCost),
            options(&Cost::ALL, lang),
            value_of(&Cost::ALL, &o.cost),
        ))
        .field(Field::text("cost_note", te(lang, Te::FCostNote), &o.cost_note, Check::None))
        .section(te(lang, Te::SecEligibility))
        .field(Field::text(
            "min_age",
            te(lang, Te::FMinAge),
            &age(e.min_age),
            Check::Number { min: 0, max: MAX_AGE },
        ))
        .field(Field::text(
            "max_age",
            te(lang, Te::FMaxAge),
            &age(e.max_age),
            Check::Number { min: 0, max: MAX_AGE },
        ))
        .field(Field::choice(
            "min_german",
            te(lang, Te::FMinGerman),
            options(&GermanLevel::ALL, lang),
            e.min_german.and_then(|g| value_of(&GermanLevel::ALL, &g)),
        ))
        .field(Field::multi(
            "residence",
            te(lang, Te::FResidence),
            coded(&ResidenceBasis::ALL, ResidenceBasis::code, lang),
            &values(&ResidenceBasis::ALL, &e.residence),
        ))
        .field(Field::multiline("eligibility_note", te(lang, Te::FEligibilityNote), &e.note))
        // Conditions an import read from text stay marked until a counsellor confirms them.
        .field(Field::choice(
            "from_text",
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
                "status",
                te(lang, Te::FStatus),
                options(&OfferStatus::ALL, lang),
                value_of(&OfferStatus::ALL, &o.status),
            )
            .required(),
        )
        .field(Field::text(
            "last_verified",
            te(lang, Te::FVerified),
            &o.last_verified.map(|d| d.to_string()).unwrap_or_default(),
            Check::Date { not_future: true, not_past: false },
        ))
        .field(Field::multiline("internal_note", te(lang, Te::FInternal), &o.internal_note))
        .build();
    // The sub-needs offered follow the needs ticked; the stored ones are ticked.
    if let Kind::Multi { checked, options, .. } = &mut form.get_mut("sub_needs").kind {
        *options = values(SubNeed::ALL, &o.sub_needs)
            .into_iter()
            .map(|value| Opt { label: String::new(), value })
            .collect();
        *checked = vec![true; options.len()];
    }
    refresh_sub_needs(&mut form, lang);
    form.set_hidden("from_text", !e.from_text.any());
    // Hours with a note per window and monthly rules can be longer than a line field holds;
    // a cut-off text would lose windows when edited.
    if let Kind::Text { input, .. } = &mut form.get_mut("hours").kind {
        *input = super::input::TextInput::with_value(super::form::field::NOTE_MAX, &o.hours.to_string());
    }
    form
}

/// Every text field's value as the form holds it now.
pub fn initial(form: &Form) -> Initial {
    form.fields
        .iter()
        .filter(|f| matches!(f.kind, Kind::Text { .. }))
        .map(|f| (f.key, f.text_value().to_string()))
        .collect()
}

/// Offers the sub-needs of the ticked needs, plus any sub-need still ticked; hides the field
/// while there is none. The tick marks and the cursor stay on their sub-needs.
pub fn refresh_sub_needs(form: &mut Form, lang: Lang) {
    let needs: Vec<Need> =
        form.multi("needs").into_iter().filter_map(|v| pick(&Need::ALL, Some(v))).collect();
    let field = form.get_mut("sub_needs");
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
    form.set_hidden("sub_needs", empty);
}

/// The help line for a field.
pub fn help(form: &Form) -> Te {
    let Some(f) = form.focused() else { return Te::HelpGeneric };
    match f.key {
        "title" => Te::HelpTitle,
        "provider" => Te::HelpProvider,
        "sub_needs" => Te::HelpSubNeeds,
        "groups" => Te::HelpGroups,
        "residence" => Te::HelpResidence,
        "keywords" => Te::HelpKeywords,
        "documents" => Te::HelpDocuments,
        "phone" => Te::HelpPhone,
        "email" => Te::HelpEmail,
        "website" => Te::HelpWeb,
        "area_excludes" => Te::HelpExcludes,
        "hours" => Te::HelpHours,
        "languages" => Te::HelpLanguages,
        "min_age" | "max_age" => Te::HelpAge,
        "last_verified" => Te::HelpVerified,
        "internal_note" => Te::HelpInternal,
        _ if f.multiline => Te::HelpMultiline,
        _ => match f.kind {
            Kind::Choice { .. } => Te::HelpChoice,
            Kind::Multi { .. } => Te::HelpMulti,
            Kind::Text { .. } => Te::HelpGeneric,
        },
    }
}

/// Reads the form back, strictly: the first problem is returned with its field.
pub fn to_offer(form: &Form, base: &Offer, initial: &Initial, lang: Lang) -> Result<Offer, Problem> {
    let r = Reader { form, initial };
    let mut o = base.clone();
    o.title = r.text("title", &base.title);
    o.set_title_en(r.text("title_en", base.title_en()));
    o.provider = r.text("provider", &base.provider);
    o.provider_type = pick(&ProviderType::ALL, form.choice("provider_type")).unwrap_or(ProviderType::Other);
    o.needs = keep_order(&base.needs, r.multi(&Need::ALL, "needs"));
    o.sub_needs = keep_order(&base.sub_needs, r.multi(SubNeed::ALL, "sub_needs"));
    o.target_groups = keep_order(&base.target_groups, r.multi(&TargetGroup::ALL, "groups"));
    o.tags = keep_order(&base.tags, r.multi(&GroupTag::ALL, "tags"));
    o.description = r.text("description", &base.description);
    o.set_description_en(r.text("description_en", base.description_en()));
    o.keywords = r.list("keywords", &base.keywords, &[',', ';']);
    // One per line or separated by `;`.
    o.documents = r.list("documents", &base.documents, &[';', LINE_BREAK]);
    o.phone = r.text("phone", &base.phone);
    o.email = r.text("email", &base.email);
    o.website = r.text("website", &base.website);
    o.street = r.text("street", &base.street);
    o.postal_code = r.text("postal_code", &base.postal_code);
    o.town = r.text("town", &base.town);
    o.service_area = pick(&ServiceArea::ALL, form.choice("service_area")).unwrap_or(base.service_area);
    o.set_towns(r.list("towns", base.towns(), &[',', ';']));
    o.area_excludes = r.list("area_excludes", &base.area_excludes, &[',', ';']);
    if !r.unchanged("hours") {
        (o.hours.slots, o.hours.by_appointment) = match OpeningHours::parse(form.text("hours")) {
            Ok(h) => (h.slots, h.by_appointment),
            Err(e) => return Err(("hours", lang.f(T::ValHours, &[&crate::safe_text::visible(&e.part)]))),
        };
    }
    o.hours.note = r.text("hours_note", &base.hours.note);
    o.appointment =
        pick(&AppointmentMode::ALL, form.choice("appointment")).unwrap_or(AppointmentMode::Unknown);
    o.channels = keep_order(&base.channels, r.multi(&Channel::ALL, "channels"));
    if !r.unchanged("languages") {
        let mut langs = Codes::new();
        for part in form.text("languages").split([',', ';', ' ']).filter(|p| !p.is_empty()) {
            match LangCode::parse(part) {
                Some(l) if !langs.contains(&l) => langs.push(l),
                Some(_) => {}
                None => {
                    return Err(("languages", lang.f(Te::ErrLanguage, &[&crate::safe_text::visible(part)])));
                }
            }
        }
        o.languages = langs;
    }
    o.cost = pick(&Cost::ALL, form.choice("cost")).unwrap_or(Cost::Unknown);
    o.cost_note = r.text("cost_note", &base.cost_note);
    let age = |key: &'static str| -> Result<Option<u8>, Problem> {
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
    o.eligibility.min_age = age("min_age")?;
    o.eligibility.max_age = age("max_age")?;
    if let (Some(min), Some(max)) = (o.eligibility.min_age, o.eligibility.max_age)
        && min > max
    {
        return Err(("max_age", lang.t(Te::ErrAges).to_string()));
    }
    o.eligibility.min_german = pick(&GermanLevel::ALL, form.choice("min_german"));
    o.eligibility.residence =
        keep_order(&base.eligibility.residence, r.multi(&ResidenceBasis::ALL, "residence"));
    o.eligibility.note = r.text("eligibility_note", &base.eligibility.note);
    // "bestätigt" confirms every condition read from text; a condition changed by hand is the
    // counsellor's own.
    let (b, e) = (&base.eligibility, &mut o.eligibility);
    e.from_text = match form.choice("from_text") {
        Some(1) => FromText::default(),
        _ => FromText {
            min_age: b.from_text.min_age && e.min_age == b.min_age,
            max_age: b.from_text.max_age && e.max_age == b.max_age,
            min_german: b.from_text.min_german && e.min_german == b.min_german,
            residence: b.from_text.residence && e.residence == b.residence,
        },
    };
    o.status = pick(&OfferStatus::ALL, form.choice("status")).unwrap_or(base.status);
    o.last_verified = match form.text("last_verified") {
        "" => None,
        t => Some(Date::parse(t).map_err(|_| ("last_verified", lang.t(T::ValDateFormat).to_string()))?),
    };
    o.internal_note = r.text("internal_note", &base.internal_note);
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
    form: &'a Form,
    initial: &'a Initial,
}

impl Reader<'_> {
    fn unchanged(&self, key: &str) -> bool {
        self.initial.iter().any(|(k, v)| *k == key && v == self.form.text(key))
    }

    /// A text field: as stored when untouched, else normalised.
    fn text(&self, key: &'static str, stored: &str) -> Text {
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
    fn list(&self, key: &'static str, stored: &[Text], seps: &[char]) -> Vec<Text> {
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

    fn multi<X: Copy>(&self, all: &[X], key: &str) -> Vec<X> {
        self.form.multi(key).into_iter().filter_map(|v| pick(all, Some(v))).collect()
    }
}
