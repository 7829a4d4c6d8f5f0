//! The charter as JSON: the export other tools import, and the import that reads it back.
//!
//! Import is defensive because files come from anywhere (and stored drafts come through it
//! too): it refuses oversized input before parsing, reports syntax errors with line and
//! column, a key written twice (which a lenient parser would silently drop), type errors with
//! the field's JSON pointer, a version it cannot read, and lists or rows past their limits;
//! it repairs what it can without losing anything (a byte-order mark, Windows or old Mac line
//! breaks, ids used twice) and says so in notices, like unknown fields; and it never panics.
//! Older versions pass through [`MIGRATIONS`] first.

use std::cell::RefCell;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::document::{
    each_list, Charter, ListItem, ListKind, ListVisitor, FORMAT, SCHEMA_ID, VERSION,
};
use crate::lang::Lang;
use crate::limits::{charter_size, over_limit, MAX_CHARTER_BYTES, MAX_FILE_BYTES};

/// One step of the migration chain: turns a document of version `from` into version `from + 1`.
pub struct Migration {
    pub from: u32,
    pub describe: &'static str,
    pub apply: fn(&mut Value),
}

/// The migration chain, oldest first. Version 1 is the first published version, so the chain
/// is empty for now; a format change adds a step here and bumps [`VERSION`].
pub static MIGRATIONS: &[Migration] = &[];

/// The charter as compact JSON, as the draft is stored and every limit measures it. The one
/// serializer of a charter: the pretty file ([`to_json`]) and the JSON value ([`to_value`]) are
/// made from this text, so the charter's serializer is in the wasm once.
pub fn to_compact(charter: &Charter) -> String {
    serde_json::to_string(charter)
        .unwrap_or_else(|_| unreachable!("a charter always serialises: all keys are strings"))
}

/// The charter as pretty-printed JSON, tidied for export, with a final newline.
pub fn to_json(charter: &Charter) -> String {
    let mut out = pretty(&to_compact(&charter.normalized()));
    out.push('\n');
    out
}

/// The charter as a JSON value (what comparisons and fingerprints read).
pub fn to_value(charter: &Charter) -> Value {
    parse_strict(to_compact(charter).as_bytes()).unwrap_or(Value::Null)
}

/// Compact JSON (as serde_json writes it: nothing between tokens) laid out as serde_json's
/// pretty printer does: two spaces per level, `": "` after a key, one entry per line, `[]` and
/// `{}` when empty. Text inside strings is copied as it is.
pub fn pretty(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() * 2);
    let mut depth = 0usize;
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                out.push('"');
                while let Some(c) = chars.next() {
                    out.push(c);
                    match c {
                        '\\' => out.extend(chars.next()),
                        '"' => break,
                        _ => {}
                    }
                }
            }
            '{' | '[' => {
                let close = if c == '{' { '}' } else { ']' };
                out.push(c);
                if chars.peek() == Some(&close) {
                    out.push(close);
                    chars.next();
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(',');
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            c => out.push(c),
        }
    }
    out
}

