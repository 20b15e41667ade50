//! Reaching the server: the address (`postgres://user@host:port/db`), the password (never in
//! the address: `PGPASSWORD`, the `~/.pgpass` file as libpq reads it, or a prompt on the
//! terminal), TLS when the server offers it (the system's TLS library, `native-tls`; `sslmode`
//! in the address as libpq knows it), and what a server error means for the user.

use crate::store::StoreError;
use postgres::config::Host;

/// Whether `location` names a PostgreSQL server rather than a directory.
pub fn is_server_address(location: &str) -> bool {
    location.starts_with("postgres://") || location.starts_with("postgresql://")
}

/// `address` with any password between `://` and `@` replaced by `***`, for messages about
/// an address that did not even parse.
pub fn redact(address: &str) -> String {
    let Some(scheme_end) = address.find("://").map(|i| i + 3) else { return address.to_string() };
    let rest = &address[scheme_end..];
    let auth_end = rest.find('/').unwrap_or(rest.len());
    let Some(at) = rest[..auth_end].rfind('@') else { return address.to_string() };
    match rest[..at].find(':') {
        Some(colon) => format!("{}{}:***{}", &address[..scheme_end], &rest[..colon], &rest[at..]),
        None => address.to_string(),
    }
}

/// The address as the header and messages show it: user, host, port and database, never a
/// password (built from the parsed settings, not from the text typed).
pub fn shown(config: &postgres::Config) -> String {
    let host = match config.get_hosts().first() {
        Some(Host::Tcp(h)) => h.clone(),
        #[cfg(unix)]
        Some(Host::Unix(p)) => p.display().to_string(),
        None => "localhost".into(),
    };
    let port = config.get_ports().first().copied().unwrap_or(5432);
    let user = config.get_user().map(|u| format!("{u}@")).unwrap_or_default();
    let db = config.get_dbname().unwrap_or_default();
    format!("postgres://{user}{host}:{port}/{db}")
}

/// Parses the address; a password in it is refused (it would be on the command line or in
/// the environment of every process, and in the shell's history).
pub fn parse(address: &str) -> Result<postgres::Config, StoreError> {
    let config: postgres::Config =
        address.parse().map_err(|_| StoreError::BadAddress { at: redact(address) })?;
    if config.get_password().is_some() {
        return Err(StoreError::PasswordInAddress { at: shown(&config) });
    }
    Ok(config)
}

/// The password from `PGPASSWORD` or the password file, as libpq finds it.
pub fn stored_password(config: &postgres::Config) -> Option<String> {
    if let Some(pw) = std::env::var_os("PGPASSWORD").and_then(|p| p.into_string().ok()) {
        return Some(pw);
    }
    let file = match std::env::var_os("PGPASSFILE") {
        Some(f) => std::path::PathBuf::from(f),
        None => directories::BaseDirs::new()?.home_dir().join(".pgpass"),
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // libpq ignores a password file others can read; so does Lotse.
        if std::fs::metadata(&file).ok()?.permissions().mode() & 0o077 != 0 {
            return None;
        }
    }
    let text = std::fs::read_to_string(&file).ok()?;
    let host = match config.get_hosts().first() {
        Some(Host::Tcp(h)) => h.clone(),
        #[cfg(unix)]
        Some(Host::Unix(_)) => "localhost".into(),
        None => "localhost".into(),
    };
    let port = config.get_ports().first().copied().unwrap_or(5432).to_string();
    let user = config.get_user().unwrap_or_default().to_string();
    let db = config.get_dbname().unwrap_or(&user).to_string();
    pgpass_lookup(&text, [&host, &port, &db, &user])
}

