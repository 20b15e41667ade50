//! A keyboard form: sections of fields, one with focus. Tab and Shift-Tab move between fields,
//! each field checks itself when it is left, and saving refuses with the first problem
//! focused — nothing typed is lost. Screens (intake, referral, offer editor) build a `Form`,
//! read its values and turn them into records; the form knows nothing of the domain.
//!
//! Fields are named by a key type of the form's owner, `Form<K>`: an enum with one variant per
//! field (`IntakeField::Nationality`, `OfferField::Hours`), so a misspelt field is a compile
//! error, not a panic when the counsellor presses Ctrl-S.

pub mod draft;
pub mod field;
pub mod options;

/// Declares a form's key enum: one variant per field, `ALL` in form order (so a test can check
/// that the form has every field its owner reads), and the [`FieldKey`] marker.
macro_rules! field_keys {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($(#[$vmeta:meta])* $variant:ident,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        $vis enum $name { $($(#[$vmeta])* $variant,)* }
        impl $name {
            #[allow(dead_code)]
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];
        }
        impl $crate::app::form::FieldKey for $name {}
    };
}
pub(crate) use field_keys;

use super::action::Action;
use crate::domain::Date;
use crate::i18n::Lang;
pub use field::{Check, Field, FieldKey, Kind, Opt};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub title: String,
    /// Index of the section's first field; a section runs to the next one's first field.
    pub start: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form<K> {
    pub sections: Vec<Section>,
    pub fields: Vec<Field<K>>,
    /// Read it freely; move it with `set_focus`, which also makes the field fresh.
    pub focus: usize,
    /// Something was changed since the form was opened or saved.
    pub dirty: bool,
    /// The focus has just arrived: typing or pasting into a date, month or number field
    /// replaces its value (a prefilled follow-up date is overtyped, as in a browser form); any
    /// other key on the field ends this, so the cursor keys and Backspace edit it in place.
    fresh: bool,
    /// Fields that do not apply keep their place: Tab stops on them (they show "entfällt" and
    /// take no input), so a fixed sequence of keys reaches the same field whatever was answered
    /// (the intake, typed blind during a call). Otherwise hidden fields are skipped.
    pub keep_order: bool,
    /// A typed letter changes a choice only where the field shows its letters
    /// ([`Field::letters`]); elsewhere the letter is refused (`FormEvent::Ignored`) instead of
    /// choosing by type-ahead, so a stray letter never changes an answer.
    pub letters_only: bool,
}

/// What a key did to the form, for the screen that owns it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormEvent {
    /// Nothing visible happened.
    Ignored,
    /// Focus or cursor moved.
    Moved,
    /// A value changed (the screen may recompute things shown live).
    Changed,
    Save,
    Cancel,
}

/// A form under construction: `section` starts a new section, `field` adds to it.
pub struct Builder<K> {
    sections: Vec<Section>,
    fields: Vec<Field<K>>,
    phone_speed: bool,
}

impl<K: FieldKey> Builder<K> {
    pub fn section(mut self, title: impl Into<String>) -> Builder<K> {
        self.sections.push(Section { title: title.into(), start: self.fields.len() });
        self
    }

    pub fn field(mut self, f: Field<K>) -> Builder<K> {
        debug_assert!(!self.fields.iter().any(|x| x.key == f.key), "duplicate field key {:?}", f.key);
        self.fields.push(f);
        self
    }

    /// A form typed blind on the phone: [`Form::keep_order`] and [`Form::letters_only`].
    pub fn phone_speed(mut self) -> Builder<K> {
        self.phone_speed = true;
        self
    }

    pub fn build(self) -> Form<K> {
        let mut form = Form {
            sections: self.sections,
            fields: self.fields,
            focus: 0,
            dirty: false,
            fresh: true,
            keep_order: self.phone_speed,
            letters_only: self.phone_speed,
        };
        if !form.keep_order && form.fields.first().is_some_and(|f| f.hidden) {
            form.next_field();
        }
        form
    }
}

