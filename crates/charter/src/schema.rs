//! The JSON Schema (draft 2020-12) of the charter format, generated from the Rust types so that
//! it cannot say something the code does not do. The generated file is committed under
//! `public/schema/` (the app serves it) and a test fails when it drifts from the types.
//! Regenerate it with `cargo run -p porte-voix-charter --bin porte-voix -- schema -o public/schema/charter-1.schema.json`.

use schemars::generate::SchemaSettings;
use serde_json::{json, Value};

use crate::document::{Charter, FORMAT, SCHEMA_ID, VERSION};

/// File name of the schema, under `public/schema/` in the repository and `schema/` once served.
pub const SCHEMA_FILE: &str = "charter-1.schema.json";

/// The schema as a JSON value.
pub fn charter_schema() -> Value {
    let generator = SchemaSettings::draft2020_12().into_generator();
    let schema = generator.into_root_schema_for::<Charter>();
    let mut value = serde_json::to_value(schema).unwrap_or(Value::Null);
    strip_numeric_formats(&mut value);
    if let Some(root) = value.as_object_mut() {
        root.insert("$id".into(), json!(SCHEMA_ID));
        root.insert(
            "title".into(),
            json!("Porte-voix community response charter"),
        );
        root.insert(
            "description".into(),
            json!("A community response charter written with Porte-voix: audience, channels, voice, response times, moderation, crisis plan, engagement and reply templates."),
        );
        // What the types cannot say: which values identify this format and version.
        root.insert("required".into(), json!(["format", "version"]));
        if let Some(properties) = root.get_mut("properties").and_then(Value::as_object_mut) {
            properties.insert("format".into(), json!({ "const": FORMAT }));
            properties.insert(
                "version".into(),
                json!({ "const": VERSION, "description": "Format version; files of older versions are migrated on import." }),
            );
            properties.insert(
                "$schema".into(),
                json!({ "type": "string", "description": "The `$id` of this schema." }),
            );
        }
    }
    value
}

/// schemars describes Rust integer types with `"format": "uint8"` and the like, which are not
/// JSON Schema formats; strict validators (ajv) reject them. `minimum` and `maximum` already
/// carry the range, so these formats are dropped.
fn strip_numeric_formats(value: &mut Value) {
    match value {
        Value::Object(map) => {
            let numeric = map.get("format").and_then(Value::as_str).is_some_and(|f| {
                f.starts_with("int") || f.starts_with("uint") || f == "float" || f == "double"
            });
            if numeric {
                map.remove("format");
            }
            map.values_mut().for_each(strip_numeric_formats);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_numeric_formats),
        _ => {}
    }
}

/// The schema as the committed file: pretty-printed, with a final newline.
pub fn charter_schema_json() -> String {
    let mut out = serde_json::to_string_pretty(&charter_schema())
        .unwrap_or_else(|_| unreachable!("a JSON value always serialises"));
    out.push('\n');
    out
}
