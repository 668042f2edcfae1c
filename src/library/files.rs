//! Opening files and folders of briefings, and the window title of what is open.

use super::Library;
use crate::loaded::Loaded;

/// Reads every file of `paths` with [`Loaded::open_parts_with`] and the corrections of
/// `places`; a folder stands for the `.txt` and `.json` files in it, in name order (not its
/// sub-folders, nor its corrections files). One result per briefing, in order: a file that
/// fails does not stop the others.
#[must_use]
pub fn open_all(
    paths: &[std::path::PathBuf],
    places: &crate::loaded::Places,
) -> Vec<Result<Loaded, crate::loaded::LoadError>> {
    let mut out: Vec<Result<Vec<Loaded>, crate::loaded::LoadError>> = Vec::new();
    for path in paths {
        if path.is_dir() {
            match briefing_files(path) {
                Ok(files) if files.is_empty() => out.push(Err(crate::loaded::LoadError {
                    file: path.display().to_string(),
                    place: None,
                    reason: "the folder holds no transcript (.txt) or dataset (.json)".to_owned(),
                })),
                Ok(files) => out.extend(files.iter().map(|f| Loaded::open_parts_with(f, places))),
                Err(e) => out.push(Err(crate::loaded::LoadError {
                    file: path.display().to_string(),
                    place: None,
                    reason: e.to_string(),
                })),
            }
        } else {
            out.push(Loaded::open_parts_with(path, places));
        }
    }
    // A dataset that joins several briefings gives one result per briefing.
    out.into_iter()
        .flat_map(|r| match r {
            Ok(parts) => parts.into_iter().map(Ok).collect::<Vec<_>>(),
            Err(e) => vec![Err(e)],
        })
        .collect()
}

/// The `.txt` and `.json` files of a folder, in name order, without corrections files.
fn briefing_files(dir: &std::path::Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.is_file()
                && !p.file_name().is_some_and(|n| {
                    n.to_string_lossy()
                        .ends_with(crate::corrections::FILE_SUFFIX)
                })
                && p.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                    e.eq_ignore_ascii_case("txt") || e.eq_ignore_ascii_case("json")
                })
        })
        .collect();
    files.sort();
    Ok(files)
}

/// The window title: "SCIO briefing on … (2024-07-05) — briefboard" for one briefing,
/// "3 briefings, 2022-01-20 to 2024-07-05 — briefboard" for several.
#[must_use]
pub fn window_title(library: &Library) -> String {
    match library.parts() {
        [] => "briefboard".to_owned(),
        [one] => one_title(one),
        several => {
            let mut dates: Vec<&str> = several
                .iter()
                .map(|p| p.dataset.source.date.as_str())
                .filter(|d| !d.is_empty())
                .collect();
            dates.sort_unstable();
            match (dates.first(), dates.last()) {
                (Some(a), Some(b)) if a != b => {
                    format!("{} briefings, {a} to {b} — briefboard", several.len())
                }
                _ => format!("{} briefings — briefboard", several.len()),
            }
        }
    }
}

/// "SCIO briefing on … (2024-07-05) — briefboard".
fn one_title(data: &Loaded) -> String {
    let source = &data.dataset.source;
    if source.title.is_empty() {
        format!("{} — briefboard", data.name)
    } else {
        format!(
            "{} ({}) — briefboard",
            source.title,
            crate::format::date_or_unknown(&source.date)
        )
    }
}
