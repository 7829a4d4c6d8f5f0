//! Properties of export and import over many generated charters and arbitrary bytes:
//! export → import is the identity (on the tidied charter), and import never panics.

use charter::generate::{self, Rng, Size};
use charter::json::{from_json, to_json, ImportError};

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
