//! Flow tests of the offer editor, driven by keys as a counsellor types: a new offer with every
//! field, an edit that keeps what it did not touch, refused saves, drafts across screens. The
//! helpers are shared with `tests_upkeep` (copy, status, "geprüft", the upkeep filters).

use super::tests::{answer, offer, press, state_with, type_text, writes};
use super::*;
use crate::domain::*;
pub(super) use screen::offer_editor::form::OfferField as F;

pub(super) fn k(code: Code) -> Key {
    Key::plain(code)
}

pub(super) fn form(s: &State) -> &form::Form<F> {
    &s.editor.draft.as_ref().expect("editor open").form
}

/// Tab (or Shift-Tab) until the field `key` has the focus.
pub(super) fn goto(s: &mut State, key: F) {
    let target = form(s).index_of(key).expect("field exists");
    let step = if target < form(s).focus { Code::BackTab } else { Code::Tab };
    for _ in 0..80 {
        if form(s).fields[form(s).focus].key == key {
            return;
        }
        press(s, &[k(step)]);
    }
    panic!("field {key:?} not reachable by Tab");
}

pub(super) fn fill(s: &mut State, key: F, text: &str) {
    goto(s, key);
    press(s, &[Key::ctrl('u')]);
    type_text(s, text);
}

/// Chooses the option with this label (↓ through the options, as a counsellor would).
pub(super) fn choose(s: &mut State, key: F, label: &str) {
    goto(s, key);
    for _ in 0..40 {
        let f = form(s).get(key);
        if let form::Kind::Choice { options, selected: Some(i) } = &f.kind
            && options[*i].label == label
        {
            return;
        }
        press(s, &[k(Code::Down)]);
    }
    panic!("no option {label} in {key:?}");
}

/// Ticks the option whose label starts with `prefix` (→ to it, then Space).
pub(super) fn tick(s: &mut State, key: F, prefix: &str) {
    goto(s, key);
    for _ in 0..80 {
        if let form::Kind::Multi { options, cursor, .. } = &form(s).get(key).kind
            && options[*cursor].label.starts_with(prefix)
        {
            press(s, &[k(Code::Char(' '))]);
            return;
        }
        press(s, &[k(Code::Right)]);
    }
    panic!("no option {prefix} in {key:?}");
}

/// Presses keys and returns the writes they asked for, without answering them.
pub(super) fn keys_effects(s: &mut State, keys: &[Key]) -> Vec<Write> {
    let mut effects = Vec::new();
    for &key in keys {
        effects.extend(writes(update(s, Msg::Key(key))));
    }
    s.settle();
    effects
}

/// The offer of the single `SaveOffer` write asked for, and whether it is new.
pub(super) fn saved_offer(effects: &[Write]) -> (Offer, bool) {
    match effects {
        [Write::SaveOffer { offer, new }] => ((**offer).clone(), *new),
        // An edit is saved over the offer as it was opened (optimistic versioning).
        [Write::SaveOfferIf { offer, .. }] => ((**offer).clone(), false),
        other => panic!("expected one offer write, got {other:?}"),
    }
}

/// The loop's answer to a write: durable, with the number the store gave.
pub(super) fn durable(s: &mut State, id: Option<u64>) {
    answer(s, Ok(Done { id, ..Done::default() }));
    s.settle();
}

pub(super) fn listed(s: &State) -> Vec<String> {
    s.dir.results.hits.iter().map(|h| s.catalog.offers[h.offer].id.to_string()).collect()
}

pub(super) fn sample() -> State {
    let mut a = offer("abh", "Ausländerbehörde Hafenau", Need::Auf);
    a.provider = "Stadt Hafenau".into();
    let mut b = offer("vhs", "Integrationskurs am Vormittag", Need::Spr);
    b.provider = "VHS Hafenau".into();
    b.last_verified = Date::from_ymd(2025, 3, 1);
    let mut c = offer("vhs2", "Integrationskurs Vormittag", Need::Spr);
    c.provider = "vhs hafenau".into();
    let mut d = offer("old", "Altes Wohnprojekt", Need::Woh);
    d.status = OfferStatus::Inactive;
    let mut offers = vec![a, b, c, d];
    for (i, o) in offers.iter_mut().enumerate() {
        o.phone = format!("04321 1000-{i}").into();
    }
    state_with(offers)
}

