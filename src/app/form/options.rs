//! Options for choice fields built from code lists, and reading them back.

use super::field::Opt;
use crate::i18n::{Lang, T};

/// Options for the values of a code list, labelled in the UI language; an option's value is
/// its index in `items`.
pub fn options<L: crate::i18n::Label>(items: &[L], lang: Lang) -> Vec<Opt> {
    items.iter().enumerate().map(|(i, x)| Opt { label: x.label(lang).to_string(), value: i as u16 }).collect()
}

/// The item an option value stands for (see [`options`]).
pub fn pick<X: Copy>(items: &[X], value: Option<u16>) -> Option<X> {
    value.and_then(|v| items.get(v as usize).copied())
}

/// The option value of an item (see [`options`]).
pub fn value_of<X: PartialEq>(items: &[X], x: &X) -> Option<u16> {
    items.iter().position(|y| y == x).map(|i| i as u16)
}

/// Yes/no options (value 1 = yes, 0 = no); "keine Angabe" is the empty choice.
pub fn yes_no(lang: Lang) -> Vec<Opt> {
    vec![
        Opt { label: lang.t(T::Yes).to_string(), value: 1 },
        Opt { label: lang.t(T::No).to_string(), value: 0 },
    ]
}

pub fn bool_value(b: Option<bool>) -> Option<u16> {
    b.map(u16::from)
}

pub fn as_bool(v: Option<u16>) -> Option<bool> {
    v.map(|v| v == 1)
}
