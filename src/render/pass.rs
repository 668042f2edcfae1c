//! The egui passes of one image, without any GPU: a fresh context, a screen of an exact size in
//! points at a given pixels-per-point, no pointer and no focus, run until egui asks for no
//! more repaints. The offscreen renderer rasterises the last pass's shapes; the vector exports
//! convert them to SVG and PDF. Both see the same shapes for the same page.

use egui::{Context, FullOutput, Pos2, RawInput, Rect, TexturesDelta, Vec2, ViewportId};

/// The most egui passes run before the shapes are taken; egui settles in one or two.
pub const MAX_PASSES: u32 = 6;

/// Runs `ui_fn` on `ctx` over a screen of `points` at `pixels_per_point` until it settles (at
/// most [`MAX_PASSES`] passes). `on_textures` sees every pass's texture changes, in order (the
/// last pass's too) and must apply the new textures and free the old. Returns the last pass's
/// output, its `textures_delta` already handed to `on_textures`.
pub fn run(
    ctx: &Context,
    (points, pixels_per_point): (Vec2, f32),
    max_texture_side: usize,
    mut ui_fn: impl FnMut(&mut egui::Ui),
    mut on_textures: impl FnMut(&mut TexturesDelta),
) -> FullOutput {
    let mut pass = 0;
    loop {
        let mut input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, points)),
            max_texture_side: Some(max_texture_side),
            time: Some(f64::from(pass) / 60.0),
            predicted_dt: 1.0 / 60.0,
            focused: false,
            ..Default::default()
        };
        input
            .viewports
            .entry(ViewportId::ROOT)
            .or_default()
            .native_pixels_per_point = Some(pixels_per_point);
        let mut out = ctx.run_ui(input, &mut ui_fn);
        on_textures(&mut out.textures_delta);
        // What `on_textures` left (a vector export ignores textures) is dropped on purpose.
        out.textures_delta.clear();
        pass += 1;
        let settled = out
            .viewport_output
            .get(&ViewportId::ROOT)
            .is_none_or(|v| !v.repaint_delay.is_zero());
        if settled || pass == MAX_PASSES {
            return out;
        }
    }
}

/// Runs `ui_fn` once on `ctx` over a screen of `points` at `pixels_per_point`: one pass, for a
/// measurement (nothing is drawn from it).
pub fn once(
    ctx: &Context,
    (points, pixels_per_point): (Vec2, f32),
    ui_fn: impl FnMut(&mut egui::Ui),
) {
    let mut input = RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, points)),
        focused: false,
        ..Default::default()
    };
    input
        .viewports
        .entry(ViewportId::ROOT)
        .or_default()
        .native_pixels_per_point = Some(pixels_per_point);
    let mut out = ctx.run_ui(input, ui_fn);
    // Nothing is drawn from a measuring pass: its textures are dropped on purpose.
    out.textures_delta.clear();
}
