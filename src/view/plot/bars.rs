//! Bar charts and target timelines drawn with egui_plot: one row per mark, the label above
//! the bar (never as a crowded axis tick), the value at the bar's end, a human value axis
//! at the bottom. Room for the value labels is measured in points so nothing clips.

use egui::{Align2, RichText, Sense, Stroke, Ui, Vec2b};
use egui_plot::{
    AxisHints, Bar, BarChart, GridMark, Line, LineStyle, Plot, PlotPoint, Polygon, Text,
};

use crate::charts::{ChartKind, ChartModel, Mark, Scale};
use crate::theme::Tokens;

use super::{PageResponse, mark_colours, mark_response};

/// Where the label sits in a row (from the row's top, in rows).
const LABEL_TOP: f64 = 0.06;
/// Where the bar's lower edge sits in a row (from the row's top, in rows).
const BAR_BOTTOM: f64 = 0.92;

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
    let timeline = chart.kind == ChartKind::Timeline;
    let n = chart.marks.len();
    #[expect(clippy::cast_precision_loss, reason = "a handful of rows")]
    let rows = n as f64;
    let width = ui.available_width();
    let axis_height = tokens.small_size * 1.8;
    #[expect(clippy::cast_possible_truncation, reason = "a handful of rows")]
    let height = rows as f32 * tokens.row_height + axis_height;
    let to_x = move |v: f64| match axis.scale {
        Scale::Log => v.max(f64::MIN_POSITIVE).log10(),
        Scale::Linear => v,
    };
    let (lo, hi) = (to_x(axis.min), to_x(axis.max));

    // Measure the value labels and the outer tick labels, then widen the x range so that
    // they fit inside the plot.
    let font = Tokens::font(tokens.label_size);
    let small = Tokens::font(tokens.small_size);
    let measure = |s: &str, f: &egui::FontId| {
        ui.painter()
            .layout_no_wrap(s.to_owned(), f.clone(), tokens.text)
            .size()
            .x
    };
    let pad = tokens.spacing * 0.75;
    let mut right = 0.0_f32;
    let mut left = 0.0_f32;
    for m in &chart.marks {
        let w = measure(&value_text(m), &font) + pad * 2.0 + marker_room(timeline, tokens);
        if m.value < 0.0 && !timeline {
            left = left.max(w);
        } else {
            right = right.max(w);
        }
    }
    if let (Some(first), Some(last)) = (axis.ticks.first(), axis.ticks.last()) {
        left = left.max(measure(&axis.tick_label(*first), &small) / 2.0 + 2.0);
        right = right.max(measure(&axis.tick_label(*last), &small) / 2.0 + 2.0);
    }
    let usable = f64::from((width - left - right).max(40.0));
    let per_px = (hi - lo) / usable;
    let x0 = lo - f64::from(left) * per_px;
    let x1 = hi + f64::from(right) * per_px;
    let max_label = width - pad * 2.0;

    let ticks: Vec<f64> = axis.ticks.iter().map(|t| to_x(*t)).collect();
    let step = if ticks.len() > 1 {
        ticks[1] - ticks[0]
    } else {
        hi - lo
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
        .tick_label_font(small.clone())
        .label_spacing(egui::Rangef::new(8.0, 9.0));

    let marks = chart.marks.clone();
    let t = tokens.clone();
    let sel = selected.map(str::to_owned);
    let labels: Vec<String> = marks
        .iter()
        .map(|m| fit(&m.label, max_label, |s| measure(s, &font)))
        .collect();
    let response = Plot::new(("briefboard-chart", salt))
        .width(width)
        .height(height)
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
        .include_x(x0)
        .include_x(x1)
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
        .show(ui, move |plot_ui| {
            let hovered = if plot_ui.response().hovered() {
                plot_ui.pointer_coordinate().and_then(|p| row_at(p.y, n))
            } else {
                None
            };
            for (i, m) in marks.iter().enumerate() {
                #[expect(clippy::cast_precision_loss, reason = "a handful of rows")]
                let top = -(i as f64);
                let lit = hovered == Some(i) || sel.as_deref() == Some(m.indicator_id.as_str());
                let geo = Geo {
                    top,
                    x: to_x(m.value),
                    base: if axis.scale == Scale::Log { lo } else { 0.0 },
                    per_px,
                    t: &t,
                };
                if timeline {
                    geo.target(plot_ui, m, i, lit, to_x(axis.min + 0.5));
                } else {
                    geo.bar(plot_ui, m, i, lit);
                }
                plot_ui.text(
                    Text::new(
                        format!("label-{i}"),
                        PlotPoint::new(x0 + f64::from(pad) * per_px, top - LABEL_TOP),
                        RichText::new(&labels[i]).size(t.label_size).color(t.text),
                    )
                    .anchor(Align2::LEFT_TOP)
                    .allow_hover(false),
                );
                let offset = f64::from(pad + marker_room(timeline, &t)) * per_px;
                let (vx, anchor) = if m.value < 0.0 && !timeline {
                    (geo.x - offset, Align2::RIGHT_CENTER)
                } else {
                    (geo.x.max(geo.base) + offset, Align2::LEFT_CENTER)
                };
                plot_ui.text(
                    Text::new(
                        format!("value-{i}"),
                        PlotPoint::new(vx, geo.centre()),
                        RichText::new(value_text(m))
                            .size(t.label_size)
                            .strong()
                            .color(t.text),
                    )
                    .anchor(anchor)
                    .allow_hover(false),
                );
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
        reason = "checked non-negative, small"
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
        let s: String = chars[..keep]
            .iter()
            .collect::<String>()
            .trim_end()
            .to_owned()
            + "…";
        if width(&s) <= max {
            return s;
        }
    }
    "…".to_owned()
}

/// The geometry of one row in plot coordinates.
struct Geo<'t> {
    top: f64,
    x: f64,
    base: f64,
    per_px: f64,
    t: &'t Tokens,
}

impl Geo<'_> {
    fn thickness(&self) -> f64 {
        f64::from(self.t.bar_fraction)
    }

    fn centre(&self) -> f64 {
        self.top - BAR_BOTTOM + self.thickness() / 2.0
    }

    fn bar(&self, plot_ui: &mut egui_plot::PlotUi<'_>, m: &Mark, i: usize, lit: bool) {
        let (fill, mut stroke) = mark_colours(m, self.t);
        if lit {
            stroke = Stroke::new(self.t.highlight_width, self.t.highlight);
        }
        let bar = Bar::new(self.centre(), self.x - self.base)
            .base_offset(self.base)
            .width(self.thickness())
            .fill(fill)
            .stroke(stroke)
            .horizontal();
        plot_ui.bar_chart(BarChart::new(format!("bar-{i}"), vec![bar]).allow_hover(false));
    }

    fn target(
        &self,
        plot_ui: &mut egui_plot::PlotUi<'_>,
        m: &Mark,
        i: usize,
        lit: bool,
        start: f64,
    ) {
        let (fill, stroke) = mark_colours(m, self.t);
        let hue = self.t.theme_colour(&m.theme);
        let c = self.centre();
        plot_ui.line(
            Line::new(format!("path-{i}"), vec![[start, c], [self.x, c]])
                .color(hue)
                .width(self.t.line_width)
                .style(LineStyle::dashed_loose())
                .allow_hover(false),
        );
        let rx = f64::from(self.t.marker_radius) * self.per_px;
        let ry = f64::from(self.t.marker_radius) / f64::from(self.t.row_height);
        let diamond = vec![
            [self.x - rx, c],
            [self.x, c + ry],
            [self.x + rx, c],
            [self.x, c - ry],
        ];
        let stroke = if lit {
            Stroke::new(self.t.highlight_width, self.t.highlight)
        } else if stroke == Stroke::NONE {
            Stroke::new(self.t.line_width, hue)
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
}
