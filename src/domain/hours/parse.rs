//! Reading opening hours as sheets write them. A text is split into groups on `;` and line
//! breaks (outside parentheses); each group is read as a sequence of
//! - days: `Mo`, `Mo.`, `Montag`, `montags`, `Mon`, `Monday`, ranges (`Mo-Fr`, `Mo bis Fr`),
//!   lists (`Mo,Di,Do`, `Mo/Mi`, `Mo und Mi`), `werktags` (Mo–Fr), `täglich` (Mo–So);
//! - times: `9-12`, `09:00-12:30`, `9.30 - 12 Uhr`, `von 9 bis 12 Uhr`, `9am-1pm`, several
//!   joined by `,`, `und`, `&`, `/`;
//! - a note per window in parentheses, right after it: `09:00-12:00 (Telefon-Hotline)`;
//! - monthly rules: ordinals before the day (`1. und 3. Mi`, `jeden 1. Do im Monat`, `letzter
//!   Fr im Monat`, `am 2./4. Dienstag`, `1st and 3rd Wed`);
//! - every other week: `14-tägig`, `alle 14 Tage`, `alle zwei Wochen`, `zweiwöchentlich`,
//!   `every other week`, with `gerade`/`ungerade KW` (or `Wochen`) for which weeks;
//! - `nach Vereinbarung` (`nach Absprache`, `n. V.`, `by appointment`).
//!
//! A day after times starts a new window set, so `Mo 9-12, Di 14-18` is two. Any word not
//! understood makes its group unread: the caller keeps that text as a note.

use super::{LAST_WEEK, OpeningHours, Recurrence, TimeSlot, Weekday};

/// What a lenient parse understood and what it did not.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lenient {
    /// The structured part; its note is empty.
    pub hours: OpeningHours,
    /// Groups that were not understood, as written (trimmed).
    pub unread: Vec<String>,
    /// Notes in parentheses that belong to no window ("nach Vereinbarung (auch online)").
    pub notes: Vec<String>,
}

pub(super) fn lenient(input: &str) -> Lenient {
    let mut out = Lenient::default();
    for group in split_groups(input) {
        match read_group(&group) {
            Some(g) => {
                out.hours.slots.extend(g.slots);
                out.hours.by_appointment |= g.by_appointment;
                out.notes.extend(g.notes);
            }
            None => out.unread.push(group),
        }
    }
    out.hours.slots.sort();
    out.hours.slots.dedup();
    out
}

/// Splits on `;` and line breaks outside parentheses; empty groups are dropped.
fn split_groups(input: &str) -> Vec<String> {
    let mut groups = Vec::new();
    let mut depth = 0usize;
    let mut cur = String::new();
    for c in input.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth == 0 && matches!(c, ';' | '\n' | '\r') {
            groups.push(std::mem::take(&mut cur));
        } else {
            cur.push(c);
        }
    }
    groups.push(cur);
    groups.into_iter().map(|g| g.trim().to_string()).filter(|g| !g.is_empty()).collect()
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Word(String),
    Num(u16),
    /// Minutes since midnight, from `9:30` or `9.30`.
    Time(u16),
    /// `1.` or `1st`.
    Ordinal(u16),
    Dash,
    /// `,` `/` `+` `&`.
    Sep,
    Note(String),
}

