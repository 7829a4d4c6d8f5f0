//! Regular expressions that moderation rules hand to automated filters. Two bots read them:
//! Discord AutoMod compiles them with Rust's `regex` crate, Reddit's AutoModerator with
//! Python's `re` (joining a check's patterns with `|`, case-insensitive). So the accepted
//! syntax is what **both** compile to the same meaning, and a pattern is judged twice:
//!
//! 1. by `regex`'s grammar: with the `full-regex` feature (the command-line tool, native tests)
//!    the `regex` crate compiles it; without it (the browser app) the parser of `regex-syntax`,
//!    the crate `regex` is built on, reads it. Compiling with `regex` would add 168 KiB brotli to
//!    the page and translating with `regex-syntax` 56 KiB (measured); the parser alone adds
//!    19 KiB and catches every syntax error (unclosed groups, look-around, bad repetitions, bad
//!    escapes and ranges);
//! 2. by what Python's `re` reads differently or refuses, found on that same syntax tree
//!    ([`portability`]): inline flags (Python ≥ 3.11 refuses a global flag once patterns are
//!    joined, and both bots already ignore case), Unicode classes `\p{…}`, `(?<name>…)`, `\z`,
//!    the word-boundary forms `\b{…}` `\<` `\>`, nested classes and class set operations,
//!    `[[:alpha:]]`, `\x{…}`, and group names Python does not allow.
//!
//! A pattern that can match the empty text is refused too: it would match every message.
//! The test suite compiles every exported pattern with Python 3's `re`, joined as AutoModerator
//! joins them (`tests/tool_formats.rs`).

use regex_syntax::ast::{
    self, AssertionKind, Ast, ClassSet, ClassSetItem, GroupKind, LiteralKind, RepetitionKind,
    RepetitionRange,
};

use crate::lang::Lang;

/// Why a pattern cannot go to the moderation bots.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatternProblem {
    /// Not a regular expression at all: `regex`'s own explanation, on one line.
    Syntax(String),
    /// `(?i)`, `(?x)`…: inline flags.
    Flags,
    /// `\p{…}` / `\P{…}`: Unicode classes, which Python's `re` does not know.
    UnicodeClass,
    /// `(?<name>…)`: Python writes named groups `(?P<name>…)` only.
    NamedGroupForm,
    /// A group name Python refuses (only letters, digits and `_`, not starting with a digit).
    GroupName(String),
    /// `\z`: end of text in Rust, an error in Python.
    EndOfText,
    /// `\b{start}`, `\<`, `\>`…: Rust-only word boundaries.
    WordBoundaryForm,
    /// `[a-z&&[^aeiou]]`, `[[a-z]]`: nested classes and set operations.
    ClassSetOperation,
    /// `[[:alpha:]]`: POSIX classes.
    PosixClass,
    /// `\x{…}`: braced hexadecimal escapes.
    BracedEscape,
    /// The pattern can match the empty text, so it matches every message.
    MatchesEverything,
}

impl PatternProblem {
    /// The explanation shown at the field and in export notes.
    pub fn message(&self, lang: Lang) -> String {
        let w = PatternWords::get(lang);
        match self {
            PatternProblem::Syntax(reason) => (w.syntax)(reason),
            PatternProblem::Flags => w.flags.to_owned(),
            PatternProblem::UnicodeClass => w.unicode_class.to_owned(),
            PatternProblem::NamedGroupForm => w.named_group_form.to_owned(),
            PatternProblem::GroupName(name) => (w.group_name)(name),
            PatternProblem::EndOfText => w.end_of_text.to_owned(),
            PatternProblem::WordBoundaryForm => w.word_boundary_form.to_owned(),
            PatternProblem::ClassSetOperation => w.class_set_operation.to_owned(),
            PatternProblem::PosixClass => w.posix_class.to_owned(),
            PatternProblem::BracedEscape => w.braced_escape.to_owned(),
            PatternProblem::MatchesEverything => w.matches_everything.to_owned(),
        }
    }
}

