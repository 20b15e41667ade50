//! The data protection screen (Ctrl-D in the client list; `h` in the client view and Ctrl-L on
//! an offer's card show it for that record): the whole audit trail, newest first, filtered as
//! you type (a record's number, initials, an action, a date), the retention and privacy
//! settings, and the records due for anonymisation with one key to anonymise them after a
//! question. The trail is read from the store each time the screen is entered (it is not
//! kept in memory all day).

use super::{Changed, Component};
use crate::app::action::Action;
use crate::app::effect::{Done, Payload, SaveError, Ticket, Write};
use crate::app::input::TextInput;
use crate::app::key::{Code, Key};
use crate::app::keymap::{Binding, Context, b, k};
use crate::app::list::Cursor;
use crate::app::nav::Go;
use crate::app::out::Out;
use crate::app::state::{QUERY_MAX, Shared};
use crate::domain::audit::AuditEntry;
use crate::domain::text::fold;
use crate::i18n::{Lang, T};
use Context::Audit as A;

pub const KEYS: &[Binding] = &[
    // The filter field has focus, so commands are Ctrl keys.
    b(A, k(Code::Up), Action::Up, None),
    b(A, k(Code::Down), Action::Down, None),
    b(A, k(Code::PageUp), Action::PageUp, None),
    b(A, k(Code::PageDown), Action::PageDown, None),
    b(A, Key::ctrl('a'), Action::AnonymiseDue, Some(T::HintAnonymise)),
    b(A, k(Code::Esc), Action::Back, Some(T::HintBack2)),
];

#[derive(Debug)]
pub struct AuditScreen {
    pub filter: TextInput,
    /// The whole trail, newest first (empty until read).
    pub entries: Vec<AuditEntry>,
    /// Indices into `entries` that match the filter.
    pub hits: Vec<usize>,
    pub cursor: Cursor,
    /// The read of the trail not answered yet.
    reading: Option<Ticket>,
    /// The anonymisation asked for, and the clients it is for.
    anonymising: Option<(Ticket, usize)>,
    /// The clients the question was asked for.
    asked: Vec<u64>,
    /// Where Esc leads.
    back: Go,
}

impl Default for AuditScreen {
    fn default() -> Self {
        AuditScreen {
            filter: TextInput::new(QUERY_MAX),
            entries: Vec::new(),
            hits: Vec::new(),
            cursor: Cursor::default(),
            reading: None,
            anonymising: None,
            asked: Vec::new(),
            back: Go::Clients,
        }
    }
}

/// What the filter searches in: date and time, initials, record, action, field names.
fn haystack(e: &AuditEntry, lang: Lang) -> String {
    fold(&format!(
        "{} {} {} {} {}",
        e.at,
        e.who,
        e.subject,
        crate::i18n::audit_action(e.action, lang),
        e.fields.join(" ")
    ))
}

