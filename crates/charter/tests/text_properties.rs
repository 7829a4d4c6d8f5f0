//! Every function that handles user text by position, driven with arbitrary Unicode: emoji and
//! flags, combining marks, right-to-left text and overrides, CR, LF and CRLF, U+2028 and
//! U+2029, NUL and other controls, braces. None panics, and every position it returns is a
//! char boundary of the text it is about.

use charter::checker::{check, utf16_span, Context};
use charter::document::{
    Channel, Charter, LocalizedText, Persona, Placeholder, ReplyTemplate, Situation, Visibility,
    WordChoice,
};
use charter::lines::Lines;
use charter::template::{
    byte_offset, char_len, fill_samples, insert_placeholder, occurrences, overflow_at,
    placeholder_prefix,
};
use charter::tools::{self, Target, ToolOptions};
use charter::{html, json, markdown, validate, Lang};
use proptest::prelude::*;

/// Cases per property (the closing note counts them).
const CASES: u32 = 400;

/// Pieces that break naive code, mixed with any char at all.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => any::<char>().prop_map(String::from),
        1 => prop::sample::select(vec![
            "é", "e\u{301}", "😀", "👩‍👩‍👧", "🇫🇷", "\u{200d}", "שלום", "مرحبا", "\u{202e}", "\u{2066}",
            "\r", "\n", "\r\n", "\u{2028}", "\u{2029}", "\u{85}", "\0", "\u{7f}", "\u{ffff}",
            "\t", "{{", "}}", "{{first_name}}", "{{ pr", "{", "}", " ", "’", "İ", "ß", "ﬁ",
            "désolés, mais", "Bonjour ", "rembours", "!!", "ARRÊTEZ", "t'", "tu", "vous",
        ])
        .prop_map(str::to_owned),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..40).prop_map(|pieces| pieces.concat())
}

fn boundary(text: &str, at: usize) -> bool {
    text.is_char_boundary(at)
}

