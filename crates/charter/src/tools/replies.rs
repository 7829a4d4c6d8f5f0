//! What the helpdesk exports share: the replies of the charter's templates (a complaint's
//! public reply and private follow-up are two replies), placeholders translated into each
//! tool's own, and the text as the HTML helpdesks store.

use super::notes::{Note, Outcome, Reason};
use super::target::Target;
use crate::document::{
    Charter, ListKind, LocalizedText, ReplyTemplate, Situation, StandardField, Visibility,
};
use crate::labels::labels;
use crate::lang::Lang;
use crate::locate::Place;
use crate::template::occurrences;

/// One reply, in one language, ready for a helpdesk.
pub(super) struct Reply {
    pub title: String,
    pub situation: Situation,
    /// Private for a follow-up, else the template's own.
    pub visibility: Visibility,
    pub lang: Lang,
    /// Plain text, placeholders already in the target's syntax.
    pub text: String,
    /// Names of the channels the template is for (empty: every channel).
    pub channels: Vec<String>,
    /// JSON pointer of the text in the charter, for notes.
    pub path: String,
}

/// The languages a target's file is written in: the charter's, or both for bilingual tools.
pub(super) fn languages(charter: &Charter, target: Target) -> Vec<Lang> {
    let order = charter.meta.language.first();
    if target.is_bilingual() {
        order.to_vec()
    } else {
        order[..1].to_vec()
    }
}

/// Every reply of the charter for `target`, with a note for each text missing in the file's
/// language and each placeholder the target cannot fill.
pub(super) fn replies(charter: &Charter, target: Target, notes: &mut Vec<Note>) -> Vec<Reply> {
    let langs = languages(charter, target);
    let mut replies = Vec::new();
    for (i, template) in charter.templates.iter().enumerate() {
        let place = Place::item(ListKind::Templates, i, &template.id);
        let pair = !template.follow_up.is_empty();
        let parts: [(&LocalizedText, &str, bool); 2] = [
            (&template.body, ReplyTemplate::BODY.key, false),
            (&template.follow_up, ReplyTemplate::FOLLOW_UP.key, true),
        ];
        for (text, field, is_follow_up) in parts {
            if is_follow_up && !pair {
                continue;
            }
            let present: Vec<Lang> = langs
                .iter()
                .copied()
                .filter(|&lang| text.get(lang).is_some_and(|t| !t.trim().is_empty()))
                .collect();
            if present.is_empty() {
                // a bilingual file needs one language; a single-language file its own
                notes.push(Note {
                    target,
                    path: place.text(field, langs[0]),
                    item: template_name(charter, &template.title),
                    outcome: Outcome::LeftOut,
                    reason: Reason::MissingText { lang: langs[0] },
                });
                continue;
            }
            for lang in present {
                let l = labels(lang);
                let name = template_name(charter, &template.title);
                let title = match (pair, is_follow_up) {
                    (false, _) => name.clone(),
                    (true, false) => format!("{name} — {}", l.reply),
                    (true, true) => format!("{name} — {}", l.follow_up),
                };
                let path = place.text(field, lang);
                let raw = text.get(lang).unwrap_or_default().trim();
                let text = map_placeholders(raw, charter, target, &path, &title, notes);
                replies.push(Reply {
                    path,
                    title,
                    situation: template.situation,
                    visibility: if is_follow_up {
                        Visibility::Private
                    } else {
                        template.visibility
                    },
                    lang,
                    text,
                    channels: template
                        .channel_ids
                        .iter()
                        .filter_map(|id| charter.channels.iter().find(|c| &c.id == id))
                        .map(|c| l.channel(c).to_owned())
                        .collect(),
                });
            }
        }
    }
    replies
}

fn template_name(charter: &Charter, title: &str) -> String {
    if title.trim().is_empty() {
        labels(charter.meta.language).unnamed.to_owned()
    } else {
        title.trim().to_owned()
    }
}

