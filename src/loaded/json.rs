//! A dataset file (`.json`): whether a file is one, the dataset's own checks, the transcript
//! beside it, and the briefings of one that joins several.

use std::path::Path;

use super::{LoadError, Loaded};
use crate::dataset::Dataset;

/// Where the transcript of a file's briefing is: the file named by `source.file` in the
/// file's folder (whether or not it is there), which is the file itself for a transcript.
pub(super) fn transcript_path(path: &Path, dataset: &Dataset) -> Option<std::path::PathBuf> {
    let file = Path::new(&dataset.source.file).file_name()?;
    Some(path.parent().unwrap_or(Path::new("")).join(file))
}

/// The figures of briefing `b` of a dataset that joins several, as a dataset of that one
/// briefing: its source, its figures (ids made again from their measures, as in their
/// briefing), the speakers who said them and the themes they use.
pub(super) fn one_briefing(joined: &Dataset, b: usize) -> Dataset {
    let mut indicators: Vec<crate::dataset::Indicator> = joined
        .indicators
        .iter()
        .filter(|i| i.briefing == Some(b))
        .map(|i| crate::dataset::Indicator {
            briefing: None,
            ..i.clone()
        })
        .collect();
    crate::dataset::number_ids(&mut indicators);
    let said = |id: &str| {
        indicators
            .iter()
            .any(|i| i.mentions.iter().any(|m| m.speaker == id))
    };
    Dataset {
        schema_version: joined.schema_version,
        source: joined.briefings[b].clone(),
        speakers: joined
            .speakers
            .iter()
            .filter(|s| said(&s.id))
            .cloned()
            .collect(),
        themes: joined
            .themes
            .iter()
            .filter(|t| indicators.iter().any(|i| i.theme == t.id))
            .cloned()
            .collect(),
        indicators,
        briefings: Vec::new(),
    }
}

/// Whether a file is a dataset (`.json`, or text that starts with `{`) rather than a
/// transcript or a web page.
#[must_use]
pub fn is_dataset(name: &str, bytes: &[u8]) -> bool {
    !crate::sources::is_html(name, bytes) && is_json(name, bytes)
}

/// Whether the file is a dataset: by extension, else by its first character.
pub(super) fn is_json(name: &str, bytes: &[u8]) -> bool {
    let extension = Path::new(name).extension().and_then(|e| e.to_str());
    match extension.map(str::to_ascii_lowercase).as_deref() {
        Some("json") => return true,
        Some("txt") => return false,
        _ => {}
    }
    let start = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    start.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

/// Runs the dataset's own checks (ids, references, finite values, periods); the first problem
/// becomes the error, with its JSON path as the place.
pub(super) fn check(name: &str, dataset: &Dataset) -> Result<(), LoadError> {
    let problems = dataset.validate(None);
    let Some(first) = problems.first() else {
        return Ok(());
    };
    let more = match problems.len() - 1 {
        0 => String::new(),
        1 => " (and 1 more problem)".to_owned(),
        n => format!(" (and {n} more problems)"),
    };
    Err(LoadError {
        file: name.to_owned(),
        place: Some(first.path.clone()),
        reason: format!("{}{more}", first.reason),
    })
}

/// Attaches the transcript named by `source.file` when it is beside the dataset and is the same
/// text (SHA-256), else says why it is missing.
pub(super) fn with_transcript_beside(dataset: Dataset, dir: Option<&Path>, name: &str) -> Loaded {
    let file_name = Path::new(&dataset.source.file)
        .file_name()
        .map(ToOwned::to_owned);
    let (Some(dir), Some(file_name)) = (dir, file_name) else {
        let note = format!("The transcript {} is not available.", dataset.source.file);
        return Loaded::without_source(dataset, note, name);
    };
    let path = dir.join(file_name);
    let Ok(bytes) = std::fs::read(&path) else {
        let note = format!(
            "The transcript is not available: {} was not found beside the dataset.",
            path.display()
        );
        return Loaded::without_source(dataset, note, name);
    };
    if let Some(problem) = dataset.validate(Some(&bytes)).first() {
        let note = format!(
            "The transcript is not available: {} is not the text the dataset was made from \
             ({problem}).",
            path.display()
        );
        return Loaded::without_source(dataset, note, name);
    }
    if let Ok(text) = String::from_utf8(bytes) {
        Loaded::with_source(dataset, text.into(), name)
    } else {
        let note = format!("The transcript {} is not UTF-8 text.", path.display());
        Loaded::without_source(dataset, note, name)
    }
}
