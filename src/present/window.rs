//! The window around a presentation: what to save before going fullscreen, the viewport commands
//! that enter and leave, and the zoom factor that fits a slide to the screen.
//!
//! Presentation scale goes through egui's zoom factor, not bigger fonts: while presenting, the
//! zoom is set so that a 1920×1080-pixel screen shows the page at [`SLIDE_SCALE`] times its
//! dashboard size (a canvas of about 1038×584 points), and any other screen shows the same canvas
//! scaled to fit ([`fit_zoom`]). A 1280×800 projector and a 3840×2160 screen thus show the same
//! slide, only coarser or sharper, and the theme's text sizes and line widths, in points, become
//! pixel sizes on the wall that a test checks. The zoom the user chose for the dashboard is saved
//! and put back on leaving.

use egui::{Context, Vec2, ViewportCommand};

/// The screen size, in pixels, at which a slide is drawn at exactly [`SLIDE_SCALE`].
pub const REFERENCE_SIZE: Vec2 = Vec2::new(1920.0, 1080.0);

/// Pixels per point of a slide on a [`REFERENCE_SIZE`] screen. With the projector theme's
/// 22-point titles, 12-point small text and 3-point lines this gives titles of 40.7 px, every
/// text at least 22 px and lines of 5.5 px on a 1920×1080 projector (tested in `slide`).
pub const SLIDE_SCALE: f32 = 1.85;

/// The smallest and largest zoom factor a slide's fit gives: the screen's fit times the
/// user's zoom ([`crate::zoom::RANGE`]) stays readable on a tiny window and sane on a huge one.
const FIT_RANGE: std::ops::RangeInclusive<f32> = 0.25..=5.0;

/// The window as it was before the presentation started, to restore it exactly on leaving.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SavedWindow {
    /// Whether the window was already fullscreen (then it stays so).
    pub fullscreen: bool,
    /// Whether the window was maximized.
    pub maximized: bool,
    /// The inner size in physical pixels: unlike points, pixels do not change with the zoom.
    pub inner_size_px: Vec2,
    /// The dashboard's zoom factor.
    pub zoom_factor: f32,
}

impl SavedWindow {
    /// Reads the root viewport's state and the zoom factor from `ctx`. The size is the
    /// platform's inner rectangle, or the egui content rectangle where the platform does not
    /// report one (tests).
    #[must_use]
    pub fn capture(ctx: &Context) -> Self {
        let (fullscreen, maximized, inner) = ctx.input(|i| {
            let v = i.viewport();
            (
                v.fullscreen.unwrap_or(false),
                v.maximized.unwrap_or(false),
                v.inner_rect,
            )
        });
        let points = inner.unwrap_or_else(|| ctx.content_rect()).size();
        Self {
            fullscreen,
            maximized,
            inner_size_px: points * ctx.pixels_per_point(),
            zoom_factor: ctx.zoom_factor(),
        }
    }

    /// The commands that put the window back: leave fullscreen unless it was fullscreen before,
    /// then maximize again or set the saved size. `pixels_per_point` is the scale the commands
    /// are carried out at: the presentation's, since a new zoom only applies from the next frame.
    #[must_use]
    pub fn restore_commands(&self, pixels_per_point: f32) -> Vec<ViewportCommand> {
        if self.fullscreen {
            return Vec::new();
        }
        let mut commands = vec![ViewportCommand::Fullscreen(false)];
        if self.maximized {
            commands.push(ViewportCommand::Maximized(true));
        } else if pixels_per_point > 0.0 {
            commands.push(ViewportCommand::InnerSize(
                self.inner_size_px / pixels_per_point,
            ));
        }
        commands
    }

    /// Sends [`Self::restore_commands`] to the root viewport and restores the zoom factor.
    pub fn restore(&self, ctx: &Context) {
        for command in self.restore_commands(ctx.pixels_per_point()) {
            ctx.send_viewport_cmd(command);
        }
        ctx.set_zoom_factor(self.zoom_factor);
    }
}

