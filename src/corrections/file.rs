//! Reading and writing a corrections file, and where it is.

use std::path::{Path, PathBuf};

use super::{CORRECTIONS_VERSION, Corrections};

/// What a corrections file's name adds to the transcript's stem: `B1.corrections.json` for
/// `B1.txt`.
pub const FILE_SUFFIX: &str = ".corrections.json";

/// Why a corrections file could not be read or written: the file, the place in it (a line and
/// column, or a JSON path such as `corrections[2].period`) and the reason.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {}{reason}", file.display(), place.as_ref().map(|p| format!("{p}: ")).unwrap_or_default())]
pub struct CorrectionsError {
    /// The corrections file.
    pub file: PathBuf,
    /// Where in it; `None` for the whole file.
    pub place: Option<String>,
    /// What is wrong.
    pub reason: String,
}

/// The corrections file beside a transcript: `dir/B1.corrections.json` for `dir/B1.txt`.
#[must_use]
pub fn beside(transcript: &Path) -> PathBuf {
    let stem = transcript
        .file_stem()
        .map_or_else(|| "briefing".into(), |s| s.to_string_lossy().into_owned());
    transcript.with_file_name(format!("{stem}{FILE_SUFFIX}"))
}

/// The corrections file of a transcript in the app's data folder, by its SHA-256:
/// `DATA/corrections/SHA256.corrections.json`.
#[must_use]
pub fn in_data_dir(data_dir: &Path, sha256: &str) -> PathBuf {
    data_dir
        .join("corrections")
        .join(format!("{sha256}{FILE_SUFFIX}"))
}

impl Corrections {
    /// Reads a corrections file; `Ok(None)` when there is none.
    ///
    /// # Errors
    /// A [`CorrectionsError`] when the file cannot be read, is not JSON of this format (line
    /// and column), has another version, or holds a correction that cannot apply: an empty
    /// label or measure, an unknown theme, a period not written as the dataset writes them
    /// (its JSON path).
    pub fn read(path: &Path) -> Result<Option<Self>, CorrectionsError> {
        let error = |place: Option<String>, reason: String| CorrectionsError {
            file: path.to_owned(),
            place,
            reason,
        };
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(error(None, format!("cannot read: {}", e.kind()))),
        };
        let text = std::str::from_utf8(&bytes).map_err(|e| {
            error(
                Some(format!("byte {}", e.valid_up_to())),
                "not UTF-8 text".to_owned(),
            )
        })?;
        Self::from_json(text)
            .map(Some)
            .map_err(|(place, reason)| error(Some(place), reason))
    }

    /// Parses a corrections file's text; the error is the place and the reason.
    ///
    /// # Errors
    /// As [`Corrections::read`], without the file.
    pub fn from_json(text: &str) -> Result<Self, (String, String)> {
        let file: Self = crate::fsutil::read_json(
            text,
            "corrections_version",
            CORRECTIONS_VERSION,
            |f: &Self| f.corrections_version,
        )?;
        for (k, c) in file.corrections.iter().enumerate() {
            let at = |field: &str| format!("corrections[{k}].{field}");
            if let Some(problem) = super::apply::problem(c) {
                return Err((at(problem.0), problem.1));
            }
        }
        Ok(file)
    }

    /// Writes the file atomically (a temporary file beside it, then a rename), making its
    /// folder when it is missing.
    ///
    /// # Errors
    /// A [`CorrectionsError`] naming the file when the folder cannot be made or written.
    pub fn write(&self, path: &Path) -> Result<(), CorrectionsError> {
        let error = |reason: String| CorrectionsError {
            file: path.to_owned(),
            place: None,
            reason,
        };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| error(format!("cannot make the folder: {}", e.kind())))?;
        }
        crate::fsutil::write_atomic(path, self.to_json().as_bytes()).map_err(|e| {
            // The error names the path already; keep the reason.
            let text = format!("{e:#}");
            let prefix = format!("{}: ", path.display());
            error(text.strip_prefix(&prefix).unwrap_or(&text).to_owned())
        })
    }
}
