//! The editing session: the charter as the user is typing it, plus what the session needs
//! beyond the document (the last removal, for undo; what changed since the app last looked).
//! Every change the UI makes is a method here, so the views hold no logic and everything is
//! tested natively.
//!
//! The eight lists of the charter (personas, channels, moderation rules, escalation steps,
//! holding statements, rituals, placeholders, templates; described once in
//! `document::lists`) share one set of operations through [`ListItem`]: add, duplicate,
//! remove with undo, move. Fields are changed through the
//! [`Field`]s their types name, rows of a field (coverage hours, channel versions, tone
//! traits…) through [`Draft::add_row`] and [`Draft::remove_row`].
//!
//! Text the user types is stored verbatim (list fields keep one entry per line, blank lines
//! and trailing spaces included) so that a textarea bound to the model never fights the caret.
//! [`Charter::normalized`] tidies it for export.

use crate::document::*;
use crate::field::{Field, Member};
use crate::limits::MAX_ROWS;
use crate::list::{self, Removed};

/// The charter being edited, and the session state around it. The charter is private: it is
/// read through [`Draft::charter`] and changed only by the methods here, so that every change
/// is a named operation and says what it changed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Draft {
    charter: Charter,
    /// The last removal, which "Undo" puts back. One level, like a toast's undo.
    undo: Option<Removal>,
    /// What changed since [`Draft::take_changes`] was last called.
    changes: Vec<Change>,
}

/// The last item removed from one of the charter's lists, kept so that "Undo" puts it back
/// where it was.
#[derive(Debug, Clone, PartialEq)]
pub struct Removal(Removed<AnyItem>);

impl Removal {
    /// The removed item's name, for the undo message.
    pub fn name(&self) -> &str {
        self.0.item.name()
    }

    pub fn kind(&self) -> ListKind {
        self.0.item.kind()
    }

    /// Puts the item back in its list; returns the id it now has.
    fn restore(self, charter: &mut Charter) -> String {
        let Removed { index, item } = self.0;
        item.restore(charter, index)
    }
}

impl Draft {
    pub fn new(charter: Charter) -> Draft {
        Draft {
            charter,
            undo: None,
            changes: Vec::new(),
        }
    }

    /// The charter as it stands.
    pub fn charter(&self) -> &Charter {
        &self.charter
    }

    /// What changed since the last call, oldest first; the app redraws what shows it.
    pub fn take_changes(&mut self) -> Vec<Change> {
        std::mem::take(&mut self.changes)
    }

    fn changed(&mut self, change: Change) {
        if self.changes.last() != Some(&change) {
            self.changes.push(change);
        }
    }

    /// Whether a list may take one more item (see [`crate::limits`]).
    pub fn can_add(&self, kind: ListKind) -> bool {
        kind.len(&self.charter) < kind.max_items()
    }

    /// Adds a new item at the end of its list and returns its id; `None` when the list is
    /// full.
    pub fn add<T: ListItem>(&mut self) -> Option<String> {
        self.push(T::default())
    }

    fn push<T: ListItem>(&mut self, item: T) -> Option<String> {
        if !self.can_add(T::KIND) {
            return None;
        }
        self.changed(Change::List(T::KIND));
        Some(list::push_new(T::list_mut(&mut self.charter), item))
    }

    /// Adds a channel for a platform, with that platform's usual limits and formats.
    pub fn add_channel(&mut self, platform: Platform) -> Option<String> {
        self.push(Channel::for_platform(platform, self.charter.meta.language))
    }

    pub fn duplicate<T: ListItem>(&mut self, id: &str) -> Option<String> {
        if !self.can_add(T::KIND) {
            return None;
        }
        let copy = list::duplicate(T::list_mut(&mut self.charter), id)?;
        self.changed(Change::List(T::KIND));
        Some(copy)
    }