impl<K: FieldKey> Form<K> {
    pub fn builder() -> Builder<K> {
        Builder { sections: Vec::new(), fields: Vec::new(), phone_speed: false }
    }

    pub fn focused(&self) -> Option<&Field<K>> {
        self.fields.get(self.focus)
    }

    /// The key of the field with the focus.
    pub fn focused_key(&self) -> Option<K> {
        self.focused().map(|f| f.key)
    }

    pub fn index_of(&self, key: K) -> Option<usize> {
        self.fields.iter().position(|f| f.key == key)
    }

    /// The field with `key`. The key type makes a misspelt field impossible; a key the form
    /// was not built with (a field another form of the same owner has) is a programming error,
    /// caught by the owner's tests, which check that every key is in its form.
    pub fn get(&self, key: K) -> &Field<K> {
        let i = self.index_of(key).unwrap_or_else(|| panic!("form has no field {key:?}"));
        &self.fields[i]
    }

    pub fn get_mut(&mut self, key: K) -> &mut Field<K> {
        let i = self.index_of(key).unwrap_or_else(|| panic!("form has no field {key:?}"));
        &mut self.fields[i]
    }

    pub fn text(&self, key: K) -> &str {
        self.get(key).text_value()
    }

    pub fn choice(&self, key: K) -> Option<u16> {
        self.get(key).choice_value()
    }

    pub fn multi(&self, key: K) -> Vec<u16> {
        self.get(key).multi_values()
    }

    /// Shows or hides a field; a hidden field keeps its value but loses focus and errors.
    pub fn set_hidden(&mut self, key: K, hidden: bool) {
        let i = self.index_of(key).unwrap_or_else(|| panic!("form has no field {key:?}"));
        self.fields[i].hidden = hidden;
        if hidden {
            self.fields[i].error = None;
            if self.focus == i && !self.keep_order {
                self.next_field();
            }
        }
    }

    /// The section a field belongs to.
    pub fn section_of(&self, field: usize) -> usize {
        self.sections.iter().rposition(|s| s.start <= field).unwrap_or(0)
    }

    /// Puts the focus on a field (e.g. the first problem) without checking the one left.
    pub fn focus_on(&mut self, i: usize) {
        if i < self.fields.len() {
            self.set_focus(i);
        }
    }

    fn set_focus(&mut self, i: usize) {
        self.focus = i;
        self.fresh = true;
    }

    /// Whether the next typed character replaces the focused field's value (shown selected).
    pub fn replaces_on_type(&self) -> bool {
        self.fresh
            && self.focused().is_some_and(
                |f| matches!(&f.kind, Kind::Text { input, check } if !input.is_empty() && check.overtyped()),
            )
    }

    /// A field Tab stops on: every field where the order is kept, else the shown ones.
    fn stop(&self, i: usize) -> bool {
        self.keep_order || !self.fields[i].hidden
    }

    fn next_field(&mut self) -> bool {
        let n = self.fields.len();
        (self.focus + 1..n).find(|&i| self.stop(i)).map(|i| self.set_focus(i)).is_some()
    }

    fn prev_field(&mut self) -> bool {
        (0..self.focus).rev().find(|&i| self.stop(i)).map(|i| self.set_focus(i)).is_some()
    }

    /// Whether the focused field takes input (a field that does not apply takes none).
    fn focus_takes_input(&self) -> bool {
        self.focused().is_some_and(|f| !f.hidden)
    }

    /// Records a problem of one field (found when it was left) without moving the focus.
    pub fn mark_error(&mut self, key: K, message: Option<String>) {
        if let Some(i) = self.index_of(key) {
            self.fields[i].error = if self.fields[i].hidden { None } else { message };
        }
    }

    /// Checks the focused field (as it is being left) and records its error.
    fn check_focused(&mut self, today: Date, lang: Lang) {
        if let Some(f) = self.fields.get_mut(self.focus) {
            f.error = f.check(today, lang);
            if f.error.is_none() {
                f.tidy();
            }
        }
    }

