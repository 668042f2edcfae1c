//! A page's charts in one or two columns, each in its card, drawn only when in view.

use egui::{RichText, Ui};

use super::{PageResponse, bars, card_frame, cards, series};
use crate::charts::{ChartKind, ChartModel, PageModel};
use crate::theme::Tokens;

/// The charts in one or two columns, each column filled greedily by estimated height.
pub(super) fn charts_ui(
    ui: &mut Ui,
    page: &PageModel,
    tokens: &Tokens,
    selected: Option<&str>,
) -> PageResponse {
    let mut out = PageResponse::default();
    let gap = tokens.spacing * 1.5;
    let width = ui.available_width();
    let two = page.charts.len() > 1 && width >= 2.0 * tokens.min_column_width + gap;
    let columns = if two { 2 } else { 1 };
    let mut heights = [0.0_f32; 2];
    let mut assigned: [Vec<&ChartModel>; 2] = [Vec::new(), Vec::new()];
    for chart in &page.charts {
        let col = usize::from(columns == 2 && heights[1] < heights[0]);
        heights[col] += estimated_height(chart, tokens) + gap;
        assigned[col].push(chart);
    }
    #[expect(clippy::cast_precision_loss, reason = "one or two columns")]
    let col_width = (width - gap * (columns as f32 - 1.0)) / columns as f32;
    ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing.x = gap;
        for (c, charts) in assigned.iter().enumerate().take(columns) {
            ui.vertical(|ui| {
                ui.set_width(col_width);
                ui.spacing_mut().item_spacing.y = gap;
                for (k, chart) in charts.iter().enumerate() {
                    out.merge(chart_ui(ui, chart, tokens, selected, (&page.id, c, k)));
                }
            });
        }
    });
    out
}

/// A chart's height before drawing: title, rows or cards, axis, footnote.
fn estimated_height(chart: &ChartModel, tokens: &Tokens) -> f32 {
    #[expect(clippy::cast_precision_loss, reason = "a handful of marks")]
    let n = chart.marks.len() as f32;
    let body = match chart.kind {
        ChartKind::Bars | ChartKind::Timeline => n * tokens.row_height + tokens.small_size * 2.0,
        ChartKind::Series => series::HEIGHT + tokens.small_size * 2.0,
        ChartKind::Figures => {
            (n / 2.0).ceil()
                * (tokens.card_value_size + tokens.small_size * 3.0 + tokens.spacing * 3.0)
        }
    };
    let foot = if chart.footnote.is_some() {
        tokens.small_size * 1.5
    } else {
        0.0
    };
    tokens.chart_title_size * 1.6 + body + foot + tokens.spacing * 2.0
}

/// One chart in its card: title, the plot or cards, footnote. A chart out of view (a long
/// page, scrolled) only takes its room: the height it had when last drawn, or its estimate,
/// so that a page of many charts costs the charts on screen.
fn chart_ui(
    ui: &mut Ui,
    chart: &ChartModel,
    tokens: &Tokens,
    selected: Option<&str>,
    salt: (&str, usize, usize),
) -> PageResponse {
    let height_id = ui
        .scope_id()
        .with(("chart-height", salt, chart.marks.len()));
    let height: f32 = ui
        .data(|d| d.get_temp(height_id))
        .unwrap_or_else(|| estimated_height(chart, tokens));
    let room = egui::vec2(ui.available_width(), height);
    if !ui.is_rect_visible(egui::Rect::from_min_size(ui.cursor().min, room)) {
        ui.allocate_space(room);
        return PageResponse::default();
    }
    let (out, drawn) = chart_card_ui(ui, chart, tokens, selected, salt);
    ui.data_mut(|d| d.insert_temp(height_id, drawn));
    out
}

/// One chart in its card, always drawn: its response and the card's height in points.
pub(super) fn chart_card_ui(
    ui: &mut Ui,
    chart: &ChartModel,
    tokens: &Tokens,
    selected: Option<&str>,
    salt: (&str, usize, usize),
) -> (PageResponse, f32) {
    let mut out = PageResponse::default();
    let card = card_frame(tokens, false).show(ui, |ui| {
        ui.set_width(ui.available_width());
        // A slide of one's own with one chart leaves its title to the slide's.
        if !chart.title.is_empty() {
            ui.label(
                RichText::new(&chart.title)
                    .size(tokens.chart_title_size)
                    .strong()
                    .color(tokens.text),
            );
        }
        let hit = match chart.kind {
            ChartKind::Bars | ChartKind::Timeline => {
                bars::plot_ui(ui, chart, tokens, selected, salt)
            }
            ChartKind::Figures => cards::cards_ui(ui, chart, tokens, selected),
            ChartKind::Series => series::plot_ui(ui, chart, tokens, selected, salt),
        };
        out.merge(hit);
        if let Some(note) = &chart.footnote {
            ui.label(
                RichText::new(note)
                    .size(tokens.small_size)
                    .color(tokens.text_muted),
            );
        }
    });
    (out, card.response.rect.height())
}