fn tokens(s: &str) -> Option<Vec<Tok>> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() || matches!(c, ':' | '.' | '"' | '„' | '“') {
            i += 1;
        } else if c == '(' {
            let mut depth = 0;
            let start = i + 1;
            let mut end = None;
            for (j, &d) in chars.iter().enumerate().skip(i) {
                match d {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            end = Some(j);
                            break;
                        }
                    }
                    _ => {}
                }
            }
            let end = end?;
            let note: String = chars[start..end].iter().collect();
            let note = note.split_whitespace().collect::<Vec<_>>().join(" ");
            if !note.is_empty() {
                out.push(Tok::Note(note));
            }
            i = end + 1;
        } else if c.is_ascii_digit() {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() && i - start < 4 {
                i += 1;
            }
            let n: u16 = chars[start..i].iter().collect::<String>().parse().ok()?;
            let two_digits = |k: usize| {
                chars.get(k).is_some_and(char::is_ascii_digit)
                    && chars.get(k + 1).is_some_and(char::is_ascii_digit)
                    && !chars.get(k + 2).is_some_and(char::is_ascii_digit)
            };
            match chars.get(i) {
                Some(':' | '.') if two_digits(i + 1) => {
                    let m: u16 = chars[i + 1..i + 3].iter().collect::<String>().parse().ok()?;
                    if m >= 60 || n > 24 {
                        return None;
                    }
                    out.push(Tok::Time(n * 60 + m));
                    i += 3;
                }
                Some('.') if !chars.get(i + 1).is_some_and(char::is_ascii_digit) => {
                    out.push(Tok::Ordinal(n));
                    i += 1;
                }
                _ => {
                    let rest: String = chars[i..].iter().take(3).collect::<String>().to_lowercase();
                    let suffix = ["st", "nd", "rd", "th"]
                        .iter()
                        .find(|x| rest.starts_with(*x) && !rest[2..].starts_with(char::is_alphabetic));
                    match suffix {
                        Some(_) => {
                            out.push(Tok::Ordinal(n));
                            i += 2;
                        }
                        None => out.push(Tok::Num(n)),
                    }
                }
            }
        } else if c.is_alphabetic() || c == '\'' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphabetic() || chars[i] == '\'') {
                i += 1;
            }
            out.push(Tok::Word(chars[start..i].iter().collect::<String>().to_lowercase()));
        } else if matches!(c, '-' | '–' | '—' | '‑' | '−') {
            out.push(Tok::Dash);
            i += 1;
        } else if matches!(c, ',' | '/' | '+' | '&' | '|') {
            out.push(Tok::Sep);
            i += 1;
        } else {
            return None;
        }
    }
    Some(out)
}

/// A token with the phrases resolved.
#[derive(Debug, Clone, PartialEq)]
enum P {
    Days(u8),
    /// Bit mask of weeks in the month (bit 5: last).
    Weeks(u8),
    MonthCue,
    Fortnight,
    Parity(bool),
    ByAppointment,
    /// `bis`, `to` and dashes.
    To,
    And,
    Uhr,
    Am,
    Pm,
    Value(u16),
    Time(u16),
    Note(String),
}

pub(super) fn weekday_word(s: &str) -> Option<Weekday> {
    const NAMES: [&[&str]; 7] = [
        &["mo", "mon", "montag", "montags", "monday", "mondays"],
        &["di", "dienstag", "dienstags", "tu", "tue", "tues", "tuesday", "tuesdays"],
        &["mi", "mittwoch", "mittwochs", "we", "wed", "wednesday", "wednesdays"],
        &["do", "donnerstag", "donnerstags", "th", "thu", "thur", "thurs", "thursday", "thursdays"],
        &["fr", "freitag", "freitags", "fri", "friday", "fridays"],
        &["sa", "samstag", "samstags", "sonnabend", "sonnabends", "sat", "saturday", "saturdays"],
        &["so", "sonntag", "sonntags", "su", "sun", "sunday", "sundays"],
    ];
    NAMES.iter().position(|names| names.contains(&s)).map(Weekday::from_index)
}

fn ordinal_word(s: &str) -> Option<u8> {
    let n = match s {
        "erster" | "erste" | "ersten" | "erstes" | "first" => 1,
        "zweiter" | "zweite" | "zweiten" | "second" => 2,
        "dritter" | "dritte" | "dritten" | "third" => 3,
        "vierter" | "vierte" | "vierten" | "fourth" => 4,
        "fünfter" | "fünfte" | "fünften" | "fifth" => 5,
        "letzter" | "letzte" | "letzten" | "letztes" | "last" => return Some(LAST_WEEK),
        _ => return None,
    };
    Some(1 << (n - 1))
}

/// Words that carry no meaning of their own in hours ("jeden", "von", "Termine").
const FILLERS: &[&str] = &[
    "von",
    "from",
    "am",
    "an",
    "jeden",
    "jede",
    "jeder",
    "jedem",
    "every",
    "each",
    "on",
    "the",
    "in",
    "den",
    "der",
    "termine",
    "termin",
    "zeiten",
    "geöffnet",
    "geoeffnet",
    "open",
    "sprechzeit",
    "sprechzeiten",
    "öffnungszeiten",
    "jeweils",
    "außerdem",
    "zusätzlich",
    "auch",
    "at",
    "um",
    "ca",
];

