//! The editing session: the charter as the user is typing it, plus what the session needs
//! beyond the document (the last removal, for undo). Every change the UI makes goes through a
//! method here, so the views hold no logic and everything is testable natively.
//!
//! The eight lists of the charter (personas, channels, moderation rules, escalation steps,
//! holding statements, rituals, placeholders, templates) share one set of operations through
//! [`ListItem`]: add, edit, duplicate, remove with undo, move.
//!
//! Text the user types is stored verbatim (list fields keep one entry per line, blank lines
//! and trailing spaces included) so that a textarea bound to the model never fights the caret.
//! [`Charter::normalized`] tidies it for export.

use crate::document::*;
use crate::labels::labels;
use crate::list::{self, Identified, Removed};

/// The charter being edited, and the session state around it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Draft {
    pub charter: Charter,
    /// The last removal, which "Undo" puts back. One level, like a toast's undo.
    pub undo: Option<Removal>,
}

/// A kind of item that lives in one of the charter's lists.
pub trait ListItem: Identified + Clone + Default + PartialEq + Send + Sync + 'static {
    /// Which list it is, for messages and DOM ids.
    const KIND: ListKind;
    fn list(charter: &Charter) -> &Vec<Self>;
    fn list_mut(charter: &mut Charter) -> &mut Vec<Self>;
    /// The name shown in its heading and in the undo message.
    fn display_name(&self) -> &str;
    fn into_removal(removed: Removed<Self>) -> Removal;
    /// A new item as "Add" makes it.
    fn fresh(_charter: &Charter) -> Self {
        Self::default()
    }
}

/// The charter's lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ListKind {
    Personas,
    Channels,
    Rules,
    Escalation,
    HoldingStatements,
    Rituals,
    Placeholders,
    Templates,
}

impl ListKind {
    /// One item's kind, in lower case: the prefix of its generated ids.
    pub fn singular(self) -> &'static str {
        match self {
            ListKind::Personas => <Persona as Identified>::ID_PREFIX,
            ListKind::Channels => <Channel as Identified>::ID_PREFIX,
            ListKind::Rules => <ModerationRule as Identified>::ID_PREFIX,
            ListKind::Escalation => <EscalationStep as Identified>::ID_PREFIX,
            ListKind::HoldingStatements => <HoldingStatement as Identified>::ID_PREFIX,
            ListKind::Rituals => <Ritual as Identified>::ID_PREFIX,
            ListKind::Placeholders => <Placeholder as Identified>::ID_PREFIX,
            ListKind::Templates => <ReplyTemplate as Identified>::ID_PREFIX,
        }
    }

    /// The JSON pointer of the list in the exported charter.
    pub fn pointer(self) -> &'static str {
        match self {
            ListKind::Personas => "/personas",
            ListKind::Channels => "/channels",
            ListKind::Rules => "/moderation/rules",
            ListKind::Escalation => "/crisis/escalation",
            ListKind::HoldingStatements => "/crisis/holding_statements",
            ListKind::Rituals => "/engagement/rituals",
            ListKind::Placeholders => "/placeholders",
            ListKind::Templates => "/templates",
        }
    }
}

macro_rules! list_items {
    ($($ty:ident => $kind:ident, |$c:ident| $list:expr, |$item:ident| $name:expr;)*) => {
        /// An item removed from one of the charter's lists.
        #[derive(Debug, Clone, PartialEq)]
        pub enum Removal {
            $($kind(Removed<$ty>),)*
        }

        impl Removal {
            /// The removed item's name, for the undo message.
            pub fn name(&self) -> &str {
                match self {
                    $(Removal::$kind(removed) => removed.item.display_name(),)*
                }
            }

            pub fn kind(&self) -> ListKind {
                match self {
                    $(Removal::$kind(_) => ListKind::$kind,)*
                }
            }

            /// Puts the item back in its list; returns the id it now has.
            fn restore(self, charter: &mut Charter) -> String {
                match self {
                    $(Removal::$kind(removed) => list::restore(<$ty>::list_mut(charter), removed),)*
                }
            }
        }

        $(
            impl ListItem for $ty {
                const KIND: ListKind = ListKind::$kind;
                fn list($c: &Charter) -> &Vec<Self> {
                    &$list
                }
                fn list_mut($c: &mut Charter) -> &mut Vec<Self> {
                    &mut $list
                }
                fn display_name(&self) -> &str {
                    let $item = self;
                    $name
                }
                fn into_removal(removed: Removed<Self>) -> Removal {
                    Removal::$kind(removed)
                }
            }
        )*
    };
}

