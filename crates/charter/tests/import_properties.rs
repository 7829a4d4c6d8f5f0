//! Properties of export and import over many generated charters and arbitrary bytes:
//! export → import is the identity (on the tidied charter), and import never panics.

use charter::generate::{self, Rng, Size};
use charter::json::{from_json, from_stored, pretty, to_json, to_value, ImportError};
use proptest::prelude::*;

const SMALL: Size = Size {
    personas: 4,
    channels: 3,
    templates: 6,
};

#[test]
fn export_then_import_is_the_identity() {
    for seed in 0..300 {
        let charter = generate::charter(seed, SMALL).normalized();
        let json = to_json(&charter);
        let imported =
            from_json(json.as_bytes()).unwrap_or_else(|e| panic!("seed {seed}: {e:?}\n{json}"));
        assert_eq!(imported.charter, charter, "seed {seed}");
        assert!(
            imported.notices.is_empty(),
            "seed {seed}: {:?}",
            imported.notices
        );
        // and exporting again gives the very same bytes: the format is stable
        assert_eq!(to_json(&imported.charter), json, "seed {seed}");
    }
}

/// The file is laid out by our own printer over the compact JSON (one serializer in the wasm):
/// serde_json's pretty printer, run on the same charter, must write the very same bytes.
#[test]
fn the_file_is_exactly_what_serde_json_pretty_prints() {
    for seed in 0..200 {
        let charter = generate::charter(seed, SMALL).normalized();
        let serde = serde_json::to_string_pretty(&charter).unwrap() + "\n";
        assert_eq!(to_json(&charter), serde, "seed {seed}");
        assert_eq!(
            to_value(&charter),
            serde_json::to_value(&charter).unwrap(),
            "seed {seed}"
        );
    }
}

proptest! {
    /// Any text (quotes, backslashes, braces, commas and colons inside strings, every plane of
    /// Unicode) is laid out as serde_json lays it out.
    #[test]
    fn any_text_is_laid_out_as_serde_json_does(title in any::<String>(), name in ".*[{}\\[\\],:\"\\\\].*") {
        let mut charter = generate::charter(1, SMALL);
        charter.meta.title = title;
        charter.personas[0].name = name;
        let compact = serde_json::to_string(&charter).unwrap();
        prop_assert_eq!(pretty(&compact), serde_json::to_string_pretty(&charter).unwrap());
    }
}

/// A stored draft is read with the same checks as a file; only a value of the wrong type is
/// said without its place.
#[test]
fn a_stored_draft_is_read_as_a_file_is() {
    for seed in 0..50 {
        let json = to_json(&generate::charter(seed, SMALL));
        assert_eq!(from_stored(json.as_bytes()), from_json(json.as_bytes()));
    }
    let wrong = r#"{"format":"porte-voix/charter","version":1,"personas":[{"name":3}]}"#;
    match (from_json(wrong.as_bytes()), from_stored(wrong.as_bytes())) {
        (
            Err(ImportError::WrongType { path, .. }),
            Err(ImportError::WrongType { path: none, .. }),
        ) => {
            assert_eq!(path, "/personas/0/name");
            assert_eq!(none, "");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn arbitrary_bytes_never_panic() {
    let mut rng = Rng::new(7);
    for _ in 0..20_000 {
        let len = rng.below(300);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next_u64() as u8).collect();
        let _ = from_json(&bytes);
    }
}

#[test]
fn mutated_charters_never_panic() {
    let valid = to_json(&generate::charter(3, SMALL)).into_bytes();
    let mut rng = Rng::new(11);
    for _ in 0..5_000 {
        let mut bytes = valid.clone();
        for _ in 0..1 + rng.below(8) {
            match rng.below(4) {
                0 if !bytes.is_empty() => {
                    let i = rng.below(bytes.len());
                    bytes[i] = rng.next_u64() as u8;
                }
                1 if !bytes.is_empty() => {
                    let i = rng.below(bytes.len());
                    bytes.truncate(i);
                }
                2 => {
                    let i = rng.below(bytes.len() + 1);
                    let piece = *rng.pick(&[
                        &b"null"[..],
                        b"[]",
                        b"{}",
                        b"\"x\"",
                        b"-1",
                        b"1e999",
                        b"\\u0000",
                        b"}",
                    ]);
                    bytes.splice(i..i, piece.iter().copied());
                }
                _ => {
                    if bytes.len() > 2 {
                        let i = rng.below(bytes.len() - 1);
                        bytes.swap(i, i + 1);
                    }
                }
            }
        }
        let _ = from_json(&bytes);
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let mut deep = String::from(r#"{"format":"porte-voix/charter","version":1,"meta":"#);
    deep.push_str(&"[".repeat(100_000));
    assert!(matches!(
        from_json(deep.as_bytes()),
        Err(ImportError::Syntax { .. })
    ));
}

#[test]
fn a_large_charter_round_trips() {
    let charter = generate::charter(42, Size::LARGE).normalized();
    let json = to_json(&charter);
    assert!(
        charter::limits::charter_size(&charter) < charter::limits::MAX_CHARTER_BYTES,
        "{} bytes",
        json.len()
    );
    assert_eq!(from_json(json.as_bytes()).unwrap().charter, charter);
}
