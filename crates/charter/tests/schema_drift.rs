//! The committed JSON Schema must be exactly what the types generate.
#![cfg(feature = "schema")]

#[test]
fn committed_schema_matches_the_types() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../public/schema/charter-1.schema.json"
    );
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    let generated = charter::schema::charter_schema_json();
    assert!(
        committed == generated,
        "public/schema/{} is out of date with the Rust types; regenerate it with\n  \
         cargo run -p porte-voix-charter --bin porte-voix -- schema -o public/schema/{}",
        charter::schema::SCHEMA_FILE,
        charter::schema::SCHEMA_FILE,
    );
}
