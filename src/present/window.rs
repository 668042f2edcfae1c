//! The window around a presentation: what to save before going fullscreen, the viewport commands
//! that enter and leave, and the zoom factor that fits a slide to the screen.
//!
//! Slides are laid out for a reference screen of [`REFERENCE_SIZE`] points. While presenting, the
//! egui zoom factor is set so that this reference fills the screen (`pixels_per_point` =
//! screen pixels / reference), so a 1280×800 projector and a 3840×2160 screen both show the same
//! slide, only sharper or blurrier. The zoom the user chose for the dashboard is saved and put
//! back on leaving.

use egui::{Context, Vec2, ViewportCommand};

/// The screen size, in points, that slides are designed for: at zoom 1 on a 1920×1080 screen,
/// one point is one pixel.
pub const REFERENCE_SIZE: Vec2 = Vec2::new(1920.0, 1080.0);

/// The smallest and largest zoom factor a presentation uses (egui's own zoom keys stop at
/// 0.2 and 5).
const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.25..=5.0;

/// The window as it was before the presentation started, to restore it exactly on leaving.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SavedWindow {
    /// Whether the window was already fullscreen (then it stays so).
    pub fullscreen: bool,
    /// Whether the window was maximized.
    pub maximized: bool,
    /// The inner size in points at the dashboard's zoom, when the platform reports it.
    pub inner_size: Option<Vec2>,
    /// The dashboard's zoom factor.
    pub zoom_factor: f32,
}

impl SavedWindow {
    /// Reads the root viewport's state and the zoom factor from `ctx`.
    #[must_use]
    pub fn capture(ctx: &Context) -> Self {
        let (fullscreen, maximized, inner_size) = ctx.input(|i| {
            let v = i.viewport();
            (
                v.fullscreen.unwrap_or(false),
                v.maximized.unwrap_or(false),
                v.inner_rect.map(|r| r.size()),
            )
        });
        Self {
            fullscreen,
            maximized,
            inner_size,
            zoom_factor: ctx.zoom_factor(),
        }
    }

    /// The commands that put the window back: leave fullscreen unless it was fullscreen before,
    /// then maximize again or set the saved size.
    #[must_use]
    pub fn restore_commands(&self) -> Vec<ViewportCommand> {
        if self.fullscreen {
            return Vec::new();
        }
        let mut commands = vec![ViewportCommand::Fullscreen(false)];
        if self.maximized {
            commands.push(ViewportCommand::Maximized(true));
        } else if let Some(size) = self.inner_size {
            commands.push(ViewportCommand::InnerSize(size));
        }
        commands
    }

    /// Sends [`Self::restore_commands`] to the root viewport and restores the zoom factor.
    pub fn restore(&self, ctx: &Context) {
        for command in self.restore_commands() {
            ctx.send_viewport_cmd(command);
        }
        ctx.set_zoom_factor(self.zoom_factor);
    }
}

/// Makes the root viewport fullscreen on the monitor it is on.
pub fn enter_fullscreen(ctx: &Context) {
    ctx.send_viewport_cmd(ViewportCommand::Fullscreen(true));
}

/// The zoom factor that makes [`REFERENCE_SIZE`] fill a screen of `pixels` physical pixels whose
/// native scale is `native_pixels_per_point`, times the presenter's own `extra` zoom (1 = fit).
/// The reference keeps its aspect ratio: a 16:10 screen gets taller slides, not stretched ones.
#[must_use]
pub fn fit_zoom(pixels: Vec2, native_pixels_per_point: f32, extra: f32) -> f32 {
    let scale = (pixels.x / REFERENCE_SIZE.x).min(pixels.y / REFERENCE_SIZE.y);
    let native = if native_pixels_per_point > 0.0 {
        native_pixels_per_point
    } else {
        1.0
    };
    let zoom = scale * extra / native;
    if zoom.is_finite() {
        zoom.clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end())
    } else {
        1.0
    }
}

/// Sets the zoom factor that fits a slide to the window's current size in pixels (which does not
/// change with zoom, so this settles in one frame). Call every frame while presenting.
pub fn fit_to_screen(ctx: &Context, extra: f32) {
    let pixels = ctx.content_rect().size() * ctx.pixels_per_point();
    let native = ctx.native_pixels_per_point().unwrap_or(1.0);
    let zoom = fit_zoom(pixels, native, extra);
    if (zoom - ctx.zoom_factor()).abs() > 0.005 {
        ctx.set_zoom_factor(zoom);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_screen_is_zoom_one() {
        assert!((fit_zoom(Vec2::new(1920.0, 1080.0), 1.0, 1.0) - 1.0).abs() < 1e-6);
    }

    #[test]
    fn small_projector_and_4k_screen_fit() {
        // 1280×800 is 16:10: the width limits, the slide gets taller.
        let z = fit_zoom(Vec2::new(1280.0, 800.0), 1.0, 1.0);
        assert!((z - 1280.0 / 1920.0).abs() < 1e-6);
        assert!(REFERENCE_SIZE.y * z <= 800.0);
        // A 4K screen at native scale 2 is already 1920×1080 points.
        assert!((fit_zoom(Vec2::new(3840.0, 2160.0), 2.0, 1.0) - 1.0).abs() < 1e-6);
        assert!((fit_zoom(Vec2::new(3840.0, 2160.0), 1.0, 1.0) - 2.0).abs() < 1e-6);
    }

    #[test]
    fn degenerate_sizes_stay_in_range() {
        assert!((fit_zoom(Vec2::ZERO, 1.0, 1.0) - 0.25).abs() < 1e-6);
        assert!((fit_zoom(Vec2::new(1920.0, 1080.0), 0.0, 1.0) - 1.0).abs() < 1e-6);
        assert!((fit_zoom(Vec2::splat(f32::INFINITY), 1.0, 1.0) - 1.0).abs() < 1e-6);
    }

    #[test]
    fn restore_commands_leave_fullscreen_and_resize() {
        let saved = SavedWindow {
            fullscreen: false,
            maximized: false,
            inner_size: Some(Vec2::new(1200.0, 800.0)),
            zoom_factor: 1.2,
        };
        assert_eq!(
            saved.restore_commands(),
            vec![
                ViewportCommand::Fullscreen(false),
                ViewportCommand::InnerSize(Vec2::new(1200.0, 800.0))
            ]
        );
        let maximized = SavedWindow {
            maximized: true,
            ..saved
        };
        assert_eq!(
            maximized.restore_commands(),
            vec![
                ViewportCommand::Fullscreen(false),
                ViewportCommand::Maximized(true)
            ]
        );
        let fullscreen = SavedWindow {
            fullscreen: true,
            ..saved
        };
        assert!(fullscreen.restore_commands().is_empty());
    }
}
