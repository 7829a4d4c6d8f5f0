//! What the Review step shows of each section, and how many errors each section has: counted
//! here, worded by the app.

use crate::document::Section;
use crate::document::{Charter, Delay};
use crate::locate::{locate, Location};
use crate::validate::Problem;

/// The short account of one section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Summary {
    BrandVoice {
        title: String,
        brand: String,
        tone_traits: usize,
    },
    /// The names given so far (blank ones skipped), for personas and channels.
    Names(Vec<String>),
    ResponseTimes {
        default_target: Delay,
        channel_targets: usize,
    },
    Moderation {
        house_rules: usize,
        rules: usize,
    },
    Crisis {
        spokesperson: String,
        escalation_steps: usize,
        holding_statements: usize,
    },
    Engagement {
        rituals: usize,
    },
    Templates {
        placeholders: usize,
        templates: usize,
    },
}

fn names<'a>(names: impl Iterator<Item = &'a str>) -> Summary {
    Summary::Names(
        names
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_owned)
            .collect(),
    )
}

/// The summary of `section`.
pub fn summarize(charter: &Charter, section: Section) -> Summary {
    let c = charter;
    match section {
        Section::BrandVoice => Summary::BrandVoice {
            title: c.meta.title.trim().to_owned(),
            brand: c.meta.brand.trim().to_owned(),
            tone_traits: c.voice.tone.len(),
        },
        Section::Personas => names(c.personas.iter().map(|p| p.name.as_str())),
        Section::Channels => names(c.channels.iter().map(|ch| ch.name.as_str())),
        Section::ResponseTimes => Summary::ResponseTimes {
            default_target: c.response_times.default_target,
            channel_targets: c.response_times.targets.len(),
        },
        Section::Moderation => Summary::Moderation {
            house_rules: c.moderation.house_rules.entries().count(),
            rules: c.moderation.rules.len(),
        },
        Section::Crisis => Summary::Crisis {
            spokesperson: c.crisis.spokesperson.name.trim().to_owned(),
            escalation_steps: c.crisis.escalation.len(),
            holding_statements: c.crisis.holding_statements.len(),
        },
        Section::Engagement => Summary::Engagement {
            rituals: c.engagement.rituals.len(),
        },
        Section::Templates => Summary::Templates {
            placeholders: c.placeholders.len(),
            templates: c.templates.len(),
        },
    }
}

/// The problems as Review lists them: errors first (in document order), then warnings, each
/// with where it leads. Problems at no field of the wizard are left out.
pub fn review_list<'p>(
    charter: &Charter,
    problems: impl IntoIterator<Item = &'p Problem>,
) -> Vec<(&'p Problem, Location)> {
    let mut list: Vec<_> = problems
        .into_iter()
        .filter_map(|p| Some((p, locate(charter, &p.path)?)))
        .collect();
    // a stable sort: document order within each severity
    list.sort_by_key(|(p, _)| p.severity);
    list
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Lines, Persona};
    use crate::lang::Lang;
    use crate::validate::{validate, Severity};

    #[test]
    fn summaries_count_what_is_there_and_skip_blank_names() {
        let mut charter = Charter::new(Lang::En);
        charter.meta.title = " Hibou ".into();
        for name in ["Camille", "  ", "Sam"] {
            charter.personas.push(Persona {
                name: name.into(),
                ..Persona::default()
            });
        }
        charter.moderation.house_rules = Lines::from(["Be kind", " ", "No spam"]);
        assert_eq!(
            summarize(&charter, Section::Personas),
            Summary::Names(vec!["Camille".into(), "Sam".into()])
        );
        assert_eq!(
            summarize(&charter, Section::Moderation),
            Summary::Moderation {
                house_rules: 2,
                rules: 0
            }
        );
        assert_eq!(
            summarize(&charter, Section::BrandVoice),
            Summary::BrandVoice {
                title: "Hibou".into(),
                brand: String::new(),
                tone_traits: 0
            }
        );
    }

    #[test]
    fn review_lists_errors_first_in_document_order() {
        let mut charter = Charter::new(Lang::En);
        charter.response_times.default_target = crate::document::Delay::hours(30);
        charter.personas.push(Persona {
            id: "persona-1".into(),
            ..Persona::default()
        });
        let problems = validate(&charter);
        let list = review_list(&charter, &problems);
        let order: Vec<(Severity, &str)> = list
            .iter()
            .map(|(p, _)| (p.severity, p.path.as_str()))
            .collect();
        assert_eq!(
            order,
            [
                (Severity::Error, "/meta/title"),
                (Severity::Error, "/personas/0/name"),
                (Severity::Error, "/crisis/spokesperson/name"),
                (Severity::Warning, "/response_times/default_target"),
            ]
        );
        assert_eq!(list[1].1.section, Section::Personas);
    }
}
