//! `porte-voix`: the charter tools for teams that publish from a repository.
//!
//! ```text
//! porte-voix validate FILE [--json]
//! porte-voix render FILE --format FORMAT [-o OUT] [tool options]
//! porte-voix check FILE
//! porte-voix diff OLD NEW [-o OUT]
//! porte-voix schema [-o OUT]
//! ```
//!
//! Exit status: 0 when the charter is valid (warnings allowed), 1 when it has errors, 2 on a
//! usage error or input that cannot be read as a charter. Messages go to stderr; documents to
//! stdout unless `-o` names a file. FILE may be `-` for standard input.
//!
//! The tool's own words follow `LANG` (`words.rs`); problem messages are in the charter's
//! language. Every line written to the terminal goes through [`terminal_safe`]: a charter is
//! text from other people, and its control characters must not drive the terminal.

use std::io::{Read, Write};
use std::process::ExitCode;

use charter::json::from_json;
use charter::limits::MAX_FILE_BYTES;
use charter::tools::{self, Target, ToolOptions};
use charter::validate::{validate, Problem, Severity};
use charter::{checker, compare, markdown, publish, schema, template_export, Charter, Lang};

mod words;

use words::CliWords;

/// Why the command stopped: a usage error or unreadable input (exit 2).
struct Fatal(String);

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(Fatal(message)) => {
            say(&format!("porte-voix: {message}"));
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

/// The tool's words in the user's language.
fn words() -> &'static CliWords {
    CliWords::get(cli_lang())
}

