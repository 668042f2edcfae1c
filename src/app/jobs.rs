//! Opening files off the UI thread: reading and extracting a file, and the open dialog, as
//! tasks of the one task runner ([`super::tasks`]).

use std::path::PathBuf;

use super::tasks::{Dialog, Tasks, await_dialog};
use crate::loaded::{LoadError, Loaded};

/// What a finished job hands back.
#[derive(Debug)]
pub enum JobOutput {
    /// Files were read: the data of each, or why not, in the order asked.
    Loaded(Vec<Result<Loaded, LoadError>>),
    /// The file dialog closed: the chosen files, none when cancelled.
    Picked(Vec<PathBuf>),
    /// The platform could not show a file dialog.
    NoDialog,
    /// No save dialog could be shown for the slides: the app asks for the path itself.
    NoSaveDialog,
    /// The dialog for a board file closed: the file chosen to open (`save` false) or to save
    /// to (`save` true); `None` when cancelled.
    BoardPicked {
        /// Whether it was chosen to save to.
        save: bool,
        /// The file, if one was chosen.
        path: Option<PathBuf>,
    },
    /// A web address was fetched (or not); dropped when its progress says cancelled.
    Fetched(
        std::sync::Arc<super::address::Progress>,
        Box<Result<Loaded, LoadError>>,
    ),
    /// Pasted text was read; `replaces` is the SHA-256 of the open briefing it joined.
    Pasted {
        /// The open briefing the pasted page joined, which the result replaces.
        replaces: Option<String>,
        /// The briefing, or why not.
        result: Box<Result<Loaded, LoadError>>,
    },
}

/// The file jobs running now.
#[derive(Default)]
pub struct Jobs {
    tasks: Tasks<JobOutput>,
    /// Where the corrections of the briefings opened are found and kept.
    pub places: crate::loaded::Places,
}

impl Jobs {
    /// Reads and parses (or extracts) files on a thread; a folder stands for the transcripts
    /// and datasets in it (`.txt`, `.json`, in name order).
    pub fn open_paths(&mut self, ctx: &egui::Context, paths: Vec<PathBuf>) {
        let label = match paths.as_slice() {
            [one] => format!("Opening {}", display_name(&one.display().to_string())),
            several => format!("Opening {} files", several.len()),
        };
        // Absolute paths, so that the list of open files is found again from any folder.
        let paths: Vec<PathBuf> = paths
            .into_iter()
            .map(|p| std::fs::canonicalize(&p).unwrap_or(p))
            .collect();
        let places = self.places.clone();
        self.spawn(ctx, label, move || {
            JobOutput::Loaded(crate::library::open_all(&paths, &places))
        });
    }

    /// Fetches the briefing at a web address and its other pages on a thread, telling
    /// `progress` as pages arrive (and waking the UI).
    pub fn open_address(
        &mut self,
        ctx: &egui::Context,
        address: String,
        progress: std::sync::Arc<super::address::Progress>,
    ) {
        let label = format!("Opening {address}");
        let waker = ctx.clone();
        let places = self.places.clone();
        self.spawn(ctx, label, move || {
            let limits = crate::sources::fetch::Limits::default();
            let tell = |done: usize, known: usize| {
                progress
                    .done
                    .store(done, std::sync::atomic::Ordering::Relaxed);
                progress
                    .known
                    .store(known, std::sync::atomic::Ordering::Relaxed);
                waker.request_repaint();
            };
            let result = Loaded::open_address(&address, &limits, &tell, &progress.cancel)
                .map(|l| l.corrected_pages(&places));
            JobOutput::Fetched(progress, Box::new(result))
        });
    }

