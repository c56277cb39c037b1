//! The `stegvis` command: starts the app, or runs a tool.

use std::path::PathBuf;
use std::process::ExitCode;

const HELP: &str = "\
Stegvis – lär dig det digitala, steg för steg.
Stegvis – learn the digital basics, step by step.

Användning / Usage:
  stegvis                      Starta programmet / Start the app
  stegvis check-lessons [DIR]  Kontrollera lektioner / Check lessons (default: the shipped lessons)
  stegvis export FILE          Exportera framsteg till en fil / Export progress to a file
  stegvis import FILE          Läs in framsteg från en fil / Import progress from a file
  stegvis --help               Visa den här hjälpen / Show this help
  stegvis --version            Visa versionen / Show the version

Miljövariabler / Environment:
  STEGVIS_CONFIG_DIR   Mapp för inställningar / Settings folder
  STEGVIS_DATA_DIR     Mapp för framsteg / Progress folder
  STEGVIS_LESSONS_DIR  Mapp med lektioner / Lessons folder
";

fn main() -> ExitCode {
    stegvis::mark_start();
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
        Some("check-lessons") => {
            let dir = args
                .get(1)
                .map(PathBuf::from)
                .unwrap_or_else(stegvis::paths::lessons_dir);
            let mut out = std::io::stdout().lock();
            match stegvis::model::check::check_lessons(&dir, &mut out) {
                Ok(true) => ExitCode::SUCCESS,
                Ok(false) => ExitCode::FAILURE,
                Err(e) => {
                    eprintln!("stegvis: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Some(command @ ("export" | "import")) => {
            let Some(file) = args.get(1).map(PathBuf::from) else {
                eprintln!("stegvis: {command} FIL saknas / missing FILE\n");
                eprint!("{HELP}");
                return ExitCode::from(2);
            };
            let data_dir = stegvis::paths::data_dir();
            let result = if command == "export" {
                stegvis::cli::export(&data_dir, &file)
            } else {
                stegvis::cli::import(&data_dir, &file)
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
        None => run_app(),
        Some(other) => {
            eprintln!("stegvis: okänt kommando / unknown command: {other}\n");
            eprint!("{HELP}");
            ExitCode::from(2)
        }
    }
}

/// Prints the no-display message in Swedish and English.
fn no_display() -> ExitCode {
    use stegvis::i18n::{Lang, set_language};
    set_language(Lang::Sv);
    let sv = stegvis::fl!("cli-no-display");
    set_language(Lang::En);
    let en = stegvis::fl!("cli-no-display");
    eprintln!("{sv}\n{en}");
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
