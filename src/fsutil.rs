//! Writing files atomically: a temporary file in the same folder, then a rename, so a reader
//! never sees a half-written file and a failed write leaves nothing behind. Reading the text
//! of a versioned JSON file ([`read_json`]), with errors that say the place and the reason.

use std::io::Write;
use std::path::Path;

use anyhow::Context;
use serde::de::DeserializeOwned;

/// Parses the text of a versioned JSON file (a board, a corrections file): a byte-order mark
/// is skipped, then the text is read as a `T`, whose version (`version(&value)`, held in the
/// field `field`) must be `expected`.
///
/// # Errors
/// `(place, reason)`, for a person: for text that is not JSON of `T`, the place is
/// `line L, column C` (columns counted from 1) and the reason serde's message without its
/// own " at line …"; for another version, the place is `field` and the reason
/// `version N; this briefboard reads version M`. The caller adds the file.
pub fn read_json<T: DeserializeOwned>(
    text: &str,
    field: &str,
    expected: u32,
    version: impl Fn(&T) -> u32,
) -> Result<T, (String, String)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: T = serde_json::from_str(text).map_err(|e| {
        let reason = e.to_string();
        let reason = reason
            .rfind(" at line ")
            .map_or(reason.as_str(), |n| &reason[..n])
            .to_owned();
        (
            format!("line {}, column {}", e.line(), e.column().max(1)),
            reason,
        )
    })?;
    let found = version(&value);
    if found != expected {
        return Err((
            field.to_owned(),
            format!("version {found}; this briefboard reads version {expected}"),
        ));
    }
    Ok(value)
}

/// Writes `bytes` to `path` atomically (temporary file beside it, then rename).
///
/// # Errors
/// When the folder is missing or read-only, or the disk is full; the error names the path.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    // A temporary file is made readable by its owner only; the file the user asked for gets the
    // usual permissions of a document (rw-r--r--), as any other program's file would.
    let mut builder = tempfile::Builder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o644));
    }
    if !dir.is_dir() {
        anyhow::bail!(
            "{}: the folder {} does not exist",
            path.display(),
            dir.display()
        );
    }
    // The temporary file's own name means nothing to the user: say the folder and the reason.
    let mut tmp = builder.tempfile_in(dir).map_err(|e| {
        anyhow::anyhow!(
            "{}: cannot create a file in {}: {}",
            path.display(),
            dir.display(),
            std::io::Error::from(e.kind())
        )
    })?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .with_context(|| format!("{}: cannot write", path.display()))?;
    tmp.persist(path)
        .with_context(|| format!("{}: cannot replace", path.display()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    /// A versioned format of one field.
    #[derive(Debug, PartialEq, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Tiny {
        tiny_version: u32,
    }

    fn read(text: &str) -> Result<Tiny, (String, String)> {
        super::read_json(text, "tiny_version", 1, |t: &Tiny| t.tiny_version)
    }

    #[test]
    fn a_broken_file_says_the_place_and_the_reason() {
        let at = |place: &str, reason: &str| Err((place.to_owned(), reason.to_owned()));
        assert_eq!(
            read("{\n  \"tiny_version\": \n}"),
            at("line 3, column 1", "expected value")
        );
        assert_eq!(
            read("{\"tiny_version\": 1, \"more\": 2}"),
            at(
                "line 1, column 26",
                "unknown field `more`, expected `tiny_version`"
            )
        );
        // An empty text ends at column 0 by serde's count: the place says column 1.
        assert_eq!(
            read(""),
            at("line 1, column 1", "EOF while parsing a value")
        );
        assert_eq!(
            read("{\"tiny_version\": 2}"),
            at("tiny_version", "version 2; this briefboard reads version 1")
        );
        assert_eq!(
            read("\u{feff}{\"tiny_version\": 1}"),
            Ok(Tiny { tiny_version: 1 })
        );
    }

    #[cfg(unix)]
    #[test]
    fn written_files_are_readable_by_others() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("a folder");
        let path = dir.path().join("chart.png");
        super::write_atomic(&path, b"bytes").expect("written");
        let mode = std::fs::metadata(&path)
            .expect("exists")
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o644);
        assert_eq!(std::fs::read(&path).expect("readable"), b"bytes");
    }

    #[test]
    fn a_missing_folder_is_named() {
        let dir = tempfile::tempdir().expect("a folder");
        let path = dir.path().join("nope").join("deck.pdf");
        let err = format!(
            "{:#}",
            super::write_atomic(&path, b"x").expect_err("no folder")
        );
        assert!(
            err.contains("does not exist") && err.contains("nope"),
            "{err}"
        );
        assert!(!err.contains("os error"), "{err}");
    }
}
