//! One measure over briefing dates ([`crate::charts::ChartKind::Series`]), drawn with
//! `egui_plot`: years across, the value's human axis up the side, a line through the values
//! reached, a dot for each, an outlined diamond for each target; the value beside the first and
//! last point (and beside every point when there are few), the rest on hover. A click picks the
//! point nearest the pointer.

use egui::{Align2, RichText, Stroke, Ui, Vec2b};
use egui_plot::{AxisHints, GridMark, Line, Plot, PlotPoint, PlotUi, Points, Polygon, Text};

use crate::charts::{AxisModel, ChartModel, Mark, MarkStyle, Scale};
use crate::theme::Tokens;

use super::layout::{grid_marks, still_plot, to_x};
use super::text::value_text;
use super::{PageResponse, mark_colours, plotted_response};

/// The plot's height, in points.
pub(super) const HEIGHT: f32 = 200.0;

/// How near the pointer a point is picked, in points.
const PICK: f32 = 14.0;

/// Every point's value is written when there are at most this many.
const LABEL_ALL: usize = 8;

/// Draws the chart; `salt` keeps the plot's id apart from the page's other charts.
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
    let points: Vec<(usize, [f64; 2])> = chart
        .marks
        .iter()
        .enumerate()
        .filter_map(|(i, m)| Some((i, [m.at?, to_x(&axis, m.value)])))
        .collect();
    let (x0, x1) = points
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), (_, p)| {
            (a.min(p[0]), b.max(p[0]))
        });
    if !x0.is_finite() {
        return PageResponse::default();
    }
    // Room for the values written beside the first and the last point: their width, in
    // years, on a plot about as wide as the card (less the value axis).
    let width = ui.available_width();
    let label = |i: usize| {
        let text = value_text(&chart.marks[i]);
        let font = Tokens::font(tokens.small_size);
        ui.fonts_mut(|f| f.layout_no_wrap(text, font, tokens.text).size().x)
    };
    let widest = points
        .first()
        .into_iter()
        .chain(points.last())
        .map(|(i, _)| label(*i))
        .fold(0.0_f32, f32::max)
        + tokens.marker_radius * 2.0;
    let inner = (width - 70.0 - 2.0 * widest).max(width * 0.3);
    let span = (x1 - x0).max(0.5);
    let pad = span * f64::from(widest / inner);
    let response = plot(&axis, tokens, (x0 - pad, x1 + pad, width), salt).show(ui, |plot_ui| {
        let hovered = if plot_ui.response().hovered() {
            nearest(plot_ui, &points)
        } else {
            None
        };
        draw(plot_ui, chart, tokens, &points, (selected, hovered));
        hovered
    });
    let mut out = plotted_response(&response.response, response.inner, chart, tokens);
    for (i, p) in &points {
        let at = response
            .transform
            .position_from_point(&PlotPoint::new(p[0], p[1]));
        let r = egui::Rect::from_center_size(at, egui::Vec2::splat(tokens.marker_radius * 2.0));
        out.marks.push((chart.marks[*i].indicator_id.clone(), r));
    }
    out
}

/// The plot: fixed bounds, years across, the value axis up the side, no interaction but hover
/// and click.
fn plot<'a>(
    axis: &AxisModel,
    tokens: &Tokens,
    (x0, x1, width): (f64, f64, f32),
    salt: (&str, usize, usize),
) -> Plot<'a> {
    let ticks: Vec<f64> = axis.ticks.iter().map(|t| to_x(axis, *t)).collect();
    let y_axis = axis.clone();
    let y_hints = AxisHints::new_y()
        .formatter(move |mark: GridMark, _| {
            let v = match y_axis.scale {
                Scale::Log => 10f64.powf(mark.value),
                Scale::Linear => mark.value,
            };
            y_axis.tick_label(v)
        })
        .tick_label_color(tokens.text_muted)
        .tick_label_font(Tokens::font(tokens.small_size));
    let x_hints = AxisHints::new_x()
        .formatter(|mark: GridMark, _| format!("{:.0}", mark.value))
        .tick_label_color(tokens.text_muted)
        .tick_label_font(Tokens::font(tokens.small_size))
        .label_spacing(egui::Rangef::new(8.0, 9.0));
    let (first_year, last_year) = (x0.ceil(), x1.floor());
    let years: Vec<f64> = (0..200)
        .map(|k| first_year + f64::from(k))
        .take_while(|y| *y <= last_year)
        .collect();
    let every = (years.len() / 8).max(1);
    let year_lines: Vec<f64> = years.iter().step_by(every).copied().collect();
    let step = match ticks.as_slice() {
        [a, b, ..] => b - a,
        _ => 1.0,
    };
    let (lo, hi) = (
        ticks.first().copied().unwrap_or(0.0),
        ticks.last().copied().unwrap_or(1.0),
    );
    still_plot(
        ("briefboard-series", salt),
        tokens,
        egui::vec2(width, HEIGHT),
    )
    .show_grid(Vec2b::new(true, true))
    .set_margin_fraction(egui::vec2(0.0, 0.08))
    .include_x(x0)
    .include_x(x1)
    .include_y(lo)
    .include_y(hi)
    .custom_x_axes(vec![x_hints])
    .custom_y_axes(vec![y_hints])
    .x_grid_spacer(move |_| grid_marks(&year_lines, 1.0))
    .y_grid_spacer(move |_| grid_marks(&ticks, step))
}

