//! Every user intent, named once. Keys map to these (see `keymap`); help and footer describe
//! them from here.

use crate::domain::Need;
use crate::i18n::{Label, Lang, T, Te, Tf, Tl};

/// A choice list opened over the directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MenuKind {
    Needs,
    Groups,
    Languages,
    Towns,
    /// Stale offers, possible duplicates, inactive offers (see `screen::directory::upkeep`).
    Upkeep,
}

/// The screens reachable from everywhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScreenKey {
    Directory,
    Clients,
    Log,
    /// The statistics (F11).
    Stats,
}

/// The periods the statistics screen offers (docs/figures.md "The period").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StatsPick {
    ThisMonth,
    LastMonth,
    ThisQuarter,
    ThisYear,
    /// a range typed by the counsellor
    Range,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Quit,
    Help,
    /// Hide every personal datum at once (a visitor steps up to the desk); again shows it.
    Privacy,
    CloseOverlay,
    ShowScreen(ScreenKey),
    QuickContact,
    EditSettings,
    ClearCurrentClient,
    /// "Neuer Anruf" (F10): no current client, search and filters cleared, the directory.
    NewCall,
    // Clients.
    OpenClient,
    NewClient,
    EditClient,
    ClientOffers,
    SaveAndOffers,
    // Moving in lists.
    Up,
    Down,
    PageUp,
    PageDown,
    First,
    Last,
    // Editing the text field that has focus.
    CursorLeft,
    CursorRight,
    CursorStart,
    CursorEnd,
    DeleteBack,
    DeleteForward,
    DeleteWordBack,
    ClearField,
    // Directory.
    EscapeDirectory,
    /// Back to the list the view was opened from.
    Back,
    ToggleCard,
    CardScrollUp,
    CardScrollDown,
    ToggleNeed(Need),
    OpenMenu(MenuKind),
    ClearFilters,
    ToggleInactive,
    // Choice lists.
    MenuToggle,
    MenuChoose,
    // Forms.
    FormSave,
    FormCancel,
    FormNext,
    FormPrev,
    FieldNext,
    FieldPrev,
    FormSectionNext,
    FormSectionPrev,
    OptionNext,
    OptionPrev,
    OptionToggle,
    OptionClear,
    // Confirmation questions.
    ConfirmYes,
    ConfirmNo,
    // Referrals (directory, log, client view).
    Refer,
    ToggleMark,
    RefStatus,
    RefPostpone,
    RefNote,
    /// Withdraw one of the client's consents (client view).
    WithdrawConsent,
    RefToClient,
    RefToOffer,
    LogDetail,
    LogScope,
    LogSort,
    LogOpenFilter,
    // Offer upkeep (directory and card; see `screen::directory::upkeep`, `screen::offer_editor`).
    NewOffer,
    EditOffer,
    DuplicateOffer,
    ToggleOfferActive,
    StampVerified,
    // Data protection (client view, card, client list, the data protection screen).
    EraseClient,
    PersonCopy,
    /// The audit trail of the record shown (client, offer).
    ShowAudit,
    /// The data protection screen with the whole trail.
    OpenAudit,
    AnonymiseDue,
    // Statistics (F11).
    StatsPeriod(StatsPick),
    /// Takes the typed range.
    StatsApply,
    /// Leaves the typed range as it was.
    StatsCancel,
    /// Records a service gap (Angebotslücke) from the directory.
    RecordGap,
}

