//! The stored versions of each record type. The current version of a type is the domain type
//! itself; when a domain type changes, its previous shape is copied here as `…V{n}` with a
//! conversion, the version byte goes up, and a byte fixture of the old version stays in
//! `tests/fixtures/` so that old databases keep opening.

use super::codec::{CodecError, Stored, body};
use crate::domain::referral::{Referral, ReferralEvent};
use crate::domain::{AnonymousContact, Client, Offer, Settings};

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

impl Stored for Referral {
    const KIND: u8 = b'R';
    const VERSION: u8 = 1;
    fn decode_version(version: u8, b: &[u8]) -> Result<Self, CodecError> {
        match version {
            1 => body(b),
            v => Err(CodecError::UnknownVersion(v)),
        }
    }
}

impl Stored for ReferralEvent {
    const KIND: u8 = b'E';
    const VERSION: u8 = 1;
    fn decode_version(version: u8, b: &[u8]) -> Result<Self, CodecError> {
        match version {
            1 => body(b),
            v => Err(CodecError::UnknownVersion(v)),
        }
    }
}

impl Stored for Settings {
    const KIND: u8 = b'S';
    const VERSION: u8 = 1;
    fn decode_version(version: u8, b: &[u8]) -> Result<Self, CodecError> {
        match version {
            1 => body(b),
            v => Err(CodecError::UnknownVersion(v)),
        }
    }
}

impl Stored for Client {
    const KIND: u8 = b'C';
    const VERSION: u8 = 1;
    fn decode_version(version: u8, b: &[u8]) -> Result<Self, CodecError> {
        match version {
            1 => body(b),
            v => Err(CodecError::UnknownVersion(v)),
        }
    }
}

impl Stored for AnonymousContact {
    const KIND: u8 = b'K';
    const VERSION: u8 = 1;
    fn decode_version(version: u8, b: &[u8]) -> Result<Self, CodecError> {
        match version {
            1 => body(b),
            v => Err(CodecError::UnknownVersion(v)),
        }
    }
}