/// Whether `word` occurs in `hay` where a part begins (at the start, or after a character
/// that is neither a letter nor a digit).
fn starts_a_part(hay: &str, word: &str) -> bool {
    hay.match_indices(word).any(|(i, _)| hay[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
}

/// The rows the list shows below the header lines.
pub fn list_rows(size: (u16, u16)) -> usize {
    (size.1 as usize).saturating_sub(8).max(1)
}

impl AuditScreen {
    /// Whether the trail is being read.
    pub fn reading(&self) -> bool {
        self.reading.is_some()
    }

    /// Recomputes the hits for the filter: every word must match at the start of a part of the
    /// entry ("K-0004" finds K-0004 and K-0004/V-7, not KK-0004; "12.2026" finds December).
    pub fn refresh(&mut self, lang: Lang) {
        let words: Vec<String> = self.filter.value().split_whitespace().map(fold).collect();
        self.hits = (0..self.entries.len())
            .filter(|&i| {
                let h = haystack(&self.entries[i], lang);
                words.iter().all(|w| starts_a_part(&h, w))
            })
            .collect();
        self.cursor.clamp(self.hits.len());
    }

    fn read(&mut self, out: &mut Out) {
        self.reading = Some(out.write(Write::ReadAudit));
    }
}

impl Component for AuditScreen {
    fn contexts(&self) -> Vec<Context> {
        vec![A, Context::TextField, Context::Global]
    }

    fn act(&mut self, action: Action, sh: &Shared, out: &mut Out) -> bool {
        match action {
            Action::Back => {
                out.go(self.back.clone());
                true
            }
            Action::AnonymiseDue => {
                let due = crate::privacy::due_ids(sh.records, sh.settings.retention_months, sh.today());
                if due.is_empty() {
                    out.info(sh.lang.t(T::NothingDue).to_string());
                } else if let Some(reason) = sh.read_only {
                    out.error(reason.to_string());
                } else {
                    out.ask(sh.lang.f(T::AnonymiseAsk, &[&due.len()]));
                    self.asked = due;
                }
                true
            }
            a @ (Action::CursorLeft
            | Action::CursorRight
            | Action::CursorStart
            | Action::CursorEnd
            | Action::DeleteBack
            | Action::DeleteForward
            | Action::DeleteWordBack
            | Action::ClearField) => {
                if self.filter.apply(a) {
                    self.refresh(sh.lang);
                }
                true
            }
            a => self.cursor.step(a, self.hits.len(), list_rows(sh.size)),
        }
    }

    fn typed(&mut self, c: char, sh: &Shared, _out: &mut Out) -> bool {
        let changed = self.filter.insert(c);
        if changed {
            self.refresh(sh.lang);
        }
        changed
    }

    fn pasted(&mut self, text: &str, sh: &Shared, _out: &mut Out) -> bool {
        let one_line: String = text.split(['\n', '\r']).next().unwrap_or("").to_string();
        let changed = self.filter.insert_str(&one_line);
        if changed {
            self.refresh(sh.lang);
        }
        changed
    }

    fn enter(&mut self, go: &Go, sh: &Shared, out: &mut Out) -> bool {
        let Go::Audit { filter, back } = go else { return true };
        self.filter = TextInput::with_value(QUERY_MAX, filter);
        self.back = (**back).clone();
        self.cursor.reset();
        self.refresh(sh.lang);
        self.read(out);
        true
    }

    fn confirmed(&mut self, sh: &Shared, out: &mut Out) {
        let ids = std::mem::take(&mut self.asked);
        if ids.is_empty() {
            return;
        }
        let n = ids.len();
        let ticket = out.write(Write::Anonymise { ids, today: sh.today() });
        self.anonymising = Some((ticket, n));
    }

    fn saved(&mut self, ticket: Ticket, result: Result<&Done, &SaveError>, sh: &Shared, out: &mut Out) {
        if self.reading == Some(ticket) {
            self.reading = None;
            if let Ok(Done { payload: Payload::Audit(entries), .. }) = result {
                self.entries = entries.iter().rev().cloned().collect();
                self.refresh(sh.lang);
            }
        } else if let Some((t, n)) = self.anonymising
            && t == ticket
        {
            self.anonymising = None;
            if result.is_ok() {
                out.info(sh.lang.f(T::AnonymisedScreen, &[&n]));
                // The trail has new entries ("anonymisiert").
                self.read(out);
            }
        }
    }

    fn changed(&mut self, what: &Changed, sh: &Shared) {
        if matches!(what, Changed::Size) {
            self.cursor.keep_visible(list_rows(sh.size));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::starts_a_part;

    #[test]
    fn a_filter_word_matches_where_a_part_begins() {
        assert!(starts_a_part("k-0004/v-7 angelegt", "k-0004"));
        assert!(!starts_a_part("kk-0004 angelegt", "k-0004"));
        assert!(starts_a_part("kk-0004 angelegt", "0004"));
        assert!(starts_a_part("04.12.2026 01:28 mk", "12.2026"));
        assert!(!starts_a_part("04.12.2026 01:28 mk", "2.2026"));
        assert!(starts_a_part("geandert notes", "geand"));
    }
}
