//! Snapshots of the referral log (due view, filters, history), the referral form, the client
//! view's referrals and the offer card's referral line, at 80×24 and 120×40 on a
//! `TestBackend`; plus the checks that meaning does not rest on colour and that no size panics.

use super::tests::{render, text};
use crate::app::nav::Pick;
use crate::app::tests::{press, type_text};
use crate::app::{Code, Key, Msg, Source, State, update};
use crate::app::{Go, go};
use crate::domain::client::{Consent, ConsentForm, ContactChannel, FirstContact, Identity, SensitiveText};
use crate::domain::referral::{NewReferral, Postpone, add_note, change_status, create, postpone};
use crate::domain::{Client, ClientId, Date, Need, OfferId, ReferralId, ReferralStatus, Timestamp};
use crate::i18n::Lang;
use crate::search::SearchIndex;
use chrono::NaiveDate;
use ratatui::style::Color;

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd(y, m, day).unwrap()
}

fn at(day: Date, h: u32, min: u32) -> Timestamp {
    Timestamp::from_naive(day.naive().and_hms_opt(h, min, 0).unwrap())
}

fn client(id: u64, pseudonym: &str) -> Client {
    let mut c = Client::new(id, FirstContact::new(d(2026, 10, 14), ContactChannel::Phone));
    c.identity = Identity::Anonymous { pseudonym: Some(SensitiveText::new(pseudonym)) };
    c.consent =
        Consent::given(d(2026, 10, 14), ConsentForm::Verbal, &[crate::domain::client::Purpose::Storage]);
    c.needs = vec![Need::Spr, Need::Auf];
    c
}

/// The demo directory on Wednesday, 25.11.2026, 10:00, three clients and five referrals with
/// histories: one overdue (postponed once, waitlisted, noted), one due today, two open later,
/// one closed as "nicht zuständig".
fn state(lang: Lang, cols: u16, rows: u16) -> State {
    let now = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap().and_hms_opt(10, 0, 0).unwrap();
    let offers = crate::demo::offers(Date::from_naive(now.date()));
    let mut s = State::new(lang, now, Source { demo: true, path: "/tmp/demo".into() }, Vec::new());
    let index = SearchIndex::build(&offers);
    s.catalog = crate::app::state::Catalog::new(offers);
    s.set_index(index);
    s.settings.counsellor = "MK".into();
    s.records.clients = vec![client(1, "Sonnenblume"), client(2, "Löwenzahn"), client(3, "Kornblume")];
    let offer =
        |id: &str| s.catalog.offers.iter().find(|o| o.id == OfferId::parse(id).unwrap()).unwrap().clone();
    let new = |id: u64, client: u64, need: Need, status: ReferralStatus| {
        let mut n = NewReferral::new(ReferralId(id), ClientId(client), need);
        n.status = status;
        n
    };
    let mut items = Vec::new();
    // 1: overdue — waitlisted, postponed, a note.
    let (r, e1) = create(
        new(1, 1, Need::Spr, ReferralStatus::InformationGiven),
        &offer("SPR-IK-VHS"),
        false,
        at(d(2026, 11, 1), 9, 5),
        "AB",
    )
    .unwrap();
    let (r, e2) = change_status(
        &r,
        ReferralStatus::Waitlisted,
        "Kurs voll, Warteliste bis Januar",
        false,
        None,
        at(d(2026, 11, 8), 10, 15),
        "AB",
    )
    .unwrap();
    let (r, e3) =
        postpone(&r, Postpone::Short, "Platz ab 01.12. in Aussicht", at(d(2026, 11, 15), 14, 40), "MK")
            .unwrap();
    let e4 = add_note(&r, "nicht erreicht, Mailbox", at(d(2026, 11, 22), 11, 0), "MK").unwrap();
    items.push((r, vec![e1, e2, e3, e4]));
    // 2: due today (recognition: six weeks).
    let (r, e) = create(
        new(2, 2, Need::Ane, ReferralStatus::InformationGiven),
        &offer("IQ-ANERK"),
        false,
        at(d(2026, 10, 14), 16, 20),
        "AB",
    )
    .unwrap();
    items.push((r, vec![e]));
    // 3: urgent, open, due in two days.
    let mut n = new(3, 1, Need::Auf, ReferralStatus::Suggested);
    n.urgent = true;
    n.note = "Titel läuft am 15.12. ab".into();
    let (r, e) = create(n, &offer("ABH-STADT"), false, at(d(2026, 11, 20), 9, 30), "MK").unwrap();
    items.push((r, vec![e]));
    // 4: closed, "nicht zuständig".
    let (r, e1) = create(
        new(4, 3, Need::Woh, ReferralStatus::InformationGiven),
        &offer("WOH-WBS"),
        false,
        at(d(2026, 11, 2), 12, 0),
        "MK",
    )
    .unwrap();
    let (r, e2) = change_status(
        &r,
        ReferralStatus::RejectedByProvider,
        "zuständig ist das Landratsamt",
        false,
        None,
        at(d(2026, 11, 10), 9, 0),
        "MK",
    )
    .unwrap();
    items.push((r, vec![e1, e2]));
    // 5: appointment made.
    let (r, e1) = create(
        new(5, 2, Need::Arb, ReferralStatus::InformationGiven),
        &offer("AA-HAFENAU"),
        false,
        at(d(2026, 11, 10), 15, 0),
        "AB",
    )
    .unwrap();
    let (r, e2) = change_status(
        &r,
        ReferralStatus::AppointmentMade,
        "",
        false,
        Some(crate::domain::Appointment::at(
            d(2026, 12, 1),
            crate::domain::TimeOfDay::from_hm(14, 30).unwrap(),
        )),
        at(d(2026, 11, 12), 8, 45),
        "AB",
    )
    .unwrap();
    items.push((r, vec![e1, e2]));
    for (r, evs) in items {
        s.records.referrals.push(r);
        s.records.events.extend(evs);
    }
    update(&mut s, Msg::Resize(cols, rows));
    s
}

