//! The only place that names bincode. Every stored value is `[kind, version, body…]`: a kind
//! byte so that a value read from the wrong tree is caught, a version byte so that old records
//! are decoded with their own type and converted, and a bincode body that must be consumed to
//! the last byte (bincode is not self-describing: a silently shorter read is a wrong read).

use serde::Serialize;
use serde::de::DeserializeOwned;

/// No stored record comes near this; a larger length prefix means damaged or hostile bytes.
const MAX_RECORD: usize = 4 * 1024 * 1024;

fn config() -> bincode::config::Configuration<
    bincode::config::LittleEndian,
    bincode::config::Varint,
    bincode::config::Limit<MAX_RECORD>,
> {
    bincode::config::standard().with_limit::<MAX_RECORD>()
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodecError {
    #[error("empty value")]
    Empty,
    #[error("value of kind {found:?} where kind {expected:?} was expected")]
    WrongKind { expected: char, found: char },
    #[error("unknown version {0}")]
    UnknownVersion(u8),
    #[error("{0} bytes left over after decoding")]
    TrailingBytes(usize),
    #[error("decode: {0}")]
    Decode(String),
    #[error("encode: {0}")]
    Encode(String),
}

/// A value type as it is stored: its kind byte and current version.
pub trait Stored: Sized {
    const KIND: u8;
    const VERSION: u8;
    /// Decodes a body written with `version`, converting older versions to the current type.
    fn decode_version(version: u8, body: &[u8]) -> Result<Self, CodecError>;
}

/// Encodes `value` as the current version of `T`.
pub fn encode<T: Stored + Serialize>(value: &T) -> Result<Vec<u8>, CodecError> {
    let mut out = vec![T::KIND, T::VERSION];
    let body =
        bincode::serde::encode_to_vec(value, config()).map_err(|e| CodecError::Encode(e.to_string()))?;
    out.extend_from_slice(&body);
    Ok(out)
}

/// Decodes any stored version of `T`.
pub fn decode<T: Stored>(bytes: &[u8]) -> Result<T, CodecError> {
    let (&kind, rest) = bytes.split_first().ok_or(CodecError::Empty)?;
    if kind != T::KIND {
        return Err(CodecError::WrongKind { expected: T::KIND as char, found: kind as char });
    }
    let (&version, body) = rest.split_first().ok_or(CodecError::Empty)?;
    T::decode_version(version, body)
}

/// Decodes one body exactly: every byte must be consumed.
pub fn body<V: DeserializeOwned>(body: &[u8]) -> Result<V, CodecError> {
    let (value, used) = bincode::serde::decode_from_slice::<V, _>(body, config())
        .map_err(|e| CodecError::Decode(e.to_string()))?;
    if used != body.len() {
        return Err(CodecError::TrailingBytes(body.len() - used));
    }
    Ok(value)
}

/// Encodes a plain value without kind/version (for backups' inner payloads and tests).
pub fn raw<V: Serialize>(value: &V) -> Result<Vec<u8>, CodecError> {
    bincode::serde::encode_to_vec(value, config()).map_err(|e| CodecError::Encode(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct V1 {
        a: String,
    }
    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct V2 {
        a: String,
        b: u32,
    }
    impl Stored for V2 {
        const KIND: u8 = b'T';
        const VERSION: u8 = 2;
        fn decode_version(version: u8, b: &[u8]) -> Result<Self, CodecError> {
            match version {
                1 => body::<V1>(b).map(|v| V2 { a: v.a, b: 0 }),
                2 => body(b),
                v => Err(CodecError::UnknownVersion(v)),
            }
        }
    }

    #[test]
    fn round_trips_and_converts_old_versions() {
        let v = V2 { a: "x".into(), b: 7 };
        assert_eq!(decode::<V2>(&encode(&v).unwrap()).unwrap(), v);
        let mut old = vec![b'T', 1];
        old.extend(raw(&V1 { a: "y".into() }).unwrap());
        assert_eq!(decode::<V2>(&old).unwrap(), V2 { a: "y".into(), b: 0 });
    }

    #[test]
    fn rejects_trailing_bytes_wrong_kind_and_unknown_versions() {
        let mut bytes = encode(&V2 { a: "x".into(), b: 7 }).unwrap();
        bytes.push(0);
        assert_eq!(decode::<V2>(&bytes), Err(CodecError::TrailingBytes(1)));
        bytes[0] = b'X';
        assert!(matches!(decode::<V2>(&bytes), Err(CodecError::WrongKind { .. })));
        assert_eq!(decode::<V2>(&[b'T', 9, 0]), Err(CodecError::UnknownVersion(9)));
        assert_eq!(decode::<V2>(&[]), Err(CodecError::Empty));
        assert!(matches!(decode::<V2>(&[b'T', 2, 200]), Err(CodecError::Decode(_))));
    }

    #[test]
    fn a_huge_length_prefix_is_refused_not_allocated() {
        // A string claiming 2^60 bytes.
        let bytes = [b'T', 2, 255, 0, 0, 0, 0, 0, 0, 0, 16];
        assert!(matches!(decode::<V2>(&bytes), Err(CodecError::Decode(_))));
    }
}