/// The target's own placeholder for a standard field, if it has one.
pub(super) fn equivalent(target: Target, field: StandardField) -> Option<&'static str> {
    use StandardField::*;
    Some(match (target, field) {
        (Target::Zendesk, CustomerFirstName) => "{{ticket.requester.first_name}}",
        (Target::Zendesk, CustomerName) => "{{ticket.requester.name}}",
        (Target::Zendesk, AgentName) => "{{current_user.name}}",
        (Target::Zendesk, TicketNumber) => "{{ticket.id}}",
        (Target::Freshdesk, CustomerFirstName) => "{{ticket.requester.firstname}}",
        (Target::Freshdesk, CustomerName) => "{{ticket.requester.name}}",
        (Target::Freshdesk, AgentName) => "{{ticket.agent.name}}",
        (Target::Freshdesk, TicketNumber) => "{{ticket.id}}",
        (Target::HelpScout, CustomerFirstName) => "{%customer.firstName%}",
        (Target::HelpScout, CustomerName) => "{%customer.fullName%}",
        (Target::HelpScout, AgentName) => "{%user.fullName%}",
        (Target::HelpScout, TicketNumber) => "{%conversation.number%}",
        (Target::Gorgias, CustomerFirstName) => "{{ticket.customer.firstname}}",
        (Target::Gorgias, CustomerName) => "{{ticket.customer.name}}",
        (Target::Gorgias, AgentName) => "{{current_user.name}}",
        (Target::Gorgias, TicketNumber) => "{{ticket.id}}",
        (Target::Front, CustomerFirstName) => "{{recipient.first_name}}",
        (Target::Front, CustomerName) => "{{recipient.name}}",
        (Target::Front, AgentName) => "{{user.name}}",
        // Reddit has user names only, and AutoModerator posts as itself
        (Target::RedditAutomod, CustomerFirstName | CustomerName) => "{{author}}",
        _ => return None,
    })
}

/// `text` with each `{{name}}` in the target's syntax. A placeholder the target cannot fill,
/// or one the charter does not define, becomes `[name]` (visible, for the agent to fill in),
/// with one note per placeholder and reply. The team's own text is made inert for the target's
/// template engine ([`Engine`]): only the placeholders written here are read as variables.
pub(super) fn map_placeholders(
    text: &str,
    charter: &Charter,
    target: Target,
    path: &str,
    item: &str,
    notes: &mut Vec<Note>,
) -> String {
    let engine = Engine::of(target);
    let mut changed = false;
    let mut literal = |part: &str, out: &mut String| {
        let inert = engine.inert(part);
        changed |= inert != part;
        out.push_str(&inert);
    };
    let mut out = String::with_capacity(text.len());
    let mut noted: Vec<&str> = Vec::new();
    let mut last = 0;
    // unbalanced braces are a validation error; the text goes as written, made inert
    let found = occurrences(text).unwrap_or_default();
    for occurrence in &found {
        literal(&text[last..occurrence.start], &mut out);
        last = occurrence.end;
        let defined = charter
            .placeholders
            .iter()
            .find(|p| p.name == occurrence.name);
        match defined
            .and_then(|p| p.stands_for)
            .and_then(|f| equivalent(target, f))
        {
            Some(theirs) => out.push_str(theirs),
            None => {
                literal(&format!("[{}]", occurrence.name), &mut out);
                if !noted.contains(&occurrence.name.as_str()) {
                    noted.push(&occurrence.name);
                    let placeholder = occurrence.name.clone();
                    notes.push(Note {
                        target,
                        path: path.to_owned(),
                        item: item.to_owned(),
                        outcome: Outcome::Changed,
                        reason: if defined.is_some() {
                            Reason::NoEquivalent { placeholder }
                        } else {
                            Reason::Undefined { placeholder }
                        },
                    });
                }
            }
        }
    }
    literal(&text[last..], &mut out);
    if changed {
        notes.push(Note {
            target,
            path: path.to_owned(),
            item: item.to_owned(),
            outcome: Outcome::Changed,
            reason: Reason::EngineSyntax,
        });
    }
    out
}

/// The template language a target runs over a reply's text, and how the team's own text is
/// kept from being read as its syntax.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Engine {
    /// Zendesk and Freshdesk render macros with Liquid: `{{ … }}` prints a variable, `{% … %}`
    /// runs a tag. Their opening `{{` and `{%` are wrapped in `{% raw %}…{% endraw %}`, Liquid's
    /// own way of writing them literally: the reply reads exactly as the team wrote it.
    Liquid,
    /// Gorgias, Front and AutoModerator read `{{…}}` (and Gorgias `{%…%}`); none documents an
    /// escape, so a space is put between the two characters (`{ {`, `{ %`), and a note says so.
    Braces,
    /// Help Scout reads `{%…%}` only: `{ %` the same way.
    Percent,
    /// No template language (Discord's texts are not replies).
    None,
}

impl Engine {
    fn of(target: Target) -> Engine {
        match target {
            Target::Zendesk | Target::Freshdesk => Engine::Liquid,
            Target::Gorgias | Target::Front | Target::RedditAutomod => Engine::Braces,
            Target::HelpScout => Engine::Percent,
            Target::DiscordAutomod => Engine::None,
        }
    }

