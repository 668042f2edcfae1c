//! The export dialog's work off the UI thread: asking for a file name (rfd's save dialog),
//! rendering, encoding and writing (atomically), and rendering an image for the clipboard.
//! Each job is a task of the one task runner ([`super::tasks`]) and reports one [`Outcome`].

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use super::tasks::{Dialog, Tasks, await_dialog};
use crate::dataset::Dataset;
use crate::export::file::page_files;
use crate::export::png::{self, PngSize};
use crate::export::{ExportError, ExportPage, Format, Renderer, deck};
use crate::fsutil::write_atomic;

/// What is to be saved.
#[derive(Debug, Clone)]
pub enum Payload {
    /// A page as PNG, SVG or PDF, made on the worker.
    Page {
        /// The page as it will be drawn.
        page: Box<ExportPage>,
        /// The data it is drawn from (a PDF's Sources page quotes it).
        dataset: Arc<Dataset>,
        /// The file format.
        format: Format,
        /// Image size and scale.
        size: PngSize,
    },
    /// The slides as a PDF deck with their Sources pages.
    Deck {
        /// The slides, in presentation order.
        slides: Vec<ExportPage>,
        /// The data they are drawn from.
        dataset: Arc<Dataset>,
        /// The page size.
        size: PngSize,
    },
    /// Bytes ready to write (CSV, JSON), with what they hold for the message.
    Bytes {
        /// The file's bytes.
        bytes: Vec<u8>,
        /// "12 figures as CSV".
        what: String,
        /// The extension to add when the name has none (`csv`, `json`).
        extension: &'static str,
    },
}

impl Payload {
    /// The extension of the file.
    #[must_use]
    pub fn extension(&self) -> &'static str {
        match self {
            Self::Page { format, .. } => format.extension(),
            Self::Deck { .. } => Format::Pdf.extension(),
            Self::Bytes { extension, .. } => extension,
        }
    }

    /// The save dialog's filter name.
    fn filter_name(&self) -> &'static str {
        match self {
            Self::Page { format, .. } => format.label(),
            Self::Deck { .. } => Format::Pdf.label(),
            Self::Bytes { .. } => "Data",
        }
    }
}

/// Why a job failed.
#[derive(Debug, thiserror::Error)]
pub enum JobError {
    /// The export could not be made.
    #[error("{}: cannot export: {source}", path.display())]
    Export {
        /// The file it was for.
        path: PathBuf,
        /// Why.
        source: ExportError,
    },
    /// The clipboard image could not be made.
    #[error("cannot copy the chart: {0}")]
    Copy(ExportError),
    /// The file could not be written (the message names it).
    #[error("{0:#}")]
    Write(anyhow::Error),
    /// The worker stopped without an answer.
    #[error("the export stopped unexpectedly: {0}")]
    Stopped(String),
}

/// How a job ended.
#[derive(Debug)]
pub enum Outcome {
    /// The file was written.
    Saved(String),
    /// The image is ready for the clipboard.
    Copied(egui::ColorImage, String),
    /// The user closed the save dialog without choosing.
    Cancelled,
    /// No save dialog could be shown; the payload waits for a typed path.
    NoDialog(Box<Payload>),
    /// Something failed; the error says what and names the file.
    Failed(JobError),
}

/// The running jobs and the graphics device they share.
#[derive(Default)]
pub struct ExportJobs {
    tasks: Tasks<Outcome>,
    renderer: Arc<Mutex<Renderer>>,
}

impl ExportJobs {
    /// Whether a job is running.
    #[must_use]
    pub fn busy(&self) -> bool {
        self.tasks.busy().is_some()
    }

    /// Asks for a file name with the platform's save dialog (created here, on the UI thread,
    /// as macOS needs), then saves the payload there on a worker thread.
    pub fn save_with_dialog(&mut self, ctx: &egui::Context, payload: Payload, stem: &str) {
        let ext = payload.extension();
        let dialog = rfd::AsyncFileDialog::new()
            .set_title("Export")
            .set_file_name(format!("{stem}.{ext}"))
            .add_filter(payload.filter_name(), &[ext])
            .save_file();
        let renderer = Arc::clone(&self.renderer);
        self.spawn(ctx, "Choosing where to save", move || {
            match await_dialog(dialog) {
                Dialog::Chosen(file) => save(&renderer, &payload, file.path()),
                Dialog::Closed => Outcome::Cancelled,
                Dialog::NotShown => Outcome::NoDialog(Box::new(payload)),
            }
        });
    }

