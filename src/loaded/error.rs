//! Why a file could not be opened ([`LoadError`]: the file, the place, the reason), from the
//! dataset reader's, the extractor's and the system's errors.

use crate::dataset::{Dataset, DatasetError};

/// Why a file could not be opened: the file, the place in it and the reason, for a person.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: {}{reason}", place.as_ref().map(|p| format!("{p}: ")).unwrap_or_default())]
pub struct LoadError {
    /// The file name.
    pub file: String,
    /// Where in the file: `line 3, column 14` or a JSON path; `None` for the whole file.
    pub place: Option<String>,
    /// What is wrong.
    pub reason: String,
}

impl LoadError {
    pub(super) fn whole(file: &str, reason: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            place: None,
            reason: reason.into(),
        }
    }
}

impl From<DatasetError> for LoadError {
    fn from(error: DatasetError) -> Self {
        match error {
            DatasetError::Io { path, source } => {
                Self::whole(&path.display().to_string(), source.to_string())
            }
            DatasetError::Json {
                name,
                line,
                column,
                reason,
            } => Self {
                file: name,
                place: Some(format!("line {line}, column {column}")),
                reason,
            },
            DatasetError::Version { name, found } => Self {
                file: name,
                place: Some("schema_version".to_owned()),
                reason: format!(
                    "version {found}; this briefboard reads version {}",
                    crate::dataset::SCHEMA_VERSION
                ),
            },
        }
    }
}

/// An I/O error in words, without the system's error number: "the file was not found".
#[must_use]
pub fn io_words(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "the file was not found".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission to read it was denied".to_owned(),
        _ => {
            let text = error.to_string();
            match text.find(" (os error") {
                Some(cut) => text[..cut].to_owned(),
                None => text,
            }
        }
    }
}

/// Extracts the dataset from a transcript's bytes.
///
/// # Errors
/// The extractor's error, as a [`LoadError`] naming the file.
pub(super) fn extract_transcript(name: &str, bytes: &[u8]) -> Result<Dataset, LoadError> {
    crate::extract::extract(name, bytes).map_err(extract_error)
}

/// The extractor's error as a [`LoadError`].
pub(super) fn extract_error(e: crate::extract::ExtractError) -> LoadError {
    use crate::extract::ExtractError;
    match e {
        ExtractError::Io { file, reason } => LoadError {
            file,
            place: None,
            reason,
        },
        ExtractError::NotUtf8 { file, line, offset } => LoadError {
            file,
            place: Some(format!("line {line}")),
            reason: format!("not UTF-8 text (invalid byte at offset {offset})"),
        },
        ExtractError::Format { file, line, reason } => LoadError {
            file,
            place: Some(format!("line {line}")),
            reason,
        },
    }
}