    /// `text` with nothing the engine would read as its syntax.
    fn inert(self, text: &str) -> String {
        let openers: &[&str] = match self {
            Engine::Liquid | Engine::Braces => &["{{", "{%"],
            Engine::Percent => &["{%"],
            Engine::None => &[],
        };
        // One pass, left to right: searching the rest of the text for each opener in turn
        // read a text of unclosed braces once per brace (100,000 of them: seconds).
        let mut out = String::with_capacity(text.len());
        let bytes = text.as_bytes();
        let (mut last, mut at) = (0, 0);
        while at + 1 < bytes.len() {
            // every opener is `{` then one ASCII character, so `at` stays on a char boundary
            let opener = openers
                .iter()
                .find(|o| bytes[at] == b'{' && o.as_bytes()[1] == bytes[at + 1]);
            let Some(opener) = opener else {
                at += 1;
                continue;
            };
            out.push_str(&text[last..at]);
            match self {
                Engine::Liquid => {
                    out.push_str("{% raw %}");
                    out.push_str(opener);
                    out.push_str("{% endraw %}");
                }
                _ => {
                    out.push('{');
                    out.push(' ');
                    out.push_str(&opener[1..]);
                }
            }
            at += opener.len();
            last = at;
        }
        out.push_str(&text[last..]);
        out
    }
}

/// Plain text as HTML: blank lines separate paragraphs, single line breaks stay breaks, and
/// every character that means something in HTML is escaped (user text is never markup).
pub(super) fn to_html(text: &str) -> String {
    let mut html = String::new();
    for paragraph in text
        .replace("\r\n", "\n")
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        html.push_str("<p>");
        for (i, line) in paragraph.lines().enumerate() {
            if i > 0 {
                html.push_str("<br>");
            }
            for c in line.chars() {
                match c {
                    '&' => html.push_str("&amp;"),
                    '<' => html.push_str("&lt;"),
                    '>' => html.push_str("&gt;"),
                    '"' => html.push_str("&quot;"),
                    _ => html.push(c),
                }
            }
        }
        html.push_str("</p>");
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Placeholder;

    fn charter() -> Charter {
        let mut c = Charter::new(Lang::En);
        c.placeholders.push(Placeholder {
            name: "first_name".into(),
            stands_for: Some(StandardField::CustomerFirstName),
            ..Placeholder::default()
        });
        c.placeholders.push(Placeholder {
            name: "order".into(),
            ..Placeholder::default()
        });
        c
    }

    #[test]
    fn placeholders_take_the_target_syntax_or_a_visible_marker_with_a_note() {
        let mut notes = Vec::new();
        let text = "Hi {{ first_name }}, order {{order}} ({{order}}), {{nope}}";
        let out = map_placeholders(text, &charter(), Target::Zendesk, "/p", "T", &mut notes);
        assert_eq!(
            out,
            "Hi {{ticket.requester.first_name}}, order [order] ([order]), [nope]"
        );
        assert_eq!(notes.len(), 2, "one note per placeholder: {notes:?}");
        assert_eq!(
            notes[0].reason,
            Reason::NoEquivalent {
                placeholder: "order".into()
            }
        );
        assert_eq!(
            notes[1].reason,
            Reason::Undefined {
                placeholder: "nope".into()
            }
        );
    }

    #[test]
    fn the_teams_text_is_inert_in_each_template_engine() {
        let text = "Use {% if %} or {{first_name} and {{ x }}";
        let mut notes = Vec::new();
        let zendesk = map_placeholders(text, &charter(), Target::Zendesk, "/p", "T", &mut notes);
        assert_eq!(
            zendesk,
            "Use {% raw %}{%{% endraw %} if %} or {% raw %}{{{% endraw %}first_name} and {% raw %}{{{% endraw %} x }}"
        );
        assert!(notes.iter().any(|n| n.reason == Reason::EngineSyntax));
        let front = map_placeholders(text, &charter(), Target::Front, "/p", "T", &mut notes);
        assert_eq!(front, "Use { % if %} or { {first_name} and { { x }}");
        let help = map_placeholders(
            "{%x%} {{y}}",
            &charter(),
            Target::HelpScout,
            "/p",
            "T",
            &mut notes,
        );
        assert_eq!(help, "{ %x%} [y]");
        // a placeholder's own marker is made inert too
        let marker = map_placeholders(
            "{{ {%x }}",
            &charter(),
            Target::Gorgias,
            "/p",
            "T",
            &mut notes,
        );
        assert_eq!(marker, "[{ %x]");
        // nothing to change, no note
        let mut quiet = Vec::new();
        map_placeholders(
            "Hi {{first_name}}",
            &charter(),
            Target::Zendesk,
            "/p",
            "T",
            &mut quiet,
        );
        assert!(quiet.is_empty());
    }

    #[test]
    fn html_escapes_and_keeps_paragraphs() {
        assert_eq!(
            to_html("A <b> & \"c\"\nline\n\nNext"),
            "<p>A &lt;b&gt; &amp; &quot;c&quot;<br>line</p><p>Next</p>"
        );
    }
}
