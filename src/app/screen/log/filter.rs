//! Which referrals the log lists: the view (due, open, closed, all), the order, the narrowing
//! filters, and the small form that sets them (f).

use crate::app::form::field::{Check, Field};
use crate::app::form::options::pick;
use crate::app::form::{Form, Opt};
use crate::app::modal::{Modal, ModalField as M, ModalKind};
use crate::app::out::Out;
use crate::app::overlay::Overlay;
use crate::app::referral_form::{need_options, status_options};
use crate::app::state::Shared;
use crate::domain::text::fold;
use crate::domain::{ClientRef, Date, Need, Referral, ReferralStatus};
use crate::i18n::Tl;

/// Which referrals the log lists before the filters narrow them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scope {
    /// Due today and overdue; when nothing is due, the open ones (domain `default_view`).
    #[default]
    Standard,
    Open,
    Closed,
    All,
}

impl Scope {
    pub const ALL: [Scope; 4] = [Scope::Standard, Scope::Open, Scope::Closed, Scope::All];

    pub fn text(self) -> Tl {
        match self {
            Scope::Standard => Tl::ScopeStandard,
            Scope::Open => Tl::ScopeOpen,
            Scope::Closed => Tl::ScopeClosed,
            Scope::All => Tl::ScopeAll,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Next follow-up first (the domain's order: urgent first on the same day, then older).
    #[default]
    FollowUp,
    /// Newest referral first: "what did I refer lately?"
    Created,
}

impl Sort {
    pub const ALL: [Sort; 2] = [Sort::FollowUp, Sort::Created];

    pub fn text(self) -> Tl {
        match self {
            Sort::FollowUp => Tl::SortFollowUp,
            Sort::Created => Tl::SortCreated,
        }
    }
}

/// Narrowing filters; the default lets everything through.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LogFilter {
    pub status: Option<ReferralStatus>,
    pub need: Option<Need>,
    /// Client number (K-0042 → 42).
    pub client: Option<u64>,
    /// Words that must all occur in the offer's title, provider or id (folded: ä = ae = a).
    pub offer: String,
    /// Range of the referral's creation day, both ends included.
    pub from: Option<Date>,
    pub to: Option<Date>,
}

impl LogFilter {
    pub fn matches(&self, r: &Referral) -> bool {
        let day = r.created.date();
        self.status.is_none_or(|s| r.status == s)
            && self.need.is_none_or(|n| r.need == n)
            && self.client.is_none_or(|c| r.client.0 == c)
            && self.from.is_none_or(|d| day >= d)
            && self.to.is_none_or(|d| day <= d)
            && (self.offer.trim().is_empty() || {
                let s = &r.offer_snapshot;
                let hay = fold(&format!("{} {} {}", s.title, s.provider, r.offer.as_str()));
                self.offer.split_whitespace().all(|w| hay.contains(&fold(w)))
            })
    }
}

/// Opens the filter form with the filters as they are.
pub fn open(log: &super::Log, sh: &Shared, out: &mut Out) -> bool {
    let lang = sh.lang;
    let f = &log.filter;
    let idx = |v: Option<usize>| v.map(|i| i as u16);
    let scopes: Vec<Opt> = Scope::ALL
        .iter()
        .enumerate()
        .map(|(i, s)| Opt { label: lang.t(s.text()).into(), value: i as u16 })
        .collect();
    let sorts: Vec<Opt> = Sort::ALL
        .iter()
        .enumerate()
        .map(|(i, s)| Opt { label: lang.t(s.text()).into(), value: i as u16 })
        .collect();
    let date = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
    let any_date = Check::Date { not_future: false, not_past: false };
    let form = Form::builder()
        .field(Field::choice(
            M::Scope,
            lang.t(Tl::FieldScope),
            scopes,
            idx(Scope::ALL.iter().position(|s| *s == log.scope)),
        ))
        .field(Field::choice(
            M::Status,
            lang.t(Tl::FieldStatusAny),
            status_options(&ReferralStatus::ALL, true, lang),
            idx(f.status.and_then(|s| ReferralStatus::ALL.iter().position(|x| *x == s))),
        ))
        .field(Field::choice(
            M::Need,
            lang.t(Tl::FieldNeedAny),
            need_options(lang),
            idx(f.need.and_then(|n| Need::ALL.iter().position(|x| *x == n))),
        ))
        .field(Field::text(
            M::Client,
            lang.t(Tl::FieldClient),
            &f.client.map(|c| ClientRef(c).to_string()).unwrap_or_default(),
            Check::None,
        ))
        .field(Field::text(M::Offer, lang.t(Tl::FieldOffer), &f.offer, Check::None))
        .field(Field::text(M::From, lang.t(Tl::FieldFrom), &date(f.from), any_date))
        .field(Field::text(M::To, lang.t(Tl::FieldTo), &date(f.to), any_date))
        .field(Field::choice(
            M::Sort,
            lang.t(Tl::FieldSort),
            sorts,
            idx(Sort::ALL.iter().position(|s| *s == log.sort)),
        ))
        .build();
    let modal =
        Modal { owner: out.owner(), kind: ModalKind::LogFilter, title: lang.t(Tl::FilterTitle).into(), form };
    out.open(Overlay::Modal(modal));
    true
}

/// Applies the filter form to the log (nothing is stored).
pub fn apply(log: &mut super::Log, m: &mut Modal, sh: &Shared, out: &mut Out) -> bool {
    let (lang, today) = (sh.lang, sh.today());
    if m.form.validate(today, lang).is_some() {
        return true;
    }
    let f = &m.form;
    let client = match f.text(M::Client) {
        "" => None,
        s => match ClientRef::parse(s) {
            Some(c) => Some(c.0),
            None => {
                m.form.set_error(M::Client, lang.t(Tl::ValClientRef).into());
                return true;
            }
        },
    };
    let (from, to) = (Date::parse(f.text(M::From)).ok(), Date::parse(f.text(M::To)).ok());
    if let (Some(a), Some(b)) = (from, to)
        && a > b
    {
        m.form.set_error(M::To, lang.t(Tl::ValRange).into());
        return true;
    }
    let filter = LogFilter {
        status: pick(&ReferralStatus::ALL, f.choice(M::Status)),
        need: pick(&Need::ALL, f.choice(M::Need)),
        client,
        offer: f.text(M::Offer).to_string(),
        from,
        to,
    };
    let mut scope = pick(&Scope::ALL, f.choice(M::Scope)).unwrap_or_default();
    // A chosen status would mostly be hidden by "due, else open": show all with it.
    if filter.status.is_some() && scope == Scope::Standard {
        scope = Scope::All;
    }
    let sort = pick(&Sort::ALL, f.choice(M::Sort)).unwrap_or_default();
    (log.scope, log.sort, log.filter) = (scope, sort, filter);
    log.cursor.reset();
    out.close();
    log.refresh(sh);
    true
}
