use super::*;
use crate::app::action::Action::*;

fn today() -> Date {
    Date::from_ymd(2026, 11, 25).unwrap()
}

fn opts(labels: &[&str]) -> Vec<Opt> {
    labels.iter().enumerate().map(|(i, l)| Opt { label: l.to_string(), value: i as u16 }).collect()
}

fn sample() -> Form<&'static str> {
    Form::builder()
        .section("Kontakt")
        .field(Field::text("name", "Name", "", Check::None).required())
        .field(Field::text("date", "Datum", "", Check::Date { not_future: true, not_past: false }))
        .section("Person")
        .field(Field::choice("lang", "Deutsch", opts(&["keine", "A1", "A2", "B1"]), None))
        .field(Field::text("hidden", "Versteckt", "", Check::None).hidden(true))
        .field(Field::multi("needs", "Bedarfe", opts(&["Sprache", "Arbeit", "Wohnen"]), &[]))
        .build()
}

fn typed(f: &mut Form<&'static str>, s: &str) {
    for c in s.chars() {
        f.type_char(c);
    }
}

#[test]
fn tab_moves_and_checks_the_field_left() {
    let mut f = sample();
    assert_eq!(f.apply(FormNext, today(), Lang::De), FormEvent::Moved);
    assert_eq!(f.fields[0].error.as_deref(), Some("Pflichtfeld – bitte ausfüllen."));
    typed(&mut f, "31.02.2026");
    f.apply(FormNext, today(), Lang::De);
    assert_eq!(f.fields[1].error.as_deref(), Some("Diesen Tag gibt es nicht."));
    assert_eq!(f.focus, 2);
    // The hidden field is skipped both ways.
    f.apply(FormNext, today(), Lang::De);
    assert_eq!(f.get("needs").key, f.fields[f.focus].key);
    f.apply(FormPrev, today(), Lang::De);
    assert_eq!(f.focus, 2);
}

#[test]
fn validate_focuses_the_first_problem_and_keeps_what_was_typed() {
    let mut f = sample();
    f.apply(FormNext, today(), Lang::De);
    typed(&mut f, "01.01.2030");
    f.focus_on(4);
    assert_eq!(f.validate(today(), Lang::De), Some(0));
    assert_eq!(f.focus, 0);
    assert_eq!(f.text("date"), "01.01.2030");
    assert!(f.fields[1].error.as_deref().unwrap().contains("Zukunft"));
    typed(&mut f, "Amira");
    assert!(f.fields[0].error.is_none(), "typing clears the error");
    f.get_mut("date").kind = Kind::Text {
        input: crate::app::input::TextInput::with_value(20, "01.01.2026"),
        check: Check::Date { not_future: true, not_past: false },
    };
    assert_eq!(f.validate(today(), Lang::De), None);
}

#[test]
fn choices_cycle_through_not_stated_and_type_ahead() {
    let mut f = sample();
    f.focus_on(2);
    assert_eq!(f.choice("lang"), None);
    f.apply(OptionNext, today(), Lang::De);
    assert_eq!(f.choice("lang"), Some(0));
    f.apply(OptionPrev, today(), Lang::De);
    assert_eq!(f.choice("lang"), None, "before the first option is 'keine Angabe'");
    f.apply(OptionPrev, today(), Lang::De);
    assert_eq!(f.choice("lang"), Some(3));
    typed(&mut f, "a");
    assert_eq!(f.choice("lang"), Some(1));
    typed(&mut f, "a");
    assert_eq!(f.choice("lang"), Some(2), "the same letter again jumps to the next match");
    f.apply(OptionClear, today(), Lang::De);
    assert_eq!(f.choice("lang"), None);
    assert!(f.dirty);
}

#[test]
fn multi_choices_toggle_with_space() {
    let mut f = sample();
    f.focus_on(4);
    f.apply(OptionToggle, today(), Lang::De);
    f.apply(OptionNext, today(), Lang::De);
    f.apply(OptionNext, today(), Lang::De);
    f.apply(OptionToggle, today(), Lang::De);
    assert_eq!(f.multi("needs"), vec![0, 2]);
    typed(&mut f, "a");
    f.apply(OptionToggle, today(), Lang::De);
    assert_eq!(f.multi("needs"), vec![0, 1, 2]);
}

