//! Markdown to HTML for the live preview, with user text kept inert.
//!
//! pulldown-cmark passes raw HTML (`<script>`, `<img onerror=…>`) and any link scheme
//! (`javascript:`) through unchanged. Here raw HTML becomes escaped text, links keep only
//! http, https and mailto targets (others lose the link, keep the words), and images are shown
//! as their alt text: a charter preview has no business loading remote pixels.

use pulldown_cmark::{html, CowStr, Event, Options, Parser, Tag, TagEnd};

/// Whether a link target is allowed in the preview. Browsers ignore ASCII whitespace and
/// control characters inside a scheme (`java\tscript:`), so they are dropped before checking.
pub fn is_safe_link(url: &str) -> bool {
    let cleaned: String = url
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_ascii_control())
        .collect::<String>()
        .to_ascii_lowercase();
    ["http://", "https://", "mailto:"]
        .iter()
        .any(|scheme| cleaned.starts_with(scheme))
}

/// Escapes text for HTML content and attribute values, onto `out`.
pub fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// Renders Markdown to HTML that is safe to set as `innerHTML`.
pub fn render_safe(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    // the HTML writer escapes every Text event, which is what makes raw HTML inert
    html::push_html(&mut out, safe_events(markdown, &[]));
    out
}

/// The Markdown's events with user text kept inert: raw HTML becomes text (except the exact
/// blocks in `allowed`, which only our own writer emits, see [`crate::publish`]), unsafe links
/// lose their target, images become their alt text.
pub fn safe_events<'a>(
    markdown: &'a str,
    allowed: &'a [&'a str],
) -> impl Iterator<Item = Event<'a>> + 'a {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    // For each open link: whether it was kept (so its end tag is kept or dropped to match).
    let mut open_links: Vec<bool> = Vec::new();
    let events = Parser::new_ext(markdown, options).filter_map(move |event| match event {
        Event::Html(raw) if allowed.contains(&raw.trim_end()) => Some(Event::Html(raw)),
        Event::Html(raw) | Event::InlineHtml(raw) => Some(Event::Text(raw)),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let keep = is_safe_link(&dest_url);
            open_links.push(keep);
            keep.then_some(Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }))
        }
        Event::End(TagEnd::Link) => open_links.pop().unwrap_or(false).then_some(event),
        Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => None,
        // an image's alt text arrives as Text events between its start and end, and stays
        other => Some(other),
    });
    merge_text(events)
}

/// Text arrives in pieces (each escaped character is one): merged, a megabyte of escaped
/// markup is a few events to write, not a million. (pulldown-cmark's own `TextMergeStream`
/// does the same but made a text of many short lines twice as slow.)
fn merge_text<'a>(events: impl Iterator<Item = Event<'a>>) -> impl Iterator<Item = Event<'a>> {
    let mut events = events.peekable();
    std::iter::from_fn(move || {
        let first = events.next()?;
        let Event::Text(text) = first else {
            return Some(first);
        };
        if !matches!(events.peek(), Some(Event::Text(_))) {
            return Some(Event::Text(text));
        }
        let mut merged = text.into_string();
        while let Some(Event::Text(more)) = events.next_if(|e| matches!(e, Event::Text(_))) {
            merged.push_str(&more);
        }
        Some(Event::Text(CowStr::from(merged)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every href in the output, to check that none escaped the filter.
    fn hrefs(html: &str) -> Vec<&str> {
        html.split("href=\"")
            .skip(1)
            .map(|rest| rest.split('"').next().unwrap_or_default())
            .collect()
    }

    #[test]
    fn link_check_sees_through_case_and_whitespace() {
        assert!(is_safe_link("https://a.example"));
        assert!(is_safe_link(" HTTP://a.example"));
        assert!(is_safe_link("mailto:a@b.c"));
        assert!(!is_safe_link("JaVa\tScRiPt:alert(1)"));
        assert!(!is_safe_link("java\nscript:alert(1)"));
        assert!(!is_safe_link("data:text/html,x"));
        assert!(!is_safe_link("/relative"));
        assert!(!is_safe_link("vbscript:x"));
    }

    #[test]
    fn raw_html_is_shown_as_text() {
        let out =
            render_safe("hello <img src=x onerror=alert(1)> and\n\n<script>alert(1)</script>\n");
        assert!(!out.contains("<img"), "{out}");
        assert!(!out.contains("<script"), "{out}");
        assert!(out.contains("&lt;img src=x onerror=alert(1)&gt;"), "{out}");
        assert!(out.contains("&lt;script&gt;"), "{out}");
    }

    #[test]
    fn only_http_https_and_mailto_links_survive() {
        let out = render_safe(
            "[a](javascript:alert(1)) [b](https://ok.example) [c](mailto:x@y.z) \
             [d](JaVa\tScRiPt:alert(1)) [e](data:text/html,hi) [f](/relative)",
        );
        assert_eq!(hrefs(&out), ["https://ok.example", "mailto:x@y.z"], "{out}");
        assert!(
            out.contains(r#"<a href="https://ok.example">b</a>"#),
            "{out}"
        );
        assert!(out.contains(r#"<a href="mailto:x@y.z">c</a>"#), "{out}");
        // the words of a dropped link stay
        for word in ["a", "e", "f"] {
            assert!(
                out.contains(&format!(" {word}")) || out.contains(&format!(">{word}")),
                "{out}"
            );
        }
        assert_eq!(out.matches("<a ").count(), out.matches("</a>").count());
    }

    #[test]
    fn images_become_their_alt_text() {
        let out = render_safe("![logo](https://tracker.example/p.gif) ![x](javascript:alert(1))");
        assert!(!out.contains("<img"), "{out}");
        assert!(out.contains("logo"), "{out}");
    }

    #[test]
    fn nested_links_keep_tags_balanced() {
        let out = render_safe("[outer [inner](https://a.example)](javascript:x)");
        assert_eq!(
            out.matches("<a ").count(),
            out.matches("</a>").count(),
            "{out}"
        );
        assert!(hrefs(&out).iter().all(|h| is_safe_link(h)), "{out}");
    }

    #[test]
    fn tables_and_headings_render() {
        let out = render_safe("## Title\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n");
        assert!(out.contains("<h2>Title</h2>"));
        assert!(out.contains("<table>"));
    }
}
