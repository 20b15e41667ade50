//! `lotse crash-writer SEED` (hidden): real Lotse writes through the store, for the crash test
//! (`tests/crash.rs`), which kills it with SIGKILL at random moments and checks that every
//! write it acknowledged survived. Before each write it prints `begin OP`, after the store
//! returned (so: durable) `ack OP`, each line flushed; only the one write between the last
//! `begin` and its missing `ack` may go either way.
//!
//! Ops: a new client, a short contact, a new offer, a referral for a known client, a status
//! change, an import of 40 offers in one step, and now and then an erasure (with its rewrite).

use super::CliError;
use crate::domain::client::{AnonymousContact, Caller, ContactChannel, FirstContact, SensitiveText};
use crate::domain::referral::{ClientId, NewReferral, ReferralId, ReferralStatus, change_status, create};
use crate::domain::{CaseGroup, Client, Date, Need, Offer, OfferId, Timestamp};
use crate::store::Store;
use std::io::Write;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*: enough to vary the ops; no security meaning.
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

pub fn run(store: &dyn Store, seed: u64, ops: usize) -> Result<(), CliError> {
    let mut rng = Rng(seed.max(1));
    let mut out = std::io::stdout().lock();
    let mut say = |line: String| {
        let _ = writeln!(out, "{line}");
        let _ = out.flush();
    };
    let day = Date::from_ymd(2026, 11, 25).ok_or_else(|| CliError::Io("date".into()))?;
    let ts = Timestamp::from_naive(day.naive().and_hms_opt(9, 0, 0).unwrap_or_default());
    let anchor = Offer::new(OfferId::parse("CRASH-ANKER").unwrap_or_else(|| OfferId::numbered(0)), "Anker");
    store.put_offer(&anchor)?;
    let mut clients: Vec<u64> = store.all_clients()?.iter().map(|c| c.id).collect();
    let mut referrals = store.all_referrals()?;
    for n in 0..ops {
        match rng.below(20) {
            0..=5 => {
                say(format!("begin client {n}"));
                let mut c = Client::new(0, FirstContact::new(day, ContactChannel::Phone));
                c.notes = SensitiveText::new(format!("op {n}"));
                let id = store.create_client(&c)?;
                clients.push(id);
                say(format!("ack client {id} op {n}"));
            }
            6..=8 => {
                say(format!("begin contact {n}"));
                let c = AnonymousContact {
                    id: 0,
                    date: day,
                    channel: ContactChannel::Phone,
                    language: None,
                    caller: Caller::Client,
                    group: CaseGroup::NotAssigned,
                    needs: vec![Need::Spr],
                    minutes: Some((n % 60) as u16),
                };
                let id = store.create_contact(&c)?;
                say(format!("ack contact {id}"));
            }
            9..=10 => {
                say(format!("begin offer {n}"));
                let (id, _) =
                    store.create_offer(&Offer::new(OfferId::numbered(0), format!("Angebot {n}")))?;
                say(format!("ack offer {id}"));
            }
            11..=14 if !clients.is_empty() => {
                let client = clients[rng.below(clients.len())];
                say(format!("begin referral {n}"));
                let new = NewReferral::new(ReferralId(0), ClientId(client), Need::Spr);
                let Ok((r, ev)) = create(new, &anchor, false, ts, "CW") else { continue };
                let id = store.create_referrals(&[(r.clone(), ev)])?[0];
                referrals.push(crate::domain::Referral { id, ..r });
                say(format!("ack referral {} client {client}", id.0));
            }
            15..=16 if !referrals.is_empty() => {
                let i = rng.below(referrals.len());
                let to = ReferralStatus::ALL[rng.below(ReferralStatus::ALL.len())];
                let Ok((r, ev)) = change_status(&referrals[i], to, "", false, None, ts, "CW") else {
                    continue;
                };
                say(format!("begin status {} {}", r.id.0, to.code()));
                store.save_referrals(&[(r.clone(), ev)])?;
                referrals[i] = r;
                say(format!("ack status {} {}", referrals[i].id.0, to.code()));
            }
            17..=18 => {
                say(format!("begin import {n}"));
                let batch: Vec<Offer> = (0..40)
                    .map(|k| {
                        let id =
                            OfferId::parse(&format!("IMP-{n}-{k}")).unwrap_or_else(|| OfferId::numbered(0));
                        Offer::new(id, format!("Import {n}/{k}"))
                    })
                    .collect();
                store.put_offers(&batch)?;
                say(format!("ack import {n} 40"));
            }
            _ if clients.len() > 3 => {
                let client = clients.remove(rng.below(clients.len()));
                say(format!("begin erase {client}"));
                store.erase_client(client)?;
                referrals.retain(|r| r.client.0 != client);
                say(format!("ack erase {client}"));
            }
            _ => {}
        }
    }
    Ok(())
}
