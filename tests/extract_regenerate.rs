//! The committed dataset and schema are exactly what the code generates.

use briefboard::dataset::{Dataset, EMBEDDED_JSON, EMBEDDED_SOURCE};

#[test]
fn committed_dataset_is_the_extractor_output() {
    let dataset =
        briefboard::extract::extract("000_6ed6731605744708.txt", EMBEDDED_SOURCE.as_bytes())
            .expect("the seed transcript extracts");
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