    /// Checks every visible field. Returns the index of the first problem and focuses it.
    pub fn validate(&mut self, today: Date, lang: Lang) -> Option<usize> {
        let mut first = None;
        for (i, f) in self.fields.iter_mut().enumerate() {
            f.error = if f.hidden { None } else { f.check(today, lang) };
            if f.error.is_some() && first.is_none() {
                first = Some(i);
            }
        }
        if let Some(i) = first {
            self.set_focus(i);
        }
        first
    }

    /// Records a problem found by the screen's own cross-field rules and focuses it.
    pub fn set_error(&mut self, key: K, message: String) {
        let i = self.index_of(key).unwrap_or_else(|| panic!("form has no field {key:?}"));
        self.fields[i].error = Some(message);
        self.set_focus(i);
    }

    pub fn has_errors(&self) -> bool {
        self.fields.iter().any(|f| f.error.is_some() && !f.hidden)
    }

    /// Moves focus by `delta` sections (PageUp/PageDown).
    fn jump_section(&mut self, forward: bool) -> bool {
        let cur = self.section_of(self.focus);
        let target = if forward { cur + 1 } else { cur.saturating_sub(1) };
        let Some(s) = self.sections.get(target) else { return false };
        let start = s.start;
        match (start..self.fields.len()).find(|&i| self.stop(i)) {
            Some(i) if i != self.focus => {
                self.set_focus(i);
                true
            }
            _ => false,
        }
    }

    /// Applies an action to the form or its focused field.
    pub fn apply(&mut self, action: Action, today: Date, lang: Lang) -> FormEvent {
        use Action::*;
        let moved = |b: bool| if b { FormEvent::Moved } else { FormEvent::Ignored };
        match action {
            FormSave => return FormEvent::Save,
            FormCancel => return FormEvent::Cancel,
            FormNext | FieldNext => {
                self.check_focused(today, lang);
                return moved(self.next_field());
            }
            FormPrev | FieldPrev => {
                self.check_focused(today, lang);
                return moved(self.prev_field());
            }
            FormSectionNext | FormSectionPrev => {
                self.check_focused(today, lang);
                return moved(self.jump_section(action == FormSectionNext));
            }
            _ => {}
        }
        self.fresh = false;
        if !self.focus_takes_input() {
            return FormEvent::Ignored;
        }
        let Some(field) = self.fields.get_mut(self.focus) else { return FormEvent::Ignored };
        let changed = match (&mut field.kind, action) {
            (Kind::Text { input, .. }, a) => {
                let before = input.cursor();
                let changed = input.apply(a);
                if !changed && input.cursor() != before {
                    return FormEvent::Moved;
                }
                changed
            }
            (Kind::Choice { options, selected }, OptionNext | OptionPrev) => {
                let n = options.len();
                if n == 0 {
                    return FormEvent::Ignored;
                }
                // "keine Angabe" sits before the first option.
                *selected = match (*selected, action == OptionNext) {
                    (None, true) => Some(0),
                    (None, false) => Some(n - 1),
                    (Some(i), true) if i + 1 < n => Some(i + 1),
                    (Some(_), true) => None,
                    (Some(0), false) => None,
                    (Some(i), false) => Some(i - 1),
                };
                true
            }
            (Kind::Choice { selected, .. }, OptionClear) => selected.take().is_some(),
            (Kind::Multi { options, cursor, .. }, OptionNext | OptionPrev) => {
                let n = options.len().max(1);
                *cursor = if action == OptionNext { (*cursor + 1) % n } else { (*cursor + n - 1) % n };
                return FormEvent::Moved;
            }
            (Kind::Multi { checked, cursor, .. }, OptionToggle) => {
                if let Some(c) = checked.get_mut(*cursor) {
                    *c = !*c;
                }
                true
            }
            (Kind::Multi { checked, .. }, OptionClear) => {
                let any = checked.iter().any(|c| *c);
                checked.iter_mut().for_each(|c| *c = false);
                any
            }
            _ => false,
        };
        self.changed(changed)
    }

