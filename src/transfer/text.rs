//! Bytes to text as spreadsheets write it (UTF-8 with or without BOM, Windows-1252, UTF-16 with
//! BOM), and the folded form used to match column names and labels loosely.

use super::report::FileError;
use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use std::borrow::Cow;

/// The character encoding a file was read with, for the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    Utf8Bom,
    Utf16,
    Windows1252,
}

impl TextEncoding {
    pub fn name(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "UTF-8",
            TextEncoding::Utf8Bom => "UTF-8 (BOM)",
            TextEncoding::Utf16 => "UTF-16",
            TextEncoding::Windows1252 => "Windows-1252",
        }
    }
}

/// Decodes a text file. A BOM decides; else valid UTF-8 is UTF-8 and anything else is taken as
/// Windows-1252, which is what German Excel writes for "CSV (Trennzeichen-getrennt)". A NUL
/// byte outside UTF-16 means the file is not text at all.
pub fn decode(bytes: &[u8]) -> Result<(Cow<'_, str>, TextEncoding), FileError> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        if enc == UTF_8 {
            return match std::str::from_utf8(body) {
                Ok(s) => text(Cow::Borrowed(s), TextEncoding::Utf8Bom),
                // A BOM but broken UTF-8: decode leniently rather than guess another encoding.
                Err(_) => text(UTF_8.decode_without_bom_handling(body).0, TextEncoding::Utf8Bom),
            };
        }
        return text(enc.decode_without_bom_handling(body).0, TextEncoding::Utf16);
    }
    if bytes.contains(&0) {
        return Err(FileError::Binary);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => text(Cow::Borrowed(s), TextEncoding::Utf8),
        Err(_) => text(WINDOWS_1252.decode_without_bom_handling(bytes).0, TextEncoding::Windows1252),
    }
}

fn text(s: Cow<'_, str>, enc: TextEncoding) -> Result<(Cow<'_, str>, TextEncoding), FileError> {
    if s.contains('\0') {
        return Err(FileError::Binary);
    }
    if s.trim().is_empty() {
        return Err(FileError::Empty);
    }
    Ok((s, enc))
}

/// Lower case, umlauts as their two-letter forms, only letters and digits kept: "Geprüft am",
/// "geprueft_am" and "GEPRUEFT-AM" all become "geprueftam".
pub fn fold(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::with_capacity(s.len());
    for c in s.nfc().flat_map(char::to_lowercase) {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            '&' => out.push_str("und"),
            c if c.is_alphanumeric() => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_encodings() {
        assert_eq!(decode(b"a;b").unwrap(), (Cow::Borrowed("a;b"), TextEncoding::Utf8));
        assert_eq!(decode(b"\xEF\xBB\xBFa\xC3\xA4").unwrap().0, "aä");
        assert_eq!(decode(b"\xEF\xBB\xBFa").unwrap().1, TextEncoding::Utf8Bom);
        let (s, enc) = decode(b"Stra\xDFe \xE4\xF6\xFC \xE9 \x80").unwrap();
        assert_eq!((s.as_ref(), enc), ("Straße äöü é €", TextEncoding::Windows1252));
        let utf16 = b"\xFF\xFEa\x00;\x00\xE4\x00";
        assert_eq!(decode(utf16).unwrap(), (Cow::Owned("a;ä".to_string()), TextEncoding::Utf16));
    }

    #[test]
    fn refuses_binary_and_empty() {
        assert_eq!(decode(b"PK\x03\x04\x00\x00"), Err(FileError::Binary));
        assert_eq!(decode(b""), Err(FileError::Empty));
        assert_eq!(decode(b"\xEF\xBB\xBF \r\n"), Err(FileError::Empty));
    }

    #[test]
    fn folds_spellings_together() {
        assert_eq!(fold("Geprüft am"), "geprueftam");
        assert_eq!(fold("GEPRUEFT_AM"), "geprueftam");
        assert_eq!(fold("E-Mail"), "email");
        assert_eq!(fold("Arbeit & Beruf"), "arbeitundberuf");
        assert_eq!(fold("Zusta\u{0308}ndigkeit"), "zustaendigkeit");
    }
}
