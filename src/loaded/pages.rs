//! A briefing made from pages (saved web pages, `.txt` copies of pages, pasted text, a web
//! address): joined, extracted and saved in [`crate::sources::copies_dir`] so that it reopens
//! offline; and the pages of an open briefing, to join a further page to.

use std::path::Path;

use super::error::{extract_error, io_words};
use super::{LoadError, Loaded, Places};
use crate::dataset::Dataset;

impl Loaded {
    /// One briefing from its pages (web pages, or `.txt` copies of them), in page order as
    /// [`crate::sources::group`] gives them: joined into one transcript, extracted, and saved
    /// (transcript and dataset) in [`crate::sources::copies_dir`] so that it reopens offline
    /// and its quotes stay checkable. A copy that cannot be saved is a notice, not an error.
    ///
    /// # Errors
    /// A [`LoadError`] naming the first page as given (and how many more there are) when the
    /// joined text is no transcript (empty, say).
    pub fn from_pages(pages: &[crate::sources::Page]) -> Result<Self, LoadError> {
        Self::from_pages_in(pages, Some(&crate::sources::copies_dir()))
    }

    /// Like [`Loaded::from_pages`], saving the copy in `dir` (nowhere when `None`).
    ///
    /// # Errors
    /// As [`Loaded::from_pages`].
    pub fn from_pages_in(
        pages: &[crate::sources::Page],
        dir: Option<&Path>,
    ) -> Result<Self, LoadError> {
        let (dataset, joined) = extract_pages(pages)?;
        let given = given_name(pages);
        let file = dataset.source.file.clone();
        let mut notices = joined.notices;
        let mut name = given;
        if let Some(dir) = dir {
            match save_copy(dir, &file, &joined.text, &dataset) {
                Ok(json) => name = json.display().to_string(),
                Err(e) => notices.push(format!(
                    "{name}: the transcript could not be saved, so the briefing will not reopen \
                     without its pages: {e}"
                )),
            }
        }
        let mut loaded = Self::with_source(dataset, joined.text.into(), &name);
        loaded.notices = notices;
        Ok(loaded)
    }

    /// One briefing from its web address: the page and the other pages of the article that it
    /// links to ([`crate::sources::fetch::fetch_article`]), joined and saved as
    /// [`Loaded::from_pages`] does. Pages that failed are named in [`Loaded::notices`].
    ///
    /// # Errors
    /// A [`LoadError`] naming the address in full when its own page cannot be fetched, is not
    /// a web page, or holds no transcript; or when fetching was cancelled.
    pub fn open_address(
        address: &str,
        limits: &crate::sources::fetch::Limits,
        progress: crate::sources::fetch::Progress<'_>,
        cancel: &std::sync::atomic::AtomicBool,
    ) -> Result<Self, LoadError> {
        let (pages, failed) = fetch_pages(address, limits, progress, cancel)?;
        let mut loaded = Self::from_pages(&pages).map_err(|e| LoadError {
            file: address.to_owned(),
            ..e
        })?;
        for failed in failed {
            loaded
                .notices
                .push(format!("{failed}; the briefing opened without that page"));
        }
        Ok(loaded)
    }

    /// [`Loaded::corrected`] for a briefing made from pages: the corrections beside its
    /// transcript saved in [`crate::sources::copies_dir`] (none when it could not be saved).
    #[must_use]
    pub fn corrected_pages(self, places: &Places) -> Self {
        let transcript = Path::new(&self.name)
            .extension()
            .is_some_and(|e| e == "json")
            .then(|| Path::new(&self.name).with_file_name(&self.dataset.source.file));
        self.corrected(transcript.as_deref(), places)
    }

