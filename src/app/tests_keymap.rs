//! The keymap against the app that uses it: every key of the tables is pressed in every state
//! the keys reach (breadth first, each new state once), and in every stack of contexts met
//! there no key is bound to two actions and no printable key is taken from a focused text
//! field. Every context of the tables must be met, so a new screen's keys are checked as soon
//! as a key leads there — nobody has to extend a list.

use super::keymap::{self, Context};
use super::tests_log::{base, d, made, with_referrals};
use super::*;
use crate::domain::ReferralStatus;
use std::collections::VecDeque;

/// Two clients (K-0001 with two referrals, one of them due), three offers, a counsellor.
fn start() -> State {
    let mut s = base();
    let list = vec![
        made(&s, 1, 1, 0, d(2026, 11, 5), ReferralStatus::InformationGiven),
        made(&s, 2, 1, 1, d(2026, 11, 20), ReferralStatus::Waitlisted),
    ];
    with_referrals(&mut s, list);
    s
}

/// A key as the loop delivers it: the writes it asks for are answered as stored.
fn press(s: &mut State, key: Key) {
    let mut queue: VecDeque<Effect> = update(s, Msg::Key(key)).effects.into();
    let mut n = 100;
    while let Some(e) = queue.pop_front() {
        n += 1;
        queue.extend(
            update(s, Msg::Saved(e.ticket, Ok(Done { id: Some(n), ids: vec![n], ..Done::default() })))
                .effects,
        );
    }
    s.settle();
}

/// Where the keys led: the screen, what is open over it, the contexts active.
type Place = (Screen, Option<std::mem::Discriminant<Overlay>>, Vec<Context>);

fn place(s: &State) -> Place {
    (s.screen, s.overlay.as_ref().map(std::mem::discriminant), update::active_contexts(s))
}

#[test]
fn no_key_is_bound_twice_in_any_stack_the_keys_reach() {
    let mut keys: Vec<Key> = Vec::new();
    for b in keymap::bindings() {
        if !keys.contains(&b.key) {
            keys.push(b.key);
        }
    }
    let mut seen: Vec<Place> = vec![place(&start())];
    // The upkeep menu's export form looks to this search like the short contact's (same
    // stack), so it would not go on from there to the report its answer opens: that path is
    // given.
    let export = vec![Key::ctrl('a'), Key::ch('5'), Key::ctrl('s')];
    let mut paths: VecDeque<Vec<Key>> = VecDeque::from([Vec::new(), export]);
    while let Some(path) = paths.pop_front() {
        for &key in &keys {
            let mut s = start();
            for &k in &path {
                press(&mut s, k);
            }
            press(&mut s, key);
            let p = place(&s);
            if !seen.contains(&p) {
                seen.push(p);
                let mut longer = path.clone();
                longer.push(key);
                paths.push_back(longer);
            }
        }
    }
    for (screen, _, stack) in &seen {
        assert_eq!(keymap::duplicate_in(stack), None, "on {screen:?} with {stack:?}");
        if stack.contains(&Context::TextField) {
            for b in keymap::bindings().filter(|b| stack.contains(&b.ctx)) {
                assert!(
                    b.key.printable().is_none(),
                    "{:?} ({:?}) steals a printable key in {stack:?}",
                    b.key,
                    b.ctx
                );
            }
        }
    }
    for ctx in keymap::bindings().map(|b| b.ctx) {
        assert!(seen.iter().any(|(_, _, stack)| stack.contains(&ctx)), "no key leads to {ctx:?}");
    }
    for &screen in Screen::ALL.iter().filter(|&&s| s != Screen::Probe) {
        assert!(seen.iter().any(|(s, _, _)| *s == screen), "no key leads to {screen:?}");
    }
}
