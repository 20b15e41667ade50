//! The backup file format, as plain bytes (no codec: the frame must stay readable whatever
//! happens to the record encodings inside it). All numbers big-endian.
//!
//! ```text
//! magic     8 bytes  "LOTSEBAK"
//! format    u16      this layout's version (2; 1 is still read)
//! schema    u32      the database schema the records were written with
//! created   i64      Unix seconds
//! count     u64      number of records
//! payload   u64      length of the records part in bytes
//! records   format 2: count × [kind u8][key len u32][key][value len u32][value]
//!           format 1: count × [tree name len u16][tree name][key len u32][key][value len u32][value]
//! sha256    32 bytes over everything before it
//! ```
//!
//! Format 1 (written until issue 15) held sled's trees as raw bytes; format 2 holds records by
//! kind, whatever the backend's layout. `decode` returns format-1 files as their raw entries,
//! which `backup` turns into records by kind.

use sha2::{Digest, Sha256};

pub const MAGIC: &[u8; 8] = b"LOTSEBAK";
pub const FORMAT_VERSION: u16 = 2;
const HEADER_LEN: usize = 8 + 2 + 4 + 8 + 8 + 8;
const SUM_LEN: usize = 32;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    pub format: u16,
    pub schema: u32,
    pub created: i64,
    pub count: u64,
}

/// One entry of the file: in format 2 `group` is the record's kind byte, in format 1 the name
/// of the sled tree it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub group: Vec<u8>,
    pub key: Vec<u8>,
    pub value: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    NotABackup,
    NewerFormat(u16),
    Truncated,
    Checksum,
    Damaged(&'static str),
}

/// The whole file in the current format: header, records by kind, checksum.
pub fn encode(schema: u32, created: i64, records: &[crate::store::Record]) -> Vec<u8> {
    let payload: usize = records.iter().map(|r| 1 + 4 + r.key.len() + 4 + r.value.len()).sum();
    let mut out = Vec::with_capacity(HEADER_LEN + payload + SUM_LEN);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_be_bytes());
    out.extend_from_slice(&schema.to_be_bytes());
    out.extend_from_slice(&created.to_be_bytes());
    out.extend_from_slice(&(records.len() as u64).to_be_bytes());
    out.extend_from_slice(&(payload as u64).to_be_bytes());
    for r in records {
        // Keys and values are far below 4 GiB (a record is at most a few MiB; `backup`
        // checks before calling).
        out.push(r.kind.byte());
        out.extend_from_slice(&(r.key.len() as u32).to_be_bytes());
        out.extend_from_slice(&r.key);
        out.extend_from_slice(&(r.value.len() as u32).to_be_bytes());
        out.extend_from_slice(&r.value);
    }
    let sum = Sha256::digest(&out);
    out.extend_from_slice(&sum);
    out
}

/// The SHA-256 at the end of a file written by [`encode`], as hex.
pub fn checksum_hex(file: &[u8]) -> String {
    file[file.len().saturating_sub(SUM_LEN)..].iter().map(|b| format!("{b:02x}")).collect()
}

/// Checks everything before returning anything: magic, format, length, checksum, structure.
pub fn decode(bytes: &[u8]) -> Result<(Header, Vec<Entry>), FormatError> {
    if bytes.len() < MAGIC.len() {
        let cut = !bytes.is_empty() && MAGIC.starts_with(bytes);
        return Err(if cut { FormatError::Truncated } else { FormatError::NotABackup });
    }
    if &bytes[..MAGIC.len()] != MAGIC {
        return Err(FormatError::NotABackup);
    }
    let mut r = Reader { bytes, at: MAGIC.len() };
    let format = r.u16().ok_or(FormatError::Truncated)?;
    if format > FORMAT_VERSION {
        return Err(FormatError::NewerFormat(format));
    }
    if format == 0 {
        return Err(FormatError::Damaged("format 0"));
    }
    let (schema, created, count, payload) = match (r.u32(), r.u64(), r.u64(), r.u64()) {
        (Some(s), Some(c), Some(n), Some(p)) => (s, c as i64, n, p),
        _ => return Err(FormatError::Truncated),
    };
    let expected = usize::try_from(payload).ok().and_then(|p| p.checked_add(HEADER_LEN + SUM_LEN));
    if bytes.len() < HEADER_LEN + SUM_LEN || expected.is_none_or(|e| bytes.len() < e) {
        // A cut-off file; if the length field itself is damaged the checksum says so below.
        let sum_ok = bytes.len() >= HEADER_LEN + SUM_LEN && checksum_ok(bytes);
        return Err(if sum_ok { FormatError::Damaged("length") } else { FormatError::Truncated });
    }
    if !checksum_ok(bytes) {
        return Err(FormatError::Checksum);
    }
    if expected != Some(bytes.len()) {
        return Err(FormatError::Damaged("length"));
    }
    let end = bytes.len() - SUM_LEN;
    let mut records = Vec::new();
    while r.at < end {
        let group = if format == 1 { r.take16() } else { r.take(1) }.ok_or(FormatError::Damaged("record"))?;
        let key = r.take32().ok_or(FormatError::Damaged("record"))?;
        let value = r.take32().ok_or(FormatError::Damaged("record"))?;
        if r.at > end {
            return Err(FormatError::Damaged("record"));
        }
        records.push(Entry { group: group.to_vec(), key: key.to_vec(), value: value.to_vec() });
    }
    if records.len() as u64 != count {
        return Err(FormatError::Damaged("count"));
    }
    Ok((Header { format, schema, created, count }, records))
}

