//! The document builder: blocks separated by one blank line, headings kept unique, tables,
//! lists and quotes written the way markdownlint expects.

use std::collections::{HashMap, HashSet};

use super::escape::{heading_text, line};
use crate::labels::Labels;

/// A Markdown document under construction: blocks separated by one blank line, headings kept
/// unique (a repeated one gets " (2)", " (3)"…), as markdownlint requires.
pub(super) struct Doc<'a> {
    pub out: String,
    headings: HashSet<String>,
    /// For each repeated heading, the last suffix given: the next repeat starts from there, so
    /// a thousand items of one name cost a thousand tries, not half a million.
    suffixes: HashMap<String, usize>,
    pub l: &'a Labels,
    /// Whether text in the charter's other language is wrapped in `<div lang>` blocks, for
    /// the published HTML page (see [`crate::publish`]); plain Markdown has no such thing.
    pub lang_marks: bool,
    /// Whether a section with nothing yet is left out (what a team publishes: a reader has no
    /// use for "Nothing yet") rather than said (the previews beside a step, for its authors).
    pub omit_empty: bool,
    /// Where the last heading starts in `out`: an empty section is cut from there.
    last_heading: usize,
    /// Past this many characters a quoted text is cut, with a line that says how much more
    /// there is: the previews beside a step (a megabyte of markup is a million events to the
    /// Markdown parser), never an export.
    pub cut_quotes: Option<usize>,
    /// Whether a quoted text past [`LONG_TEXT_CHARS`] is written as an HTML block, escaped
    /// here, rather than as escaped Markdown (the web page: a megabyte of escaped markup is a
    /// million events to the Markdown parser); the blocks so written are in `html_blocks`,
    /// which the page lets through as they are and nothing else.
    pub long_as_html: bool,
    pub html_blocks: Vec<String>,
}

/// Past this many characters, the web page writes a quoted text as HTML (see `long_as_html`).
pub(super) const LONG_TEXT_CHARS: usize = 20_000;

/// How much of one text a preview shows (about fifteen screens); the exports hold it all.
pub(super) const PREVIEW_TEXT_CHARS: usize = 20_000;

