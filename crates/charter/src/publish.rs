//! The charter as one web page to publish: a single self-contained HTML file (inline CSS, no
//! script, no external request: its own Content-Security-Policy forbids them), with a table of
//! contents, the charter in its language and text in the other language marked with `lang`,
//! and a print stylesheet.
//!
//! The body is the Markdown charter ([`crate::markdown::render_for_page`]) through the same
//! filter as the preview ([`crate::html::safe_events`]): raw HTML from user text is text,
//! links keep only http, https and mailto. Only the language blocks our own writer emits pass
//! as HTML.

use pulldown_cmark::{html, CowStr, Event, HeadingLevel, Tag, TagEnd};

use crate::document::Charter;
use crate::html::safe_events;
use crate::labels::labels;
use crate::markdown::{date_in_words, lang_marks, render_for_page_with_html};

/// The page's style: readable on a phone, printable, colours with AA contrast.
const STYLE: &str = "\
:root{color-scheme:light;--ink:#1d1d1f;--muted:#4a4a4f;--line:#d0d0d6;--accent:#0b5cad;--quote:#f4f5f8}
*{box-sizing:border-box}
body{margin:0;overflow-wrap:break-word;font:1rem/1.6 system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;color:var(--ink);background:#fff}
main{max-width:48rem;margin:0 auto;padding:2rem 1.25rem 4rem}
h1{font-size:2rem;line-height:1.2;margin:0 0 1rem}
h2{font-size:1.5rem;margin:2.5rem 0 .75rem;padding-top:.5rem;border-top:1px solid var(--line)}
h3{font-size:1.15rem;margin:1.75rem 0 .5rem}
a{color:var(--accent)}
nav{margin:1.5rem 0 2rem;padding:1rem 1.25rem;border:1px solid var(--line);border-radius:.5rem}
nav h2{margin:0 0 .5rem;padding:0;border:0;font-size:1.1rem}
nav ol{margin:0;padding-left:1.25rem}
blockquote{margin:.5rem 0 1rem;padding:.5rem 1rem;background:var(--quote);border-left:4px solid var(--accent)}
blockquote p{margin:.25rem 0}
table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.95rem}
th,td{border:1px solid var(--line);padding:.4rem .6rem;text-align:left;vertical-align:top}
th{background:var(--quote)}
footer{color:var(--muted);font-size:.875rem;max-width:48rem;margin:0 auto;padding:0 1.25rem 2rem}
@media (max-width:40rem){
table,tbody,tr,td{display:block;width:100%}
thead{display:block;position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
tr{border:1px solid var(--line);border-radius:.5rem;margin:0 0 .75rem;padding:.25rem .75rem}
td{border:0;padding:.25rem 0;overflow-wrap:anywhere}
td[data-label]::before{content:attr(data-label);display:block;font-weight:600;font-size:.875rem;color:var(--muted)}
}
@media print{
body{font-size:11pt;color:#000}
main{max-width:none;padding:0}
nav{break-after:page}
h2{break-before:page;border:0}
nav h2{break-before:auto}
h2,h3{break-after:avoid}
blockquote,table,tr{break-inside:avoid}
a{color:#000}
main a[href^=\"http\"]::after{content:\" (\" attr(href) \")\";font-size:.85em;word-break:break-all}
}";

/// The page's policy: nothing but its own inline style may load or run.
const POLICY: &str =
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/// The longest `<title>`, in characters (html-validate's `long-title` rule).
const MAX_TITLE_CHARS: usize = 70;

/// Escapes text for HTML content and attribute values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    crate::html::push_escaped(&mut out, text);
    out
}

/// One entry of the table of contents: a section (level 2) or an item in it (level 3).
struct TocEntry {
    level: HeadingLevel,
    id: String,
    text: String,
}

/// The events with each body cell of a table written as `<td data-label="…">`, its column's
/// heading: on a narrow screen the style shows each row as a card of labelled lines (a table
/// of four columns cannot be read at 390 pixels), the table itself stays a table for screen
/// readers and wide screens.
fn labelled_cells(events: Vec<Event>) -> Vec<Event> {
    let mut out = Vec::with_capacity(events.len());
    let mut heads: Vec<String> = Vec::new();
    let (mut in_head, mut column) = (false, 0);
    for event in events {
        match event {
            Event::Start(Tag::Table(_)) => {
                heads.clear();
                out.push(event);
            }
            Event::Start(Tag::TableHead) => {
                in_head = true;
                out.push(event);
            }
            Event::End(TagEnd::TableHead) => {
                in_head = false;
                out.push(event);
            }
            Event::Start(Tag::TableRow) => {
                column = 0;
                out.push(event);
            }
            Event::Start(Tag::TableCell) if in_head => {
                heads.push(String::new());
                out.push(event);
            }
            Event::Text(ref text) | Event::Code(ref text) if in_head => {
                if let Some(head) = heads.last_mut() {
                    head.push_str(text);
                }
                out.push(event);
            }
            Event::Start(Tag::TableCell) => {
                let label = heads.get(column).map(String::as_str).unwrap_or_default();
                out.push(Event::Html(
                    format!("<td data-label=\"{}\">", escape(label)).into(),
                ));
            }
            Event::End(TagEnd::TableCell) if !in_head => {
                column += 1;
                out.push(Event::Html("</td>".into()));
            }
            other => out.push(other),
        }
    }
    out
}

/// The whole page.
pub fn render_page(charter: &Charter) -> String {
    let lang = charter.meta.language;
    let l = labels(lang);
    let (markdown, long_texts) = render_for_page_with_html(charter);
    let marks = lang_marks();
    // our own blocks pass as HTML, exactly as written, and nothing else
    let allowed: Vec<&str> = marks
        .iter()
        .chain(&long_texts)
        .map(String::as_str)
        .collect();
    let mut events: Vec<Event> = safe_events(&markdown, &allowed).collect();

    // Every h2 and h3 gets an id for the table of contents; the h1 is the page's title.
    let mut toc: Vec<TocEntry> = Vec::new();
    let mut title = String::new();
    let mut current: Option<usize> = None;
    let mut in_h1 = false;
    for event in &mut events {
        match event {
            Event::Start(Tag::Heading { level, id, .. }) => {
                if *level == HeadingLevel::H1 {
                    in_h1 = true;
                } else if *level <= HeadingLevel::H3 {
                    let anchor = format!("s{}", toc.len() + 1);
                    *id = Some(CowStr::from(anchor.clone()));
                    toc.push(TocEntry {
                        level: *level,
                        id: anchor,
                        text: String::new(),
                    });
                    current = Some(toc.len() - 1);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                in_h1 = false;
                current = None;
            }
            Event::Text(text) | Event::Code(text) => {
                if in_h1 {
                    title.push_str(text);
                } else if let Some(i) = current {
                    toc[i].text.push_str(text);
                }
            }
            _ => {}
        }
    }
    // the title, then the contents, then the rest
    let h1_end = events
        .iter()
        .position(|e| matches!(e, Event::End(TagEnd::Heading(HeadingLevel::H1))))
        .map_or(0, |i| i + 1);
    let rest = events.split_off(h1_end);
    let mut head = String::new();
    html::push_html(&mut head, events.into_iter());
    let mut body = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut body, labelled_cells(rest).into_iter());

    let mut nav = String::new();
    if !toc.is_empty() {
        nav.push_str(&format!(
            "<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">{}</h2>\n<ol>\n",
            escape(l.contents)
        ));
        let mut open_sub = false;
        for (i, entry) in toc.iter().enumerate() {
            let link = format!("<a href=\"#{}\">{}</a>", entry.id, escape(&entry.text));
            if entry.level == HeadingLevel::H2 {
                if open_sub {
                    nav.push_str("</ol>\n</li>\n");
                    open_sub = false;
                } else if i > 0 {
                    nav.push_str("</li>\n");
                }
                nav.push_str(&format!("<li>{link}"));
            } else {
                if !open_sub {
                    // an item before any section would have no list to open into
                    if i == 0 {
                        nav.push_str("<li>");
                    }
                    nav.push_str("\n<ol>\n");
                    open_sub = true;
                }
                nav.push_str(&format!("<li>{link}</li>\n"));
            }
        }
        if open_sub {
            nav.push_str("</ol>\n");
        }
        nav.push_str("</li>\n</ol>\n</nav>\n");
    }
    let title = if title.trim().is_empty() {
        l.untitled_charter.to_owned()
    } else {
        title
    };
    // A browser tab or a search result shows about 70 characters; the h1 keeps the whole
    // title. Counted as written in the file (entities included, UTF-16 units), as
    // html-validate's `long-title` counts.
    let written = |c: char| escape(c.encode_utf8(&mut [0; 4])).encode_utf16().count();
    let title = if title.chars().map(written).sum::<usize>() > MAX_TITLE_CHARS {
        let mut units = 0;
        let kept: String = title
            .chars()
            .take_while(|c| {
                units += written(*c);
                units < MAX_TITLE_CHARS
            })
            .collect();
        format!("{}…", kept.trim_end())
    } else {
        title
    };
    let meta = &charter.meta;
    let footer = (l.footer)(
        meta.brand.trim(),
        meta.version_label.trim(),
        &date_in_words(l, &meta.last_updated).unwrap_or_default(),
    );
    format!(
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{POLICY}\">\n\
         <meta name=\"generator\" content=\"Porte-voix\">\n<title>{title}</title>\n\
         <style>\n{STYLE}\n</style>\n</head>\n<body>\n<main>\n{head}{nav}{body}</main>\n\
         <footer>\n<p>{footer}</p>\n</footer>\n</body>\n</html>\n",
        code = lang.code(),
        title = escape(&title),
        footer = escape(&footer),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{LocalizedText, ReplyTemplate};
    use crate::Lang;

    fn example() -> Charter {
        let mut c = Charter::new(Lang::Fr);
        c.meta.title = "Charte <Luciole>".into();
        c.templates.push(ReplyTemplate {
            id: "template-1".into(),
            title: "Merci".into(),
            body: LocalizedText {
                fr: Some("Merci !".into()),
                en: Some("Thank you!".into()),
            },
            ..ReplyTemplate::default()
        });
        c
    }

    #[test]
    fn body_cells_carry_their_column_and_the_footer_names_brand_version_and_date() {
        let mut c = example();
        c.meta.brand = "Luciole & co".into();
        c.meta.version_label = "1.2".into();
        c.meta.last_updated = "2026-12-04".into();
        c.placeholders.push(crate::document::Placeholder {
            id: "placeholder-1".into(),
            name: "prénom".into(),
            sample: "Camille".into(),
            ..Default::default()
        });
        let page = render_page(&c);
        assert!(
            page.contains("<td data-label=\"Nom\"><code>{{prénom}}</code></td>"),
            "{page}"
        );
        assert!(
            page.contains("<td data-label=\"Exemple\">Camille</td>"),
            "{page}"
        );
        assert!(
            page.contains("<footer>\n<p>Charte de réponse communautaire de Luciole &amp; co, version 1.2, mise à jour le 4 décembre 2026.</p>"),
            "{page}"
        );
        // the placeholders come last, after the templates, as the team's appendix
        let appendix = page.rfind("Annexe pour l’équipe").unwrap();
        assert!(page.find("<blockquote").unwrap() < appendix);
    }

    #[test]
    fn the_page_has_its_language_a_title_and_contents_that_lead_to_headings() {
        let page = render_page(&example());
        assert!(
            page.starts_with("<!DOCTYPE html>\n<html lang=\"fr\">"),
            "{page}"
        );
        assert!(
            page.contains("<title>Charte &lt;Luciole&gt;</title>"),
            "{page}"
        );
        let ids: Vec<&str> = page
            .split("href=\"#")
            .skip(1)
            .map(|rest| rest.split('"').next().unwrap())
            .collect();
        assert!(ids.len() >= 5, "{page}");
        for id in ids {
            assert!(page.contains(&format!(" id=\"{id}\"")), "no heading {id}");
        }
    }

    #[test]
    fn text_in_the_other_language_is_marked() {
        let page = render_page(&example());
        let english = page.find("<div lang=\"en\">").expect("an English block");
        let end = english + page[english..].find("</div>").unwrap();
        assert!(page[english..end].contains("Thank you!"), "{page}");
        assert!(!page.contains("<div lang=\"fr\">"), "{page}");
    }

    #[test]
    fn user_text_cannot_open_a_language_block_or_a_script() {
        let mut c = example();
        c.meta.brand = "<div lang=\"en\">".into();
        c.templates[0].body.fr =
            Some("<script>alert(1)</script>\n\n</div>\n<div lang=\"en\">".into());
        let page = render_page(&c);
        assert!(!page.contains("<script"), "{page}");
        assert_eq!(page.matches("<div lang=").count(), 1, "{page}");
        assert_eq!(page.matches("</div>").count(), 1, "{page}");
    }

    /// A text past 20,000 characters is written as HTML escaped by us (one event for the
    /// Markdown parser instead of one per escaped character): it reads the same, runs nothing,
    /// and a shorter text still goes through the Markdown.
    #[test]
    fn a_very_long_text_is_escaped_html_and_runs_nothing() {
        let mut c = example();
        let hostile = "<script>alert('x')</script> & \"q\" *star*\n</p></blockquote><img src=x onerror=alert(1)>\n";
        c.templates[0].body.fr = Some(hostile.repeat(400));
        let page = render_page(&c);
        assert!(!page.contains("<script"), "a script tag");
        assert!(!page.contains("<img"), "an image tag");
        assert_eq!(
            page.matches("<blockquote>").count(),
            page.matches("</blockquote>").count()
        );
        assert!(page.contains(
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot; *star*<br>"
        ));
        // the other texts, short, are still Markdown
        c.templates[0].body.fr = Some("*star*".into());
        assert!(render_page(&c).contains("<blockquote>\n<p>*star*</p>"));
    }
}
