//! Every field of the charter reaches the documents. A charter is built from the committed
//! JSON Schema alone, every text field holding a marker of its own, and every marker must show
//! in the Markdown charter: a field added to the types (and so to the schema) but forgotten by
//! the Markdown fails here. The same instance, written to `target/every-field.charter.json`,
//! lets the browser tests check that every field also has a control in the wizard.

use std::collections::BTreeSet;

use charter::document::NOT_WRITTEN;
use charter::generate::{charter as generated, Size};
use charter::json::from_json;
use charter::markdown;
use charter::tidy::{Visitor, Walk};
use serde_json::{Map, Value};

/// An instance of `schema` (at `at`, a subschema) with every property present: texts are
/// markers `⟦n⟧`, arrays hold one element, enums take their first value.
fn instance(root: &Value, at: &Value, key: &str, markers: &mut Vec<(String, String)>) -> Value {
    if let Some(reference) = at["$ref"].as_str() {
        let name = reference.trim_start_matches("#/$defs/");
        return instance(root, &root["$defs"][name], key, markers);
    }
    if let Some(options) = at["anyOf"].as_array().or_else(|| at["oneOf"].as_array()) {
        let first = options.iter().find(|o| o["type"] != "null").unwrap();
        return instance(root, first, key, markers);
    }
    if let Some(value) = at.get("const") {
        return value.clone();
    }
    if let Some(values) = at["enum"].as_array() {
        return values[0].clone();
    }
    let kind = match &at["type"] {
        Value::Array(kinds) => kinds.iter().find(|k| *k != "null").cloned().unwrap(),
        kind => kind.clone(),
    };
    match kind.as_str() {
        Some("object") => {
            let mut object = Map::new();
            for (name, property) in at["properties"].as_object().into_iter().flatten() {
                object.insert(name.clone(), instance(root, property, name, markers));
            }
            Value::Object(object)
        }
        Some("array") => Value::Array(vec![instance(root, &at["items"], key, markers)]),
        Some("integer") => Value::from(at["minimum"].as_u64().unwrap_or(1).max(1)),
        Some("string") if NOT_WRITTEN.contains(&key) => match key {
            "start" => Value::from("09:00"),
            "end" => Value::from("18:00"),
            _ => Value::from(format!("{key}-1")),
        },
        Some("string") => {
            let marker = format!("⟦{}⟧", markers.len());
            markers.push((key.to_owned(), marker.clone()));
            Value::from(marker)
        }
        other => panic!("no instance for {other:?} at {key}"),
    }
}

fn schema() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../public/schema/charter-1.schema.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn every_field_written_by_the_team_shows_in_the_markdown_charter() {
    let schema = schema();
    let mut markers = Vec::new();
    let mut value = instance(&schema, &schema, "", &mut markers);
    value["format"] = Value::from("porte-voix/charter");
    value["version"] = Value::from(1);
    // the templates' text in both languages, their channels known, so that nothing is hidden
    // as "missing"
    value["channels"][0]["id"] = Value::from("channel_ids-1");
    assert!(markers.len() >= 50, "{} texts", markers.len());
    let text = serde_json::to_string_pretty(&value).unwrap();
    let charter = from_json(text.as_bytes()).unwrap().charter;
    let target = concat!(env!("CARGO_MANIFEST_DIR"), "/../../target");
    std::fs::create_dir_all(target).unwrap();
    std::fs::write(format!("{target}/every-field.charter.json"), &text).unwrap();
    let md = markdown::render(&charter);
    let missing: Vec<&(String, String)> = markers.iter().filter(|(_, m)| !md.contains(m)).collect();
    assert!(missing.is_empty(), "not in the Markdown: {missing:?}");
}

/// Collects the keys of the text fields a walk visits.
struct Keys(BTreeSet<String>);

impl Visitor for Keys {
    fn string(&mut self, key: &str, _: &mut String) {
        if !NOT_WRITTEN.contains(&key) {
            self.0.insert(key.to_owned());
        }
    }
}

/// The keys of the plain text fields (a marker, not a list's line) of an instance.
fn plain_keys(value: &Value, keys: &mut BTreeSet<String>) {
    match value {
        Value::Object(object) => {
            for (key, value) in object {
                // a text field holds a marker (enums are strings too, and hold their values)
                if value.as_str().is_some_and(|v| v.starts_with('⟦')) {
                    keys.insert(key.clone());
                }
                plain_keys(value, keys);
            }
        }
        Value::Array(items) => items.iter().for_each(|item| plain_keys(item, keys)),
        _ => {}
    }
}

#[test]
fn the_walk_that_fills_the_synthetic_charters_reaches_every_text_field() {
    // a charter with every field of the schema present
    let schema = schema();
    let mut value = instance(&schema, &schema, "", &mut Vec::new());
    value["format"] = Value::from("porte-voix/charter");
    value["version"] = Value::from(1);
    let mut plain = BTreeSet::new();
    plain_keys(&value, &mut plain);
    plain.remove("fr");
    plain.remove("en");
    let mut charter = from_json(value.to_string().as_bytes()).unwrap().charter;
    // the walk that `generate` fills charters with visits each of them
    let mut keys = Keys(BTreeSet::new());
    charter.walk(&mut keys);
    assert!(plain.len() >= 20, "{plain:?}");
    assert_eq!(
        keys.0, plain,
        "the walk and the schema disagree on the text fields"
    );
    // and a synthetic charter has them filled
    let generated = serde_json::to_value(generated(5, Size::LARGE)).unwrap();
    assert!(generated["templates"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t["title"].as_str().is_some_and(|t| !t.is_empty())));
}
