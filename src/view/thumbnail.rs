//! A slide in small, for the list of My slides: a 16:9 frame with the slide's title and a
//! sketch of each chart — bars to scale, a series' line, cards as tiles, targets as dots —
//! in the slide's colours (highlighted figures in their hue, the others greyed). Drawn from
//! the same [`PageModel`] the slide is presented and exported from; no text but the title.

use egui::{Color32, CornerRadius, Pos2, Rect, Sense, Stroke, StrokeKind, pos2, vec2};

use crate::charts::{ChartKind, ChartModel, PageModel};
use crate::theme::Tokens;

/// The most charts sketched side by side, and the most rows of one chart.
const MAX_CHARTS: usize = 3;
const MAX_ROWS: usize = 8;

/// Draws `model` as a thumbnail `width` points wide (16:9), outlined in the selection colour
/// when `on`; the response is clickable and says which slide it shows to screen readers.
#[expect(
    clippy::cast_precision_loss,
    reason = "a few marks and charts, and points on a screen"
)]
pub fn thumbnail_ui(
    ui: &mut egui::Ui,
    model: &PageModel,
    width: f32,
    on: bool,
    tokens: &Tokens,
) -> egui::Response {
    let size = vec2(width, width * 9.0 / 16.0);
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    let title = model.title.clone();
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Thumbnail: {title}"))
    });
    if !ui.is_rect_visible(rect) {
        return response;
    }
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, CornerRadius::same(3), tokens.background);
    let outline = if on {
        Stroke::new(2.0, ui.visuals().selection.bg_fill)
    } else {
        Stroke::new(1.0, tokens.grid)
    };
    painter.rect_stroke(rect, CornerRadius::same(3), outline, StrokeKind::Inside);
    let inner = rect.shrink(6.0);
    let font = egui::FontId::proportional(9.0);
    let galley = painter.layout(model.title.clone(), font, tokens.text, inner.width());
    let title_height = galley.rows.first().map_or(10.0, |r| r.rect().height());
    painter
        .with_clip_rect(Rect::from_min_size(
            inner.min,
            vec2(inner.width(), title_height),
        ))
        .galley(inner.min, galley, tokens.text);
    let area = Rect::from_min_max(
        pos2(inner.left(), inner.top() + title_height + 4.0),
        inner.max,
    );
    let charts: Vec<&ChartModel> = model.charts.iter().take(MAX_CHARTS).collect();
    if charts.is_empty() || area.height() < 8.0 {
        return response;
    }
    let gap = 6.0;
    let n = charts.len() as f32;
    let column = (area.width() - gap * (n - 1.0)) / n;
    for (k, chart) in charts.iter().enumerate() {
        let left = area.left() + k as f32 * (column + gap);
        let cell = Rect::from_min_size(pos2(left, area.top()), vec2(column, area.height()));
        sketch(&painter, chart, cell, tokens);
    }
    response
}

/// One chart in a cell.
fn sketch(painter: &egui::Painter, chart: &ChartModel, cell: Rect, tokens: &Tokens) {
    match chart.kind {
        ChartKind::Bars => bars(painter, chart, cell, tokens),
        ChartKind::Series => series(painter, chart, cell, tokens),
        ChartKind::Figures => tiles(painter, chart, cell, tokens),
        ChartKind::Timeline => dots(painter, chart, cell, tokens),
    }
}

/// A mark's colour: its theme's hue when it is the figure shown, grey when it gives context
/// or is not highlighted.
fn colour(mark: &crate::charts::Mark, tokens: &Tokens) -> Color32 {
    match mark.style {
        crate::charts::MarkStyle::Achieved | crate::charts::MarkStyle::Target => {
            tokens.theme_colour(&mark.theme)
        }
        crate::charts::MarkStyle::Context | crate::charts::MarkStyle::Dimmed => tokens.context,
    }
}

/// Bars to scale from a common zero (negative values to the left of it).
#[expect(
    clippy::cast_precision_loss,
    clippy::cast_possible_truncation,
    reason = "a few marks and charts, and points on a screen"
)]
fn bars(painter: &egui::Painter, chart: &ChartModel, cell: Rect, tokens: &Tokens) {
    let marks: Vec<_> = chart.marks.iter().take(MAX_ROWS).collect();
    let most = marks.iter().map(|m| m.value.abs()).fold(0.0_f64, f64::max);
    if marks.is_empty() || most <= 0.0 || !most.is_finite() {
        return;
    }
    let negative = marks.iter().any(|m| m.value < 0.0);
    let zero = if negative {
        cell.center().x
    } else {
        cell.left()
    };
    let reach = if negative {
        cell.width() / 2.0
    } else {
        cell.width()
    };
    let row = (cell.height() / marks.len() as f32).min(16.0);
    for (i, m) in marks.iter().enumerate() {
        let length = (m.value.abs() / most) as f32 * reach;
        let top = cell.top() + i as f32 * row + row * 0.2;
        let (x0, x1) = if m.value < 0.0 {
            (zero - length, zero)
        } else {
            (zero, zero + length.max(1.0))
        };
        let bar = Rect::from_min_max(pos2(x0, top), pos2(x1, top + row * 0.6));
        painter.rect_filled(bar, CornerRadius::ZERO, colour(m, tokens));
    }
}