    /// Removes an item and remembers it for undo. References to it elsewhere stay, so that
    /// undo restores the links as well; validation reports the dangling id meanwhile.
    pub fn remove<T: ListItem>(&mut self, id: &str) {
        if let Some(removed) = list::remove(T::list_mut(&mut self.charter), id) {
            let Removed { index, item } = removed;
            self.set_undo(Some(Removal(Removed {
                index,
                item: item.into_any(),
            })));
            self.changed(Change::List(T::KIND));
        }
    }

    pub fn move_item<T: ListItem>(&mut self, id: &str, delta: isize) -> bool {
        let moved = list::move_by(T::list_mut(&mut self.charter), id, delta);
        if moved {
            self.changed(Change::List(T::KIND));
        }
        moved
    }

    /// Puts the last removed item back; returns its id.
    pub fn undo_removal(&mut self) -> Option<String> {
        let removal = self.undo.take()?;
        self.changed(Change::Undo);
        self.changed(Change::List(removal.kind()));
        Some(removal.restore(&mut self.charter))
    }

    /// Forgets the pending undo (the message was dismissed).
    pub fn dismiss_undo(&mut self) {
        self.set_undo(None);
    }

    /// The last removal, which "Undo" puts back.
    pub fn undo(&self) -> Option<&Removal> {
        self.undo.as_ref()
    }

    fn set_undo(&mut self, undo: Option<Removal>) {
        if self.undo.is_some() || undo.is_some() {
            self.undo = undo;
            self.changed(Change::Undo);
        }
    }

    /// Replaces the whole charter (import, example, start over). Undo would make no sense
    /// across documents, so it is dropped.
    pub fn replace(&mut self, charter: Charter) {
        self.charter = charter;
        self.set_undo(None);
        self.changed(Change::All);
    }

    /// Sets a field of the owner `id` (the charter itself for [`Charter`]'s fields); nothing
    /// happens if there is no such owner or the value is the same.
    pub fn set<T: Owner, V: PartialEq>(&mut self, id: &str, field: Field<T, V>, value: V) {
        let Some(owner) = T::find_mut(&mut self.charter, id) else {
            return;
        };
        let slot = (field.get_mut)(owner);
        if *slot != value {
            *slot = value;
            self.changed(T::change(id, field.key));
        }
    }

    /// Sets a field of row `index` of the rows `rows` of the owner `id`.
    pub fn set_in<T: Owner, R, V: PartialEq>(
        &mut self,
        id: &str,
        rows: Field<T, Vec<R>>,
        index: usize,
        field: Field<R, V>,
        value: V,
    ) {
        let Some(row) = T::find_mut(&mut self.charter, id)
            .and_then(|owner| (rows.get_mut)(owner).get_mut(index))
        else {
            return;
        };
        let slot = (field.get_mut)(row);
        if *slot != value {
            *slot = value;
            self.changed(T::change(id, rows.key));
        }
    }

    /// Sets one language of a translated text field.
    pub fn set_text<T: Owner>(
        &mut self,
        id: &str,
        field: Field<T, LocalizedText>,
        lang: crate::lang::Lang,
        text: String,
    ) {
        let Some(owner) = T::find_mut(&mut self.charter, id) else {
            return;
        };
        let slot = (field.get_mut)(owner).slot_mut(lang);
        if slot.as_deref() != Some(text.as_str()) {
            *slot = Some(text);
            self.changed(T::change(id, field.key));
        }
    }

    /// Sets one language of a translated text field of row `index`.
    pub fn set_text_in<T: Owner, R>(
        &mut self,
        id: &str,
        rows: Field<T, Vec<R>>,
        index: usize,
        field: Field<R, LocalizedText>,
        lang: crate::lang::Lang,
        text: String,
    ) {
        let Some(row) = T::find_mut(&mut self.charter, id)
            .and_then(|owner| (rows.get_mut)(owner).get_mut(index))
        else {
            return;
        };
        let slot = (field.get_mut)(row).slot_mut(lang);
        if slot.as_deref() != Some(text.as_str()) {
            *slot = Some(text);
            self.changed(T::change(id, rows.key));
        }
    }