pub(super) fn select(s: &mut State, id: &str) {
    let pos = s.dir.results.hits.iter().position(|h| s.catalog.offers[h.offer].id.as_str() == id);
    s.dir.cursor.selected = pos.unwrap_or_else(|| panic!("{id} not listed: {:?}", listed(s)));
}

#[test]
fn a_new_offer_typed_by_keys_is_stored_with_every_field_and_found_at_once() {
    let mut s = sample();
    press(&mut s, &[Key::ctrl('n')]);
    assert_eq!(s.screen, Screen::OfferEditor);
    fill(&mut s, F::Title, "Sprachcafé International");
    fill(&mut s, F::Provider, "Stadtbibliothek Hafenau");
    choose(&mut s, F::ProviderType, "Kommune");
    tick(&mut s, F::Needs, "SPR");
    tick(&mut s, F::Needs, "GEM");
    tick(&mut s, F::SubNeeds, "Sprachcafé");
    tick(&mut s, F::SubNeeds, "Patenschaften");
    tick(&mut s, F::Groups, "A ");
    tick(&mut s, F::Groups, "B ");
    tick(&mut s, F::Tags, "REF");
    fill(&mut s, F::Description, "Treffen zum Sprechen.¶Ohne Anmeldung.");
    fill(&mut s, F::Keywords, "Tandem, Sprachcafe, Tandem");
    fill(&mut s, F::Documents, "keine Unterlagen nötig; Bibliotheksausweis");
    fill(&mut s, F::Phone, "04321 555-10");
    fill(&mut s, F::Email, "bibliothek@hafenau.example");
    fill(&mut s, F::Website, "www.hafenau.example/bibliothek");
    fill(&mut s, F::Street, "Marktplatz 3");
    fill(&mut s, F::PostalCode, "24999");
    fill(&mut s, F::Town, "Hafenau");
    choose(&mut s, F::ServiceArea, "nur Stadt");
    fill(&mut s, F::AreaExcludes, "Birkwald, Talmühle");
    fill(&mut s, F::Hours, "Mi 16-18; Sa 10:00-12:00");
    fill(&mut s, F::HoursNote, "nicht in den Ferien");
    choose(&mut s, F::Appointment, "ohne Termin");
    tick(&mut s, F::Channels, "vor Ort");
    fill(&mut s, F::Languages, "de, en uk");
    choose(&mut s, F::Cost, "kostenlos");
    fill(&mut s, F::CostNote, "Spende willkommen");
    fill(&mut s, F::MinAge, "16");
    fill(&mut s, F::MaxAge, "99");
    choose(&mut s, F::MinGerman, "A1");
    tick(&mut s, F::Residence, "HUM");
    fill(&mut s, F::EligibilityNote, "für alle Niveaus");
    choose(&mut s, F::Status, "aktiv");
    fill(&mut s, F::LastVerified, "20.11.2026");
    fill(&mut s, F::InternalNote, "Ansprechpartnerin: Frau Beispiel");
    let effects = keys_effects(&mut s, &[Key::ctrl('s')]);
    let (o, new) = saved_offer(&effects);
    assert!(new);
    assert_eq!(
        (o.title.as_str(), o.provider.as_str()),
        ("Sprachcafé International", "Stadtbibliothek Hafenau")
    );
    assert_eq!(o.provider_type, ProviderType::Municipality);
    assert_eq!(o.needs.as_slice(), [Need::Spr, Need::Gem]);
    assert_eq!(o.sub_needs.as_slice(), [SubNeed::LanguageCafe, SubNeed::Buddies]);
    assert_eq!(o.target_groups.as_slice(), [TargetGroup::A, TargetGroup::B]);
    assert_eq!(o.tags.as_slice(), [GroupTag::Ref]);
    assert_eq!(o.description, "Treffen zum Sprechen.\nOhne Anmeldung.");
    assert_eq!(o.keywords, ["Tandem", "Sprachcafe"]);
    assert_eq!(o.documents, ["keine Unterlagen nötig", "Bibliotheksausweis"]);
    assert_eq!(
        (o.phone.as_str(), o.email.as_str(), o.website.as_str()),
        ("04321 555-10", "bibliothek@hafenau.example", "www.hafenau.example/bibliothek")
    );
    assert_eq!(
        (o.street.as_str(), o.postal_code.as_str(), o.town.as_str()),
        ("Marktplatz 3", "24999", "Hafenau")
    );
    assert_eq!(o.service_area, ServiceArea::City);
    assert_eq!(o.area_excludes, ["Birkwald", "Talmühle"]);
    assert_eq!(o.hours.to_string(), "Mi 16:00-18:00; Sa 10:00-12:00");
    assert_eq!(o.hours.note, "nicht in den Ferien");
    assert_eq!((o.appointment, o.channels.as_slice()), (AppointmentMode::WalkIn, &[Channel::OnSite][..]));
    let codes: Vec<&str> = o.languages.iter().map(LangCode::as_str).collect();
    assert_eq!(codes, ["de", "en", "uk"]);
    assert_eq!((o.cost, o.cost_note.as_str()), (Cost::Free, "Spende willkommen"));
    let e = &o.eligibility;
    assert_eq!((e.min_age, e.max_age, e.min_german), (Some(16), Some(99), Some(GermanLevel::A1)));
    assert_eq!((e.residence.as_slice(), e.note.as_str()), (&[ResidenceBasis::Hum][..], "für alle Niveaus"));
    assert_eq!((o.status, o.last_verified), (OfferStatus::Active, Date::from_ymd(2026, 11, 20)));
    assert_eq!(o.internal_note, "Ansprechpartnerin: Frau Beispiel");
    // Not shown as saved until the write is durable.
    assert_eq!(s.screen, Screen::OfferEditor);
    assert!(s.catalog.offers.iter().all(|x| x.title != o.title));
    durable(&mut s, Some(42));
    assert_eq!(s.screen, Screen::Directory);
    assert!(s.editor.draft.is_none());
    let shown = s.selected_offer().expect("selected");
    assert_eq!((shown.id.as_str(), shown.title.as_str()), ("O-0042", "Sprachcafé International"));
    assert_eq!(s.flash.as_ref().map(|f| f.text.as_str()), Some("Neues Angebot O-0042 gespeichert."));
    // The search knows it at once, also by its keywords and folded spelling.
    type_text(&mut s, "tandem");
    assert_eq!(listed(&s), ["O-0042"]);
    press(&mut s, &[Key::ctrl('u')]);
    type_text(&mut s, "sprachcafe intern");
    assert_eq!(listed(&s), ["O-0042"]);
    assert!(s.catalog.towns.contains(&"Hafenau".to_string()));
}

