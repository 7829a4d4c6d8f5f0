//! The sections of the charter, each written by one function, in document order.

use super::doc::Doc;
use super::escape::{heading_text, inline, line};
use crate::document::Section;
use crate::document::{
    Channel, Charter, CoverageSlot, Delay, Lines, LocalizedText, Persona, ReplyTemplate, Situation,
};
use crate::labels::{labels, Labels};
use crate::lang::Lang;
use crate::validate::is_placeholder_name;

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
                .map(|c| (c.id.clone(), l.channel(c).to_owned()))
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

/// The entries of a list field, escaped for use mid-line.
fn entries(items: &Lines) -> Vec<String> {
    items.entries().map(inline).collect()
}

/// The entries of a list field, each escaped to start a list item of its own.
fn list_items(items: &Lines) -> Vec<String> {
    items.entries().map(line).collect()
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
            format!("{}–{} ", (l.weekday)(*first), (l.weekday)(*last))
        }
        list => {
            let names: Vec<&str> = list.iter().map(|&d| (l.weekday)(d)).collect();
            format!("{} ", names.join(", "))
        }
    };
    format!("{days}{}–{}", inline(&slot.start), inline(&slot.end))
}

pub(super) fn write_section(doc: &mut Doc, charter: &Charter, section: Section) {
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
        // the placeholders are the team's working material: an appendix of the published
        // charter (see `appendix`), the head of the templates step's own preview
        Section::Templates => templates(doc, charter, 2),
    }
}

/// What follows the sections of the published charter: the placeholders, for the team.
pub(super) fn appendix(doc: &mut Doc, charter: &Charter) {
    let l = doc.l;
    if charter.placeholders.is_empty() {
        return;
    }
    doc.heading(2, l.appendix_placeholders);
    doc.block(l.appendix_hint);
    placeholders_table(doc, charter);
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
        (l.last_updated, written_date(l, &m.last_updated)),
        (l.language, l.lang_name(l.lang).to_owned()),
    ] {
        if !value.is_empty() {
            items.push(doc.field(label, &value));
        }
    }
    doc.bullets(&items);
}

/// A `YYYY-MM-DD` date in words in the charter's language; any other text as it was written.
fn written_date(l: &crate::labels::Labels, text: &str) -> String {
    date_in_words(l, text).unwrap_or_else(|| inline(text))
}

/// A `YYYY-MM-DD` date in words ("4 décembre 2026", "4 December 2026"), if `text` is one.
pub(crate) fn date_in_words(l: &crate::labels::Labels, text: &str) -> Option<String> {
    let parts: Vec<&str> = text.trim().split('-').collect();
    let number = |part: &str, digits: usize| {
        (part.len() == digits && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse::<u32>().ok())
            .flatten()
    };
    match parts.as_slice() {
        [y, m, d] => match (number(y, 4), number(m, 2), number(d, 2)) {
            (Some(y), Some(m @ 1..=12), Some(d @ 1..=31)) => Some((l.date)(d, m, y as i32)),
            _ => None,
        },
        _ => None,
    }
}