list_items! {
    Persona => Personas, |c| c.personas, |p| &p.name;
    Channel => Channels, |c| c.channels, |ch| &ch.name;
    ModerationRule => Rules, |c| c.moderation.rules, |r| &r.covers;
    EscalationStep => Escalation, |c| c.crisis.escalation, |s| &s.role;
    HoldingStatement => HoldingStatements, |c| c.crisis.holding_statements, |s| &s.title;
    Ritual => Rituals, |c| c.engagement.rituals, |r| &r.name;
    Placeholder => Placeholders, |c| c.placeholders, |p| &p.name;
    ReplyTemplate => Templates, |c| c.templates, |t| &t.title;
}

/// Why an age field's text was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgeOutOfRange;

/// Oldest age the form accepts; above it is certainly a typo.
pub const MAX_AGE: u8 = 120;

/// Reads an age field: blank is "open", a whole number from 0 to [`MAX_AGE`] is an age.
pub fn parse_age(text: &str) -> Result<Option<u8>, AgeOutOfRange> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<u8>() {
        Ok(age) if age <= MAX_AGE => Ok(Some(age)),
        _ => Err(AgeOutOfRange),
    }
}

/// Reads a whole, non-negative number field (a limit, a delay): blank is `None`.
pub fn parse_count(text: &str) -> Result<Option<u32>, std::num::ParseIntError> {
    let text = text.trim();
    if text.is_empty() {
        Ok(None)
    } else {
        text.parse::<u32>().map(Some)
    }
}

/// A delay as typed in the response-time grid: a whole number followed by a unit, `min`
/// (or `m`) or `h`; a bare number means hours. Blank is `None` (use the default).
pub fn parse_delay(text: &str) -> Result<Option<Delay>, BadDelay> {
    let text = text.trim().to_lowercase();
    if text.is_empty() {
        return Ok(None);
    }
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let value: u32 = text[..digits].parse().map_err(|_| BadDelay)?;
    match text[digits..].trim() {
        "" | "h" | "hr" | "hrs" | "hour" | "hours" | "heure" | "heures" => {
            Ok(Some(Delay::hours(value)))
        }
        "m" | "min" | "mins" | "minute" | "minutes" => Ok(Some(Delay::minutes(value))),
        _ => Err(BadDelay),
    }
}

/// A delay the way [`parse_delay`] reads it back: "30 min", "2 h".
pub fn format_delay(delay: Delay) -> String {
    match delay.unit {
        DelayUnit::Minutes => format!("{} min", delay.value),
        DelayUnit::Hours => format!("{} h", delay.value),
    }
}

/// A delay field's text was not a number with a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BadDelay;

/// Splits a textarea into list entries, verbatim, one per line.
pub fn lines_from_text(text: &str) -> Vec<String> {
    if text.is_empty() {
        return Vec::new();
    }
    text.split('\n').map(str::to_owned).collect()
}

/// The textarea text of a list: the inverse of [`lines_from_text`].
pub fn text_from_lines(lines: &[String]) -> String {
    lines.join("\n")
}

/// Adds `item` to a set kept as a vector (ticking a box), or removes it (unticking).
pub fn set_member<T: PartialEq>(items: &mut Vec<T>, item: T, member: bool) {
    let present = items.contains(&item);
    if member && !present {
        items.push(item);
    } else if !member && present {
        items.retain(|x| x != &item);
    }
}

impl Draft {
    pub fn new(charter: Charter) -> Draft {
        Draft {
            charter,
            undo: None,
        }
    }

    /// Adds a new item at the end of its list and returns its id.
    pub fn add<T: ListItem>(&mut self) -> String {
        let item = T::fresh(&self.charter);
        list::push_new(T::list_mut(&mut self.charter), item)
    }

    /// Adds a channel for a platform, with that platform's usual limits and formats.
    pub fn add_channel(&mut self, platform: Platform) -> String {
        let channel = Channel::for_platform(platform, self.charter.meta.language);
        list::push_new(&mut self.charter.channels, channel)
    }