crate::catalogue! {
    /// Why a pattern is refused, in the reader's language.
    struct PatternWords;
    syntax: fn(&str) -> String {
        fr: |reason| format!("ce n’est pas une expression régulière valide ({reason})"),
        en: |reason| format!("not a valid regular expression ({reason})"),
    }
    flags: &'static str {
        fr: "pas d’options en ligne comme (?i) : les robots ignorent déjà la casse, et Reddit refuse (?i) une fois les expressions réunies",
        en: "no inline flags such as (?i): the bots already ignore case, and Reddit refuses (?i) once the patterns are joined",
    }
    unicode_class: &'static str {
        fr: "pas de classe Unicode \\p{…} : Python (Reddit) ne la connaît pas ; écrivez les caractères entre crochets",
        en: "no Unicode class \\p{…}: Python (Reddit) does not know it; list the characters in brackets",
    }
    named_group_form: &'static str {
        fr: "écrivez un groupe nommé (?P<nom>…) : Python (Reddit) ne lit pas (?<nom>…)",
        en: "write a named group (?P<name>…): Python (Reddit) does not read (?<name>…)",
    }
    group_name: fn(&str) -> String {
        fr: |name| format!("nom de groupe « {name} » : lettres, chiffres et _ seulement, sans chiffre au début (Python)"),
        en: |name| format!("group name “{name}”: letters, digits and _ only, not starting with a digit (Python)"),
    }
    end_of_text: &'static str {
        fr: "pas de \\z : Python (Reddit) le refuse ; écrivez $",
        en: "no \\z: Python (Reddit) refuses it; write $",
    }
    word_boundary_form: &'static str {
        fr: "pas de \\b{…}, \\< ni \\> : Python (Reddit) ne les lit pas ; écrivez \\b",
        en: "no \\b{…}, \\< or \\>: Python (Reddit) does not read them; write \\b",
    }
    class_set_operation: &'static str {
        fr: "pas de classe imbriquée ni d’opération entre classes (&&, --, ~~) : Python (Reddit) les lit autrement",
        en: "no nested class or class operation (&&, --, ~~): Python (Reddit) reads them differently",
    }
    posix_class: &'static str {
        fr: "pas de classe [[:alpha:]] : Python (Reddit) ne la connaît pas ; écrivez [a-zA-Z]",
        en: "no [[:alpha:]] class: Python (Reddit) does not know it; write [a-zA-Z]",
    }
    braced_escape: &'static str {
        fr: "pas de \\x{…} : écrivez \\xHH ou \\uHHHH",
        en: "no \\x{…}: write \\xHH or \\uHHHH",
    }
    matches_everything: &'static str {
        fr: "elle peut correspondre à un texte vide, donc à tous les messages",
        en: "it can match an empty text, so it would match every message",
    }
}

/// Why `pattern` cannot go to the moderation bots; `None` if both would read it the same way.
pub fn pattern_error(pattern: &str) -> Option<PatternProblem> {
    let ast = match ast::parse::Parser::new().parse(pattern) {
        Ok(ast) => ast,
        Err(error) => return Some(PatternProblem::Syntax(one_line(&error.to_string()))),
    };
    #[cfg(feature = "full-regex")]
    if let Err(error) = regex::Regex::new(pattern) {
        return Some(PatternProblem::Syntax(one_line(&error.to_string())));
    }
    portability(&ast).or_else(|| can_be_empty(&ast).then_some(PatternProblem::MatchesEverything))
}

/// The first construct of `ast` that Python's `re` refuses or reads differently.
fn portability(ast: &Ast) -> Option<PatternProblem> {
    struct Check;
    impl ast::Visitor for Check {
        type Output = ();
        type Err = PatternProblem;

        fn finish(self) -> Result<(), PatternProblem> {
            Ok(())
        }

        fn visit_pre(&mut self, ast: &Ast) -> Result<(), PatternProblem> {
            match ast {
                Ast::Flags(_) => Err(PatternProblem::Flags),
                Ast::ClassUnicode(_) => Err(PatternProblem::UnicodeClass),
                Ast::Literal(literal) => literal_problem(&literal.kind),
                Ast::Assertion(assertion) => match assertion.kind {
                    AssertionKind::EndText => Err(PatternProblem::EndOfText),
                    AssertionKind::StartLine
                    | AssertionKind::EndLine
                    | AssertionKind::StartText
                    | AssertionKind::WordBoundary
                    | AssertionKind::NotWordBoundary => Ok(()),
                    _ => Err(PatternProblem::WordBoundaryForm),
                },
                Ast::Group(group) => match &group.kind {
                    GroupKind::NonCapturing(flags) if !flags.items.is_empty() => {
                        Err(PatternProblem::Flags)
                    }
                    GroupKind::CaptureName {
                        starts_with_p: false,
                        ..
                    } => Err(PatternProblem::NamedGroupForm),
                    GroupKind::CaptureName { name, .. } if !python_name(&name.name) => {
                        Err(PatternProblem::GroupName(name.name.clone()))
                    }
                    _ => Ok(()),
                },
                Ast::ClassBracketed(class) => match &class.kind {
                    ClassSet::BinaryOp(_) => Err(PatternProblem::ClassSetOperation),
                    ClassSet::Item(_) => Ok(()),
                },
                _ => Ok(()),
            }
        }

        fn visit_class_set_item_pre(&mut self, item: &ClassSetItem) -> Result<(), PatternProblem> {
            match item {
                ClassSetItem::Unicode(_) => Err(PatternProblem::UnicodeClass),
                ClassSetItem::Ascii(_) => Err(PatternProblem::PosixClass),
                ClassSetItem::Bracketed(_) => Err(PatternProblem::ClassSetOperation),
                ClassSetItem::Literal(literal) => literal_problem(&literal.kind),
                ClassSetItem::Range(range) => {
                    literal_problem(&range.start.kind).and(literal_problem(&range.end.kind))
                }
                _ => Ok(()),
            }
        }

        fn visit_class_set_binary_op_pre(
            &mut self,
            _op: &ast::ClassSetBinaryOp,
        ) -> Result<(), PatternProblem> {
            Err(PatternProblem::ClassSetOperation)
        }
    }
    ast::visit(ast, Check).err()
}

