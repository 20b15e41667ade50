//! The importable fields of an offer and their names: the German CSV headers the export writes,
//! the English JSON keys, and the other spellings the importer accepts (matched folded, so case,
//! umlauts/ae, spaces, `-` and `_` do not matter).

use super::text::fold;

/// One importable field. Fields of a row are applied in this order (the hours note before the
/// hours, because hours that do not parse move into the note).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Id,
    Title,
    /// English title.
    TitleEn,
    Provider,
    ProviderType,
    /// The provider type as the source wrote it.
    ProviderTypeNote,
    Needs,
    SubNeeds,
    /// CSV: target groups and tags in one cell ("A|B|REF").
    Groups,
    /// JSON: target groups only.
    TargetGroups,
    /// JSON: tags only.
    Tags,
    Description,
    /// English short description.
    DescriptionEn,
    Keywords,
    Phone,
    Email,
    Website,
    Street,
    PostalCode,
    Town,
    ServiceArea,
    /// The towns served.
    Towns,
    AreaExcludes,
    HoursNote,
    Hours,
    /// JSON only: `hours.by_appointment` (in CSV it is part of the hours text).
    ByAppointment,
    Appointment,
    Channels,
    Languages,
    Cost,
    CostNote,
    Eligibility,
    MinAge,
    MaxAge,
    MinGerman,
    Residence,
    /// Which conditions were read from text and are not confirmed yet.
    FromText,
    Documents,
    Status,
    LastVerified,
    Note,
}

impl Field {
    /// Columns of the CSV export, in order; `Note` only with `--with-internal`.
    pub const CSV: [Field; 38] = [
        Field::Id,
        Field::Title,
        Field::Provider,
        Field::ProviderType,
        Field::Needs,
        Field::SubNeeds,
        Field::Groups,
        Field::Description,
        Field::Keywords,
        Field::Phone,
        Field::Email,
        Field::Website,
        Field::Street,
        Field::PostalCode,
        Field::Town,
        Field::ServiceArea,
        Field::AreaExcludes,
        Field::Hours,
        Field::HoursNote,
        Field::Appointment,
        Field::Channels,
        Field::Languages,
        Field::Cost,
        Field::CostNote,
        Field::Eligibility,
        Field::MinAge,
        Field::MaxAge,
        Field::MinGerman,
        Field::Residence,
        Field::Documents,
        Field::Status,
        Field::LastVerified,
        // Added with issue 10, at the end so that sheets built on the old columns still fit.
        Field::TitleEn,
        Field::DescriptionEn,
        Field::ProviderTypeNote,
        Field::Towns,
        Field::FromText,
        Field::Note,
    ];