fn snap(name: &str, state: &State, cols: u16, rows: u16) {
    insta::assert_snapshot!(format!("{name}_{cols}x{rows}"), text(&render(state, cols, rows)));
}

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn k(code: Code) -> Key {
    Key::plain(code)
}

#[test]
fn log_due_view() {
    for (c, r) in SIZES {
        let mut s = state(Lang::De, c, r);
        press(&mut s, &[k(Code::F(4))]);
        snap("log_due", &s, c, r);
    }
}

#[test]
fn log_with_filters() {
    for (c, r) in SIZES {
        let mut s = state(Lang::De, c, r);
        press(&mut s, &[k(Code::F(4)), Key::ch('f'), k(Code::Down)]);
        snap("log_filter_form", &s, c, r);
        for _ in 0..3 {
            press(&mut s, &[k(Code::Tab)]);
        }
        type_text(&mut s, "K-0001");
        press(&mut s, &[Key::ctrl('s'), Key::ch('r')]);
        snap("log_filtered", &s, c, r);
    }
}

#[test]
fn log_history() {
    for (c, r) in SIZES {
        let mut s = state(Lang::De, c, r);
        press(&mut s, &[k(Code::F(4)), k(Code::Enter)]);
        snap("log_history", &s, c, r);
    }
}

#[test]
fn log_in_english_with_everything() {
    let mut s = state(Lang::En, 120, 40);
    press(&mut s, &[k(Code::F(4)), Key::ch('v'), Key::ch('v'), Key::ch('v'), k(Code::End)]);
    snap("log_en_all", &s, 120, 40);
}

#[test]
fn log_empty() {
    let mut s = state(Lang::De, 80, 24);
    s.records.referrals.clear();
    press(&mut s, &[k(Code::F(4))]);
    snap("log_empty", &s, 80, 24);
}

#[test]
fn referral_form_for_marked_offers() {
    for (c, r) in SIZES {
        let mut s = state(Lang::De, c, r);
        go(&mut s, Go::OffersFor(1));
        press(&mut s, &[Key::ctrl('t'), k(Code::Down), Key::ctrl('t'), Key::ctrl('v')]);
        snap("refer_form", &s, c, r);
    }
}

#[test]
fn with_a_current_client_the_footer_names_the_refer_keys_at_80_columns() {
    let mut s = state(Lang::De, 80, 24);
    let footer = |s: &State| text(&render(s, 80, 24)).lines().last().unwrap_or_default().to_string();
    assert!(!footer(&s).contains("Strg-V"), "no client, nothing to refer: {}", footer(&s));
    go(&mut s, Go::OffersFor(1));
    // Marking several (Ctrl-T) is in the help; the main action must be on the footer.
    let f = footer(&s);
    assert!(f.contains("Strg-V verweisen") && f.contains("Enter Details"), "{f}");
    assert!(f.contains("F10 Neuer Anruf"), "{f}");
}

