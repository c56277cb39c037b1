//! The tutor code: chosen at first use, stored only as a salted Argon2 hash.
//!
//! A wrong code is simply refused; there is no lockout, so a forgotten or
//! mistyped code can never stop a course session.

use super::{Store, StoreError};
use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use rusqlite::params;

/// The shortest tutor code accepted.
pub const MIN_CODE_CHARS: usize = 4;

/// Hashes a code with a fresh random salt (PHC string format).
pub fn hash_code(code: &str) -> Option<String> {
    // 16 bytes from the system's random source (a UUID v4 is 122 random bits).
    let salt = SaltString::encode_b64(uuid::Uuid::new_v4().as_bytes()).ok()?;
    Argon2::default()
        .hash_password(code.as_bytes(), &salt)
        .ok()
        .map(|h| h.to_string())
}

/// Whether `code` matches a stored PHC hash.
pub fn code_matches(code: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(code.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

impl Store {
    /// Whether a tutor code has been chosen on this data folder.
    pub fn has_tutor_code(&self) -> Result<bool, StoreError> {
        Ok(self.tutor_code_hash()?.is_some())
    }

    fn tutor_code_hash(&self) -> Result<Option<String>, StoreError> {
        self.meta("tutor_code")
    }

    /// Sets (or changes) the tutor code. Only its salted hash is stored.
    pub fn set_tutor_code(&mut self, code: &str) -> Result<(), StoreError> {
        let hash = hash_code(code)
            .ok_or_else(|| StoreError::Io(std::io::Error::other("the code could not be hashed")))?;
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES ('tutor_code', ?1)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![hash],
        )?;
        Ok(())
    }

    /// Whether `code` is the tutor code. False when none is set.
    pub fn check_tutor_code(&self, code: &str) -> Result<bool, StoreError> {
        Ok(self
            .tutor_code_hash()?
            .is_some_and(|hash| code_matches(code, &hash)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_is_stored_only_as_a_salted_hash() {
        let dir = tempfile::tempdir().expect("tempdir");
        {
            let mut store = Store::open(dir.path()).expect("open").store;
            assert!(!store.has_tutor_code().expect("read"));
            assert!(!store.check_tutor_code("1234").expect("check"));
            store.set_tutor_code("4711").expect("set");
            assert!(store.check_tutor_code("4711").expect("check"));
            assert!(!store.check_tutor_code("4712").expect("check"));
        }
        let bytes = std::fs::read(dir.path().join(super::super::FILE_NAME)).expect("read db");
        let wal = std::fs::read(dir.path().join("progress.db-wal")).unwrap_or_default();
        for haystack in [&bytes, &wal] {
            assert!(
                !haystack.windows(4).any(|w| w == b"4711"),
                "the plain code must never be written"
            );
        }
        let store = Store::open(dir.path()).expect("reopen").store;
        assert!(store.check_tutor_code("4711").expect("check after reopen"));
    }

    #[test]
    fn the_same_code_hashes_differently_each_time() {
        let a = hash_code("4711").expect("hash");
        let b = hash_code("4711").expect("hash");
        assert_ne!(a, b, "a fresh salt each time");
        assert!(code_matches("4711", &a) && code_matches("4711", &b));
        assert!(!code_matches("4711", "not a hash"));
    }
}
