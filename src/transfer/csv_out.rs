//! CSV for German Excel: `;`, UTF-8 with BOM, CRLF, the German headers the import reads, lists
//! joined with `|`, dates as TT.MM.JJJJ, and cells that a spreadsheet would run as formulas
//! prefixed with `'` (the import removes that `'` again, so a round trip is exact).

use super::csv_in::needs_protection;
use super::fields::Field;
use crate::domain::*;
use std::io;

/// The offers as CSV bytes, sorted by id. The internal note column only with `with_internal`.
pub fn to_csv(offers: &[Offer], with_internal: bool) -> io::Result<Vec<u8>> {
    let fields = columns(with_internal);
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut w =
            csv::WriterBuilder::new().delimiter(b';').terminator(csv::Terminator::CRLF).from_writer(&mut out);
        let err = |e: csv::Error| io::Error::other(e.to_string());
        w.write_record(fields.iter().filter_map(|f| f.csv_header())).map_err(err)?;
        let mut sorted: Vec<&Offer> = offers.iter().collect();
        sorted.sort_by(|a, b| a.id.cmp(&b.id));
        for o in sorted {
            w.write_record(fields.iter().map(|f| protect(cell(*f, o)))).map_err(err)?;
        }
        w.flush()?;
    }
    Ok(out)
}

/// The export's columns; the internal note only when asked for.
pub(super) fn columns(with_internal: bool) -> Vec<Field> {
    Field::CSV.into_iter().filter(|f| with_internal || *f != Field::Note).collect()
}

pub(super) fn protect(cell: String) -> String {
    if needs_protection(&cell) { format!("'{cell}") } else { cell }
}

fn join<T: Copy>(items: &[T], code: fn(T) -> &'static str) -> String {
    items.iter().map(|i| code(*i)).collect::<Vec<_>>().join("|")
}

/// Free-text items joined with `|`. A single item holding a comma gets a trailing `|`, because
/// a cell without `|` is split on commas when imported.
fn join_text(items: &[crate::domain::offer::Text]) -> String {
    let joined = items.join("|");
    if items.len() == 1 && joined.contains(',') { format!("{joined}|") } else { joined }
}

/// The conditions read from text, by the names of their fields ("mindestalter|deutsch_mindestens").
pub(super) fn from_text(f: FromText, name: fn(Field) -> &'static str) -> String {
    let parts = [
        (f.min_age, Field::MinAge),
        (f.max_age, Field::MaxAge),
        (f.min_german, Field::MinGerman),
        (f.residence, Field::Residence),
    ];
    parts.iter().filter(|p| p.0).map(|p| name(p.1)).collect::<Vec<_>>().join("|")
}

/// A field's cell as the spreadsheet export writes it (CSV and xlsx alike).
pub(super) fn cell(field: Field, o: &Offer) -> String {
    let e = &o.eligibility;
    match field {
        Field::Id => o.id.to_string(),
        Field::Title => o.title.to_string(),
        Field::TitleEn => o.title_en().to_string(),
        Field::ProviderTypeNote => o.provider_type_note().to_string(),
        Field::DescriptionEn => o.description_en().to_string(),
        Field::Towns => join_text(o.towns()),
        // Part of the hours text ("…; nach Vereinbarung").
        Field::ByAppointment => String::new(),
        Field::FromText => from_text(e.from_text, |f| f.csv_header().unwrap_or_default()),
        Field::Provider => o.provider.to_string(),
        Field::ProviderType => o.provider_type.code().into(),
        Field::Needs => join(&o.needs, Need::code),
        Field::SubNeeds => join(&o.sub_needs, SubNeed::code),
        Field::Groups => {
            let mut all: Vec<&str> = o.target_groups.iter().map(|g| g.code()).collect();
            all.extend(o.tags.iter().map(|t| t.code()));
            all.join("|")
        }
        Field::TargetGroups => join(&o.target_groups, TargetGroup::code),
        Field::Tags => join(&o.tags, GroupTag::code),
        Field::Description => o.description.to_string(),
        Field::Keywords => join_text(&o.keywords),
        Field::Phone => o.phone.to_string(),
        Field::Email => o.email.to_string(),
        Field::Website => o.website.to_string(),
        Field::Street => o.street.to_string(),
        Field::PostalCode => o.postal_code.to_string(),
        Field::Town => o.town.to_string(),
        Field::ServiceArea => o.service_area.code().into(),
        Field::AreaExcludes => join_text(&o.area_excludes),
        Field::Hours => o.hours.to_string(),
        Field::HoursNote => o.hours.note.to_string(),
        Field::Appointment => o.appointment.code().into(),
        Field::Channels => join(&o.channels, Channel::code),
        Field::Languages => o.languages.iter().map(LangCode::as_str).collect::<Vec<_>>().join("|"),
        Field::Cost => o.cost.code().into(),
        Field::CostNote => o.cost_note.to_string(),
        Field::Eligibility => e.note.to_string(),
        Field::MinAge => e.min_age.map(|a| a.to_string()).unwrap_or_default(),
        Field::MaxAge => e.max_age.map(|a| a.to_string()).unwrap_or_default(),
        Field::MinGerman => e.min_german.map(|l| l.code().to_string()).unwrap_or_default(),
        Field::Residence => join(&e.residence, ResidenceBasis::code),
        Field::Documents => join_text(&o.documents),
        Field::Status => o.status.code().into(),
        Field::LastVerified => o.last_verified.map(|d| d.to_string()).unwrap_or_default(),
        Field::Note => o.internal_note.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excel_friendly_and_protected() {
        let mut o = Offer::new(OfferId::parse("a").unwrap(), "=HYPERLINK(\"x\")");
        o.phone = "+49 123 4567".into();
        o.needs = vec![Need::Spr, Need::Arb].into();
        o.last_verified = Date::from_ymd(2026, 3, 5);
        o.internal_note = "geheim".into();
        o.description = "zwei\nZeilen; mit Semikolon".into();
        let bytes = to_csv(&[o], false).unwrap();
        let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
        assert_eq!(&bytes[..3], b"\xEF\xBB\xBF");
        assert!(text.starts_with("id;titel;anbieter;anbietertyp;bedarfe;"), "{text}");
        assert!(text.contains("\r\na;\"'=HYPERLINK(\"\"x\"\")\";"), "{text}");
        assert!(text.contains(";'+49 123 4567;"), "{text}");
        assert!(text.contains(";SPR|ARB;"));
        assert!(text.contains(";05.03.2026"));
        assert!(text.contains("\"zwei\nZeilen; mit Semikolon\""));
        assert!(!text.contains("notiz") && !text.contains("geheim"));
        assert!(text.ends_with("\r\n"));
        let with = String::from_utf8(to_csv(&[Offer::new(OfferId::parse("a").unwrap(), "t")], true).unwrap())
            .unwrap();
        assert!(with.contains(";notiz\r\n"));
    }

    #[test]
    fn a_single_item_with_a_comma_stays_one_item() {
        assert_eq!(join_text(&["Pass, Kopie".into()]), "Pass, Kopie|");
        assert_eq!(join_text(&["a".into(), "b, c".into()]), "a|b, c");
        assert_eq!(join_text(&[]), "");
    }
}
