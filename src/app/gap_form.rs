//! Recording a service gap (Angebotslücke) from the directory: Ctrl-F opens the small form
//! prefilled — the need from the need filter, the town from the town filter, the target group
//! of the current client — and Ctrl-S saves it: two keys when nothing suitable was found.
//! Nothing personal is asked for; the note is labelled "keine Namen" and never reported
//! (docs/figures.md "Gaps").

use super::effect::{Owner, Ticket, Write};
use super::form::Form;
use super::form::field::{Check, Field};
use super::form::options::{options, pick};
use super::modal::{Modal, ModalField as M, ModalKind};
use super::out::Out;
use super::screen::Screen;
use super::state::Shared;
use crate::domain::client::SensitiveText;
use crate::domain::gap::{NOTE_MAX, TOWN_MAX};
use crate::domain::{CaseGroup, Gap, Need, SubNeed};
use crate::i18n::{Label, Lang, Tf};
use crate::search::Filters;

fn need_options(lang: Lang) -> Vec<super::form::Opt> {
    Need::ALL
        .iter()
        .enumerate()
        .map(|(i, n)| super::form::Opt { label: format!("{} {}", n.code(), n.label(lang)), value: i as u16 })
        .collect()
}

fn sub_need_options(lang: Lang) -> Vec<super::form::Opt> {
    SubNeed::ALL
        .iter()
        .enumerate()
        .map(|(i, s)| super::form::Opt {
            label: format!("{} · {}", s.need().code(), s.label(lang)),
            value: i as u16,
        })
        .collect()
}

/// The form, prefilled from the directory's filters and the current client.
pub fn open(sh: &Shared, filters: &Filters) -> Modal {
    let lang = sh.lang;
    let need = filters.needs.first().and_then(|n| Need::ALL.iter().position(|x| x == n)).map(|i| i as u16);
    let group = sh
        .current()
        .and_then(|c| c.group.as_ref())
        .and_then(|g| CaseGroup::ALL.iter().position(|x| *x == g.group))
        .map(|i| i as u16);
    let town = filters.town.clone().unwrap_or_default();
    let form = Form::builder()
        .field(Field::choice(M::Need, lang.t(Tf::GapNeed), need_options(lang), need).required())
        .field(Field::choice(M::SubNeed, lang.t(Tf::GapSubNeed), sub_need_options(lang), None))
        .field(Field::text(M::Town, lang.t(Tf::GapTown), &town, Check::None))
        .field(Field::choice(M::Group, lang.t(Tf::GapGroup), options(&CaseGroup::ALL, lang), group))
        .field(Field::text(M::Note, lang.t(Tf::GapNote), "", Check::None))
        .build();
    Modal {
        owner: Owner::Screen(Screen::Directory),
        kind: ModalKind::Gap,
        title: lang.t(Tf::GapTitle).into(),
        form,
    }
}

/// Checks the form and asks for the write; `None` when something is to be corrected.
pub fn save(m: &mut Modal, sh: &Shared, out: &mut Out) -> Option<Ticket> {
    let (lang, today) = (sh.lang, sh.today());
    if m.form.validate(today, lang).is_some() {
        return None;
    }
    if let Some(reason) = sh.read_only {
        out.error(reason.to_string());
        return None;
    }
    let f = &m.form;
    let Some(need) = pick(&Need::ALL, f.choice(M::Need)) else {
        m.form.set_error(M::Need, lang.t(Tf::GapNeedMissing).to_string());
        return None;
    };
    let sub_need = pick(SubNeed::ALL, f.choice(M::SubNeed));
    if sub_need.is_some_and(|s| s.need() != need) {
        m.form.set_error(M::SubNeed, lang.t(Tf::GapSubNeedOther).to_string());
        return None;
    }
    let group = pick(&CaseGroup::ALL, f.choice(M::Group));
    let tags = sh
        .current()
        .and_then(|c| c.group.as_ref())
        .filter(|g| Some(g.group) == group)
        .map(|g| g.computed.tags.clone())
        .unwrap_or_default();
    let gap = Gap {
        id: 0,
        date: today,
        need,
        sub_need,
        town: crate::safe_text::visible(f.text(M::Town).trim()).chars().take(TOWN_MAX).collect(),
        group,
        tags,
        note: SensitiveText::new(f.text(M::Note).trim().chars().take(NOTE_MAX).collect::<String>()),
    };
    Some(out.write(Write::SaveGap(gap)))
}
