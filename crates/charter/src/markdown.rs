//! The charter as one Markdown document, in a fixed section order, headings in the charter's
//! language, tables where the data is tabular. The output is meant to pass markdownlint (only
//! the line-length rule relaxed): blank lines around every block, unique headings, one H1,
//! bare URLs written as autolinks, a single final newline.
//!
//! All user text goes through [`inline`], which escapes what Markdown would otherwise read as
//! structure or HTML: a persona named `# <b>x</b>` prints as that text, never as a heading
//! or a tag. (The browser preview adds a second guard, see [`crate::html`].)

use std::collections::HashSet;

use crate::document::{
    Channel, Charter, CoverageSlot, Delay, LocalizedText, Persona, ReplyTemplate, Situation,
};
use crate::labels::{labels, Labels};
use crate::lang::Lang;
use crate::locate::Section;
use crate::validate::is_placeholder_name;

/// The situations that have a column in the response-time grid (custom ones have no target).
pub const GRID_SITUATIONS: [Situation; 6] = [
    Situation::Complaint,
    Situation::Question,
    Situation::PositiveReview,
    Situation::NegativeReview,
    Situation::Troll,
    Situation::Crisis,
];

/// Escapes user text for use in the middle of a Markdown line (after a label, in a table
/// cell, in a heading): line breaks become spaces, the characters that start inline structure
/// (emphasis, code, links, HTML, entities, tables) are backslash-escaped (`!` needs no escape:
/// an image also needs the `[`, which is), and bare URLs and e-mail addresses become
/// autolinks. A final `#` is escaped too, or a heading would drop it as a closing sequence.
pub fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        push_word(&mut out, word);
    }
    if out.ends_with('#') {
        out.insert(out.len() - 1, '\\');
    }
    out
}

/// Like [`inline`], for text that starts a line, a list item or a quote line, where a leading
/// `#`, `-`, `+`, `=` or `1.` would otherwise make a heading, a list or a rule.
pub fn line(text: &str) -> String {
    escape_block_start(inline(text))
}

/// A URL or address that can be written as a CommonMark autolink, with its trailing
/// punctuation split off ("see https://a.example." keeps the final dot outside).
fn autolink_parts(word: &str) -> Option<(&str, &str)> {
    let core = word.trim_end_matches(['.', ',', ';', ':', '!', '?', ')']);
    let rest = &word[core.len()..];
    let lower = core.to_ascii_lowercase();
    let is_url = (lower.starts_with("https://") || lower.starts_with("http://")) && core.len() > 8;
    let is_email = !is_url
        && core.split_once('@').is_some_and(|(user, host)| {
            !user.is_empty()
                && host.contains('.')
                && !host.ends_with('.')
                && core
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "@.-_+".contains(c))
        });
    let clean = !core.contains(['<', '>', '\\', '`']) && !core.chars().any(char::is_control);
    ((is_url || is_email) && clean).then_some((core, rest))
}

fn push_word(out: &mut String, word: &str) {
    if let Some((link, rest)) = autolink_parts(word) {
        out.push('<');
        out.push_str(link);
        out.push('>');
        push_escaped(out, rest);
    } else {
        push_escaped(out, word);
    }
}

