//! The forms open when Lotse stopped without saving them (issue 16), in their own tree: one
//! value under `open`, replaced whenever the open forms change and removed when none is left.
//! Written outside the record transaction (a draft never touches a record) and made durable
//! like every write. The database directory is owner-only, so the draft is too; it is never
//! written anywhere else (no log, no temporary file).

use super::Open;
use crate::store::{Drafts, Result, codec};

const KEY: &[u8] = b"open";

impl Open {
    pub(super) fn drafts(&self) -> Result<Option<Drafts>> {
        self.decode_one(&self.drafts, KEY, "drafts")
    }

    pub(super) fn put_drafts(&self, drafts: Option<&Drafts>) -> Result<()> {
        match drafts {
            Some(d) => {
                let bytes = codec::encode(d).map_err(|e| self.corrupt("drafts/open".into(), e))?;
                self.drafts.insert(KEY, bytes).map_err(|e| self.sled_err(e))?;
            }
            None => {
                if self.drafts.remove(KEY).map_err(|e| self.sled_err(e))?.is_none() {
                    return Ok(());
                }
            }
        }
        self.commit()
    }
}

#[cfg(test)]
mod tests {
    use crate::store::{Draft, DraftField, DraftForm, DraftValue, Drafts, SledStore, Store};

    #[test]
    fn drafts_are_kept_across_a_reopen_cleared_and_never_in_a_backup() {
        let dir = tempfile::tempdir().expect("tempdir");
        let drafts = Drafts {
            saved: "04.12.2026 09:30".into(),
            items: vec![Draft {
                form: DraftForm::Intake,
                target: String::new(),
                focus: "Pseudonym".into(),
                fields: vec![DraftField {
                    key: "Pseudonym".into(),
                    value: DraftValue::Text("Kornblume".into()),
                }],
            }],
        };
        {
            let store = SledStore::open(dir.path()).expect("open");
            assert_eq!(store.drafts().expect("read"), None);
            store.put_drafts(Some(&drafts)).expect("keep");
            assert!(store.export_records().expect("export").is_empty(), "a draft is no record of a backup");
        }
        let store = SledStore::open(dir.path()).expect("reopen");
        assert_eq!(store.drafts().expect("read"), Some(drafts));
        store.put_drafts(None).expect("clear");
        store.put_drafts(None).expect("clearing twice is fine");
        assert_eq!(store.drafts().expect("read"), None);
    }
}
