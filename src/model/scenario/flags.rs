//! Flags: things the senior has done in a round ("replied", "deleted the
//! fake bank mail") that the screens remember. A control sets or clears
//! flags; a part can be shown only while a flag is set (`if`) or not set
//! (`unless`); a scenario's goal can need flags (`done-when`).

/// Most flags a scenario can have (they are kept as bits).
pub const MAX_FLAGS: usize = 64;

/// A set of flags, as bits indexed like [`super::Scenario::flags`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Flags(u64);

impl Flags {
    /// No flag.
    pub const NONE: Flags = Flags(0);

    /// The set holding only flag `index` (none if it is out of range).
    pub fn one(index: usize) -> Flags {
        match u32::try_from(index).ok().and_then(|i| 1u64.checked_shl(i)) {
            Some(bit) => Flags(bit),
            None => Flags::NONE,
        }
    }

    /// Whether no flag is in the set.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Whether flag `index` is in the set.
    pub fn contains(self, index: usize) -> bool {
        !Flags::one(index).is_empty() && self.0 & Flags::one(index).0 != 0
    }

    /// Whether every flag of `other` is in the set.
    pub fn has_all(self, other: Flags) -> bool {
        self.0 & other.0 == other.0
    }

    /// How many flags are in the set.
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// How many flags of `other` are in the set.
    pub fn count_of(self, other: Flags) -> usize {
        (self.0 & other.0).count_ones() as usize
    }

    /// Whether no flag of `other` is in the set.
    pub fn has_none(self, other: Flags) -> bool {
        self.0 & other.0 == 0
    }

    /// Both sets together.
    pub fn union(self, other: Flags) -> Flags {
        Flags(self.0 | other.0)
    }

    /// This set after clearing `clear`, then setting `set`.
    pub fn apply(self, set: Flags, clear: Flags) -> Flags {
        Flags((self.0 & !clear.0) | set.0)
    }

    /// The indices in the set, in order.
    pub fn indices(self) -> impl Iterator<Item = usize> {
        (0..MAX_FLAGS).filter(move |i| self.contains(*i))
    }
}

/// When a part is on show: all of `set` set and none of `unset`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct When {
    /// Flags that must be set (`if`).
    pub set: Flags,
    /// Flags that must not be set (`unless`).
    pub unset: Flags,
}

impl When {
    /// Whether the part is on show with `flags`.
    pub fn holds(self, flags: Flags) -> bool {
        flags.has_all(self.set) && flags.has_none(self.unset)
    }

    /// Whether the part is always on show.
    pub fn always(self) -> bool {
        self.set.is_empty() && self.unset.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_clear_and_test() {
        let a = Flags::one(0);
        let b = Flags::one(3);
        let both = a.union(b);
        assert!(both.contains(3) && both.contains(0) && !both.contains(1));
        assert!(both.has_all(a) && !a.has_all(both));
        assert_eq!(both.apply(Flags::NONE, a), b);
        assert_eq!(Flags::NONE.apply(a, a), a, "set wins over clear");
        assert_eq!(both.indices().collect::<Vec<_>>(), [0, 3]);
        assert!(Flags::one(MAX_FLAGS).is_empty(), "out of range is no flag");
        assert!(!Flags::NONE.contains(MAX_FLAGS));
    }

    #[test]
    fn when_needs_set_and_unset() {
        let when = When {
            set: Flags::one(1),
            unset: Flags::one(2),
        };
        assert!(when.holds(Flags::one(1)));
        assert!(!when.holds(Flags::one(1).union(Flags::one(2))));
        assert!(!when.holds(Flags::NONE));
        assert!(When::default().always() && When::default().holds(Flags::NONE));
    }
}