/// Escapes what could start inline structure. Two characters are escaped only where they
/// could act, so that text copied from the Markdown source stays clean: `_` between two
/// letters or digits (as in `{{first_name}}`) can never open emphasis, and `&` matters only
/// when it begins an entity such as `&amp;`.
fn push_escaped(out: &mut String, text: &str) {
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let escape = match c {
            '\\' | '`' | '*' | '[' | ']' | '<' | '>' | '|' | '~' => true,
            '_' => {
                !(before.is_some_and(char::is_alphanumeric)
                    && after.is_some_and(char::is_alphanumeric))
            }
            '&' => {
                let name: String = chars[i + 1..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric() || **c == '#')
                    .collect();
                !name.is_empty() && chars.get(i + 1 + name.chars().count()) == Some(&';')
            }
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
}

/// A line that starts with `#`, `+`, `-`, `=` or `1.` would become a heading, list item or
/// rule; escaping its first marker keeps it a paragraph.
fn escape_block_start(text: String) -> String {
    let first = text.chars().next();
    let starts_block = match first {
        Some('#' | '+' | '-' | '=') => true,
        Some(c) if c.is_ascii_digit() => {
            let rest = text.trim_start_matches(|c: char| c.is_ascii_digit());
            rest.starts_with('.') || rest.starts_with(')')
        }
        _ => false,
    };
    if !starts_block {
        return text;
    }
    if first.is_some_and(|c| c.is_ascii_digit()) {
        let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        format!("{}\\{}", &text[..digits], &text[digits..])
    } else {
        format!("\\{text}")
    }
}

/// Non-blank entries of a list field, trimmed and escaped for use mid-line.
fn entries(items: &[String]) -> Vec<String> {
    items
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(inline)
        .collect()
}

/// Non-blank entries of a list field, each escaped to start a list item of its own.
fn list_items(items: &[String]) -> Vec<String> {
    items
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(line)
        .collect()
}

/// A Markdown document under construction: blocks separated by one blank line, headings kept
/// unique (a repeated one gets " (2)", " (3)"…), as markdownlint requires.
struct Doc<'a> {
    out: String,
    headings: HashSet<String>,
    l: &'a Labels,
}

