//! Bar charts and target timelines drawn with `egui_plot`: one row per mark, the label above
//! the bar (never as a crowded axis tick), the value at the bar's end, a human value axis
//! at the bottom. Room for the value labels is measured in points so nothing clips.

use egui::{Align2, RichText, Sense, Stroke, Ui, Vec2b};
use egui_plot::{
    AxisHints, Bar, BarChart, GridMark, Line, LineStyle, Plot, PlotPoint, PlotUi, Polygon, Text,
};

use crate::charts::{AxisModel, ChartKind, ChartModel, Mark, Scale};
use crate::theme::Tokens;

use super::{PageResponse, mark_colours, mark_response};

/// Where the label sits in a row (from the row's top, in rows).
const LABEL_TOP: f64 = 0.06;
/// Where the bar's lower edge sits in a row (from the row's top, in rows).
const BAR_BOTTOM: f64 = 0.92;

/// The plot-space layout of a chart, measured for the width it gets.
struct Layout {
    /// Number of rows.
    rows: usize,
    /// Width and height of the plot in points.
    size: egui::Vec2,
    /// The x range of the plot, with room for labels on both sides.
    x0: f64,
    x1: f64,
    /// Where bars start (0, or the log axis minimum).
    base: f64,
    /// Plot units per point along x.
    per_px: f64,
    /// Gap between a bar end and its value, in points.
    pad: f32,
    /// The mark labels, shortened with an ellipsis where they would not fit.
    labels: Vec<String>,
    /// Whether the chart is a target timeline.
    timeline: bool,
    /// Where timeline paths start (the briefing year).
    start: f64,
}

/// Draws a [`ChartKind::Bars`] or [`ChartKind::Timeline`] chart.
pub(super) fn plot_ui(
    ui: &mut Ui,
    chart: &ChartModel,
    tokens: &Tokens,
    selected: Option<&str>,
    salt: (&str, usize, usize),
) -> PageResponse {
    let Some(axis) = chart.axis.clone() else {
        return PageResponse::default();
    };
    let layout = measure(ui, chart, &axis, tokens);
    let response = plot(&layout, &axis, tokens, salt).show(ui, |plot_ui| {
        let hovered = if plot_ui.response().hovered() {
            plot_ui
                .pointer_coordinate()
                .and_then(|p| row_at(p.y, layout.rows))
        } else {
            None
        };
        for (i, m) in chart.marks.iter().enumerate() {
            let lit = hovered == Some(i) || selected == Some(m.indicator_id.as_str());
            row(plot_ui, &layout, &axis, tokens, m, i, lit);
        }
        hovered
    });
    let mut out = PageResponse::default();
    if let Some(i) = response.inner
        && let Some(m) = chart.marks.get(i)
    {
        out = mark_response(&response.response, m, tokens);
        out.hovered = Some(m.indicator_id.clone());
    }
    out
}

/// Measures value and tick labels and widens the x range so they fit inside the plot.
fn measure(ui: &Ui, chart: &ChartModel, axis: &AxisModel, tokens: &Tokens) -> Layout {
    let timeline = chart.kind == ChartKind::Timeline;
    let rows = chart.marks.len();
    let width = ui.available_width();
    #[expect(clippy::cast_precision_loss, reason = "a handful of rows")]
    let height = rows as f32 * tokens.row_height + tokens.small_size * 1.8;
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
    let max_label = width - pad * 2.0;
    Layout {
        rows,
        size: egui::vec2(width, height),
        x0: lo - f64::from(left) * per_px,
        x1: lo + f64::from(width - left) * per_px,
        base: if axis.scale == Scale::Log { lo } else { 0.0 },
        per_px,
        pad,
        labels: chart
            .marks
            .iter()
            .map(|m| fit(&m.label, max_label, |s| text_width(s, &font)))
            .collect(),
        timeline,
        start: axis.min + 0.5,
    }
}

