//! The loaded data: a dataset, the transcript its mentions point into, and the file they came
//! from, with the one loader that the app and the command line share (file sniffing, the
//! transcript looked up beside a dataset, errors that name the file, the place and the
//! reason). No egui here. Opening a file never changes what is open until it has been read
//! in full.

mod corrected;

use std::path::Path;
use std::sync::Arc;

use crate::dataset::{Dataset, DatasetError, EMBEDDED_SOURCE};

pub use corrected::{Corrected, Places};

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
    fn whole(file: &str, reason: impl Into<String>) -> Self {
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
            Ok(Self::with_source(dataset, text.as_ref().into(), name))
        }
    }

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

    /// The transcript slice of a mention, if the transcript is there and the offsets fit.
    #[must_use]
    pub fn quote_in_source(&self, start: usize, end: usize) -> Option<&str> {
        self.source.as_deref()?.get(start..end)
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
    let joined = crate::sources::join(pages);
    let sha = crate::dataset::sha256_hex(joined.text.as_bytes());
    let file = format!("{}-{}.txt", joined.stem, &sha[..8]);
    let mut dataset =
        crate::extract::extract(&file, joined.text.as_bytes()).map_err(|e| LoadError {
            file: given_name(pages),
            ..extract_error(e)
        })?;
    dataset.source.pages.clone_from(&joined.pages);
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

/// Where the transcript of a file's briefing is: the file named by `source.file` in the
/// file's folder (whether or not it is there), which is the file itself for a transcript.
fn transcript_path(path: &Path, dataset: &Dataset) -> Option<std::path::PathBuf> {
    let file = Path::new(&dataset.source.file).file_name()?;
    Some(path.parent().unwrap_or(Path::new("")).join(file))
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

/// The figures of briefing `b` of a dataset that joins several, as a dataset of that one
/// briefing: its source, its figures (ids made again from their measures, as in their
/// briefing), the speakers who said them and the themes they use.
fn one_briefing(joined: &Dataset, b: usize) -> Dataset {
    let mut indicators: Vec<crate::dataset::Indicator> = joined
        .indicators
        .iter()
        .filter(|i| i.briefing == Some(b))
        .map(|i| crate::dataset::Indicator {
            briefing: None,
            ..i.clone()
        })
        .collect();
    crate::dataset::number_ids(&mut indicators);
    let said = |id: &str| {
        indicators
            .iter()
            .any(|i| i.mentions.iter().any(|m| m.speaker == id))
    };
    Dataset {
        schema_version: joined.schema_version,
        source: joined.briefings[b].clone(),
        speakers: joined
            .speakers
            .iter()
            .filter(|s| said(&s.id))
            .cloned()
            .collect(),
        themes: joined
            .themes
            .iter()
            .filter(|t| indicators.iter().any(|i| i.theme == t.id))
            .cloned()
            .collect(),
        indicators,
        briefings: Vec::new(),
    }
}

/// Whether a file is a dataset (`.json`, or text that starts with `{`) rather than a
/// transcript or a web page.
#[must_use]
pub fn is_dataset(name: &str, bytes: &[u8]) -> bool {
    !crate::sources::is_html(name, bytes) && is_json(name, bytes)
}

/// Whether the file is a dataset: by extension, else by its first character.
fn is_json(name: &str, bytes: &[u8]) -> bool {
    let extension = Path::new(name).extension().and_then(|e| e.to_str());
    match extension.map(str::to_ascii_lowercase).as_deref() {
        Some("json") => return true,
        Some("txt") => return false,
        _ => {}
    }
    let start = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    start.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

/// Runs the dataset's own checks (ids, references, finite values, periods); the first problem
/// becomes the error, with its JSON path as the place.
fn check(name: &str, dataset: &Dataset) -> Result<(), LoadError> {
    let problems = dataset.validate(None);
    let Some(first) = problems.first() else {
        return Ok(());
    };
    let more = match problems.len() - 1 {
        0 => String::new(),
        1 => " (and 1 more problem)".to_owned(),
        n => format!(" (and {n} more problems)"),
    };
    Err(LoadError {
        file: name.to_owned(),
        place: Some(first.path.clone()),
        reason: format!("{}{more}", first.reason),
    })
}

/// Attaches the transcript named by `source.file` when it is beside the dataset and is the same
/// text (SHA-256), else says why it is missing.
fn with_transcript_beside(dataset: Dataset, dir: Option<&Path>, name: &str) -> Loaded {
    let file_name = Path::new(&dataset.source.file)
        .file_name()
        .map(ToOwned::to_owned);
    let (Some(dir), Some(file_name)) = (dir, file_name) else {
        let note = format!("The transcript {} is not available.", dataset.source.file);
        return Loaded::without_source(dataset, note, name);
    };
    let path = dir.join(file_name);
    let Ok(bytes) = std::fs::read(&path) else {
        let note = format!(
            "The transcript is not available: {} was not found beside the dataset.",
            path.display()
        );
        return Loaded::without_source(dataset, note, name);
    };
    if let Some(problem) = dataset.validate(Some(&bytes)).first() {
        let note = format!(
            "The transcript is not available: {} is not the text the dataset was made from \
             ({problem}).",
            path.display()
        );
        return Loaded::without_source(dataset, note, name);
    }
    if let Ok(text) = String::from_utf8(bytes) {
        Loaded::with_source(dataset, text.into(), name)
    } else {
        let note = format!("The transcript {} is not UTF-8 text.", path.display());
        Loaded::without_source(dataset, note, name)
    }
}

/// Extracts the dataset from a transcript's bytes.
///
/// # Errors
/// The extractor's error, as a [`LoadError`] naming the file.
fn extract_transcript(name: &str, bytes: &[u8]) -> Result<Dataset, LoadError> {
    crate::extract::extract(name, bytes).map_err(extract_error)
}

/// The extractor's error as a [`LoadError`].
fn extract_error(e: crate::extract::ExtractError) -> LoadError {
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
