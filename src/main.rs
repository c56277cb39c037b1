//! The `stegvis` command: starts the app, or runs a tool.
// On Windows a GUI program: no console window opens behind the app.
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::path::PathBuf;
use std::process::ExitCode;

const HELP: &str = "\
Stegvis – lär dig det digitala, steg för steg.
Stegvis – learn the digital basics, step by step.

Användning / Usage:
  stegvis                      Starta programmet / Start the app
  stegvis check-lessons [--require-narration LOCALE] [DIR]
                               Kontrollera lektioner / Check lessons (default: the shipped lessons).
                               Saknade eller gamla ljudklipp är varningar, eller fel för LOCALE.
                               Missing or stale narration clips are warnings, or errors for LOCALE.
  stegvis report [VAL / OPTIONS]
                               Rapport till kommunen / Staff report (courses, attendance, reach)
      --from ÅÅÅÅ-MM-DD        Från och med / From (YYYY-MM-DD)
      --to ÅÅÅÅ-MM-DD          Till och med / Up to and including
      --anonymous              Utan namn / Without names
      --format csv|html        Filformat / File format (default: html, or from --out)
      --out FIL                Spara i en fil / Save to a file (default: standard output)
  stegvis handout LEKTION [VAL / OPTIONS]
                               Att ta med hem: lektionen som en sida att skriva ut
                               To take home: the lesson as a large-print page to print
      --lang sv|en             Språk / Language (default: the one chosen in Settings)
      --out FIL                Spara i en fil, eller i en mapp (slutar med /)
                               Save to a file, or into a folder (ends in /)
                               (default: standard output)
  stegvis export FIL           Exportera framsteg till en fil / Export progress to a file
  stegvis import FIL           Läs in framsteg från en fil / Import progress from a file
  stegvis paths                Visa var Stegvis läser och sparar / Show the folders in use
  stegvis tutor-code-hash      Gör en handledarkod för datorns inställningsfil (läser koden
                               från standard in) / Hash a tutor code for the machine config
  stegvis --help               Visa den här hjälpen / Show this help
  stegvis --version            Visa versionen / Show the version

Miljövariabler / Environment:
  STEGVIS_CONFIG_DIR   Mapp för inställningar / Settings folder
  STEGVIS_DATA_DIR     Mapp för framsteg / Progress folder
  STEGVIS_LESSONS_DIR  Mapp med lektioner / Lessons folder
  STEGVIS_MACHINE_CONFIG  Datorns inställningsfil / Machine configuration file
                       (annars / else /etc/stegvis/config.toml, %ProgramData%\\Stegvis\\config.toml)
";

