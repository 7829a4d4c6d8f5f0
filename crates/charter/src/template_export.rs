//! The reply templates alone, as a flat JSON list, for tools that only want the replies:
//! one entry per template and language, self-contained (channel names and placeholder
//! descriptions are copied in, so the list is usable without the charter).

use serde::Serialize;

use crate::document::{Charter, Platform, Situation, Visibility};
use crate::labels::labels;
use crate::lang::Lang;
use crate::template::{placeholders_in, PlaceholderScan};

/// One template in one language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TemplateEntry {
    pub id: String,
    pub title: String,
    pub situation: Situation,
    pub channels: Vec<ChannelRef>,
    pub visibility: Visibility,
    pub language: Lang,
    pub body: String,
    /// The private follow-up of a public reply (complaints), in the same language.
    pub follow_up: Option<String>,
    pub placeholders: Vec<PlaceholderRef>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChannelRef {
    pub id: String,
    pub platform: Platform,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlaceholderRef {
    pub name: String,
    pub description: String,
    pub sample: String,
}

/// The entries, in template order, the charter's language first for each template.
pub fn template_entries(charter: &Charter) -> Vec<TemplateEntry> {
    let l = labels(charter.meta.language);
    let first = charter.meta.language;
    let order = first.first();
    let mut entries = Vec::new();
    for template in &charter.templates {
        let channels: Vec<ChannelRef> = template
            .channel_ids
            .iter()
            .filter_map(|id| charter.channels.iter().find(|c| &c.id == id))
            .map(|c| ChannelRef {
                id: c.id.clone(),
                platform: c.platform,
                name: l.channel(c).to_owned(),
            })
            .collect();
        for lang in order {
            let Some(body) = template
                .body
                .get(lang)
                .map(str::trim)
                .filter(|b| !b.is_empty())
            else {
                continue;
            };
            let follow_up = template
                .follow_up
                .get(lang)
                .map(str::trim)
                .filter(|f| !f.is_empty())
                .map(str::to_owned);
            let mut names: Vec<String> = Vec::new();
            for text in [Some(body), follow_up.as_deref()].into_iter().flatten() {
                if let PlaceholderScan::Names(found) = placeholders_in(text) {
                    for name in found {
                        if !names.contains(&name) {
                            names.push(name);
                        }
                    }
                }
            }
            let placeholders = names
                .into_iter()
                .map(|name| {
                    let defined = charter.placeholders.iter().find(|p| p.name == name);
                    PlaceholderRef {
                        description: defined.map(|p| p.description.clone()).unwrap_or_default(),
                        sample: defined.map(|p| p.sample.clone()).unwrap_or_default(),
                        name,
                    }
                })
                .collect();
            entries.push(TemplateEntry {
                id: template.id.clone(),
                title: template.title.trim().to_owned(),
                situation: template.situation,
                channels: channels.clone(),
                visibility: template.visibility,
                language: lang,
                body: body.to_owned(),
                follow_up,
                placeholders,
            });
        }
    }
    entries
}

/// The entries as pretty-printed JSON with a final newline.
pub fn templates_json(charter: &Charter) -> String {
    let mut out = serde_json::to_string_pretty(&template_entries(charter))
        .unwrap_or_else(|_| unreachable!("template entries always serialise"));
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Channel, LocalizedText, Placeholder, ReplyTemplate};

    #[test]
    fn one_entry_per_language_with_channels_and_placeholders_copied_in() {
        let mut charter = Charter::new(Lang::En);
        charter.channels.push(Channel {
            id: "channel-1".into(),
            platform: Platform::Instagram,
            ..Channel::default()
        });
        charter.placeholders.push(Placeholder {
            id: "placeholder-1".into(),
            name: "first_name".into(),
            description: "Customer's first name".into(),
            sample: "Léa".into(),
            stands_for: None,
        });
        charter.templates.push(ReplyTemplate {
            id: "template-1".into(),
            title: "Late delivery".into(),
            channel_ids: vec!["channel-1".into()],
            body: LocalizedText {
                fr: Some("Bonjour {{first_name}}".into()),
                en: Some("Hi {{first_name}}".into()),
            },
            follow_up: LocalizedText {
                fr: None,
                en: Some("Following up, {{agent}}".into()),
            },
            ..ReplyTemplate::default()
        });
        let entries = template_entries(&charter);
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].language, Lang::En, "charter language first");
        assert_eq!(entries[0].channels[0].name, "Instagram");
        assert_eq!(
            entries[0].follow_up.as_deref(),
            Some("Following up, {{agent}}")
        );
        let names: Vec<&str> = entries[0]
            .placeholders
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(names, ["first_name", "agent"]);
        assert_eq!(entries[0].placeholders[0].sample, "Léa");
        assert_eq!(entries[1].language, Lang::Fr);
        assert_eq!(entries[1].follow_up, None);
        let value: serde_json::Value = serde_json::from_str(&templates_json(&charter)).unwrap();
        assert_eq!(value[1]["language"], "fr");
        assert_eq!(value[0]["situation"], "complaint");
    }
}