/// A successful import, with what the user should know about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub charter: Charter,
    pub notices: Vec<ImportNotice>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportNotice {
    /// A field this version does not know; it was ignored.
    UnknownField { path: String },
    /// The file was written by an older version and was upgraded.
    Migrated { from: u32 },
    /// The file began with a UTF-8 byte-order mark, which was skipped.
    ByteOrderMark,
    /// Line breaks written `\r\n` or `\r` became `\n`, the one form the app edits.
    LineBreaks,
    /// An item had an id already taken in its list (or none): it got a new one. References
    /// to the old id still lead to the first item that had it.
    RepairedId {
        kind: ListKind,
        old: String,
        new: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    TooLarge {
        bytes: usize,
    },
    Syntax {
        line: usize,
        column: usize,
        detail: String,
    },
    NotACharter,
    NewerVersion {
        found: u64,
    },
    BadVersion,
    WrongType {
        path: String,
        detail: String,
    },
    /// A key written twice in one object: which value was meant cannot be known.
    DuplicateKey {
        path: String,
        line: usize,
        column: usize,
    },
    /// A list or set of rows past its limit.
    TooMany {
        path: String,
        count: usize,
        limit: usize,
    },
}

impl ImportError {
    /// A sentence for the user, in the UI's language.
    pub fn message(&self, lang: Lang) -> String {
        let w = ImportWords::get(lang);
        match self {
            ImportError::TooLarge { bytes } => {
                (w.too_large)(bytes / 1024, MAX_CHARTER_BYTES / 1024)
            }
            ImportError::Syntax {
                line,
                column,
                detail,
            } => (w.syntax)(*line, *column, detail),
            ImportError::NotACharter => (w.not_a_charter)(FORMAT),
            ImportError::NewerVersion { found } => (w.newer_version)(*found, VERSION),
            ImportError::BadVersion => w.bad_version.to_owned(),
            ImportError::WrongType { path, detail } => (w.wrong_type)(path, detail),
            ImportError::DuplicateKey { path, line, column } => {
                (w.duplicate_key)(path, *line, *column)
            }
            ImportError::TooMany { path, count, limit } => (w.too_many)(path, *count, *limit),
        }
    }
}

impl ImportNotice {
    pub fn message(&self, lang: Lang) -> String {
        let w = ImportWords::get(lang);
        match self {
            ImportNotice::UnknownField { path } => (w.unknown_field)(path),
            ImportNotice::Migrated { from } => (w.migrated)(*from, VERSION),
            ImportNotice::ByteOrderMark => w.byte_order_mark.to_owned(),
            ImportNotice::LineBreaks => w.line_breaks.to_owned(),
            ImportNotice::RepairedId { kind, old, new } => {
                (w.repaired_id)(kind.pointer(), old, new)
            }
        }
    }
}

crate::catalogue! {
    /// What an import says, in the UI's language.
    struct ImportWords;
    too_large: fn(usize, usize) -> String {
        fr: |kib, max| format!("Cette charte pèse {kib} Kio ; Porte-voix enregistre, rouvre et importe des chartes de {max} Kio au plus (JSON compact)."),
        en: |kib, max| format!("This charter is {kib} KiB; Porte-voix saves, reopens and imports charters of at most {max} KiB (compact JSON)."),
    }
    syntax: fn(usize, usize, &str) -> String {
        fr: |line, column, detail| format!("Ce fichier n’est pas du JSON valide : ligne {line}, colonne {column} ({detail})."),
        en: |line, column, detail| format!("This file is not valid JSON: line {line}, column {column} ({detail})."),
    }
    not_a_charter: fn(&str) -> String {
        fr: |format| format!("Ce fichier JSON n’est pas une charte Porte-voix (son champ « format » devrait valoir « {format} »)."),
        en: |format| format!("This JSON file is not a Porte-voix charter (its \"format\" field should be \"{format}\")."),
    }
    newer_version: fn(u64, u32) -> String {
        fr: |found, ours| format!("Cette charte vient d’une version plus récente de Porte-voix (format {found} ; celle-ci lit jusqu’à la version {ours}). Mettez Porte-voix à jour pour l’ouvrir."),
        en: |found, ours| format!("This charter was saved by a newer Porte-voix (format version {found}; this one reads up to {ours}). Update Porte-voix to open it."),
    }
    bad_version: &'static str {
        fr: "Le champ « version » doit être un nombre entier.",
        en: "The \"version\" field must be a whole number.",
    }
    /// A value of the wrong type, at its place (`/personas/0/name`) or, when it was not
    /// looked for, somewhere.
    wrong_type: fn(&str, &str) -> String {
        fr: |path, detail| match path {
            "" => format!("Un champ n’a pas le bon type : {detail}."),
            path => format!("Le champ {path} n’a pas le bon type : {detail}."),
        },
        en: |path, detail| match path {
            "" => format!("A field has the wrong type: {detail}."),
            path => format!("The field {path} has the wrong type: {detail}."),
        },
    }
    unknown_field: fn(&str) -> String {
        fr: |path| format!("Le champ inconnu {path} a été ignoré."),
        en: |path| format!("Unknown field {path} was ignored."),
    }
    duplicate_key: fn(&str, usize, usize) -> String {
        fr: |path, line, column| format!("Le champ {path} est écrit deux fois (ligne {line}, colonne {column}) : impossible de savoir quelle valeur garder."),
        en: |path, line, column| format!("The field {path} is written twice (line {line}, column {column}): there is no telling which value was meant."),
    }
    too_many: fn(&str, usize, usize) -> String {
        fr: |path, count, limit| format!("{path} compte {count} éléments ; Porte-voix en ouvre {limit} au plus."),
        en: |path, count, limit| format!("{path} holds {count} items; Porte-voix opens at most {limit}."),
    }
    byte_order_mark: &'static str {
        fr: "Le fichier commençait par une marque d’ordre des octets (BOM), ignorée.",
        en: "The file began with a byte-order mark (BOM), which was skipped.",
    }
    line_breaks: &'static str {
        fr: "Les retours à la ligne Windows ou Mac (\\r) sont devenus des retours à la ligne simples.",
        en: "Windows or old Mac line breaks (\\r) became plain line breaks.",
    }
    repaired_id: fn(&str, &str, &str) -> String {
        fr: |list, old, new| format!("Dans {list}, l’identifiant « {old} » était déjà pris (ou vide) : l’élément devient « {new} » ; ce qui renvoyait à « {old} » renvoie au premier élément."),
        en: |list, old, new| format!("In {list}, the id “{old}” was already taken (or empty): the item is now “{new}”; references to “{old}” lead to the first item."),
    }
    migrated: fn(u32, u32) -> String {
        fr: |from, to| format!("Cette charte utilisait le format {from} ; elle a été mise à jour vers la version {to}."),
        en: |from, to| format!("This charter used format version {from}; it was upgraded to version {to}."),
    }
}

