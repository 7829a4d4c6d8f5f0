//! Share links: a whole charter in the URL fragment, so that no server ever sees it (browsers
//! do not send the fragment). The link is `…#/shared/1.<data>`: `1` is the link format,
//! `<data>` the charter's compact JSON compressed with raw DEFLATE (the browser's
//! `CompressionStream("deflate-raw")`, in the app) and written in base64url (RFC 4648 §5, no
//! padding), which needs no escaping in a URL.
//!
//! This module owns the link's text: its prefix, its limit, base64url both ways, and the words
//! of every way a link can be refused. Compression is the browser's, so it costs no wasm.

use crate::catalogue;
use crate::Lang;

/// The fragment's start, before the link format.
pub const PREFIX: &str = "#/shared/";

/// The link format this version writes and reads.
pub const LINK_FORMAT: u32 = 1;

/// The longest fragment Porte-voix writes or opens, in characters. Chat tools are the limit,
/// not browsers (Chrome opens 2 MB URLs, Firefox and Safari well over 64 K): Slack truncates
/// messages past 40,000 characters and Microsoft Teams refuses messages past about 28 KB, so
/// 16,000 leaves room for the page's address and a few words around the link. A charter that
/// does not fit is shared as a file.
pub const MAX_FRAGMENT_CHARS: usize = 16_000;

/// Why a share link cannot be made or opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// The charter compresses to a link longer than [`MAX_FRAGMENT_CHARS`].
    TooLong { chars: usize },
    /// The link was made by another version of the link format.
    WrongVersion { found: String },
    /// A character that base64url does not use, at this position of the data (1-based).
    BadCharacter { position: usize },
    /// The data ends where no byte can end (a base64url length of 4n + 1).
    Cut,
    /// The data does not decompress: the link was cut or changed.
    Damaged,
    /// The browser has no compression stream to make a link with.
    NoCompression,
}

catalogue! {
    /// The words of share links that the app shows.
    pub struct ShareWords;
    too_long: fn(usize) -> String {
        fr: |n| format!("Ce lien ferait {n} caractères : plus que les {MAX_FRAGMENT_CHARS} que les messageries transmettent sans le couper. Partagez plutôt le fichier (Télécharger la charte, .json)."),
        en: |n| format!("This link would be {n} characters long: more than the {MAX_FRAGMENT_CHARS} that chat tools carry without cutting it. Share the file instead (Download the charter, .json)."),
    }
    wrong_version: fn(&str) -> String {
        fr: |v| format!("Ce lien a été fait par une autre version de Porte-voix (format de lien « {v} », celle-ci lit le format {LINK_FORMAT}). Demandez plutôt le fichier de la charte."),
        en: |v| format!("This link was made by another version of Porte-voix (link format “{v}”; this one reads format {LINK_FORMAT}). Ask for the charter's file instead."),
    }
    bad_character: fn(usize) -> String {
        fr: |p| format!("Ce lien est abîmé : le caractère n° {p} de ses données n’est pas permis. Copiez de nouveau le lien en entier."),
        en: |p| format!("This link is damaged: character {p} of its data is not allowed. Copy the whole link again."),
    }
    cut: &'static str {
        fr: "Ce lien est incomplet : il a sans doute été coupé en le copiant. Copiez de nouveau le lien en entier.",
        en: "This link is incomplete: it was probably cut when it was copied. Copy the whole link again.",
    }
    no_compression: &'static str {
        fr: "Ce navigateur ne sait pas compresser la charte pour en faire un lien. Partagez plutôt le fichier (Télécharger la charte, .json).",
        en: "This browser cannot compress the charter into a link. Share the file instead (Download the charter, .json).",
    }
    damaged: &'static str {
        fr: "Ce lien est abîmé ou incomplet : ses données ne se décompressent pas. Copiez de nouveau le lien en entier, ou demandez le fichier.",
        en: "This link is damaged or incomplete: its data does not decompress. Copy the whole link again, or ask for the file.",
    }
}

impl ShareError {
    pub fn message(&self, lang: Lang) -> String {
        let w = ShareWords::get(lang);
        match self {
            ShareError::TooLong { chars } => (w.too_long)(*chars),
            ShareError::WrongVersion { found } => (w.wrong_version)(found),
            ShareError::BadCharacter { position } => (w.bad_character)(*position),
            ShareError::Cut => w.cut.to_owned(),
            ShareError::Damaged => w.damaged.to_owned(),
            ShareError::NoCompression => w.no_compression.to_owned(),
        }
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Bytes as base64url without padding.
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i)) as usize & 63] as char);
        }
    }
    out
}