impl Action {
    /// What the action does, for the help overlay.
    pub fn describe(self, lang: Lang) -> String {
        let t = |t: T| lang.t(t).to_string();
        match self {
            Action::Quit => t(T::ActQuit),
            Action::Help => t(T::ActHelp),
            Action::Privacy => t(T::ActPrivacy),
            Action::CloseOverlay => t(T::ActCloseOverlay),
            Action::ShowScreen(ScreenKey::Directory) => t(T::ActShowDirectory),
            Action::ShowScreen(ScreenKey::Clients) => t(T::ActShowClients),
            Action::ShowScreen(ScreenKey::Log) => t(T::ActShowLog),
            Action::ShowScreen(ScreenKey::Stats) => lang.t(Tf::ActShowStats).into(),
            Action::QuickContact => t(T::ActQuickContact),
            Action::EditSettings => t(T::ActEditSettings),
            Action::ClearCurrentClient => t(T::ActClearCurrentClient),
            Action::NewCall => t(T::ActNewCall),
            Action::OpenClient => t(T::ActOpenClient),
            Action::NewClient => t(T::ActNewClient),
            Action::EditClient => t(T::ActEditClient),
            Action::ClientOffers => t(T::ActClientOffers),
            Action::SaveAndOffers => t(T::ActSaveAndOffers),
            Action::Up => t(T::ActUp),
            Action::Down => t(T::ActDown),
            Action::PageUp => t(T::ActPageUp),
            Action::PageDown => t(T::ActPageDown),
            Action::First => t(T::ActFirst),
            Action::Last => t(T::ActLast),
            Action::CursorLeft => t(T::ActCursorLeft),
            Action::CursorRight => t(T::ActCursorRight),
            Action::CursorStart => t(T::ActCursorStart),
            Action::CursorEnd => t(T::ActCursorEnd),
            Action::DeleteBack => t(T::ActDeleteBack),
            Action::DeleteForward => t(T::ActDeleteForward),
            Action::DeleteWordBack => t(T::ActDeleteWordBack),
            Action::ClearField => t(T::ActClearField),
            Action::EscapeDirectory => t(T::ActEscapeDirectory),
            Action::Back => t(T::ActBack),
            Action::ToggleCard => t(T::ActToggleCard),
            Action::CardScrollUp => t(T::ActCardScrollUp),
            Action::CardScrollDown => t(T::ActCardScrollDown),
            Action::ToggleNeed(n) => lang.f(T::ActToggleNeed, &[&n.label(lang)]),
            Action::OpenMenu(MenuKind::Needs) => t(T::ActMenuNeeds),
            Action::OpenMenu(MenuKind::Groups) => t(T::ActMenuGroups),
            Action::OpenMenu(MenuKind::Languages) => t(T::ActMenuLanguages),
            Action::OpenMenu(MenuKind::Towns) => t(T::ActMenuTowns),
            Action::OpenMenu(MenuKind::Upkeep) => lang.t(Te::ActUpkeepMenu).into(),
            Action::ClearFilters => t(T::ActClearFilters),
            Action::ToggleInactive => t(T::ActToggleInactive),
            Action::MenuToggle => t(T::ActMenuToggle),
            Action::MenuChoose => t(T::ActMenuChoose),
            Action::FormSave => t(T::ActFormSave),
            Action::FormCancel => t(T::ActFormCancel),
            Action::FormNext => t(T::ActFormNext),
            Action::FormPrev => t(T::ActFormPrev),
            Action::FieldNext => t(T::ActFormNext),
            Action::FieldPrev => t(T::ActFormPrev),
            Action::FormSectionNext => t(T::ActFormSectionNext),
            Action::FormSectionPrev => t(T::ActFormSectionPrev),
            Action::OptionNext => t(T::ActOptionNext),
            Action::OptionPrev => t(T::ActOptionPrev),
            Action::OptionToggle => t(T::ActOptionToggle),
            Action::OptionClear => t(T::ActOptionClear),
            Action::ConfirmYes => t(T::ActConfirmYes),
            Action::ConfirmNo => t(T::ActConfirmNo),
            Action::Refer => lang.t(Tl::ActRefer).into(),
            Action::ToggleMark => lang.t(Tl::ActToggleMark).into(),
            Action::RefStatus => lang.t(Tl::ActStatus).into(),
            Action::RefPostpone => lang.t(Tl::ActPostpone).into(),
            Action::RefNote => lang.t(Tl::ActNote).into(),
            Action::WithdrawConsent => lang.t(crate::i18n::Ti::ActWithdraw).into(),
            Action::RefToClient => lang.t(Tl::ActToClient).into(),
            Action::RefToOffer => lang.t(Tl::ActToOffer).into(),
            Action::LogDetail => lang.t(Tl::ActDetail).into(),
            Action::LogScope => lang.t(Tl::ActScope).into(),
            Action::LogSort => lang.t(Tl::ActSort).into(),
            Action::LogOpenFilter => lang.t(Tl::ActFilter).into(),
            Action::NewOffer => lang.t(Te::ActNewOffer).into(),
            Action::EditOffer => lang.t(Te::ActEditOffer).into(),
            Action::DuplicateOffer => lang.t(Te::ActDuplicateOffer).into(),
            Action::ToggleOfferActive => lang.t(Te::ActToggleActive).into(),
            Action::StampVerified => lang.t(Te::ActStamp).into(),
            Action::EraseClient => t(T::ActEraseClient),
            Action::PersonCopy => t(T::ActPersonCopy),
            Action::ShowAudit => t(T::ActShowAudit),
            Action::OpenAudit => t(T::ActOpenAudit),
            Action::AnonymiseDue => t(T::ActAnonymiseDue),
            Action::StatsPeriod(p) => lang
                .t(match p {
                    StatsPick::ThisMonth => Tf::ActThisMonth,
                    StatsPick::LastMonth => Tf::ActLastMonth,
                    StatsPick::ThisQuarter => Tf::ActThisQuarter,
                    StatsPick::ThisYear => Tf::ActThisYear,
                    StatsPick::Range => Tf::ActRange,
                })
                .into(),
            Action::StatsApply => lang.t(Tf::ActRangeApply).into(),
            Action::StatsCancel => lang.t(Tf::ActRangeCancel).into(),
            Action::RecordGap => lang.t(Tf::ActRecordGap).into(),
        }
    }
}
