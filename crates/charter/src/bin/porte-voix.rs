//! `porte-voix`: the charter tools for teams that publish from a repository.
//!
//! ```text
//! porte-voix validate FILE [--json]
//! porte-voix render FILE --format FORMAT [-o OUT] [tool options]
//! porte-voix check FILE
//! porte-voix schema [-o OUT]
//! ```
//!
//! Exit status: 0 when the charter is valid (warnings allowed), 1 when it has errors, 2 on a
//! usage error or input that cannot be read as a charter. Messages go to stderr; documents to
//! stdout unless `-o` names a file. FILE may be `-` for standard input.

use std::io::{Read, Write};
use std::process::ExitCode;

use charter::json::{from_json, MAX_IMPORT_BYTES};
use charter::tools::{self, Target, ToolOptions};
use charter::validate::{validate, Problem, Severity};
use charter::{checker, markdown, schema, template_export, Charter, Lang};

const USAGE: &str = "\
Usage:
  porte-voix validate FILE [--json]     check a charter; --json prints the problems as JSON
  porte-voix render FILE --format FORMAT [-o OUT]
                                        FORMAT: markdown, json, templates-json, templates-markdown,
                                        or a tool: zendesk, freshdesk, helpscout, gorgias, front,
                                        discord-automod, reddit-automod (what does not fit the
                                        tool is listed on stderr, never cut)
      --freshdesk-folder ID             Freshdesk folder_id for the canned responses
      --discord-alert-channel ID        Discord channel_id that receives AutoMod alerts
      --discord-timeout SECONDS         timeout for the mute-or-ban rules (default 86400)
  porte-voix check FILE                 check every reply template against the charter
  porte-voix schema [-o OUT]            the JSON Schema of the charter format
  porte-voix --help | --version

FILE may be - for standard input. Exit status: 0 valid, 1 the charter has errors,
2 usage error or unreadable input.";

/// Why the command stopped: a usage error or unreadable input (exit 2).
struct Fatal(String);

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(Fatal(message)) => {
            eprintln!("porte-voix: {message}");
            ExitCode::from(2)
        }
    }
}

/// The language of the tool's own messages: from LANG / LC_ALL when French, else English.
fn cli_lang() -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|var| std::env::var(var).ok())
        .find(|v| !v.is_empty())
        .and_then(|v| Lang::from_code(&v))
        .unwrap_or(Lang::En)
}

fn run(args: &[String]) -> Result<ExitCode, Fatal> {
    let Some(command) = args.first() else {
        return Err(Fatal(format!("a command is needed\n{USAGE}")));
    };
    let rest = &args[1..];
    match command.as_str() {
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        "-V" | "--version" => {
            println!(
                "porte-voix {} (charter format {})",
                env!("CARGO_PKG_VERSION"),
                charter::document::VERSION
            );
            Ok(ExitCode::SUCCESS)
        }
        "validate" => validate_command(rest),
        "render" => render_command(rest),
        "check" => check_command(rest),
        "schema" => {
            let options = Options::parse(rest, &["-o"], &[])?;
            if let Some(extra) = options.positional.first() {
                return Err(Fatal(format!("unexpected argument {extra}")));
            }
            write_output(options.value("-o"), &schema::charter_schema_json())?;
            Ok(ExitCode::SUCCESS)
        }
        other => Err(Fatal(format!("unknown command {other}\n{USAGE}"))),
    }
}

/// Parsed options: flags with a value, boolean flags, and positional arguments.
struct Options {
    values: Vec<(String, String)>,
    flags: Vec<String>,
    positional: Vec<String>,
}