/// Reads a charter file. Never panics, whatever the bytes. A value of the wrong type is named
/// by its JSON pointer.
pub fn from_json(bytes: &[u8]) -> Result<Imported, ImportError> {
    read(bytes, wrong_type_at)
}

/// [`from_json`], but a value of the wrong type is reported without its place: the app reads its
/// own stored draft with it at start-up, so that what finds the place (the charter's
/// deserializer again, wrapped to track its path) is loaded only with an import.
pub fn from_stored(bytes: &[u8]) -> Result<Imported, ImportError> {
    read(bytes, |_, error| ImportError::WrongType {
        path: String::new(),
        detail: error.to_string(),
    })
}

/// How a value of the wrong type is explained.
type Explain = fn(&Value, serde_json::Error) -> ImportError;

fn read(bytes: &[u8], explain: Explain) -> Result<Imported, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let mut notices = Vec::new();
    let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => {
            notices.push(ImportNotice::ByteOrderMark);
            rest
        }
        None => bytes,
    };
    let mut value = parse_strict(bytes)?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::NotACharter);
    }
    let found = match value.get("version").and_then(Value::as_u64) {
        // versions start at 1
        Some(0) | None => return Err(ImportError::BadVersion),
        Some(found) => found,
    };
    if found > u64::from(VERSION) {
        return Err(ImportError::NewerVersion { found });
    }
    if found < u64::from(VERSION) {
        // found < VERSION, so it fits in u32
        let from = found as u32;
        migrate(&mut value, from);
        notices.push(ImportNotice::Migrated { from });
    }
    if one_form_of_line_breaks(&mut value) {
        notices.push(ImportNotice::LineBreaks);
    }
    let charter = match charter_of(&value) {
        Ok(charter) => charter,
        Err(error) => return Err(explain(&value, error)),
    };
    let known = to_value(&charter);
    let mut unknown = Vec::new();
    unknown_fields(&value, &known, &mut String::new(), &mut unknown);
    notices.extend(
        unknown
            .into_iter()
            .map(|path| ImportNotice::UnknownField { path }),
    );
    // a list past its limit is the more specific reason, and cheaper to find
    if let Some(over) = over_limit(&charter) {
        return Err(ImportError::TooMany {
            path: over.path,
            count: over.count,
            limit: over.limit,
        });
    }
    let size = charter_size(&charter);
    if size > MAX_CHARTER_BYTES {
        return Err(ImportError::TooLarge { bytes: size });
    }
    let mut charter = charter;
    charter.schema = SCHEMA_ID.to_owned();
    charter.version = VERSION;
    notices.extend(repair_ids(&mut charter));
    Ok(Imported { charter, notices })
}

