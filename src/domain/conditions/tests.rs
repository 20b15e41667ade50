use super::*;
use GermanLevel::{A2, B1, B2};
use ResidenceBasis::{Asyl, Duld, Emp, Eu, Fam, Recog};

fn c(text: &str) -> Found {
    read(text, Source::Conditions)
}

fn d(text: &str) -> Found {
    read(text, Source::Description)
}

fn ages(f: &Found) -> (Option<u8>, Option<u8>) {
    (f.min_age.as_ref().map(|a| a.0), f.max_age.as_ref().map(|a| a.0))
}

fn german(f: &Found) -> Option<GermanLevel> {
    f.min_german.as_ref().map(|g| g.0)
}

fn residence(f: &Found) -> Vec<ResidenceBasis> {
    f.residence.iter().map(|r| r.0).collect()
}

#[test]
fn german_levels() {
    assert_eq!(german(&c("Deutsch ab B1")), Some(B1));
    assert_eq!(c("Deutsch ab B1").min_german.unwrap().1, "Deutsch ab B1");
    assert_eq!(german(&c("B2 erforderlich")), Some(B2));
    assert_eq!(c("B2 erforderlich").min_german.unwrap().1, "B2 erforderlich");
    assert_eq!(german(&c("Sprachniveau A2")), Some(A2));
    assert_eq!(german(&c("B1")), Some(B1), "the conditions column: a bare level");
    assert_eq!(german(&c("mind. B1-Niveau")), Some(B1));
    assert_eq!(german(&c("at least B2")), Some(B2));
    assert_eq!(german(&c("Kurse von A1 bis B1")), None, "a course range");
    assert_eq!(german(&c("A2-B2")), None);
    assert_eq!(german(&c("keine Deutschkenntnisse B1 nötig")), None);
    assert_eq!(german(&d("Integrationskurs bis B1, danach Berufssprachkurs B2")), None);
    assert_eq!(german(&d("Teilnahme mit Deutschkenntnissen ab B1")), Some(B1));
    assert_eq!(german(&d("Für Fachkräfte, B2 erforderlich.")), Some(B2));
    assert_eq!(german(&c("Vitamin B12")), None);
}

#[test]
fn ages_in_words() {
    assert_eq!(ages(&c("12–27")), (Some(12), Some(27)));
    assert_eq!(ages(&c("für junge Menschen von 12 bis 27")), (Some(12), Some(27)));
    assert_eq!(c("für junge Menschen von 12 bis 27").min_age.unwrap().1, "von 12 bis 27");
    assert_eq!(ages(&c("ab 27")), (Some(27), None));
    assert_eq!(ages(&c("ab 27 Jahren")), (Some(27), None));
    assert_eq!(ages(&c("unter 18")), (None, Some(17)));
    assert_eq!(ages(&c("Jugendliche unter 18 Jahren")), (None, Some(17)));
    assert_eq!(ages(&c("12- bis 27-Jährige")), (Some(12), Some(27)));
    assert_eq!(ages(&c("18+")), (Some(18), None));
    assert_eq!(ages(&c("volljährig")), (Some(18), None));
    assert_eq!(ages(&c("aged 16 to 25")), (Some(16), Some(25)));
    assert_eq!(
        ages(&d("Jugendmigrationsdienst für junge Menschen zwischen 12 und 27 Jahren")),
        (Some(12), Some(27))
    );
    // Not ages.
    assert_eq!(ages(&d("Beratung Mo 9-12 Uhr, ab 14 Uhr telefonisch")), (None, None));
    assert_eq!(ages(&c("Kosten 50-147 €")), (None, None));
    assert_eq!(ages(&c("Klasse 5-10")), (None, None));
    assert_eq!(ages(&d("Kurs ab 27 Teilnehmern, 10-12 Uhr")), (None, None));
    assert_eq!(ages(&d("Wir beraten seit 2010 in 12 Sprachen")), (None, None));
    assert_eq!(ages(&c("§ 16d")), (None, None));
    assert_eq!(ages(&d("Kurs ab 27.01.")), (None, None));
}

#[test]
fn residence_in_words() {
    assert_eq!(residence(&c("nur EU-Bürger")), [Eu]);
    assert_eq!(residence(&c("nur EU-Bürger:innen")), [Eu]);
    assert_eq!(residence(&c("Aufenthaltserlaubnis nach § 16d")), [Recog]);
    assert_eq!(residence(&c("§§ 27-36 AufenthG")), [Fam]);
    assert_eq!(residence(&c("Geflüchtete mit Duldung oder Gestattung")), [Duld, Asyl]);
    assert_eq!(residence(&c("Blaue Karte, § 18b")), [Emp]);
    assert_eq!(residence(&c("auch für EU-Bürger")), Vec::<ResidenceBasis>::new());
    assert_eq!(residence(&c("nicht für Menschen mit Duldung")), Vec::<ResidenceBasis>::new());
    assert_eq!(
        residence(&d("Wir beraten EU-Bürger und Drittstaatsangehörige")),
        Vec::<ResidenceBasis>::new()
    );
    assert_eq!(residence(&d("Das Angebot ist nur für EU-Bürger")), [Eu]);
    assert_eq!(c("Aufenthaltserlaubnis nach § 16d").residence[0].1, "§ 16d");
}

#[test]
fn everything_together_and_nothing_from_nothing() {
    let f = c("ab 27 Jahren, Deutsch ab B1, nur EU-Bürger");
    assert_eq!((ages(&f), german(&f), residence(&f)), ((Some(27), None), Some(B1), vec![Eu]));
    assert!(c("").is_empty());
    assert!(c("Bitte Termin vereinbaren").is_empty());
    assert!(names_condition("nur für Frauen", Source::Description));
    assert!(names_condition("Voraussetzung: Wohnsitz im Landkreis", Source::Description));
    assert!(!names_condition("Beratung zu allen Fragen", Source::Description));
}

#[test]
fn any_text_is_safe() {
    for text in [
        "§",
        "§§",
        "§ 999999999",
        "B",
        "1",
        "-",
        "ab",
        "ab -",
        "12-",
        "unter",
        "18 +",
        "ü",
        "§ 16 d",
        "B1-",
        "€",
    ] {
        let _ = c(text);
        let _ = d(text);
    }
}
