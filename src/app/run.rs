//! Opening the window.

use super::{App, StartOptions};

/// The name eframe stores the saved state under.
pub const APP_ID: &str = "briefboard";

/// Opens the dashboard and runs it until the window closes.
///
/// # Errors
/// When no window can be opened (no display, no graphics driver).
pub fn run(options: StartOptions) -> anyhow::Result<()> {
    let native = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_app_id(APP_ID)
            .with_title("briefboard")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([720.0, 480.0])
            .with_drag_and_drop(true),
        // The window's position is not remembered. eframe 0.37 would restore a saved position
        // as is on Linux (it drops positions off every monitor only on macOS and clamps them
        // only on Windows), so after a projector is unplugged the window could open on a
        // monitor that is gone; it would also reopen fullscreen when the app was closed while
        // presenting. Instead the window opens centred on the primary monitor, at a size that
        // eframe clamps to the largest monitor. The zoom and everything else the user chose
        // are remembered in `Persisted`, the window size too (`window.rs`).
        persist_window: false,
        centered: true,
        ..Default::default()
    };
    eframe::run_native(
        APP_ID,
        native,
        Box::new(|cc| Ok(Box::new(App::new(cc, options)))),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))
}
