//! `Dataset::validate`: every problem is reported with its JSON path.

use briefboard::dataset::{Dataset, EMBEDDED_SOURCE};

#[test]
fn the_embedded_dataset_has_no_problem() {
    assert_eq!(
        Dataset::embedded().validate(Some(EMBEDDED_SOURCE.as_bytes())),
        Vec::new()
    );
    assert_eq!(Dataset::embedded().validate(None), Vec::new());
}

#[test]
fn broken_references_values_ids_and_quotes_are_reported_with_their_paths() {
    let mut d = Dataset::embedded();
    d.indicators[3].mentions[0].speaker = "nobody".into();
    d.indicators[4].theme = "weather".into();
    d.indicators[5].value = f64::NAN;
    d.indicators[6].id = d.indicators[7].id.clone();
    d.indicators[8].mentions[0].start += 1;
    d.indicators[9].period = Some("last year".into());
    d.indicators[10].mentions.clear();
    d.speakers[1].id = d.speakers[0].id.clone();
    d.source.date = "July 5, 2024".into();
    let paths: Vec<String> = d
        .validate(Some(EMBEDDED_SOURCE.as_bytes()))
        .into_iter()
        .map(|p| p.path)
        .collect();
    for want in [
        "source.date",
        "speakers[1].id",
        "indicators[7].id",
        "indicators[3].mentions[0].speaker",
        "indicators[4].theme",
        "indicators[5].value",
        "indicators[8].mentions[0].quote",
        "indicators[9].period",
        "indicators[10].mentions",
    ] {
        assert!(paths.iter().any(|p| p == want), "{want} not in {paths:?}");
    }
}

#[test]
fn a_different_source_file_is_reported() {
    let d = Dataset::embedded();
    let other = EMBEDDED_SOURCE.replace("3.837 million", "3.838 million");
    let problems = d.validate(Some(other.as_bytes()));
    assert!(
        problems.iter().any(|p| p.path == "source.sha256"),
        "{problems:?}"
    );
}