    /// Changes one item; nothing happens if the id is unknown.
    pub fn edit<T: ListItem>(&mut self, id: &str, change: impl FnOnce(&mut T)) {
        if let Some(index) = list::position(T::list(&self.charter), id) {
            change(&mut T::list_mut(&mut self.charter)[index]);
        }
    }

    pub fn duplicate<T: ListItem>(&mut self, id: &str) -> Option<String> {
        list::duplicate(T::list_mut(&mut self.charter), id)
    }

    /// Removes an item and remembers it for undo. References to it elsewhere stay, so that
    /// undo restores the links as well; validation reports the dangling id meanwhile.
    pub fn remove<T: ListItem>(&mut self, id: &str) {
        if let Some(removed) = list::remove(T::list_mut(&mut self.charter), id) {
            self.undo = Some(T::into_removal(removed));
        }
    }

    pub fn move_item<T: ListItem>(&mut self, id: &str, delta: isize) -> bool {
        list::move_by(T::list_mut(&mut self.charter), id, delta)
    }

    /// Puts the last removed item back; returns its id.
    pub fn undo_removal(&mut self) -> Option<String> {
        Some(self.undo.take()?.restore(&mut self.charter))
    }

    /// Forgets the pending undo (the message was dismissed).
    pub fn dismiss_undo(&mut self) {
        self.undo = None;
    }

    /// Replaces the whole charter (import, example, start over). Undo would make no sense
    /// across documents, so it is dropped.
    pub fn replace(&mut self, charter: Charter) {
        self.charter = charter;
        self.undo = None;
    }

    /// Saves a reply written in practice as a new public template; returns its id.
    pub fn add_template_from(
        &mut self,
        title: &str,
        situation: Situation,
        lang: crate::lang::Lang,
        text: &str,
    ) -> String {
        let id = self.add::<ReplyTemplate>();
        self.edit::<ReplyTemplate>(&id, |t| {
            t.title = title.to_owned();
            t.situation = situation;
            match lang {
                crate::lang::Lang::Fr => t.body.fr = Some(text.to_owned()),
                crate::lang::Lang::En => t.body.en = Some(text.to_owned()),
            }
        });
        id
    }

    /// Sets, or with `None` clears, the target delay of one channel in one situation.
    pub fn set_target(&mut self, channel_id: &str, situation: Situation, target: Option<Delay>) {
        let targets = &mut self.charter.response_times.targets;
        let existing = targets
            .iter()
            .position(|t| t.channel_id == channel_id && t.situation == situation);
        match (existing, target) {
            (Some(i), Some(delay)) => targets[i].target = delay,
            (Some(i), None) => {
                targets.remove(i);
            }
            (None, Some(delay)) => targets.push(ResponseTarget {
                channel_id: channel_id.to_owned(),
                situation,
                target: delay,
            }),
            (None, None) => {}
        }
    }
}

impl Charter {
    /// The target of a channel in a situation, or the default target when none is set; the
    /// flag says whether it is the channel's own.
    pub fn target_for(&self, channel_id: &str, situation: Situation) -> (Delay, bool) {
        self.response_times
            .targets
            .iter()
            .find(|t| t.channel_id == channel_id && t.situation == situation)
            .map_or((self.response_times.default_target, false), |t| {
                (t.target, true)
            })
    }
}

