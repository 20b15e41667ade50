//! Choice lists for the directory's filters: each entry has a key (1–9, 0, then a–z) so that
//! any filter is two keystrokes away (Ctrl-B, then the entry's key).

use super::action::MenuKind;
use crate::domain::{Date, GroupTag, LangCode, Need, TargetGroup};
use crate::i18n::{Label, Lang, T, language_name};
use crate::search::Filters;

/// What choosing an entry toggles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    Need(Need),
    Group(TargetGroup),
    Tag(GroupTag),
    Language(LangCode),
    /// `None`: every town.
    Town(Option<String>),
    /// Offers stale on that day (the upkeep menu, `screen::directory::upkeep`).
    Stale(Date),
    /// Offers with a possible duplicate.
    Duplicates,
    /// Inactive offers shown too.
    Inactive,
    /// Not filters: the upkeep menu's file work (`screen::directory::files`).
    Import,
    Export,
    Backup,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MenuItem {
    pub key: char,
    pub label: String,
    pub choice: Choice,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Menu {
    pub kind: MenuKind,
    pub items: Vec<MenuItem>,
    pub selected: usize,
}

/// The direct-pick key of entry `i`: 1–9, 0, then a–z.
pub fn item_key(i: usize) -> Option<char> {
    const KEYS: &str = "1234567890abcdefghijklmnopqrstuvwxyz";
    KEYS.chars().nth(i)
}

impl Menu {
    pub fn build(kind: MenuKind, lang: Lang, towns: &[String], languages: &[(LangCode, usize)]) -> Menu {
        let entries: Vec<(String, Choice)> = match kind {
            MenuKind::Needs => Need::ALL
                .iter()
                .map(|&n| (format!("{} {}", n.code(), n.label(lang)), Choice::Need(n)))
                .collect(),
            MenuKind::Groups => TargetGroup::ALL
                .iter()
                .map(|&g| (format!("{} {}", g.code(), g.label(lang)), Choice::Group(g)))
                .chain(
                    GroupTag::ALL
                        .iter()
                        .map(|&t| (format!("{} {}", t.code(), t.label(lang)), Choice::Tag(t))),
                )
                .collect(),
            MenuKind::Languages => languages
                .iter()
                .map(|(code, n)| (format!("{} ({n})", language_name(code, lang)), Choice::Language(*code)))
                .collect(),
            // Needs the day and the counts: built by the directory's upkeep.
            MenuKind::Upkeep => Vec::new(),
            MenuKind::Towns => std::iter::once((lang.t(T::AllTowns).to_string(), Choice::Town(None)))
                .chain(towns.iter().map(|t| (t.clone(), Choice::Town(Some(t.clone())))))
                .collect(),
        };
        let items = entries
            .into_iter()
            .enumerate()
            .take(36)
            .filter_map(|(i, (label, choice))| item_key(i).map(|key| MenuItem { key, label, choice }))
            .collect();
        Menu { kind, items, selected: 0 }
    }

    pub fn position_of_key(&self, key: char) -> Option<usize> {
        let key = key.to_ascii_lowercase();
        self.items.iter().position(|i| i.key == key)
    }

    /// Whether the entry's filter is on.
    pub fn is_active(item: &MenuItem, f: &Filters) -> bool {
        match &item.choice {
            Choice::Need(n) => f.needs.contains(n),
            Choice::Group(g) => f.groups.contains(g),
            Choice::Tag(t) => f.tags.contains(t),
            Choice::Language(l) => f.languages.contains(l),
            Choice::Town(t) => f.town == *t,
            Choice::Stale(_) => f.stale_on.is_some(),
            Choice::Duplicates => f.duplicates,
            Choice::Inactive => f.include_inactive,
            Choice::Import | Choice::Export | Choice::Backup => false,
        }
    }

    /// An entry that does something instead of toggling a filter (no [ ] mark).
    pub fn is_command(item: &MenuItem) -> bool {
        matches!(item.choice, Choice::Import | Choice::Export | Choice::Backup)
    }
}

/// Toggles a choice in the filters (towns are single-choice).
pub fn toggle(f: &mut Filters, choice: &Choice) {
    fn flip<T: PartialEq + Clone>(v: &mut Vec<T>, x: &T) {
        match v.iter().position(|y| y == x) {
            Some(i) => {
                v.remove(i);
            }
            None => v.push(x.clone()),
        }
    }
    match choice {
        Choice::Need(n) => flip(&mut f.needs, n),
        Choice::Group(g) => flip(&mut f.groups, g),
        Choice::Tag(t) => flip(&mut f.tags, t),
        Choice::Language(l) => flip(&mut f.languages, l),
        Choice::Town(t) => f.town = if f.town == *t { None } else { t.clone() },
        Choice::Stale(day) => f.stale_on = if f.stale_on.is_some() { None } else { Some(*day) },
        Choice::Duplicates => f.duplicates = !f.duplicates,
        Choice::Inactive => f.include_inactive = !f.include_inactive,
        Choice::Import | Choice::Export | Choice::Backup => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_need_gets_a_direct_key() {
        let m = Menu::build(MenuKind::Needs, Lang::De, &[], &[]);
        assert_eq!(m.items.len(), 14);
        assert_eq!(m.items[0].key, '1');
        assert_eq!(m.items[9].key, '0');
        assert_eq!(m.items[13].key, 'd');
        assert_eq!(m.position_of_key('D'), Some(13));
    }

    #[test]
    fn toggling_twice_restores_and_towns_are_single_choice() {
        let mut f = Filters::default();
        toggle(&mut f, &Choice::Need(Need::Woh));
        assert_eq!(f.needs, vec![Need::Woh]);
        toggle(&mut f, &Choice::Need(Need::Woh));
        assert!(f.needs.is_empty());
        toggle(&mut f, &Choice::Town(Some("A".into())));
        toggle(&mut f, &Choice::Town(Some("B".into())));
        assert_eq!(f.town.as_deref(), Some("B"));
        toggle(&mut f, &Choice::Town(None));
        assert_eq!(f.town, None);
    }
}
