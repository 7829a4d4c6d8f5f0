//! The one mechanism for every word a person reads: the interface, the documents, validation
//! problems, the reply checker's remarks, export notes and command-line messages.
//!
//! A catalogue is a struct with one field per message; each message is written once, its
//! French and English side by side:
//!
//! ```
//! charter::catalogue! {
//!     /// Words of an example.
//!     pub struct Greetings;
//!     hello: &'static str { fr: "Bonjour", en: "Hello" }
//!     from_age: fn(u8) -> String { fr: |n| format!("{n} ans et plus"), en: |n| format!("{n} and over") }
//! }
//! assert_eq!(Greetings::get(charter::Lang::Fr).hello, "Bonjour");
//! ```
//!
//! The macro builds the struct and one static per language behind `get(lang)`. A message
//! without both languages does not match the macro, so a missing translation is a compile
//! error; a field of any type may be translated (a word, a sentence built from arguments, a
//! list of words). Adding a language is one edit, here.

/// Declares a catalogue: see the module documentation.
#[macro_export]
macro_rules! catalogue {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident;
        $(
            $(#[$field_meta:meta])*
            $field:ident : $ty:ty { fr: $fr:expr, en: $en:expr $(,)? }
        )*
    ) => {
        $(#[$meta])*
        $vis struct $name {
            $( $(#[$field_meta])* pub $field: $ty, )*
        }

        impl $name {
            /// The catalogue in `lang`.
            #[allow(dead_code)]
            $vis fn get(lang: $crate::Lang) -> &'static $name {
                static FR: $name = $name { $( $field: $fr, )* };
                static EN: $name = $name { $( $field: $en, )* };
                match lang {
                    $crate::Lang::Fr => &FR,
                    $crate::Lang::En => &EN,
                }
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use crate::Lang;

    crate::catalogue! {
        struct Sample;
        word: &'static str { fr: "mot", en: "word" }
        count: fn(usize) -> String {
            fr: |n| crate::count::Count::new("aucun élément", "élément", "éléments").of(n),
            en: |n| crate::count::Count::new("no items", "item", "items").of(n),
        }
        list: &'static [&'static str] { fr: &["un", "deux"], en: &["one"] }
    }

    #[test]
    fn each_language_has_its_own_words() {
        assert_eq!(Sample::get(Lang::Fr).word, "mot");
        assert_eq!(Sample::get(Lang::En).word, "word");
        assert_eq!((Sample::get(Lang::Fr).count)(2), "2 éléments");
        assert_eq!(Sample::get(Lang::En).list, ["one"]);
        assert!(std::ptr::eq(Sample::get(Lang::En), Sample::get(Lang::En)));
    }
}
