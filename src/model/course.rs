//! Courses, their sessions, participants and the rules for names.
//!
//! A participant is stored with the least that lets a tutor and the senior
//! recognise them: a first name and an initial, or a nickname. Anything that
//! looks like a personal identity number, phone number or email address is
//! refused.

use time::Date;

/// The number of sessions a new course gets unless the tutor changes it.
pub const DEFAULT_SESSIONS: u8 = 10;
/// The most sessions a course can have.
pub const MAX_SESSIONS: u8 = 30;
/// The longest display name accepted, in characters.
pub const MAX_NAME_CHARS: usize = 30;

/// The most tutors a course lists.
pub const MAX_TUTORS: usize = 12;

/// The longest course name or place accepted, in characters.
pub const MAX_COURSE_TEXT_CHARS: usize = 80;

/// The longest tutors' note about a participant, in characters.
pub const MAX_NOTE_CHARS: usize = 1000;

/// A course: a series of sessions at one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Course {
    /// Unique id (UUID), stable across PCs.
    pub id: String,
    /// A name tutors recognise, e.g. "Stadsbiblioteket, våren 2027".
    pub name: String,
    /// Where it is held.
    pub place: String,
    /// The sessions, numbered from 1.
    pub sessions: Vec<CourseSession>,
    /// The tutors who lead it, by first name (no other data about them).
    pub tutors: Vec<String>,
}

/// One meeting of a course.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CourseSession {
    /// 1-based number ("Träff 4").
    pub number: u8,
    /// The day it is held.
    pub date: Date,
}

/// A senior taking part in a course.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    /// Unique id (UUID), stable across PCs.
    pub id: String,
    /// The course they belong to.
    pub course_id: String,
    /// First name and initial, or a nickname.
    pub name: String,
    /// A short note for tutors (optional).
    pub note: String,
}

/// Why a name was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    /// Nothing but spaces.
    Empty,
    /// Longer than [`MAX_NAME_CHARS`].
    TooLong,
    /// Has several digits in it (an identity or phone number?).
    HasNumber,
    /// Has an `@` (an email address?).
    HasEmail,
    /// Has characters that are not shown but change how the text around
    /// them reads (direction overrides, zero-width and control characters).
    Hidden,
}

/// Whether `c` is not shown but changes or hides the text around it:
/// control characters other than spaces and line breaks, direction
/// marks and overrides, zero-width characters and the byte order mark.
pub fn is_hidden_char(c: char) -> bool {
    matches!(
        c,
        '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2069}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
    ) || (c.is_control() && !c.is_whitespace())
}

/// Checks a course's name or place, or a note (already trimmed): at most
/// `max_chars` characters and nothing hidden.
pub fn check_text(text: &str, max_chars: usize) -> Result<(), NameProblem> {
    if text.chars().any(is_hidden_char) {
        return Err(NameProblem::Hidden);
    }
    if text.chars().count() > max_chars {
        return Err(NameProblem::TooLong);
    }
    Ok(())
}

/// A course's name or place, or a note, as the store keeps it: trimmed,
/// without hidden characters and cut to `max_chars`, so that it always
/// passes [`check_text`] (and so an export of it is never refused).
pub fn clean_text(raw: &str, max_chars: usize) -> String {
    let kept: String = raw.chars().filter(|c| !is_hidden_char(*c)).collect();
    kept.trim()
        .chars()
        .take(max_chars)
        .collect::<String>()
        .trim_end()
        .to_owned()
}

/// Cleans up a display name (trims, folds inner spaces) and checks it.
pub fn clean_name(raw: &str) -> Result<String, NameProblem> {
    let name = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err(NameProblem::Empty);
    }
    check_text(&name, MAX_NAME_CHARS)?;
    // `@` also in its full-width and small forms.
    if name.contains(['@', '\u{FF20}', '\u{FE6B}']) {
        return Err(NameProblem::HasEmail);
    }
    // Digits of any script count, full-width ones too.
    if name.chars().filter(|c| c.is_numeric()).count() >= 3 {
        return Err(NameProblem::HasNumber);
    }
    Ok(name)
}

/// Tutors' first names typed with commas ("Ahmed, Sara"): each checked
/// like a participant's name; blanks are skipped and repeats dropped.
pub fn clean_tutor_names(raw: &str) -> Result<Vec<String>, NameProblem> {
    let mut names: Vec<String> = Vec::new();
    for part in raw.split([',', '\n']) {
        if part.trim().is_empty() {
            continue;
        }
        let name = clean_name(part)?;
        if !names.contains(&name) {
            names.push(name);
        }
    }
    if names.len() > MAX_TUTORS {
        return Err(NameProblem::TooLong);
    }
    Ok(names)
}

/// Tutors as stored in the database: one per line.
pub fn tutors_to_text(tutors: &[String]) -> String {
    tutors.join("\n")
}

