//! Extraction: an SCIO-format transcript (English, plain text) → an indicator [`Dataset`].
//!
//! The work runs in four steps, one module each:
//! 1. [`text`]: decode the bytes, read the header (title, date, speakers, chairperson) and cut
//!    the body into turns and sentences, every piece with its byte span in the file as given;
//! 2. [`numbers`]: find the numeric expressions of a sentence (separators, decimals, scale words,
//!    number words, units, qualifiers, direction), rejecting identifiers, ordinals, dates and
//!    clock times;
//! 3. [`period`]: resolve the time a sentence speaks of against the briefing date;
//! 4. [`build`]: decide each figure's kind, sign and period ([`figures`]), name each figure
//!    (fixed ids and labels from [`rules`], otherwise generic ones), merge repeated facts and
//!    assemble the dataset. What a person corrects is a layer after this one
//!    ([`crate::corrections`]).
//!
//! Extraction is pure: no I/O besides [`extract_file`] reading its one file, no UI.

mod after;
mod build;
mod carried;
mod changed;
mod changes;
mod clause;
mod compact;
mod context;
mod counted;
mod counted_relation;
mod date_clues;
mod dates;
pub use dates::month;
mod count_scope;
mod direction;
mod facts;
mod figure_kind;
mod figure_period;
mod figures;
mod goal_label;
mod hedges;
mod label;
mod label_words;
mod lexicon;
mod lines;
mod listed;
mod listed_after;
mod lookalikes;
mod marks;
mod meaning;
mod named;
mod noun_phrase;
mod numbers;
mod period;
mod period_day;
mod period_opening;
mod period_phrase;
mod period_respective;
mod period_year;
mod phrase;
mod phrase_end;
mod place;
mod population;
mod predicate;
mod qualify;
mod ranks;
mod rules;
mod said;
mod saw;
mod sentences;
mod share_label;
mod sniff;
mod source;
mod speakers;
pub use speakers::UNNAMED;
mod subject;
mod subject_head;
mod subject_ref;
mod text;
mod theme;
mod tokens;
mod units;
mod whose;
mod words;

use std::path::Path;

use crate::dataset::Dataset;

/// The label of a theme the extractor files figures under (`ict` is "ICT and 5G"); `None` for
/// an id it does not know.
#[must_use]
pub fn theme_label(id: &str) -> Option<&'static str> {
    rules::THEMES
        .iter()
        .find(|(t, _)| *t == id)
        .map(|(_, l)| *l)
}

/// The province, region or municipality a briefing's title names first ("… advancing
/// Fujian's practice …" is Fujian); `None` for a title that names none.
#[must_use]
pub fn place_of(title: &str) -> Option<&'static str> {
    place::place_of(title)
}

/// The ids of the themes the extractor knows, in its order.
#[must_use]
pub fn theme_ids() -> Vec<&'static str> {
    rules::THEMES.iter().map(|(t, _)| *t).collect()
}

/// Why a transcript could not be turned into a dataset. Every variant names the file and the
/// 1-based line the problem was found on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExtractError {
    /// The file could not be read.
    #[error("{file}: cannot read: {reason}")]
    Io {
        /// The file.
        file: String,
        /// The operating system's reason.
        reason: String,
    },
    /// The bytes are not UTF-8 text.
    #[error("{file}: line {line}: not UTF-8 text (invalid byte at offset {offset})")]
    NotUtf8 {
        /// The file.
        file: String,
        /// The line holding the first invalid byte.
        line: usize,
        /// The byte offset of the first invalid byte.
        offset: usize,
    },
    /// The text does not have the shape of an SCIO transcript.
    #[error("{file}: line {line}: {reason}")]
    Format {
        /// The file.
        file: String,
        /// The line where the expected piece was missing or wrong.
        line: usize,
        /// What was expected.
        reason: String,
    },
}

impl ExtractError {
    /// The same error naming `file` instead (the path as the user gave it).
    #[must_use]
    pub fn in_file(self, file: String) -> Self {
        match self {
            Self::Io { reason, .. } => Self::Io { file, reason },
            Self::NotUtf8 { line, offset, .. } => Self::NotUtf8 { file, line, offset },
            Self::Format { line, reason, .. } => Self::Format { file, line, reason },
        }
    }
}

/// Extracts the dataset of one transcript.
///
/// `name` is the file name recorded in `source.file` and used in errors; `bytes` is the file as
/// given (a UTF-8 byte-order mark and CRLF line endings are accepted, and mention offsets index
/// `bytes` itself).
///
/// # Errors
/// [`ExtractError::NotUtf8`] for bytes that are not UTF-8, [`ExtractError::Format`] for an
/// empty text or JSON. A text without a header, a date or speaker lines still extracts: speakers are
/// decided from the text, an unknown date is an empty `source.date` and leaves the periods
/// that need it unresolved, and text before the first speaker line is the "Unnamed speaker"'s.
pub fn extract(name: &str, bytes: &[u8]) -> Result<Dataset, ExtractError> {
    let briefing = text::parse(name, bytes)?;
    Ok(build::dataset(name, bytes, &briefing))
}

/// Reads a transcript file and extracts its dataset; `source.file` is the file's name.
///
/// # Errors
/// [`ExtractError::Io`] when the file cannot be read, then the errors of [`extract`]; each
/// names `path` as given.
pub fn extract_file(path: &Path) -> Result<Dataset, ExtractError> {
    let bytes = std::fs::read(path).map_err(|e| ExtractError::Io {
        file: path.display().to_string(),
        reason: e.to_string(),
    })?;
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    // The dataset records the file's name; an error names the path as given.
    extract(&name, &bytes).map_err(|e| e.in_file(path.display().to_string()))
}
