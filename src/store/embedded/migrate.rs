//! The schema version kept in the database and the ordered migrations that bring an older
//! database up to date. A migration never runs twice: the version is bumped and committed
//! after each one.

use super::{Open, Result, StoreError};

/// The schema this program writes.
pub const SCHEMA_VERSION: u32 = 1;

/// `MIGRATIONS[i]` migrates schema `i + 1` to `i + 2`. Empty while only schema 1 exists.
type Migration = fn(&Open) -> Result<()>;
const MIGRATIONS: &[Migration] = &[];

const KEY: &str = "schema";

pub(super) fn run(store: &Open) -> Result<()> {
    let err = |e| StoreError::from_sled(&store.path, e);
    let found = match store.meta.get(KEY).map_err(err)? {
        Some(v) => u32::from_be_bytes(v.as_ref().try_into().map_err(|_| StoreError::Corrupt {
            at: store.location(),
            what: "meta/schema".into(),
            reason: format!("{} bytes", v.len()),
        })?),
        // A new database starts at the current schema.
        None => {
            set(store, SCHEMA_VERSION)?;
            return Ok(());
        }
    };
    if found > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema { at: store.location(), found });
    }
    for version in found..SCHEMA_VERSION {
        let step = MIGRATIONS.get(version as usize - 1).ok_or_else(|| StoreError::Other {
            at: store.location(),
            reason: format!("no migration from schema {version}"),
        })?;
        step(store)?;
        set(store, version + 1)?;
    }
    Ok(())
}

pub(crate) fn version(store: &Open) -> Result<Option<u32>> {
    let v = store.meta.get(KEY).map_err(|e| StoreError::from_sled(&store.path, e))?;
    Ok(v.and_then(|v| v.as_ref().try_into().ok().map(u32::from_be_bytes)))
}

pub(super) fn set(store: &Open, version: u32) -> Result<()> {
    store.meta.insert(KEY, &version.to_be_bytes()).map_err(|e| StoreError::from_sled(&store.path, e))?;
    store.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_cover_every_older_schema() {
        assert_eq!(MIGRATIONS.len() as u32, SCHEMA_VERSION - 1);
    }
}