    /// Reads pasted text as a page on a thread: joined with `join` (the pages of the open
    /// briefing it is a further page of, and that briefing's SHA-256) when given.
    pub fn paste(
        &mut self,
        ctx: &egui::Context,
        page: crate::sources::Page,
        join: Option<(Vec<crate::sources::Page>, String)>,
    ) {
        let places = self.places.clone();
        self.spawn(ctx, "Opening the pasted text".to_owned(), move || {
            let (pages, replaces) = match join {
                Some((mut pages, sha)) => {
                    pages.push(page);
                    let order = crate::sources::group_indices(&pages);
                    let pages = if order.len() == 1 {
                        order[0].iter().map(|&k| pages[k].clone()).collect()
                    } else {
                        pages
                    };
                    (pages, Some(sha))
                }
                None => (vec![page], None),
            };
            let result = Loaded::from_pages(&pages).map(|l| l.corrected_pages(&places));
            JobOutput::Pasted {
                replaces,
                result: Box::new(result),
            }
        });
    }

    /// Shows the platform's file dialog; the choice arrives as [`JobOutput::Picked`].
    pub fn pick_file(&mut self, ctx: &egui::Context) {
        // The dialog is created on the UI thread (macOS needs that) and awaited on another.
        let dialog = rfd::AsyncFileDialog::new()
            .set_title("Open a briefing")
            .add_filter(
                "Dataset, transcript or web page",
                &["json", "txt", "htm", "html"],
            )
            .add_filter("All files", &["*"])
            .pick_files();
        self.spawn(
            ctx,
            "Choosing a file".to_owned(),
            move || match await_dialog(dialog) {
                Dialog::Chosen(files) => {
                    JobOutput::Picked(files.iter().map(|f| f.path().to_owned()).collect())
                }
                Dialog::Closed => JobOutput::Picked(Vec::new()),
                Dialog::NotShown => JobOutput::NoDialog,
            },
        );
    }

    /// Shows the platform's dialog for a board file (`.briefboard`): to open one, or (`save`)
    /// to save to, proposing `name`; the choice arrives as [`JobOutput::BoardPicked`].
    pub fn pick_board(&mut self, ctx: &egui::Context, save: bool, name: &str) {
        let ext = crate::board::EXTENSION;
        let dialog = rfd::AsyncFileDialog::new()
            .set_title(if save { "Save slides" } else { "Open slides" })
            .add_filter("briefboard slides", &[ext]);
        let label = if save {
            "Choosing where to save the slides"
        } else {
            "Choosing slides to open"
        };
        if save {
            let dialog = dialog.set_file_name(name).save_file();
            self.spawn(ctx, label.to_owned(), move || match await_dialog(dialog) {
                Dialog::Chosen(file) => JobOutput::BoardPicked {
                    save,
                    path: Some(file.path().to_owned()),
                },
                Dialog::Closed => JobOutput::BoardPicked { save, path: None },
                Dialog::NotShown => JobOutput::NoSaveDialog,
            });
        } else {
            let dialog = dialog.pick_file();
            self.spawn(ctx, label.to_owned(), move || match await_dialog(dialog) {
                Dialog::Chosen(file) => JobOutput::BoardPicked {
                    save,
                    path: Some(file.path().to_owned()),
                },
                Dialog::Closed => JobOutput::BoardPicked { save, path: None },
                Dialog::NotShown => JobOutput::NoDialog,
            });
        }
    }

    fn spawn(
        &mut self,
        ctx: &egui::Context,
        label: String,
        work: impl FnOnce() -> JobOutput + Send + 'static,
    ) {
        let file = label.clone();
        self.tasks.spawn(ctx, label, work, move |reason| {
            JobOutput::Loaded(vec![Err(LoadError {
                file,
                place: None,
                reason,
            })])
        });
    }

    /// The outputs of the jobs that have finished since the last call.
    pub fn finished(&mut self) -> Vec<JobOutput> {
        self.tasks.finished(|label| {
            JobOutput::Loaded(vec![Err(LoadError {
                file: label.to_owned(),
                place: None,
                reason: "the work stopped unexpectedly".to_owned(),
            })])
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
