//! Corrections (issue 21), without a window: kept in the file beside the transcript, keyed by
//! the figure's anchor so that they outlive a newer dataset, reported when their figure is
//! gone, and never written over when the file cannot be read. Figures read by a person from
//! `tests/data/across/miit-2026-01-20.txt`: Jin Zhuanglong says "China had 1.12 billion
//! internet users by the end of 2025" (labelled "Internet users" by the rules) and
//! Zhao Zhiguo "We aim to build 6 million 5G base stations by 2027".

use std::path::{Path, PathBuf};

use briefboard::corrections::{Correction, Corrections, Target};
use briefboard::dataset::{Indicator, Kind};
use briefboard::loaded::{Loaded, Places};

const B1: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/across/miit-2026-01-20.txt"
);

/// A folder holding a copy of the transcript as `B1.txt`.
fn folder() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("B1.txt");
    std::fs::copy(B1, &path).expect("copied");
    (dir, path)
}

fn open(path: &Path) -> Loaded {
    Loaded::open(path).unwrap_or_else(|e| panic!("{e}"))
}

fn by_value(loaded: &Loaded, value: f64) -> Indicator {
    loaded
        .dataset
        .indicators
        .iter()
        .find(|i| (i.value - value).abs() < 1e-6)
        .unwrap_or_else(|| panic!("a figure of {value}"))
        .clone()
}

fn target(i: &Indicator) -> Target {
    Target::of(i).expect("anchored")
}

#[test]
fn a_rename_is_saved_beside_the_transcript_and_applies_when_opened_again() {
    let (dir, path) = folder();
    let mut loaded = open(&path);
    let users = by_value(&loaded, 1.12e9);
    assert_eq!(users.label, "Internet users");
    let mut c = Correction::new(target(&users));
    c.label = Some("Internet users in China".to_owned());
    assert!(
        loaded
            .set_correction(&target(&users), Some(c))
            .expect("saved")
    );
    assert_eq!(by_value(&loaded, 1.12e9).label, "Internet users in China");
    let file = dir.path().join("B1.corrections.json");
    assert!(file.is_file(), "B1.corrections.json beside B1.txt");
    // Opened again: the rename applies, the extractor's reading is kept beside it.
    let again = open(&path);
    let users = by_value(&again, 1.12e9);
    assert_eq!(users.label, "Internet users in China");
    let extracted = users.extracted.expect("marked as corrected");
    assert_eq!(extracted.label, "Internet users");
    // The value, speaker and quote are the transcript's.
    assert_eq!(users.mentions[0].speaker, "jin-zhuanglong");
    assert!(
        users.mentions[0]
            .quote
            .contains("1.12 billion internet users")
    );
}

#[test]
fn a_hidden_figure_is_left_out_and_listed_and_undo_brings_it_back() {
    let (_dir, path) = folder();
    let mut loaded = open(&path);
    assert_eq!(loaded.dataset.indicators.len(), 5);
    let target6m = target(&by_value(&loaded, 6e6));
    let mut c = Correction::new(target6m.clone());
    c.hidden = true;
    c.note = Some("a goal, not a figure of 2025".to_owned());
    loaded.set_correction(&target6m, Some(c)).expect("saved");
    assert_eq!(loaded.dataset.indicators.len(), 4);
    let hidden = &loaded.corrected.as_deref().expect("corrections").hidden;
    assert_eq!(hidden.len(), 1);
    assert!((hidden[0].indicator.value - 6e6).abs() < 1e-6);
    assert_eq!(
        hidden[0].note.as_deref(),
        Some("a goal, not a figure of 2025")
    );
    // Undo, then redo, then open again: hidden once more.
    assert!(loaded.undo_correction().expect("saved").is_some());
    assert_eq!(loaded.dataset.indicators.len(), 5);
    assert!(loaded.redo_correction().expect("saved").is_some());
    assert_eq!(loaded.dataset.indicators.len(), 4);
    assert_eq!(open(&path).dataset.indicators.len(), 4);
    // The undo list is in the file: undone from another run.
    let mut again = open(&path);
    assert!(again.undo_correction().expect("saved").is_some());
    assert_eq!(open(&path).dataset.indicators.len(), 5);
}

