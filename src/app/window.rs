//! The window's size, remembered between runs (its position is not: see `run.rs`).

use super::Persisted;

/// Restores and remembers the window's inner size.
#[derive(Debug, Default)]
pub struct WindowSize {
    restored: bool,
}

impl WindowSize {
    /// On the first frame, asks for the saved size (clamped to the monitor the window is on);
    /// afterwards, records the size the window has whenever it is not fullscreen, so that
    /// presenting never overwrites the dashboard's size.
    pub fn track(&mut self, ctx: &egui::Context, state: &mut Persisted) {
        let (inner, monitor, fullscreen) = ctx.input(|i| {
            let v = i.viewport();
            (
                v.inner_rect.map(|r| r.size()),
                v.monitor_size,
                v.fullscreen.unwrap_or(false),
            )
        });
        if !self.restored {
            self.restored = true;
            if let Some([w, h]) = state.window_size {
                let mut size = egui::vec2(w, h);
                if let Some(monitor) = monitor {
                    size = size.min(monitor);
                }
                ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(size));
            }
            return;
        }
        if !fullscreen && let Some(size) = inner {
            state.window_size = Some([size.x, size.y]);
        }
    }
}
