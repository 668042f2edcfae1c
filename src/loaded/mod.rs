//! The loaded data: a dataset, the transcript its mentions point into, and the file they came
//! from, with the one loader that the app and the command line share (file sniffing, the
//! transcript looked up beside a dataset, errors that name the file, the place and the
//! reason). No egui here. Opening a file never changes what is open until it has been read
//! in full.

mod corrected;
mod error;
mod json;
mod pages;

use std::path::Path;
use std::sync::Arc;

use crate::dataset::{Dataset, EMBEDDED_SOURCE};

pub use corrected::{Corrected, Places};
pub use error::{LoadError, io_words};
pub use json::is_dataset;
pub use pages::{extract_pages, fetch_pages};

use error::extract_transcript;
use json::{check, is_json, one_briefing, transcript_path, with_transcript_beside};

/// A dataset ready to show, with its transcript when there is one.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The figures.
    pub dataset: Dataset,
    /// The transcript text; the mentions' byte offsets index into it.
    pub source: Option<Arc<str>>,
    /// Why there is no transcript, shown on the Transcript page.
    pub source_note: String,
    /// The file it came from, for the title bar and messages (`<embedded>` for the built-in
    /// briefing). For a briefing made from web pages, the dataset saved with its transcript in
    /// [`crate::sources::copies_dir`], which reopens without the pages.
    pub name: String,
    /// What the user should know though it opened: a page missing between those given, a
    /// local copy that could not be saved.
    pub notices: Vec<String>,
    /// The corrections applied to [`Loaded::dataset`], where they are kept and what they
    /// hide; `None` when corrections are left out or have no place (the embedded briefing
    /// without a data folder).
    pub corrected: Option<Box<Corrected>>,
}

impl Loaded {
    /// The briefing embedded in the program, with its transcript.
    #[must_use]
    pub fn embedded() -> Self {
        Self::with_source(Dataset::embedded(), EMBEDDED_SOURCE.into(), "<embedded>")
    }

    /// A dataset with its transcript.
    #[must_use]
    pub fn with_source(dataset: Dataset, source: Arc<str>, name: &str) -> Self {
        Self {
            dataset,
            source: Some(source),
            source_note: String::new(),
            name: name.to_owned(),
            notices: Vec::new(),
            corrected: None,
        }
    }

    /// A dataset whose transcript is not available, with the reason.
    #[must_use]
    pub fn without_source(dataset: Dataset, note: String, name: &str) -> Self {
        Self {
            dataset,
            source: None,
            source_note: note,
            name: name.to_owned(),
            notices: Vec::new(),
            corrected: None,
        }
    }

    /// Reads a dataset (`.json`) or extracts one from a transcript (`.txt`); a dataset's
    /// transcript is looked up beside it by the name in `source.file`. The corrections beside
    /// the transcript apply ([`Places::beside`]).
    ///
    /// # Errors
    /// A [`LoadError`] naming the file, the place and the reason.
    pub fn open(path: &Path) -> Result<Self, LoadError> {
        Self::open_with(path, &Places::beside())
    }

