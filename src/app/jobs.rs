//! Opening files off the UI thread: reading and extracting a file, and the open dialog, as
//! tasks of the one task runner ([`super::tasks`]).

use std::path::PathBuf;

use super::tasks::{Dialog, Tasks, await_dialog};
use crate::loaded::{LoadError, Loaded};

/// What a finished job hands back.
#[derive(Debug)]
pub enum JobOutput {
    /// A file was read: the data, or why not.
    Loaded(Result<Box<Loaded>, LoadError>),
    /// The file dialog closed: the chosen file, if any.
    Picked(Option<PathBuf>),
    /// The platform could not show a file dialog.
    NoDialog,
}

/// The file jobs running now.
#[derive(Default)]
pub struct Jobs {
    tasks: Tasks<JobOutput>,
}

impl Jobs {
    /// Reads and parses (or extracts) a file on a thread.
    pub fn open_path(&mut self, ctx: &egui::Context, path: PathBuf) {
        let label = format!("Opening {}", display_name(&path.display().to_string()));
        self.spawn(ctx, label, move || {
            JobOutput::Loaded(Loaded::open(&path).map(Box::new))
        });
    }

    /// Shows the platform's file dialog; the choice arrives as [`JobOutput::Picked`].
    pub fn pick_file(&mut self, ctx: &egui::Context) {
        // The dialog is created on the UI thread (macOS needs that) and awaited on another.
        let dialog = rfd::AsyncFileDialog::new()
            .set_title("Open a briefing")
            .add_filter("Dataset or transcript", &["json", "txt"])
            .add_filter("All files", &["*"])
            .pick_file();
        self.spawn(
            ctx,
            "Choosing a file".to_owned(),
            move || match await_dialog(dialog) {
                Dialog::Chosen(file) => JobOutput::Picked(Some(file.path().to_owned())),
                Dialog::Closed => JobOutput::Picked(None),
                Dialog::NotShown => JobOutput::NoDialog,
            },
        );
    }

    fn spawn(
        &mut self,
        ctx: &egui::Context,
        label: String,
        work: impl FnOnce() -> JobOutput + Send + 'static,
    ) {
        let file = label.clone();
        self.tasks.spawn(ctx, label, work, move |reason| {
            JobOutput::Loaded(Err(LoadError {
                file,
                place: None,
                reason,
            }))
        });
    }

    /// The outputs of the jobs that have finished since the last call.
    pub fn finished(&mut self) -> Vec<JobOutput> {
        self.tasks.finished(|label| {
            JobOutput::Loaded(Err(LoadError {
                file: label.to_owned(),
                place: None,
                reason: "the work stopped unexpectedly".to_owned(),
            }))
        })
    }

    /// What the first running job is doing, or `None` when idle.
    #[must_use]
    pub fn busy(&self) -> Option<&str> {
        self.tasks.busy()
    }
}

/// The last component of a path, for short messages.
fn display_name(name: &str) -> &str {
    name.rsplit(['/', '\\']).next().unwrap_or(name)
}
