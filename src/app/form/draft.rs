//! A form's values as a draft (issue 16): by field key name, so that a field added to or
//! removed from a form later only leaves that field empty when an older draft is continued.
//! Only values are kept, never the widget (cursor, errors, hidden state).

use super::{Form, Kind};
use crate::store::{DraftField, DraftValue};

/// The name a field key is kept under: its variant's name (`Pseudonym`, `NeedOf(2)`).
pub fn key_name<K: std::fmt::Debug>(key: &K) -> String {
    format!("{key:?}")
}

impl<K: super::FieldKey> Form<K> {
    /// Every field's value, by key name, in form order.
    pub fn snapshot(&self) -> Vec<DraftField> {
        self.fields
            .iter()
            .map(|f| {
                let value = match &f.kind {
                    Kind::Text { input, .. } => DraftValue::Text(input.value().to_string()),
                    Kind::Choice { .. } => DraftValue::Choice(f.choice_value()),
                    Kind::Multi { .. } => DraftValue::Multi(f.multi_values()),
                };
                DraftField { key: key_name(&f.key), value }
            })
            .collect()
    }

    /// The key name of the focused field.
    pub fn focus_name(&self) -> String {
        self.focused_key().map(|k| key_name(&k)).unwrap_or_default()
    }

    /// Puts the focus on the visible field named `name`, if there is one. Call it once the
    /// owner has shown and hidden fields for the restored answers.
    pub fn focus_named(&mut self, name: &str) {
        if let Some(i) = self.fields.iter().position(|f| key_name(&f.key) == name && !f.hidden) {
            self.focus_on(i);
        }
    }

    /// Puts a draft's values back into the fields of the same key and kind; a value with no
    /// such field, or of another kind, or a choice no option has any more, is left out. The
    /// form counts as changed (it was not saved), and the focus goes to field `focus` if it
    /// is visible. Returns how many values were taken.
    pub fn restore(&mut self, values: &[DraftField], focus: &str) -> usize {
        let mut taken = 0;
        for f in &mut self.fields {
            let name = key_name(&f.key);
            let Some(v) = values.iter().find(|v| v.key == name) else { continue };
            let ok = match (&mut f.kind, &v.value) {
                (Kind::Text { input, .. }, DraftValue::Text(t)) => {
                    input.clear();
                    input.insert_str(t);
                    true
                }
                (Kind::Choice { options, selected }, DraftValue::Choice(c)) => match c {
                    None => {
                        *selected = None;
                        true
                    }
                    Some(value) => match options.iter().position(|o| o.value == *value) {
                        Some(i) => {
                            *selected = Some(i);
                            true
                        }
                        None => false,
                    },
                },
                (Kind::Multi { options, checked, .. }, DraftValue::Multi(values)) => {
                    for (o, c) in options.iter().zip(checked.iter_mut()) {
                        *c = values.contains(&o.value);
                    }
                    true
                }
                _ => false,
            };
            taken += usize::from(ok);
        }
        self.dirty = true;
        self.focus_named(focus);
        taken
    }
}

#[cfg(test)]
mod tests {
    use super::super::Opt;
    use super::super::field::{Check, Field};
    use super::*;

    fn opts(values: &[u16]) -> Vec<Opt> {
        values.iter().map(|&value| Opt { label: format!("o{value}"), value }).collect()
    }

    fn form(extra: bool) -> Form<&'static str> {
        let mut b = Form::builder()
            .section("A")
            .field(Field::text("name", "Name", "", Check::None))
            .field(Field::choice("group", "Gruppe", opts(&[0, 1, 2]), None))
            .field(Field::multi("needs", "Bedarfe", opts(&[0, 1, 2, 3]), &[]));
        if extra {
            b = b.field(Field::text("added", "Neu", "", Check::None));
        }
        b.build()
    }

    #[test]
    fn a_draft_comes_back_by_key_into_a_form_with_a_new_field() {
        let mut f = form(false);
        f.get_mut("name").kind = Kind::Text {
            input: crate::app::input::TextInput::with_value(200, "Ana Lúcia 👩‍👩‍👧"),
            check: Check::None,
        };
        f.apply(crate::app::action::Action::FormNext, Date::from_ymd(2026, 1, 1).unwrap(), Lang::De);
        if let Kind::Choice { selected, .. } = &mut f.get_mut("group").kind {
            *selected = Some(2);
        }
        if let Kind::Multi { checked, .. } = &mut f.get_mut("needs").kind {
            checked[1] = true;
            checked[3] = true;
        }
        let snap = f.snapshot();
        let focus = f.focus_name();
        assert_eq!(focus, "\"group\"");
        // The form grew a field since: everything else comes back, the new field stays empty.
        let mut g = form(true);
        assert_eq!(g.restore(&snap, &focus), 3);
        assert_eq!(g.text("name"), "Ana Lúcia 👩‍👩‍👧");
        assert_eq!(g.choice("group"), Some(2));
        assert_eq!(g.multi("needs"), vec![1, 3]);
        assert_eq!(g.text("added"), "");
        assert_eq!(g.focused_key(), Some("group"));
        assert!(g.dirty, "a continued draft is unsaved");
    }

    #[test]
    fn values_without_a_matching_field_or_option_are_left_out() {
        let mut g = form(false);
        let snap = vec![
            DraftField { key: "\"gone\"".into(), value: DraftValue::Text("x".into()) },
            DraftField { key: "\"name\"".into(), value: DraftValue::Choice(Some(1)) },
            DraftField { key: "\"group\"".into(), value: DraftValue::Choice(Some(9)) },
        ];
        assert_eq!(g.restore(&snap, ""), 0);
        assert_eq!(g.text("name"), "");
        assert_eq!(g.choice("group"), None);
    }

    use crate::domain::Date;
    use crate::i18n::Lang;
}
