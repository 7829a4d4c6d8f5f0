//! The reply checker: reads a reply the way a careful community manager would, against the
//! course's principles and the team's own charter, and explains each finding: which rule,
//! how serious, which charter principle it serves, and the span of text it is about.
//!
//! Rules by situation (French and English texts alike):
//! - complaint, negative review: open by acknowledging the feeling (`empathy-first`); apologise
//!   without justifying or blaming (`no-excuse`); give a concrete next step (`next-step`); a
//!   public reply to a complaint offers a private channel (`private-channel`);
//! - positive review: thank the person (`thanks`);
//! - troll / insult: recall the rules (`rules-recall`), stay neutral (`neutral`), leave the
//!   door open (`door-open`);
//! - every reply: address the person (`name`), avoid the charter's words to avoid
//!   (`avoid-words`), keep its tu / vous (`address`), follow its emoji policy (`emoji`), fit each
//!   target channel (`length`), use only defined placeholders with balanced braces
//!   (`placeholders`).
//!
//! Matching is lexical (word lists per language, `lexicon.rs`), deliberately simple and
//! explainable; its precision and recall are measured on the labelled corpus in
//! `tests/replies/`. The rules are in `rules.rs`, the text helpers in `text.rs`, the remarks in
//! `words.rs`.
//!
//! Placeholders and length are validation's to judge in a charter (`crate::validate`, the
//! same functions, the same words): in a template's editor they show once, as the field's
//! problem, so [`check_template_text`] leaves them out; [`check`] keeps them for replies that
//! are not part of the charter (practice, the labelled corpus).

mod finding;
mod lexicon;
mod rules;
mod text;
mod words;

use std::ops::Range;

use crate::document::{Charter, Situation, Visibility};
use crate::lang::Lang;

pub use finding::{Context, Detail, Finding, Rule};
pub use rules::check;

/// The part of a charter the checker reads (voice, placeholders, channels, language), as a
/// charter of its own: an editor can re-check a reply only when this, or the reply, changes.
pub fn relevant_part(charter: &Charter) -> Charter {
    let mut part = Charter::new(charter.meta.language);
    part.voice = charter.voice.clone();
    part.placeholders = charter.placeholders.clone();
    part.channels = charter.channels.clone();
    part
}

/// Byte offsets as UTF-16 offsets, for a browser's text selection.
pub fn utf16_span(text: &str, span: &Range<usize>) -> (u32, u32) {
    let start = text[..span.start].encode_utf16().count() as u32;
    let end = start + text[span.clone()].encode_utf16().count() as u32;
    (start, end)
}

/// Checks one text of a template: its `body` or its `follow_up`, in one language. A
/// follow-up is a private message about the next step, so only the rules for every reply
/// apply to it.
pub fn check_template_text(
    charter: &Charter,
    template: &crate::document::ReplyTemplate,
    field: TemplateText,
    lang: Lang,
) -> Vec<Finding> {
    let (text, situation, visibility) = match field {
        TemplateText::Body => (&template.body, template.situation, template.visibility),
        TemplateText::FollowUp => (&template.follow_up, Situation::Custom, Visibility::Private),
    };
    let Some(text) = text.get(lang).filter(|t| !t.trim().is_empty()) else {
        return Vec::new();
    };
    let context = Context {
        charter,
        situation,
        visibility,
        channel_ids: &template.channel_ids,
        lang,
    };
    let mut findings = check(text, &context);
    // validation shows these two at the field already (see the module header)
    findings.retain(|f| !matches!(f.rule, Rule::Length | Rule::Placeholders));
    findings
}

/// Which text of a template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TemplateText {
    Body,
    FollowUp,
}

impl TemplateText {
    pub fn key(self) -> &'static str {
        match self {
            TemplateText::Body => "body",
            TemplateText::FollowUp => "follow_up",
        }
    }
}

/// Checks every template of a charter, in each language it is written in: (template index,
/// language, which text, findings).
pub fn check_charter(charter: &Charter) -> Vec<(usize, Lang, TemplateText, Vec<Finding>)> {
    let mut out = Vec::new();
    for (i, template) in charter.templates.iter().enumerate() {
        for lang in Lang::ALL {
            for field in [TemplateText::Body, TemplateText::FollowUp] {
                if template_text(template, field)
                    .get(lang)
                    .is_some_and(|t| !t.trim().is_empty())
                {
                    out.push((
                        i,
                        lang,
                        field,
                        check_template_text(charter, template, field, lang),
                    ));
                }
            }
        }
    }
    out
}

/// The localized text a [`TemplateText`] names.
pub fn template_text(
    template: &crate::document::ReplyTemplate,
    field: TemplateText,
) -> &crate::document::LocalizedText {
    match field {
        TemplateText::Body => &template.body,
        TemplateText::FollowUp => &template.follow_up,
    }
}

#[cfg(test)]
mod tests {
    use super::text::{find_word, shouting};
    use super::*;
    use crate::document::{Placeholder, WordChoice};

    fn charter() -> Charter {
        let mut c = Charter::new(Lang::Fr);
        c.placeholders.push(Placeholder {
            id: "placeholder-1".into(),
            name: "first_name".into(),
            ..Placeholder::default()
        });
        c.voice.words_to_avoid.push(WordChoice {
            text: "malheureusement".into(),
            reason: "sonne fataliste".into(),
        });
        c
    }

