//! The built-in demo directory: about 80 offers of the fictional region Hafenau, so that Lotse can
//! be tried, shown and tested without real data. Every name, address, phone number (area code
//! `012345`), postal code (`00…`) and web address (`.example`) is made up; the kinds of offer and
//! the vocabulary are those of real Welcome Center directories.
//!
//! The data lives in one file per need area under `demo/`; this module owns the public entry
//! point and the tests that hold the data to the coverage the search and the screens rely on.

mod build;
mod cases;
pub use cases::cases;
mod counselling;
mod education;
mod everyday;
mod family;
mod health;
mod housing;
mod language;
mod recognition;
mod residence;
mod season;
mod work;
pub use season::{Season, season};

use crate::domain::{Date, Offer};

/// One-line description of the fictional region, e.g. for the README or a header.
pub const REGION: &str = "Demo-Region Stadt Hafenau und Landkreis Hafenau-Land (Birkwald, Oberried, \
Talmühle, Seebrück) – frei erfunden, alle Angebote und Kontaktdaten sind fiktiv";

/// The fictional region's built-in directory. `today` anchors the verification dates so that
/// "stale" entries stay stale whenever the demo runs.
pub fn offers(today: Date) -> Vec<Offer> {
    let areas: [fn(Date) -> Vec<Offer>; 10] = [
        language::offers,
        work::offers,
        housing::offers,
        recognition::offers,
        residence::offers,
        education::offers,
        family::offers,
        health::offers,
        counselling::offers,
        everyday::offers,
    ];
    areas.iter().flat_map(|area| area(today)).collect()
}

