//! Writing files atomically: a temporary file in the same folder, then a rename, so a reader
//! never sees a half-written file and a failed write leaves nothing behind.

use std::io::Write;
use std::path::Path;

use anyhow::Context;

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