    /// [`Loaded::open`], with the corrections of `places`.
    ///
    /// # Errors
    /// A [`LoadError`] naming the file, the place and the reason. An unreadable corrections
    /// file is no error: the briefing opens without it ([`Corrected::error`]).
    pub fn open_with(path: &Path, places: &Places) -> Result<Self, LoadError> {
        let name = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| LoadError::whole(&name, io_words(&e)))?;
        let loaded = Self::from_bytes(&name, path.parent(), &bytes)?;
        let transcript = transcript_path(path, &loaded.dataset);
        Ok(loaded.corrected(transcript.as_deref(), places))
    }

    /// The briefings of a file: one for a transcript or a dataset of one briefing; one per
    /// briefing for a dataset that joins several (as briefboard exports them), each with its
    /// own source, figures (their ids as in their briefing) and transcript looked up beside
    /// the file. The corrections beside each transcript apply.
    ///
    /// # Errors
    /// A [`LoadError`] naming the file, the place and the reason.
    pub fn open_parts(path: &Path) -> Result<Vec<Self>, LoadError> {
        Self::open_parts_with(path, &Places::beside())
    }

    /// [`Loaded::open_parts`], with the corrections of `places`.
    ///
    /// # Errors
    /// A [`LoadError`] naming the file, the place and the reason.
    pub fn open_parts_with(path: &Path, places: &Places) -> Result<Vec<Self>, LoadError> {
        let name = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| LoadError::whole(&name, io_words(&e)))?;
        let loaded = Self::from_bytes(&name, path.parent(), &bytes)?;
        if loaded.dataset.briefings.is_empty() {
            let transcript = transcript_path(path, &loaded.dataset);
            return Ok(vec![loaded.corrected(transcript.as_deref(), places)]);
        }
        let joined = loaded.dataset;
        let parts = (0..joined.briefings.len())
            .map(|b| {
                let dataset = one_briefing(&joined, b);
                let transcript = transcript_path(path, &dataset);
                with_transcript_beside(dataset, path.parent(), &loaded.name)
                    .corrected(transcript.as_deref(), places)
            })
            .collect();
        Ok(parts)
    }

    /// Like [`Loaded::open`] for a file already read; `dir` is where to look for a dataset's
    /// transcript.
    ///
    /// # Errors
    /// A [`LoadError`] naming the file, the place and the reason.
    pub fn from_bytes(name: &str, dir: Option<&Path>, bytes: &[u8]) -> Result<Self, LoadError> {
        if crate::sources::is_html(name, bytes) {
            let page = crate::sources::read_page(name, bytes, None);
            return Self::from_pages(&[page]);
        }
        if is_json(name, bytes) {
            let text = std::str::from_utf8(bytes).map_err(|e| LoadError {
                file: name.to_owned(),
                place: Some(format!("byte {}", e.valid_up_to())),
                reason: "not UTF-8 text".to_owned(),
            })?;
            let dataset = Dataset::from_json(name, text)?;
            check(name, &dataset)?;
            Ok(with_transcript_beside(dataset, dir, name))
        } else {
            let dataset = extract_transcript(name, bytes)?;
            // The mentions' offsets index the bytes as given, byte-order mark included.
            let text = String::from_utf8_lossy(bytes);
            let unsaid = no_speaker_lines(name, &dataset);
            let mut loaded = Self::with_source(dataset, text.as_ref().into(), name);
            loaded.notices.extend(unsaid);
            Ok(loaded)
        }
    }

    /// The transcript slice of a mention, if the transcript is there and the offsets fit.
    #[must_use]
    pub fn quote_in_source(&self, start: usize, end: usize) -> Option<&str> {
        self.source.as_deref()?.get(start..end)
    }
}

/// The notice for a transcript without one speaker line ("Li Ming:" on a line of its own):
/// a list or a note opened as a transcript, whose figures nobody is known to have said.
/// `name`: the file or address as the user gave it.
#[must_use]
pub fn no_speaker_lines(name: &str, dataset: &Dataset) -> Option<String> {
    let named = dataset
        .speakers
        .iter()
        .any(|s| s.name != crate::extract::UNNAMED);
    let figures = match dataset.indicators.len() {
        1 => "its one figure is".to_owned(),
        n => format!("its {n} figures are"),
    };
    (!named).then(|| {
        format!(
            "{name} has no speaker lines (a name and a colon on a line of its own), so it may \
             not be a briefing transcript: {figures} shown as said by an unnamed speaker."
        )
    })
}

#[cfg(test)]
mod tests {
    use super::Loaded;

    #[test]
    fn a_list_without_speakers_opens_with_a_notice() {
        let list = Loaded::from_bytes("shopping.txt", None, b"Eggs 12\nLitres of milk 2\n")
            .expect("a list still opens");
        assert_eq!(list.notices.len(), 1, "{:?}", list.notices);
        assert!(
            list.notices[0].starts_with("shopping.txt has no speaker lines"),
            "{:?}",
            list.notices
        );
        let briefing = Loaded::from_bytes(
            "briefing.txt",
            None,
            b"SCIO briefing\n\nLi Ming:\nWe built 12 bridges last year.\n",
        )
        .expect("opens");
        assert!(briefing.notices.is_empty(), "{:?}", briefing.notices);
    }
}