fn phrases(toks: &[Tok]) -> Option<Vec<P>> {
    let word = |i: usize| match toks.get(i) {
        Some(Tok::Word(w)) => Some(w.as_str()),
        _ => None,
    };
    let is = |i: usize, options: &[&str]| word(i).is_some_and(|w| options.contains(&w));
    let num = |i: usize, n: u16| matches!(toks.get(i), Some(Tok::Num(x)) if *x == n);
    let weeks_word = ["kw", "kalenderwoche", "kalenderwochen", "woche", "wochen", "weeks", "week"];
    // "14-tägig", "alle 14 Tage", "alle zwei Wochen", "jede zweite Woche", "every other week" …
    let fortnight = |i: usize| -> Option<usize> {
        let three = (num(i, 14) && toks.get(i + 1) == Some(&Tok::Dash) && is(i + 2, &["tägig", "taegig"]))
            || (is(i, &["alle"]) && num(i + 1, 14) && is(i + 2, &["tage"]))
            || (is(i, &["alle"]) && (num(i + 1, 2) || is(i + 1, &["zwei"])) && is(i + 2, &["wochen"]))
            || (is(i, &["jede", "jeder"])
                && (is(i + 1, &["zweite", "zweiten"]) || matches!(toks.get(i + 1), Some(Tok::Ordinal(2))))
                && is(i + 2, &["woche"]))
            || (is(i, &["every"]) && is(i + 1, &["other", "second"]) && is(i + 2, &["week"]))
            || (is(i, &["every"]) && (num(i + 1, 2) || is(i + 1, &["two"])) && is(i + 2, &["weeks"]));
        if three {
            Some(3)
        } else if num(i, 14) && is(i + 1, &["tägig", "taegig"]) {
            Some(2)
        } else {
            is(i, &["vierzehntägig", "zweiwöchentlich", "zweiwöchig", "biweekly", "fortnightly"]).then_some(1)
        }
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // Longest phrases first.
        let (p, len) = if is(i, &["nach"]) && is(i + 1, &["vereinbarung", "absprache", "terminvereinbarung"])
        {
            (P::ByAppointment, 2)
        } else if is(i, &["n"]) && is(i + 1, &["v"]) || is(i, &["nv"]) {
            (P::ByAppointment, if is(i, &["nv"]) { 1 } else { 2 })
        } else if is(i, &["by", "upon"]) && is(i + 1, &["appointment", "arrangement"]) {
            (P::ByAppointment, 2)
        } else if let Some(len) = fortnight(i) {
            (P::Fortnight, len)
        } else if is(i, &["gerade", "geraden", "even"]) {
            (P::Parity(false), if is(i + 1, &weeks_word) { 2 } else { 1 })
        } else if is(i, &["ungerade", "ungeraden", "odd"]) {
            (P::Parity(true), if is(i + 1, &weeks_word) { 2 } else { 1 })
        } else if is(i, &["im", "pro", "je"]) && is(i + 1, &["monat"])
            || is(i, &["des"]) && is(i + 1, &["monats"])
            || is(i, &["each", "a"]) && is(i + 1, &["month"])
        {
            (P::MonthCue, 2)
        } else if is(i, &["of", "in"]) && is(i + 1, &["the"]) && is(i + 2, &["month"]) {
            (P::MonthCue, 3)
        } else if is(i, &["monatlich", "monthly"]) {
            (P::MonthCue, 1)
        } else if is(i, &["jeden", "every"]) && is(i + 1, &["tag", "day"]) {
            (P::Days(0b111_1111), 2)
        } else {
            let p = match &toks[i] {
                Tok::Word(w) => {
                    let w = w.as_str();
                    if let Some(d) = weekday_word(w) {
                        P::Days(1 << d.index())
                    } else if let Some(b) = ordinal_word(w) {
                        P::Weeks(b)
                    } else if ["werktags", "wochentags", "weekdays"].contains(&w) {
                        P::Days(0b1_1111)
                    } else if ["täglich", "taeglich", "daily"].contains(&w) {
                        P::Days(0b111_1111)
                    } else if ["bis", "to", "until", "till"].contains(&w) {
                        P::To
                    } else if ["und", "u", "and", "sowie"].contains(&w) {
                        P::And
                    } else if ["uhr", "h", "hrs"].contains(&w) {
                        P::Uhr
                    } else if w == "am" && matches!(out.last(), Some(P::Value(_) | P::Time(_))) {
                        P::Am
                    } else if w == "pm" {
                        P::Pm
                    } else if FILLERS.contains(&w) {
                        i += 1;
                        continue;
                    } else {
                        return None;
                    }
                }
                Tok::Num(n) => P::Value(*n),
                Tok::Time(m) => P::Time(*m),
                Tok::Ordinal(n @ 1..=5) => P::Weeks(1u8 << (n - 1)),
                Tok::Ordinal(n) => P::Value(*n),
                Tok::Dash => P::To,
                Tok::Sep => P::And,
                Tok::Note(n) => P::Note(n.clone()),
            };
            (p, 1)
        };
        out.push(p);
        i += len;
    }
    Some(out)
}