/// A plot with fixed bounds and every interaction but hover and click switched off.
fn plot<'a>(
    layout: &Layout,
    axis: &AxisModel,
    tokens: &Tokens,
    salt: (&str, usize, usize),
) -> Plot<'a> {
    let ticks: Vec<f64> = axis.ticks.iter().map(|t| to_x(axis, *t)).collect();
    let step = match ticks.as_slice() {
        [a, b, ..] => b - a,
        _ => layout.x1 - layout.x0,
    };
    let tick_axis = axis.clone();
    let x_axis = AxisHints::new_x()
        .formatter(move |mark: GridMark, _| {
            let v = match tick_axis.scale {
                Scale::Log => 10f64.powf(mark.value),
                Scale::Linear => mark.value,
            };
            tick_axis.tick_label(v)
        })
        .tick_label_color(tokens.text_muted)
        .tick_label_font(Tokens::font(tokens.small_size))
        .label_spacing(egui::Rangef::new(8.0, 9.0));
    #[expect(clippy::cast_precision_loss, reason = "a handful of rows")]
    let rows = layout.rows as f64;
    Plot::new(("briefboard-chart", salt))
        .width(layout.size.x)
        .height(layout.size.y)
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
        .show_axes(Vec2b::new(true, false))
        .show_grid(Vec2b::new(true, false))
        .grid_color(tokens.grid)
        .set_margin_fraction(egui::Vec2::ZERO)
        .include_x(layout.x0)
        .include_x(layout.x1)
        .include_y(-rows)
        .include_y(0.0)
        .custom_x_axes(vec![x_axis])
        .x_grid_spacer(move |_| {
            ticks
                .iter()
                .map(|v| GridMark {
                    value: *v,
                    step_size: step,
                })
                .collect()
        })
        .sense(Sense::click())
}

/// One row: the label, the bar or target marker, the value.
fn row(
    plot_ui: &mut PlotUi<'_>,
    layout: &Layout,
    axis: &AxisModel,
    t: &Tokens,
    m: &Mark,
    i: usize,
    lit: bool,
) {
    #[expect(clippy::cast_precision_loss, reason = "a handful of rows")]
    let top = -(i as f64);
    let x = if layout.timeline {
        m.year().unwrap_or(axis.max)
    } else {
        to_x(axis, m.value)
    };
    let centre = top - BAR_BOTTOM + f64::from(t.bar_fraction) / 2.0;
    if layout.timeline {
        target(plot_ui, layout, t, m, (i, x, centre), lit);
    } else {
        bar(plot_ui, layout, t, m, (i, x, centre), lit);
    }
    let label = RichText::new(&layout.labels[i])
        .size(t.label_size)
        .color(t.text);
    let at = PlotPoint::new(
        layout.x0 + f64::from(layout.pad) * layout.per_px,
        top - LABEL_TOP,
    );
    plot_ui.text(
        Text::new(format!("label-{i}"), at, label)
            .anchor(Align2::LEFT_TOP)
            .allow_hover(false),
    );
    let offset = f64::from(layout.pad + marker_room(layout.timeline, t)) * layout.per_px;
    let (vx, anchor) = if m.value < 0.0 && !layout.timeline {
        (x - offset, Align2::RIGHT_CENTER)
    } else {
        (x.max(layout.base) + offset, Align2::LEFT_CENTER)
    };
    let value = RichText::new(value_text(m))
        .size(t.label_size)
        .strong()
        .color(t.text);
    plot_ui.text(
        Text::new(format!("value-{i}"), PlotPoint::new(vx, centre), value)
            .anchor(anchor)
            .allow_hover(false),
    );
}

/// A horizontal bar from the base to the value: filled, grey for context, outlined for a
/// target; outlined in the highlight colour when selected or hovered.
fn bar(
    plot_ui: &mut PlotUi<'_>,
    layout: &Layout,
    tokens: &Tokens,
    m: &Mark,
    (i, x, centre): (usize, f64, f64),
    lit: bool,
) {
    let (fill, mut stroke) = mark_colours(m, tokens);
    if lit {
        stroke = Stroke::new(tokens.highlight_width, tokens.highlight);
    }
    let b = Bar::new(centre, x - layout.base)
        .base_offset(layout.base)
        .width(f64::from(tokens.bar_fraction))
        .fill(fill)
        .stroke(stroke)
        .horizontal();
    plot_ui.bar_chart(BarChart::new(format!("bar-{i}"), vec![b]).allow_hover(false));
}