    /// Ticks (`on`) or unticks a member of a set field; the set keeps its type's order.
    pub fn toggle<T: Owner, M: Member>(
        &mut self,
        id: &str,
        set: Field<T, Vec<M>>,
        member: M,
        on: bool,
    ) {
        if let Some(owner) = T::find_mut(&mut self.charter, id) {
            if toggle_member((set.get_mut)(owner), member, on) {
                self.changed(T::change(id, set.key));
            }
        }
    }

    /// Ticks or unticks a member of a set field of row `index`.
    pub fn toggle_in<T: Owner, R, M: Member>(
        &mut self,
        id: &str,
        rows: Field<T, Vec<R>>,
        index: usize,
        set: Field<R, Vec<M>>,
        member: M,
        on: bool,
    ) {
        let Some(row) = T::find_mut(&mut self.charter, id)
            .and_then(|owner| (rows.get_mut)(owner).get_mut(index))
        else {
            return;
        };
        if toggle_member((set.get_mut)(row), member, on) {
            self.changed(T::change(id, rows.key));
        }
    }

    /// Appends an empty row to the rows of the owner `id`.
    pub fn add_row<T: Owner, R: Default>(&mut self, id: &str, rows: Field<T, Vec<R>>) {
        self.push_row(id, rows, R::default());
    }

    fn push_row<T: Owner, R>(&mut self, id: &str, rows: Field<T, Vec<R>>, row: R) {
        if let Some(owner) = T::find_mut(&mut self.charter, id) {
            let list = (rows.get_mut)(owner);
            if list.len() < MAX_ROWS {
                list.push(row);
                self.changed(T::change(id, rows.key));
            }
        }
    }

    /// Removes row `index` of the rows of the owner `id`, if it exists.
    pub fn remove_row<T: Owner, R>(&mut self, id: &str, rows: Field<T, Vec<R>>, index: usize) {
        let Some(list) = T::find_mut(&mut self.charter, id).map(|owner| (rows.get_mut)(owner))
        else {
            return;
        };
        if index < list.len() {
            list.remove(index);
            self.changed(T::change(id, rows.key));
        }
    }

    /// Adds coverage hours to a channel, starting from office hours.
    pub fn add_coverage(&mut self, channel_id: &str) {
        self.push_row(channel_id, Channel::COVERAGE, CoverageSlot::office_hours());
    }

    /// Adds a channel version to a template, for its next channel (see
    /// [`ReplyTemplate::next_variant_channel`]).
    pub fn add_variant(&mut self, template_id: &str) {
        let Some(template) = <ReplyTemplate as Owner>::find(&self.charter, template_id) else {
            return;
        };
        let variant = ChannelVariant {
            channel_id: template.next_variant_channel(&self.charter),
            ..ChannelVariant::default()
        };
        self.push_row(template_id, ReplyTemplate::VARIANTS, variant);
    }

    /// Saves a reply written in practice as a new public template; returns its id (`None`
    /// when the list of templates is full).
    pub fn add_template_from(
        &mut self,
        title: &str,
        situation: Situation,
        lang: crate::lang::Lang,
        text: &str,
    ) -> Option<String> {
        let mut template = ReplyTemplate {
            title: title.to_owned(),
            situation,
            ..ReplyTemplate::default()
        };
        *template.body.slot_mut(lang) = Some(text.to_owned());
        self.push(template)
    }

    /// Sets, or with `None` clears, the target delay of one channel in one situation.
    pub fn set_target(&mut self, channel_id: &str, situation: Situation, target: Option<Delay>) {
        let targets = &mut self.charter.response_times.targets;
        let existing = targets
            .iter()
            .position(|t| t.channel_id == channel_id && t.situation == situation);
        match (existing, target) {
            (Some(i), Some(delay)) if targets[i].target != delay => targets[i].target = delay,
            (Some(i), None) => {
                targets.remove(i);
            }
            (None, Some(delay)) => targets.push(ResponseTarget {
                channel_id: channel_id.to_owned(),
                situation,
                target: delay,
            }),
            _ => return,
        }
        self.changed(Change::Section(Section::ResponseTimes));
    }
}