/// base64url (with or without padding) to bytes.
pub fn base64url_decode(text: &str) -> Result<Vec<u8>, ShareError> {
    let text = text.trim_end_matches('=');
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut n, mut bits) = (0u32, 0);
    for (i, c) in text.chars().enumerate() {
        let value = match c {
            'A'..='Z' => c as u32 - 'A' as u32,
            'a'..='z' => c as u32 - 'a' as u32 + 26,
            '0'..='9' => c as u32 - '0' as u32 + 52,
            '-' | '+' => 62,
            '_' | '/' => 63,
            _ => return Err(ShareError::BadCharacter { position: i + 1 }),
        };
        n = (n << 6) | value;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((n >> bits) as u8);
            n &= (1 << bits) - 1;
        }
    }
    if bits == 6 {
        return Err(ShareError::Cut);
    }
    Ok(out)
}

/// The fragment for a compressed charter, or why it would be too long to share.
pub fn fragment(compressed: &[u8]) -> Result<String, ShareError> {
    let fragment = format!("{PREFIX}{LINK_FORMAT}.{}", base64url_encode(compressed));
    let chars = fragment.chars().count();
    if chars > MAX_FRAGMENT_CHARS {
        return Err(ShareError::TooLong { chars });
    }
    Ok(fragment)
}

/// Whether a URL fragment is a share link (then [`payload`] reads it).
pub fn is_share(fragment: &str) -> bool {
    fragment.starts_with(PREFIX)
}

/// The compressed charter a share fragment carries, or why it cannot be read. Chat tools may
/// add spaces or line breaks when they wrap a long link: those are dropped.
pub fn payload(fragment: &str) -> Result<Vec<u8>, ShareError> {
    let rest = fragment.strip_prefix(PREFIX).unwrap_or(fragment);
    let chars = fragment.chars().count();
    if chars > MAX_FRAGMENT_CHARS {
        return Err(ShareError::TooLong { chars });
    }
    let (format, data) = rest.split_once('.').unwrap_or((rest, ""));
    if format != LINK_FORMAT.to_string() {
        let found: String = format.chars().take(12).collect();
        return Err(ShareError::WrongVersion { found });
    }
    let data: String = data.chars().filter(|c| !c.is_whitespace()).collect();
    if data.is_empty() {
        return Err(ShareError::Cut);
    }
    base64url_decode(&data)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_matches_rfc_4648_vectors() {
        // RFC 4648 §10, without padding
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64url_encode(plain.as_bytes()), coded);
            assert_eq!(base64url_decode(coded).unwrap(), plain.as_bytes());
        }
        // the URL-safe alphabet: bytes 0xfb 0xff give "-_8"
        assert_eq!(base64url_encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(base64url_decode("-_8").unwrap(), [0xfb, 0xff]);
    }

    #[test]
    fn every_byte_sequence_round_trips() {
        let mut rng = crate::generate::Rng::new(3);
        for len in 0..200 {
            let bytes: Vec<u8> = (0..len).map(|_| rng.next_u64() as u8).collect();
            assert_eq!(base64url_decode(&base64url_encode(&bytes)).unwrap(), bytes);
        }
    }

    #[test]
    fn bad_links_say_what_is_wrong() {
        assert_eq!(
            payload("#/shared/1.Zm9v!mFy"),
            Err(ShareError::BadCharacter { position: 5 })
        );
        assert_eq!(payload("#/shared/1.Zm9vY"), Err(ShareError::Cut));
        assert_eq!(payload("#/shared/1."), Err(ShareError::Cut));
        assert_eq!(
            payload("#/shared/2.Zm9v"),
            Err(ShareError::WrongVersion { found: "2".into() })
        );
        let long = format!("#/shared/1.{}", "A".repeat(MAX_FRAGMENT_CHARS));
        assert!(matches!(payload(&long), Err(ShareError::TooLong { .. })));
        assert!(matches!(
            fragment(&vec![0; MAX_FRAGMENT_CHARS]),
            Err(ShareError::TooLong { .. })
        ));
        // a wrapped link still reads
        assert_eq!(payload("#/shared/1.Zm9v\n YmFy").unwrap(), b"foobar");
        for error in [
            ShareError::TooLong { chars: 20_000 },
            ShareError::Cut,
            ShareError::Damaged,
        ] {
            assert!(!error.message(Lang::Fr).is_empty());
        }
    }
}
