//! How events are stored compactly: a 600,000-event course must fit in
//! well under 100 MB.
//!
//! - An id that is a UUID as Stegvis writes it (lowercase, hyphenated) is
//!   stored as its 16 bytes; any other id is stored as text, unchanged.
//! - The texts that repeat on every event (the PC, participant, lesson,
//!   kind and course) are stored once in the `name` table and referred to
//!   by its number `n`.

use rusqlite::types::{FromSqlError, ToSqlOutput, ValueRef};
use rusqlite::{Connection, OptionalExtension, ToSql, params};
use rustc_hash::FxHashMap;
use uuid::Uuid;

/// An id as stored: 16 bytes for a canonical UUID, else the text.
pub(super) enum SqlId<'a> {
    /// A UUID written the way Stegvis writes them.
    Uuid([u8; 16]),
    /// Anything else, kept as it is.
    Text(&'a str),
}

impl<'a> SqlId<'a> {
    /// How `id` is stored.
    pub fn new(id: &'a str) -> SqlId<'a> {
        match Uuid::try_parse(id) {
            Ok(uuid) if is_canonical(&uuid, id) => SqlId::Uuid(uuid.into_bytes()),
            _ => SqlId::Text(id),
        }
    }
}

impl ToSql for SqlId<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::Borrowed(match self {
            SqlId::Uuid(bytes) => ValueRef::Blob(bytes),
            SqlId::Text(text) => ValueRef::Text(text.as_bytes()),
        }))
    }
}

/// Whether `text` is exactly how `uuid` is written, so storing the bytes
/// gives the same text back.
fn is_canonical(uuid: &Uuid, text: &str) -> bool {
    let mut buffer = Uuid::encode_buffer();
    uuid.hyphenated().encode_lower(&mut buffer) == text
}

/// Whether `text` is a UUID written the way Stegvis writes ids (lowercase,
/// hyphenated), not merely one of the other spellings that mean the same.
pub(super) fn is_canonical_id(text: &str) -> bool {
    Uuid::try_parse(text).is_ok_and(|uuid| is_canonical(&uuid, text))
}

/// A stored id as a UUID, if it is one.
pub(super) fn uuid_from_sql(value: ValueRef<'_>) -> Option<Uuid> {
    match value {
        ValueRef::Blob(bytes) => Uuid::from_slice(bytes).ok(),
        ValueRef::Text(text) => std::str::from_utf8(text)
            .ok()
            .and_then(|t| Uuid::try_parse(t).ok()),
        _ => None,
    }
}

/// A stored id as the text it was given as.
pub(super) fn id_from_sql(value: ValueRef<'_>) -> rusqlite::Result<String> {
    match value {
        ValueRef::Blob(bytes) => Uuid::from_slice(bytes)
            .map(|u| {
                u.hyphenated()
                    .encode_lower(&mut Uuid::encode_buffer())
                    .to_owned()
            })
            .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, value.data_type(), e.into())),
        ValueRef::Text(text) => String::from_utf8(text.to_vec())
            .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, value.data_type(), e.into())),
        _ => Err(rusqlite::Error::FromSqlConversionFailure(
            0,
            value.data_type(),
            Box::new(FromSqlError::InvalidType),
        )),
    }
}

/// An optional stored id as text.
pub(super) fn opt_id_from_sql(value: ValueRef<'_>) -> rusqlite::Result<Option<String>> {
    match value {
        ValueRef::Null => Ok(None),
        other => id_from_sql(other).map(Some),
    }
}

/// Values by name number: a vector for the small numbers SQLite hands out,
/// a map for any others (a damaged database cannot make it allocate much).
#[derive(Debug)]
pub(super) struct ByNumber<T> {
    dense: Vec<Option<T>>,
    sparse: FxHashMap<i64, T>,
}

/// Numbers below this are kept in the vector.
const DENSE_LIMIT: usize = 1 << 20;

impl<T> Default for ByNumber<T> {
    fn default() -> Self {
        ByNumber {
            dense: Vec::new(),
            sparse: FxHashMap::default(),
        }
    }
}

impl<T: Clone> ByNumber<T> {
    /// Sets the value of `n`.
    pub fn insert(&mut self, n: i64, value: T) {
        match usize::try_from(n) {
            Ok(i) if i < DENSE_LIMIT => {
                if i >= self.dense.len() {
                    self.dense.resize(i + 1, None);
                }
                self.dense[i] = Some(value);
            }
            _ => {
                self.sparse.insert(n, value);
            }
        }
    }