/// Writes the demo into `store`: the directory, the three hand-made cases and the season
/// (several dozen cases over half a year, with consultations, short contacts, gaps and
/// searches without result). The store hands out every number as for real records.
pub fn write_into(store: &dyn crate::store::Store, today: Date) -> crate::store::Result<()> {
    use crate::domain::referral::ReferralId;
    let offers = offers(today);
    store.put_offers(&offers)?;
    let (mut next_client, mut next_referral) = (0, 0);
    let (clients, referrals) = cases(
        today,
        &offers,
        &mut || {
            next_client += 1;
            next_client
        },
        &mut || {
            next_referral += 1;
            next_referral
        },
    );
    let season = season(today, &offers);
    // Placeholder numbers → the store's: the hand-made cases first, then the season's.
    let mut numbers = std::collections::HashMap::new();
    for c in &clients {
        numbers.insert((0, c.id), store.create_client(c)?);
    }
    for c in &season.clients {
        numbers.insert((1, c.id), store.create_client(c)?);
    }
    let map = |set: u8, items: Vec<(crate::domain::Referral, crate::domain::ReferralEvent)>| {
        items
            .into_iter()
            .map(|(mut r, ev)| {
                r.client.0 = numbers.get(&(set, r.client.0)).copied().unwrap_or(r.client.0);
                // Keep the two sets' placeholder referral numbers apart.
                r.id = ReferralId(r.id.0 + u64::from(set) * 1_000_000);
                let ev = crate::domain::ReferralEvent { referral: r.id, ..ev };
                (r, ev)
            })
            .collect::<Vec<_>>()
    };
    let mut all = map(0, referrals);
    all.extend(map(1, season.referrals));
    store.create_referrals(&all)?;
    let mut changes: Vec<crate::domain::Consultation> = season.consultations;
    for k in &mut changes {
        k.client = numbers.get(&(1, k.client)).copied().unwrap_or(k.client);
    }
    let mut batch: Vec<crate::store::Change<'_>> =
        changes.iter().map(crate::store::Change::NewConsultation).collect();
    batch.extend(season.contacts.iter().map(crate::store::Change::NewContact));
    batch.extend(season.gaps.iter().map(crate::store::Change::NewGap));
    let misses: Vec<(crate::domain::YearMonth, crate::domain::Need, &str)> = season
        .misses
        .iter()
        .map(|(days, need, town)| (crate::domain::YearMonth::of(today.add_days(-days)), *need, *town))
        .collect();
    batch.extend(misses.iter().map(|(month, need, town)| crate::store::Change::SearchMiss {
        month: *month,
        need: *need,
        town,
    }));
    store.apply(&batch)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::build::TOWNS;
    use super::*;
    use crate::domain::text::normalize;
    use crate::domain::*;
    use crate::i18n::{Lang, language_name};
    use std::collections::BTreeSet;

    fn today() -> Date {
        Date::from_ymd(2026, 11, 25).expect("valid date")
    }

    fn by_id<'a>(all: &'a [Offer], id: &str) -> &'a Offer {
        all.iter().find(|o| o.id.as_str() == id).unwrap_or_else(|| panic!("demo offer {id} missing"))
    }

    /// Every piece of text an offer carries, for the checks that apply to all of them.
    fn texts(o: &Offer) -> Vec<&str> {
        let mut t = vec![
            o.id.as_str(),
            &o.title,
            &o.provider,
            &o.description,
            &o.phone,
            &o.email,
            &o.website,
            &o.street,
            &o.postal_code,
            &o.town,
            &o.hours.note,
            &o.cost_note,
            &o.eligibility.note,
            &o.internal_note,
        ];
        t.extend(o.documents.iter().map(|s| s.as_str()));
        t.extend(o.keywords.iter().map(|s| s.as_str()));
        t
    }

    /// How a counsellor types: every query word is the start of some word of the title or a
    /// keyword ("anerk lehr" → "Anerkennung … Lehrkräftequalifikationen").
    fn typed(o: &Offer, query: &str) -> bool {
        let haystack = format!("{} {}", o.title, o.keywords.join(" ")).to_lowercase();
        let words: Vec<&str> = haystack.split(|c: char| !c.is_alphanumeric()).collect();
        query.split_whitespace().all(|q| words.iter().any(|w| w.starts_with(&q.to_lowercase())))
    }

    #[test]
    fn has_at_least_sixty_offers() {
        assert!(offers(today()).len() >= 60, "only {} offers", offers(today()).len());
    }

    #[test]
    fn ids_are_valid_and_unique() {
        let all = offers(today());
        let mut seen = BTreeSet::new();
        for o in &all {
            assert_eq!(OfferId::parse(o.id.as_str()).as_ref(), Some(&o.id));
            assert!(seen.insert(o.id.clone()), "duplicate id {}", o.id);
        }
    }

    #[test]
    fn output_is_deterministic_for_a_given_day() {
        assert_eq!(offers(today()), offers(today()));
        let later = offers(today().add_days(40));
        assert_eq!(
            later.iter().map(|o| &o.id).collect::<Vec<_>>(),
            offers(today()).iter().map(|o| &o.id).collect::<Vec<_>>()
        );
    }

    #[test]
    fn every_offer_is_complete_enough_for_a_phone_call() {
        for o in offers(today()) {
            let id = &o.id;
            assert!(!o.title.is_empty() && !o.provider.is_empty(), "{id}: title/provider");
            assert!(!o.needs.is_empty() && !o.keywords.is_empty(), "{id}: needs/keywords");
            assert!(!o.phone.is_empty() && !o.email.is_empty(), "{id}: phone/e-mail");
            assert!(!o.languages.is_empty() && !o.channels.is_empty(), "{id}: languages/channels");
            assert!(!o.hours.slots.is_empty() || !o.hours.note.is_empty(), "{id}: no hours at all");
            assert_ne!(o.cost, Cost::Unknown, "{id}: cost");
            for s in &o.sub_needs {
                assert!(o.needs.contains(&s.need()), "{id}: sub-need {} without its need", s.code());
            }
            if o.service_area == ServiceArea::City {
                assert!(o.serves_town(&o.town), "{id}: city offer must name its town");
            }
            if let (Some(min), Some(max)) = (o.eligibility.min_age, o.eligibility.max_age) {
                assert!(min <= max, "{id}: age range");
            }
        }
    }

    #[test]
    fn covers_every_need_and_the_top_four_several_times() {
        let all = offers(today());
        for n in Need::ALL {
            let count = all.iter().filter(|o| o.needs.contains(&n)).count();
            let wanted = if Need::TOP.contains(&n) { 5 } else { 1 };
            assert!(count >= wanted, "need {} has only {count} offers", n.code());
        }
        let subs: BTreeSet<_> = all.iter().flat_map(|o| o.sub_needs.iter().copied()).collect();
        assert!(subs.len() >= 50, "only {} sub-needs used", subs.len());
    }

    #[test]
    fn covers_every_group_and_tag() {
        let all = offers(today());
        for g in TargetGroup::ALL {
            assert!(all.iter().any(|o| o.target_groups.contains(&g)), "group {}", g.code());
        }
        for t in GroupTag::ALL {
            assert!(all.iter().filter(|o| o.tags.contains(&t)).count() >= 3, "tag {}", t.code());
        }
        assert!(all.iter().any(|o| o.target_groups.is_empty()), "some offers are open to all groups");
    }

    #[test]
    fn speaks_many_languages_the_ui_can_name() {
        let langs: BTreeSet<LangCode> = offers(today()).into_iter().flat_map(|o| o.languages).collect();
        assert!(langs.len() >= 8, "only {} languages", langs.len());
        for l in &langs {
            assert_ne!(language_name(l, Lang::De), l.as_str(), "no label for {}", l.as_str());
        }
    }

    #[test]
    fn covers_areas_modes_channels_and_costs() {
        let all = offers(today());
        for a in ServiceArea::ALL {
            assert!(all.iter().any(|o| o.service_area == a), "area {}", a.code());
        }
        for m in AppointmentMode::ALL {
            assert!(all.iter().any(|o| o.appointment == m), "appointment {}", m.code());
        }
        for c in Channel::ALL {
            assert!(all.iter().any(|o| o.channels.contains(&c)), "channel {}", c.code());
        }
        let free = all.iter().filter(|o| o.cost == Cost::Free).count();
        let fees: Vec<_> = all.iter().filter(|o| o.cost == Cost::Fee).collect();
        assert!(free > all.len() / 2 && fees.len() >= 5, "free {free}, fees {}", fees.len());
        for o in fees {
            assert!(!o.cost_note.is_empty(), "{}: a fee needs a note", o.id);
        }
    }

    #[test]
    fn eligibility_follows_the_field_rules() {
        let all = offers(today());
        let jmd = by_id(&all, "JMD-HAFENAU");
        assert_eq!((jmd.eligibility.min_age, jmd.eligibility.max_age), (Some(12), Some(27)));
        for o in all.iter().filter(|o| o.keywords.iter().any(|k| k == "MBE")) {
            assert_eq!((o.eligibility.min_age, o.eligibility.max_age), (Some(27), None), "{}", o.id);
        }
        assert!(all.iter().filter(|o| o.eligibility.min_german.is_some()).count() >= 4);
        assert!(all.iter().filter(|o| !o.eligibility.residence.is_empty()).count() >= 5);
        assert!(all.iter().filter(|o| !o.documents.is_empty()).count() >= 30);
        assert!(all.iter().any(|o| o.eligibility.is_open_to_all()));
    }

    #[test]
    fn some_entries_are_stale_and_stay_stale_on_any_day() {
        let stale_ids = |day: Date| -> Vec<OfferId> {
            offers(day).into_iter().filter(|o| o.is_stale(day)).map(|o| o.id).collect()
        };
        let all = offers(today());
        let stale = stale_ids(today());
        assert!(stale.len() >= 5, "only {} stale", stale.len());
        assert!(stale.len() * 4 < all.len(), "most entries must be fresh, {} stale", stale.len());
        let unverified = all.iter().filter(|o| o.last_verified.is_none()).count();
        assert!((1..=2).contains(&unverified), "{unverified} never verified");
        assert!(all.iter().filter_map(|o| o.last_verified).all(|d| d <= today()));
        // Month ends and a leap day are where month arithmetic clamps.
        for (y, m, d) in [(2024, 2, 29), (2026, 1, 31), (2026, 3, 31), (2027, 12, 31), (2030, 6, 1)] {
            let day = Date::from_ymd(y, m, d).expect("valid date");
            assert_eq!(stale_ids(day), stale, "different stale set on {day}");
        }
    }

    #[test]
    fn statuses_and_internal_notes_occur() {
        let all = offers(today());
        let count = |s: OfferStatus| all.iter().filter(|o| o.status == s).count();
        assert!(count(OfferStatus::TemporarilyClosed) >= 1 && count(OfferStatus::Inactive) >= 1);
        assert!(count(OfferStatus::Active) >= all.len() - 3);
        assert!(all.iter().filter(|o| !o.internal_note.is_empty()).count() >= 5);
    }

    #[test]
    fn contact_data_is_fictional() {
        for o in offers(today()) {
            let id = &o.id;
            let digits: String = o.phone.chars().filter(char::is_ascii_digit).collect();
            assert!(digits.starts_with("012345") && digits.len() >= 9, "{id}: phone {}", o.phone);
            assert!(o.phone.chars().all(|c| c.is_ascii_digit() || " ()-".contains(c)), "{id}: phone");
            let (local, domain) = o.email.split_once('@').unwrap_or_else(|| panic!("{id}: e-mail"));
            assert!(!local.is_empty() && domain.ends_with(".example") && !domain.contains('@'), "{id}");
            if !o.website.is_empty() {
                let host = o.website.split('/').next().unwrap_or_default();
                assert!(host.starts_with("www.") && host.ends_with(".example"), "{id}: {}", o.website);
            }
            if !o.town.is_empty() {
                assert!(TOWNS.contains(&(o.town.as_str(), o.postal_code.as_str())), "{id}: town");
            }
        }
        for (_, code) in TOWNS {
            assert!(code.starts_with("00"), "German postal codes never start with 00");
        }
    }

    #[test]
    fn texts_are_nfc_and_free_of_control_characters() {
        for o in offers(today()) {
            for t in texts(&o) {
                let (clean, removed) = normalize(t, true);
                assert!(!removed, "{}: control character in {t:?}", o.id);
                assert_eq!(clean, t, "{}: not NFC or not trimmed", o.id);
                assert!(!t.contains("  ") && !t.contains('\n'), "{}: spacing in {t:?}", o.id);
                assert!(!t.to_lowercase().contains("lorem"), "{}: placeholder text", o.id);
            }
        }
        assert_eq!(normalize(REGION, false), (REGION.to_string(), false));
    }

    #[test]
    fn descriptions_read_like_a_directory() {
        for o in offers(today()) {
            let len = o.description.chars().count();
            assert!((140..=360).contains(&len), "{}: description has {len} characters", o.id);
            assert!(o.description.ends_with('.'), "{}: description ends mid-sentence", o.id);
            assert!(!o.description.contains(" ,") && !o.description.contains(" ."), "{}", o.id);
        }
    }

    #[test]
    fn teacher_recognition_is_found_by_anerk_lehr() {
        let all = offers(today());
        let hits: Vec<_> = all.iter().filter(|o| typed(o, "anerk lehr")).map(|o| o.id.as_str()).collect();
        assert_eq!(hits, ["ANE-LEHR"]);
        let o = by_id(&all, "ANE-LEHR");
        assert!(o.title.contains("Lehrkräftequalifikationen") && o.needs.contains(&Need::Ane));
        assert!(!o.phone.is_empty() && !o.hours.slots.is_empty() && !o.hours.note.is_empty());
        for doc in ["Zeugnisse", "Übersetzungen", "Lebenslauf"] {
            assert!(o.documents.iter().any(|d| d.contains(doc)), "document {doc}");
        }
    }

    #[test]
    fn immigration_office_is_chosen_by_residence() {
        let all = offers(today());
        let (city, district) = (by_id(&all, "ABH-STADT"), by_id(&all, "ABH-LAND"));
        assert_eq!((city.service_area, district.service_area), (ServiceArea::City, ServiceArea::District));
        for abh in [city, district] {
            assert!(abh.title.contains("Ausländerbehörde") && abh.keywords.iter().any(|k| k == "ABH"));
            assert_eq!(abh.provider_type, ProviderType::ImmigrationOffice);
        }
        assert!(city.serves_town("Hafenau") && !city.serves_town("Birkwald"));
        assert!(district.serves_town("Birkwald") && !district.serves_town("Hafenau"));
        assert!(district.eligibility.note.contains("außer der Stadt Hafenau"));
        // Exactly one local immigration office is responsible for each town.
        for town in ["Hafenau", "Birkwald", "Oberried", "Talmühle", "Seebrück"] {
            let n =
                all.iter().filter(|o| o.title.starts_with("Ausländerbehörde") && o.serves_town(town)).count();
            assert_eq!(n, 1, "{town}");
        }
    }

    #[test]
    fn the_story_entries_exist() {
        let all = offers(today());
        let any = |f: &dyn Fn(&Offer) -> bool| all.iter().any(f);
        assert!(any(&|o| o.title.contains("Sprachcafé") && o.needs.contains(&Need::Spr)));
        assert!(any(&|o| o.provider.contains("Bürgeramt") && typed(o, "Wohnsitzanmeldung")));
        assert!(any(&|o| o.title.contains("Familienkasse") && o.description.contains("Kindergeld")));
        for word in [
            "Agentur für Arbeit",
            "Jobcenter",
            "Wohnberechtigungsschein",
            "Krankenversicherung",
            "Kindertagesstätte",
            "Fahrerlaubnis",
            "Integrationskurs",
            "Berufssprachkurs",
            "Straße",
            "Größe",
            "Übersetzung",
            "Öffnungszeiten",
        ] {
            assert!(any(&|o| texts(o).iter().any(|t| t.contains(word))), "{word}");
        }
        for abbr in [
            "ABH",
            "JC",
            "AA",
            "IK",
            "BSK",
            "DeuFöV",
            "ZAB",
            "FOSA",
            "MBE",
            "JMD",
            "WBS",
            "KV",
            "Kita",
            "Blaue Karte",
        ] {
            assert!(any(&|o| o.keywords.iter().any(|k| k == abbr)), "keyword {abbr}");
        }
    }

    #[test]
    fn the_season_holds_several_dozen_pseudonymous_cases_over_several_months() {
        let today = today();
        let s = super::season(today, &offers(today));
        assert!(s.clients.len() >= 40, "{}", s.clients.len());
        let months: BTreeSet<_> = s.clients.iter().map(|c| YearMonth::of(c.contact.date)).collect();
        assert!(months.len() >= 5, "{months:?}");
        for c in &s.clients {
            let client::Identity::Anonymous { pseudonym: Some(p) } = &c.identity else {
                panic!("no names in the demo")
            };
            assert!(p.as_str().starts_with("Demo "));
            assert!(c.contact.date <= today);
        }
        let groups: BTreeSet<_> =
            s.clients.iter().filter_map(|c| c.group.as_ref().map(|g| g.group)).collect();
        assert!(groups.len() >= 5, "every group, EMP and not assigned: {groups:?}");
        let statuses: BTreeSet<_> = s.referrals.iter().map(|(r, _)| r.status).collect();
        assert!(statuses.len() >= 6, "{statuses:?}");
        assert!(s.consultations.iter().any(|k| !k.outcomes.is_empty()));
        assert!(s.contacts.len() >= 20 && !s.gaps.is_empty() && !s.misses.is_empty());
    }
}
