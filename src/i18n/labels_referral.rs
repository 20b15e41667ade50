//! German and English text for referrals: status labels (docs/domain.md's wording), history entry
//! kinds, urgency reasons, postponement keys, log headings, and the messages for refused rules.

use super::Lang;
use super::labels::{Label, labels};
use crate::domain::referral::{EventKind, LogView, Postpone, ReferralStatus, RuleError, UrgentReason};

labels!(ReferralStatus {
    ReferralStatus::Suggested => "vorgeschlagen", "suggested";
    ReferralStatus::InformationGiven => "Information gegeben", "information given";
    ReferralStatus::WarmHandover => "weitervermittelt – warme Übergabe", "warm handover";
    ReferralStatus::AppointmentMade => "Termin vereinbart", "appointment made";
    ReferralStatus::Waitlisted => "Warteliste", "waitlisted";
    ReferralStatus::InProgress => "wahrgenommen / in Bearbeitung", "attended / in progress";
    ReferralStatus::GoalAchieved => "abgeschlossen – Ziel erreicht", "goal achieved";
    ReferralStatus::GoalNotAchieved => "abgeschlossen – Ziel nicht erreicht", "goal not achieved";
    ReferralStatus::RejectedByProvider => "abgelehnt durch Anbieter / nicht zuständig", "rejected by provider, not responsible";
    ReferralStatus::DeclinedByClient => "abgelehnt durch Ratsuchende", "declined by client";
    ReferralStatus::DroppedOut => "abgebrochen", "dropped out";
    ReferralStatus::NotReachable => "nicht erreichbar", "not reachable";
    ReferralStatus::OutcomeUnknown => "Ergebnis unbekannt", "outcome unknown";
});

labels!(UrgentReason {
    UrgentReason::Exploitation => "Ausbeutung", "exploitation";
    UrgentReason::Violence => "Gewalt", "violence";
    UrgentReason::PermitExpiring => "Aufenthaltstitel läuft ab", "residence permit about to expire";
});

/// What an audit entry says happened.
pub fn audit_action(a: crate::domain::audit::AuditAction, lang: Lang) -> &'static str {
    use crate::domain::audit::AuditAction as A;
    match a {
        A::Created => lang.pick("angelegt", "created"),
        A::Changed => lang.pick("geändert", "changed"),
        A::Erased => lang.pick("gelöscht", "erased"),
        A::Exported => lang.pick("ausgegeben", "exported"),
        A::Anonymised => lang.pick("anonymisiert", "anonymised"),
        A::Repaired => lang.pick("repariert", "repaired"),
    }
}

/// The kind of a history entry, as its line in the history starts.
impl Label for EventKind {
    fn label(&self, lang: Lang) -> &'static str {
        match self {
            EventKind::Created { .. } => lang.pick("angelegt", "created"),
            EventKind::StatusChanged { .. } => lang.pick("Status geändert", "status changed"),
            EventKind::Reopened { .. } => lang.pick("wieder geöffnet", "reopened"),
            EventKind::NoteAdded => lang.pick("Notiz", "note"),
            EventKind::FollowUpPostponed { .. } => lang.pick("Wiedervorlage verschoben", "follow-up moved"),
        }
    }
}

/// The postponement choices as offered on screen.
impl Label for Postpone {
    fn label(&self, lang: Lang) -> &'static str {
        match self {
            Postpone::Short => lang.pick("+7 Tage", "+7 days"),
            Postpone::Long => lang.pick("+14 Tage", "+14 days"),
            Postpone::On(_) => lang.pick("Datum wählen", "choose a date"),
        }
    }
}

/// The heading of the referral log as it opens.
impl Label for LogView<'_> {
    fn label(&self, lang: Lang) -> &'static str {
        match self {
            LogView::Due(_) => lang.pick("Heute fällig und überfällig", "Due today and overdue"),
            LogView::Open(_) => lang.pick("Nichts fällig – offene Verweise", "Nothing due – open referrals"),
        }
    }
}

