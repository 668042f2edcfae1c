//! Work that must not freeze the window: reading and extracting files, and the file dialog.
//! Each job runs on its own thread and wakes the UI when it is done; while a job runs the UI
//! shows a spinner, and when none runs the app requests no repaints.

use std::future::Future;
use std::path::PathBuf;
use std::sync::{Arc, mpsc};
use std::task::{Context, Poll, Wake};
use std::time::{Duration, Instant};

use super::data::{LoadError, Loaded};

/// A dialog that returns with nothing faster than this was most likely never shown.
const FASTEST_HUMAN_CANCEL: Duration = Duration::from_millis(250);

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

struct Job {
    label: String,
    output: mpsc::Receiver<JobOutput>,
}

/// The jobs running now.
#[derive(Default)]
pub struct Jobs {
    running: Vec<Job>,
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
        self.spawn(ctx, "Choosing a file".to_owned(), move || {
            let shown = Instant::now();
            match block_on(dialog) {
                Some(file) => JobOutput::Picked(Some(file.path().to_owned())),
                None if shown.elapsed() < FASTEST_HUMAN_CANCEL => JobOutput::NoDialog,
                None => JobOutput::Picked(None),
            }
        });
    }

    fn spawn(
        &mut self,
        ctx: &egui::Context,
        label: String,
        work: impl FnOnce() -> JobOutput + Send + 'static,
    ) {
        let (send, output) = mpsc::channel();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            // The receiver is gone only when the app has closed; nothing is left to tell.
            let _ = send.send(work());
            ctx.request_repaint();
        });
        self.running.push(Job { label, output });
    }

    /// The outputs of the jobs that have finished since the last call.
    pub fn finished(&mut self) -> Vec<JobOutput> {
        let mut done = Vec::new();
        self.running.retain(|job| match job.output.try_recv() {
            Ok(output) => {
                done.push(output);
                false
            }
            Err(mpsc::TryRecvError::Empty) => true,
            Err(mpsc::TryRecvError::Disconnected) => {
                done.push(JobOutput::Loaded(Err(LoadError {
                    file: job.label.clone(),
                    place: None,
                    reason: "the work stopped unexpectedly".to_owned(),
                })));
                false
            }
        });
        done
    }

    /// What the first running job is doing, or `None` when idle.
    #[must_use]
    pub fn busy(&self) -> Option<&str> {
        self.running.first().map(|j| j.label.as_str())
    }
}

/// The last component of a path, for short messages.
fn display_name(name: &str) -> &str {
    name.rsplit(['/', '\\']).next().unwrap_or(name)
}

/// Runs a future to completion on the current thread.
fn block_on<F: Future>(future: F) -> F::Output {
    struct Unpark(std::thread::Thread);
    impl Wake for Unpark {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
    }
    let mut future = std::pin::pin!(future);
    let waker = Arc::new(Unpark(std::thread::current())).into();
    let mut cx = Context::from_waker(&waker);
    loop {
        if let Poll::Ready(output) = future.as_mut().poll(&mut cx) {
            return output;
        }
        std::thread::park();
    }
}