fn main() -> ExitCode {
    stegvis::mark_start();
    attach_console();
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("--help" | "-h" | "help") => {
            print!("{HELP}");
            ExitCode::SUCCESS
        }
        Some("--version" | "-V") => {
            println!("stegvis {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Some("check-lessons") => check_lessons(&args[1..]),
        // Hidden: the texts scripts/make-narration speaks, as JSON lines.
        Some("narration-texts") => narration_texts(&args[1..]),
        Some("report") => match stegvis::report::cli::run(&args[1..]) {
            Ok(()) => ExitCode::SUCCESS,
            Err(failure) => {
                eprintln!("stegvis: {}", failure.message());
                if matches!(failure, stegvis::report::cli::Failure::Usage(_)) {
                    eprint!("\n{HELP}");
                }
                ExitCode::from(failure.exit_code())
            }
        },
        Some("handout") => handout(&args[1..]),
        Some(command @ ("export" | "import")) => exchange(command, &args[1..]),
        // Hidden: the room folder's passes without a window (tests, staff).
        Some("room-sync") => room_sync(&args[1..]),
        Some("paths") if args.len() == 1 => paths(),
        Some("tutor-code-hash") if args.len() == 1 => tutor_code_hash(),
        None => run_app(),
        Some(other) => usage_error(&format!("okänt kommando / unknown command: {other}")),
    }
}

/// On Windows, prints to the console the command was typed in (a GUI
/// program has none of its own); elsewhere nothing to do.
fn attach_console() {
    #[cfg(windows)]
    {
        use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
        // SAFETY: AttachConsole has no preconditions; when there is no
        // parent console (started from the Start menu) it fails harmlessly.
        unsafe {
            AttachConsole(ATTACH_PARENT_PROCESS);
        }
    }
}

/// `stegvis export FILE` and `stegvis import FILE` on the data folder the app
/// uses (machine configuration and portable mode included).
fn exchange(command: &str, args: &[String]) -> ExitCode {
    let [file] = args else {
        return usage_error(&format!("{command} FIL saknas / needs one FILE"));
    };
    let options = stegvis::app::Options::from_environment();
    let pc_name = options.machine.pc_name.as_deref();
    let file = PathBuf::from(file);
    let result = if command == "export" {
        stegvis::cli::exchange::export(&options.data_dir, pc_name, &file)
    } else {
        stegvis::cli::exchange::import(&options.data_dir, pc_name, &file)
    };
    match result {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(reason) => {
            eprintln!("{reason}");
            ExitCode::FAILURE
        }
    }
}

/// `stegvis room-sync [--once | --for SECONDS] [FOLDER]`: the room folder's
/// passes on the data folder the app uses; the folder defaults to the one
/// set in the machine configuration or by a tutor.
fn room_sync(args: &[String]) -> ExitCode {
    use stegvis::cli::room::Run;
    let mut run = Run::Once;
    let mut folder = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--once" => run = Run::Once,
            "--for" => match rest.next().and_then(|s| s.parse::<f64>().ok()) {
                Some(secs) if secs.is_finite() && secs >= 0.0 => {
                    run = Run::For(std::time::Duration::from_secs_f64(secs.min(86_400.0)));
                }
                _ => return usage_error("--for SEKUNDER / --for SECONDS"),
            },
            other if folder.is_none() && !other.starts_with("--") => {
                folder = Some(PathBuf::from(other));
            }
            other => return usage_error(&format!("room-sync: {other}")),
        }
    }
    let options = stegvis::app::Options::from_environment();
    let settings = stegvis::settings::load_quietly(&options.config_dir);
    let Some(folder) = folder.or_else(|| stegvis::room::chosen_folder(&options.machine, &settings))
    else {
        return usage_error("room-sync: ingen mapp / no room folder");
    };
    let pc_name = options.machine.pc_name.as_deref();
    match stegvis::cli::room::sync(&options.data_dir, pc_name, &folder, run) {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(reason) => {
            eprintln!("stegvis: {reason}");
            ExitCode::FAILURE
        }
    }
}

/// Refuses bad arguments the way an unknown command is refused.
fn usage_error(message: &str) -> ExitCode {
    eprintln!("stegvis: {message}\n");
    eprint!("{HELP}");
    ExitCode::from(2)
}

/// `stegvis check-lessons [--require-narration LOCALE] [DIR]`.
fn check_lessons(args: &[String]) -> ExitCode {
    use stegvis::model::check::{CheckOptions, check_lessons_with};
    let mut options = CheckOptions::default();
    let mut dir = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if let Some(locale) = arg.strip_prefix("--require-narration=") {
            options.require_narration = Some(locale.to_owned());
        } else if arg == "--require-narration" {
            match rest.next() {
                Some(locale) if !locale.starts_with('-') => {
                    options.require_narration = Some(locale.clone());
                }
                _ => return usage_error("--require-narration needs a locale, e.g. sv"),
            }
        } else if arg.starts_with('-') || dir.is_some() {
            return usage_error(&format!("okänt argument / unknown argument: {arg}"));
        } else {
            dir = Some(PathBuf::from(arg));
        }
    }
    let dir = dir.unwrap_or_else(stegvis::paths::lessons_dir);
    let mut out = std::io::stdout().lock();
    match check_lessons_with(&dir, &options, &mut out) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("stegvis: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `stegvis handout LESSON [--lang sv|en] [--out FILE]`: the lesson's
/// printable page, to FILE (or into it when it is a folder) or to standard
/// output. Messages come in Swedish and English.
fn handout(args: &[String]) -> ExitCode {
    use stegvis::cli::{option_value, split_option};
    use stegvis::fl;
    use stegvis::i18n::{Lang, in_both_languages};
    let refuse = |message: &dyn Fn() -> String| {
        eprintln!("stegvis: {}\n", in_both_languages(message));
        eprint!("{HELP}");
        ExitCode::from(2)
    };
    let (mut id, mut lang, mut out) = (None, None, None);
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let (name, inline) = split_option(arg);
        match name {
            "--lang" | "--out" => {
                let Some(value) = option_value(inline, &mut rest) else {
                    return refuse(&|| fl!("handout-missing-value", option = name));
                };
                if name == "--out" {
                    out = Some(PathBuf::from(value));
                } else if let Some(l) = Lang::ALL.into_iter().find(|l| l.code() == value) {
                    lang = Some(l);
                } else {
                    return refuse(&|| fl!("handout-bad-lang", value = value.as_str()));
                }
            }
            _ if arg.starts_with('-') || id.is_some() => {
                return refuse(&|| fl!("handout-bad-option", value = arg.as_str()));
            }
            _ => id = Some(arg.clone()),
        }
    }
    let Some(id) = id else {
        return refuse(&|| fl!("handout-no-lesson"));
    };
    let chosen = stegvis::settings::load_quietly(&stegvis::paths::config_dir())
        .language
        .unwrap_or_default();
    let lang = lang.unwrap_or(chosen);
    let library = stegvis::model::Library::load(&[stegvis::paths::lessons_dir()]);
    let Some(lesson) = library.get(&id) else {
        let mut ids: Vec<&str> = library.lessons.iter().map(|l| l.id.as_str()).collect();
        ids.sort_unstable();
        let lessons = ids.join(", ");
        eprintln!(
            "stegvis: {}",
            in_both_languages(|| fl!(
                "handout-unknown-lesson",
                lesson = id.as_str(),
                lessons = lessons.as_str()
            ))
        );
        return ExitCode::FAILURE;
    };
    let result = match &out {
        Some(path) => stegvis::handout::write(lesson, lang, path).map(|written| {
            let file = written.display().to_string();
            println!(
                "{}",
                in_both_languages(|| fl!("handout-saved", file = file.as_str()))
            );
        }),
        None => {
            use std::io::Write;
            let mut stdout = std::io::stdout().lock();
            stdout
                .write_all(stegvis::handout::render(lesson, lang).as_bytes())
                .and_then(|()| stdout.flush())
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let error = match &out {
                Some(path) => format!("{}: {e}", path.display()),
                None => e.to_string(),
            };
            eprintln!(
                "stegvis: {}",
                in_both_languages(|| fl!("handout-failed", error = error.as_str()))
            );
            ExitCode::FAILURE
        }
    }
}

