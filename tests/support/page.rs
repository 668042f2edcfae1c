//! A chart page on its own in a harness, themed and rendered through wgpu, and the snapshot
//! options every snapshot test uses.

use briefboard::theme::{self, ThemeChoice};
use egui_kittest::{HarnessBuilder, SnapshotOptions};

/// A harness builder of `size` points at 1 pixel per point, in `choice`'s colours and sizes,
/// rendering through wgpu (Mesa llvmpipe on CI).
pub fn builder<State>(choice: ThemeChoice, size: egui::Vec2) -> HarnessBuilder<State> {
    let egui_theme = if theme::tokens(choice).dark_mode {
        egui::Theme::Dark
    } else {
        egui::Theme::Light
    };
    HarnessBuilder::default()
        .with_size(size)
        .with_pixels_per_point(1.0)
        .with_theme(egui_theme)
        .with_context_setup(move |ctx| theme::apply(ctx, choice))
        .wgpu()
}

/// Same renderer, same data: only anti-aliasing noise may differ, and only a little.
#[must_use]
pub fn snapshot_options() -> SnapshotOptions {
    SnapshotOptions::new().threshold(0.6).max_failed_pixels(0)
}
