//! The stored versions of each record type. The current version of a type is the domain type
//! itself; when a domain type changes, its previous shape is copied here as `…V{n}` with a
//! conversion, the version byte goes up, and a byte fixture of the old version stays in
//! `tests/fixtures/` so that old databases keep opening.

use super::codec::{CodecError, Stored, body};
use crate::domain::Offer;

impl Stored for Offer {
    const KIND: u8 = b'O';
    const VERSION: u8 = 1;
    fn decode_version(version: u8, b: &[u8]) -> Result<Self, CodecError> {
        match version {
            1 => body(b),
            v => Err(CodecError::UnknownVersion(v)),
        }
    }
}

/// Decodes a value by its kind byte, for checking a restore; `None` for kinds this build does
/// not know (they are still compared byte for byte). Add a line here for every stored type.
pub(crate) fn decode_known(value: &[u8]) -> Option<Result<(), CodecError>> {
    use super::backup::decode_kind;
    match value.first()? {
        &Offer::KIND => Some(decode_kind::<Offer>(value)),
        _ => None,
    }
}