/// A line through a series' values, in the order of their dates, with a dot per figure.
#[expect(
    clippy::cast_possible_truncation,
    reason = "a few marks and charts, and points on a screen"
)]
fn series(painter: &egui::Painter, chart: &ChartModel, cell: Rect, tokens: &Tokens) {
    let mut points: Vec<(f64, f64, Color32)> = chart
        .marks
        .iter()
        .filter_map(|m| m.at.map(|at| (at, m.value, colour(m, tokens))))
        .filter(|(at, v, _)| at.is_finite() && v.is_finite())
        .collect();
    points.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return;
    };
    let span = (last.0 - first.0).max(f64::EPSILON);
    let top = points.iter().map(|p| p.1).fold(f64::MIN, f64::max).max(0.0);
    let bottom = points.iter().map(|p| p.1).fold(f64::MAX, f64::min).min(0.0);
    let height = (top - bottom).max(f64::EPSILON);
    let at = |(x, y, _): &(f64, f64, Color32)| -> Pos2 {
        pos2(
            cell.left() + ((x - first.0) / span) as f32 * cell.width(),
            cell.bottom() - ((y - bottom) / height) as f32 * cell.height(),
        )
    };
    let line: Vec<Pos2> = points.iter().map(at).collect();
    painter.add(egui::Shape::line(line, Stroke::new(1.0, tokens.text_muted)));
    for p in &points {
        painter.circle_filled(at(p), 2.5, p.2);
    }
}

/// Cards as tiles, two to a row.
#[expect(
    clippy::cast_precision_loss,
    reason = "a few marks and charts, and points on a screen"
)]
fn tiles(painter: &egui::Painter, chart: &ChartModel, cell: Rect, tokens: &Tokens) {
    let marks: Vec<_> = chart.marks.iter().take(MAX_ROWS).collect();
    let per_row = if marks.len() > 1 { 2 } else { 1 };
    let rows = marks.len().div_ceil(per_row).max(1);
    let gap = 3.0;
    let w = (cell.width() - gap * (per_row as f32 - 1.0)) / per_row as f32;
    let h = ((cell.height() - gap * (rows as f32 - 1.0)) / rows as f32).min(w * 0.6);
    for (i, m) in marks.iter().enumerate() {
        let (r, c) = (i / per_row, i % per_row);
        let tile = Rect::from_min_size(
            pos2(
                cell.left() + c as f32 * (w + gap),
                cell.top() + r as f32 * (h + gap),
            ),
            vec2(w, h),
        );
        painter.rect_stroke(
            tile,
            CornerRadius::same(2),
            Stroke::new(1.5, colour(m, tokens)),
            StrokeKind::Inside,
        );
        // The card's figure and label, as lines.
        let inner = tile.shrink(tile.height().min(tile.width()) * 0.2);
        painter.hline(
            inner.left()..=inner.left() + inner.width() * 0.6,
            inner.top() + inner.height() * 0.3,
            Stroke::new((inner.height() * 0.25).clamp(1.0, 4.0), colour(m, tokens)),
        );
        painter.hline(
            inner.left()..=inner.left() + inner.width() * 0.8,
            inner.top() + inner.height() * 0.8,
            Stroke::new(1.0, tokens.text_muted),
        );
    }
}

/// Targets on a line, one dot each, spread in order.
#[expect(
    clippy::cast_precision_loss,
    reason = "a few marks and charts, and points on a screen"
)]
fn dots(painter: &egui::Painter, chart: &ChartModel, cell: Rect, tokens: &Tokens) {
    let marks: Vec<_> = chart.marks.iter().take(MAX_ROWS).collect();
    let y = cell.center().y;
    painter.hline(cell.x_range(), y, Stroke::new(1.0, tokens.grid));
    let n = marks.len().max(1) as f32;
    for (i, m) in marks.iter().enumerate() {
        let x = cell.left() + (i as f32 + 0.5) / n * cell.width();
        painter.circle_filled(pos2(x, y), 3.0, colour(m, tokens));
    }
}
