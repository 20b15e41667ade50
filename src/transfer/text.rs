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
    /// UTF-8 without BOM, with bytes that are no valid UTF-8 (shown as U+FFFD, each warned at
    /// its row and column): the file's other characters are UTF-8, reading it as Windows-1252
    /// would garble every umlaut.
    Utf8Damaged,
    /// Read as Windows-1252 although it also holds UTF-8 characters: warned as likely mojibake.
    Windows1252Mixed,
}

impl TextEncoding {
    pub fn name(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "UTF-8",
            TextEncoding::Utf8Bom => "UTF-8 (BOM)",
            TextEncoding::Utf16 => "UTF-16",
            TextEncoding::Windows1252 | TextEncoding::Windows1252Mixed => "Windows-1252",
            TextEncoding::Utf8Damaged => "UTF-8 (ungültige Bytes / invalid bytes: �)",
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
        Err(_) => {
            // Not valid UTF-8: UTF-8 with a few damaged bytes, or really Windows-1252? A
            // Windows-1252 text almost never forms a valid multi-byte UTF-8 sequence ("Ã¼" is
            // two rare letters in a row); a UTF-8 text has one for every umlaut.
            let (mut multibyte, mut invalid) = (0usize, 0usize);
            for chunk in bytes.utf8_chunks() {
                multibyte += chunk.valid().chars().filter(|c| c.len_utf8() > 1).count();
                invalid += chunk.invalid().len();
            }
            if multibyte > 0 && multibyte >= invalid {
                return text(UTF_8.decode_without_bom_handling(bytes).0, TextEncoding::Utf8Damaged);
            }
            let enc = if multibyte > 0 { TextEncoding::Windows1252Mixed } else { TextEncoding::Windows1252 };
            text(WINDOWS_1252.decode_without_bom_handling(bytes).0, enc)
        }
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
    fn utf8_with_a_stray_byte_stays_utf8_and_mixed_text_is_marked() {
        // "Neubürger" in UTF-8 with one stray 0xFF: read as UTF-8, the byte as U+FFFD.
        let (s, enc) = decode(b"titel\nNeub\xC3\xBCrger \xFF Caf\xC3\xA9").unwrap();
        assert_eq!((s.as_ref(), enc), ("titel\nNeubürger \u{FFFD} Café", TextEncoding::Utf8Damaged));
        // Mostly Windows-1252 with one UTF-8 umlaut: read as Windows-1252, marked mixed.
        let (s, enc) = decode(b"Stra\xDFe \xE4\xF6\xFC \xE9 Neub\xC3\xBCrger").unwrap();
        assert_eq!(enc, TextEncoding::Windows1252Mixed);
        assert!(s.contains("NeubÃ¼rger"), "{s}");
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