    fn rules(text: &str, situation: Situation, lang: Lang) -> Vec<&'static str> {
        let c = charter();
        let context = Context {
            charter: &c,
            situation,
            visibility: Visibility::Public,
            channel_ids: &[],
            lang,
        };
        check(text, &context).iter().map(|f| f.rule.id()).collect()
    }

    #[test]
    fn the_course_model_complaint_reply_passes() {
        let reply = "Bonjour {{first_name}}, nous comprenons parfaitement votre frustration face à ce retard et nous en sommes sincèrement désolés. Notre équipe logistique travaille actuellement à résoudre le problème et votre commande devrait vous parvenir dans les plus brefs délais. Nous vous contactons en privé pour vous donner un suivi précis et trouver une solution qui vous conviendra. Merci de votre patience et de votre confiance.";
        assert_eq!(
            rules(reply, Situation::Complaint, Lang::Fr),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn a_bad_complaint_reply_is_explained_with_spans() {
        let reply = "Désolés, mais c'est la faute du transporteur. Malheureusement on ne peut rien faire pour toi.";
        let c = charter();
        let context = Context {
            charter: &c,
            situation: Situation::Complaint,
            visibility: Visibility::Public,
            channel_ids: &[],
            lang: Lang::Fr,
        };
        let findings = check(reply, &context);
        let ids: Vec<_> = findings.iter().map(|f| f.rule.id()).collect();
        for expected in [
            "empathy-first",
            "no-excuse",
            "next-step",
            "private-channel",
            "name",
            "avoid-words",
            "address",
        ] {
            assert!(ids.contains(&expected), "{expected} in {ids:?}");
        }
        let excuse = findings.iter().find(|f| f.rule == Rule::NoExcuse).unwrap();
        assert_eq!(&reply[excuse.span.clone()], "Désolés, mais");
        let avoid = findings
            .iter()
            .find(|f| f.rule == Rule::AvoidWords)
            .unwrap();
        assert_eq!(&reply[avoid.span.clone()], "Malheureusement");
        assert!(avoid.message(Lang::En).contains("sonne fataliste"));
        let address = findings.iter().find(|f| f.rule == Rule::Address).unwrap();
        assert_eq!(&reply[address.span.clone()], "toi");
    }

    #[test]
    fn the_course_model_troll_reply_passes_and_sarcasm_does_not() {
        let reply = "Bonjour, nous encourageons les échanges constructifs et respectueux au sein de cette communauté. Nous devons donc modérer tout contenu offensant. N’hésitez pas à reformuler votre message afin que nous puissions échanger sereinement.";
        assert_eq!(rules(reply, Situation::Troll, Lang::Fr), Vec::<&str>::new());
        let bad = rules(
            "Bravo le génie, quelle surprise. ARRÊTEZ de raconter n'importe quoi !!",
            Situation::Troll,
            Lang::Fr,
        );
        assert!(
            bad.iter().filter(|r| **r == "neutral").count() >= 3,
            "{bad:?}"
        );
        assert!(
            bad.contains(&"rules-recall") && bad.contains(&"door-open"),
            "{bad:?}"
        );
    }

    #[test]
    fn english_replies_are_read_with_english_words() {
        assert_eq!(
            rules(
                "Thank you so much {{first_name}} for this lovely review!",
                Situation::PositiveReview,
                Lang::En
            ),
            Vec::<&str>::new()
        );
        assert_eq!(
            rules(
                "Hello {{first_name}}, glad you like it.",
                Situation::PositiveReview,
                Lang::En
            ),
            ["thanks"]
        );
        let bad = rules(
            "Sorry, but you should have read the delivery page.",
            Situation::Complaint,
            Lang::En,
        );
        assert!(
            bad.contains(&"no-excuse") && bad.contains(&"next-step"),
            "{bad:?}"
        );
    }

    #[test]
    fn the_relevant_part_checks_like_the_whole_charter() {
        let c = crate::generate::charter(
            9,
            crate::generate::Size {
                personas: 3,
                channels: 3,
                templates: 5,
            },
        );
        let part = relevant_part(&c);
        for t in &c.templates {
            for lang in Lang::ALL {
                let Some(text) = t.body.get(lang) else {
                    continue;
                };
                let context = |charter| Context {
                    charter,
                    situation: t.situation,
                    visibility: t.visibility,
                    channel_ids: &t.channel_ids,
                    lang,
                };
                assert_eq!(check(text, &context(&c)), check(text, &context(&part)));
            }
        }
        assert_eq!(utf16_span("é😀x", &(2..6)), (1, 3));
    }

    #[test]
    fn words_match_whole_words_and_prefixes() {
        assert_eq!(
            find_word("un remboursement rapide", "rembours*"),
            Some(3..16)
        );
        assert_eq!(find_word("nulle part", "nul"), None);
        assert_eq!(find_word("c'est nul.", "nul"), Some(6..9));
        assert_eq!(find_word("trolling", "troll"), None);
        assert!(
            shouting("C'est NUL").is_none(),
            "three capitals are not shouting"
        );
        assert_eq!(shouting("ARRÊTEZ ça"), Some(0..8));
    }

    #[test]
    fn length_and_placeholders_follow_the_charter() {
        let mut c = charter();
        c.channels.push(crate::document::Channel {
            id: "channel-1".into(),
            name: "X".into(),
            reply_length_limit: Some(20),
            ..Default::default()
        });
        let context = Context {
            charter: &c,
            situation: Situation::Question,
            visibility: Visibility::Public,
            channel_ids: &[],
            lang: Lang::En,
        };
        let text = "Hi {{first_name}}, {{order}} is on its way.";
        let findings = check(text, &context);
        let length = findings.iter().find(|f| f.rule == Rule::Length).unwrap();
        assert!(length.message(Lang::En).contains("limit 20"));
        let undefined = findings
            .iter()
            .find(|f| f.rule == Rule::Placeholders)
            .unwrap();
        assert_eq!(&text[undefined.span.clone()], "{{order}}");
    }
}
