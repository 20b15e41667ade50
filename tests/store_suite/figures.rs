//! The records the figures count beside clients and referrals: follow-up consultations (kept
//! per client), recorded service gaps and the counts of searches without result. They keep
//! their numbers across a reopen, leave audit entries with field names only, go with an
//! erasure and lose their free text in an anonymisation.

use super::Backend;
use lotse::domain::audit::{AuditAction, Subject};
use lotse::domain::client::{ContactChannel, FirstContact, SensitiveText};
use lotse::domain::*;
use lotse::store::{Change, Kind};

fn day() -> Date {
    Date::from_ymd(2026, 3, 17).expect("date")
}

fn consultation(client: u64, note: &str) -> Consultation {
    let mut k = Consultation::new(client, day(), ContactChannel::Video);
    k.minutes = Some(25);
    k.language = LangCode::parse("uk");
    k.outcomes = vec![Outcome::RecognitionApplied];
    k.note = SensitiveText::new(note);
    k
}

pub fn consultations_gaps_and_misses_survive_a_reopen(backend: &dyn Backend) {
    let (a, b, gap);
    {
        let store = backend.open("db");
        let new = |_| Client::new(0, FirstContact::new(day(), ContactChannel::Phone));
        a = store.create_client(&new(0)).expect("a");
        b = store.create_client(&new(1)).expect("b");
        let applied = store
            .apply(&[
                Change::NewConsultation(&consultation(a, "eins")),
                Change::NewConsultation(&consultation(b, "zwei")),
                Change::NewConsultation(&consultation(a, "drei")),
            ])
            .expect("consultations");
        assert_eq!(applied.ids, [vec![1], vec![2], vec![3]]);
        let mut g = Gap::new(day(), Need::Kin);
        g.sub_need = Some(SubNeed::ALL.iter().copied().find(|s| s.need() == Need::Kin).expect("sub"));
        g.town = "Birkwald".into();
        g.group = Some(CaseGroup::Group(TargetGroup::B));
        gap = store.create_gap(&g).expect("gap");
        let month = YearMonth::of(day());
        store.count_search_miss(month, Need::Kin, "Birkwald").expect("miss");
        store.count_search_miss(month, Need::Kin, " birkwald").expect("miss, same town");
        store.count_search_miss(month, Need::Kin, "").expect("miss, no town");
    }
    let store = backend.open("db");
    let of_a: Vec<(u64, String)> = store
        .consultations_of(a)
        .expect("of a")
        .into_iter()
        .map(|k| (k.id, k.note.as_str().to_string()))
        .collect();
    assert_eq!(of_a, [(1, "eins".to_string()), (3, "drei".to_string())]);
    assert_eq!(store.consultations_of(b).expect("of b").len(), 1);
    assert_eq!(store.all_consultations().expect("all").len(), 3);
    let k = &store.consultations_of(b).expect("of b")[0];
    assert_eq!(
        (k.minutes, k.outcomes.as_slice(), k.channel),
        (Some(25), &[Outcome::RecognitionApplied][..], ContactChannel::Video)
    );
    let gaps = store.all_gaps().expect("gaps");
    assert_eq!((gaps.len(), gaps[0].id, gaps[0].town.as_str()), (1, gap, "Birkwald"));
    let misses = store.all_search_misses().expect("misses");
    let counts: Vec<(&str, u32)> = misses.iter().map(|m| (m.town.as_str(), m.count)).collect();
    assert_eq!(counts, [("", 1), ("Birkwald", 2)], "one record per month, need and town, however spelt");
    let kinds = store.contents().expect("contents");
    for (kind, n) in [(Kind::Consultation, 3), (Kind::Gap, 1), (Kind::SearchMiss, 2)] {
        assert!(kinds.contains(&(kind, n)), "{kind:?} {n} in {kinds:?}");
    }
    assert!(store.check_consistency().expect("check").is_empty());
}

pub fn the_new_records_leave_audit_entries_with_field_names_only(backend: &dyn Backend) {
    let store = backend.open("db");
    let id =
        store.create_client(&Client::new(0, FirstContact::new(day(), ContactChannel::Phone))).expect("c");
    let k = store.create_consultation(&consultation(id, "Notiz-Kanarie")).expect("k");
    let mut g = Gap::new(day(), Need::Woh);
    g.note = SensitiveText::new("Lücken-Kanarie");
    let gap = store.create_gap(&g).expect("gap");
    store.count_search_miss(YearMonth::of(day()), Need::Woh, "Oberried").expect("miss");
    store.count_search_miss(YearMonth::of(day()), Need::Woh, "Oberried").expect("miss again");
    let log = store.audit_log().expect("log");
    let what: Vec<(Subject, AuditAction)> = log.iter().map(|e| (e.subject.clone(), e.action)).collect();
    let miss = "2026-03/WOH/oberried".to_string();
    assert_eq!(
        what[1..],
        [
            (Subject::Consultation { id: k, client: id }, AuditAction::Created),
            (Subject::Gap(gap), AuditAction::Created),
            (Subject::SearchMiss(miss.clone()), AuditAction::Created),
            (Subject::SearchMiss(miss), AuditAction::Changed),
        ]
    );
    assert!(log[1].fields.contains(&"note".to_string()) && log[1].fields.contains(&"outcomes".to_string()));
    assert!(log[1].subject.concerns_client(id), "the client's trail shows the consultation");
    let text = format!("{log:?}");
    assert!(!text.contains("Kanarie"), "values never: {text}");
}

pub fn erasure_and_anonymisation_reach_the_consultations(backend: &dyn Backend) {
    let store = backend.open("db");
    let new = || Client::new(0, FirstContact::new(day(), ContactChannel::Phone));
    let (gone, kept, anon) = (
        store.create_client(&new()).expect("gone"),
        store.create_client(&new()).expect("kept"),
        store.create_client(&new()).expect("anon"),
    );
    for c in [gone, kept, anon] {
        store.create_consultation(&consultation(c, "Folge-Kanarie")).expect("k");
    }
    store.erase_client(gone).expect("erase").expect("there");
    assert!(store.consultations_of(gone).expect("of gone").is_empty());
    assert_eq!(store.consultations_of(kept).expect("of kept").len(), 1);
    assert_eq!(store.anonymise_clients(&[anon], day()).expect("anonymise"), 1);
    let k = &store.consultations_of(anon).expect("of anon")[0];
    assert!(k.note.is_empty(), "the note goes");
    assert_eq!(k.date, Date::from_ymd(2026, 3, 1).expect("date"), "the date is kept as its month");
    assert_eq!((k.minutes, k.outcomes.len()), (Some(25), 1), "what the figures count stays");
    assert!(store.check_consistency().expect("check").is_empty());
}
