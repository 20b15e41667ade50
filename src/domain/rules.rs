//! Target-group assignment (docs/domain.md "Target groups"): one pure function from a client's
//! answers and a date to the suggested group, its tags, the barriers in effect, and a trace of
//! the rules checked with the facts each used, so the counsellor can see why and override.
//!
//! Choices where docs/domain.md leaves room (also in `docs/target-groups.md`):
//! - A fact that rests on an unanswered question ("keine Angabe") does not hold; the trace
//!   shows it as missing, so the counsellor knows what to ask.
//! - Arrival is known to the month only. Months in Germany are calendar months (arrival month
//!   = month 0, as `YearMonth::months_until` counts), the same as counting arrival as the last
//!   day of its month: "newly arrived" lasts to the end of the 36th month after arrival, and
//!   "more than 12 months" (H4) starts on the 1st of the 13th month after it.
//! - Day-precision durations (completion, employment status) count a month once its day is
//!   reached (`Date::months_until`, `Date::add_months`).
//! - Secondary D is given to B or C only when R3 itself holds (Fachkraft with a barrier): D is
//!   the group of skilled workers, and counting others there would skew the figures.
//! - REF and EU are tags, never a primary group: under R5 the case counts as not assigned with
//!   the tag beside it. EU means an EU/EEA/Swiss nationality other than German.
//! - Employer contacts about hiring (EMP) are no person case; that check comes before R1 and
//!   appears in the trace only when it fires, so it does not clutter every person's trace.

#[cfg(test)]
mod tests;
mod trace;

pub use trace::{Fact, FactKind, FactValue, RuleCheck, RuleId};

use super::client::{Arrival, Barrier, Caller, Client, EmploymentStatus, ObtainedIn};
use super::date::Date;
use super::group::{CaseGroup, GroupTag, TargetGroup};
use super::residence::{GermanLevel, ResidenceBasis};
use serde::{Deserialize, Serialize};

// The thresholds of docs/domain.md, in one place.

/// Newly arrived: arrived at most this many months ago (or still abroad).
pub const NEWLY_ARRIVED_MAX_MONTHS: i32 = 36;
/// Completion window: a German degree or training finished at most this many months ago.
pub const COMPLETION_WINDOW_MONTHS: i32 = 18;
/// H1: at least this many months without work although wanting to work.
pub const H1_MIN_MONTHS_WITHOUT_WORK: i32 = 6;
/// H2: at least this many months employed below qualification, no recognition running.
pub const H2_MIN_MONTHS_BELOW_QUALIFICATION: i32 = 6;
/// H4: German below `H4_GERMAN_BELOW` after more than this many months in Germany.
pub const H4_MONTHS_IN_GERMANY_OVER: i32 = 12;
/// H4: the German level a person must have reached after `H4_MONTHS_IN_GERMANY_OVER` months.
pub const H4_GERMAN_BELOW: GermanLevel = GermanLevel::B1;
/// H5 is derived for a single parent with at least one child younger than this. Below 12 a
/// child needs care outside school hours, which decides how many hours a single parent can work;
/// other care duties (older children, relatives) the counsellor records as H5 directly.
pub const H5_CHILD_AGE_UNDER: u8 = 12;

/// Whether a barrier was recorded by the counsellor or follows from the answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum BarrierSource {
    Recorded,
    Derived,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BarrierFinding {
    pub barrier: Barrier,
    pub source: BarrierSource,
}

/// The suggestion for one client on one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assignment {
    pub primary: CaseGroup,
    /// D beside B or C
    pub secondary_d: bool,
    /// REF and/or EU, in that order
    pub tags: Vec<GroupTag>,
    /// in H1–H8 order; a barrier both recorded and derivable counts as recorded
    pub barriers: Vec<BarrierFinding>,
    /// the rules checked, in order, up to and including the one that fired
    pub trace: Vec<RuleCheck>,
    /// R3 as checked for the secondary D, when the primary group is B or C
    pub secondary_check: Option<RuleCheck>,
}