impl<'a> Doc<'a> {
    fn new(l: &'a Labels) -> Doc<'a> {
        Doc {
            out: String::new(),
            headings: HashSet::new(),
            l,
        }
    }

    fn block(&mut self, text: &str) {
        self.out.push_str(text.trim_end_matches('\n'));
        self.out.push_str("\n\n");
    }

    /// A heading from user text (escaped) or from labels (already safe).
    fn heading(&mut self, level: usize, text: &str) {
        let mut unique = text.to_owned();
        let mut n = 1;
        while !self.headings.insert(unique.clone()) {
            n += 1;
            unique = format!("{text} ({n})");
        }
        self.block(&format!("{} {unique}", "#".repeat(level)));
    }

    /// A heading from user text; an empty title reads "Untitled".
    fn user_heading(&mut self, level: usize, text: &str) {
        let text = heading_text(text).unwrap_or_else(|| self.l.unnamed.to_owned());
        self.heading(level, &text);
    }

    /// "**Label**: value" (label and value already escaped).
    fn field(&self, label: &str, value: &str) -> String {
        format!("**{label}**{}{value}", self.l.colon)
    }

    fn bullets(&mut self, items: &[String]) {
        if items.is_empty() {
            return;
        }
        let list: Vec<String> = items.iter().map(|item| format!("- {item}")).collect();
        self.block(&list.join("\n"));
    }

    fn numbered(&mut self, items: &[String]) {
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
    fn table(&mut self, header: &[&str], rows: &[Vec<String>]) {
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
    fn quote(&mut self, text: &str) {
        let lines: Vec<String> = text
            .trim()
            .lines()
            .map(|text| {
                let text = line(text);
                if text.is_empty() {
                    ">".to_owned()
                } else {
                    format!("> {text}")
                }
            })
            .collect();
        self.block(&lines.join("\n"));
    }

    /// The paragraph shown when a section has nothing yet.
    fn nothing(&mut self) {
        self.block(&format!("*{}*", self.l.nothing_yet));
    }

    fn finish(mut self) -> String {
        while self.out.ends_with("\n\n") {
            self.out.pop();
        }
        self.out
    }
}

/// User text as a heading: escaped, and without trailing punctuation (a heading is a title,
/// and markdownlint's MD026 rejects it). `None` when nothing is left.
fn heading_text(text: &str) -> Option<String> {
    let text = text
        .trim()
        .trim_end_matches(|c: char| c.is_whitespace() || ".,;:!。，；：！".contains(c));
    (!text.is_empty()).then(|| inline(text))
}

/// A channel's display name: its own name, or its platform's.
pub fn channel_name<'c>(channel: &'c Channel, l: &Labels) -> &'c str {
    let name = channel.name.trim();
    if name.is_empty() {
        l.platform(channel.platform)
    } else {
        name
    }
}

fn delay(delay: Delay, l: &Labels) -> String {
    format!("{} {}", delay.value, l.delay_unit(delay.unit))
}

/// "lun.–ven. 09:00–18:00": consecutive days are shown as a range.
fn coverage_slot(slot: &CoverageSlot, l: &Labels) -> String {
    let mut days = slot.days.clone();
    days.sort();
    days.dedup();
    let consecutive = days.windows(2).all(|w| w[1] as u8 == w[0] as u8 + 1);
    let days = match days.as_slice() {
        [] => String::new(),
        [first, .., last] if consecutive && days.len() > 2 => {
            format!("{}–{} ", l.weekday(*first), l.weekday(*last))
        }
        list => {
            let names: Vec<&str> = list.iter().map(|&d| l.weekday(d)).collect();
            format!("{} ", names.join(", "))
        }
    };
    format!("{days}{}–{}", inline(&slot.start), inline(&slot.end))
}

/// The whole charter as one Markdown document.
pub fn render(charter: &Charter) -> String {
    let mut doc = Doc::new(labels(charter.meta.language));
    for section in Section::ALL {
        write_section(&mut doc, charter, section);
    }
    doc.finish()
}

/// One section alone, as the live preview of a wizard step shows it (the brand and voice
/// section carries the title and the charter's details).
pub fn render_section(charter: &Charter, section: Section) -> String {
    let mut doc = Doc::new(labels(charter.meta.language));
    write_section(&mut doc, charter, section);
    doc.finish()
}

fn write_section(doc: &mut Doc, charter: &Charter, section: Section) {
    match section {
        Section::BrandVoice => {
            let title = heading_text(&charter.meta.title);
            doc.heading(1, title.as_deref().unwrap_or(doc.l.untitled_charter));
            meta(doc, charter);
            voice(doc, charter);
        }
        Section::Personas => personas(doc, charter),
        Section::Channels => channels(doc, charter),
        Section::ResponseTimes => response_times(doc, charter),
        Section::Moderation => moderation(doc, charter),
        Section::Crisis => crisis(doc, charter),
        Section::Engagement => engagement(doc, charter),
        Section::Templates => {
            placeholders(doc, charter);
            templates(doc, charter, 2);
        }
    }
}

/// Only the reply templates, as their own document (for teams that only want the replies).
pub fn render_templates(charter: &Charter) -> String {
    let l = labels(charter.meta.language);
    let mut doc = Doc::new(l);
    let heading = match heading_text(&charter.meta.title) {
        Some(title) => format!("{} — {title}", l.reply_templates_of),
        None => l.reply_templates_of.to_owned(),
    };
    doc.heading(1, &heading);
    placeholders(&mut doc, charter);
    templates(&mut doc, charter, 2);
    doc.finish()
}

fn meta(doc: &mut Doc, charter: &Charter) {
    let l = doc.l;
    let m = &charter.meta;
    let mut items = Vec::new();
    let authors = entries(&m.authors).join(", ");
    for (label, value) in [
        (l.brand, inline(&m.brand)),
        (l.version, inline(&m.version_label)),
        (l.authors, authors),
        (l.last_updated, inline(&m.last_updated)),
        (l.language, l.language_name.to_owned()),
    ] {
        if !value.is_empty() {
            items.push(doc.field(label, &value));
        }
    }
    doc.bullets(&items);
}

fn voice(doc: &mut Doc, charter: &Charter) {
    let l = doc.l;
    let v = &charter.voice;
    doc.heading(2, l.voice);
    let tone: Vec<String> = v
        .tone
        .iter()
        .map(|t| {
            let name = if t.label.trim().is_empty() {
                l.tone_kind(t.kind).to_owned()
            } else {
                inline(&t.label)
            };
            let description = inline(&t.description);
            if description.is_empty() {
                format!("**{name}**")
            } else {
                doc.field(&name, &description)
            }
        })
        .collect();
    if !tone.is_empty() {
        doc.block(&format!("{}{}", l.tone, l.colon.trim_end()));
        doc.bullets(&tone);
    }
    let mut emoji = l.emoji_policy(v.emoji).to_owned();
    if !v.emoji_note.trim().is_empty() {
        emoji = format!("{emoji} ({})", inline(&v.emoji_note));
    }
    let settings = [
        doc.field(l.address, l.address_form(v.address)),
        doc.field(l.emoji, &emoji),
    ];
    doc.bullets(&settings);
    for (heading, words) in [
        (l.words_to_use, &v.words_to_use),
        (l.words_to_avoid, &v.words_to_avoid),
    ] {
        if words.is_empty() {
            continue;
        }
        doc.heading(3, heading);
        let rows: Vec<Vec<String>> = words
            .iter()
            .map(|w| vec![inline(&w.text), inline(&w.reason)])
            .collect();
        doc.table(&[l.word, l.why], &rows);
    }
}

fn personas(doc: &mut Doc, charter: &Charter) {
    let l = doc.l;
    doc.heading(2, l.personas);
    if charter.personas.is_empty() {
        doc.block(l.no_personas);
    }
    for persona in &charter.personas {
        persona_block(doc, persona);
    }
}

fn persona_block(doc: &mut Doc, persona: &Persona) {
    let l = doc.l;
    doc.user_heading(3, &persona.name);
    let mut items = vec![doc.field(l.age, &l.age_range(persona.age.min, persona.age.max))];
    for (label, list) in [
        (l.interests, &persona.interests),
        (l.digital_behaviours, &persona.digital_behaviours),
        (l.expectations, &persona.expectations),
    ] {
        let list = entries(list);
        if !list.is_empty() {
            items.push(doc.field(label, &list.join(" · ")));
        }
    }
    if !persona.channels.is_empty() {
        let names: Vec<&str> = persona.channels.iter().map(|&p| l.platform(p)).collect();
        items.push(doc.field(l.channels_used, &names.join(", ")));
    }
    doc.bullets(&items);
}

fn channels(doc: &mut Doc, charter: &Charter) {
    let l = doc.l;
    doc.heading(2, l.channels);
    if charter.channels.is_empty() {
        doc.block(l.no_channels);
    }
    for channel in &charter.channels {
        doc.user_heading(3, channel_name(channel, l));
        let persona_names: Vec<String> = channel
            .persona_ids
            .iter()
            .map(|id| match charter.persona(id) {
                Some(p) if !p.name.trim().is_empty() => inline(&p.name),
                _ => inline(id),
            })
            .collect();
        let coverage: Vec<String> = channel
            .coverage
            .iter()
            .map(|s| coverage_slot(s, l))
            .collect();
        let mut items = vec![doc.field(l.channel, l.platform(channel.platform))];
        for (label, value) in [
            (l.purpose, inline(&channel.purpose)),
            (l.personas_served, persona_names.join(" · ")),
            (l.tone, inline(&channel.codes.tone)),
            (l.register, inline(&channel.codes.register)),
            (l.formats, entries(&channel.codes.formats).join(", ")),
            (l.posting_frequency, inline(&channel.posting_frequency)),
            (l.coverage, coverage.join(" ; ")),
            (
                l.reply_limit,
                channel
                    .reply_length_limit
                    .map(l.characters)
                    .unwrap_or_default(),
            ),
        ] {
            if !value.is_empty() {
                items.push(doc.field(label, &value));
            }
        }
        doc.bullets(&items);
    }
}

fn response_times(doc: &mut Doc, charter: &Charter) {
    let l = doc.l;
    let times = &charter.response_times;
    doc.heading(2, l.response_times);
    doc.bullets(&[doc.field(l.default_target, &delay(times.default_target, l))]);
    if !charter.channels.is_empty() {
        let mut header = vec![l.channel];
        header.extend(GRID_SITUATIONS.iter().map(|&s| l.situation(s)));
        let rows: Vec<Vec<String>> = charter
            .channels
            .iter()
            .map(|channel| {
                let mut row = vec![inline(channel_name(channel, l))];
                row.extend(
                    GRID_SITUATIONS
                        .iter()
                        .map(|&situation| delay(charter.target_for(&channel.id, situation).0, l)),
                );
                row
            })
            .collect();
        doc.table(&header, &rows);
    }
    if !times.note.trim().is_empty() {
        doc.block(&line(&times.note));
    }
}

fn moderation(doc: &mut Doc, charter: &Charter) {
    let l = doc.l;
    let m = &charter.moderation;
    doc.heading(2, l.moderation);
    let rules = list_items(&m.house_rules);
    let policy = inline(&m.troll_policy);
    if rules.is_empty() && policy.is_empty() && m.rules.is_empty() {
        doc.nothing();
        return;
    }
    if !rules.is_empty() {
        doc.heading(3, l.house_rules);
        doc.numbered(&rules);
    }
    if !policy.is_empty() {
        let policy = line(&m.troll_policy);
        doc.heading(3, l.troll_policy);
        doc.block(&policy);
    }
    if !m.rules.is_empty() {
        doc.heading(3, l.moderation_rules);
        // the patterns column only when a rule has patterns: most charters have none
        let with_patterns = m.rules.iter().any(|r| !entries(&r.patterns).is_empty());
        let rows: Vec<Vec<String>> = m
            .rules
            .iter()
            .map(|r| {
                let mut row = vec![
                    l.category(r.category).to_owned(),
                    inline(&r.covers),
                    entries(&r.examples).join(" · "),
                    entries(&r.keywords).join(", "),
                ];
                if with_patterns {
                    row.push(entries(&r.patterns).join(" · "));
                }
                row.push(l.moderation_action(r.action).to_owned());
                row
            })
            .collect();
        let mut head = vec![l.category, l.covers, l.examples, l.keywords];
        if with_patterns {
            head.push(l.patterns);
        }
        head.push(l.action);
        doc.table(&head, &rows);
    }
}

fn crisis(doc: &mut Doc, charter: &Charter) {
    let l = doc.l;
    let c = &charter.crisis;
    doc.heading(2, l.crisis);
    let spokesperson = [
        &c.spokesperson.name,
        &c.spokesperson.role,
        &c.spokesperson.contact,
    ]
    .into_iter()
    .map(|s| inline(s))
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(", ");
    doc.bullets(&[doc.field(
        l.spokesperson,
        if spokesperson.is_empty() {
            l.none
        } else {
            &spokesperson
        },
    )]);
    if !c.triggers.is_empty() {
        doc.heading(3, l.triggers);
        let rows: Vec<Vec<String>> = c
            .triggers
            .iter()
            .map(|t| vec![inline(&t.description), inline(&t.threshold)])
            .collect();
        doc.table(&[l.trigger, l.threshold], &rows);
    }
    if !c.escalation.is_empty() {
        doc.heading(3, l.escalation);
        let rows: Vec<Vec<String>> = c
            .escalation
            .iter()
            .enumerate()
            .map(|(i, s)| {
                vec![
                    (i + 1).to_string(),
                    inline(&s.role),
                    inline(&s.contact),
                    inline(&s.when),
                ]
            })
            .collect();
        doc.table(&[l.step, l.role, l.contact, l.when], &rows);
    }
    let first_hour = list_items(&c.first_hour);
    if !first_hour.is_empty() {
        doc.heading(3, l.first_hour);
        doc.numbered(&first_hour);
    }
    if !c.holding_statements.is_empty() {
        doc.heading(3, l.holding_statements);
        for statement in &c.holding_statements {
            doc.user_heading(4, &statement.title);
            localized(doc, charter.meta.language, None, &statement.body);
        }
    }
}

fn engagement(doc: &mut Doc, charter: &Charter) {
    let l = doc.l;
    let e = &charter.engagement;
    doc.heading(2, l.engagement);
    if !e.rituals.is_empty() {
        doc.heading(3, l.rituals);
        let rows: Vec<Vec<String>> = e
            .rituals
            .iter()
            .map(|r| {
                let channels: Vec<String> = r
                    .channel_ids
                    .iter()
                    .map(|id| match charter.channels.iter().find(|c| &c.id == id) {
                        Some(c) => inline(channel_name(c, l)),
                        None => inline(id),
                    })
                    .collect();
                vec![
                    inline(&r.name),
                    l.ritual_kind(r.kind).to_owned(),
                    inline(&r.description),
                    inline(&r.frequency),
                    channels.join(", "),
                ]
            })
            .collect();
        doc.table(
            &[l.ritual, l.kind, l.description, l.frequency, l.channels],
            &rows,
        );
    }
    let listening = &e.listening;
    let items: Vec<String> = [
        (l.listening_tools, entries(&listening.tools)),
        (l.keywords, entries(&listening.keywords)),
        (l.hashtags, entries(&listening.hashtags)),
    ]
    .into_iter()
    .filter(|(_, list)| !list.is_empty())
    .map(|(label, list)| doc.field(label, &list.join(", ")))
    .collect();
    if !items.is_empty() {
        doc.heading(3, l.listening);
        doc.bullets(&items);
    }
    if e.rituals.is_empty() && items.is_empty() {
        doc.nothing();
    }
}

fn placeholders(doc: &mut Doc, charter: &Charter) {
    let l = doc.l;
    doc.heading(2, l.placeholders);
    if charter.placeholders.is_empty() {
        doc.nothing();
        return;
    }
    let with_standard = charter.placeholders.iter().any(|p| p.stands_for.is_some());
    let rows: Vec<Vec<String>> = charter
        .placeholders
        .iter()
        .map(|p| {
            // a valid name is letters, digits and underscores: safe in a code span
            let name = if is_placeholder_name(&p.name) {
                format!("`{{{{{}}}}}`", p.name)
            } else {
                inline(&p.name)
            };
            let mut row = vec![name, inline(&p.description), inline(&p.sample)];
            if with_standard {
                row.push(
                    p.stands_for
                        .map(|f| l.standard_field(f))
                        .unwrap_or(l.none)
                        .to_owned(),
                );
            }
            row
        })
        .collect();
    let mut head = vec![l.name, l.description, l.sample];
    if with_standard {
        head.push(l.stands_for);
    }
    doc.table(&head, &rows);
}

fn templates(doc: &mut Doc, charter: &Charter, level: usize) {
    templates_head(doc, charter, level);
    let context = TemplateContext::of(charter);
    for template in &charter.templates {
        template_block(doc, &context, template, level + 1);
    }
}

fn templates_head(doc: &mut Doc, charter: &Charter, level: usize) {
    doc.heading(level, doc.l.templates);
    if charter.templates.is_empty() {
        doc.nothing();
    }
}

/// What one template's block needs from the rest of the charter: its language and the
/// channels' display names. Small, so that a preview can render one template alone and
/// re-render it only when the template or this context changes.
#[derive(Debug, Clone, PartialEq)]
pub struct TemplateContext {
    pub lang: Lang,
    pub channels: Vec<(String, String)>,
}

impl TemplateContext {
    pub fn of(charter: &Charter) -> TemplateContext {
        let l = labels(charter.meta.language);
        TemplateContext {
            lang: charter.meta.language,
            channels: charter
                .channels
                .iter()
                .map(|c| (c.id.clone(), channel_name(c, l).to_owned()))
                .collect(),
        }
    }

