//! Reading and writing a board file.

use std::path::{Path, PathBuf};

use super::{BOARD_VERSION, Board, NOTE_MAX_CHARS};

/// The extension of a board file (`mine.briefboard`).
pub const EXTENSION: &str = "briefboard";

/// The media type of a board file, as the desktop entry and the shared MIME info name it.
pub const MIME_TYPE: &str = "application/x-briefboard";

/// Why a board file could not be read or written: the file, the place in it (a line and
/// column, or a JSON path such as `slides[2].figures[0].briefing`) and the reason.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {}{reason}", file.display(), place.as_ref().map(|p| format!("{p}: ")).unwrap_or_default())]
pub struct BoardError {
    /// The board file.
    pub file: PathBuf,
    /// Where in it; `None` for the whole file.
    pub place: Option<String>,
    /// What is wrong.
    pub reason: String,
}

impl Board {
    /// Reads a board file.
    ///
    /// # Errors
    /// A [`BoardError`] when the file cannot be read, is not JSON of this format (line and
    /// column), has another version, or is inconsistent (its JSON path): a figure of a
    /// briefing the board does not name, a SHA-256 that is not 64 hex digits, an empty
    /// title or measure, a note too long.
    pub fn read(path: &Path) -> Result<Self, BoardError> {
        let error = |place: Option<String>, reason: String| BoardError {
            file: path.to_owned(),
            place,
            reason,
        };
        let bytes = std::fs::read(path).map_err(|e| {
            let reason = if e.kind() == std::io::ErrorKind::NotFound {
                "no such file".to_owned()
            } else {
                format!("cannot read: {}", e.kind())
            };
            error(None, reason)
        })?;
        let text = std::str::from_utf8(&bytes).map_err(|e| {
            error(
                Some(format!("byte {}", e.valid_up_to())),
                "not UTF-8 text".to_owned(),
            )
        })?;
        Self::from_json(text).map_err(|(place, reason)| error(Some(place), reason))
    }

    /// Parses a board file's text; the error is the place and the reason.
    ///
    /// # Errors
    /// As [`Board::read`], without the file.
    pub fn from_json(text: &str) -> Result<Self, (String, String)> {
        let bare = text.strip_prefix('\u{feff}').unwrap_or(text);
        if bare.trim().is_empty() {
            return Err((
                "line 1, column 1".to_owned(),
                "empty file: no board in it".to_owned(),
            ));
        }
        let board: Self =
            crate::fsutil::read_json(text, "board_version", BOARD_VERSION, |b: &Self| {
                b.board_version
            })?;
        board.check()?;
        Ok(board)
    }

    /// The checks types cannot make; the error is a JSON path and the reason.
    fn check(&self) -> Result<(), (String, String)> {
        let hex =
            |s: &str| s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
        for (k, b) in self.briefings.iter().enumerate() {
            if b.path.trim().is_empty() {
                return Err((format!("briefings[{k}].path"), "empty path".to_owned()));
            }
            if !hex(&b.sha256) {
                return Err((
                    format!("briefings[{k}].sha256"),
                    "not a SHA-256 (64 lower-case hex digits)".to_owned(),
                ));
            }
            if self.briefings[..k].iter().any(|o| o.sha256 == b.sha256) {
                return Err((
                    format!("briefings[{k}].sha256"),
                    "the same briefing is named twice".to_owned(),
                ));
            }
        }
        for (k, s) in self.slides.iter().enumerate() {
            if s.title.trim().is_empty() {
                return Err((format!("slides[{k}].title"), "empty title".to_owned()));
            }
            if s.note.chars().count() > NOTE_MAX_CHARS {
                return Err((
                    format!("slides[{k}].note"),
                    format!("a note has at most {NOTE_MAX_CHARS} characters"),
                ));
            }
            for (j, f) in s.figures.iter().enumerate() {
                let at = |field: &str| format!("slides[{k}].figures[{j}].{field}");
                if f.measure.trim().is_empty() {
                    return Err((at("measure"), "empty measure".to_owned()));
                }
                if self.briefing(&f.briefing).is_none() {
                    return Err((
                        at("briefing"),
                        "a briefing the board does not name under \"briefings\"".to_owned(),
                    ));
                }
                if f.anchor.start > f.anchor.end {
                    return Err((at("anchor"), "the anchor ends before it starts".to_owned()));
                }
            }
        }
        Ok(())
    }

    /// Writes the file atomically (a temporary file beside it, then a rename), making its
    /// folder when it is missing.
    ///
    /// # Errors
    /// A [`BoardError`] naming the file when the folder cannot be made or written.
    pub fn write(&self, path: &Path) -> Result<(), BoardError> {
        let error = |reason: String| BoardError {
            file: path.to_owned(),
            place: None,
            reason,
        };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| error(format!("cannot make the folder: {}", e.kind())))?;
        }
        crate::fsutil::write_atomic(path, self.to_json().as_bytes()).map_err(|e| {
            let text = format!("{e:#}");
            let prefix = format!("{}: ", path.display());
            error(text.strip_prefix(&prefix).unwrap_or(&text).to_owned())
        })
    }

    /// Whether a path names a board file (by its extension).
    #[must_use]
    pub fn is_board_path(path: &Path) -> bool {
        path.extension()
            .is_some_and(|e| e.eq_ignore_ascii_case(EXTENSION))
    }
}