/// Text as it may be written to a terminal: control characters (escape sequences, C1),
/// line and paragraph separators and bidirectional overrides are shown as `\u{…}` escapes.
/// Line breaks inside a message are kept only where the tool itself writes them.
fn terminal_safe(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let unsafe_char = (c.is_control() && c != '\n')
            || matches!(c, '\u{2028}' | '\u{2029}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
        if unsafe_char {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    out
}

/// Writes one message to stderr, made safe for the terminal. A message about the charter
/// stays on one line: its own line breaks are escaped too.
fn say_line(text: &str) {
    eprintln!("{}", terminal_safe(&text.replace('\n', "\\n")));
}

/// Writes the tool's own message (which may span lines) to stderr.
fn say(text: &str) {
    eprintln!("{}", terminal_safe(text));
}

fn run(args: &[String]) -> Result<ExitCode, Fatal> {
    let w = words();
    let Some(command) = args.first() else {
        return Err(Fatal(format!("{}\n{}", w.command_needed, w.usage)));
    };
    let rest = &args[1..];
    match command.as_str() {
        "-h" | "--help" | "help" => {
            println!("{}", w.usage);
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
        "diff" => diff_command(rest),
        "schema" => {
            let options = Options::parse(rest, &["-o"], &[])?;
            if let Some(extra) = options.positional.first() {
                return Err(Fatal((w.unexpected_argument)(extra)));
            }
            write_output(options.value("-o"), &schema::charter_schema_json())?;
            Ok(ExitCode::SUCCESS)
        }
        other => Err(Fatal(format!(
            "{}\n{}",
            (w.unknown_command)(other),
            w.usage
        ))),
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
        let w = words();
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
                        .ok_or_else(|| Fatal((w.needs_value)(name)))?,
                };
                options.values.push((name.to_owned(), value));
            } else if boolean.contains(&name) {
                options.flags.push(name.to_owned());
            } else if arg.starts_with('-') && arg != "-" {
                return Err(Fatal(format!("{}\n{}", (w.unknown_option)(arg), w.usage)));
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
        let w = words();
        match self.positional.as_slice() {
            [file] => Ok(file),
            [] => Err(Fatal(format!("{}\n{}", w.file_needed, w.usage))),
            [_, extra, ..] => Err(Fatal((w.unexpected_argument)(extra))),
        }
    }
}

/// Reads and imports a charter, printing import notices (unknown fields, migration).
fn load(file: &str) -> Result<Charter, Fatal> {
    let mut bytes = Vec::new();
    let read = if file == "-" {
        std::io::stdin()
            .take(MAX_FILE_BYTES as u64 + 1)
            .read_to_end(&mut bytes)
    } else {
        std::fs::File::open(file)
            .and_then(|f| f.take(MAX_FILE_BYTES as u64 + 1).read_to_end(&mut bytes))
    };
    read.map_err(|e| Fatal((words().cannot_read)(file, &e.to_string())))?;
    let lang = cli_lang();
    let imported = from_json(&bytes).map_err(|e| Fatal(format!("{file}: {}", e.message(lang))))?;
    for notice in &imported.notices {
        say_line(&format!("{file}: notice: {}", notice.message(lang)));
    }
    Ok(imported.charter)
}

/// The severity as the report lines write it: a stable token that scripts can match, in
/// every language.
fn severity_token(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// Prints the problems to stderr and returns whether any is an error.
fn report(file: &str, problems: &[Problem]) -> bool {
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let warnings = problems.len() - errors;
    for problem in problems {
        say_line(&format!(
            "{file}: {} {}: {} [{}]",
            severity_token(problem.severity),
            problem.path,
            problem.message,
            problem.code()
        ));
    }
    say_line(&format!(
        "{file}: {}",
        (words().problem_count)(errors, warnings)
    ));
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
                    "severity": severity_token(p.severity),
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
            match finding.severity {
                Severity::Error => errors += 1,
                Severity::Warning => warnings += 1,
            }
            let quoted: String = text[finding.span.clone()].chars().take(40).collect();
            say_line(&format!(
                "{file}: {} /templates/{index}/{}/{} [{}..{}] “{quoted}”: {} [{}]",
                severity_token(finding.severity),
                field.key(),
                text_lang.code(),
                finding.span.start,
                finding.span.end,
                finding.message(lang),
                finding.rule.id()
            ));
        }
    }
    say_line(&format!(
        "{file}: {}",
        (words().template_problem_count)(errors, warnings)
    ));
    Ok(if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn render_command(args: &[String]) -> Result<ExitCode, Fatal> {
    let w = words();
    let options = Options::parse(
        args,
        &[
            "--format",
            "-f",
            "-o",
            "--freshdesk-folder",
            "--discord-alert-channel",
            "--discord-timeout",
            "--helpscout-mailbox",
            "--changes-since",
        ],
        &["--script"],
    )?;
    let file = options.file()?;
    let format = options
        .value("--format")
        .or_else(|| options.value("-f"))
        .ok_or_else(|| Fatal(format!("{}\n{}", w.format_needed, w.usage)))?;
    if let Some(target) = Target::from_slug(format) {
        let script = options.flag("--script");
        return render_for_tool(
            file,
            target,
            &tool_options(&options)?,
            options.value("-o"),
            script,
        );
    }
    if options.flag("--script") {
        return Err(Fatal(w.script_needs_tool.to_owned()));
    }
    let render: fn(&Charter) -> String = match format {
        "markdown" => markdown::render,
        "html" => publish::render_page,
        "json" => charter::json::to_json,
        "templates-json" => template_export::templates_json,
        "templates-markdown" => markdown::render_templates,
        other => return Err(Fatal((w.unknown_format)(other))),
    };
    let since = options.value("--changes-since");
    if since.is_some() && format != "markdown" {
        return Err(Fatal(w.changes_need_markdown.to_owned()));
    }
    let since = since.map(load).transpose()?;
    let charter = load(file)?;
    let has_errors = report(file, &validate(&charter));
    let mut text = match &since {
        Some(old) => markdown::render_with_changes(&charter, old, &compare::diff(old, &charter)),
        None => render(&charter),
    };
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

/// Prints what changed from OLD to NEW as a Markdown changelog; exit 0 when nothing changed,
/// 1 when something did (as `diff` does), 2 when either cannot be read.
fn diff_command(args: &[String]) -> Result<ExitCode, Fatal> {
    let w = words();
    let options = Options::parse(args, &["-o"], &[])?;
    let [old_file, new_file] = options.positional.as_slice() else {
        return Err(Fatal(format!("{}\n{}", w.two_files_needed, w.usage)));
    };
    let old = load(old_file)?;
    let new = load(new_file)?;
    let changes = compare::diff(&old, &new);
    write_output(
        options.value("-o"),
        &format!("{}\n", markdown::render_changelog(&old, &new, &changes)),
    )?;
    let (added, removed, changed) = changes.counts();
    say_line(&(w.diff_summary)(added, removed, changed));
    Ok(if changes.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn tool_options(options: &Options) -> Result<ToolOptions, Fatal> {
    let w = words();
    let mut tool = ToolOptions::default();
    if let Some(id) = options.value("--freshdesk-folder") {
        let folder = ToolOptions::parse_id(id).and_then(|digits| digits.parse().ok());
        tool.freshdesk_folder_id = Some(folder.ok_or_else(|| Fatal((w.bad_folder)(id)))?);
    }
    if let Some(id) = options.value("--discord-alert-channel") {
        let channel = ToolOptions::parse_id(id).ok_or_else(|| Fatal((w.bad_channel)(id)))?;
        tool.discord_alert_channel_id = Some(channel.to_owned());
    }
    if let Some(id) = options.value("--helpscout-mailbox") {
        let mailbox = ToolOptions::parse_id(id).and_then(|digits| digits.parse().ok());
        tool.helpscout_mailbox_id = Some(mailbox.ok_or_else(|| Fatal((w.bad_mailbox)(id)))?);
    }
    if let Some(seconds) = options.value("--discord-timeout") {
        tool.discord_timeout_seconds = seconds
            .parse()
            .map_err(|_| Fatal((w.bad_timeout)(seconds)))?;
    }
    Ok(tool)
}

/// Writes the file for a tool and lists on stderr, item by item, what did not fit it.
fn render_for_tool(
    file: &str,
    target: Target,
    options: &ToolOptions,
    out: Option<&str>,
    script: bool,
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
        say_line(&format!(
            "{file}: {}: {}{at}: {}",
            target.slug(),
            note.item,
            note.message(lang)
        ));
    }
    say_line(&format!(
        "{file}: {}: {}",
        target.slug(),
        (words().tool_summary)(export.items, export.notes.len())
    ));
    let text = if script {
        tools::script::import_script(&export, options, lang)
            .ok_or_else(|| Fatal((words().no_script)(target.name())))?
    } else {
        export.text
    };
    write_output(out, &text)?;
    Ok(if has_errors {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn write_output(path: Option<&str>, text: &str) -> Result<(), Fatal> {
    let w = words();
    match path {
        None | Some("-") => std::io::stdout()
            .write_all(text.as_bytes())
            .map_err(|e| Fatal((w.cannot_write_stdout)(&e.to_string()))),
        Some(path) => {
            std::fs::write(path, text).map_err(|e| Fatal((w.cannot_write)(path, &e.to_string())))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::terminal_safe;

    #[test]
    fn control_characters_never_reach_the_terminal_raw() {
        assert_eq!(terminal_safe("a\u{1b}[31mb"), "a\\u{1b}[31mb");
        assert_eq!(terminal_safe("x\u{202e}y\u{85}z"), "x\\u{202e}y\\u{85}z");
        assert_eq!(terminal_safe("line\nbreak é 😀"), "line\nbreak é 😀");
    }
}