    /// Saves the payload to a path the user typed.
    pub fn save_to(&mut self, ctx: &egui::Context, payload: Payload, path: PathBuf) {
        let renderer = Arc::clone(&self.renderer);
        self.spawn(ctx, "Saving", move || save(&renderer, &payload, &path));
    }

    /// Renders the page for the clipboard.
    pub fn copy(&mut self, ctx: &egui::Context, page: ExportPage, size: PngSize) {
        let renderer = Arc::clone(&self.renderer);
        self.spawn(ctx, "Copying the chart", move || {
            let mut renderer = renderer.lock().unwrap_or_else(PoisonError::into_inner);
            let image = renderer
                .get()
                .map_err(ExportError::from)
                .and_then(|r| png::render(r, &page, size).map_err(ExportError::from));
            match image {
                Ok(img) => {
                    let [w, h] = [img.width() as usize, img.height() as usize];
                    let image = egui::ColorImage::from_rgba_unmultiplied([w, h], img.as_raw());
                    Outcome::Copied(image, format!("{} ({w}×{h})", page.model.title))
                }
                Err(e) => Outcome::Failed(JobError::Copy(e)),
            }
        });
    }

    /// The outcomes of the jobs finished since the last call.
    pub fn finished(&mut self) -> Vec<Outcome> {
        self.tasks
            .finished(|e| Outcome::Failed(JobError::Stopped(e.to_string())))
    }

    fn spawn(
        &mut self,
        ctx: &egui::Context,
        label: &str,
        work: impl FnOnce() -> Outcome + Send + 'static,
    ) {
        self.tasks.spawn(ctx, label.to_owned(), work, |e| {
            Outcome::Failed(JobError::Stopped(e))
        });
    }
}

/// Makes (for a page or a deck) and writes the payload atomically; the format's extension is
/// added when the name lacks it.
fn save(renderer: &Mutex<Renderer>, payload: &Payload, path: &Path) -> Outcome {
    let path = with_extension(path, payload.extension());
    let made = match payload {
        Payload::Page {
            page,
            dataset,
            format,
            size,
        } => {
            let mut renderer = renderer.lock().unwrap_or_else(PoisonError::into_inner);
            let files = page_files(page, dataset, (*format, *size), &path, &mut renderer);
            return match files {
                Ok(files) => write_all(&files, *format, *size),
                Err(source) => Outcome::Failed(JobError::Export { path, source }),
            };
        }
        Payload::Deck {
            slides,
            dataset,
            size,
        } => deck::to_pdf(slides, dataset, *size)
            .map_err(ExportError::from)
            .map(|bytes| {
                let what = format!("{} slides and their sources", slides.len());
                (bytes, format!("Saved {what} to {}", path.display()))
            }),
        Payload::Bytes { bytes, what, .. } => {
            Ok((bytes.clone(), format!("Saved {what} to {}", path.display())))
        }
    };
    let (bytes, message) = match made {
        Ok(made) => made,
        Err(source) => return Outcome::Failed(JobError::Export { path, source }),
    };
    match write_atomic(&path, &bytes) {
        Ok(()) => Outcome::Saved(message),
        Err(e) => Outcome::Failed(JobError::Write(e)),
    }
}

/// Writes the files of one page (several when it continues on further slides): "Saved
/// water.png (1920×1080 pixels)", "… and 2 more slides beside it".
fn write_all(files: &[(PathBuf, Vec<u8>)], format: Format, size: PngSize) -> Outcome {
    for (path, bytes) in files {
        if let Err(e) = write_atomic(path, bytes) {
            return Outcome::Failed(JobError::Write(e));
        }
    }
    let first = files
        .first()
        .map(|(p, _)| p.display().to_string())
        .unwrap_or_default();
    let what = match format {
        Format::Png => format!(" ({} pixels)", size.pixels()),
        Format::Svg | Format::Pdf => String::new(),
    };
    let more = match files.len() {
        0 | 1 => String::new(),
        2 => ", and the page's next slide beside it".to_owned(),
        n => format!(", and the page's {} next slides beside it", n - 1),
    };
    Outcome::Saved(format!("Saved {first}{what}{more}"))
}

/// `path` with `.ext` appended when its extension is not `ext` (any case).
fn with_extension(path: &Path, ext: &str) -> PathBuf {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(ext))
    {
        path.to_owned()
    } else {
        let mut name = path.as_os_str().to_owned();
        name.push(".");
        name.push(ext);
        PathBuf::from(name)
    }
}