    /// The briefing's pages, to join a further page to: each page of a transcript made from
    /// pages (its text and source), else the whole transcript as one page; none without a
    /// transcript.
    #[must_use]
    pub fn pages(&self) -> Vec<crate::sources::Page> {
        let Some(text) = self.source.as_deref() else {
            return Vec::new();
        };
        let spans: Vec<(String, &str)> = if self.dataset.source.pages.is_empty() {
            vec![(self.name.clone(), text)]
        } else {
            self.dataset
                .source
                .pages
                .iter()
                .filter_map(|p| {
                    let start = usize::try_from(p.start).ok()?;
                    let end = usize::try_from(p.end).ok()?;
                    Some((p.url.clone(), text.get(start..end)?))
                })
                .collect()
        };
        spans
            .into_iter()
            .map(|(source, text)| {
                let mut page = crate::sources::read_page(&source, text.as_bytes(), None);
                // The text is a transcript already, whatever the source's name says.
                if page.from_html {
                    page = crate::sources::read_page("page.txt", text.as_bytes(), None);
                    page.source = source;
                    page.name_page = crate::sources::name_page(&page.source);
                }
                page
            })
            .collect()
    }
}

/// The pages of the article at a web address, in page order, and the linked pages that
/// failed.
///
/// # Errors
/// As [`Loaded::open_address`].
pub fn fetch_pages(
    address: &str,
    limits: &crate::sources::fetch::Limits,
    progress: crate::sources::fetch::Progress<'_>,
    cancel: &std::sync::atomic::AtomicBool,
) -> Result<
    (
        Vec<crate::sources::Page>,
        Vec<crate::sources::fetch::FetchError>,
    ),
    LoadError,
> {
    let fetched = crate::sources::fetch::fetch_article(address, limits, progress, cancel)
        .map_err(|e| LoadError::whole(&e.url, e.reason))?;
    // In page order when the pages' names or headlines say they are of one article; else as
    // found (pages linked by `rel=next` under other names), the address's own first.
    let groups = crate::sources::group_indices(&fetched.pages);
    let pages = if groups.len() == 1 {
        groups[0]
            .iter()
            .map(|&k| fetched.pages[k].clone())
            .collect()
    } else {
        fetched.pages
    };
    Ok((pages, fetched.failed))
}

/// The pages as the user gave them, for messages: the first page, and how many more.
fn given_name(pages: &[crate::sources::Page]) -> String {
    match pages {
        [] => String::from("(no page)"),
        [one] => one.source.clone(),
        [first, rest @ ..] => format!(
            "{} (and {} more page{})",
            first.source,
            rest.len(),
            if rest.len() == 1 { "" } else { "s" }
        ),
    }
}

/// The dataset of one briefing's pages (in page order) and their joined transcript:
/// `source.file` is the transcript's file name (`content_93644625-1a2b3c4d.txt`, the first
/// page's name and the start of the text's SHA-256) and `source.pages` each page's source
/// and span.
///
/// # Errors
/// A [`LoadError`] naming the first page as given when the joined text is no transcript.
pub fn extract_pages(
    pages: &[crate::sources::Page],
) -> Result<(Dataset, crate::sources::Joined), LoadError> {
    let mut joined = crate::sources::join(pages);
    let sha = crate::dataset::sha256_hex(joined.text.as_bytes());
    let file = format!("{}-{}.txt", joined.stem, &sha[..8]);
    let mut dataset =
        crate::extract::extract(&file, joined.text.as_bytes()).map_err(|e| LoadError {
            file: given_name(pages),
            ..extract_error(e)
        })?;
    dataset.source.pages.clone_from(&joined.pages);
    joined
        .notices
        .extend(super::no_speaker_lines(&given_name(pages), &dataset));
    Ok((dataset, joined))
}

/// Saves a transcript made from pages and its dataset in `dir` (atomically), and returns the
/// dataset's path.
fn save_copy(
    dir: &Path,
    file: &str,
    text: &str,
    dataset: &Dataset,
) -> anyhow::Result<std::path::PathBuf> {
    std::fs::create_dir_all(dir)
        .map_err(|e| anyhow::anyhow!("{}: {}", dir.display(), io_words(&e)))?;
    crate::fsutil::write_atomic(&dir.join(file), text.as_bytes())?;
    let json = dir.join(Path::new(file).with_extension("json"));
    crate::fsutil::write_atomic(&json, dataset.to_json().as_bytes())?;
    Ok(json)
}