/// What to tell the counsellor when a rule refuses: what is wrong and what to do instead.
pub fn rule_error_text(e: &RuleError, lang: Lang) -> &'static str {
    match e {
        RuleError::OfferInactive => lang.pick(
            "Dieses Angebot ist inaktiv. Bitte ein aktives Angebot wählen.",
            "This offer is inactive. Please choose an active offer.",
        ),
        RuleError::ClosedAtCreation => lang.pick(
            "Ein neuer Verweis beginnt offen. Das Ergebnis bitte danach als Statusänderung eintragen.",
            "A new referral starts open. Please record the outcome afterwards as a status change.",
        ),
        RuleError::WarmHandoverNeedsConsent => lang.pick(
            "Warme Übergabe nur mit Einwilligung zur Weitergabe an Partner. Bitte die Einwilligung erfassen oder „Information gegeben“ wählen.",
            "A warm handover needs consent to pass data to partners. Please record the consent or choose \"information given\".",
        ),
        RuleError::AppointmentMissing => lang.pick(
            "Für „Termin vereinbart“ bitte das Datum des Termins angeben.",
            "Please enter the date of the appointment for \"appointment made\".",
        ),
        RuleError::AppointmentInPast => lang.pick(
            "Das Termindatum liegt in der Vergangenheit. Bitte prüfen; ein wahrgenommener Termin ist „wahrgenommen / in Bearbeitung“.",
            "The appointment date is in the past. Please check it; an attended appointment is \"attended / in progress\".",
        ),
        RuleError::SameStatus => {
            lang.pick("Der Verweis hat diesen Status bereits.", "The referral already has this status.")
        }
        RuleError::ReopenNeedsNote => lang.pick(
            "Um einen abgeschlossenen Verweis wieder zu öffnen, bitte den Grund in der Notiz angeben.",
            "To reopen a closed referral, please give the reason in the note.",
        ),
        RuleError::ReferralClosed => lang.pick(
            "Der Verweis ist abgeschlossen und hat keine Wiedervorlage mehr.",
            "The referral is closed and has no follow-up date any more.",
        ),
        RuleError::FollowUpInPast => lang
            .pick("Die Wiedervorlage darf nicht vor heute liegen.", "The follow-up date cannot be before today."),
        RuleError::FollowUpUnchanged => lang.pick(
            "Die Wiedervorlage steht bereits auf diesem Datum.",
            "The follow-up is already set to this date.",
        ),
        RuleError::NoteEmpty => lang.pick("Die Notiz ist leer.", "The note is empty."),
        RuleError::NoteTooLong => lang.pick(
            "Die Notiz ist zu lang (höchstens 2000 Zeichen).",
            "The note is too long (at most 2000 characters).",
        ),
        RuleError::CounsellorMissing => lang.pick(
            "Kein Name oder Kürzel der Beraterin / des Beraters angegeben.",
            "No counsellor name or initials given.",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Date;
    use crate::domain::referral::rules::{NOTE_MAX_CHARS, POSTPONE_LONG_DAYS, POSTPONE_SHORT_DAYS};

    fn all_distinct(labels: &[&str]) -> bool {
        let mut sorted = labels.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        sorted.len() == labels.len() && labels.iter().all(|l| !l.is_empty())
    }

    #[test]
    fn every_status_has_a_distinct_label_in_both_languages() {
        for lang in [Lang::De, Lang::En] {
            let labels: Vec<_> = ReferralStatus::ALL.iter().map(|s| s.label(lang)).collect();
            assert!(all_distinct(&labels), "{lang:?}: {labels:?}");
        }
        assert_eq!(ReferralStatus::WarmHandover.label(Lang::De), "weitervermittelt – warme Übergabe");
        assert_eq!(
            ReferralStatus::RejectedByProvider.label(Lang::De),
            "abgelehnt durch Anbieter / nicht zuständig"
        );
        assert_eq!(ReferralStatus::InProgress.label(Lang::En), "attended / in progress");
    }

    #[test]
    fn every_rule_error_has_a_distinct_message_in_both_languages() {
        for lang in [Lang::De, Lang::En] {
            let texts: Vec<_> = RuleError::ALL.iter().map(|e| rule_error_text(e, lang)).collect();
            assert!(all_distinct(&texts), "{lang:?}");
        }
        for e in RuleError::ALL {
            assert_ne!(rule_error_text(&e, Lang::De), rule_error_text(&e, Lang::En), "{e:?} untranslated");
        }
    }

    #[test]
    fn numbers_in_texts_match_the_rules() {
        let limit = NOTE_MAX_CHARS.to_string();
        for lang in [Lang::De, Lang::En] {
            assert!(rule_error_text(&RuleError::NoteTooLong, lang).contains(&limit));
            assert!(Postpone::Short.label(lang).contains(&format!("+{POSTPONE_SHORT_DAYS} ")));
            assert!(Postpone::Long.label(lang).contains(&format!("+{POSTPONE_LONG_DAYS} ")));
        }
    }

    #[test]
    fn the_other_referral_enums_are_labelled() {
        let date = Date::from_ymd(2026, 3, 2).unwrap();
        let kinds = [
            EventKind::Created {
                status: ReferralStatus::Suggested,
                urgent: false,
                appointment: None,
                follow_up: date,
            },
            EventKind::StatusChanged {
                from: ReferralStatus::Suggested,
                to: ReferralStatus::Waitlisted,
                appointment: None,
                follow_up: None,
            },
            EventKind::Reopened {
                from: ReferralStatus::DroppedOut,
                to: ReferralStatus::Suggested,
                appointment: None,
                follow_up: date,
            },
            EventKind::NoteAdded,
            EventKind::FollowUpPostponed { from: date, to: date },
        ];
        for lang in [Lang::De, Lang::En] {
            assert!(all_distinct(&kinds.iter().map(|k| k.label(lang)).collect::<Vec<_>>()));
            assert!(all_distinct(&UrgentReason::ALL.iter().map(|r| r.label(lang)).collect::<Vec<_>>()));
            let keys = [Postpone::Short, Postpone::Long, Postpone::On(date)];
            assert!(all_distinct(&keys.iter().map(|p| p.label(lang)).collect::<Vec<_>>()));
            assert_ne!(LogView::Due(Vec::new()).label(lang), LogView::Open(Vec::new()).label(lang));
        }
    }
}