/// A charter from its JSON value. Everything that reads a charter from a `Value` (import, and
/// combining in `merge.rs`) comes through here: the charter's deserializer is then in the wasm
/// once (a second entry point, such as `serde_json::from_str`, costs ~20 KiB brotli).
pub(crate) fn charter_of(value: &Value) -> Result<Charter, serde_json::Error> {
    Charter::deserialize(value)
}

/// Where in `value` the charter has a value of the wrong type, and what is wrong: read again
/// with a deserializer that tracks its path (only when the plain one failed).
fn wrong_type_at(value: &Value, error: serde_json::Error) -> ImportError {
    match serde_path_to_error::deserialize::<_, Charter>(value) {
        Err(e) => ImportError::WrongType {
            path: pointer_of(e.path()),
            detail: e.inner().to_string(),
        },
        Ok(_) => ImportError::WrongType {
            path: String::new(),
            detail: error.to_string(),
        },
    }
}

/// Parses JSON like `serde_json::from_slice`, but refuses an object that writes a key twice
/// (serde_json keeps the last value without a word).
fn parse_strict(bytes: &[u8]) -> Result<Value, ImportError> {
    let duplicate = RefCell::new(None);
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let parsed = Strict {
        path: String::new(),
        duplicate: &duplicate,
    }
    .deserialize(&mut deserializer)
    .and_then(|value| deserializer.end().map(|()| value));
    parsed.map_err(|e| match duplicate.into_inner() {
        Some(path) => ImportError::DuplicateKey {
            path,
            line: e.line(),
            column: e.column(),
        },
        None => ImportError::Syntax {
            line: e.line(),
            column: e.column(),
            detail: e
                .to_string()
                .split(" at line ")
                .next()
                .unwrap_or_default()
                .to_owned(),
        },
    })
}

/// A JSON value read with its JSON pointer, remembering the first key written twice.
struct Strict<'a> {
    path: String,
    duplicate: &'a RefCell<Option<String>>,
}

impl<'de> DeserializeSeed<'de> for Strict<'_> {
    type Value = Value;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Strict<'_> {
    type Value = Value;

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(Strict {
            path: format!("{}/{}", self.path, items.len()),
            duplicate: self.duplicate,
        })? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let path = format!("{}/{}", self.path, escape_pointer(&key));
            if object.contains_key(&key) {
                *self.duplicate.borrow_mut() = Some(path);
                return Err(de::Error::custom("a key written twice"));
            }
            let value = map.next_value_seed(Strict {
                path,
                duplicate: self.duplicate,
            })?;
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

/// Turns every `\r\n` and lone `\r` of every string into `\n`; says whether any changed.
fn one_form_of_line_breaks(value: &mut Value) -> bool {
    match value {
        Value::String(text) if text.contains('\r') => {
            *text = text.replace("\r\n", "\n").replace('\r', "\n");
            true
        }
        Value::Array(items) => items
            .iter_mut()
            .fold(false, |changed, v| one_form_of_line_breaks(v) | changed),
        Value::Object(map) => map
            .values_mut()
            .fold(false, |changed, v| one_form_of_line_breaks(v) | changed),
        _ => false,
    }
}

