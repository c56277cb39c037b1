//! The tutor code: chosen at first use, stored only as a salted Argon2 hash.
//!
//! A wrong code is simply refused; there is no lockout, so a forgotten or
//! mistyped code can never stop a course session.

use super::{Store, StoreError};
use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use rusqlite::params;

/// The `meta` key of the tutor code's hash.
pub(super) const CODE_KEY: &str = "tutor_code";
/// The `meta` key of when the tutor code was chosen (ms since 1970), so the
/// latest choice wins when stores merge.
pub(super) const CODE_TIME_KEY: &str = "tutor_code_ms";

/// Keeps `hash` as the tutor code, chosen at `at_ms`.
pub(super) fn write_code(
    conn: &rusqlite::Connection,
    hash: &str,
    at_ms: i64,
) -> Result<(), StoreError> {
    let mut upsert = conn.prepare_cached(
        "INSERT INTO meta (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )?;
    upsert.execute(params![CODE_KEY, hash])?;
    upsert.execute(params![CODE_TIME_KEY, at_ms.to_string()])?;
    Ok(())
}

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

/// The most memory (KiB), passes and lanes a stored hash may ask for:
/// checking a code against a hash from a file must not take gigabytes or
/// minutes (the default is 19 MiB, 2 passes, 1 lane).
const MAX_MEMORY_KIB: u32 = 256 * 1024;
const MAX_PASSES: u32 = 16;
const MAX_LANES: u32 = 8;

/// Whether `hash` is an Argon2 hash in PHC string format (`$argon2id$…`),
/// as [`hash_code`] makes and a machine configuration may preset, with
/// costs that a library PC can check in a moment.
pub fn is_argon2_hash(hash: &str) -> bool {
    hash.len() <= 256
        && PasswordHash::new(hash).is_ok_and(|parsed| {
            let within = |key: &str, max: u32| {
                parsed
                    .params
                    .get_decimal(key)
                    .is_none_or(|value| value <= max)
            };
            ["argon2id", "argon2i", "argon2d"].contains(&parsed.algorithm.as_str())
                && parsed.salt.is_some()
                && parsed.hash.is_some()
                && within("m", MAX_MEMORY_KIB)
                && within("t", MAX_PASSES)
                && within("p", MAX_LANES)
        })
}

impl Store {
    /// Whether a tutor code applies: chosen on this data folder, or preset
    /// by the machine configuration.
    pub fn has_tutor_code(&self) -> Result<bool, StoreError> {
        Ok(self.tutor_code_hash()?.is_some())
    }

    /// Presets the tutor code's hash (from the machine configuration). A
    /// code chosen on this data folder wins over it.
    pub fn preset_tutor_code(&mut self, hash: Option<String>) {
        self.preset_code = hash;
    }

    fn tutor_code_hash(&self) -> Result<Option<String>, StoreError> {
        Ok(self.meta(CODE_KEY)?.or_else(|| self.preset_code.clone()))
    }

    /// Sets (or changes) the tutor code. Only its salted hash is stored.
    pub fn set_tutor_code(&mut self, code: &str) -> Result<(), StoreError> {
        let hash = hash_code(code)
            .ok_or_else(|| StoreError::Io(std::io::Error::other("the code could not be hashed")))?;
        // Later than any code already here, even with a clock behind.
        let after = self
            .meta(CODE_TIME_KEY)?
            .and_then(|ms| ms.parse::<i64>().ok())
            .map_or(0, |ms| ms.saturating_add(1));
        write_code(&self.conn, &hash, super::now_ms().max(after))
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
    fn a_preset_hash_applies_until_a_code_is_chosen_here() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut store = Store::open(dir.path()).expect("open").store;
        let preset = hash_code("preset-1").expect("hash");
        assert!(is_argon2_hash(&preset));
        store.preset_tutor_code(Some(preset));
        assert!(store.has_tutor_code().expect("read"));
        assert!(store.check_tutor_code("preset-1").expect("check"));
        store.set_tutor_code("own-2").expect("set");
        assert!(store.check_tutor_code("own-2").expect("check"));
        assert!(!store.check_tutor_code("preset-1").expect("check"));
    }

    #[test]
    fn the_code_travels_as_its_hash_and_the_latest_choice_wins() {
        let mut a = Store::in_memory().expect("a");
        let mut b = Store::in_memory().expect("b");
        a.set_tutor_code("4711").expect("set");
        let content = a.content().expect("content");
        let json = serde_json::to_string(&content).expect("json");
        assert!(
            json.contains("$argon2id$") && !json.contains("4711"),
            "{json}"
        );
        b.merge_content(&content).expect("merge");
        assert!(
            b.check_tutor_code("4711").expect("check"),
            "B learned A's code"
        );
        b.set_tutor_code("9999").expect("B chooses anew");
        a.merge_content(&b.content().expect("content"))
            .expect("merge back");
        assert!(
            a.check_tutor_code("9999").expect("check"),
            "the later choice wins"
        );
        assert!(!a.check_tutor_code("4711").expect("check"));
        a.merge_content(&content).expect("the old file again");
        assert!(
            a.check_tutor_code("9999").expect("check"),
            "an older code never wins"
        );
        let mut forged = content.clone();
        if let Some(code) = forged.tutor_code.as_mut() {
            code.hash = "4711".into();
        }
        assert!(
            b.merge_content(&forged).is_err(),
            "only a real hash is taken"
        );
    }

    #[test]
    fn only_argon2_phc_strings_count_as_hashes() {
        assert!(!is_argon2_hash("4711"));
        assert!(!is_argon2_hash("$argon2id$v=19$m=19456,t=2,p=1"));
        assert!(!is_argon2_hash(
            "$pbkdf2-sha256$i=1000$c2FsdHNhbHQ$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
        ));
    }

    #[test]
    fn a_hash_that_would_take_gigabytes_to_check_is_refused() {
        let with = |params: &str| {
            format!(
                "$argon2id$v=19${params}$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g"
            )
        };
        assert!(
            is_argon2_hash(&with("m=19456,t=2,p=1")),
            "the default costs"
        );
        assert!(
            is_argon2_hash(&with("m=262144,t=16,p=8")),
            "the most allowed"
        );
        assert!(!is_argon2_hash(&with("m=4194304,t=2,p=1")), "4 GiB");
        assert!(
            !is_argon2_hash(&with("m=19456,t=100000,p=1")),
            "endless passes"
        );
        assert!(!is_argon2_hash(&with("m=19456,t=2,p=64")), "many lanes");
        assert!(!is_argon2_hash(&format!(
            "{}{}",
            with("m=19456,t=2,p=1"),
            "A".repeat(300)
        )));
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
