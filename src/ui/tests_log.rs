//! Snapshots of the referral log, the referral form and the client view on a `TestBackend`.