#[test]
fn editing_changes_only_what_was_typed_and_keeps_everything_else_exactly() {
    let mut o = offer("x1", "Beratung  für Familien", Need::Fam);
    o.phone = "04321 55 66".into();
    o.provider = "Caritas Hafenau".into();
    o.description = "Zeile eins\n\nZeile  zwei".into();
    o.sub_needs = vec![SubNeed::Kita, SubNeed::FamilyCounselling].into();
    o.needs = vec![Need::Kin, Need::Fam].into();
    o.keywords = vec!["Familie".into(), "Erziehung".into()];
    o.documents = vec!["Zeugnisse (Original, Kopie)".into()];
    o.hours = OpeningHours::parse("Di 14-18; Mo-Fr 9-12").unwrap();
    o.hours.note = "Hotline".into();
    o.area_excludes = vec!["Birkwald".into()];
    o.internal_note = "intern\nzweite Zeile".into();
    o.eligibility.note = "nur mit Termin".into();
    o.languages = vec![LangCode::parse("fa").unwrap(), LangCode::parse("ar").unwrap()].into();
    let mut s = state_with(vec![o.clone()]);
    // Opened and saved without a change: the same offer, byte for byte.
    press(&mut s, &[Key::ctrl('e')]);
    // Shown with the line breaks as ¶ (and spaces collapsed), stored as it was when untouched.
    assert_eq!(form(&s).text(F::Description), "Zeile eins¶¶Zeile zwei");
    let (same, new) = saved_offer(&keys_effects(&mut s, &[Key::ctrl('s')]));
    assert_eq!((same, new), (o.clone(), false));
    durable(&mut s, None);
    // One field changed: only that field differs.
    press(&mut s, &[Key::ctrl('e')]);
    fill(&mut s, F::Phone, "+49 4321 99-0");
    let (changed, _) = saved_offer(&keys_effects(&mut s, &[Key::ctrl('s')]));
    assert_eq!(changed, Offer { phone: "+49 4321 99-0".into(), ..o.clone() });
    durable(&mut s, None);
    assert_eq!(s.selected_offer().map(|x| x.phone.as_str()), Some("+49 4321 99-0"));
    assert_eq!(s.catalog.offers.len(), 1);
    // Typed text is normalised: trimmed, NFC.
    press(&mut s, &[Key::ctrl('e')]);
    fill(&mut s, F::Title, "  Beratung fu\u{308}r Familien ");
    let (typed, _) = saved_offer(&keys_effects(&mut s, &[Key::ctrl('s')]));
    assert_eq!(typed.title, "Beratung für Familien");
}