/// Makes the root viewport fullscreen on the monitor it is on.
pub fn enter_fullscreen(ctx: &Context) {
    ctx.send_viewport_cmd(ViewportCommand::Fullscreen(true));
}

/// The zoom factor that shows a slide at [`SLIDE_SCALE`] scaled from [`REFERENCE_SIZE`] to a
/// screen of `pixels` physical pixels whose native scale is `native_pixels_per_point`, times the
/// presenter's own `extra` zoom (1 = fit). The smaller ratio wins: a 16:10 screen gets a
/// taller canvas, not a stretched one.
#[must_use]
pub fn fit_zoom(pixels: Vec2, native_pixels_per_point: f32, extra: f32) -> f32 {
    let scale = (pixels.x / REFERENCE_SIZE.x).min(pixels.y / REFERENCE_SIZE.y);
    let native = if native_pixels_per_point > 0.0 {
        native_pixels_per_point
    } else {
        1.0
    };
    let zoom = scale * SLIDE_SCALE * extra / native;
    if zoom.is_finite() {
        zoom.clamp(*FIT_RANGE.start(), *FIT_RANGE.end())
    } else {
        1.0
    }
}

/// Sets the zoom factor that fits a slide to the window's current size in pixels (which does not
/// change with zoom). Call every frame while presenting. Returns whether the zoom changed: egui
/// applies a new zoom factor from the next pass, so the caller then discards this one.
#[must_use = "when it returns true, discard the pass"]
pub fn fit_to_screen(ctx: &Context, extra: f32) -> bool {
    let pixels = ctx.content_rect().size() * ctx.pixels_per_point();
    let native = ctx.native_pixels_per_point().unwrap_or(1.0);
    let zoom = fit_zoom(pixels, native, extra);
    let changed = (zoom - ctx.zoom_factor()).abs() > 0.005;
    if changed {
        ctx.set_zoom_factor(zoom);
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f32, b: f32) -> bool {
        (a - b).abs() < 1e-5
    }

    #[test]
    fn reference_screen_gets_the_slide_scale() {
        assert!(close(fit_zoom(REFERENCE_SIZE, 1.0, 1.0), SLIDE_SCALE));
        assert!(close(fit_zoom(REFERENCE_SIZE, 1.0, 1.2), SLIDE_SCALE * 1.2));
    }

    #[test]
    fn small_projector_and_4k_screen_fit() {
        // 1280×800 is 16:10: the width limits, so the canvas in points is as wide as on the
        // reference screen and taller.
        let z = fit_zoom(Vec2::new(1280.0, 800.0), 1.0, 1.0);
        let reference_canvas = REFERENCE_SIZE / SLIDE_SCALE;
        assert!(close(1280.0 / z, reference_canvas.x));
        assert!(800.0 / z > reference_canvas.y);
        // A 4K screen shows the same canvas, whatever its native scale.
        for native in [1.0, 2.0] {
            let z = fit_zoom(Vec2::new(3840.0, 2160.0), native, 1.0);
            assert!(close(3840.0 / (z * native), reference_canvas.x));
        }
    }

    #[test]
    fn degenerate_sizes_stay_in_range() {
        assert!(close(fit_zoom(Vec2::ZERO, 1.0, 1.0), 0.25));
        assert!(close(fit_zoom(REFERENCE_SIZE, 0.0, 1.0), SLIDE_SCALE));
        assert!(close(fit_zoom(Vec2::splat(f32::INFINITY), 1.0, 1.0), 1.0));
    }

    #[test]
    fn restore_commands_leave_fullscreen_and_resize() {
        let saved = SavedWindow {
            fullscreen: false,
            maximized: false,
            inner_size_px: Vec2::new(2400.0, 1600.0),
            zoom_factor: 1.2,
        };
        assert_eq!(
            saved.restore_commands(2.0),
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
            maximized.restore_commands(2.0),
            vec![
                ViewportCommand::Fullscreen(false),
                ViewportCommand::Maximized(true)
            ]
        );
        let fullscreen = SavedWindow {
            fullscreen: true,
            ..saved
        };
        assert!(fullscreen.restore_commands(2.0).is_empty());
    }
}
