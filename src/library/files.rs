//! Opening files and folders of briefings, and the window title of what is open.

use super::Library;
use crate::loaded::Loaded;

/// Reads every file of `paths` with [`Loaded::open_parts_with`] and the corrections of
/// `places`; a folder stands for the `.txt`, `.htm`, `.html` and `.json` files in it, in name
/// order (not its sub-folders, nor its corrections files); a web address is fetched
/// ([`Loaded::open_address`]). Transcripts and web pages that are pages of one article (see
/// [`crate::sources::group`]) become one briefing, joined in page order
/// ([`Loaded::from_pages`]). One result per briefing, in the order of their first file: a
/// file that fails does not stop the others.
#[must_use]
pub fn open_all(
    paths: &[std::path::PathBuf],
    places: &crate::loaded::Places,
) -> Vec<Result<Loaded, crate::loaded::LoadError>> {
    let mut files: Vec<Result<std::path::PathBuf, crate::loaded::LoadError>> = Vec::new();
    for path in paths {
        if crate::sources::fetch::is_address(&path.to_string_lossy()) {
            files.push(Ok(path.clone()));
        } else if path.is_dir() {
            match briefing_files(path) {
                Ok(found) if found.is_empty() => files.push(Err(crate::loaded::LoadError {
                    file: path.display().to_string(),
                    place: None,
                    reason: "the folder holds no transcript (.txt), web page (.htm, .html) or \
                             dataset (.json)"
                        .to_owned(),
                })),
                Ok(found) => files.extend(found.into_iter().map(Ok)),
                Err(e) => files.push(Err(crate::loaded::LoadError {
                    file: path.display().to_string(),
                    place: None,
                    reason: e.to_string(),
                })),
            }
        } else {
            files.push(Ok(path.clone()));
        }
    }
    // Each result at the place of its first file; pages wait until all are read.
    let mut out: Vec<(usize, Result<Vec<Loaded>, crate::loaded::LoadError>)> = Vec::new();
    let mut pages: Vec<(usize, crate::sources::Page)> = Vec::new();
    for (at, file) in files.into_iter().enumerate() {
        let path = match file {
            Ok(path) => path,
            Err(e) => {
                out.push((at, Err(e)));
                continue;
            }
        };
        let name = path.display().to_string();
        if crate::sources::fetch::is_address(&name) {
            let limits = crate::sources::fetch::Limits::default();
            let cancel = std::sync::atomic::AtomicBool::new(false);
            let result = Loaded::open_address(&name, &limits, &|_, _| {}, &cancel);
            out.push((at, result.map(|l| vec![l.corrected_pages(places)])));
            continue;
        }
        let Ok(bytes) = std::fs::read(&path) else {
            // Read again by the loader, for its error naming the file.
            out.push((at, Loaded::open_parts_with(&path, places)));
            continue;
        };
        if crate::loaded::is_dataset(&name, &bytes) {
            out.push((at, Loaded::open_parts_with(&path, places)));
        } else {
            let page = crate::sources::read_page(&name, &bytes, None);
            pages.push((at, page));
        }
    }
    let read: Vec<crate::sources::Page> = pages.iter().map(|(_, p)| p.clone()).collect();
    for group in crate::sources::group_indices(&read) {
        let at = group.iter().map(|&k| pages[k].0).min().unwrap_or_default();
        let result = match group.as_slice() {
            [one] if !pages[*one].1.from_html => {
                Loaded::open_parts_with(std::path::Path::new(&pages[*one].1.source), places)
            }
            several => {
                let group: Vec<crate::sources::Page> =
                    several.iter().map(|&k| pages[k].1.clone()).collect();
                Loaded::from_pages(&group).map(|l| vec![l.corrected_pages(places)])
            }
        };
        out.push((at, result));
    }
    out.sort_by_key(|(at, _)| *at);
    // A dataset that joins several briefings gives one result per briefing.
    out.into_iter()
        .flat_map(|(_, r)| match r {
            Ok(parts) => parts.into_iter().map(Ok).collect::<Vec<_>>(),
            Err(e) => vec![Err(e)],
        })
        .collect()
}

/// The `.txt`, `.htm`, `.html` and `.json` files of a folder, in name order, without
/// corrections files.
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
                    ["txt", "json", "htm", "html"]
                        .iter()
                        .any(|x| e.eq_ignore_ascii_case(x))
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