#[test]
fn corrections_apply_to_a_newer_dataset_of_the_same_transcript() {
    let (dir, path) = folder();
    let mut loaded = open(&path);
    let users = by_value(&loaded, 1.12e9);
    let mut c = Correction::new(target(&users));
    c.label = Some("Internet users in China".to_owned());
    c.kind = Some(Kind::Target);
    loaded
        .set_correction(&target(&users), Some(c))
        .expect("saved");
    // A dataset of the same transcript, as a newer extractor would write it (another label
    // and measure for the same figure), beside it: the correction follows the anchor.
    let mut newer = briefboard::extract::extract("B1.txt", &std::fs::read(&path).expect("read"))
        .expect("extracts");
    for i in &mut newer.indicators {
        i.label = format!("{} (newer)", i.label);
        i.measure = format!("{}-newer", i.measure);
    }
    briefboard::dataset::number_ids(&mut newer.indicators);
    let json = dir.path().join("B1.json");
    std::fs::write(&json, newer.to_json()).expect("written");
    let opened = open(&json);
    let users = by_value(&opened, 1.12e9);
    assert_eq!(users.label, "Internet users in China");
    assert_eq!(users.kind, Kind::Target);
    assert!(
        opened
            .corrected
            .as_deref()
            .expect("corrections")
            .missing
            .is_empty()
    );
}

#[test]
fn a_correction_whose_figure_is_gone_is_reported_and_kept() {
    let (dir, path) = folder();
    let sha = briefboard::dataset::sha256_hex(&std::fs::read(&path).expect("read"));
    let mut file = Corrections::new("B1.txt", &sha);
    let mut gone = Correction::new(Target {
        measure: "no-such-figure".to_owned(),
        start: 1,
        end: 20,
        value: 42.0,
    });
    gone.label = Some("Nothing".to_owned());
    file.corrections.push(gone.clone());
    let corrections = dir.path().join("B1.corrections.json");
    file.write(&corrections).expect("written");
    let loaded = open(&path);
    let c = loaded.corrected.as_deref().expect("corrections");
    assert_eq!(c.missing, [gone]);
    assert_eq!(loaded.dataset.indicators.len(), 5);
}

#[test]
fn an_unreadable_corrections_file_is_named_and_never_written_over() {
    let (dir, path) = folder();
    let corrections = dir.path().join("B1.corrections.json");
    let text = "{\n  \"corrections_version\": 1,\n  \"briefing\": oops\n}\n";
    std::fs::write(&corrections, text).expect("written");
    let mut loaded = open(&path);
    let error = loaded
        .corrected
        .as_deref()
        .and_then(|c| c.error.clone())
        .expect("the error is kept");
    assert_eq!(error.file, corrections);
    assert_eq!(error.place.as_deref(), Some("line 3, column 15"));
    // The briefing opens without it: the extractor's labels.
    assert_eq!(by_value(&loaded, 1.12e9).label, "Internet users");
    let users = by_value(&loaded, 1.12e9);
    let mut c = Correction::new(target(&users));
    c.label = Some("Internet users in China".to_owned());
    assert!(loaded.set_correction(&target(&users), Some(c)).is_err());
    assert_eq!(std::fs::read_to_string(&corrections).expect("read"), text);
}

#[test]
fn a_correction_that_cannot_apply_is_an_error_with_its_path() {
    let (dir, path) = folder();
    let sha = briefboard::dataset::sha256_hex(&std::fs::read(&path).expect("read"));
    let mut file = Corrections::new("B1.txt", &sha);
    let mut c = Correction::new(Target {
        measure: "x".to_owned(),
        start: 0,
        end: 1,
        value: 1.0,
    });
    c.period = Some("last year".to_owned());
    file.corrections.push(c);
    let corrections = dir.path().join("B1.corrections.json");
    std::fs::write(&corrections, file.to_json()).expect("written");
    let loaded = open(&path);
    let error = loaded.corrected.as_deref().and_then(|c| c.error.clone());
    let error = error.expect("an error");
    assert_eq!(error.place.as_deref(), Some("corrections[0].period"));
    assert!(error.to_string().contains("B1.corrections.json"), "{error}");
}