impl Assignment {
    /// The barriers in effect, without their source.
    pub fn barrier_list(&self) -> Vec<Barrier> {
        self.barriers.iter().map(|f| f.barrier).collect()
    }

    /// The rule that decided the primary group.
    pub fn fired(&self) -> Option<&RuleCheck> {
        self.trace.last().filter(|c| c.fired)
    }
}

/// Rules R1–R5 in order, first match gives the primary group. Pure: `today` is passed in so
/// that the result depends on nothing but its arguments.
pub fn assign(client: &Client, today: Date) -> Assignment {
    if client.contact.caller == Caller::EmployerHiring {
        let fact = Fact { kind: FactKind::EmployerHiring, held: true, value: FactValue::Flag };
        return Assignment {
            primary: CaseGroup::Emp,
            secondary_d: false,
            tags: Vec::new(),
            barriers: Vec::new(),
            trace: vec![RuleCheck { rule: RuleId::Emp, facts: vec![fact], fired: true }],
            secondary_check: None,
        };
    }

    let f = Facts { c: client, today };
    let barriers = f.barriers_in_effect();
    let in_effect: Vec<Barrier> = barriers.iter().map(|b| b.barrier).collect();
    let r3 = f.r3(&in_effect);
    let (refugee, eu) = (f.refugee(), f.eu_citizen());
    let tags = [(refugee.held, GroupTag::Ref), (eu.held, GroupTag::Eu)]
        .into_iter()
        .filter_map(|(held, tag)| held.then_some(tag))
        .collect();

    let mut trace = Vec::new();
    let mut primary = CaseGroup::NotAssigned;
    let rules = [
        (f.r1(), TargetGroup::C),
        (f.r2(), TargetGroup::B),
        (r3.clone(), TargetGroup::D),
        (f.r4(), TargetGroup::A),
    ];
    for (check, group) in rules {
        let fired = check.fired;
        trace.push(check);
        if fired {
            primary = CaseGroup::Group(group);
            break;
        }
    }
    if primary == CaseGroup::NotAssigned {
        trace.push(RuleCheck { rule: RuleId::R5, facts: vec![refugee, eu], fired: true });
    }

    let secondary_check = matches!(primary, CaseGroup::Group(TargetGroup::B | TargetGroup::C)).then_some(r3);
    Assignment {
        primary,
        secondary_d: secondary_check.as_ref().is_some_and(|c| c.fired),
        tags,
        barriers,
        trace,
        secondary_check,
    }
}

/// The client's answers read as the rules need them, on one day.
struct Facts<'a> {
    c: &'a Client,
    today: Date,
}