#[test]
fn save_is_refused_at_the_first_problem_and_nothing_typed_is_lost() {
    let mut s = sample();
    press(&mut s, &[Key::ctrl('n')]);
    fill(&mut s, F::Phone, "0800 CALL NOW");
    fill(&mut s, F::Email, "info(at)hafenau");
    fill(&mut s, F::Hours, "Mo 25:00-26:00");
    fill(&mut s, F::LastVerified, "31.02.2026");
    fill(&mut s, F::Title, "Beratung");
    assert!(keys_effects(&mut s, &[Key::ctrl('s')]).is_empty());
    let f = form(&s);
    assert_eq!(f.fields[f.focus].key, F::Phone, "the first problem has the focus");
    assert!(f.get(F::Phone).error.as_deref().is_some_and(|e| e.contains("Telefonnummer")));
    assert!(f.get(F::Email).error.as_deref().is_some_and(|e| e.contains("E-Mail")));
    assert!(f.get(F::Hours).error.as_deref().is_some_and(|e| e.contains("Mo 25:00-26:00")));
    assert_eq!(f.get(F::LastVerified).error.as_deref(), Some("Diesen Tag gibt es nicht."));
    assert_eq!(
        (f.text(F::Phone), f.text(F::Email), f.text(F::Hours), f.text(F::Title)),
        ("0800 CALL NOW", "info(at)hafenau", "Mo 25:00-26:00", "Beratung")
    );
    // Fixed one by one; each fix clears its message.
    fill(&mut s, F::Phone, "0800 123 456");
    fill(&mut s, F::Email, "info@hafenau.example");
    fill(&mut s, F::Hours, "Mo 09:00-12:00");
    fill(&mut s, F::LastVerified, "26.11.2026");
    assert!(keys_effects(&mut s, &[Key::ctrl('s')]).is_empty());
    assert_eq!(form(&s).get(F::LastVerified).error.as_deref(), Some("Das Datum liegt in der Zukunft."));
    fill(&mut s, F::LastVerified, "25.11.2026");
    fill(&mut s, F::MinAge, "27");
    fill(&mut s, F::MaxAge, "12");
    assert!(keys_effects(&mut s, &[Key::ctrl('s')]).is_empty());
    assert_eq!(form(&s).fields[form(&s).focus].key, F::MaxAge);
    fill(&mut s, F::MaxAge, "");
    fill(&mut s, F::Languages, "de, deutsch");
    assert!(keys_effects(&mut s, &[Key::ctrl('s')]).is_empty());
    assert!(form(&s).get(F::Languages).error.as_deref().is_some_and(|e| e.contains("„deutsch“")));
    fill(&mut s, F::Languages, "de");
    fill(&mut s, F::Title, "");
    assert!(keys_effects(&mut s, &[Key::ctrl('s')]).is_empty());
    assert_eq!(form(&s).get(F::Title).error.as_deref(), Some("Pflichtfeld – bitte ausfüllen."));
    fill(&mut s, F::Title, "Beratung");
    let (o, _) = saved_offer(&keys_effects(&mut s, &[Key::ctrl('s')]));
    assert_eq!((o.phone.as_str(), o.hours.to_string().as_str()), ("0800 123 456", "Mo 09:00-12:00"));
    assert_eq!(o.eligibility.min_age, Some(27));
}

