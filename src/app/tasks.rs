//! The one task runner: everything that leaves the UI thread (reading and extracting files,
//! file dialogs, rendering and writing exports) runs here, each task on a named thread that
//! hands back one output and wakes the UI. While a task runs the UI shows what it is doing;
//! when none runs the app requests no repaints.

use std::future::Future;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// A dialog that returns with nothing faster than this was most likely never shown (rfd
/// reports no error when the platform has no dialog to show).
pub const FASTEST_HUMAN_CANCEL: Duration = Duration::from_millis(250);

struct Task<T> {
    label: String,
    output: mpsc::Receiver<T>,
}

/// The tasks running now, each to hand back one `T`.
pub struct Tasks<T> {
    running: Vec<Task<T>>,
}

impl<T> Default for Tasks<T> {
    fn default() -> Self {
        Self {
            running: Vec::new(),
        }
    }
}

impl<T: Send + 'static> Tasks<T> {
    /// Runs `work` on a thread named `briefboard: {label}`; its output arrives through
    /// [`Tasks::finished`]. When no thread can be started, `failed` makes the output at once.
    pub fn spawn(
        &mut self,
        ctx: &egui::Context,
        label: String,
        work: impl FnOnce() -> T + Send + 'static,
        failed: impl FnOnce(String) -> T,
    ) {
        let (send, output) = mpsc::channel();
        let ctx = ctx.clone();
        let thread = std::thread::Builder::new()
            .name(format!("briefboard: {label}"))
            .spawn(move || {
                // The receiver is gone only when the app has closed; nothing is left to tell.
                let _ = send.send(work());
                ctx.request_repaint();
            });
        if let Err(e) = thread {
            let (send, output) = mpsc::channel();
            let _ = send.send(failed(format!("cannot start the work: {e}")));
            self.running.push(Task { label, output });
            return;
        }
        self.running.push(Task { label, output });
    }

    /// The outputs of the tasks finished since the last call; a task whose thread ended
    /// without an output (a panic) gives `lost(label)`.
    pub fn finished(&mut self, lost: impl Fn(&str) -> T) -> Vec<T> {
        let mut done = Vec::new();
        self.running.retain(|task| match task.output.try_recv() {
            Ok(output) => {
                done.push(output);
                false
            }
            Err(mpsc::TryRecvError::Empty) => true,
            Err(mpsc::TryRecvError::Disconnected) => {
                done.push(lost(&task.label));
                false
            }
        });
        done
    }

    /// What the first running task is doing, or `None` when idle.
    #[must_use]
    pub fn busy(&self) -> Option<&str> {
        self.running.first().map(|t| t.label.as_str())
    }
}

/// How a platform dialog ended.
#[derive(Debug)]
pub enum Dialog<T> {
    /// The user chose this.
    Chosen(T),
    /// The user closed the dialog without choosing.
    Closed,
    /// It closed too fast to have been shown: the platform has no dialog to show.
    NotShown,
}

/// Waits for a platform dialog (rfd's future) on a task's thread.
pub fn await_dialog<T>(dialog: impl Future<Output = Option<T>>) -> Dialog<T> {
    let shown = Instant::now();
    match pollster::block_on(dialog) {
        Some(choice) => Dialog::Chosen(choice),
        None if shown.elapsed() < FASTEST_HUMAN_CANCEL => Dialog::NotShown,
        None => Dialog::Closed,
    }
}