    /// A typed character: into a text field; in a choice the option with that letter where the
    /// field shows letters, else (unless [`Form::letters_only`]) type-ahead: the next option
    /// whose label starts with it; in a multi-choice the cursor moves to the next such option.
    pub fn type_char(&mut self, c: char) -> FormEvent {
        let replace = self.replaces_on_type();
        self.fresh = false;
        if !self.focus_takes_input() {
            return FormEvent::Ignored;
        }
        let letters_only = self.letters_only;
        let Some(field) = self.fields.get_mut(self.focus) else { return FormEvent::Ignored };
        let letter = field.letter_option(c);
        let changed = match &mut field.kind {
            Kind::Text { input, .. } if replace => replace_with(input, |i| i.insert(c)),
            Kind::Text { input, .. } => input.insert(c),
            Kind::Choice { selected, .. } if letter.is_some() => {
                let changed = *selected != letter;
                *selected = letter;
                changed
            }
            Kind::Choice { .. } if letters_only => false,
            Kind::Choice { options, selected } => {
                match next_starting_with(options, selected.map(|s| s + 1).unwrap_or(0), c) {
                    Some(i) if *selected != Some(i) => {
                        *selected = Some(i);
                        true
                    }
                    _ => false,
                }
            }
            Kind::Multi { options, cursor, .. } => {
                let hit = next_starting_with(options, *cursor + 1, c);
                if let Some(i) = hit {
                    *cursor = i;
                }
                return if hit.is_some() { FormEvent::Moved } else { FormEvent::Ignored };
            }
        };
        self.changed(changed)
    }

    /// Pasted text goes into a focused text field only; a multi-line field keeps its lines.
    pub fn paste(&mut self, s: &str) -> FormEvent {
        let replace = self.replaces_on_type();
        self.fresh = false;
        if !self.focus_takes_input() {
            return FormEvent::Ignored;
        }
        let Some(field) = self.fields.get_mut(self.focus) else { return FormEvent::Ignored };
        let multiline = field.multiline;
        let Kind::Text { input, .. } = &mut field.kind else { return FormEvent::Ignored };
        let kept: String;
        let s = if multiline {
            kept = s.replace("\r\n", "\n").replace('\n', &field::LINE_BREAK.to_string());
            kept.as_str()
        } else {
            s
        };
        let changed = if replace { replace_with(input, |i| i.insert_str(s)) } else { input.insert_str(s) };
        if !changed {
            return FormEvent::Ignored;
        }
        field.error = None;
        self.dirty = true;
        FormEvent::Changed
    }

    /// After an edit of the focused field: a change clears its error and makes the form dirty.
    fn changed(&mut self, changed: bool) -> FormEvent {
        if !changed {
            return FormEvent::Ignored;
        }
        if let Some(field) = self.fields.get_mut(self.focus) {
            field.error = None;
        }
        self.dirty = true;
        FormEvent::Changed
    }

    /// Whether the focused field edits text (so the text-field keys apply).
    pub fn focus_is_text(&self) -> bool {
        matches!(self.focused().map(|f| &f.kind), Some(Kind::Text { .. }))
    }
}

/// Replaces the value with what `insert` puts into an empty field — unless it puts nothing
/// there (a control character, an empty paste): then the value stays.
fn replace_with(
    input: &mut super::input::TextInput,
    insert: impl FnOnce(&mut super::input::TextInput) -> bool,
) -> bool {
    let mut new = input.clone();
    new.clear();
    if !insert(&mut new) {
        return false;
    }
    *input = new;
    true
}

/// Type-ahead: the first option from `start` on (wrapping) whose label starts with `c`,
/// compared folded ("u" finds "Übersetzung").
fn next_starting_with(options: &[Opt], start: usize, c: char) -> Option<usize> {
    let n = options.len();
    let c = crate::domain::text::fold(&c.to_string());
    (0..n).map(|k| (start + k) % n).find(|&i| crate::domain::text::fold(&options[i].label).starts_with(&c))
}

#[cfg(test)]
mod tests;