#[test]
fn page_keys_jump_sections_and_save_cancel_report() {
    let mut f = sample();
    f.apply(FormSectionNext, today(), Lang::De);
    assert_eq!(f.focus, 2);
    f.apply(FormSectionPrev, today(), Lang::De);
    assert_eq!(f.focus, 0);
    assert_eq!(f.apply(FormSave, today(), Lang::De), FormEvent::Save);
    assert_eq!(f.apply(FormCancel, today(), Lang::De), FormEvent::Cancel);
}

#[test]
fn paste_goes_into_text_fields_only() {
    let mut f = sample();
    assert_eq!(f.paste("Amira\nK."), FormEvent::Changed);
    assert_eq!(f.text("name"), "Amira K.");
    f.focus_on(2);
    assert_eq!(f.paste("B1"), FormEvent::Ignored);
}

#[test]
fn hiding_the_focused_field_moves_focus_on() {
    let mut f = sample();
    f.focus_on(1);
    f.set_hidden("date", true);
    assert_eq!(f.focus, 2);
}

fn prefilled() -> Form<&'static str> {
    Form::builder()
        .section("Verweis")
        .field(Field::text("name", "Name", "Amira", Check::None))
        .field(Field::text(
            "due",
            "Wiedervorlage",
            "09.12.2026",
            Check::Date { not_future: false, not_past: true },
        ))
        .field(Field::note("note", "Notiz", "erster Anruf"))
        .build()
}

#[test]
fn typing_into_a_prefilled_field_just_entered_replaces_its_value() {
    let mut f = prefilled();
    f.apply(FormNext, today(), Lang::De);
    assert!(f.replaces_on_type(), "arrived on a filled one-line field");
    typed(&mut f, "16.12.2026");
    assert_eq!(f.text("due"), "16.12.2026");
    assert!(!f.replaces_on_type(), "only the first key replaces");
    // Leaving and coming back makes it fresh again.
    f.apply(FormPrev, today(), Lang::De);
    f.apply(FormNext, today(), Lang::De);
    f.paste("23.12.2026");
    assert_eq!(f.text("due"), "23.12.2026");
    assert!(f.dirty);
}

#[test]
fn cursor_keys_and_backspace_edit_a_prefilled_value_in_place() {
    let mut f = prefilled();
    f.apply(FormNext, today(), Lang::De);
    f.apply(DeleteBack, today(), Lang::De);
    typed(&mut f, "7");
    assert_eq!(f.text("due"), "09.12.2027");
    f.apply(FormPrev, today(), Lang::De);
    f.apply(FormNext, today(), Lang::De);
    f.apply(CursorStart, today(), Lang::De);
    typed(&mut f, "1");
    assert_eq!(f.text("due"), "109.12.2027");
}

#[test]
fn refused_input_does_not_wipe_a_prefilled_value_and_free_text_is_never_replaced() {
    let mut f = prefilled();
    f.apply(FormNext, today(), Lang::De);
    assert_eq!(f.type_char('\u{7}'), FormEvent::Ignored);
    assert_eq!(f.text("due"), "09.12.2026");
    f.apply(FormNext, today(), Lang::De);
    assert!(!f.replaces_on_type(), "a note keeps its text");
    typed(&mut f, " – zurückgerufen");
    assert_eq!(f.text("note"), "erster Anruf – zurückgerufen");
    f.focus_on(0);
    assert!(!f.replaces_on_type(), "a name is free text");
    typed(&mut f, " K.");
    assert_eq!(f.text("name"), "Amira K.");
    // An empty date field just takes what is typed.
    f.focus_on(1);
    f.apply(ClearField, today(), Lang::De);
    f.apply(FormPrev, today(), Lang::De);
    f.apply(FormNext, today(), Lang::De);
    assert!(!f.replaces_on_type(), "nothing to replace");
    typed(&mut f, "01.12.2026");
    assert_eq!(f.text("due"), "01.12.2026");
}