/// Windows being collected: days (each with its monthly weeks, 0 = every week) and times.
#[derive(Default)]
struct Set {
    days: Vec<(Weekday, u8)>,
    ranges: Vec<(u16, u16, String)>,
    /// Ranges read since the last note: a note in parentheses belongs to the last of them.
    unnoted: usize,
    pending_note: Option<String>,
    fortnight: bool,
    parity: Option<bool>,
    month_cue: bool,
}

struct Group {
    slots: Vec<TimeSlot>,
    by_appointment: bool,
    notes: Vec<String>,
}

fn read_group(text: &str) -> Option<Group> {
    let ps = phrases(&tokens(text)?)?;
    let mut g = Group { slots: Vec::new(), by_appointment: false, notes: Vec::new() };
    let mut set = Set::default();
    // Ordinals read and not yet given to a day; once a day has them, the next ordinal starts
    // a new list ("1. Mi und 3. Do").
    let mut weeks: u8 = 0;
    let mut weeks_given = false;
    let mut i = 0;
    while i < ps.len() {
        match &ps[i] {
            P::Weeks(b) => {
                if !set.ranges.is_empty() {
                    finish(&mut set, &mut g)?;
                    weeks = 0;
                }
                if weeks_given {
                    (weeks, weeks_given) = (0, false);
                }
                weeks |= b;
                i += 1;
            }
            P::Days(first) => {
                if !set.ranges.is_empty() && !set.days.is_empty() {
                    finish(&mut set, &mut g)?;
                    if weeks_given {
                        weeks = 0;
                    }
                }
                weeks_given = weeks != 0;
                let mut days = *first;
                i += 1;
                if ps.get(i) == Some(&P::To)
                    && let Some(P::Days(last)) = ps.get(i + 1)
                {
                    let (a, b) = (first.trailing_zeros(), last.trailing_zeros());
                    if first.count_ones() != 1 || last.count_ones() != 1 || a > b {
                        return None;
                    }
                    days = (a..=b).fold(0, |m, d| m | 1 << d);
                    i += 2;
                }
                for d in 0..7 {
                    if days & (1 << d) != 0 {
                        set.days.push((Weekday::from_index(d), weeks));
                    }
                }
            }
            P::Value(_) | P::Time(_) => {
                let (from, to, used) = range(&ps[i..])?;
                let note = set.pending_note.clone().unwrap_or_default();
                set.ranges.push((from, to, note));
                set.unnoted += 1;
                i += used;
            }
            P::Note(n) => {
                match rule_only(n) {
                    Some(rule) => {
                        set.fortnight |= rule.fortnight;
                        set.parity = rule.parity.or(set.parity);
                        set.month_cue |= rule.month_cue;
                        if rule.weeks != 0 {
                            for d in set.days.iter_mut().filter(|d| d.1 == 0) {
                                d.1 = rule.weeks;
                            }
                        }
                    }
                    // A note belongs to the window right before it.
                    None if set.unnoted > 0 => {
                        if let Some(r) = set.ranges.last_mut() {
                            r.2 = n.clone();
                        }
                        set.unnoted = 0;
                    }
                    None if !set.days.is_empty() => set.pending_note = Some(n.clone()),
                    None => g.notes.push(n.clone()),
                }
                i += 1;
            }
            P::Fortnight => {
                set.fortnight = true;
                i += 1;
            }
            P::Parity(odd) => {
                set.parity = Some(*odd);
                i += 1;
            }
            P::MonthCue => {
                set.month_cue = true;
                i += 1;
            }
            P::ByAppointment => {
                g.by_appointment = true;
                i += 1;
            }
            P::And | P::To => i += 1,
            P::Uhr | P::Am | P::Pm => return None,
        }
    }
    finish(&mut set, &mut g)?;
    Some(g)
}