/// `stegvis narration-texts [DIR]`: one JSON line per text to narrate (and
/// per manifest entry no longer narrated). Lessons that do not load are
/// reported on stderr and skipped; a manifest that cannot be read fails the
/// command, so the script never overwrites it.
fn narration_texts(args: &[String]) -> ExitCode {
    use std::io::Write;
    use stegvis::model::{Library, Severity, narration};
    if args.len() > 1 {
        return usage_error("narration-texts takes one folder");
    }
    if args.first().map(String::as_str) == Some("--ui") {
        let dir = stegvis::ui_narration::narration_dir();
        return match stegvis::ui_narration::narration_texts(&dir) {
            Ok(texts) => {
                let mut out = std::io::stdout().lock();
                for t in texts {
                    if writeln!(out, "{}", t.to_json()).is_err() {
                        return ExitCode::FAILURE;
                    }
                }
                ExitCode::SUCCESS
            }
            Err(p) => {
                eprintln!("{p}");
                ExitCode::FAILURE
            }
        };
    }
    let dir = args
        .first()
        .map(PathBuf::from)
        .unwrap_or_else(stegvis::paths::lessons_dir);
    let library = Library::load(&[dir]);
    for p in library
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
    {
        eprintln!("{p}");
    }
    let mut out = std::io::stdout().lock();
    let mut ok = true;
    for lesson in &library.lessons {
        match narration::narration_texts(lesson) {
            Ok(texts) => {
                for t in texts {
                    if writeln!(out, "{}", t.to_json()).is_err() {
                        return ExitCode::FAILURE;
                    }
                }
            }
            Err(p) => {
                eprintln!("{p}");
                ok = false;
            }
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// `stegvis paths`: where this PC's Stegvis reads and writes, and any
/// problem in the machine configuration.
fn paths() -> ExitCode {
    let options = stegvis::app::Options::from_environment();
    let machine = &options.machine;
    let file = machine
        .file
        .as_ref()
        .map(|f| {
            let found = if f.is_file() {
                ""
            } else {
                " (finns inte / not found)"
            };
            format!("{}{found}", f.display())
        })
        .unwrap_or_default();
    let portable = match stegvis::paths::portable_dir() {
        Some(_) => "ja / yes",
        None => "nej / no",
    };
    let lessons: Vec<String> = options
        .lesson_dirs
        .iter()
        .map(|d| d.display().to_string())
        .collect();
    println!("Datorns inställningsfil / Machine configuration: {file}");
    println!("Bärbart läge / Portable mode: {portable}");
    println!("Inställningar / Settings: {}", options.config_dir.display());
    println!("Framsteg / Progress data: {}", options.data_dir.display());
    println!("Lektioner / Lessons: {}", lessons.join(", "));
    print_facts_status(&options.lesson_dirs);
    if let Some(name) = &machine.pc_name {
        println!("Datorns namn / PC name: {name}");
    }
    let settings = stegvis::settings::load_quietly(&options.config_dir);
    if let Some(room) = stegvis::room::chosen_folder(machine, &settings) {
        println!("Kursrummets mapp / Room folder: {}", room.display());
    }
    println!(
        "Kioskläge / Kiosk mode: {}",
        if machine.kiosk {
            "på / on"
        } else {
            "av / off"
        }
    );
    for problem in &machine.problems {
        eprintln!("{}", stegvis::i18n::in_both_languages(|| problem.message()));
    }
    if machine.problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Part of `stegvis paths`: when the lessons' facts were last checked, so
/// staff see which lessons may be out of date.
fn print_facts_status(dirs: &[std::path::PathBuf]) {
    use stegvis::model::check::{FACTS_STALE_MONTHS, FactsStatus};
    use stegvis::model::course::iso_date;
    let library = stegvis::model::Library::load(dirs);
    let today = time::OffsetDateTime::now_utc().date();
    let status = FactsStatus::of(&library.lessons, today);
    let total = library.lessons.len();
    let oldest = status
        .oldest
        .map(|d| format!(", äldst / oldest {}", iso_date(d)))
        .unwrap_or_default();
    println!(
        "Fakta kontrollerade / Facts checked: {} av / of {total} lektioner / lessons{oldest}",
        status.dated
    );
    if !status.stale.is_empty() {
        let stale: Vec<String> = status
            .stale
            .iter()
            .map(|(id, d)| format!("{id} ({})", iso_date(*d)))
            .collect();
        println!(
            "  Äldre än {FACTS_STALE_MONTHS} månader / Older than {FACTS_STALE_MONTHS} months: {}",
            stale.join(", ")
        );
    }
    if !status.undated.is_empty() {
        println!(
            "  Aldrig kontrollerade / Never checked: {}",
            status.undated.join(", ")
        );
    }
}

/// `stegvis tutor-code-hash`: reads a tutor code from standard input and
/// prints its salted Argon2 hash for `tutor_code_hash` in the machine
/// configuration. The code itself is never printed or stored.
fn tutor_code_hash() -> ExitCode {
    use std::io::{BufRead, IsTerminal};
    use stegvis::store::tutor::{MIN_CODE_CHARS, hash_code};
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprintln!("Skriv handledarkoden och tryck Enter / Type the tutor code and press Enter:");
    }
    let mut line = String::new();
    if stdin.lock().read_line(&mut line).is_err() {
        eprintln!("stegvis: koden gick inte att läsa / the code could not be read");
        return ExitCode::FAILURE;
    }
    let code = line.trim_end_matches(['\r', '\n']);
    if code.chars().count() < MIN_CODE_CHARS {
        eprintln!(
            "stegvis: koden måste ha minst {MIN_CODE_CHARS} tecken / \
             the code needs at least {MIN_CODE_CHARS} characters"
        );
        return ExitCode::FAILURE;
    }
    match hash_code(code) {
        Some(hash) => {
            println!("tutor_code_hash = \"{hash}\"");
            ExitCode::SUCCESS
        }
        None => {
            eprintln!("stegvis: koden gick inte att göra om / the code could not be hashed");
            ExitCode::FAILURE
        }
    }
}

/// Prints the no-display message in Swedish and English.
fn no_display() -> ExitCode {
    let message = stegvis::i18n::in_both_languages(|| stegvis::fl!("cli-no-display"));
    eprintln!("{message}");
    ExitCode::from(3)
}

fn has_display() -> bool {
    if cfg!(any(target_os = "windows", target_os = "macos")) {
        return true;
    }
    ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|s| !s.is_empty()))
}

fn run_app() -> ExitCode {
    if !has_display() {
        return no_display();
    }
    // iced panics when the display cannot be opened; turn that into the same
    // plain message instead of a backtrace. Other panics are bugs: report them.
    static PANIC: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);
    std::panic::set_hook(Box::new(|info| {
        if let Ok(mut slot) = PANIC.lock() {
            *slot = Some(info.to_string());
        }
    }));
    let result = std::panic::catch_unwind(|| stegvis::application().run());
    match result {
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(e)) => {
            eprintln!("stegvis: {e}");
            no_display()
        }
        Err(_) => {
            let message = PANIC
                .lock()
                .ok()
                .and_then(|m| m.clone())
                .unwrap_or_default();
            let lower = message.to_lowercase();
            if ["display", "x11", "wayland", "xopendisplay", "event loop"]
                .iter()
                .any(|k| lower.contains(k))
            {
                no_display()
            } else {
                eprintln!("stegvis: internal error: {message}");
                ExitCode::from(101)
            }
        }
    }
}