/// The password of the first line of a `.pgpass` text matching host, port, database, user
/// (`*` matches anything; `\:` and `\\` are escapes).
pub fn pgpass_lookup(text: &str, want: [&str; 4]) -> Option<String> {
    for line in text.lines() {
        if line.trim_start().starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut fields = Vec::new();
        let mut cur = String::new();
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => cur.extend(chars.next()),
                ':' if fields.len() < 4 => fields.push(std::mem::take(&mut cur)),
                c => cur.push(c),
            }
        }
        fields.push(cur);
        if fields.len() == 5 && fields[..4].iter().zip(want).all(|(f, w)| f == "*" || f == w) {
            return fields.pop();
        }
    }
    None
}

/// Asks for the password on the terminal, without echo, when there is one.
pub fn prompt_password(shown: &str) -> Option<String> {
    use std::io::IsTerminal;
    if !std::io::stdin().is_terminal() {
        return None;
    }
    rpassword::prompt_password(format!("Passwort für {shown} / password: ")).ok()
}

/// TLS through the system's library; with the default `sslmode=prefer` it is used whenever
/// the server offers it.
pub fn tls() -> Result<postgres_native_tls::MakeTlsConnector, StoreError> {
    let connector = native_tls::TlsConnector::builder()
        .build()
        .map_err(|e| StoreError::Other { at: "TLS".into(), reason: e.to_string() })?;
    Ok(postgres_native_tls::MakeTlsConnector::new(connector))
}

/// What a server error means for the user. `at` is the shown address. Never the error's
/// detail (it can carry values of a row).
pub fn error(at: &str, e: &postgres::Error) -> StoreError {
    let at = at.to_string();
    if let Some(db) = e.as_db_error() {
        let code = db.code().code();
        return match code {
            "28P01" | "28000" => StoreError::LoginFailed { at },
            "42501" => StoreError::PermissionDenied { at },
            "53100" => StoreError::DiskFull { at },
            "3D000" => StoreError::NoDatabase { at },
            // The server shuts down or was restarted: as unreachable, Lotse reconnects.
            "57P01" | "57P02" | "57P03" => StoreError::Unreachable { at },
            _ => StoreError::Other { at, reason: format!("{code}: {}", db.message()) },
        };
    }
    let text = e.to_string();
    if text.contains("password missing") {
        return StoreError::LoginFailed { at };
    }
    StoreError::Unreachable { at }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_never_reaches_a_message() {
        assert_eq!(
            redact("postgres://mk:geheim@db.example:5432/lotse"),
            "postgres://mk:***@db.example:5432/lotse"
        );
        assert_eq!(redact("postgres://mk@db/lotse"), "postgres://mk@db/lotse");
        let e = parse("postgresql://mk:geheim@db.example/lotse").unwrap_err();
        for lang in [crate::i18n::Lang::De, crate::i18n::Lang::En] {
            let m = e.message(lang);
            assert!(!m.contains("geheim") && m.contains("db.example"), "{m}");
        }
        let bad = parse("postgres://mk:geheim@[db/x").unwrap_err();
        assert!(!format!("{bad:?} {}", bad.message(crate::i18n::Lang::De)).contains("geheim"));
        let ok = parse("postgres://mk@db.example:6543/lotse").unwrap();
        assert_eq!(shown(&ok), "postgres://mk@db.example:6543/lotse");
    }

    #[test]
    fn pgpass_lines_match_like_libpq() {
        let text = "# comment\nother:5432:*:mk:no\ndb:5432:lotse:mk:pa\\:ss\n*:*:*:*:any\n";
        assert_eq!(pgpass_lookup(text, ["db", "5432", "lotse", "mk"]).as_deref(), Some("pa:ss"));
        assert_eq!(pgpass_lookup(text, ["x", "1", "y", "z"]).as_deref(), Some("any"));
        assert_eq!(pgpass_lookup("db:5432:lotse:mk:pw", ["db", "5433", "lotse", "mk"]), None);
    }

    #[test]
    fn addresses_are_told_from_directories() {
        assert!(is_server_address("postgres://x/y") && is_server_address("postgresql://x/y"));
        assert!(!is_server_address("/home/mk/lotse") && !is_server_address("postgres"));
    }
}