/// Gives every item whose id is empty or already taken in its list a fresh one.
fn repair_ids(charter: &mut Charter) -> Vec<ImportNotice> {
    struct Repair<'a> {
        charter: &'a mut Charter,
        notices: Vec<ImportNotice>,
    }
    impl ListVisitor for Repair<'_> {
        fn visit<T: ListItem>(&mut self) {
            let list = T::list_mut(self.charter);
            let mut seen = std::collections::HashSet::new();
            for index in 0..list.len() {
                let id = list[index].id().to_owned();
                if !id.is_empty() && seen.insert(id.clone()) {
                    continue;
                }
                let new = crate::list::fresh_id(list);
                list[index].set_id(new.clone());
                seen.insert(new.clone());
                self.notices.push(ImportNotice::RepairedId {
                    kind: T::KIND,
                    old: id,
                    new,
                });
            }
        }
    }
    let mut repair = Repair {
        charter,
        notices: Vec::new(),
    };
    each_list(&mut repair);
    repair.notices
}

/// Runs every migration from `from` up to the current version.
pub fn migrate(value: &mut Value, from: u32) {
    migrate_with(MIGRATIONS, value, from, VERSION);
}

/// Applies, in order, each step of `chain` that starts at or after `from`, then stamps the
/// document with version `to`. Separate from [`migrate`] so the mechanism is tested on its own.
pub fn migrate_with(chain: &[Migration], value: &mut Value, from: u32, to: u32) {
    for step in chain.iter().filter(|m| m.from >= from && m.from < to) {
        (step.apply)(value);
    }
    if let Some(object) = value.as_object_mut() {
        object.insert("version".into(), Value::from(to));
    }
}

/// serde_path_to_error's path as a JSON pointer (`/personas/0/age/min`).
fn pointer_of(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut pointer = String::new();
    for segment in path.iter() {
        pointer.push('/');
        match segment {
            Segment::Seq { index } => pointer.push_str(&index.to_string()),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                pointer.push_str(&escape_pointer(key))
            }
            Segment::Unknown => pointer.push('?'),
        }
    }
    if pointer.is_empty() {
        pointer.push('/');
    }
    pointer
}