impl Channel {
    /// A channel on `platform` with the platform's reply limit and usual formats, named after
    /// it, in the charter's language.
    pub fn for_platform(platform: Platform, lang: crate::lang::Lang) -> Channel {
        let fr = lang == crate::lang::Lang::Fr;
        let (limit, formats): (Option<u32>, &[(&str, &str)]) = match platform {
            Platform::Instagram => (
                Some(2200),
                &[
                    ("Reels", "Reels"),
                    ("carrousels", "carousels"),
                    ("stories", "stories"),
                ],
            ),
            Platform::Tiktok => (
                Some(150),
                &[
                    ("vidéos courtes", "short videos"),
                    ("lives", "lives"),
                    ("duos", "duets"),
                ],
            ),
            Platform::X => (
                Some(280),
                &[("messages courts", "short posts"), ("fils", "threads")],
            ),
            Platform::Facebook => (
                Some(8000),
                &[
                    ("publications", "posts"),
                    ("vidéos", "videos"),
                    ("groupes", "groups"),
                ],
            ),
            Platform::Linkedin => (
                Some(1250),
                &[
                    ("articles", "articles"),
                    ("publications", "posts"),
                    ("carrousels", "carousels"),
                ],
            ),
            Platform::Youtube => (
                Some(10000),
                &[
                    ("vidéos longues", "long videos"),
                    ("Shorts", "Shorts"),
                    ("lives", "lives"),
                ],
            ),
            Platform::Discord => (
                Some(2000),
                &[
                    ("salons", "channels"),
                    ("annonces", "announcements"),
                    ("événements", "events"),
                ],
            ),
            Platform::Forum => (None, &[("fils de discussion", "threads"), ("FAQ", "FAQ")]),
            Platform::Email => (None, &[("e-mails personnalisés", "personal emails")]),
            Platform::Custom => (None, &[]),
        };
        let name = match platform {
            Platform::Custom => String::new(),
            other => labels(lang).platform(other).to_owned(),
        };
        Channel {
            platform,
            name,
            reply_length_limit: limit,
            codes: ChannelCodes {
                formats: formats
                    .iter()
                    .map(|(f, e)| if fr { *f } else { *e }.to_owned())
                    .collect(),
                ..ChannelCodes::default()
            },
            ..Channel::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn items_are_added_edited_and_found_by_id() {
        let mut draft = Draft::default();
        let id = draft.add::<Persona>();
        draft.edit::<Persona>(&id, |p| {
            p.name = "Léa".into();
            p.interests = lines_from_text("mode\nseconde main");
            set_member(&mut p.channels, Platform::Tiktok, true);
            set_member(&mut p.channels, Platform::Tiktok, true);
        });
        let p = &draft.charter.personas[0];
        assert_eq!(p.name, "Léa");
        assert_eq!(p.interests, ["mode", "seconde main"]);
        assert_eq!(p.channels, [Platform::Tiktok], "ticking twice adds once");
        draft.edit::<Persona>(&id, |p| {
            set_member(&mut p.channels, Platform::Tiktok, false)
        });
        assert!(draft.charter.personas[0].channels.is_empty());
    }

    #[test]
    fn editing_an_unknown_item_changes_nothing() {
        let mut draft = Draft::default();
        draft.add::<Persona>();
        let before = draft.clone();
        draft.edit::<Persona>("persona-9", |p| p.name = "x".into());
        draft.edit::<Channel>("persona-1", |c| c.name = "x".into());
        assert_eq!(draft, before);
    }

    #[test]
    fn textarea_text_round_trips_verbatim_while_typing() {
        for text in ["", "a", "a\n", "a \nb", "\n\n", "one\n\ntwo  "] {
            assert_eq!(text_from_lines(&lines_from_text(text)), text);
        }
    }

    #[test]
    fn numbers_accept_blank_and_whole_values() {
        assert_eq!(parse_age(""), Ok(None));
        assert_eq!(parse_age(" 34 "), Ok(Some(34)));
        assert_eq!(parse_age("120"), Ok(Some(120)));
        assert_eq!(parse_age("121"), Err(AgeOutOfRange));
        assert_eq!(parse_age("-1"), Err(AgeOutOfRange));
        assert_eq!(parse_age("2.5"), Err(AgeOutOfRange));
        assert_eq!(parse_count(""), Ok(None));
        assert_eq!(parse_count("280"), Ok(Some(280)));
        assert!(parse_count("-3").is_err());
    }

    #[test]
    fn delays_are_typed_with_their_unit() {
        assert_eq!(parse_delay(""), Ok(None));
        assert_eq!(parse_delay("2"), Ok(Some(Delay::hours(2))));
        assert_eq!(parse_delay(" 2 h "), Ok(Some(Delay::hours(2))));
        assert_eq!(parse_delay("30min"), Ok(Some(Delay::minutes(30))));
        assert_eq!(parse_delay("45 M"), Ok(Some(Delay::minutes(45))));
        assert_eq!(parse_delay("1 heure"), Ok(Some(Delay::hours(1))));
        assert_eq!(parse_delay("h"), Err(BadDelay));
        assert_eq!(parse_delay("2 days"), Err(BadDelay));
        assert_eq!(parse_delay("-2 h"), Err(BadDelay));
        for delay in [Delay::hours(24), Delay::minutes(30)] {
            assert_eq!(parse_delay(&format_delay(delay)), Ok(Some(delay)));
        }
    }

    #[test]
    fn remove_then_undo_restores_in_place_for_every_list() {
        fn check<T: ListItem>() {
            let mut draft = Draft::default();
            let ids: Vec<String> = (0..3).map(|_| draft.add::<T>()).collect();
            let before = draft.charter.clone();
            draft.remove::<T>(&ids[1]);
            assert_eq!(T::list(&draft.charter).len(), 2);
            assert_eq!(draft.undo.as_ref().map(Removal::kind), Some(T::KIND));
            assert_eq!(draft.undo_removal(), Some(ids[1].clone()));
            assert_eq!(draft.charter, before, "{:?}", T::KIND);
            assert_eq!(draft.undo_removal(), None, "undo is one level");
        }
        check::<Persona>();
        check::<Channel>();
        check::<ModerationRule>();
        check::<EscalationStep>();
        check::<HoldingStatement>();
        check::<Ritual>();
        check::<Placeholder>();
        check::<ReplyTemplate>();
    }

    #[test]
    fn the_undo_message_names_the_removed_item() {
        let mut draft = Draft::default();
        let id = draft.add::<ReplyTemplate>();
        draft.edit::<ReplyTemplate>(&id, |t| t.title = "Late delivery".into());
        draft.remove::<ReplyTemplate>(&id);
        assert_eq!(
            draft.undo.as_ref().map(Removal::name),
            Some("Late delivery")
        );
        draft.dismiss_undo();
        assert_eq!(draft.undo_removal(), None);
    }

    #[test]
    fn duplicate_and_move_keep_ids_stable() {
        let mut draft = Draft::default();
        let a = draft.add::<Ritual>();
        let copy = draft.duplicate::<Ritual>(&a).unwrap();
        assert!(draft.move_item::<Ritual>(&copy, -1));
        let ids: Vec<&str> = draft
            .charter
            .engagement
            .rituals
            .iter()
            .map(|r| r.id.as_str())
            .collect();
        assert_eq!(ids, [copy.as_str(), a.as_str()]);
    }

    #[test]
    fn channels_start_from_their_platform_defaults() {
        let mut draft = Draft::new(Charter::new(Lang::Fr));
        let id = draft.add_channel(Platform::X);
        let channel = &draft.charter.channels[0];
        assert_eq!(channel.id, id);
        assert_eq!(channel.name, "X");
        assert_eq!(channel.reply_length_limit, Some(280));
        assert_eq!(channel.codes.formats, ["messages courts", "fils"]);
        let custom = Channel::for_platform(Platform::Custom, Lang::En);
        assert_eq!(
            (custom.name.as_str(), custom.reply_length_limit),
            ("", None)
        );
    }

    #[test]
    fn a_practice_reply_becomes_a_template() {
        let mut draft = Draft::default();
        draft.add::<ReplyTemplate>();
        let id = draft.add_template_from(
            "Troll — practice",
            Situation::Troll,
            Lang::En,
            "Please rephrase.",
        );
        let t = draft.charter.templates.last().unwrap();
        assert_eq!(
            (t.id.as_str(), t.title.as_str(), t.situation),
            (id.as_str(), "Troll — practice", Situation::Troll)
        );
        assert_eq!(t.body.en.as_deref(), Some("Please rephrase."));
        assert_eq!(t.body.fr, None);
    }

    #[test]
    fn targets_are_set_changed_and_cleared() {
        let mut draft = Draft::default();
        draft.set_target("channel-1", Situation::Crisis, Some(Delay::minutes(30)));
        draft.set_target("channel-1", Situation::Crisis, Some(Delay::hours(1)));
        assert_eq!(draft.charter.response_times.targets.len(), 1);
        assert_eq!(
            draft.charter.target_for("channel-1", Situation::Crisis),
            (Delay::hours(1), true)
        );
        draft.set_target("channel-1", Situation::Crisis, None);
        assert_eq!(
            draft.charter.target_for("channel-1", Situation::Crisis),
            (Delay::hours(24), false),
            "falls back to the default"
        );
    }
}
