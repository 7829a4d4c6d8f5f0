//! Synthetic charters for property tests and benchmarks: any size, any seed, deterministic.
//! Text is drawn from an alphabet chosen to break naive code: accents, emoji, quotes,
//! backslashes, Markdown and HTML punctuation, braces, line breaks.

use crate::document::*;
use crate::lang::Lang;
use crate::tidy::{Visitor, Walk};

/// A small, fast, deterministic generator (xorshift64*), good enough for test data.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const WORDS: &[&str] = &[
    "livraison",
    "commande",
    "réponse",
    "équipe",
    "merci",
    "désolés",
    "délai",
    "avis",
    "community",
    "reply",
    "Léa",
    "Zoë",
    "naïve",
    "cœur",
    "🙂",
    "🚚",
    "#hashtag",
    "@handle",
    "*star*",
    "_under_",
    "`code`",
    "[link](javascript:x)",
    "<b>",
    "&amp;",
    "1.",
    "- dash",
    "\"quoted\"",
    "back\\slash",
    "{{first_name}}",
    "{{ agent }}",
    "https://a.example/x",
    "pipe|cell",
    "~tilde~",
    "tab\there",
    "ligne\nsuivante",
    "   spaced   ",
    "",
];

/// The placeholders of a synthetic charter: names its texts use (see `WORDS`).
const PLACEHOLDERS: [&str; 3] = ["first_name", "agent", "order_number"];

/// Valid regular expressions for moderation rules, in the syntax both bots read alike
/// (`pattern.rs`): accented classes, named groups, alternations, escapes.
const PATTERNS: [&str; 5] = [
    r"arnaque\w*",
    r"\bfree\s+(money|gift)s?\b",
    r"[A-ZÀ-ÖØ-Þ]{6,}",
    r"h[a@]te\s*(you|u)",
    r"(?P<link>bit\.ly|tinyurl\.com)/\w+",
];

fn text(rng: &mut Rng, max_words: usize) -> String {
    let n = rng.below(max_words + 1);
    (0..n)
        .map(|_| *rng.pick(WORDS))
        .collect::<Vec<_>>()
        .join(" ")
}

fn lines(rng: &mut Rng, max: usize) -> Lines {
    (0..rng.below(max + 1)).map(|_| text(rng, 6)).collect()
}

fn maybe_text(rng: &mut Rng) -> Option<String> {
    rng.chance(80).then(|| text(rng, 40))
}

fn localized(rng: &mut Rng) -> LocalizedText {
    LocalizedText {
        fr: maybe_text(rng),
        en: maybe_text(rng),
    }
}

fn delay(rng: &mut Rng) -> Delay {
    if rng.chance(50) {
        Delay::minutes(rng.below(180) as u32)
    } else {
        Delay::hours(rng.below(100) as u32)
    }
}

fn ids(rng: &mut Rng, prefix: &str, count: usize, max: usize) -> Vec<String> {
    if count == 0 {
        return Vec::new();
    }
    (0..rng.below(max + 1))
        .map(|_| format!("{prefix}-{}", rng.below(count + 1) + 1))
        .collect()
}

/// Sizes of a generated charter.
#[derive(Debug, Clone, Copy)]
pub struct Size {
    pub personas: usize,
    pub channels: usize,
    pub templates: usize,
}

impl Size {
    /// The size the benchmarks use: 50 personas, 30 channels, 300 templates.
    pub const LARGE: Size = Size {
        personas: 50,
        channels: 30,
        templates: 300,
    };

    /// As many personas, channels and templates as Porte-voix opens (`limits.rs`).
    pub const AT_LIMITS: Size = Size {
        personas: crate::document::ListKind::Personas.max_items(),
        channels: crate::document::ListKind::Channels.max_items(),
        templates: crate::document::ListKind::Templates.max_items(),
    };
}