fn voice(doc: &mut Doc, charter: &Charter) {
    let l = doc.l;
    let v = &charter.voice;
    doc.heading(2, l.section(Section::BrandVoice));
    let tone: Vec<String> = v
        .tone
        .iter()
        .map(|t| {
            let name = if t.label.trim().is_empty() {
                (l.tone_kind)(t.kind).to_owned()
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
    let mut emoji = (l.emoji_policy)(v.emoji).to_owned();
    if !v.emoji_note.trim().is_empty() {
        emoji = format!("{emoji} ({})", inline(&v.emoji_note));
    }
    let settings = [
        doc.field(l.address, (l.address_form)(v.address)),
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
    personas_head(doc, charter);
    for persona in &charter.personas {
        persona_block(doc, persona);
    }
}

pub(super) fn personas_head(doc: &mut Doc, charter: &Charter) {
    let l = doc.l;
    doc.heading(2, l.section(Section::Personas));
    if charter.personas.is_empty() {
        doc.empty(l.no_personas);
    }
}

pub(super) fn channels_head(doc: &mut Doc, charter: &Charter) {
    let l = doc.l;
    doc.heading(2, l.section(Section::Channels));
    if charter.channels.is_empty() {
        doc.empty(l.no_channels);
    }
}

pub(super) fn persona_block(doc: &mut Doc, persona: &Persona) {
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
        let names: Vec<&str> = persona.channels.iter().map(|&p| (l.platform)(p)).collect();
        items.push(doc.field(l.channels_used, &names.join(", ")));
    }
    doc.bullets(&items);
}

fn channels(doc: &mut Doc, charter: &Charter) {
    channels_head(doc, charter);
    let personas = PersonaNames::of(charter);
    for channel in &charter.channels {
        channel_block(doc, &personas, channel);
    }
}

/// The personas' names by id, which a channel's block shows for the personas it serves.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PersonaNames(pub Vec<(String, String)>);

impl PersonaNames {
    pub fn of(charter: &Charter) -> PersonaNames {
        PersonaNames(
            charter
                .personas
                .iter()
                .map(|p| (p.id.clone(), p.name.clone()))
                .collect(),
        )
    }

    /// The escaped name of a persona, or its id when it has no name or does not exist.
    fn name(&self, id: &str) -> String {
        match self.0.iter().find(|(p, _)| p == id) {
            Some((_, name)) if !name.trim().is_empty() => inline(name),
            _ => inline(id),
        }
    }
}

pub(super) fn channel_block(doc: &mut Doc, personas: &PersonaNames, channel: &Channel) {
    let l = doc.l;
    doc.user_heading(3, l.channel(channel));
    let persona_names: Vec<String> = channel
        .persona_ids
        .iter()
        .map(|id| personas.name(id))
        .collect();
    let coverage: Vec<String> = channel
        .coverage
        .iter()
        .map(|s| coverage_slot(s, l))
        .collect();
    let mut items = vec![doc.field(l.channel, (l.platform)(channel.platform))];
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

fn response_times(doc: &mut Doc, charter: &Charter) {
    let l = doc.l;
    let times = &charter.response_times;
    doc.heading(2, l.section(Section::ResponseTimes));
    doc.bullets(&[doc.field(l.default_target, &delay(times.default_target, l))]);
    if !charter.channels.is_empty() {
        let mut header = vec![l.channel];
        header.extend(Situation::GRID.iter().map(|&s| (l.situation_name)(s)));
        let rows: Vec<Vec<String>> = charter
            .channels
            .iter()
            .map(|channel| {
                let mut row = vec![inline(l.channel(channel))];
                row.extend(
                    Situation::GRID
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
    doc.heading(2, l.section(Section::Moderation));
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
                    (l.category_name)(r.category).to_owned(),
                    inline(&r.covers),
                    entries(&r.examples).join(" · "),
                    entries(&r.keywords).join(", "),
                ];
                if with_patterns {
                    row.push(entries(&r.patterns).join(" · "));
                }
                row.push((l.moderation_action)(r.action).to_owned());
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
    doc.heading(2, l.section(Section::Crisis));
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
    doc.heading(2, l.section(Section::Engagement));
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
                        Some(c) => inline(l.channel(c)),
                        None => inline(id),
                    })
                    .collect();
                vec![
                    inline(&r.name),
                    (l.ritual_kind)(r.kind).to_owned(),
                    inline(&r.description),
                    inline(&r.frequency),
                    channels.join(", "),
                ]
            })
            .collect();
        doc.table(
            &[
                l.ritual,
                l.kind,
                l.description,
                l.frequency,
                l.section(Section::Channels),
            ],
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

pub(super) fn placeholders(doc: &mut Doc, charter: &Charter) {
    let l = doc.l;
    doc.heading(2, l.placeholders);
    if charter.placeholders.is_empty() {
        doc.nothing();
        return;
    }
    placeholders_table(doc, charter);
}

/// The placeholders as a table: name, description, sample, and what a helpdesk fills it with
/// when any does.
fn placeholders_table(doc: &mut Doc, charter: &Charter) {
    let l = doc.l;
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
                        .map(|f| (l.standard_field)(f))
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

pub(super) fn templates(doc: &mut Doc, charter: &Charter, level: usize) {
    templates_head(doc, charter, level);
    let context = TemplateContext::of(charter);
    for template in &charter.templates {
        template_block(doc, &context, template, level + 1);
    }
}

pub(super) fn templates_head(doc: &mut Doc, charter: &Charter, level: usize) {
    doc.heading(level, doc.l.section(Section::Templates));
    if charter.templates.is_empty() {
        doc.nothing();
    }
}

pub(super) fn template_block(
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
        doc.field(l.situation, (l.situation_name)(template.situation)),
        doc.field(l.section(Section::Channels), &channels),
        doc.field(l.visibility, (l.visibility_name)(template.visibility)),
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
    for lang in first.first() {
        let body = text.get(lang).map(str::trim).unwrap_or_default();
        if body.is_empty() && lang != first {
            continue;
        }
        let mark = doc.lang_marks && lang != first;
        if mark {
            doc.block(&lang_mark(lang));
        }
        let language = labels(lang).lang_name(lang);
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
        if mark {
            doc.block(LANG_MARK_END);
        }
    }
}

/// The block that opens text in another language than the charter's, on the HTML page.
pub fn lang_mark(lang: Lang) -> String {
    format!("<div lang=\"{}\">", lang.code())
}

/// The block that closes it.
pub const LANG_MARK_END: &str = "</div>";

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