#[test]
fn warm_handover_refused_in_the_status_form() {
    let mut s = state(Lang::De, 80, 24);
    press(&mut s, &[k(Code::F(4)), k(Code::Down), Key::ch('s'), Key::ch('w')]);
    snap("status_form_consent", &s, 80, 24);
}

#[test]
fn client_view_lists_referrals_with_history() {
    for (c, r) in SIZES {
        let mut s = state(Lang::De, c, r);
        go(&mut s, Go::Client { id: 1, select: Pick::Top });
        press(&mut s, &[k(Code::Down)]);
        snap("client_referrals", &s, c, r);
    }
}

#[test]
fn offer_card_counts_referrals_and_rejections() {
    let mut s = state(Lang::De, 80, 24);
    s.records.referrals[3].status = ReferralStatus::RejectedByProvider;
    press(&mut s, &[k(Code::F(4)), Key::ch('v'), Key::ch('v'), Key::ch('o')]);
    snap("card_referral_stats", &s, 80, 24);
    let t = text(&render(&s, 80, 24));
    assert!(t.contains("Verwiesen: 1× (0 offen)") && t.contains("n. zuständig 1×"), "{t}");
}

#[test]
fn overdue_rows_say_so_without_colour() {
    let mut s = state(Lang::De, 80, 24);
    press(&mut s, &[k(Code::F(4)), k(Code::Down)]);
    let buf = render(&s, 80, 24);
    let t = text(&buf);
    assert!(t.contains(" 2 WV fällig"), "header count:\n{t}");
    let (y, line) = t.lines().enumerate().find(|(_, l)| l.contains("Integrationskurs")).unwrap();
    assert!(line.starts_with(" !"), "overdue mark in the text: {line}");
    assert_eq!(buf[(3u16, y as u16)].fg, Color::Yellow, "and in colour");
    let today = t.lines().find(|l| l.contains("IQ Anerkennung")).unwrap();
    assert!(today.starts_with("▶ "), "due today is not overdue: {today}");
}

#[test]
fn log_never_panics_at_any_size() {
    let mut s = state(Lang::De, 80, 24);
    press(&mut s, &[k(Code::F(4))]);
    for zoom in [false, true] {
        if zoom {
            press(&mut s, &[k(Code::Enter)]);
        }
        for w in (0..140).step_by(7) {
            for h in (0..45).step_by(3) {
                update(&mut s, Msg::Resize(w, h));
                render(&s, w, h);
            }
        }
    }
    go(&mut s, Go::Client { id: 1, select: Pick::Top });
    for w in (0..140).step_by(9) {
        for h in (0..45).step_by(4) {
            update(&mut s, Msg::Resize(w, h));
            render(&s, w, h);
        }
    }
}

#[test]
fn the_appointment_shows_with_its_time_in_the_log_and_the_client_view() {
    let when = "01.12.2026 14:30";
    for (c, r) in SIZES {
        let mut s = state(Lang::De, c, r);
        press(&mut s, &[k(Code::F(4)), Key::ch('v'), Key::ch('v'), Key::ch('v')]);
        let pos = s.log.rows.iter().position(|&i| s.records.referrals[i].appointment.is_some()).unwrap();
        s.log.cursor.selected = pos;
        if r < 32 {
            // The table first: the row has the day (and, where it fits, the time).
            let table = text(&render(&s, c, r));
            assert!(table.lines().any(|l| l.starts_with('▶') && l.contains("Termin 01.12.")), "{table}");
            press(&mut s, &[k(Code::Enter)]);
        }
        snap("log_appointment", &s, c, r);
        let t = text(&render(&s, c, r));
        assert!(t.contains(&format!("Termin: {when}")), "the details:\n{t}");
        assert!(t.contains(&format!("Termin {when} ·")), "the history:\n{t}");
        if c >= 100 {
            assert!(t.contains("Termin vereinbart 01.12. 14:30"), "the wide row:\n{t}");
        }

        go(&mut s, Go::Client { id: 2, select: Pick::Top });
        press(&mut s, &[k(Code::Down)]);
        snap("client_appointment", &s, c, r);
        let t = text(&render(&s, c, r));
        // The row has the day and time (the title gives way), the history the whole date.
        let row = t.lines().find(|l| l.contains("▶") && l.contains("ARB")).unwrap_or_default();
        assert!(row.contains(" · Termin vereinbart 01.12. 14:30"), "the client's row:\n{t}");
        assert!(t.contains(&format!("Termin {when} ·")), "the client's history:\n{t}");
    }
}