impl<'a> Doc<'a> {
    pub fn new(l: &'a Labels) -> Doc<'a> {
        Doc {
            out: String::new(),
            headings: HashSet::new(),
            suffixes: HashMap::new(),
            l,
            lang_marks: false,
            omit_empty: false,
            last_heading: 0,
            cut_quotes: None,
            long_as_html: false,
            html_blocks: Vec::new(),
        }
    }

    /// A document for a preview beside a step: long texts are cut (see `cut_quotes`).
    pub fn preview(l: &'a Labels) -> Doc<'a> {
        Doc {
            cut_quotes: Some(PREVIEW_TEXT_CHARS),
            ..Doc::new(l)
        }
    }

    pub fn block(&mut self, text: &str) {
        self.out.push_str(text.trim_end_matches('\n'));
        self.out.push_str("\n\n");
    }

    /// A heading from user text (escaped) or from labels (already safe).
    pub fn heading(&mut self, level: usize, text: &str) {
        let unique = if self.headings.insert(text.to_owned()) {
            text.to_owned()
        } else {
            // a suffix can be taken already by a heading written so ("Sam (2)"): skip it
            let n = self.suffixes.entry(text.to_owned()).or_insert(1);
            loop {
                *n += 1;
                let candidate = format!("{text} ({n})");
                if self.headings.insert(candidate.clone()) {
                    break candidate;
                }
            }
        };
        self.last_heading = self.out.len();
        self.block(&format!("{} {unique}", "#".repeat(level)));
    }

    /// A heading from user text; an empty title reads "Untitled".
    pub fn user_heading(&mut self, level: usize, text: &str) {
        let text = heading_text(text).unwrap_or_else(|| self.l.unnamed.to_owned());
        self.heading(level, &text);
    }

    /// "**Label**: value" (label and value already escaped).
    pub fn field(&self, label: &str, value: &str) -> String {
        format!("**{label}**{}{value}", self.l.colon)
    }

    pub fn bullets(&mut self, items: &[String]) {
        if items.is_empty() {
            return;
        }
        let list: Vec<String> = items.iter().map(|item| format!("- {item}")).collect();
        self.block(&list.join("\n"));
    }

    pub fn numbered(&mut self, items: &[String]) {
        if items.is_empty() {
            return;
        }
        let list: Vec<String> = items
            .iter()
            .enumerate()
            .map(|(i, item)| format!("{}. {item}", i + 1))
            .collect();
        self.block(&list.join("\n"));
    }

    /// A table; empty cells print as a dash so that no row looks broken.
    pub fn table(&mut self, header: &[&str], rows: &[Vec<String>]) {
        let cell = |c: &String| {
            if c.is_empty() {
                self.l.none.to_owned()
            } else {
                c.clone()
            }
        };
        let mut lines = vec![
            format!("| {} |", header.join(" | ")),
            format!("|{}|", vec![" --- "; header.len()].join("|")),
        ];
        for row in rows {
            let cells: Vec<String> = row.iter().map(cell).collect();
            lines.push(format!("| {} |", cells.join(" | ")));
        }
        self.block(&lines.join("\n"));
    }

    /// Multi-line user text as a block quote, line by line, blank lines kept inside the quote.
    pub fn quote(&mut self, text: &str) {
        let text = text.trim();
        if self.long_as_html && text.chars().nth(LONG_TEXT_CHARS).is_some() {
            let block = html_quote(text);
            self.out.push_str(&block);
            self.out.push_str("\n\n");
            self.html_blocks.push(block);
            return;
        }
        let cut = self
            .cut_quotes
            .and_then(|most| text.char_indices().nth(most))
            .map(|(at, _)| (&text[..at], text[at..].chars().count()));
        let shown = cut.map_or(text, |(shown, _)| shown);
        // written straight into the document: a text of many lines costs one pass
        for (i, text) in shown.lines().enumerate() {
            if i > 0 {
                self.out.push('\n');
            }
            let text = line(text);
            self.out.push('>');
            if !text.is_empty() {
                self.out.push(' ');
                self.out.push_str(&text);
            }
        }
        if let Some((_, more)) = cut {
            self.out.push_str("\n>\n> *");
            self.out.push_str(&(self.l.preview_cut)(more));
            self.out.push('*');
        }
        self.out.push_str("\n\n");
    }

    /// A section with nothing yet, called right after its heading: said in a preview, left out
    /// (its heading too) in what is published.
    pub fn nothing(&mut self) {
        let said = format!("*{}*", self.l.nothing_yet);
        self.empty(&said);
    }

    /// As [`Doc::nothing`], with the section's own words for it in a preview.
    pub fn empty(&mut self, said: &str) {
        if self.omit_empty {
            self.out.truncate(self.last_heading);
        } else {
            self.block(said);
        }
    }

    /// The document, and the HTML blocks it holds (see `long_as_html`).
    pub fn finish_with_html(mut self) -> (String, Vec<String>) {
        let blocks = std::mem::take(&mut self.html_blocks);
        (self.finish(), blocks)
    }

    pub fn finish(mut self) -> String {
        while self.out.ends_with("\n\n") {
            self.out.pop();
        }
        self.out
    }
}

/// A long text as one line of HTML: a quote whose characters are all escaped, its line breaks
/// `<br>`. One line, so that the Markdown parser reads it as one HTML block (which ends at a
/// blank line) and passes it on in one event.
fn html_quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    out.push_str("<blockquote><p>");
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.push_str("<br>");
        }
        // control characters have no place in the page (a tab stays); a line without any is
        // escaped as it is
        let control = |c: char| c.is_control() && c != '\t';
        if line.contains(control) {
            let kept: String = line.chars().filter(|c| !control(*c)).collect();
            crate::html::push_escaped(&mut out, &kept);
        } else {
            crate::html::push_escaped(&mut out, line);
        }
    }
    out.push_str("</p></blockquote>");
    out
}
