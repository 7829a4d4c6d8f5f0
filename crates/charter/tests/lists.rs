//! Every one-per-line list is tidied on export, whatever list it is. The lists are padded
//! through the JSON itself: every property the committed JSON Schema declares as an array of
//! strings (not through the charter's own types), so a list that a future field forgets to
//! make a `Lines` is caught here.

use charter::generate::{charter, Size};
use charter::json::{from_json, to_json};
use serde_json::Value;

/// Arrays of strings that are not free text: references and enum values.
const NOT_TEXT: [&str; 4] = ["persona_ids", "channel_ids", "channels", "days"];

/// The property names the schema declares as arrays of strings (free text or not).
fn string_arrays() -> Vec<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../public/schema/charter-1.schema.json"
    );
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut names = Vec::new();
    let objects = schema["$defs"]
        .as_object()
        .unwrap()
        .values()
        .chain(std::iter::once(&schema));
    for object in objects {
        for (name, property) in object["properties"].as_object().into_iter().flatten() {
            if property["type"] == "array" && property["items"]["type"] == "string" {
                names.push(name.clone());
            }
        }
    }
    names
}

/// Adds a blank and a padded entry to every array of free text; returns how many it padded.
fn pad(value: &mut Value, key: &str, lists: &[String]) -> usize {
    match value {
        Value::Object(map) => map.iter_mut().map(|(k, v)| pad(v, k, lists)).sum(),
        Value::Array(items) if lists.iter().any(|l| l == key) && !NOT_TEXT.contains(&key) => {
            items.push(Value::from("   "));
            items.push(Value::from("  padded entry \t"));
            items.insert(0, Value::from(""));
            1
        }
        Value::Array(items) => items.iter_mut().map(|v| pad(v, key, lists)).sum(),
        _ => 0,
    }
}

/// Every string inside an array of strings, with its key.
fn entries<'a>(value: &'a Value, key: &'a str, out: &mut Vec<(&'a str, &'a str)>) {
    match value {
        Value::Object(map) => map.iter().for_each(|(k, v)| entries(v, k, out)),
        Value::Array(items) if items.iter().all(Value::is_string) => {
            out.extend(items.iter().filter_map(Value::as_str).map(|s| (key, s)))
        }
        Value::Array(items) => items.iter().for_each(|v| entries(v, key, out)),
        _ => {}
    }
}

#[test]
fn every_list_of_a_generated_charter_is_exported_without_blank_or_padded_entries() {
    let size = Size {
        personas: 4,
        channels: 4,
        templates: 6,
    };
    let lists = string_arrays();
    assert!(lists.len() >= 12, "{lists:?}");
    for seed in 0..20 {
        let mut stored = serde_json::to_value(charter(seed, size)).unwrap();
        let padded = pad(&mut stored, "", &lists);
        // meta authors, persona lists, channel formats, house rules, rule lists, first hour,
        // listening: at least the lists outside items are always there
        assert!(padded >= 6, "seed {seed}: {padded} lists padded");
        let imported = from_json(stored.to_string().as_bytes()).unwrap().charter;
        let exported: Value = serde_json::from_str(&to_json(&imported)).unwrap();
        let mut found = Vec::new();
        entries(&exported, "", &mut found);
        let mut padded_seen = 0;
        for (key, entry) in found {
            assert!(
                !entry.trim().is_empty(),
                "seed {seed}: blank entry in {key}"
            );
            assert_eq!(entry, entry.trim(), "seed {seed}: padded entry in {key}");
            padded_seen += usize::from(entry == "padded entry");
        }
        assert_eq!(
            padded_seen, padded,
            "seed {seed}: each padded list keeps its entry"
        );
    }
}
