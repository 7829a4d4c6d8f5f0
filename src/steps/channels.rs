//! Step 4: Channels. Each channel starts from a known platform with its usual reply limit and
//! formats (or a custom one), then says what it is for, which personas it serves (picked from
//! those already defined), its codes, its rhythm and when someone answers.

use charter::document::{Channel, CoverageSlot, Platform, Weekday};
use charter::draft::{lines_from_text, parse_count, set_member, text_from_lines};
use charter::labels::labels;
use leptos::prelude::*;

use crate::components::{
    item_list, rows, Card, CheckGroup, ListText, ParsedField, SelectField, StepFrame, TextArea,
    TextField,
};
use crate::focus::focus_soon;
use crate::i18n::use_messages;
use crate::state::{use_app, Step};

#[component]
pub fn ChannelsStep() -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let platform = RwSignal::new(Platform::Instagram);
    let add = move |_| {
        let id = app
            .draft
            .try_update(|d| d.add_channel(platform.get_untracked()))
            .unwrap_or_default();
        focus_soon(charter::locate::field_id(&id, "name"));
    };
    view! {
        <StepFrame step=Step::Channels>
            {item_list::<Channel, _>(
                ListText { add: |m| m.add_channel, empty: |m| m.channels_empty },
                "name",
                false,
                channel_fields,
            )}
            <div class="add-row">
                <SelectField
                    id="new-channel-platform".to_owned()
                    label=move || t.get().new_channel_platform
                    options=Platform::ALL.to_vec()
                    option_label=Callback::new(move |p| labels(app.ui_lang.get()).platform(p).to_owned())
                    value=platform
                    on_change=Callback::new(move |p| platform.set(p))
                />
                <button type="button" class="button primary" id="add-channel" on:click=add>
                    {move || t.get().add_channel}
                </button>
            </div>
        </StepFrame>
    }
}

fn channel_fields(card: Card<Channel>) -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let item = card.item;
    let id = card.id.clone();
    let personas = app.read(|c| c.personas.iter().map(|p| p.id.clone()).collect::<Vec<_>>());
    let coverage = rows(
        card.dom("coverage"),
        card.get(|c| c.coverage.len()),
        move || t.get().add_coverage,
        card.set(|c, ()| {
            c.coverage.push(CoverageSlot {
                days: Weekday::ALL[..5].to_vec(),
                start: "09:00".into(),
                end: "18:00".into(),
            })
        }),
        card.set(|c, i: usize| {
            if i < c.coverage.len() {
                c.coverage.remove(i);
            }
        }),
        {
            let card = card.clone();
            move |i| coverage_row(&card, i)
        },
    );
    let reply_limit_id = card.dom("reply_length_limit");
    view! {
        <SelectField
            id=card.dom("platform")
            label=move || t.get().platform
            options=Platform::ALL.to_vec()
            option_label=Callback::new(move |p| labels(app.ui_lang.get()).platform(p).to_owned())
            value=Signal::derive(move || item.with(|c| c.platform))
            on_change=card.set(|c, p| c.platform = p)
        />
        <TextField id=card.dom("name") label=move || t.get().channel_name path=card.path("name")
            hint=move || t.get().channel_name_hint
            value=card.text(|c| c.name.clone()) on_input=card.set(|c, v| c.name = v) />
        <TextArea id=card.dom("purpose") label=move || t.get().purpose rows=2
            value=card.text(|c| c.purpose.clone()) on_input=card.set(|c, v| c.purpose = v) />
        <CheckGroup
            id=card.dom("persona_ids")
            legend=move || t.get().personas_served
            path=card.path("persona_ids")
            options=personas
            option_label=Callback::new(move |pid: String| {
                app.draft.with(|d| {
                    d.charter
                        .persona(&pid)
                        .map(|p| p.name.trim().to_owned())
                        .filter(|n| !n.is_empty())
                        .unwrap_or_else(|| t.get().untitled_persona.to_owned())
                })
            })
            checked=Callback::new(move |pid: String| item.with(|c| c.persona_ids.contains(&pid)))
            on_toggle=card.set(|c, (pid, on)| set_member(&mut c.persona_ids, pid, on))
            empty=move || t.get().no_personas_to_pick
        />
        <div class="row">
            <TextField id=card.dom("codes-tone") label=move || t.get().channel_tone
                value=card.text(|c| c.codes.tone.clone()) on_input=card.set(|c, v| c.codes.tone = v) />
            <TextField id=card.dom("codes-register") label=move || t.get().register
                value=card.text(|c| c.codes.register.clone()) on_input=card.set(|c, v| c.codes.register = v) />
        </div>
        <TextArea id=card.dom("codes-formats") label=move || t.get().formats lines=true rows=2
            value=card.text(|c| text_from_lines(&c.codes.formats))
            on_input=card.set(|c, v: String| c.codes.formats = lines_from_text(&v)) />
        <div class="row">
            <TextField id=card.dom("posting_frequency") label=move || t.get().posting_frequency
                value=card.text(|c| c.posting_frequency.clone()) on_input=card.set(|c, v| c.posting_frequency = v) />
            <ParsedField
                id=reply_limit_id
                label=move || t.get().reply_limit
                hint=move || t.get().reply_limit_hint
                inputmode="numeric"
                value=card.text(|c| c.reply_length_limit.map(|n| n.to_string()).unwrap_or_default())
                parse=|text| parse_count(text).ok()
                on_value=card.set(|c, limit| c.reply_length_limit = limit)
                invalid_message=move || t.get().whole_number_error
            />
        </div>
        <fieldset class="group" id=format!("{}-coverage-group", id)>
            <legend>{move || t.get().coverage}</legend>
            {coverage}
        </fieldset>
    }
}

fn coverage_row(card: &Card<Channel>, i: usize) -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let item = card.item;
    let slot = move |read: fn(&CoverageSlot) -> String| {
        Signal::derive(move || item.with(|c| c.coverage.get(i).map(read).unwrap_or_default()))
    };
    let base = format!("coverage-{i}");
    let edit = |write: fn(&mut CoverageSlot, String)| {
        let id = card.id.clone();
        Callback::new(move |value: String| {
            app.draft.update(|d| {
                d.edit::<Channel>(&id, |c| {
                    if let Some(s) = c.coverage.get_mut(i) {
                        write(s, value)
                    }
                })
            })
        })
    };
    let toggle_id = card.id.clone();
    view! {
        <CheckGroup
            id=card.dom(&format!("{base}-days"))
            legend=move || t.get().days
            options=Signal::derive(|| Weekday::ALL.to_vec())
            option_label=Callback::new(move |d| labels(app.ui_lang.get()).weekday(d).to_owned())
            checked=Callback::new(move |d| item.with(|c| c.coverage.get(i).is_some_and(|s| s.days.contains(&d))))
            on_toggle=Callback::new(move |(day, on): (Weekday, bool)| {
                app.draft.update(|d| {
                    d.edit::<Channel>(&toggle_id, |c| {
                        if let Some(s) = c.coverage.get_mut(i) {
                            set_member(&mut s.days, day, on);
                            s.days.sort();
                        }
                    })
                })
            })
        />
        <TextField id=card.dom(&format!("{base}-start")) label=move || t.get().from_time input_type="time"
            path=card.path_at(format!("coverage/{i}/start"))
            value=slot(|s| s.start.clone()) on_input=edit(|s, v| s.start = v) />
        <TextField id=card.dom(&format!("{base}-end")) label=move || t.get().to_time input_type="time"
            path=card.path_at(format!("coverage/{i}/end"))
            value=slot(|s| s.end.clone()) on_input=edit(|s, v| s.end = v) />
    }
}