#[test]
fn a_failed_write_or_read_only_mode_keeps_the_draft() {
    let mut s = sample();
    press(&mut s, &[Key::ctrl('n')]);
    fill(&mut s, F::Title, "Neues Angebot");
    let effects = keys_effects(&mut s, &[Key::ctrl('s')]);
    assert_eq!(effects.len(), 1);
    let err = SaveError { message: "Der Datenträger ist voll".into(), blocks_writes: true };
    answer(&mut s, Err(err));
    assert_eq!(s.screen, Screen::OfferEditor);
    assert_eq!(form(&s).text(F::Title), "Neues Angebot");
    assert!(s.read_only.is_some());
    assert!(keys_effects(&mut s, &[Key::ctrl('s')]).is_empty(), "read only: refused");
    assert!(s.flash.as_ref().is_some_and(|f| f.text.starts_with("Nur lesen")));
    assert_eq!(form(&s).text(F::Title), "Neues Angebot");
}

#[test]
fn the_draft_survives_other_screens_and_leaving_asks_first() {
    let mut s = sample();
    press(&mut s, &[Key::ctrl('e')]);
    fill(&mut s, F::Title, "Ausländerbehörde Hafenau (Service)");
    press(&mut s, &[k(Code::F(3))]);
    assert_eq!(s.screen, Screen::Clients);
    press(&mut s, &[k(Code::F(4)), k(Code::F(2))]);
    assert_eq!(s.screen, Screen::OfferEditor, "F2 leads back to the draft");
    assert_eq!(form(&s).text(F::Title), "Ausländerbehörde Hafenau (Service)");
    press(&mut s, &[Key::ctrl('q')]);
    assert!(matches!(s.overlay, Some(Overlay::Confirm { .. })) && !s.quit);
    press(&mut s, &[Key::ch('n'), k(Code::Esc)]);
    assert!(matches!(s.overlay, Some(Overlay::Confirm { .. })), "Esc with changes asks");
    press(&mut s, &[Key::ch('n')]);
    assert_eq!(s.screen, Screen::OfferEditor);
    press(&mut s, &[k(Code::Esc), Key::ch('j')]);
    assert_eq!(s.screen, Screen::Directory);
    assert!(s.editor.draft.is_none());
    assert_eq!(s.catalog.offers[0].title, "Ausländerbehörde Hafenau", "nothing saved");
    // Untouched: Esc closes at once, back on the card it was opened from.
    press(&mut s, &[k(Code::Enter), Key::ctrl('e'), k(Code::Esc)]);
    assert_eq!(s.screen, Screen::Directory);
    assert!(matches!(s.overlay, Some(Overlay::Card { .. })));
}

#[test]
fn sub_needs_follow_the_needs_ticked() {
    let mut s = sample();
    press(&mut s, &[Key::ctrl('n')]);
    assert!(form(&s).get(F::SubNeeds).hidden, "no need ticked: no sub-needs");
    tick(&mut s, F::Needs, "WOH");
    let labels = |s: &State| match &form(s).get(F::SubNeeds).kind {
        form::Kind::Multi { options, .. } => options.iter().map(|o| o.label.clone()).collect::<Vec<_>>(),
        _ => Vec::new(),
    };
    assert_eq!(labels(&s), ["Wohnungssuche", "Sozialwohnung (WBS)", "Wohngeld", "Mietrecht"]);
    tick(&mut s, F::SubNeeds, "Wohngeld");
    // Unticking the need keeps a ticked sub-need visible until it is unticked too.
    tick(&mut s, F::Needs, "WOH");
    assert_eq!(labels(&s), ["Wohngeld"]);
    tick(&mut s, F::SubNeeds, "Wohngeld");
    tick(&mut s, F::Needs, "ANE");
    assert!(labels(&s).contains(&"Anerkennungsberatung".to_string()));
    assert!(!labels(&s).contains(&"Wohngeld".to_string()));
}

