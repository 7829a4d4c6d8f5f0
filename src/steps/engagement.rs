//! Step 8: Engagement & listening. The rituals that keep the community alive (live Q&A,
//! brand hashtags, challenges, ambassadors, exclusive content) and what the team listens to.

use charter::document::{Ritual, RitualKind};
use charter::draft::{lines_from_text, set_member, text_from_lines};
use charter::labels::labels;
use leptos::prelude::*;

use crate::components::{
    item_list, plain_field_id, Card, CheckGroup, ListText, SelectField, StepFrame, TextArea,
    TextField,
};
use crate::i18n::use_messages;
use crate::state::{use_app, Step};

#[component]
pub fn EngagementStep() -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    view! {
        <StepFrame step=Step::Engagement>
            <h2 class="subheading">{move || t.get().rituals}</h2>
            {item_list::<Ritual, _>(
                ListText { add: |m| m.add_ritual, empty: |m| m.rituals_empty },
                "name",
                true,
                ritual_fields,
            )}
            <fieldset class="group">
                <legend>{move || t.get().listening}</legend>
                <TextArea id=plain_field_id("/engagement/listening/tools") label=move || t.get().listening_tools
                    hint=move || t.get().listening_tools_hint rows=2
                    value=app.read(|c| text_from_lines(&c.engagement.listening.tools))
                    on_input=app.write(|c, v: String| c.engagement.listening.tools = lines_from_text(&v)) />
                <TextArea id=plain_field_id("/engagement/listening/keywords") label=move || t.get().listening_keywords
                    lines=true rows=2
                    value=app.read(|c| text_from_lines(&c.engagement.listening.keywords))
                    on_input=app.write(|c, v: String| c.engagement.listening.keywords = lines_from_text(&v)) />
                <TextArea id=plain_field_id("/engagement/listening/hashtags") label=move || t.get().hashtags
                    lines=true rows=2
                    value=app.read(|c| text_from_lines(&c.engagement.listening.hashtags))
                    on_input=app.write(|c, v: String| c.engagement.listening.hashtags = lines_from_text(&v)) />
            </fieldset>
        </StepFrame>
    }
}

/// The channels a ritual or template may target, for a checkbox group.
pub fn channel_choices() -> (Signal<Vec<String>>, Callback<String, String>) {
    let app = use_app();
    let ids = app.read(|c| {
        c.channels
            .iter()
            .map(|ch| ch.id.clone())
            .collect::<Vec<_>>()
    });
    let name = Callback::new(move |id: String| {
        app.draft.with(|d| {
            let l = labels(d.charter.meta.language);
            d.charter
                .channels
                .iter()
                .find(|ch| ch.id == id)
                .map(|ch| charter::markdown::channel_name(ch, l).to_owned())
                .unwrap_or(id)
        })
    });
    (ids, name)
}

fn ritual_fields(card: Card<Ritual>) -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let item = card.item;
    let (channels, channel_name) = channel_choices();
    view! {
        <div class="row">
            <SelectField
                id=card.dom("kind")
                label=move || t.get().kind
                options=RitualKind::ALL.to_vec()
                option_label=Callback::new(move |k| labels(app.ui_lang.get()).ritual_kind(k).to_owned())
                value=Signal::derive(move || item.with(|r| r.kind))
                on_change=card.set(|r, k| r.kind = k)
            />
            <TextField id=card.dom("name") label=move || t.get().ritual_name path=card.path("name")
                value=card.text(|r| r.name.clone()) on_input=card.set(|r, v| r.name = v) />
        </div>
        <TextArea id=card.dom("description") label=move || t.get().description rows=2
            value=card.text(|r| r.description.clone()) on_input=card.set(|r, v| r.description = v) />
        <TextField id=card.dom("frequency") label=move || t.get().frequency
            value=card.text(|r| r.frequency.clone()) on_input=card.set(|r, v| r.frequency = v) />
        <CheckGroup
            id=card.dom("channel_ids")
            legend=move || t.get().channels
            path=card.path("channel_ids")
            options=channels
            option_label=channel_name
            checked=Callback::new(move |id: String| item.with(|r| r.channel_ids.contains(&id)))
            on_toggle=card.set(|r, (id, on)| set_member(&mut r.channel_ids, id, on))
            empty=move || t.get().no_channels_to_pick
        />
    }
}
