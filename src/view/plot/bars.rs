//! Bar charts and target timelines drawn with `egui_plot`: one row per mark, the label above
//! the bar (never as a crowded axis tick), the value at the bar's end, a human value axis
//! at the bottom. Room for the value labels is measured in points so nothing clips.

use egui::{Align2, RichText, Stroke, Ui, Vec2b};
use egui_plot::{
    AxisHints, Bar, BarChart, GridMark, Line, LineStyle, Plot, PlotPoint, PlotUi, Polygon, Text,
};

use crate::charts::{AxisModel, ChartModel, Mark, Scale};
use crate::theme::Tokens;

use super::layout::{Layout, grid_marks, marker_room, measure, still_plot, to_x};
use super::text::value_text;
use super::{PageResponse, mark_colours, plotted_response};

/// Draws a [`crate::charts::ChartKind::Bars`] or [`crate::charts::ChartKind::Timeline`] chart.
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
                .and_then(|p| row_at(p.y, &layout.rows))
        } else {
            None
        };
        for (i, m) in chart.marks.iter().enumerate() {
            let lit = hovered == Some(i) || selected == Some(m.indicator_id.as_str());
            row(plot_ui, &layout, &axis, tokens, m, i, lit);
        }
        hovered
    });
    let mut out = plotted_response(&response.response, response.inner, chart, tokens);
    let t = &response.transform;
    for (m, (top, bottom)) in chart.marks.iter().zip(&layout.rows) {
        let a = t.position_from_point(&PlotPoint::new(layout.x0, -f64::from(*top)));
        let b = t.position_from_point(&PlotPoint::new(layout.x1, -f64::from(*bottom)));
        out.marks
            .push((m.indicator_id.clone(), egui::Rect::from_two_pos(a, b)));
    }
    out
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
    let (first, every) = (ticks.first().copied().unwrap_or(0.0), layout.tick_every);
    let x_axis = AxisHints::new_x()
        .formatter(move |mark: GridMark, _| {
            #[expect(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "a small tick index"
            )]
            let index = ((mark.value - first) / step).round().max(0.0) as usize;
            if !index.is_multiple_of(every) {
                return String::new();
            }
            let v = match tick_axis.scale {
                Scale::Log => 10f64.powf(mark.value),
                Scale::Linear => mark.value,
            };
            tick_axis.tick_label(v)
        })
        .tick_label_color(tokens.text_muted)
        .tick_label_font(Tokens::font(tokens.small_size))
        .label_spacing(egui::Rangef::new(8.0, 9.0));
    let bottom = layout.rows.last().map_or(1.0, |r| f64::from(r.1));
    still_plot(("briefboard-chart", salt), tokens, layout.size)
        .show_axes(Vec2b::new(true, false))
        .show_grid(Vec2b::new(true, false))
        .set_margin_fraction(egui::Vec2::ZERO)
        .include_x(layout.x0)
        .include_x(layout.x1)
        .include_y(-bottom)
        .include_y(0.0)
        .custom_x_axes(vec![x_axis])
        .x_grid_spacer(move |_| grid_marks(&ticks, step))
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
    let top = -f64::from(layout.rows[i].0);
    let x = if layout.timeline {
        m.year().unwrap_or(axis.max)
    } else {
        to_x(axis, m.value)
    };
    let centre = top - f64::from(t.label_gap * 2.0 + layout.label_heights[i] + layout.bar / 2.0);
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
        top - f64::from(t.label_gap),
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
        .width(f64::from(layout.bar))
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
    let ry = f64::from(tokens.marker_radius);
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

/// The row under plot y `y` (minus points from the top), if any.
fn row_at(y: f64, rows: &[(f32, f32)]) -> Option<usize> {
    rows.iter()
        .position(|(top, bottom)| -y >= f64::from(*top) && -y < f64::from(*bottom))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_found_from_plot_y() {
        let rows = [(0.0, 40.0), (40.0, 80.0), (80.0, 140.0)];
        assert_eq!(row_at(-0.5, &rows), Some(0));
        assert_eq!(row_at(-139.0, &rows), Some(2));
        assert_eq!(row_at(-140.5, &rows), None);
        assert_eq!(row_at(0.1, &rows), None);
    }
}