/// A target on a year axis: a dashed path from the briefing year to an outlined diamond at
/// the target year.
fn target(
    plot_ui: &mut PlotUi<'_>,
    layout: &Layout,
    tokens: &Tokens,
    m: &Mark,
    (i, x, centre): (usize, f64, f64),
    lit: bool,
) {
    let (fill, stroke) = mark_colours(m, tokens);
    let hue = tokens.theme_colour(&m.theme);
    plot_ui.line(
        Line::new(
            format!("path-{i}"),
            vec![[layout.start, centre], [x, centre]],
        )
        .color(hue)
        .width(tokens.line_width)
        .style(LineStyle::dashed_loose())
        .allow_hover(false),
    );
    let rx = f64::from(tokens.marker_radius) * layout.per_px;
    let ry = f64::from(tokens.marker_radius / tokens.row_height);
    let diamond = vec![
        [x - rx, centre],
        [x, centre + ry],
        [x + rx, centre],
        [x, centre - ry],
    ];
    let stroke = if lit {
        Stroke::new(tokens.highlight_width, tokens.highlight)
    } else if stroke == Stroke::NONE {
        Stroke::new(tokens.line_width, hue)
    } else {
        stroke
    };
    plot_ui.polygon(
        Polygon::new(format!("marker-{i}"), diamond)
            .fill_color(fill)
            .stroke(stroke)
            .allow_hover(false),
    );
}

/// A value's x position: the value, or its base-10 logarithm on a log axis.
fn to_x(axis: &AxisModel, v: f64) -> f64 {
    match axis.scale {
        Scale::Log => v.max(f64::MIN_POSITIVE).log10(),
        Scale::Linear => v,
    }
}

/// The text after a bar: the figure and, if any, its note.
fn value_text(m: &Mark) -> String {
    match &m.note {
        Some(note) => format!("{}  ({note})", m.display),
        None => m.display.clone(),
    }
}

/// Extra room after a timeline marker, which is wider than a bar end.
fn marker_room(timeline: bool, tokens: &Tokens) -> f32 {
    if timeline { tokens.marker_radius } else { 0.0 }
}

/// The row under plot y `y`, if any.
fn row_at(y: f64, n: usize) -> Option<usize> {
    if y > 0.0 {
        return None;
    }
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "checked non-negative, a handful of rows"
    )]
    let row = (-y).floor() as usize;
    (row < n).then_some(row)
}

/// `text` shortened with an ellipsis until `width(text)` fits in `max` points.
fn fit(text: &str, max: f32, width: impl Fn(&str) -> f32) -> String {
    if width(text) <= max {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    for keep in (1..chars.len()).rev() {
        let s = format!("{}…", chars[..keep].iter().collect::<String>().trim_end());
        if width(&s) <= max {
            return s;
        }
    }
    "…".to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_found_from_plot_y() {
        assert_eq!(row_at(-0.5, 3), Some(0));
        assert_eq!(row_at(-2.9, 3), Some(2));
        assert_eq!(row_at(-3.1, 3), None);
        assert_eq!(row_at(0.1, 3), None);
    }

    #[test]
    fn long_labels_are_shortened_to_fit() {
        let w = |s: &str| {
            #[expect(clippy::cast_precision_loss, reason = "short test strings")]
            let n = s.chars().count() as f32;
            n * 10.0
        };
        assert_eq!(fit("short", 100.0, w), "short");
        let f = fit("a rather long label indeed", 100.0, w);
        assert!(w(&f) <= 100.0 && f.ends_with('…'), "{f}");
    }
}