    /// The value of `n`, if set.
    pub fn get(&self, n: i64) -> Option<&T> {
        match usize::try_from(n) {
            Ok(i) if i < DENSE_LIMIT => self.dense.get(i).and_then(Option::as_ref),
            _ => self.sparse.get(&n),
        }
    }
}

/// The `name` table read into memory: text by number.
#[derive(Debug, Default)]
pub(super) struct Names {
    by_n: ByNumber<String>,
    /// Every number, in order.
    numbers: Vec<i64>,
}

impl Names {
    /// Reads every name.
    pub fn load(conn: &Connection) -> rusqlite::Result<Names> {
        let mut stmt = conn.prepare_cached("SELECT n, text FROM name ORDER BY n")?;
        let mut names = Names::default();
        let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
        for row in rows {
            let (n, text) = row?;
            names.by_n.insert(n, text);
            names.numbers.push(n);
        }
        Ok(names)
    }

    /// The text numbered `n`.
    pub fn get(&self, n: i64) -> Option<&str> {
        self.by_n.get(n).map(String::as_str)
    }

    /// Every (number, text), by number.
    pub fn iter(&self) -> impl Iterator<Item = (i64, &str)> {
        self.numbers.iter().filter_map(|&n| Some((n, self.get(n)?)))
    }
}

/// The number of `text`, if it has one.
pub(super) fn find(conn: &Connection, text: &str) -> rusqlite::Result<Option<i64>> {
    conn.prepare_cached("SELECT n FROM name WHERE text = ?1")?
        .query_row(params![text], |r| r.get(0))
        .optional()
}

/// The number of `text`, giving it one if it has none.
pub(super) fn number(conn: &Connection, text: &str) -> rusqlite::Result<i64> {
    if let Some(n) = find(conn, text)? {
        return Ok(n);
    }
    conn.prepare_cached("INSERT INTO name (text) VALUES (?1)")?
        .execute(params![text])?;
    Ok(conn.last_insert_rowid())
}

/// A query for the numbers of the names that `subquery` selects.
pub(super) fn numbers_query(subquery: &str) -> String {
    format!("SELECT n FROM name WHERE text IN ({subquery})")
}

/// [`numbers_query`] in parentheses, for `column IN …`, e.g.
/// `participant IN (SELECT n FROM name WHERE text IN (SELECT id FROM tombstone))`.
pub(super) fn numbers_of(subquery: &str) -> String {
    format!("({})", numbers_query(subquery))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_whatever_they_look_like() {
        let conn = Connection::open_in_memory().expect("db");
        conn.execute_batch("CREATE TABLE t (id BLOB)")
            .expect("table");
        let uuid = Uuid::new_v4().to_string();
        for id in [uuid.as_str(), &uuid.to_uppercase(), "e1", "", "{x}"] {
            conn.execute("DELETE FROM t", []).expect("clear");
            conn.execute("INSERT INTO t VALUES (?1)", params![SqlId::new(id)])
                .expect("insert");
            let (back, kind): (String, String) = conn
                .query_row("SELECT id, typeof(id) FROM t", [], |r| {
                    Ok((id_from_sql(r.get_ref(0)?)?, r.get(1)?))
                })
                .expect("read");
            assert_eq!(back, id);
            assert_eq!(kind == "blob", id == uuid, "{id} stored as {kind}");
        }
    }

    #[test]
    fn names_are_numbered_once() {
        let conn = Connection::open_in_memory().expect("db");
        conn.execute_batch("CREATE TABLE name (n INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE)")
            .expect("table");
        let a = number(&conn, "lesson-started").expect("a");
        let b = number(&conn, "pc").expect("b");
        assert_ne!(a, b);
        assert_eq!(number(&conn, "lesson-started").expect("again"), a);
        let names = Names::load(&conn).expect("load");
        assert_eq!(names.get(b), Some("pc"));
        assert_eq!(names.get(99), None);
        assert_eq!(names.iter().count(), 2);
        let mut far = ByNumber::default();
        far.insert(i64::MAX, "far");
        far.insert(-1, "negative");
        far.insert(3, "near");
        assert_eq!(far.get(i64::MAX), Some(&"far"));
        assert_eq!(far.get(-1), Some(&"negative"));
        assert_eq!(far.get(3), Some(&"near"));
        assert_eq!(far.get(4), None);
    }
}