impl Options {
    fn parse(args: &[String], with_value: &[&str], boolean: &[&str]) -> Result<Options, Fatal> {
        let mut options = Options {
            values: Vec::new(),
            flags: Vec::new(),
            positional: Vec::new(),
        };
        let mut iter = args.iter();
        while let Some(arg) = iter.next() {
            let (name, inline_value) = match arg.split_once('=') {
                Some((name, value)) if name.starts_with("--") => (name, Some(value.to_owned())),
                _ => (arg.as_str(), None),
            };
            if with_value.contains(&name) {
                let value = match inline_value {
                    Some(value) => value,
                    None => iter
                        .next()
                        .cloned()
                        .ok_or_else(|| Fatal(format!("{name} needs a value")))?,
                };
                options.values.push((name.to_owned(), value));
            } else if boolean.contains(&name) {
                options.flags.push(name.to_owned());
            } else if arg.starts_with('-') && arg != "-" {
                return Err(Fatal(format!("unknown option {arg}\n{USAGE}")));
            } else {
                options.positional.push(arg.clone());
            }
        }
        Ok(options)
    }

    fn value(&self, name: &str) -> Option<&str> {
        self.values
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn flag(&self, name: &str) -> bool {
        self.flags.iter().any(|f| f == name)
    }

    /// The single FILE argument.
    fn file(&self) -> Result<&str, Fatal> {
        match self.positional.as_slice() {
            [file] => Ok(file),
            [] => Err(Fatal(format!("a charter FILE is needed\n{USAGE}"))),
            [_, extra, ..] => Err(Fatal(format!("unexpected argument {extra}"))),
        }
    }
}

/// Reads and imports a charter, printing import notices (unknown fields, migration).
fn load(file: &str) -> Result<Charter, Fatal> {
    let mut bytes = Vec::new();
    let read = if file == "-" {
        std::io::stdin()
            .take(MAX_IMPORT_BYTES as u64 + 1)
            .read_to_end(&mut bytes)
    } else {
        std::fs::File::open(file)
            .and_then(|f| f.take(MAX_IMPORT_BYTES as u64 + 1).read_to_end(&mut bytes))
    };
    read.map_err(|e| Fatal(format!("cannot read {file}: {e}")))?;
    let lang = cli_lang();
    let imported = from_json(&bytes).map_err(|e| Fatal(format!("{file}: {}", e.message(lang))))?;
    for notice in &imported.notices {
        eprintln!("{file}: notice: {}", notice.message(lang));
    }
    Ok(imported.charter)
}

/// Prints the problems to stderr and returns whether any is an error.
fn report(file: &str, problems: &[Problem]) -> bool {
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let warnings = problems.len() - errors;
    for problem in problems {
        let severity = match problem.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        eprintln!(
            "{file}: {severity} {}: {} [{}]",
            problem.path,
            problem.message,
            problem.code()
        );
    }
    eprintln!("{file}: {errors} error(s), {warnings} warning(s)");
    errors > 0
}

fn validate_command(args: &[String]) -> Result<ExitCode, Fatal> {
    let options = Options::parse(args, &[], &["--json"])?;
    let file = options.file()?;
    let charter = load(file)?;
    let problems = validate(&charter);
    if options.flag("--json") {
        let list: Vec<serde_json::Value> = problems
            .iter()
            .map(|p| {
                serde_json::json!({
                    "path": p.path,
                    "severity": match p.severity { Severity::Error => "error", Severity::Warning => "warning" },
                    "code": p.code(),
                    "message": p.message,
                })
            })
            .collect();
        let text = serde_json::to_string_pretty(&list).unwrap_or_default();
        write_output(None, &format!("{text}\n"))?;
    }
    Ok(if report(file, &problems) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Runs the reply checker on every template text (body and follow-up, each language) and
/// prints one line per finding; exit 1 when any finding is an error.
fn check_command(args: &[String]) -> Result<ExitCode, Fatal> {
    let options = Options::parse(args, &[], &[])?;
    let file = options.file()?;
    let charter = load(file)?;
    let lang = cli_lang();
    let (mut errors, mut warnings) = (0, 0);
    for (index, text_lang, field, findings) in checker::check_charter(&charter) {
        let template = &charter.templates[index];
        let text = checker::template_text(template, field)
            .get(text_lang)
            .unwrap_or_default();
        for finding in findings {
            let severity = match finding.severity {
                Severity::Error => {
                    errors += 1;
                    "error"
                }
                Severity::Warning => {
                    warnings += 1;
                    "warning"
                }
            };
            let quoted: String = text[finding.span.clone()].chars().take(40).collect();
            eprintln!(
                "{file}: {severity} /templates/{index}/{}/{} [{}..{}] “{quoted}”: {} [{}]",
                field.key(),
                text_lang.code(),
                finding.span.start,
                finding.span.end,
                finding.message(lang),
                finding.rule.id()
            );
        }
    }
    eprintln!("{file}: {errors} error(s), {warnings} warning(s) in the reply templates");
    Ok(if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn render_command(args: &[String]) -> Result<ExitCode, Fatal> {
    let options = Options::parse(
        args,
        &[
            "--format",
            "-f",
            "-o",
            "--freshdesk-folder",
            "--discord-alert-channel",
            "--discord-timeout",
        ],
        &[],
    )?;
    let file = options.file()?;
    let format = options
        .value("--format")
        .or_else(|| options.value("-f"))
        .ok_or_else(|| Fatal(format!("render needs --format\n{USAGE}")))?;
    if let Some(target) = Target::from_slug(format) {
        return render_for_tool(file, target, &tool_options(&options)?, options.value("-o"));
    }
    let render: fn(&Charter) -> String = match format {
        "markdown" => markdown::render,
        "json" => charter::json::to_json,
        "templates-json" => template_export::templates_json,
        "templates-markdown" => markdown::render_templates,
        other => {
            return Err(Fatal(format!(
                "unknown format {other}: use markdown, json, templates-json, templates-markdown, \
                 zendesk, freshdesk, helpscout, gorgias, front, discord-automod or reddit-automod"
            )))
        }
    };
    let charter = load(file)?;
    let has_errors = report(file, &validate(&charter));
    let mut text = render(&charter);
    if !text.ends_with('\n') {
        text.push('\n');
    }
    write_output(options.value("-o"), &text)?;
    Ok(if has_errors {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn tool_options(options: &Options) -> Result<ToolOptions, Fatal> {
    let mut tool = ToolOptions::default();
    if let Some(id) = options.value("--freshdesk-folder") {
        tool.freshdesk_folder_id = Some(id.parse().map_err(|_| {
            Fatal(format!(
                "--freshdesk-folder needs a Freshdesk folder id (a number), not {id}"
            ))
        })?);
    }
    if let Some(id) = options.value("--discord-alert-channel") {
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Fatal(format!(
                "--discord-alert-channel needs a Discord channel id (digits), not {id}"
            )));
        }
        tool.discord_alert_channel_id = Some(id.to_owned());
    }
    if let Some(seconds) = options.value("--discord-timeout") {
        tool.discord_timeout_seconds = seconds.parse().map_err(|_| {
            Fatal(format!(
                "--discord-timeout needs a number of seconds, not {seconds}"
            ))
        })?;
    }
    Ok(tool)
}

/// Writes the file for a tool and lists on stderr, item by item, what did not fit it.
fn render_for_tool(
    file: &str,
    target: Target,
    options: &ToolOptions,
    out: Option<&str>,
) -> Result<ExitCode, Fatal> {
    let charter = load(file)?;
    let has_errors = report(file, &validate(&charter));
    let export = tools::export(&charter, target, options);
    let lang = cli_lang();
    for note in &export.notes {
        let at = if note.path.is_empty() {
            String::new()
        } else {
            format!(" ({})", note.path)
        };
        eprintln!(
            "{file}: {}: {}{at}: {}",
            target.slug(),
            note.item,
            note.message(lang)
        );
    }
    eprintln!(
        "{file}: {}: {} item(s) written, {} note(s)",
        target.slug(),
        export.items,
        export.notes.len()
    );
    write_output(out, &export.text)?;
    Ok(if has_errors {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn write_output(path: Option<&str>, text: &str) -> Result<(), Fatal> {
    match path {
        None | Some("-") => std::io::stdout()
            .write_all(text.as_bytes())
            .map_err(|e| Fatal(format!("cannot write to standard output: {e}"))),
        Some(path) => {
            std::fs::write(path, text).map_err(|e| Fatal(format!("cannot write {path}: {e}")))
        }
    }
}
