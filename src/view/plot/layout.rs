//! The layout of a bar chart or timeline, measured for the width it gets: rows sized to
//! their (possibly two-line) labels, and an x range wide enough that every value label and
//! tick label ends inside the plot.

use egui::Ui;

use crate::charts::{AxisModel, ChartKind, ChartModel, Scale};
use crate::theme::Tokens;

use super::text::{value_text, wrap2};

/// The plot-space layout of a chart, measured for the width it gets.
pub(super) struct Layout {
    /// Where each row starts and ends, in points from the top (plot y is minus this).
    pub(super) rows: Vec<(f32, f32)>,
    /// Height of each row's label block, in points.
    pub(super) label_heights: Vec<f32>,
    /// Thickness of a bar, in points.
    pub(super) bar: f32,
    /// Width and height of the plot in points.
    pub(super) size: egui::Vec2,
    /// The x range of the plot, with room for labels on both sides.
    pub(super) x0: f64,
    pub(super) x1: f64,
    /// Where bars start (0, or the log axis minimum).
    pub(super) base: f64,
    /// Plot units per point along x.
    pub(super) per_px: f64,
    /// Gap between a bar end and its value, in points.
    pub(super) pad: f32,
    /// The mark labels, shortened with an ellipsis where they would not fit.
    pub(super) labels: Vec<String>,
    /// Label every n-th tick, so tick labels keep a gap between them.
    pub(super) tick_every: usize,
    /// Whether the chart is a target timeline.
    pub(super) timeline: bool,
    /// Where timeline paths start (the briefing year).
    pub(super) start: f64,
}

/// Measures value and tick labels and widens the x range so they fit inside the plot.
pub(super) fn measure(ui: &Ui, chart: &ChartModel, axis: &AxisModel, tokens: &Tokens) -> Layout {
    let timeline = chart.kind == ChartKind::Timeline;
    let width = ui.available_width();
    let (lo, hi) = (to_x(axis, axis.min), to_x(axis, axis.max));
    let font = Tokens::font(tokens.label_size);
    let small = Tokens::font(tokens.small_size);
    let text_width = |s: &str, f: &egui::FontId| {
        ui.painter()
            .layout_no_wrap(s.to_owned(), f.clone(), tokens.text)
            .size()
            .x
    };
    let pad = tokens.spacing * 0.75;
    // Left: room for values of negative bars and half the first tick label.
    let mut left = axis.ticks.first().map_or(0.0, |t| {
        text_width(&axis.tick_label(*t), &small) / 2.0 + 2.0
    });
    // Right: each value label must end inside the plot, and so must the last tick label.
    // `scale` is points per plot unit; the tightest mark decides it.
    let mut needs: Vec<(f64, f32)> = Vec::new();
    for m in &chart.marks {
        let w = text_width(&value_text(m), &font) + pad * 2.0 + marker_room(timeline, tokens);
        if m.value < 0.0 && !timeline {
            left = left.max(w);
        } else {
            let x = if timeline {
                m.year().unwrap_or(axis.max)
            } else {
                to_x(axis, m.value)
            };
            needs.push((x, w));
        }
    }
    if let Some(t) = axis.ticks.last() {
        needs.push((
            to_x(axis, *t),
            text_width(&axis.tick_label(*t), &small) / 2.0 + 2.0,
        ));
    }
    let room = |w: f32| f64::from((width - left - w).max(40.0));
    let scale = needs
        .iter()
        .filter(|(x, _)| *x > lo)
        .map(|(x, w)| room(*w) / (x - lo))
        .fold(room(0.0) / (hi - lo).max(f64::MIN_POSITIVE), f64::min);
    let per_px = 1.0 / scale;
    let widest_tick = axis
        .ticks
        .iter()
        .map(|t| text_width(&axis.tick_label(*t), &small))
        .fold(0.0, f32::max);
    let tick_step = match axis.ticks.as_slice() {
        [a, b, ..] => (to_x(axis, *b) - to_x(axis, *a)) * scale,
        _ => f64::INFINITY,
    };
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a small positive count"
    )]
    let tick_every = (f64::from(widest_tick + 3.0 * pad) / tick_step)
        .ceil()
        .clamp(1.0, 64.0) as usize;
    let max_label = width - pad * 2.0;
    let labels: Vec<String> = chart
        .marks
        .iter()
        .map(|m| wrap2(&m.label, max_label, |s| text_width(s, &font)))
        .collect();
    let label_heights: Vec<f32> = labels
        .iter()
        .map(|l| {
            ui.painter()
                .layout_no_wrap(l.clone(), font.clone(), tokens.text)
                .size()
                .y
        })
        .collect();
    let bar = tokens.row_height * tokens.bar_fraction;
    let mut rows = Vec::new();
    let mut y = 0.0;
    for h in &label_heights {
        let end = y + tokens.label_gap + h + tokens.label_gap + bar + tokens.row_gap;
        rows.push((y, end));
        y = end;
    }
    let height = y + tokens.small_size * 1.8;
    Layout {
        rows,
        label_heights,
        bar,
        size: egui::vec2(width, height),
        x0: lo - f64::from(left) * per_px,
        x1: lo + f64::from(width - left) * per_px,
        base: if axis.scale == Scale::Log { lo } else { 0.0 },
        per_px,
        pad,
        labels,
        tick_every,
        timeline,
        start: axis.min + 0.5,
    }
}

/// A value's x position: the value, or its base-10 logarithm on a log axis.
pub(super) fn to_x(axis: &AxisModel, v: f64) -> f64 {
    match axis.scale {
        Scale::Log => v.max(f64::MIN_POSITIVE).log10(),
        Scale::Linear => v,
    }
}

/// Extra room after a timeline marker, which is wider than a bar end.
pub(super) fn marker_room(timeline: bool, tokens: &Tokens) -> f32 {
    if timeline { tokens.marker_radius } else { 0.0 }
}

/// Grid lines at `ticks` (plot coordinates), `step` apart, for a plot's grid spacer.
pub(super) fn grid_marks(ticks: &[f64], step: f64) -> Vec<egui_plot::GridMark> {
    ticks
        .iter()
        .map(|&value| egui_plot::GridMark {
            value,
            step_size: step,
        })
        .collect()
}

/// A plot that stays still: fixed bounds, no background, no pan, zoom, crosshair or hover
/// readout, only hover and click for the marks; the grid in the theme's colour.
pub(super) fn still_plot<'a>(
    id: impl std::hash::Hash + std::fmt::Debug,
    tokens: &Tokens,
    size: egui::Vec2,
) -> egui_plot::Plot<'a> {
    egui_plot::Plot::new(id)
        .width(size.x)
        .height(size.y)
        .show_x(false)
        .show_y(false)
        .show_crosshair(false)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .allow_axis_zoom_drag(false)
        .show_background(false)
        .grid_color(tokens.grid)
        .sense(egui::Sense::click())
}
