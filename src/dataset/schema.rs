//! The JSON Schema of the format, generated from the Rust types and published as
//! `data/indicators.schema.json`.

use super::Dataset;

impl Dataset {
    /// The JSON Schema (draft 2020-12) of a dataset, pretty-printed with a final newline, as
    /// `data/indicators.schema.json` is written.
    ///
    /// # Panics
    /// Never: a generated schema is plain JSON.
    #[must_use]
    #[expect(
        clippy::expect_used,
        reason = "a generated schema is plain JSON and always serializes"
    )]
    pub fn json_schema() -> String {
        let schema = schemars::schema_for!(Dataset);
        let mut s = serde_json::to_string_pretty(&schema).expect("a schema serializes");
        s.push('\n');
        s
    }
}

/// The SHA-256 of some bytes as 64 lower-case hex digits, as `source.sha256` holds it.
#[must_use]
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    use std::fmt::Write;
    Sha256::digest(bytes)
        .iter()
        .fold(String::with_capacity(64), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}