/// The line, the points, the labels.
fn draw(
    plot_ui: &mut PlotUi<'_>,
    chart: &ChartModel,
    tokens: &Tokens,
    points: &[(usize, [f64; 2])],
    (selected, hovered): (Option<&str>, Option<usize>),
) {
    let Some((_, first)) = points.first() else {
        return;
    };
    let hue = chart
        .marks
        .first()
        .map_or(tokens.palette[4], |m| tokens.theme_colour(&m.theme));
    let reached: Vec<[f64; 2]> = points
        .iter()
        .filter(|(i, _)| chart.marks[*i].style != MarkStyle::Target)
        .map(|(_, p)| *p)
        .collect();
    // On a slide of one's own with highlighted figures, the line and the others are greyed
    // and the highlighted values drawn larger in the hue.
    let dimming = chart.marks.iter().any(|m| m.style == MarkStyle::Dimmed);
    let line_colour = if dimming { tokens.context } else { hue };
    plot_ui.line(
        Line::new("line", reached.clone())
            .color(line_colour)
            .width(tokens.line_width)
            .allow_hover(false),
    );
    plot_ui.points(
        Points::new("points", reached)
            .color(line_colour)
            .radius(tokens.marker_radius * 0.6)
            .filled(true)
            .allow_hover(false),
    );
    if dimming {
        let lit: Vec<[f64; 2]> = points
            .iter()
            .filter(|(i, _)| chart.marks[*i].style == MarkStyle::Achieved)
            .map(|(_, p)| *p)
            .collect();
        plot_ui.points(
            Points::new("highlighted", lit)
                .color(hue)
                .radius(tokens.marker_radius)
                .filled(true)
                .allow_hover(false),
        );
    }
    let last = points.last().map_or(first, |(_, p)| p);
    for (n, (i, p)) in points.iter().enumerate() {
        let m = &chart.marks[*i];
        let lit = hovered == Some(*i) || selected == Some(m.indicator_id.as_str());
        if m.style == MarkStyle::Target || lit {
            marker(plot_ui, tokens, m, (*i, *p), lit);
        }
        let ends = n == 0 || std::ptr::eq(p, last);
        if points.len() <= LABEL_ALL || ends || lit {
            let offset = tokens.marker_radius * 1.5;
            let (anchor, dx) = if n == 0 {
                (Align2::RIGHT_CENTER, -offset)
            } else {
                (Align2::LEFT_CENTER, offset)
            };
            let at = plot_ui.screen_from_plot(PlotPoint::new(p[0], p[1]));
            let shifted = plot_ui.plot_from_screen(at + egui::vec2(dx, 0.0));
            let text = RichText::new(value_text(m))
                .size(tokens.small_size)
                .strong()
                .color(tokens.text);
            plot_ui.text(
                Text::new(format!("value-{i}"), shifted, text)
                    .anchor(anchor)
                    .allow_hover(false),
            );
        }
    }
}

/// An outlined diamond for a target, or the highlight ring of a lit point.
fn marker(
    plot_ui: &mut PlotUi<'_>,
    tokens: &Tokens,
    mark: &Mark,
    (index, point): (usize, [f64; 2]),
    lit: bool,
) {
    let (fill, stroke) = mark_colours(mark, tokens);
    let stroke = if lit {
        Stroke::new(tokens.highlight_width, tokens.highlight)
    } else {
        stroke
    };
    let centre = plot_ui.screen_from_plot(PlotPoint::new(point[0], point[1]));
    let radius = tokens.marker_radius;
    let corner = |dx: f32, dy: f32| {
        let at = plot_ui.plot_from_screen(centre + egui::vec2(dx, dy));
        [at.x, at.y]
    };
    let diamond = vec![
        corner(-radius, 0.0),
        corner(0.0, radius),
        corner(radius, 0.0),
        corner(0.0, -radius),
    ];
    plot_ui.polygon(
        Polygon::new(format!("marker-{index}"), diamond)
            .fill_color(fill)
            .stroke(stroke)
            .allow_hover(false),
    );
}

/// The point nearest the pointer, within [`PICK`] points of it.
fn nearest(plot_ui: &PlotUi<'_>, points: &[(usize, [f64; 2])]) -> Option<usize> {
    let pointer = plot_ui.pointer_coordinate()?;
    let at = plot_ui.screen_from_plot(pointer);
    points
        .iter()
        .map(|(i, p)| {
            let screen = plot_ui.screen_from_plot(PlotPoint::new(p[0], p[1]));
            (*i, screen.distance(at))
        })
        .filter(|(_, d)| *d <= PICK)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i)
}
