//! The stored versions of each record type. The current version of a type is the domain type
//! itself; when a domain type changes, its previous shape is copied here as `…V{n}` with a
//! conversion, the version byte goes up, and a byte fixture of the old version stays in
//! `tests/fixtures/` so that old databases keep opening.

use super::codec::{CodecError, Stored, body};
use crate::domain::referral::{Referral, ReferralEvent};
use crate::domain::{AnonymousContact, Client, Offer, Settings};

/// Version 1 is the current domain type itself, decoded with no conversion.
macro_rules! stored_v1 {
    ($($ty:ty => $kind:literal;)*) => {$(
        impl Stored for $ty {
            const KIND: u8 = $kind;
            const VERSION: u8 = 1;
            fn decode_version(version: u8, b: &[u8]) -> Result<Self, CodecError> {
                match version {
                    1 => body(b),
                    v => Err(CodecError::UnknownVersion(v)),
                }
            }
        }
    )*};
}

stored_v1! {
    Offer => b'O';
    Referral => b'R';
    ReferralEvent => b'E';
    Settings => b'S';
    Client => b'C';
    AnonymousContact => b'K';
}

/// Decodes a value by its kind byte, for checking a restore; `None` for kinds this build does
/// not know (they are still compared byte for byte). Add a line here for every stored type.
pub(crate) fn decode_known(value: &[u8]) -> Option<Result<(), CodecError>> {
    use super::backup::decode_kind;
    match *value.first()? {
        Offer::KIND => Some(decode_kind::<Offer>(value)),
        Referral::KIND => Some(decode_kind::<Referral>(value)),
        ReferralEvent::KIND => Some(decode_kind::<ReferralEvent>(value)),
        Settings::KIND => Some(decode_kind::<Settings>(value)),
        Client::KIND => Some(decode_kind::<Client>(value)),
        AnonymousContact::KIND => Some(decode_kind::<AnonymousContact>(value)),
        _ => None,
    }
}