    /// The German header the CSV export writes; `None` for JSON-only fields.
    pub fn csv_header(self) -> Option<&'static str> {
        Some(match self {
            Field::Id => "id",
            Field::Title => "titel",
            Field::TitleEn => "titel_en",
            Field::Provider => "anbieter",
            Field::ProviderType => "anbietertyp",
            Field::ProviderTypeNote => "anbietertyp_hinweis",
            Field::Needs => "bedarfe",
            Field::SubNeeds => "unterthemen",
            Field::Groups => "zielgruppen",
            Field::TargetGroups | Field::Tags | Field::ByAppointment => return None,
            Field::Description => "beschreibung",
            Field::DescriptionEn => "beschreibung_en",
            Field::Keywords => "stichwoerter",
            Field::Phone => "telefon",
            Field::Email => "email",
            Field::Website => "website",
            Field::Street => "adresse",
            Field::PostalCode => "plz",
            Field::Town => "ort",
            Field::ServiceArea => "zustaendigkeit",
            Field::Towns => "orte",
            Field::AreaExcludes => "ausser_orte",
            Field::HoursNote => "zeiten_hinweis",
            Field::Hours => "oeffnungszeiten",
            Field::Appointment => "termin",
            Field::Channels => "kanaele",
            Field::Languages => "sprachen",
            Field::Cost => "kosten",
            Field::CostNote => "kosten_hinweis",
            Field::Eligibility => "voraussetzungen",
            Field::MinAge => "mindestalter",
            Field::MaxAge => "hoechstalter",
            Field::MinGerman => "deutsch_mindestens",
            Field::Residence => "aufenthalt",
            Field::FromText => "aus_text_erkannt",
            Field::Documents => "unterlagen",
            Field::Status => "status",
            Field::LastVerified => "geprueft_am",
            Field::Note => "notiz",
        })
    }

    /// The key in the JSON form; nested objects are written with a dot ("hours.note").
    pub fn json_key(self) -> &'static str {
        match self {
            Field::Id => "id",
            Field::Title => "title",
            Field::TitleEn => "title_en",
            Field::Provider => "provider",
            Field::ProviderType => "provider_type",
            Field::ProviderTypeNote => "provider_type_note",
            Field::Needs => "needs",
            Field::SubNeeds => "sub_needs",
            Field::Groups => "target_groups_and_tags",
            Field::TargetGroups => "target_groups",
            Field::Tags => "tags",
            Field::Description => "description",
            Field::DescriptionEn => "description_en",
            Field::Keywords => "keywords",
            Field::Phone => "phone",
            Field::Email => "email",
            Field::Website => "website",
            Field::Street => "street",
            Field::PostalCode => "postal_code",
            Field::Town => "town",
            Field::ServiceArea => "service_area",
            Field::Towns => "towns",
            Field::AreaExcludes => "area_excludes",
            Field::HoursNote => "hours.note",
            Field::Hours => "hours.slots",
            Field::ByAppointment => "hours.by_appointment",
            Field::Appointment => "appointment",
            Field::Channels => "channels",
            Field::Languages => "languages",
            Field::Cost => "cost",
            Field::CostNote => "cost_note",
            Field::Eligibility => "eligibility.note",
            Field::MinAge => "eligibility.min_age",
            Field::MaxAge => "eligibility.max_age",
            Field::MinGerman => "eligibility.min_german",
            Field::Residence => "eligibility.residence",
            Field::FromText => "eligibility.from_text",
            Field::Documents => "documents",
            Field::Status => "status",
            Field::LastVerified => "last_verified",
            Field::Note => "internal_note",
        }
    }

    /// Further header spellings (German and English) accepted by the CSV import.
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Field::Id => &["id", "kennung", "nr"],
            Field::Title => {
                &["title", "titel", "name", "angebot", "offer", "bezeichnung", "titel_de", "title_de"]
            }
            Field::TitleEn => {
                &["title_en", "titel_en", "titel_englisch", "englischer_titel", "name_en", "title_english"]
            }
            Field::Provider => &["provider", "anbieter", "traeger", "organisation", "organization"],
            Field::ProviderType => &[
                "provider_type",
                "anbietertyp",
                "anbieterart",
                "traegertyp",
                "providertype",
                "traegerart",
                "art_des_anbieters",
            ],
            Field::ProviderTypeNote => &["provider_type_note", "anbietertyp_hinweis", "anbietertyp_notiz"],
            Field::Needs => &["needs", "bedarfe", "bedarf", "need", "themen", "anliegen"],
            Field::SubNeeds => &["sub_needs", "unterthemen", "unterthema", "unterbedarfe", "subneeds"],
            Field::Groups => &["target_groups", "zielgruppen", "zielgruppe", "targetgroup"],
            Field::TargetGroups | Field::Tags | Field::ByAppointment => &[],
            Field::Description => {
                &["description", "beschreibung", "kurzbeschreibung", "beschreibung_de", "summary"]
            }
            Field::DescriptionEn => &[
                "description_en",
                "beschreibung_en",
                "kurzbeschreibung_en",
                "summary_en",
                "beschreibung_englisch",
                "kurzbeschreibung_englisch",
            ],
            Field::Keywords => &["keywords", "stichwoerter", "stichworte", "schlagwoerter", "suchwoerter"],
            Field::Phone => &["phone", "telefon", "tel", "telefonnummer", "telephone"],
            Field::Email => &["email", "e-mail", "mail", "emailadresse"],
            Field::Website => &["website", "web", "webseite", "internet", "url", "homepage"],
            Field::Street => &["address", "adresse", "strasse", "street", "anschrift"],
            Field::PostalCode => &["postal_code", "plz", "postleitzahl", "zip", "postcode"],
            Field::Town => &["town", "ort", "stadt", "city", "gemeinde", "wohnort"],
            Field::ServiceArea => &[
                "service_area",
                "zustaendigkeit",
                "zustaendig",
                "einzugsgebiet",
                "zustaendigkeitsbereich",
                "gebiet",
            ],
            Field::Towns => &["towns", "orte", "zustaendig_fuer_orte", "versorgte_orte", "served_towns"],
            Field::AreaExcludes => &["area_excludes", "ausser_orte", "ausgenommene_orte", "nicht_fuer_orte"],
            Field::HoursNote => &["hours_note", "zeiten_hinweis", "oeffnungszeiten_hinweis"],
            Field::Hours => &["opening_hours", "oeffnungszeiten", "hours", "zeiten", "sprechzeiten"],
            Field::Appointment => &["appointment", "termin", "terminvereinbarung"],
            Field::Channels => &["channels", "kanaele", "kontaktwege", "kanal"],
            Field::Languages => &["languages", "sprachen", "sprache", "beratungssprachen"],
            Field::Cost => &["cost", "kosten", "costs"],
            Field::CostNote => &["cost_note", "kosten_hinweis", "kostenhinweis"],
            Field::Eligibility => &["eligibility", "voraussetzungen", "voraussetzung"],
            Field::MinAge => &["min_age", "mindestalter", "alter_ab", "ab_alter"],
            Field::MaxAge => &["max_age", "hoechstalter", "alter_bis", "bis_alter"],
            Field::MinGerman => &["min_german", "deutsch_mindestens", "deutschniveau", "sprachniveau"],
            Field::Residence => &["residence", "aufenthalt", "aufenthaltsstatus"],
            Field::FromText => &["from_text", "aus_text_erkannt", "erkannt_aus_text"],
            Field::Documents => &["documents", "unterlagen", "dokumente"],
            Field::Status => &["status", "zustand"],
            Field::LastVerified => &["last_verified", "geprueft_am", "geprueft", "stand", "verified"],
            Field::Note => &["note", "notiz", "internal_note", "interne_notiz"],
        }
    }

    /// The field a CSV header names, if any.
    pub fn from_header(header: &str) -> Option<Field> {
        let h = fold(header);
        if h.is_empty() {
            return None;
        }
        ALL.iter().copied().find(|f| f.aliases().iter().any(|a| fold(a) == h))
    }

    /// The field a flattened JSON key names ("title", "hours.note").
    pub fn from_json_key(key: &str) -> Option<Field> {
        ALL.iter().copied().find(|f| *f != Field::Groups && f.json_key() == key)
    }

    /// Text fields that keep line breaks (and may be long). Opening hours too: a cell with one
    /// line per day is common, and a line break separates groups like `;`.
    pub fn multiline(self) -> bool {
        matches!(
            self,
            Field::Description | Field::DescriptionEn | Field::Eligibility | Field::Note | Field::Hours
        )
    }
}

