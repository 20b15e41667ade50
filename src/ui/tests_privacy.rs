//! The privacy screen (Ctrl-Z, or after the idle time): nothing personal on screen, nothing typed
//! reaches a form while it is up, and F8 shows everything again as it was.

use super::tests::{render, text};
use crate::app::nav::Pick;
use crate::app::state::Hidden;
use crate::app::{Code, Go, Key, Msg, Screen, update};
use crate::domain::client::{ContactChannel, FirstContact, Identity, SensitiveText};
use crate::domain::{Client, Date, Need};

const NAME: &str = "Zyxwerta Quonkel";

fn with_client() -> crate::app::State {
    let mut s =
        crate::app::tests::state_with(vec![crate::app::tests::offer("a", "Integrationskurs", Need::Spr)]);
    let day = Date::from_ymd(2026, 11, 20).unwrap();
    let mut c = Client::new(1, FirstContact::new(day, ContactChannel::Phone));
    c.identity = Identity::Named { name: Some(SensitiveText::new(NAME)), phone: None, email: None };
    s.records.clients.push(c);
    crate::app::go(&mut s, Go::Client { id: 1, select: Pick::Top });
    s.current_client = Some(1);
    s
}

#[test]
fn ctrl_z_hides_every_personal_datum_and_shows_it_again() {
    let mut s = with_client();
    assert!(text(&render(&s, 80, 24)).contains("Quonkel"), "the name is on the client view");
    crate::app::tests::press(&mut s, &[Key::ctrl('z')]);
    assert_eq!(s.privacy.hidden, Some(Hidden::ByKey));
    for (w, h) in [(80, 24), (120, 40), (20, 5)] {
        let screen = text(&render(&s, w, h));
        assert!(!screen.contains("Quonkel") && !screen.contains("K-0001"), "{w}×{h}:\n{screen}");
    }
    assert!(text(&render(&s, 80, 24)).contains("Strg-Z zeigt es wieder"));
    // A visitor's keys do nothing: no screen change, no typing, no paste.
    let screen_before = s.screen;
    crate::app::tests::press(&mut s, &[Key::plain(Code::F(2)), Key::ch('x'), Key::ctrl('n')]);
    update(&mut s, Msg::Paste("hallo".into()));
    assert_eq!(s.screen, screen_before);
    assert_eq!(s.privacy.hidden, Some(Hidden::ByKey));
    crate::app::tests::press(&mut s, &[Key::ctrl('z')]);
    assert_eq!(s.privacy.hidden, None);
    assert_eq!(s.screen, Screen::ClientView);
    assert!(text(&render(&s, 80, 24)).contains("Quonkel"));
}

#[test]
fn lotse_hides_itself_after_the_idle_time_and_not_before() {
    let mut s = with_client();
    s.settings.idle_minutes = crate::domain::Settings::IDLE_DEFAULT;
    let start = s.now;
    update(&mut s, Msg::Clock(start + chrono::Duration::minutes(9)));
    assert_eq!(s.privacy.hidden, None, "9 minutes: still shown");
    crate::app::tests::press(&mut s, &[Key::plain(Code::Down)]);
    update(&mut s, Msg::Clock(start + chrono::Duration::minutes(18)));
    assert_eq!(s.privacy.hidden, None, "a key restarts the idle time");
    update(&mut s, Msg::Clock(start + chrono::Duration::minutes(19)));
    assert_eq!(s.privacy.hidden, Some(Hidden::Idle(10)));
    let screen = text(&render(&s, 80, 24));
    assert!(!screen.contains("Quonkel") && screen.contains("Nach 10 Minuten ohne Eingabe"), "{screen}");

    let mut never = with_client();
    never.settings.idle_minutes = 0;
    update(&mut never, Msg::Clock(start + chrono::Duration::hours(5)));
    assert_eq!(never.privacy.hidden, None, "0 switches it off");
}
