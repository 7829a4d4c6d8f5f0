//! Tidying a draft for export: list entries typed one per line are trimmed and blank ones
//! dropped. The draft itself keeps the user's text verbatim (see [`crate::draft`]).

use crate::document::{Charter, LocalizedText};

/// Trims every entry and drops the blank ones.
fn tidy(items: &mut Vec<String>) {
    items.retain(|item| !item.trim().is_empty());
    for item in items.iter_mut() {
        if item.trim().len() != item.len() {
            *item = item.trim().to_owned();
        }
    }
}

/// A language whose text is blank is simply absent.
fn tidy_text(text: &mut LocalizedText) {
    for slot in [&mut text.fr, &mut text.en] {
        if slot.as_deref().is_some_and(|t| t.trim().is_empty()) {
            *slot = None;
        }
    }
}

impl Charter {
    /// A copy with every list-of-lines field tidied. Idempotent.
    pub fn normalized(&self) -> Charter {
        let mut charter = self.clone();
        tidy(&mut charter.meta.authors);
        for persona in &mut charter.personas {
            tidy(&mut persona.interests);
            tidy(&mut persona.digital_behaviours);
            tidy(&mut persona.expectations);
        }
        for channel in &mut charter.channels {
            tidy(&mut channel.codes.formats);
        }
        tidy(&mut charter.moderation.house_rules);
        for rule in &mut charter.moderation.rules {
            tidy(&mut rule.examples);
            tidy(&mut rule.keywords);
        }
        tidy(&mut charter.crisis.first_hour);
        for statement in &mut charter.crisis.holding_statements {
            tidy_text(&mut statement.body);
        }
        for template in &mut charter.templates {
            tidy_text(&mut template.body);
            tidy_text(&mut template.follow_up);
            for variant in &mut template.variants {
                tidy_text(&mut variant.body);
            }
        }
        let listening = &mut charter.engagement.listening;
        tidy(&mut listening.tools);
        tidy(&mut listening.keywords);
        tidy(&mut listening.hashtags);
        charter
    }
}

#[cfg(test)]
mod tests {
    use crate::document::{Charter, LocalizedText, Persona};

    #[test]
    fn normalizing_trims_drops_blanks_and_is_idempotent() {
        let mut charter = Charter::default();
        charter.personas.push(Persona {
            interests: vec![" a ".into(), "".into(), "   ".into(), "b".into()],
            ..Persona::default()
        });
        charter.moderation.house_rules = vec!["\n".into(), "Be kind".into()];
        charter.templates.push(crate::document::ReplyTemplate {
            body: LocalizedText {
                fr: Some(" ".into()),
                en: Some("Hi".into()),
            },
            ..Default::default()
        });
        let tidy = charter.normalized();
        assert_eq!(tidy.personas[0].interests, ["a", "b"]);
        assert_eq!(tidy.moderation.house_rules, ["Be kind"]);
        assert_eq!(
            tidy.templates[0].body,
            LocalizedText {
                fr: None,
                en: Some("Hi".into())
            }
        );
        assert_eq!(tidy.normalized(), tidy);
    }
}
