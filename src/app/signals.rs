//! Quitting when the system asks, as when the window is closed: on SIGTERM (`kill`, a
//! logout, a service manager), SIGINT (Ctrl+C in the terminal it was started from) and SIGHUP
//! (that terminal closed). eframe then saves what the app remembers (the briefings open, the
//! page, the slides not saved) on its way out, as it does for a window closed by the user;
//! without this the process ended at once and the next start restored the state of eframe's
//! last periodic save, up to 30 seconds old, or none.
//!
//! The handler is installed once per process through the `ctrlc` crate, which waits for the
//! signal on its own thread: it raises [`QuitSignal::asked`] and wakes the window, whose next
//! frame closes it (`App::logic`).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

/// Whether the system asked the app to quit, and the window to wake when it does.
#[derive(Clone, Debug, Default)]
pub struct QuitSignal {
    /// Raised by the signal handler; read by the app each frame.
    asked: Arc<AtomicBool>,
    /// The window's context once it is open, woken by the handler so that an idle window
    /// (eframe draws only on input) closes at once.
    window: Arc<Mutex<Option<egui::Context>>>,
}

impl QuitSignal {
    /// A signal not yet asked, with no handler installed: tests raise it with [`Self::ask`].
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Installs the process's handler of SIGTERM, SIGINT and SIGHUP: the first raises the
    /// signal, a second ends the process at once (exit status 1).
    ///
    /// # Errors
    /// When a handler is already installed in this process, or the system refuses one
    /// (`ctrlc::Error`); the app then quits on those signals without saving.
    pub fn install() -> Result<Self, ctrlc::Error> {
        let signal = Self::new();
        let handler = signal.clone();
        ctrlc::set_handler(move || {
            if handler.asked() {
                // A second signal while the window is still closing (a frame stuck, say):
                // quit at once, as without a handler.
                std::process::exit(1);
            }
            handler.ask();
        })?;
        Ok(signal)
    }

    /// Wakes `ctx` when the signal comes (the window opened; a second window replaces it).
    pub fn wake(&self, ctx: &egui::Context) {
        *self.window.lock().unwrap_or_else(PoisonError::into_inner) = Some(ctx.clone());
    }

    /// Raises the signal and wakes the window, as the handler does.
    pub fn ask(&self) {
        self.asked.store(true, Ordering::SeqCst);
        if let Some(ctx) = self
            .window
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .as_ref()
        {
            ctx.request_repaint();
        }
    }

    /// Whether the signal came.
    #[must_use]
    pub fn asked(&self) -> bool {
        self.asked.load(Ordering::SeqCst)
    }
}