fn checksum_ok(bytes: &[u8]) -> bool {
    let (body, sum) = bytes.split_at(bytes.len() - SUM_LEN);
    Sha256::digest(body).as_slice() == sum
}

/// Bounds-checked reading: every length is checked against what is left.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(n)?;
        let s = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(s)
    }
    fn u16(&mut self) -> Option<u16> {
        self.take(2)?.try_into().ok().map(u16::from_be_bytes)
    }
    fn u32(&mut self) -> Option<u32> {
        self.take(4)?.try_into().ok().map(u32::from_be_bytes)
    }
    fn u64(&mut self) -> Option<u64> {
        self.take(8)?.try_into().ok().map(u64::from_be_bytes)
    }
    fn take16(&mut self) -> Option<&'a [u8]> {
        let n = self.u16()? as usize;
        self.take(n)
    }
    fn take32(&mut self) -> Option<&'a [u8]> {
        let n = self.u32()? as usize;
        self.take(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Kind, Record};

    fn rec(kind: Kind, k: &[u8], v: &[u8]) -> Record {
        Record { kind, key: k.to_vec(), value: v.to_vec() }
    }

    fn sample() -> (Vec<Record>, Vec<u8>) {
        let records = vec![
            rec(Kind::Counter, b"seq/referral", &[0, 0, 0, 0, 0, 0, 0, 1]),
            rec(Kind::Offer, b"A", b"O\x01xyz"),
            rec(Kind::Client, b"", b""),
        ];
        let bytes = encode(1, 1_700_000_000, &records);
        (records, bytes)
    }

    #[test]
    fn round_trips() {
        let (records, bytes) = sample();
        let (h, back) = decode(&bytes).unwrap();
        let as_entries: Vec<Entry> = records
            .iter()
            .map(|r| Entry { group: vec![r.kind.byte()], key: r.key.clone(), value: r.value.clone() })
            .collect();
        assert_eq!(back, as_entries);
        assert_eq!(h, Header { format: 2, schema: 1, created: 1_700_000_000, count: 3 });
        assert_eq!(&bytes[..8], b"LOTSEBAK");
        assert_eq!(checksum_hex(&bytes).len(), 64);
    }

    #[test]
    fn every_single_flipped_bit_is_refused() {
        let (_, bytes) = sample();
        for i in 0..bytes.len() {
            for bit in 0..8 {
                let mut b = bytes.clone();
                b[i] ^= 1 << bit;
                assert!(decode(&b).is_err(), "flip at byte {i} bit {bit} accepted");
            }
        }
    }

    #[test]
    fn cut_files_say_truncated_and_others_are_not_backups() {
        let (_, bytes) = sample();
        for len in 1..bytes.len() {
            assert_eq!(decode(&bytes[..len]), Err(FormatError::Truncated), "cut at {len}");
        }
        assert_eq!(decode(b""), Err(FormatError::NotABackup));
        assert_eq!(decode(b"id;titel\n1;2\n"), Err(FormatError::NotABackup));
        let mut newer = bytes.clone();
        newer[9] = 3;
        assert_eq!(decode(&newer), Err(FormatError::NewerFormat(3)));
        let mut longer = bytes;
        longer.push(0);
        assert_eq!(decode(&longer), Err(FormatError::Checksum));
    }

    #[test]
    fn format_1_files_are_read_as_tree_entries() {
        let bytes =
            std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/backup_release1.lotsebak"))
                .expect("fixture");
        let (h, entries) = decode(&bytes).unwrap();
        assert_eq!(h.format, 1);
        assert_eq!(entries.len() as u64, h.count);
        assert!(entries.iter().any(|e| e.group == b"offers"));
    }
}
