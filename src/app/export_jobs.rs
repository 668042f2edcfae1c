//! The export dialog's work off the UI thread: asking for a file name (rfd's save dialog),
//! rendering, encoding and writing (atomically), and rendering an image for the clipboard.
//! Each job is a task of the one task runner ([`super::tasks`]) and reports one [`Outcome`].

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use super::tasks::{Dialog, Tasks, await_dialog};
use crate::export::ExportPage;
use crate::export::png::{self, PngSize};
use crate::fsutil::write_atomic;
use crate::render::OffscreenRenderer;

/// What is to be saved.
#[derive(Debug, Clone)]
pub enum Payload {
    /// A page, rendered and encoded on the worker.
    Png {
        /// The page as it will be drawn.
        page: Box<ExportPage>,
        /// Image size and scale.
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
    /// The file name suggested in the save dialog.
    fn suggested_name(&self, stem: &str) -> String {
        match self {
            Self::Png { .. } => format!("{stem}.png"),
            Self::Bytes { extension, .. } => format!("{stem}.{extension}"),
        }
    }

    /// The save dialog's filter: (name, extensions).
    fn filter(&self) -> (&'static str, &'static str) {
        match self {
            Self::Png { .. } => ("PNG image", "png"),
            Self::Bytes { extension, .. } => ("Data", extension),
        }
    }
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
    /// Something failed; the message says what and names the file.
    Failed(String),
}

/// The running jobs and the graphics device they share.
#[derive(Default)]
pub struct ExportJobs {
    tasks: Tasks<Outcome>,
    renderer: Arc<Mutex<Option<OffscreenRenderer>>>,
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
        let (filter, ext) = payload.filter();
        let dialog = rfd::AsyncFileDialog::new()
            .set_title("Export")
            .set_file_name(payload.suggested_name(stem))
            .add_filter(filter, &[ext])
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
            with_renderer(&renderer, |r| {
                png::render(r, &page, size).map_err(|e| e.to_string())
            })
            .map_or_else(Outcome::Failed, |img| {
                let [w, h] = [img.width() as usize, img.height() as usize];
                let image = egui::ColorImage::from_rgba_unmultiplied([w, h], img.as_raw());
                Outcome::Copied(image, format!("{} ({w}×{h})", page.model.title))
            })
        });
    }

    /// The outcomes of the jobs finished since the last call.
    pub fn finished(&mut self) -> Vec<Outcome> {
        self.tasks
            .finished(|_| Outcome::Failed("the export stopped unexpectedly".to_owned()))
    }

    fn spawn(
        &mut self,
        ctx: &egui::Context,
        label: &str,
        work: impl FnOnce() -> Outcome + Send + 'static,
    ) {
        self.tasks
            .spawn(ctx, label.to_owned(), work, Outcome::Failed);
    }
}

/// Runs `f` with the shared renderer, opening the graphics device on first use.
fn with_renderer<T>(
    shared: &Mutex<Option<OffscreenRenderer>>,
    f: impl FnOnce(&mut OffscreenRenderer) -> Result<T, String>,
) -> Result<T, String> {
    let mut guard = shared.lock().unwrap_or_else(PoisonError::into_inner);
    if guard.is_none() {
        *guard = Some(OffscreenRenderer::new().map_err(|e| e.to_string())?);
    }
    match guard.as_mut() {
        Some(r) => f(r),
        None => Err("no graphics device".to_owned()),
    }
}

/// Encodes (for a PNG) and writes the payload atomically; `.png`, `.csv` or `.json` is added
/// when the name lacks it.
fn save(renderer: &Mutex<Option<OffscreenRenderer>>, payload: &Payload, path: &Path) -> Outcome {
    let result = match payload {
        Payload::Png { page, size } => {
            let path = png::with_png_extension(path);
            with_renderer(renderer, |r| {
                png::to_png(r, page, *size).map_err(|e| e.to_string())
            })
            .and_then(|bytes| write(&path, &bytes))
            .map(|()| format!("Saved {} ({} pixels)", path.display(), size.pixels()))
        }
        Payload::Bytes {
            bytes,
            what,
            extension,
        } => {
            let path = with_extension(path, extension);
            write(&path, bytes).map(|()| format!("Saved {what} to {}", path.display()))
        }
    };
    result.map_or_else(Outcome::Failed, Outcome::Saved)
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    write_atomic(path, bytes).map_err(|e| format!("{e:#}"))
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