    /// The escaped display name of a channel, or its id when there is no such channel.
    fn channel(&self, id: &str) -> String {
        self.channels
            .iter()
            .find(|(channel, _)| channel == id)
            .map_or_else(|| inline(id), |(_, name)| inline(name))
    }
}

/// Everything of the templates section but the templates: the placeholders and the heading.
pub fn render_templates_head(charter: &Charter) -> String {
    let mut doc = Doc::new(labels(charter.meta.language));
    placeholders(&mut doc, charter);
    templates_head(&mut doc, charter, 2);
    doc.finish()
}

/// One template's block, as in the templates section.
pub fn render_template_block(context: &TemplateContext, template: &ReplyTemplate) -> String {
    let mut doc = Doc::new(labels(context.lang));
    template_block(&mut doc, context, template, 3);
    doc.finish()
}

fn template_block(
    doc: &mut Doc,
    context: &TemplateContext,
    template: &ReplyTemplate,
    level: usize,
) {
    let l = doc.l;
    doc.user_heading(level, &template.title);
    let channels: Vec<String> = template
        .channel_ids
        .iter()
        .map(|id| context.channel(id))
        .collect();
    let channels = if channels.is_empty() {
        l.all_channels.to_owned()
    } else {
        channels.join(", ")
    };
    let items = [
        doc.field(l.situation, l.situation(template.situation)),
        doc.field(l.channels, &channels),
        doc.field(l.visibility, l.visibility(template.visibility)),
    ];
    doc.bullets(&items);
    let lang = context.lang;
    localized(doc, lang, Some(l.reply), &template.body);
    if !template.follow_up.is_empty() {
        localized(doc, lang, Some(l.follow_up), &template.follow_up);
    }
    for variant in &template.variants {
        let name = context.channel(&variant.channel_id);
        let label = format!("{} {name}", l.variant_for);
        localized(doc, lang, Some(&label), &variant.body);
    }
}

/// A text in both languages, the charter's first: "**Reply (English):**" then a quote.
fn localized(doc: &mut Doc, first: Lang, label: Option<&str>, text: &LocalizedText) {
    let l = doc.l;
    let order = if first == Lang::Fr {
        [Lang::Fr, Lang::En]
    } else {
        [Lang::En, Lang::Fr]
    };
    for lang in order {
        let body = text.get(lang).map(str::trim).unwrap_or_default();
        if body.is_empty() && lang != first {
            continue;
        }
        let language = labels(lang).language_name;
        let caption = match label {
            Some(label) => format!("**{label} ({language}){}**", l.colon.trim_end()),
            None => format!("**{}{}**", capitalise(language), l.colon.trim_end()),
        };
        doc.block(&caption);
        if body.is_empty() {
            doc.block(&format!("*{}*", l.missing_text));
        } else {
            doc.quote(body);
        }
    }
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{AgeRange, Platform};

    #[test]
    fn inline_escapes_structure_and_html() {
        assert_eq!(inline("<b>hi</b>"), "\\<b\\>hi\\</b\\>");
        assert_eq!(
            inline("1.0 # x"),
            "1.0 # x",
            "mid-line, block markers are plain text"
        );
        assert_eq!(inline("C#"), "C\\#");
        assert_eq!(line("# title"), "\\# title");
        assert_eq!(line("- item"), "\\- item");
        assert_eq!(line("12. point"), "12\\. point");
        assert_eq!(
            inline("[x](javascript:alert(1))"),
            "\\[x\\](javascript:alert(1))"
        );
        assert_eq!(inline("a\nb\r\n  c"), "a b c");
        assert_eq!(inline("R&D Q&A 3.5 e-mail"), "R&D Q&A 3.5 e-mail");
        assert_eq!(inline("&amp; &#60;"), "\\&amp; \\&#60;");
        assert_eq!(
            inline("{{first_name}} _a_ snake_"),
            "{{first_name}} \\_a\\_ snake\\_"
        );
    }

    #[test]
    fn inline_turns_bare_urls_and_addresses_into_autolinks() {
        assert_eq!(
            inline("see https://aide.example/x?a=1. or write to aide@hibou.example!"),
            "see <https://aide.example/x?a=1>. or write to <aide@hibou.example>!"
        );
        assert_eq!(inline("https://a.example/<x>"), "https://a.example/\\<x\\>");
        assert_eq!(inline("@handle"), "@handle");
    }

    #[test]
    fn personas_section_lists_each_field_in_the_charter_language() {
        let mut charter = Charter::new(Lang::En);
        charter.personas.push(Persona {
            id: "persona-1".into(),
            name: "Léa, student".into(),
            age: AgeRange {
                min: Some(18),
                max: Some(25),
            },
            interests: vec!["thrift".into(), "  ".into(), " K-pop ".into()],
            channels: vec![Platform::Instagram, Platform::Tiktok],
            ..Persona::default()
        });
        charter.personas.push(Persona::default());
        let md = render(&charter);
        assert!(md.contains("## Personas\n\n### Léa, student\n\n"));
        assert!(md.contains("- **Age**: 18 to 25\n"));
        assert!(md.contains("- **Interests**: thrift · K-pop\n"));
        assert!(md.contains("- **Channels used**: Instagram, TikTok\n"));
        assert!(md.contains("### Untitled\n\n- **Age**: any age\n"));

        charter.meta.language = Lang::Fr;
        let md = render(&charter);
        assert!(md.contains("- **Âge**\u{a0}: 18 à 25 ans\n"));
        assert!(md.contains("### Sans nom\n"));
    }

    #[test]
    fn the_templates_section_is_its_head_and_its_blocks() {
        let charter = crate::generate::charter(
            3,
            crate::generate::Size {
                personas: 2,
                channels: 3,
                templates: 4,
            },
        );
        let context = TemplateContext::of(&charter);
        let mut pieces = vec![render_templates_head(&charter)];
        pieces.extend(
            charter
                .templates
                .iter()
                .map(|t| render_template_block(&context, t)),
        );
        let whole = render_section(&charter, Section::Templates);
        // same text, except that the whole section makes repeated headings unique
        let strip = |s: &str| {
            s.lines()
                .filter(|l| !l.starts_with('#') && !l.is_empty())
                .collect::<Vec<_>>()
                .join("\n")
        };
        assert_eq!(strip(&pieces.join("\n\n")), strip(&whole));
    }

    #[test]
    fn repeated_headings_are_made_unique() {
        let mut charter = Charter::new(Lang::En);
        for _ in 0..3 {
            charter.personas.push(Persona {
                name: "Sam".into(),
                ..Persona::default()
            });
        }
        let md = render(&charter);
        assert!(md.contains("### Sam\n"));
        assert!(md.contains("### Sam (2)\n"));
        assert!(md.contains("### Sam (3)\n"));
    }

    #[test]
    fn an_empty_charter_has_every_section_and_one_final_newline() {
        let md = render(&Charter::new(Lang::En));
        let headings: Vec<&str> = md.lines().filter(|l| l.starts_with("## ")).collect();
        assert_eq!(
            headings,
            [
                "## Tone of voice",
                "## Personas",
                "## Channels",
                "## Response times",
                "## Moderation",
                "## Crisis plan",
                "## Engagement and listening",
                "## Placeholders",
                "## Reply templates"
            ]
        );
        assert!(md.ends_with("*\n") && !md.ends_with("\n\n"));
        assert!(!md.contains("\n\n\n"));
    }
}
