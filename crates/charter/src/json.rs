//! The charter as JSON: the export other tools import, and the import that reads it back.
//!
//! Import is defensive because files come from anywhere: it refuses oversized input before
//! parsing, reports syntax errors with line and column, type errors with the field's JSON
//! pointer, a newer format version plainly, and unknown fields as notices (not failures), and
//! it never panics. Older versions pass through [`MIGRATIONS`] first.

use serde_json::Value;

use crate::document::{Charter, FORMAT, SCHEMA_ID, VERSION};
use crate::lang::Lang;

/// Files larger than this are refused before parsing: no real charter comes close.
pub const MAX_IMPORT_BYTES: usize = 2 * 1024 * 1024;

/// One step of the migration chain: turns a document of version `from` into version `from + 1`.
pub struct Migration {
    pub from: u32,
    pub describe: &'static str,
    pub apply: fn(&mut Value),
}

/// The migration chain, oldest first. Version 1 is the first published version, so the chain
/// is empty for now; a format change adds a step here and bumps [`VERSION`].
pub static MIGRATIONS: &[Migration] = &[];

/// The charter as pretty-printed JSON, tidied for export, with a final newline.
pub fn to_json(charter: &Charter) -> String {
    let mut out = serde_json::to_string_pretty(&charter.normalized())
        .unwrap_or_else(|_| unreachable!("a charter always serialises: all keys are strings"));
    out.push('\n');
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
}

impl ImportError {
    /// A sentence for the user, in the UI's language.
    pub fn message(&self, lang: Lang) -> String {
        let w = ImportWords::get(lang);
        match self {
            ImportError::TooLarge { bytes } => (w.too_large)(bytes / 1024, MAX_IMPORT_BYTES / 1024),
            ImportError::Syntax {
                line,
                column,
                detail,
            } => (w.syntax)(*line, *column, detail),
            ImportError::NotACharter => (w.not_a_charter)(FORMAT),
            ImportError::NewerVersion { found } => (w.newer_version)(*found, VERSION),
            ImportError::BadVersion => w.bad_version.to_owned(),
            ImportError::WrongType { path, detail } => (w.wrong_type)(path, detail),
        }
    }
}

impl ImportNotice {
    pub fn message(&self, lang: Lang) -> String {
        let w = ImportWords::get(lang);
        match self {
            ImportNotice::UnknownField { path } => (w.unknown_field)(path),
            ImportNotice::Migrated { from } => (w.migrated)(*from, VERSION),
        }
    }
}

crate::catalogue! {
    /// What an import says, in the UI's language.
    struct ImportWords;
    too_large: fn(usize, usize) -> String {
        fr: |kib, max| format!("Ce fichier pèse {kib} Kio ; un fichier de charte ne peut dépasser {max} Kio."),
        en: |kib, max| format!("This file is {kib} KiB; a charter file may be at most {max} KiB."),
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
    wrong_type: fn(&str, &str) -> String {
        fr: |path, detail| format!("Le champ {path} n’a pas le bon type : {detail}."),
        en: |path, detail| format!("The field {path} has the wrong type: {detail}."),
    }
    unknown_field: fn(&str) -> String {
        fr: |path| format!("Le champ inconnu {path} a été ignoré."),
        en: |path| format!("Unknown field {path} was ignored."),
    }
    migrated: fn(u32, u32) -> String {
        fr: |from, to| format!("Cette charte utilisait le format {from} ; elle a été mise à jour vers la version {to}."),
        en: |from, to| format!("This charter used format version {from}; it was upgraded to version {to}."),
    }
}

/// Reads a charter file. Never panics, whatever the bytes.
pub fn from_json(bytes: &[u8]) -> Result<Imported, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let mut value: Value = serde_json::from_slice(bytes).map_err(|e| ImportError::Syntax {
        line: e.line(),
        column: e.column(),
        detail: e
            .to_string()
            .split(" at line ")
            .next()
            .unwrap_or_default()
            .to_owned(),
    })?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::NotACharter);
    }
    let found = match value.get("version") {
        Some(v) => v.as_u64().ok_or(ImportError::BadVersion)?,
        None => return Err(ImportError::BadVersion),
    };
    if found > u64::from(VERSION) {
        return Err(ImportError::NewerVersion { found });
    }
    let mut notices = Vec::new();
    if found < u64::from(VERSION) {
        // found < VERSION, so it fits in u32
        let from = found as u32;
        migrate(&mut value, from);
        notices.push(ImportNotice::Migrated { from });
    }
    let charter: Charter =
        serde_path_to_error::deserialize(&value).map_err(|e| ImportError::WrongType {
            path: pointer_of(e.path()),
            detail: e.inner().to_string(),
        })?;
    let known = serde_json::to_value(&charter).unwrap_or(Value::Null);
    let mut unknown = Vec::new();
    unknown_fields(&value, &known, &mut String::new(), &mut unknown);
    notices.extend(
        unknown
            .into_iter()
            .map(|path| ImportNotice::UnknownField { path }),
    );
    let mut charter = charter;
    charter.schema = SCHEMA_ID.to_owned();
    charter.version = VERSION;
    Ok(Imported { charter, notices })
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
        let huge = vec![b' '; MAX_IMPORT_BYTES + 1];
        assert_eq!(
            from_json(&huge),
            Err(ImportError::TooLarge {
                bytes: MAX_IMPORT_BYTES + 1
            })
        );
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
    fn a_minimal_file_loads_with_defaults() {
        let imported = from_json(br#"{"format":"porte-voix/charter","version":1}"#).unwrap();
        assert_eq!(imported.charter, Charter::default());
    }
}