/// Escapes a key for a JSON pointer (RFC 6901).
pub fn escape_pointer(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// Collects the object keys present in `input` but absent from `known` (the same document as
/// the types understood it), as JSON pointers.
fn unknown_fields(input: &Value, known: &Value, at: &mut String, found: &mut Vec<String>) {
    match (input, known) {
        (Value::Object(input), Value::Object(known)) => {
            for (key, value) in input {
                let len = at.len();
                at.push('/');
                at.push_str(&escape_pointer(key));
                match known.get(key) {
                    Some(known_value) => unknown_fields(value, known_value, at, found),
                    None => found.push(at.clone()),
                }
                at.truncate(len);
            }
        }
        (Value::Array(input), Value::Array(known)) => {
            for (index, (value, known_value)) in input.iter().zip(known).enumerate() {
                let len = at.len();
                at.push('/');
                at.push_str(&index.to_string());
                unknown_fields(value, known_value, at, found);
                at.truncate(len);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Persona;

    fn sample() -> Charter {
        let mut charter = Charter::new(Lang::En);
        charter.meta.title = "Test".into();
        charter.personas.push(Persona {
            id: "persona-1".into(),
            name: "Léa".into(),
            interests: crate::document::Lines::from(["a", "", " b "]),
            ..Persona::default()
        });
        charter
    }

    #[test]
    fn export_is_tidy_pretty_and_versioned() {
        let json = to_json(&sample());
        assert!(json.starts_with("{\n  \"$schema\": \""));
        assert!(json.ends_with("}\n"));
        let value: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["format"], FORMAT);
        assert_eq!(value["version"], VERSION);
        assert_eq!(
            value["personas"][0]["interests"],
            serde_json::json!(["a", "b"])
        );
    }

    #[test]
    fn export_then_import_gives_the_tidy_charter_back() {
        let charter = sample();
        let imported = from_json(to_json(&charter).as_bytes()).unwrap();
        assert_eq!(imported.charter, charter.normalized());
        assert!(imported.notices.is_empty(), "{:?}", imported.notices);
    }

    #[test]
    fn syntax_errors_say_where() {
        let err = from_json(b"{\n  \"format\": \"porte-voix/charter\",\n  oops\n}").unwrap_err();
        match err {
            ImportError::Syntax { line, column, .. } => assert_eq!((line, column), (3, 3)),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn wrong_types_name_the_field() {
        let mut value = serde_json::to_value(sample()).unwrap();
        value["personas"][0]["age"]["min"] = Value::from("eighteen");
        let err = from_json(value.to_string().as_bytes()).unwrap_err();
        match &err {
            ImportError::WrongType { path, .. } => assert_eq!(path, "/personas/0/age/min"),
            other => panic!("{other:?}"),
        }
        assert!(err.message(Lang::En).contains("/personas/0/age/min"));
    }

    #[test]
    fn other_json_newer_versions_and_huge_files_are_refused() {
        assert_eq!(from_json(b"[1,2]"), Err(ImportError::NotACharter));
        assert_eq!(
            from_json(br#"{"format":"porte-voix/charter","version":99}"#),
            Err(ImportError::NewerVersion { found: 99 })
        );
        assert!(ImportError::NewerVersion { found: 99 }
            .message(Lang::En)
            .contains("newer"));
        assert_eq!(
            from_json(br#"{"format":"porte-voix/charter","version":"1"}"#),
            Err(ImportError::BadVersion)
        );
        let huge = vec![b' '; MAX_FILE_BYTES + 1];
        assert_eq!(
            from_json(&huge),
            Err(ImportError::TooLarge {
                bytes: MAX_FILE_BYTES + 1
            })
        );
        // a file under the file limit whose charter is over the charter limit
        let long = format!(
            r#"{{"format":"porte-voix/charter","version":1,"meta":{{"title":"{}"}}}}"#,
            "x".repeat(MAX_CHARTER_BYTES)
        );
        assert!(matches!(
            from_json(long.as_bytes()),
            Err(ImportError::TooLarge { bytes }) if bytes > MAX_CHARTER_BYTES
        ));
    }

    #[test]
    fn unknown_fields_are_reported_not_fatal() {
        let mut value = serde_json::to_value(sample()).unwrap();
        value["colour"] = Value::from("blue");
        value["personas"][0]["mood"] = Value::from("calm");
        let imported = from_json(value.to_string().as_bytes()).unwrap();
        assert_eq!(imported.charter.personas[0].name, "Léa");
        assert_eq!(
            imported.notices,
            [
                ImportNotice::UnknownField {
                    path: "/colour".into()
                },
                ImportNotice::UnknownField {
                    path: "/personas/0/mood".into()
                },
            ]
        );
    }

    #[test]
    fn the_migration_chain_applies_each_later_step_in_order() {
        // A made-up history: v1 had "tagline" at the top, v2 moved it into meta, v3 renamed it.
        fn v1_to_v2(v: &mut Value) {
            let tagline = v.as_object_mut().and_then(|o| o.remove("tagline"));
            v["meta"]["tagline"] = tagline.unwrap_or(Value::Null);
        }
        fn v2_to_v3(v: &mut Value) {
            let tagline = v["meta"].as_object_mut().and_then(|o| o.remove("tagline"));
            v["meta"]["motto"] = tagline.unwrap_or(Value::Null);
        }
        let chain = [
            Migration {
                from: 1,
                describe: "move tagline into meta",
                apply: v1_to_v2,
            },
            Migration {
                from: 2,
                describe: "rename tagline to motto",
                apply: v2_to_v3,
            },
        ];
        let mut from_v1 = serde_json::json!({"version": 1, "tagline": "Hi", "meta": {}});
        migrate_with(&chain, &mut from_v1, 1, 3);
        assert_eq!(
            from_v1,
            serde_json::json!({"version": 3, "meta": {"motto": "Hi"}})
        );
        let mut from_v2 = serde_json::json!({"version": 2, "meta": {"tagline": "Yo"}});
        migrate_with(&chain, &mut from_v2, 2, 3);
        assert_eq!(
            from_v2,
            serde_json::json!({"version": 3, "meta": {"motto": "Yo"}})
        );
    }

    #[test]
    fn every_published_migration_leads_up_to_the_current_version() {
        let mut expected_from = VERSION - MIGRATIONS.len() as u32;
        for step in MIGRATIONS {
            assert_eq!(step.from, expected_from, "{}", step.describe);
            expected_from += 1;
        }
        assert_eq!(expected_from, VERSION);
    }

    #[test]
    fn a_key_written_twice_is_refused_with_its_place() {
        let err = from_json(
            b"{\"format\":\"porte-voix/charter\",\"version\":1,\n\"meta\":{\"title\":\"A\",\"title\":\"B\"}}",
        )
        .unwrap_err();
        match &err {
            ImportError::DuplicateKey { path, line, .. } => {
                assert_eq!((path.as_str(), *line), ("/meta/title", 2))
            }
            other => panic!("{other:?}"),
        }
        assert!(err.message(Lang::En).contains("/meta/title"));
        // the same key in two different objects is fine
        let ok = br#"{"format":"porte-voix/charter","version":1,"personas":[{"id":"persona-1"},{"id":"persona-2"}]}"#;
        assert!(from_json(ok).is_ok());
    }

    #[test]
    fn version_zero_is_refused_and_a_byte_order_mark_is_named() {
        assert_eq!(
            from_json(br#"{"format":"porte-voix/charter","version":0}"#),
            Err(ImportError::BadVersion)
        );
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(br#"{"format":"porte-voix/charter","version":1}"#);
        let imported = from_json(&bom).unwrap();
        assert_eq!(imported.notices, [ImportNotice::ByteOrderMark]);
    }

    #[test]
    fn line_breaks_take_one_form() {
        // JSON escapes: the file holds \r\n and a lone \r
        let json = r#"{"format":"porte-voix/charter","version":1,"meta":{"title":"a\r\nb\rc"},
            "personas":[{"id":"persona-1","interests":["x\r\ny"]}]}"#;
        let imported = from_json(json.as_bytes()).unwrap();
        assert_eq!(imported.charter.meta.title, "a\nb\nc");
        assert_eq!(imported.charter.personas[0].interests.raw(), ["x\ny"]);
        assert_eq!(imported.notices, [ImportNotice::LineBreaks]);
    }

    #[test]
    fn ids_used_twice_are_repaired_and_named() {
        let imported = from_json(
            br#"{"format":"porte-voix/charter","version":1,"personas":[{"id":"persona-1","name":"A"},{"id":"persona-1","name":"B"},{"id":"","name":"C"}],
            "channels":[{"id":"channel-1","persona_ids":["persona-1"]}]}"#,
        )
        .unwrap();
        let ids: Vec<&str> = imported
            .charter
            .personas
            .iter()
            .map(|p| p.id.as_str())
            .collect();
        assert_eq!(ids, ["persona-1", "persona-2", "persona-3"]);
        assert_eq!(imported.charter.personas[1].name, "B", "nothing lost");
        assert_eq!(imported.charter.channels[0].persona_ids, ["persona-1"]);
        assert_eq!(imported.notices.len(), 2, "{:?}", imported.notices);
        assert!(imported.notices[0].message(Lang::En).contains("persona-2"));
    }

    #[test]
    fn lists_past_their_limit_are_refused_with_the_reason() {
        let personas: Vec<String> = (0..201)
            .map(|i| format!(r#"{{"id":"persona-{i}"}}"#))
            .collect();
        let json = format!(
            r#"{{"format":"porte-voix/charter","version":1,"personas":[{}]}}"#,
            personas.join(",")
        );
        let err = from_json(json.as_bytes()).unwrap_err();
        assert_eq!(
            err,
            ImportError::TooMany {
                path: "/personas".into(),
                count: 201,
                limit: 200
            }
        );
        assert!(err.message(Lang::Fr).contains("200"));
    }

    #[test]
    fn a_minimal_file_loads_with_defaults() {
        let imported = from_json(br#"{"format":"porte-voix/charter","version":1}"#).unwrap();
        assert_eq!(imported.charter, Charter::default());
    }
}
