//! A screen that exists only in tests. It is registered exactly as every screen is (a variant
//! of `Screen`, a field of `State`, an arm in `State::component`/`component_mut` and in
//! `ui::render`), and it shows how little a screen needs: the methods it does not use have
//! defaults. It asks for two writes from one action — a paste makes one short contact per
//! line — so that tests can check that both answers come back to it.

use super::Component;
use crate::app::effect::{Done, SaveError, Ticket, Waiting, Write};
use crate::app::out::Out;
use crate::app::state::Shared;
use crate::domain::CaseGroup;
use crate::domain::client::{AnonymousContact, Caller, ContactChannel};

#[derive(Debug, Default)]
pub struct Probe {
    /// The line each write in flight was made from.
    waiting: Waiting<String>,
    /// The answers, in the order they came: the line, and the number the store gave or why
    /// the write failed.
    pub answers: Vec<(String, Result<Option<u64>, String>)>,
}

impl Component for Probe {
    fn pasted(&mut self, text: &str, sh: &Shared, out: &mut Out) -> bool {
        for line in text.lines() {
            let contact = AnonymousContact {
                id: 0,
                date: sh.today(),
                channel: ContactChannel::Phone,
                language: None,
                caller: Caller::Client,
                group: CaseGroup::NotAssigned,
                needs: Vec::new(),
                minutes: Some(line.len() as u16),
            };
            let ticket = out.write(Write::SaveContact(contact));
            self.waiting.push(ticket, line.to_string());
        }
        true
    }

    fn saved(&mut self, ticket: Ticket, result: Result<&Done, &SaveError>, _sh: &Shared, _out: &mut Out) {
        if let Some(line) = self.waiting.take(ticket) {
            self.answers.push((line, result.map(|d| d.id).map_err(|e| e.message.clone())));
        }
    }
}
