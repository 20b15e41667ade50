//! The server's schema and its ordered migrations. Every start runs [`migrate`] inside one
//! transaction under `pg_advisory_xact_lock`, so that two desks starting at once never run a
//! migration twice; each applied step leaves a row in `schema_migrations` (version, when, by
//! which role). A schema newer than this program is refused with one sentence.
//!
//! Layout (schema 1):
//! - `records`: one row per record of every kind but the counters: `kind` (the record's kind
//!   byte), `key` (exactly the key a backup carries, so byte order is sled's order), `value`
//!   (the `codec` encoding, so that record changes never touch this schema), and the columns
//!   the queries need: `client_id` and `offer_id` of a referral, `follow_up` (day number) of an
//!   open referral with a follow-up date; `revision` counts the saves of the record
//!   (optimistic versioning); `changed` is the change mark of the last write.
//! - `counters`: name → last number handed out (the names of `Seq`).
//! - `change_mark`: one row, raised by every write; `NOTIFY lotse_changes` says so.
//!
//! Schema 2: `drafts`: the open forms of one login (`session_user`) when its Lotse stopped
//! without saving them; not records, not in backups, dropped by an erasure.

use postgres::Transaction;

/// The schema this program writes.
pub const SCHEMA_VERSION: u32 = 2;

/// Advisory lock keys (first half: "Lots"); the second half is the schema's hash, so that
/// two Lotse schemas in one database do not wait for each other.
pub const LOCK_SPACE: i32 = 0x4c6f_7473;
pub const LOCK_MIGRATE: &str = "migrate";
pub const LOCK_WRITE: &str = "write";

/// `MIGRATIONS[i]` brings schema `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    // 1: records, counters, change mark.
    "CREATE TABLE records (
        kind smallint NOT NULL,
        key bytea NOT NULL,
        value bytea NOT NULL,
        client_id bigint,
        offer_id text,
        follow_up integer,
        revision bigint NOT NULL DEFAULT 1,
        changed bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (kind, key)
    );
    CREATE INDEX records_by_client ON records (kind, client_id, key) WHERE client_id IS NOT NULL;
    CREATE INDEX records_by_offer ON records (kind, offer_id, key) WHERE offer_id IS NOT NULL;
    CREATE INDEX records_by_follow_up ON records (follow_up, key) WHERE follow_up IS NOT NULL;
    CREATE INDEX records_by_change ON records (changed);
    CREATE TABLE counters (name text PRIMARY KEY, last bigint NOT NULL);
    CREATE TABLE change_mark (one boolean PRIMARY KEY DEFAULT true CHECK (one), mark bigint NOT NULL);
    INSERT INTO change_mark VALUES (true, 0);",
    // 2: the forms open when a desk's Lotse stopped (issue 16), one row per login: a draft
    // belongs to one counsellor's session, never to the team.
    "CREATE TABLE drafts (
        owner text PRIMARY KEY DEFAULT session_user,
        value bytea NOT NULL,
        saved timestamptz NOT NULL DEFAULT now()
    );",
];

/// Takes the advisory lock `what` for the rest of the transaction.
pub fn lock(tx: &mut Transaction<'_>, what: &str) -> Result<(), postgres::Error> {
    tx.execute("SELECT pg_advisory_xact_lock($1, hashtext(current_schema() || $2))", &[&LOCK_SPACE, &what])?;
    Ok(())
}

/// What [`migrate`] found.
pub enum Outcome {
    Current,
    /// The schema recorded is newer than this program's.
    Newer(u32),
}

/// Applies every migration the database lacks, in order, in one transaction.
pub fn migrate(client: &mut postgres::Client) -> Result<Outcome, postgres::Error> {
    let mut tx = client.transaction()?;
    lock(&mut tx, LOCK_MIGRATE)?;
    tx.batch_execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
            version integer PRIMARY KEY,
            applied_at timestamptz NOT NULL DEFAULT now(),
            applied_by text NOT NULL DEFAULT current_user
        )",
    )?;
    let found: i32 = tx.query_one("SELECT coalesce(max(version), 0) FROM schema_migrations", &[])?.get(0);
    let found = found.max(0) as u32;
    if found > SCHEMA_VERSION {
        return Ok(Outcome::Newer(found));
    }
    for (i, step) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        tx.batch_execute(step)?;
        tx.execute("INSERT INTO schema_migrations (version) VALUES ($1)", &[&(i as i32 + 1)])?;
    }
    tx.commit()?;
    Ok(Outcome::Current)
}

/// The schema version recorded (`None` before the first start).
pub fn version(client: &mut postgres::Client) -> Result<Option<u32>, postgres::Error> {
    let v: Option<i32> = client.query_one("SELECT max(version) FROM schema_migrations", &[])?.get(0);
    Ok(v.map(|v| v.max(0) as u32))
}

#[cfg(test)]
mod tests {
    #[test]
    fn one_migration_per_schema_version() {
        assert_eq!(super::MIGRATIONS.len() as u32, super::SCHEMA_VERSION);
    }
}