/// Tutors as read from the database.
pub fn tutors_from_text(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

const ISO_DATE: &[time::format_description::BorrowedFormatItem<'static>] =
    time::macros::format_description!("[year]-[month]-[day]");

/// A date as `YYYY-MM-DD`, the way it is stored and shown in reports.
pub fn iso_date(date: Date) -> String {
    date.format(ISO_DATE).unwrap_or_else(|_| date.to_string())
}

/// Reads a `YYYY-MM-DD` date.
pub fn parse_iso_date(text: &str) -> Option<Date> {
    Date::parse(text.trim(), ISO_DATE).ok()
}

/// Session dates for a new course: one a week from `first`.
pub fn weekly_sessions(first: Date, count: u8) -> Vec<CourseSession> {
    (1..=count.clamp(1, MAX_SESSIONS))
        .map(|number| CourseSession {
            number,
            date: first.saturating_add(time::Duration::weeks(i64::from(number) - 1)),
        })
        .collect()
}

impl Course {
    /// The session held on `today`, else the next one after it, else the last.
    pub fn session_for(&self, today: Date) -> Option<&CourseSession> {
        self.sessions
            .iter()
            .find(|s| s.date >= today)
            .or_else(|| self.sessions.last())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn names_are_trimmed_and_folded() {
        assert_eq!(clean_name("  Karin   L. ").as_deref(), Ok("Karin L."));
        assert_eq!(clean_name("Farmor Åsa").as_deref(), Ok("Farmor Åsa"));
    }

    #[test]
    fn identity_numbers_phone_numbers_and_emails_are_refused() {
        assert_eq!(clean_name("   "), Err(NameProblem::Empty));
        assert_eq!(
            clean_name("Karin 19450312-1234"),
            Err(NameProblem::HasNumber)
        );
        assert_eq!(clean_name("070 123 45"), Err(NameProblem::HasNumber));
        assert_eq!(clean_name("karin@exempel.se"), Err(NameProblem::HasEmail));
        assert_eq!(
            clean_name(&"a".repeat(MAX_NAME_CHARS + 1)),
            Err(NameProblem::TooLong)
        );
        assert!(
            clean_name("Karin 2").is_ok(),
            "a short number tells two Karins apart"
        );
        assert_eq!(
            clean_name("Karin \u{FF11}\u{FF19}\u{FF14}\u{FF15}"),
            Err(NameProblem::HasNumber),
            "full-width digits are digits"
        );
        assert_eq!(clean_name("karin\u{FF20}x.se"), Err(NameProblem::HasEmail));
        for hidden in ['\u{202E}', '\u{2066}', '\u{200B}', '\u{0}', '\u{FEFF}'] {
            assert_eq!(
                clean_name(&format!("Karin{hidden} L.")),
                Err(NameProblem::Hidden),
                "{:?}",
                hidden
            );
        }
    }

    #[test]
    fn course_texts_and_notes_are_checked_for_length_and_hidden_characters() {
        assert_eq!(check_text("Stadsbiblioteket, våren 2027", 80), Ok(()));
        assert_eq!(check_text("rad ett\nrad två", MAX_NOTE_CHARS), Ok(()));
        assert_eq!(check_text(&"a".repeat(81), 80), Err(NameProblem::TooLong));
        assert_eq!(check_text("a\u{202E}b", 80), Err(NameProblem::Hidden));
        let long = format!(" \u{202E}{} ", "å".repeat(100));
        let cleaned = clean_text(&long, 80);
        assert_eq!(cleaned, "å".repeat(80));
        assert_eq!(check_text(&cleaned, 80), Ok(()));
    }

    #[test]
    fn iso_dates_round_trip_and_bad_ones_are_refused() {
        assert_eq!(iso_date(date!(2027 - 01 - 02)), "2027-01-02");
        assert_eq!(parse_iso_date("2027-01-02"), Some(date!(2027 - 01 - 02)));
        for bad in ["2027-1-2", "2027-02-30", "02/01/2027", ""] {
            assert_eq!(parse_iso_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn tutor_names_are_first_names_separated_by_commas() {
        assert_eq!(
            clean_tutor_names(" Ahmed,  Sara ,, Ahmed ,Elin"),
            Ok(vec!["Ahmed".to_owned(), "Sara".into(), "Elin".into()])
        );
        assert_eq!(clean_tutor_names("  "), Ok(Vec::new()));
        assert_eq!(
            clean_tutor_names("Ahmed, 070-123 45 67"),
            Err(NameProblem::HasNumber)
        );
        assert_eq!(
            clean_tutor_names("sara@skolan.se"),
            Err(NameProblem::HasEmail)
        );
        let many: Vec<String> = (0..=MAX_TUTORS).map(|i| format!("N{i}")).collect();
        assert_eq!(
            clean_tutor_names(&many.join(",")),
            Err(NameProblem::TooLong)
        );
        let names = vec!["Ahmed".to_owned(), "Sara".into()];
        assert_eq!(tutors_from_text(&tutors_to_text(&names)), names);
    }

    #[test]
    fn weekly_sessions_are_a_week_apart() {
        let s = weekly_sessions(date!(2027 - 01 - 12), DEFAULT_SESSIONS);
        assert_eq!(s.len(), 10);
        assert_eq!(s[0].number, 1);
        assert_eq!(s[9].date, date!(2027 - 03 - 16));
    }

    #[test]
    fn today_picks_the_current_or_next_session() {
        let course = Course {
            id: "c".into(),
            name: "n".into(),
            place: String::new(),
            sessions: weekly_sessions(date!(2027 - 01 - 12), 3),
            tutors: Vec::new(),
        };
        assert_eq!(
            course.session_for(date!(2027 - 01 - 12)).map(|s| s.number),
            Some(1)
        );
        assert_eq!(
            course.session_for(date!(2027 - 01 - 13)).map(|s| s.number),
            Some(2)
        );
        assert_eq!(
            course.session_for(date!(2028 - 01 - 01)).map(|s| s.number),
            Some(3)
        );
    }
}
