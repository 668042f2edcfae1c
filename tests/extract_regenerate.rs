//! The committed dataset and schema are exactly what the code generates.

use briefboard::dataset::{Dataset, EMBEDDED_JSON, EMBEDDED_SOURCE};

#[test]
fn committed_dataset_is_the_extractor_output_with_its_corrections() {
    // What `briefboard extract data/000_6ed6731605744708.txt` writes: the extractor's
    // dataset with the corrections file beside the transcript applied.
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/000_6ed6731605744708.txt");
    let loaded = briefboard::loaded::Loaded::open(std::path::Path::new(path))
        .expect("the seed transcript extracts");
    let corrected = loaded
        .corrected
        .as_deref()
        .expect("corrections beside the seed");
    assert!(corrected.error.is_none(), "{:?}", corrected.error);
    assert!(corrected.missing.is_empty(), "{:?}", corrected.missing);
    let dataset = loaded.dataset;
    assert!(
        dataset.to_json() == EMBEDDED_JSON,
        "data/indicators.json is stale: run `cargo run -- extract data/000_6ed6731605744708.txt -o data/indicators.json`"
    );
}

#[test]
fn committed_dataset_is_valid_against_its_source() {
    let problems = Dataset::embedded().validate(Some(EMBEDDED_SOURCE.as_bytes()));
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn committed_schema_is_the_generated_one() {
    let committed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/indicators.schema.json"
    ))
    .expect("data/indicators.schema.json exists");
    assert!(
        Dataset::json_schema() == committed,
        "data/indicators.schema.json is stale: run `cargo run -- schema -o data/indicators.schema.json`"
    );
}

#[test]
fn committed_corrections_schema_is_the_generated_one() {
    let committed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/corrections.schema.json"
    ))
    .expect("data/corrections.schema.json exists");
    assert!(
        briefboard::corrections::Corrections::json_schema() == committed,
        "data/corrections.schema.json is stale: run `cargo run -- schema --corrections -o data/corrections.schema.json`"
    );
}
