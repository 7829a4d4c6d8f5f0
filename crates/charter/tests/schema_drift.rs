//! The committed JSON Schema must be exactly what the types generate. `UPDATE_GOLDEN=1` rewrites
//! it (with the examples and the golden files, see `examples.rs`).
#![cfg(feature = "schema")]

#[test]
fn committed_schema_matches_the_types() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../public/schema/charter-1.schema.json"
    );
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    let generated = charter::schema::charter_schema_json();
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(path, &generated).unwrap();
        return;
    }
    assert!(
        committed == generated,
        "public/schema/{} is out of date with the Rust types; regenerate it with\n  \
         UPDATE_GOLDEN=1 cargo test -p porte-voix-charter",
        charter::schema::SCHEMA_FILE,
    );
}
