//! Where the counsellor goes next: the words screens use to send them to another screen
//! without importing it. A screen returns a [`Go`] from its `update` (through `Out::go`); the
//! router hands it to the screen it names ([`Go::screen`]), whose `enter` sets itself up.

use super::action::ScreenKey;
use super::screen::Screen;
use crate::domain::{Offer, OfferId, ReferralId};

#[derive(Debug, Clone, PartialEq)]
pub enum Go {
    /// F2, F3, F4: the screen, or the draft in progress there (see `Component::holds`).
    Home(ScreenKey),
    /// The directory for a client's needs, with the client current (referrals go to them).
    OffersFor(u64),
    /// One offer in the directory, selected, its card open. The search and filters are
    /// cleared so that the offer is certainly listed.
    Offer(OfferId),
    /// The directory once an edited offer is stored: the offer selected (the search cleared if
    /// it hides it), `said` as the message, its card open again if it was opened from there.
    SavedOffer {
        id: OfferId,
        said: String,
        card: bool,
    },
    /// Back to the directory from the offer editor, onto the card it was opened from.
    Directory {
        card: bool,
    },
    /// The client list as it was left.
    Clients,
    /// The client list as a chooser: whom a referral is for (Ctrl-V without a current client).
    /// Enter makes the client current and returns with `Go::ReferPicked`.
    PickClient,
    /// Back in the directory with a client just picked: the referral form for the selected
    /// (or marked) offers opens.
    ReferPicked,
    /// One client and their referrals.
    Client {
        id: u64,
        select: Pick,
    },
    /// The intake form for a new client, or the draft in progress.
    NewClient,
    /// The intake form for a stored client, or the draft in progress if it has changes.
    EditClient(u64),
    /// The offer editor for a new offer, a stored one or a copy; a draft in progress wins.
    NewOffer {
        from_card: bool,
    },
    EditOffer {
        offer: Box<Offer>,
        from_card: bool,
    },
    CopyOffer {
        offer: Box<Offer>,
        from_card: bool,
    },
    /// The data protection screen, its trail filtered by this text (a record's number) if
    /// given; Esc leads back to `back`.
    Audit {
        filter: String,
        back: Box<Go>,
    },
}

/// Which of the client's referrals the client view selects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    /// The first.
    Top,
    /// The one selected when the view was last shown (back from editing the client).
    Same,
    /// This one (coming from the log).
    Referral(ReferralId),
}

impl ScreenKey {
    /// The screen the key leads to when no draft is in progress.
    pub fn home(self) -> Screen {
        match self {
            ScreenKey::Directory => Screen::Directory,
            ScreenKey::Clients => Screen::Clients,
            ScreenKey::Log => Screen::Log,
            ScreenKey::Stats => Screen::Stats,
        }
    }
}

impl Go {
    /// The screen that handles this.
    pub fn screen(&self) -> Screen {
        match self {
            Go::Home(key) => key.home(),
            Go::OffersFor(_)
            | Go::Offer(_)
            | Go::SavedOffer { .. }
            | Go::Directory { .. }
            | Go::ReferPicked => Screen::Directory,
            Go::Clients | Go::PickClient => Screen::Clients,
            Go::Client { .. } => Screen::ClientView,
            Go::NewClient | Go::EditClient(_) => Screen::Intake,
            Go::NewOffer { .. } | Go::EditOffer { .. } | Go::CopyOffer { .. } => Screen::OfferEditor,
            Go::Audit { .. } => Screen::Audit,
        }
    }
}