/// Adds `member` to a set kept as a vector (ticking a box) or removes it (unticking); returns
/// whether the set changed.
fn toggle_member<M: Member>(set: &mut Vec<M>, member: M, on: bool) -> bool {
    let present = set.contains(&member);
    if on && !present {
        set.push(member);
        M::order(set);
    } else if !on && present {
        set.retain(|x| x != &member);
    } else {
        return false;
    }
    true
}

impl Charter {
    /// The target of a channel in a situation, or the default target when none is set; the
    /// flag says whether it is the channel's own.
    pub fn target_for(&self, channel_id: &str, situation: Situation) -> (Delay, bool) {
        self.own_target(channel_id, situation)
            .map_or((self.response_times.default_target, false), |(_, t)| {
                (t, true)
            })
    }

    /// The channel's own target in a situation, with its index in `response_times.targets`.
    pub fn own_target(&self, channel_id: &str, situation: Situation) -> Option<(usize, Delay)> {
        self.response_times
            .targets
            .iter()
            .enumerate()
            .find(|(_, t)| t.channel_id == channel_id && t.situation == situation)
            .map(|(i, t)| (i, t.target))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn items_are_added_edited_and_found_by_id() {
        let mut draft = Draft::default();
        let id = draft.add::<Persona>().unwrap();
        draft.set(&id, Persona::NAME, "Léa".to_owned());
        draft.set(
            &id,
            Persona::INTERESTS,
            Lines::from_text("mode\nseconde main"),
        );
        draft.toggle(&id, Persona::CHANNELS, Platform::Tiktok, true);
        draft.toggle(&id, Persona::CHANNELS, Platform::Instagram, true);
        draft.toggle(&id, Persona::CHANNELS, Platform::Tiktok, true);
        let p = &draft.charter.personas[0];
        assert_eq!(p.name, "Léa");
        assert_eq!(p.interests.raw(), ["mode", "seconde main"]);
        assert_eq!(
            p.channels,
            [Platform::Instagram, Platform::Tiktok],
            "ticking twice adds once, in the platforms' order"
        );
        draft.toggle(&id, Persona::CHANNELS, Platform::Tiktok, false);
        assert_eq!(draft.charter.personas[0].channels, [Platform::Instagram]);
    }

    #[test]
    fn each_edit_says_what_it_changed() {
        let mut draft = Draft::default();
        let id = draft.add::<Persona>().unwrap();
        assert_eq!(draft.take_changes(), [Change::List(ListKind::Personas)]);
        draft.set(&id, Persona::NAME, "Léa".to_owned());
        draft.set(&id, Persona::NAME, "Léa".to_owned());
        assert_eq!(
            draft.take_changes(),
            [Change::Item(ListKind::Personas, id.clone())],
            "setting the same value again changes nothing"
        );
        draft.set("", Charter::TITLE, "Charte".to_owned());
        draft.set_target("channel-1", Situation::Crisis, Some(Delay::hours(1)));
        assert_eq!(
            draft.take_changes(),
            [
                Change::Section(Section::BrandVoice),
                Change::Section(Section::ResponseTimes)
            ]
        );
        draft.replace(Charter::default());
        assert_eq!(draft.take_changes(), [Change::All]);
        assert!(draft.take_changes().is_empty());
    }

    #[test]
    fn editing_an_unknown_item_changes_nothing() {
        let mut draft = Draft::default();
        draft.add::<Persona>();
        draft.take_changes();
        let before = draft.clone();
        draft.set("persona-9", Persona::NAME, "x".to_owned());
        draft.set("persona-1", Channel::NAME, "x".to_owned());
        draft.remove_row("persona-1", Channel::COVERAGE, 0);
        assert_eq!(draft, before);
    }

    #[test]
    fn rows_are_added_with_their_defaults_edited_and_removed() {
        let mut draft = Draft::new(Charter::new(Lang::En));
        let channel = draft.add_channel(Platform::X).unwrap();
        draft.add_coverage(&channel);
        draft.set_in(
            &channel,
            Channel::COVERAGE,
            0,
            CoverageSlot::START,
            "08:00".to_owned(),
        );
        draft.toggle_in(
            &channel,
            Channel::COVERAGE,
            0,
            CoverageSlot::DAYS,
            Weekday::Sun,
            true,
        );
        draft.toggle_in(
            &channel,
            Channel::COVERAGE,
            0,
            CoverageSlot::DAYS,
            Weekday::Mon,
            false,
        );
        let slot = &draft.charter.channels[0].coverage[0];
        assert_eq!(slot.start, "08:00");
        assert_eq!(
            slot.days,
            [
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri,
                Weekday::Sun
            ]
        );
        draft.remove_row(&channel, Channel::COVERAGE, 5);
        draft.remove_row(&channel, Channel::COVERAGE, 0);
        assert!(draft.charter.channels[0].coverage.is_empty());

        let template = draft.add::<ReplyTemplate>().unwrap();
        draft.add_variant(&template);
        assert_eq!(draft.charter.templates[0].variants[0].channel_id, channel);
        draft.add_row("", Charter::TONE);
        draft.set_in(
            "",
            Charter::TONE,
            0,
            ToneTrait::DESCRIPTION,
            "Warm".to_owned(),
        );
        assert_eq!(draft.charter.voice.tone[0].description, "Warm");
    }

    #[test]
    fn lists_and_rows_stop_at_their_limits() {
        let mut draft = Draft::default();
        for _ in 0..ListKind::Escalation.max_items() {
            assert!(draft.add::<EscalationStep>().is_some());
        }
        assert!(!draft.can_add(ListKind::Escalation));
        assert_eq!(draft.add::<EscalationStep>(), None);
        assert_eq!(draft.duplicate::<EscalationStep>("step-1"), None);
        for _ in 0..MAX_ROWS + 5 {
            draft.add_row("", Charter::TRIGGERS);
        }
        assert_eq!(draft.charter.crisis.triggers.len(), MAX_ROWS);
        assert_eq!(crate::limits::over_limit(&draft.charter), None);
    }

    #[test]
    fn remove_then_undo_restores_in_place_for_every_list() {
        struct Check;
        impl ListVisitor for Check {
            fn visit<T: ListItem>(&mut self) {
                let mut draft = Draft::default();
                let ids: Vec<String> = (0..3).map(|_| draft.add::<T>().unwrap()).collect();
                let before = draft.charter.clone();
                draft.remove::<T>(&ids[1]);
                assert_eq!(T::list(&draft.charter).len(), 2);
                assert_eq!(draft.undo().map(Removal::kind), Some(T::KIND));
                assert_eq!(draft.undo_removal(), Some(ids[1].clone()));
                assert_eq!(draft.charter, before, "{:?}", T::KIND);
                assert_eq!(draft.undo_removal(), None, "undo is one level");
            }
        }
        each_list(&mut Check);
    }

    #[test]
    fn the_undo_message_names_the_removed_item() {
        let mut draft = Draft::default();
        let id = draft.add::<ReplyTemplate>().unwrap();
        draft.set(&id, ReplyTemplate::TITLE, "Late delivery".to_owned());
        draft.remove::<ReplyTemplate>(&id);
        assert_eq!(draft.undo().map(Removal::name), Some("Late delivery"));
        draft.dismiss_undo();
        assert_eq!(draft.undo_removal(), None);
    }

    #[test]
    fn duplicate_and_move_keep_ids_stable() {
        let mut draft = Draft::default();
        let a = draft.add::<Ritual>().unwrap();
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
    fn a_practice_reply_becomes_a_template() {
        let mut draft = Draft::default();
        draft.add::<ReplyTemplate>();
        let id = draft
            .add_template_from(
                "Troll — practice",
                Situation::Troll,
                Lang::En,
                "Please rephrase.",
            )
            .unwrap();
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