/// A charter of the given size, filled with random but well-formed content.
pub fn charter(seed: u64, size: Size) -> Charter {
    let mut rng = Rng::new(seed);
    let r = &mut rng;
    let mut charter = Charter::new(if r.chance(50) { Lang::Fr } else { Lang::En });
    charter.meta = Meta {
        language: charter.meta.language,
        last_updated: "2026-11-21".into(),
        ..Meta::default()
    };
    charter.voice = Voice {
        tone: (0..r.below(4))
            .map(|_| ToneTrait {
                kind: *r.pick(&ToneKind::ALL),
                ..ToneTrait::default()
            })
            .collect(),
        address: *r.pick(&Address::ALL),
        emoji: *r.pick(&EmojiPolicy::ALL),
        words_to_use: (0..r.below(5)).map(|_| WordChoice::default()).collect(),
        words_to_avoid: (0..r.below(5)).map(|_| WordChoice::default()).collect(),
        ..Voice::default()
    };
    charter.personas = (1..=size.personas)
        .map(|i| Persona {
            id: format!("persona-{i}"),
            age: AgeRange {
                min: r.chance(70).then(|| r.below(60) as u8),
                max: r.chance(70).then(|| r.below(90) as u8 + 10),
            },
            channels: (0..r.below(4)).map(|_| *r.pick(&Platform::ALL)).collect(),
            ..Persona::default()
        })
        .collect();
    charter.channels = (1..=size.channels)
        .map(|i| Channel {
            id: format!("channel-{i}"),
            platform: *r.pick(&Platform::ALL),
            persona_ids: ids(r, "persona", size.personas, 3),
            codes: ChannelCodes {
                ..ChannelCodes::default()
            },
            coverage: (0..r.below(3))
                .map(|_| CoverageSlot {
                    days: (0..r.below(7)).map(|_| *r.pick(&Weekday::ALL)).collect(),
                    start: format!("{:02}:{:02}", r.below(25), r.below(60)),
                    end: format!("{:02}:{:02}", r.below(25), r.below(60)),
                })
                .collect(),
            reply_length_limit: r.chance(60).then(|| r.below(3000) as u32 + 100),
            ..Channel::default()
        })
        .collect();
    charter.response_times = ResponseTimes {
        default_target: delay(r),
        targets: (0..size.channels * 2)
            .map(|_| ResponseTarget {
                channel_id: format!("channel-{}", r.below(size.channels.max(1)) + 1),
                situation: *r.pick(&Situation::ALL),
                target: delay(r),
            })
            .collect(),
        ..ResponseTimes::default()
    };
    charter.moderation = Moderation {
        ..Moderation::default()
    };
    charter.moderation.rules = (1..=r.below(8))
        .map(|i| ModerationRule {
            id: format!("rule-{i}"),
            category: *r.pick(&ModerationCategory::ALL),
            action: *r.pick(&ModerationAction::ALL),
            ..ModerationRule::default()
        })
        .collect();
    charter.crisis = CrisisPlan {
        triggers: (0..r.below(4)).map(|_| CrisisTrigger::default()).collect(),
        spokesperson: Contact::default(),
        escalation: (1..=r.below(5))
            .map(|i| EscalationStep {
                id: format!("step-{i}"),
                ..EscalationStep::default()
            })
            .collect(),
        holding_statements: (1..=r.below(3))
            .map(|i| HoldingStatement {
                id: format!("statement-{i}"),
                ..HoldingStatement::default()
            })
            .collect(),
        ..CrisisPlan::default()
    };
    charter.engagement = Engagement {
        rituals: (1..=r.below(5))
            .map(|i| Ritual {
                id: format!("ritual-{i}"),
                kind: *r.pick(&RitualKind::ALL),
                channel_ids: ids(r, "channel", size.channels, 2),
                ..Ritual::default()
            })
            .collect(),
        ..Engagement::default()
    };
    charter.placeholders = PLACEHOLDERS
        .iter()
        .enumerate()
        .map(|(i, _)| Placeholder {
            id: format!("placeholder-{}", i + 1),
            stands_for: Some(*r.pick(&StandardField::ALL)).filter(|_| r.chance(70)),
            ..Placeholder::default()
        })
        .collect();
    charter.templates = (1..=size.templates)
        .map(|i| ReplyTemplate {
            id: format!("template-{i}"),
            situation: *r.pick(&Situation::ALL),
            channel_ids: ids(r, "channel", size.channels, 3),
            visibility: *r.pick(&Visibility::ALL),
            variants: (0..r.below(2))
                .map(|_| ChannelVariant {
                    channel_id: format!("channel-{}", r.below(size.channels.max(1)) + 1),
                    ..ChannelVariant::default()
                })
                .collect(),
            ..ReplyTemplate::default()
        })
        .collect();
    // every text field a person writes and every one-per-line list, whichever type holds it
    // (a field added to a type is filled without a line here); then moderation patterns,
    // which must be valid regular expressions
    charter.walk(&mut Fill(r));
    // what the rest of the charter refers to: the placeholders the texts use, and a
    // follow-up on a third of the templates (the complaints')
    for (placeholder, name) in charter.placeholders.iter_mut().zip(PLACEHOLDERS) {
        placeholder.name = name.to_owned();
    }
    for template in &mut charter.templates {
        if !r.chance(30) {
            template.follow_up = LocalizedText::default();
        }
    }
    for rule in &mut charter.moderation.rules {
        rule.patterns = if r.chance(50) {
            Lines::from([*r.pick(&PATTERNS)])
        } else {
            Lines::default()
        };
    }
    charter
}

/// Fills every list it visits with random lines, every translated text with random text in
/// either language, and every text field a person writes (not ids, references, times:
/// `NOT_WRITTEN`) with random words.
struct Fill<'r>(&'r mut Rng);

impl Visitor for Fill<'_> {
    fn lines(&mut self, lines: &mut Lines) {
        *lines = self::lines(self.0, 4);
    }

    fn text(&mut self, text: &mut LocalizedText) {
        *text = localized(self.0);
    }

    fn string(&mut self, key: &str, value: &mut String) {
        if !NOT_WRITTEN.contains(&key) {
            *value = text(self.0, 6);
        }
    }
}