/// Turns the collected days and times into slots; `None` when one is missing.
fn finish(set: &mut Set, g: &mut Group) -> Option<()> {
    let s = std::mem::take(set);
    match (s.days.is_empty(), s.ranges.is_empty()) {
        (true, true) => return (!s.month_cue && !s.fortnight && s.parity.is_none()).then_some(()),
        (false, true) | (true, false) => return None,
        (false, false) => {}
    }
    let every_other = s.fortnight || s.parity.is_some();
    if s.month_cue && s.days.iter().all(|d| d.1 == 0) {
        return None; // "monatlich" without saying which week
    }
    for (day, weeks) in &s.days {
        let rule = match (*weeks, every_other) {
            (0, false) => Recurrence::Weekly,
            (0, true) => Recurrence::Fortnightly(s.parity),
            (w, false) => Recurrence::Monthly(w),
            (_, true) => return None,
        };
        for (from, to, note) in &s.ranges {
            g.slots.push(TimeSlot { day: *day, from: *from, to: *to, rule, note: note.as_str().into() });
        }
    }
    Some(())
}

/// A time range at the start of `ps`: `9-12`, `9 Uhr bis 12:30 Uhr`, `9am-1pm`; with the
/// number of phrases it used.
fn range(ps: &[P]) -> Option<(u16, u16, usize)> {
    let (from, mut i) = time(ps, 0)?;
    if ps.get(i) != Some(&P::To) {
        return None;
    }
    i += 1;
    let (to, j) = time(ps, i)?;
    (from < to && to <= 24 * 60).then_some((from, to, j))
}

/// One time at `ps[i]` with its optional `Uhr`/`am`/`pm`; the index after it.
fn time(ps: &[P], mut i: usize) -> Option<(u16, usize)> {
    let mut m = match ps.get(i)? {
        P::Value(h) if *h <= 24 => h * 60,
        P::Time(m) => *m,
        _ => return None,
    };
    i += 1;
    if ps.get(i) == Some(&P::Uhr) {
        i += 1;
    }
    match ps.get(i) {
        Some(P::Am) => {
            if (12 * 60..13 * 60).contains(&m) {
                m -= 12 * 60;
            }
            i += 1;
        }
        Some(P::Pm) => {
            if m < 12 * 60 {
                m += 12 * 60;
            }
            i += 1;
        }
        _ => {}
    }
    (m <= 24 * 60).then_some((m, i))
}

/// A note that is a rule rather than a comment: "(14-tägig)", "(gerade KW)", "(1. und 3. im
/// Monat)".
struct RuleNote {
    fortnight: bool,
    parity: Option<bool>,
    weeks: u8,
    month_cue: bool,
}

fn rule_only(note: &str) -> Option<RuleNote> {
    let ps = phrases(&tokens(note)?)?;
    let mut r = RuleNote { fortnight: false, parity: None, weeks: 0, month_cue: false };
    for p in ps {
        match p {
            P::Fortnight => r.fortnight = true,
            P::Parity(odd) => r.parity = Some(odd),
            P::Weeks(b) => r.weeks |= b,
            P::MonthCue => r.month_cue = true,
            P::And => {}
            _ => return None,
        }
    }
    let meaningful = r.fortnight || r.parity.is_some() || (r.weeks != 0 && r.month_cue);
    meaningful.then_some(r)
}