/// Every field, in application order.
pub const ALL: [Field; 41] = [
    Field::Id,
    Field::Title,
    Field::TitleEn,
    Field::Provider,
    Field::ProviderType,
    Field::ProviderTypeNote,
    Field::Needs,
    Field::SubNeeds,
    Field::Groups,
    Field::TargetGroups,
    Field::Tags,
    Field::Description,
    Field::DescriptionEn,
    Field::Keywords,
    Field::Phone,
    Field::Email,
    Field::Website,
    Field::Street,
    Field::PostalCode,
    Field::Town,
    Field::ServiceArea,
    Field::Towns,
    Field::AreaExcludes,
    Field::HoursNote,
    Field::Hours,
    Field::ByAppointment,
    Field::Appointment,
    Field::Channels,
    Field::Languages,
    Field::Cost,
    Field::CostNote,
    Field::Eligibility,
    Field::MinAge,
    Field::MaxAge,
    Field::MinGerman,
    Field::Residence,
    Field::FromText,
    Field::Documents,
    Field::Status,
    Field::LastVerified,
    Field::Note,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_and_english_headers_in_any_spelling() {
        assert_eq!(Field::from_header("Titel"), Some(Field::Title));
        assert_eq!(Field::from_header("TITLE"), Some(Field::Title));
        assert_eq!(Field::from_header("Geprüft am"), Some(Field::LastVerified));
        assert_eq!(Field::from_header("geprueft_am"), Some(Field::LastVerified));
        assert_eq!(Field::from_header("Öffnungszeiten"), Some(Field::Hours));
        assert_eq!(Field::from_header("Oeffnungszeiten"), Some(Field::Hours));
        assert_eq!(Field::from_header("Zuständigkeit"), Some(Field::ServiceArea));
        assert_eq!(Field::from_header("E-Mail"), Some(Field::Email));
        assert_eq!(Field::from_header("Postal code"), Some(Field::PostalCode));
        assert_eq!(Field::from_header("Stichwörter"), Some(Field::Keywords));
        assert_eq!(Field::from_header("Lieblingsfarbe"), None);
        assert_eq!(Field::from_header(" "), None);
    }

    #[test]
    fn every_name_belongs_to_one_field_and_exports_import_back() {
        let mut seen = std::collections::HashMap::new();
        for f in ALL {
            for a in f.aliases() {
                if let Some(other) = seen.insert(fold(a), f) {
                    assert_eq!(other, f, "{a} names two fields");
                }
            }
            if let Some(h) = f.csv_header() {
                assert_eq!(Field::from_header(h), Some(f), "{h}");
            }
            if f != Field::Groups {
                assert_eq!(Field::from_json_key(f.json_key()), Some(f));
            }
        }
        assert_eq!(ALL.iter().filter(|f| f.csv_header().is_some()).count(), Field::CSV.len());
        let mut sorted = ALL;
        sorted.sort();
        assert_eq!(sorted, ALL, "ALL is in application order");
    }
}
