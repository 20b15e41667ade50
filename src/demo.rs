//! TEMPORARY: three offers for development; the full fictional directory lands from branch
//! `demo`.

use crate::domain::*;

pub const REGION: &str = "Stadt Hafenau und Landkreis Hafenau-Land (fiktiv)";

pub fn offers(today: Date) -> Vec<Offer> {
    let mut a = Offer::new(
        OfferId::parse("ANE-LEHR").expect("id"),
        "Anerkennung ausländischer Lehrkräftequalifikationen",
    );
    a.provider = "Landesamt für Schule und Bildung".into();
    a.phone = "012345 678-90".into();
    a.needs = vec![Need::Ane];
    a.hours = OpeningHours::parse("Mo-Do 09:00-12:00; Do 14:00-17:00").expect("hours");
    a.last_verified = Some(today.add_months(-2));
    a.documents = vec!["Zeugnisse".into(), "Übersetzungen".into()];
    let mut b = Offer::new(OfferId::parse("SPR-CAFE").expect("id"), "Sprachcafé im Stadtteilzentrum");
    b.provider = "Nachbarschaftsverein Hafenau".into();
    b.needs = vec![Need::Spr];
    b.last_verified = Some(today.add_months(-15));
    let mut c = Offer::new(OfferId::parse("ABH-STADT").expect("id"), "Ausländerbehörde Stadt Hafenau");
    c.provider = "Stadt Hafenau".into();
    c.needs = vec![Need::Auf];
    c.keywords = vec!["ABH".into()];
    c.last_verified = Some(today.add_months(-1));
    vec![a, b, c]
}
