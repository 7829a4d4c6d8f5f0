//! "Send to another tool": one row per helpdesk or moderation bot, each with its download and
//! the list of what did not fit the tool as written (left out, changed, or to fill in), each
//! note a link to the field concerned. The files and notes come from the charter core
//! (`charter::tools`); this widget only shows them.

use charter::locate::locate;
use charter::tools::{Outcome, Target, ToolExport, ToolOptions};
use leptos::prelude::*;

use crate::bind::Bind;
use crate::components::TextField;
use crate::export;
use crate::i18n::use_messages;
use crate::state::{use_app, Step};

const FOLDER_ID: &str = "tool-freshdesk-folder";
const CHANNEL_ID: &str = "tool-discord-channel";
const MAILBOX_ID: &str = "tool-helpscout-mailbox";

/// The field where the team types the id a file-wide note asks for.
fn id_field(target: Target) -> &'static str {
    match target {
        Target::Freshdesk => FOLDER_ID,
        Target::HelpScout => MAILBOX_ID,
        _ => CHANNEL_ID,
    }
}

#[component]
pub fn ToolPanel() -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    // ids that live in the team's own tools: typed here, never stored in the charter
    let folder = RwSignal::new(String::new());
    let channel = RwSignal::new(String::new());
    let mailbox = RwSignal::new(String::new());
    let number = |text: &String| ToolOptions::parse_id(text).and_then(|d| d.parse().ok());
    let options = Memo::new(move |_| ToolOptions {
        freshdesk_folder_id: folder.with(number),
        discord_alert_channel_id: channel.with(|c| ToolOptions::parse_id(c).map(str::to_owned)),
        helpscout_mailbox_id: mailbox.with(number),
        ..ToolOptions::default()
    });
    let exports = Memo::new(move |_| {
        let options = options.get();
        app.store.read_all(|d| {
            let charter = export::tidied(d.charter());
            Target::ALL
                .into_iter()
                .map(|target| charter::tools::export(&charter, target, &options))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="tool-panel" aria-labelledby="tools-heading">
            <h2 id="tools-heading" class="subheading">{move || t.get().tools_heading}</h2>
            <p class="hint">{move || t.get().tools_hint}</p>
            <div class="row">
                <TextField bind=Bind::local(FOLDER_ID, folder) label=move || t.get().freshdesk_folder
                    hint=move || t.get().tool_id_hint />
                <TextField bind=Bind::local(CHANNEL_ID, channel) label=move || t.get().discord_channel
                    hint=move || t.get().tool_id_hint />
                <TextField bind=Bind::local(MAILBOX_ID, mailbox) label=move || t.get().helpscout_mailbox
                    hint=move || t.get().tool_id_hint />
            </div>
            <ul class="tool-list">
                {Target::ALL.into_iter().enumerate().map(|(index, target)| {
                    view! { <ToolRow target index exports options /> }
                }).collect_view()}
            </ul>
        </section>
    }
}

/// One tool: `exports[index]` is its file and notes, shared with the panel and read in place
/// (rendering a count never copies the file's text).
#[component]
fn ToolRow(
    /// The tool.
    target: Target,
    /// The tool's place in `exports`.
    index: usize,
    /// Every tool's file and notes, made once by the panel.
    exports: Memo<Vec<ToolExport>>,
    /// The ids typed in the panel, which the import script needs too.
    options: Memo<ToolOptions>,
) -> impl IntoView {
    let app = use_app();
    let t = use_messages();
    let slug = target.slug();
    let lang = Signal::derive(move || {
        app.store.watch(&charter::field::Change::Section(
            charter::locate::Section::BrandVoice,
        ));
        app.store.read(|d| d.charter().meta.language)
    });
    let notes_id = StoredValue::new(format!("tool-{slug}-notes"));
    let items = move || exports.with(|e| e[index].items);
    let note_count = move || exports.with(|e| e[index].notes.len());
    // the file offered is the very one whose notes are shown
    let download = move |_| exports.with_untracked(|e| export::download_for_tool(app, &e[index]));
    let open = RwSignal::new(false);
    let script = move |_| {
        exports.with_untracked(|e| {
            options.with_untracked(|o| export::download_import_script(app, &e[index], o))
        })
    };
    let has_api = target != Target::RedditAutomod;
    view! {
        <li class="tool" id=format!("tool-{slug}")>
            <div class="tool-head">
                <h3>{target.name()}</h3>
                <p class="tool-what">{move || (t.get().tool_what)(target, lang.get())}</p>
                <p class="tool-count" id=format!("tool-{slug}-count")>
                    {move || (t.get().tool_count)(items(), note_count())}
                </p>
                <div class="tool-actions">
                    <button type="button" class="button" id=format!("send-{slug}") on:click=download
                        aria-describedby=format!("tool-{slug}-count")>
                        {move || (t.get().tool_download)(target.name())}
                    </button>
                    <Show when=move || has_api>
                        <button type="button" class="button quiet" id=format!("script-{slug}") on:click=script>
                            {move || t.get().tool_script}
                        </button>
                    </Show>
                </div>
            </div>
            <details class="tool-steps">
                <summary>{move || t.get().tool_steps_title}</summary>
                <p id=format!("tool-{slug}-steps")>{move || (t.get().tool_steps)(target)}</p>
            </details>
            <Show when=move || note_count() != 0>
                // the notes are built when opened: a long charter has hundreds per tool
                <details class="tool-notes" on:toggle:target=move |ev| open.set(ev.target().open())>
                    <summary>{move || (t.get().tool_notes)(note_count())}</summary>
                    <Show when=move || open.get()>
                    <ul id=notes_id.get_value()>
                        {move || exports.with(|e| e[index].notes.clone()).into_iter().map(|note| {
                            let kind = match note.outcome {
                                Outcome::LeftOut => "left-out",
                                Outcome::Changed => "changed",
                                Outcome::ToFillIn => "to-fill-in",
                            };
                            let place = if note.path.is_empty() {
                                Some((Step::Review, vec![id_field(target).to_owned()], None))
                            } else {
                                app.store.read(|d| locate(d.charter(), &note.path))
                                    .map(|at| (Step::Edit(at.section), at.candidates, at.item))
                            };
                            let item = note.item.clone();
                            let message = move || note.message(app.ui_lang.get());
                            view! {
                                <li class=kind>
                                    {match place {
                                        Some((step, candidates, in_item)) => view! {
                                            <a href=format!("#/{}", step.slug()) on:click=move |ev: web_sys::MouseEvent| {
                                                ev.prevent_default();
                                                app.go_and_focus(step, candidates.clone(), in_item.as_deref());
                                            }>{item}</a>
                                        }.into_any(),
                                        None => view! { <span>{item}</span> }.into_any(),
                                    }}
                                    " — "
                                    <span>{message}</span>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    </Show>
                </details>
            </Show>
        </li>
    }
}
