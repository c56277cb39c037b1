//! LIX readability (Läsbarhetsindex).
//!
//! LIX = words / sentences + 100 × long words / words, where a long word has
//! more than six letters. Below 30 is easy text; above 40 is hard.

/// A text's sentences, each as its whitespace-separated tokens.
///
/// A token ending in `.`, `!`, `?` or `:` ends a sentence, and so does a
/// paragraph break (a new line); a sentence holds at least one word (a token
/// with a letter), and tokens without letters before the next word are
/// kept with it.
pub fn sentences(text: &str) -> Vec<Vec<&str>> {
    let mut all = Vec::new();
    for paragraph in text.split('\n') {
        let mut current: Vec<&str> = Vec::new();
        let mut has_word = false;
        for token in paragraph.split_whitespace() {
            current.push(token);
            has_word |= token.chars().any(char::is_alphabetic);
            if token.ends_with(['.', '!', '?', ':']) && has_word {
                all.push(std::mem::take(&mut current));
                has_word = false;
            }
        }
        // A paragraph break also ends a sentence.
        if has_word {
            all.push(current);
        }
    }
    all
}

/// The LIX of a text; 0.0 for a text without words.
pub fn lix(text: &str) -> f64 {
    let mut words = 0usize;
    let mut long = 0usize;
    let all = sentences(text);
    for token in all.iter().flatten() {
        let letters = token.chars().filter(|c| c.is_alphabetic()).count();
        if letters > 0 {
            words += 1;
            if letters > 6 {
                long += 1;
            }
        }
    }
    if words == 0 {
        return 0.0;
    }
    let sentences = all.len().max(1);
    words as f64 / sentences as f64 + 100.0 * long as f64 / words as f64
}

/// The LIX of several texts together (a lesson's messages).
pub fn lix_of<'a>(texts: impl IntoIterator<Item = &'a str>) -> f64 {
    let joined: Vec<&str> = texts.into_iter().collect();
    lix(&joined.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_text_is_zero() {
        assert_eq!(lix(""), 0.0);
        assert_eq!(lix("  \n ... "), 0.0);
    }

    #[test]
    fn hand_computed_example() {
        // 8 words, 2 sentences, 2 long words (telefonen, mobilen: > 6 letters).
        // 8/2 + 100*2/8 = 4 + 25 = 29.
        let text = "Ta fram telefonen nu. Öppna mobilen och titta.";
        assert!((lix(text) - 29.0).abs() < 1e-9, "{}", lix(text));
    }

    #[test]
    fn paragraph_break_ends_a_sentence() {
        // 4 words, 2 sentences, no long words → 2.
        assert!((lix("Hej du\nKom hit") - 2.0).abs() < 1e-9);
    }

    #[test]
    fn punctuation_does_not_count_as_letters() {
        // "snabel-a," has 7 letters → long; 2 words, 1 sentence → 2 + 50 = 52.
        assert!((lix("snabel-a, ja.") - 52.0).abs() < 1e-9);
    }

    #[test]
    fn sentences_end_at_punctuation_and_paragraphs() {
        assert_eq!(
            sentences("Hej du. Kom hit!\nSe här – 1 2\n... Ja"),
            vec![
                vec!["Hej", "du."],
                vec!["Kom", "hit!"],
                vec!["Se", "här", "–", "1", "2"],
                vec!["...", "Ja"],
            ]
        );
        assert!(sentences(" \n ... ").is_empty());
    }

    #[test]
    fn several_texts_are_joined_as_paragraphs() {
        assert!((lix_of(["Hej du", "Kom hit"]) - 2.0).abs() < 1e-9);
    }
}