/// A charter whose every kind of text field holds `t`.
fn charter_with(t: &str) -> Charter {
    let mut c = Charter::new(Lang::Fr);
    c.meta.title = t.to_owned();
    c.voice.words_to_avoid.push(WordChoice {
        text: t.to_owned(),
        reason: t.to_owned(),
    });
    c.personas.push(Persona {
        id: "persona-1".into(),
        name: t.to_owned(),
        interests: Lines::from_text(t),
        ..Persona::default()
    });
    c.channels.push(Channel {
        id: "channel-1".into(),
        name: t.to_owned(),
        reply_length_limit: Some(5),
        ..Channel::default()
    });
    c.placeholders.push(Placeholder {
        id: "placeholder-1".into(),
        name: "first_name".into(),
        sample: t.to_owned(),
        ..Placeholder::default()
    });
    c.moderation.rules.push(charter::document::ModerationRule {
        id: "rule-1".into(),
        covers: t.to_owned(),
        keywords: Lines::from_text(t),
        patterns: Lines::from_text(t),
        ..Default::default()
    });
    c.templates.push(ReplyTemplate {
        id: "template-1".into(),
        title: t.to_owned(),
        channel_ids: vec!["channel-1".into()],
        body: LocalizedText {
            fr: Some(t.to_owned()),
            en: Some(t.to_owned()),
        },
        ..ReplyTemplate::default()
    });
    c
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn the_placeholder_being_typed_is_found_at_char_boundaries(t in text(), caret in 0usize..400) {
        if let Some((open, partial)) = placeholder_prefix(&t, caret) {
            prop_assert!(boundary(&t, open));
            prop_assert!(t[open..].starts_with("{{"));
            prop_assert!(t[open..].contains(partial));
        }
    }

    #[test]
    fn browser_offsets_become_char_boundaries(t in text(), utf16 in 0usize..400) {
        let at = byte_offset(&t, utf16);
        prop_assert!(at <= t.len() && boundary(&t, at));
    }

    #[test]
    fn inserting_a_suggestion_never_slices_a_character(
        t in text(), open in 0usize..300, caret in 0usize..300, name in "[a-z_]{1,12}",
    ) {
        match insert_placeholder(&t, open, caret, &name) {
            Some(inserted) => {
                prop_assert!(boundary(&t, open) && boundary(&t, caret) && open <= caret);
                let expected = format!("{}{{{{{name}}}}}{}", &t[..open], &t[caret..]);
                prop_assert_eq!(&inserted.text, &expected);
                prop_assert!(inserted.caret_utf16 as usize <= expected.encode_utf16().count());
            }
            None => prop_assert!(!(t.is_char_boundary(open) && t.is_char_boundary(caret) && open <= caret)),
        }
    }

    #[test]
    fn a_typed_suggestion_round_trips_from_the_textarea(t in text(), name in "[a-z_]{1,12}") {
        // what a textarea holds (the browser keeps LF only), then `{{` typed at the end
        let area = format!("{}{{{{", t.replace("\r\n", "\n").replace('\r', "\n"));
        let caret_utf16 = area.encode_utf16().count();
        let caret = byte_offset(&area, caret_utf16);
        let (open, _) = placeholder_prefix(&area, caret).expect("a `{{` was just typed");
        let inserted = insert_placeholder(&area, open, caret, &name).unwrap();
        let placeholder = format!("{{{{{name}}}}}");
        prop_assert!(inserted.text.ends_with(&placeholder));
        prop_assert_eq!(inserted.caret_utf16 as usize, inserted.text.encode_utf16().count());
    }

    #[test]
    fn checker_spans_are_char_boundaries(t in text(), situation in 0usize..7, lang in 0usize..2) {
        let c = charter_with("malheureusement");
        let context = Context {
            charter: &c,
            situation: Situation::ALL[situation],
            visibility: Visibility::Public,
            channel_ids: &[],
            lang: Lang::ALL[lang],
        };
        for finding in check(&t, &context) {
            let span = finding.span.clone();
            prop_assert!(span.start <= span.end && span.end <= t.len(), "{span:?}");
            prop_assert!(boundary(&t, span.start) && boundary(&t, span.end), "{span:?}");
            let (a, b) = utf16_span(&t, &span);
            prop_assert!(a <= b && b as usize <= t.encode_utf16().count());
            let _ = finding.message(Lang::Fr);
        }
    }

    #[test]
    fn placeholder_spans_and_lengths_are_char_safe(t in text(), limit in 0u32..60) {
        if let Some(found) = occurrences(&t) {
            for o in found {
                prop_assert!(boundary(&t, o.start) && boundary(&t, o.end) && o.start < o.end);
            }
        }
        let _ = fill_samples(&t, &[]);
        match overflow_at(&t, limit) {
            Some(cut) => {
                prop_assert!(boundary(&t, cut));
                prop_assert_eq!(char_len(&t[..cut]), limit as usize);
                prop_assert!(char_len(&t) > limit as usize);
            }
            None => prop_assert!(char_len(&t) <= limit as usize),
        }
    }

    #[test]
    fn lists_keep_any_text_verbatim(t in text()) {
        prop_assert_eq!(Lines::from_text(&t).text(), t);
    }

    #[test]
    fn documents_and_exports_take_any_text(t in text()) {
        let c = charter_with(&t);
        let _ = validate::validate(&c);
        let md = markdown::render(&c);
        let _ = html::render_safe(&md);
        let _ = markdown::render_templates(&c);
        for target in Target::ALL {
            let _ = tools::export(&c, target, &ToolOptions::default());
        }
        // and the JSON comes back with one form of line breaks
        let back = json::from_json(json::to_json(&c).as_bytes()).unwrap().charter;
        prop_assert!(!back.meta.title.contains('\r'));
        prop_assert_eq!(back.meta.title, t.replace("\r\n", "\n").replace('\r', "\n"));
    }
}
