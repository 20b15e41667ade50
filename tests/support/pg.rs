//! The test server for the team backend's tests (`LOTSE_TEST_PG`, started by
//! `.ci/pg-cluster`): its address, and a fresh schema per test, dropped afterwards.

#![allow(dead_code)]

/// The server's address; `None` (the tests skip) on a desk without one, a failure under CI.
pub fn server(what: &str) -> Option<String> {
    match std::env::var("LOTSE_TEST_PG") {
        Ok(a) if !a.is_empty() => Some(a),
        _ => {
            assert!(std::env::var_os("CI").is_none(), "CI is set but LOTSE_TEST_PG is not (.ci/pg-cluster)");
            eprintln!("LOTSE_TEST_PG not set: {what} skipped (eval \"$(.ci/pg-cluster start)\")");
            None
        }
    }
}

/// A fresh schema on the test server, dropped when the guard goes; `address` reaches it.
pub struct Schema {
    admin: postgres::Client,
    pub name: String,
    pub address: String,
}

impl Schema {
    /// `prefix` keeps the schemas of different test files apart, `tag` those of one file.
    pub fn new(base: &str, prefix: char, tag: &str) -> Schema {
        let mut config: postgres::Config = base.parse().expect("LOTSE_TEST_PG parses");
        if let Ok(pw) = std::env::var("PGPASSWORD") {
            config.password(pw);
        }
        let mut admin = config.connect(postgres::NoTls).expect("connect to LOTSE_TEST_PG");
        let name = format!("{prefix}{}_{tag}", std::process::id());
        admin
            .batch_execute(&format!("DROP SCHEMA IF EXISTS {name} CASCADE; CREATE SCHEMA {name}"))
            .expect("a fresh schema");
        let sep = if base.contains('?') { '&' } else { '?' };
        let address = format!("{base}{sep}options=-csearch_path%3D{name}");
        Schema { admin, name, address }
    }
}

impl Drop for Schema {
    fn drop(&mut self) {
        let _ = self.admin.batch_execute(&format!("DROP SCHEMA {} CASCADE", self.name));
    }
}