#[test]
fn the_embedded_briefing_keeps_its_corrections_in_the_data_folder() {
    let data = tempfile::tempdir().expect("a folder");
    let places = Places::with_data_dir(data.path().to_owned());
    let mut loaded = Loaded::embedded().corrected(None, &places);
    // "3.837 million 5G base stations" (Jin Zhuanglong, then Zhao Zhiguo).
    let five_g = loaded
        .dataset
        .indicator("5g-base-stations")
        .expect("the headline")
        .clone();
    let mut c = Correction::new(target(&five_g));
    c.label = Some("5G base stations".to_owned());
    loaded
        .set_correction(&target(&five_g), Some(c))
        .expect("saved");
    let sha = &loaded.dataset.source.sha256;
    let file = data
        .path()
        .join("corrections")
        .join(format!("{sha}.corrections.json"));
    assert!(file.is_file());
    let again = Loaded::embedded().corrected(None, &places);
    assert_eq!(
        again
            .dataset
            .indicator("5g-base-stations")
            .map(|i| i.label.as_str()),
        Some("5G base stations")
    );
}

#[test]
fn the_seed_corrections_give_the_committed_dataset() {
    // The seed's curation is its corrections file: 39 figures, none lost.
    let seed = concat!(env!("CARGO_MANIFEST_DIR"), "/data/000_6ed6731605744708.txt");
    let loaded = open(Path::new(seed));
    let c = loaded.corrected.as_deref().expect("corrections");
    assert_eq!(c.file.corrections.len(), 39);
    assert!(c.missing.is_empty() && c.error.is_none());
    // "the products among the world's top producers" and the C919 (read in the transcript).
    let products = loaded
        .dataset
        .indicator("products-among-top-global-producers")
        .expect("the readable id");
    assert_eq!(products.label, "Products among the world's top producers");
    assert_eq!(
        products.extracted.as_ref().map(|e| e.measure.as_str()),
        Some("products-among-the-top-global-producers")
    );
}

#[test]
fn figures_given_one_measure_get_ids_of_their_own() {
    let (_dir, path) = folder();
    let mut loaded = open(&path);
    // 4.83 million base stations and the 6 million target (Zhao Zhiguo) as one measure.
    for value in [4.83e6, 6e6] {
        let figure = target(&by_value(&loaded, value));
        let mut c = Correction::new(figure.clone());
        c.measure = Some("base-stations".to_owned());
        loaded.set_correction(&figure, Some(c)).expect("saved");
    }
    let ids: Vec<(String, String)> = [4.83e6, 6e6]
        .iter()
        .map(|&v| {
            let i = by_value(&loaded, v);
            (i.id, i.measure)
        })
        .collect();
    assert_eq!(
        ids,
        [
            ("base-stations".to_owned(), "base-stations".to_owned()),
            ("base-stations-2".to_owned(), "base-stations".to_owned())
        ]
    );
    assert!(loaded.dataset.validate(None).is_empty());
}

#[test]
fn a_further_correction_after_a_newer_extractor_updates_the_one_before() {
    let (_dir, path) = folder();
    let loaded = open(&path);
    let users = by_value(&loaded, 1.12e9);
    let now = target(&users);
    // A correction written when an older extractor named the figure otherwise.
    let older = Target {
        measure: "internet-users-older".to_owned(),
        ..now.clone()
    };
    let mut corrections = Corrections::new("B1.txt", &loaded.dataset.source.sha256);
    let mut first = Correction::new(older);
    first.theme = Some("ict".to_owned());
    assert!(corrections.put(&first.figure.clone(), Some(first)));
    // Corrected again through today's reading of the same figure: one correction, holding
    // both the theme said before and the new label.
    let mut again = corrections
        .get(&now)
        .cloned()
        .expect("the correction of the figure, found by its anchor");
    again.label = Some("Internet users in China".to_owned());
    assert!(corrections.put(&now, Some(again)));
    assert_eq!(corrections.corrections.len(), 1);
    let c = &corrections.corrections[0];
    assert_eq!(c.theme.as_deref(), Some("ict"));
    assert_eq!(c.label.as_deref(), Some("Internet users in China"));
    assert!(c.figure.same(&now));
}