impl Facts<'_> {
    /// Not in Germany yet: "not yet arrived", an arrival month still ahead, or residence basis
    /// ABROAD without an arrival month.
    fn still_abroad(&self) -> bool {
        match self.c.stay.arrival {
            Some(Arrival::NotYetArrived) => true,
            Some(Arrival::Month(ym)) => ym.months_until(self.today) < 0,
            None => self.c.stay.basis == Some(ResidenceBasis::Abroad),
        }
    }

    /// Calendar months since the arrival month; `None` when unknown or still abroad.
    fn months_in_germany(&self) -> Option<i32> {
        match self.c.stay.arrival {
            Some(Arrival::Month(ym)) => Some(ym.months_until(self.today)).filter(|m| *m >= 0),
            _ => None,
        }
    }

    /// The residence basis, or ABROAD when none was recorded and the person is still abroad.
    fn basis(&self) -> Option<ResidenceBasis> {
        self.c.stay.basis.or_else(|| self.still_abroad().then_some(ResidenceBasis::Abroad))
    }

    /// Months in the current employment status in Germany: time before arrival does not count,
    /// since the barriers are about the German labour market.
    fn months_in_status_here(&self) -> Option<i32> {
        let since = self.c.employment.since?;
        if self.still_abroad() {
            return None;
        }
        let months = since.months_until(self.today);
        Some(self.months_in_germany().map_or(months, |here| months.min(here)))
    }

    fn derived_barriers(&self) -> Vec<Barrier> {
        let (c, mut out) = (self.c, Vec::new());
        if let (Some(status), Some(months)) = (c.employment.status, self.months_in_status_here()) {
            if status.is_without_work()
                && c.employment.wants_work == Some(true)
                && months >= H1_MIN_MONTHS_WITHOUT_WORK
            {
                out.push(Barrier::H1);
            }
            if status == EmploymentStatus::EmployedBelowQualification
                && c.qualification.recognition.is_some_and(|r| !r.is_running())
                && months >= H2_MIN_MONTHS_BELOW_QUALIFICATION
            {
                out.push(Barrier::H2);
            }
        }
        let below_b1 = c.person.german.is_some_and(|g| g.level < H4_GERMAN_BELOW);
        if below_b1 && self.months_in_germany().is_some_and(|m| m > H4_MONTHS_IN_GERMANY_OVER) {
            out.push(Barrier::H4);
        }
        let household = &c.person.household;
        if household.single_parent == Some(true)
            && household
                .children_ages
                .as_ref()
                .is_some_and(|ages| ages.iter().any(|&a| a < H5_CHILD_AGE_UNDER))
        {
            out.push(Barrier::H5);
        }
        if matches!(c.stay.basis, Some(ResidenceBasis::Asyl | ResidenceBasis::Duld)) {
            out.push(Barrier::H8);
        }
        out
    }

    /// Recorded and derived barriers. A recorded H6 counts only with explicit consent to health
    /// data: without it, the record should not hold it, and the rules must not use it.
    fn barriers_in_effect(&self) -> Vec<BarrierFinding> {
        let derived = self.derived_barriers();
        let health_ok = self.c.health_consent();
        Barrier::ALL
            .into_iter()
            .filter_map(|barrier| {
                let recorded = self.c.barriers.contains(&barrier) && (barrier != Barrier::H6 || health_ok);
                let source = if recorded {
                    BarrierSource::Recorded
                } else if derived.contains(&barrier) {
                    BarrierSource::Derived
                } else {
                    return None;
                };
                Some(BarrierFinding { barrier, source })
            })
            .collect()
    }

    fn skilled(&self) -> Fact {
        match self.c.qualification.level {
            Some(level) => fact(FactKind::SkilledWorker, level.is_skilled(), FactValue::Level(level)),
            None => missing(FactKind::SkilledWorker),
        }
    }

    fn newly_arrived(&self) -> Fact {
        if let Some(months) = self.months_in_germany() {
            fact(FactKind::NewlyArrived, months <= NEWLY_ARRIVED_MAX_MONTHS, FactValue::Months(months))
        } else if self.still_abroad() {
            fact(FactKind::NewlyArrived, true, FactValue::StillAbroad)
        } else {
            missing(FactKind::NewlyArrived)
        }
    }

    fn r1(&self) -> RuleCheck {
        let q = &self.c.qualification;
        let german = match (&q.obtained_in, q.level) {
            (Some(ObtainedIn::Germany), Some(level)) => {
                fact(FactKind::GermanQualification, level.is_skilled(), FactValue::Level(level))
            }
            (Some(ObtainedIn::Abroad { .. }), _) => {
                fact(FactKind::GermanQualification, false, FactValue::Flag)
            }
            _ => missing(FactKind::GermanQualification),
        };
        let window = match q.completed {
            Some(done) if done > self.today => fact(FactKind::CompletedInWindow, false, FactValue::NotYet),
            Some(done) => fact(
                FactKind::CompletedInWindow,
                self.today <= done.add_months(COMPLETION_WINDOW_MONTHS),
                FactValue::Months(done.months_until(self.today)),
            ),
            None => missing(FactKind::CompletedInWindow),
        };
        let post_study = match self.c.stay.basis {
            Some(b) => {
                fact(FactKind::PostStudyJobSearch, b == ResidenceBasis::PostStudy, FactValue::Basis(b))
            }
            None => missing(FactKind::PostStudyJobSearch),
        };
        let final_term = match q.in_final_term {
            Some(yes) => fact(FactKind::FinalTerm, yes, FactValue::Flag),
            None => missing(FactKind::FinalTerm),
        };
        let fired = (german.held && window.held) || post_study.held || final_term.held;
        RuleCheck { rule: RuleId::R1, facts: vec![german, window, post_study, final_term], fired }
    }

    fn r2(&self) -> RuleCheck {
        let stay = &self.c.stay;
        // Joining family counts for EU citizens' family members and for people still abroad;
        // anyone on another title (work, study, asylum) is counted by that title instead.
        let family = match self.basis() {
            Some(ResidenceBasis::Fam) => {
                fact(FactKind::FamilyReunification, true, FactValue::Basis(ResidenceBasis::Fam))
            }
            Some(b @ (ResidenceBasis::Eu | ResidenceBasis::Abroad)) => match stay.joins_family {
                Some(joins) => fact(FactKind::FamilyReunification, joins, FactValue::Basis(b)),
                None => missing(FactKind::FamilyReunification),
            },
            Some(b) => fact(FactKind::FamilyReunification, false, FactValue::Basis(b)),
            None => missing(FactKind::FamilyReunification),
        };
        let anchor = match stay.anchor_works_or_studies {
            Some(yes) => fact(FactKind::AnchorWorksOrStudies, yes, FactValue::Flag),
            None => missing(FactKind::AnchorWorksOrStudies),
        };
        all_of(RuleId::R2, vec![family, anchor, self.newly_arrived()])
    }

    fn r3(&self, in_effect: &[Barrier]) -> RuleCheck {
        let barriers =
            fact(FactKind::Barriers, !in_effect.is_empty(), FactValue::Barriers(in_effect.to_vec()));
        all_of(RuleId::R3, vec![self.skilled(), barriers])
    }

    fn r4(&self) -> RuleCheck {
        use ResidenceBasis::*;
        let basis = match self.basis() {
            Some(b @ (Emp | JobSeek | Recog | Eu | Abroad)) => {
                fact(FactKind::QualifyingBasis, true, FactValue::Basis(b))
            }
            // A visa on another basis, not yet used: still abroad is enough.
            Some(_) if self.still_abroad() => fact(FactKind::QualifyingBasis, true, FactValue::StillAbroad),
            Some(b) => fact(FactKind::QualifyingBasis, false, FactValue::Basis(b)),
            None => missing(FactKind::QualifyingBasis),
        };
        all_of(RuleId::R4, vec![self.skilled(), self.newly_arrived(), basis])
    }

    /// REF: humanitarian title, asylum procedure, Duldung, or fled.
    fn refugee(&self) -> Fact {
        let stay = &self.c.stay;
        let held = stay.basis.is_some_and(ResidenceBasis::is_refugee) || stay.fled == Some(true);
        if !held && stay.basis.is_none() && stay.fled.is_none() {
            return missing(FactKind::Refugee);
        }
        fact(FactKind::Refugee, held, FactValue::Flag)
    }

    /// EU: an EU/EEA/Swiss nationality other than German (Germans are not counted as
    /// internationals, whatever their background).
    fn eu_citizen(&self) -> Fact {
        match &self.c.person.nationality {
            Some(cc) => fact(
                FactKind::EuCitizen,
                cc.is_eu_eea_ch() && !cc.is_germany(),
                FactValue::Country(cc.clone()),
            ),
            None => missing(FactKind::EuCitizen),
        }
    }
}

fn fact(kind: FactKind, held: bool, value: FactValue) -> Fact {
    Fact { kind, held, value }
}

fn missing(kind: FactKind) -> Fact {
    Fact { kind, held: false, value: FactValue::Missing }
}

fn all_of(rule: RuleId, facts: Vec<Fact>) -> RuleCheck {
    let fired = facts.iter().all(|f| f.held);
    RuleCheck { rule, facts, fired }
}
