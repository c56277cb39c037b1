//! Small helpers shared by the command-line tools (`stegvis report`,
//! `stegvis handout`): options written `--name value` or `--name=value`.

/// Splits `--name=value` into the name and the value; any other argument is
/// returned whole, without a value.
pub fn split_option(arg: &str) -> (&str, Option<&str>) {
    match arg.split_once('=') {
        Some((name, value)) if name.starts_with("--") => (name, Some(value)),
        _ => (arg, None),
    }
}

/// An option's value: `inline` (from `--name=value`), else the next
/// argument unless that is another option. `None` when there is none or it
/// is empty.
pub fn option_value(
    inline: Option<&str>,
    rest: &mut std::slice::Iter<'_, String>,
) -> Option<String> {
    match inline {
        Some(v) => Some(v.to_owned()),
        None if rest.as_slice().first().is_some_and(|v| v.starts_with("--")) => None,
        None => rest.next().cloned(),
    }
    .filter(|v| !v.is_empty())
}

/// The refusal, in Swedish and English, when a tool finds the progress
/// database at `path` broken: nothing was changed, and the app keeps the
/// file and offers the latest backup.
pub fn store_broken(path: &std::path::Path) -> String {
    let file = path.display().to_string();
    crate::i18n::in_both_languages(|| crate::fl!("cli-store-broken", file = file.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn options_take_inline_or_next_values() {
        assert_eq!(split_option("--out=a=b"), ("--out", Some("a=b")));
        assert_eq!(split_option("x=y"), ("x=y", None));
        let list = args(&["v", "--next", ""]);
        let mut rest = list.iter();
        assert_eq!(option_value(Some("in"), &mut rest), Some("in".into()));
        assert_eq!(option_value(None, &mut rest), Some("v".into()));
        assert_eq!(option_value(None, &mut rest), None, "another option");
        assert_eq!(rest.next().map(String::as_str), Some("--next"));
        assert_eq!(option_value(None, &mut rest), None, "empty");
        assert_eq!(option_value(Some(""), &mut rest), None);
    }
}

pub mod exchange;
pub mod room;