#[test]
fn pasted_lines_stay_lines_in_notes() {
    let mut s = sample();
    press(&mut s, &[Key::ctrl('n')]);
    fill(&mut s, F::Title, "X");
    goto(&mut s, F::Description);
    update(&mut s, Msg::Paste("Erste Zeile\r\nZweite Zeile".into()));
    goto(&mut s, F::Documents);
    update(&mut s, Msg::Paste("Pass\nMeldebescheinigung\n".into()));
    let (o, _) = saved_offer(&keys_effects(&mut s, &[Key::ctrl('s')]));
    assert_eq!(o.description, "Erste Zeile\nZweite Zeile");
    assert_eq!(o.documents, ["Pass", "Meldebescheinigung"]);
}

#[test]
fn english_texts_towns_and_the_confirmation_of_conditions_read_from_text() {
    let mut o = offer("jmd", "Jugendmigrationsdienst", Need::Bil);
    o.phone = "04321 1000-1".into();
    o.eligibility.note = "für junge Menschen von 12 bis 27".into();
    (o.eligibility.min_age, o.eligibility.max_age) = (Some(12), Some(27));
    o.eligibility.from_text = FromText { min_age: true, max_age: true, ..FromText::default() };
    let mut s = state_with(vec![o.clone()]);
    press(&mut s, &[Key::ctrl('e')]);
    assert!(!form(&s).get(F::ConditionsFromText).hidden, "shown while something is unconfirmed");
    fill(&mut s, F::TitleEn, "Youth migration service");
    fill(&mut s, F::DescriptionEn, "Advice for young people.¶Second line.");
    fill(&mut s, F::Towns, "Hafenau, Birkwald");
    // A condition changed by hand is the counsellor's own; the other stays marked.
    fill(&mut s, F::MaxAge, "26");
    let (saved, _) = saved_offer(&keys_effects(&mut s, &[Key::ctrl('s')]));
    assert_eq!(saved.title_en(), "Youth migration service");
    assert_eq!(saved.description_en(), "Advice for young people.\nSecond line.");
    assert_eq!(saved.towns(), ["Hafenau", "Birkwald"]);
    assert_eq!(saved.eligibility.from_text, FromText { min_age: true, ..FromText::default() });
    durable(&mut s, None);
    // "bestätigt" confirms the rest.
    press(&mut s, &[Key::ctrl('e')]);
    choose(&mut s, F::ConditionsFromText, "bestätigt");
    let (saved, _) = saved_offer(&keys_effects(&mut s, &[Key::ctrl('s')]));
    assert_eq!(saved.eligibility.from_text, FromText::default());
    assert_eq!((saved.eligibility.min_age, saved.eligibility.max_age), (Some(12), Some(26)));
    durable(&mut s, None);
    press(&mut s, &[Key::ctrl('e')]);
    assert!(form(&s).get(F::ConditionsFromText).hidden, "nothing left to confirm");
}

#[test]
fn long_hours_with_notes_and_rules_are_not_cut_in_the_editor() {
    let mut o = offer("h", "Beratung", Need::Arb);
    o.phone = "04321 1000-1".into();
    o.hours = OpeningHours::parse(
        "Mo,Di,Do 09:00-12:00 (Telefon-Hotline für Fragen zum Aufenthalt); Di 14:00-18:00 (offene \
         Sprechstunde ohne Termin); 1. und 3. Mi 18:30-21:00 (Elterncafé mit Kinderbetreuung); letzter Fr \
         10:00-12:00 (Beratung für Arbeitgeber); nach Vereinbarung",
    )
    .unwrap();
    assert!(o.hours.to_string().chars().count() > 200);
    let mut s = state_with(vec![o.clone()]);
    press(&mut s, &[Key::ctrl('e')]);
    assert_eq!(form(&s).text(F::Hours), o.hours.to_string());
    // Typing at the end keeps every window.
    goto(&mut s, F::Hours);
    press(&mut s, &[k(Code::End)]);
    type_text(&mut s, "; Sa 10-12");
    let (saved, _) = saved_offer(&keys_effects(&mut s, &[Key::ctrl('s')]));
    assert_eq!(saved.hours.slots.len(), o.hours.slots.len() + 1);
    assert!(saved.hours.by_appointment);
}