fn literal_problem(kind: &LiteralKind) -> Result<(), PatternProblem> {
    match kind {
        LiteralKind::HexBrace(_) => Err(PatternProblem::BracedEscape),
        // octal escapes need a flag, which is refused before
        _ => Ok(()),
    }
}

/// Python's rule for group names: an identifier of ASCII letters, digits and `_`.
fn python_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Whether `ast` can match the empty text (then it matches every message).
fn can_be_empty(ast: &Ast) -> bool {
    match ast {
        Ast::Empty(_) | Ast::Flags(_) | Ast::Assertion(_) => true,
        Ast::Literal(_)
        | Ast::Dot(_)
        | Ast::ClassUnicode(_)
        | Ast::ClassPerl(_)
        | Ast::ClassBracketed(_) => false,
        Ast::Repetition(repetition) => {
            let min = match &repetition.op.kind {
                RepetitionKind::ZeroOrOne | RepetitionKind::ZeroOrMore => 0,
                RepetitionKind::OneOrMore => 1,
                RepetitionKind::Range(
                    RepetitionRange::Exactly(m)
                    | RepetitionRange::AtLeast(m)
                    | RepetitionRange::Bounded(m, _),
                ) => *m,
            };
            min == 0 || can_be_empty(&repetition.ast)
        }
        Ast::Group(group) => can_be_empty(&group.ast),
        Ast::Alternation(alternation) => alternation.asts.iter().any(can_be_empty),
        Ast::Concat(concat) => concat.asts.iter().all(can_be_empty),
    }
}

/// `regex` explains a syntax error over several lines (the pattern, a caret, then
/// `error: …`); a form field or a report line needs the last, explaining line only.
fn one_line(message: &str) -> String {
    let last = message
        .lines()
        .rev()
        .find(|line| !line.trim().is_empty())
        .unwrap_or(message);
    last.trim().trim_start_matches("error: ").to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const VALID: [&str; 8] = [
        r"arnaque\w*",
        r"[A-ZÉÈ]{6,}",
        r"\bfree\s+(money|gift)s?\b",
        r"[a-z]{3,}\d+",
        r"(?P<site>bit\.ly|tinyurl)/\w+",
        r"^\s*(?:spam)+$",
        r"\x41\u00e9[^\d\s]",
        r"\Aviagra",
    ];

    #[test]
    fn patterns_both_bots_read_alike_pass() {
        for pattern in VALID {
            assert_eq!(pattern_error(pattern), None, "{pattern}");
        }
    }

    #[test]
    fn syntax_errors_are_explained_on_one_line() {
        for pattern in ["(spam", "spam(?=bot)", "a{3,2}", "*spam", r"\q", "[z-a]"] {
            let Some(PatternProblem::Syntax(reason)) = pattern_error(pattern) else {
                panic!("{pattern} should be a syntax error");
            };
            assert!(!reason.contains('\n') && !reason.is_empty(), "{reason}");
        }
        // look-around is valid JavaScript but neither Rust regex nor what the bots take
        let Some(PatternProblem::Syntax(reason)) = pattern_error("spam(?=bot)") else {
            unreachable!()
        };
        assert!(reason.contains("look-around"), "{reason}");
    }

    #[test]
    fn what_python_reads_differently_is_refused_with_its_reason() {
        use PatternProblem::*;
        for (pattern, problem) in [
            (r"(?i)arnaque", Flags),
            (r"arnaque(?i)", Flags),
            (r"(?i:arnaque)", Flags),
            (r"\p{Lu}{6,}", UnicodeClass),
            (r"[\pL\d]", UnicodeClass),
            (r"(?<site>x)", NamedGroupForm),
            (r"(?P<a.b>x)", GroupName("a.b".into())),
            (r"spam\z", EndOfText),
            (r"\b{start}spam", WordBoundaryForm),
            (r"\<spam\>", WordBoundaryForm),
            (r"[a-z&&[^aeiou]]", ClassSetOperation),
            (r"[[a-z]x]", ClassSetOperation),
            (r"[[:alpha:]]", PosixClass),
            (r"\x{41}", BracedEscape),
            ("", MatchesEverything),
            ("a*", MatchesEverything),
            ("spam|", MatchesEverything),
            (r"(\b)", MatchesEverything),
        ] {
            assert_eq!(pattern_error(pattern), Some(problem), "{pattern}");
        }
        assert!(PatternProblem::Flags.message(Lang::Fr).contains("(?i)"));
    }

    #[cfg(feature = "full-regex")]
    #[test]
    fn the_full_check_compiles() {
        // a repetition too large for regex's size limit parses but does not compile
        assert!(matches!(
            pattern_error(r"\w{1000}\w{1000}\w{1000}"),
            Some(PatternProblem::Syntax(_))
        ));
    }
}
