//! Figures that share no axis, drawn as cards in a grid: the number large, its label below.

use egui::{Align, CornerRadius, Frame, Layout, Margin, RichText, Sense, Stroke, Ui, vec2};

use crate::charts::{ChartModel, Mark, MarkStyle};
use crate::theme::Tokens;

use super::{PageResponse, mark_response};

/// Draws the marks of a [`crate::charts::ChartKind::Figures`] chart as a grid of cards.
pub(super) fn cards_ui(
    ui: &mut Ui,
    chart: &ChartModel,
    tokens: &Tokens,
    selected: Option<&str>,
) -> PageResponse {
    let mut out = PageResponse::default();
    let gap = tokens.spacing;
    let width = ui.available_width();
    let columns = columns(width, gap, tokens.min_card_width);
    // On a slide of one's own with highlighted figures, those are outlined in their hue.
    let dimming = chart.marks.iter().any(|m| m.style == MarkStyle::Dimmed);
    #[expect(clippy::cast_precision_loss, reason = "a few columns")]
    let card_width = (width - gap * (columns as f32 - 1.0)) / columns as f32;
    ui.spacing_mut().item_spacing = vec2(gap, gap);
    for row in chart.marks.chunks(columns) {
        ui.horizontal_top(|ui| {
            for m in row {
                out.merge(card_ui(ui, m, tokens, (selected, dimming), card_width));
            }
        });
    }
    out
}

/// The most lines a card's value takes; a longer one ends in "…" (the tooltip has it all), so
/// a card always fits a slide.
const VALUE_ROWS: usize = 3;

/// The most lines a card's label takes.
const LABEL_ROWS: usize = 4;

/// `text` laid out `width` wide in at most `max_rows` lines, the last ending in "…" when the
/// text goes on.
fn rows(ui: &Ui, text: RichText, width: f32, max_rows: usize) -> std::sync::Arc<egui::Galley> {
    let job = egui::WidgetText::from(text).into_layout_job(
        ui.style(),
        egui::FontSelection::Default,
        Align::Min,
    );
    let mut job = std::sync::Arc::unwrap_or_clone(job);
    job.wrap = egui::text::TextWrapping {
        max_width: width,
        max_rows,
        break_anywhere: false,
        overflow_character: Some('…'),
    };
    ui.fonts_mut(|f| f.layout_job(job))
}

/// How many cards fit side by side in `width`.
pub(super) fn columns(width: f32, gap: f32, min_card_width: f32) -> usize {
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a positive number of cards"
    )]
    let n = ((width + gap) / (min_card_width + gap)).floor().max(1.0) as usize;
    n
}

/// One card: the figure with its qualifier and unit, the label under it. Targets are
/// outlined in their hue, the selected card in the highlight colour.
fn card_ui(
    ui: &mut Ui,
    m: &Mark,
    tokens: &Tokens,
    (selected, dimming): (Option<&str>, bool),
    width: f32,
) -> PageResponse {
    let hue = tokens.theme_colour(&m.theme);
    let stroke = if selected == Some(m.indicator_id.as_str()) {
        Stroke::new(tokens.highlight_width, tokens.highlight)
    } else if dimming && m.style == MarkStyle::Achieved {
        Stroke::new(tokens.highlight_width, hue)
    } else if m.style == MarkStyle::Target {
        Stroke::new(tokens.line_width, hue)
    } else {
        Stroke::new(tokens.line_width, tokens.grid)
    };
    #[expect(clippy::cast_possible_truncation, reason = "spacing is a few points")]
    let margin = Margin::same(tokens.spacing as i8);
    let inner_width = width - 2.0 * (tokens.spacing + tokens.line_width);
    let inner = ui.allocate_ui_with_layout(vec2(width, 0.0), Layout::top_down(Align::Min), |ui| {
        Frame::new()
            .stroke(stroke)
            .corner_radius(CornerRadius::same(tokens.corner_radius))
            .inner_margin(margin)
            .show(ui, |ui| {
                ui.set_width(inner_width);
                let mut value = m.display.clone();
                if m.is_target() {
                    value = format!("Target: {value}");
                }
                let colour = if m.style == MarkStyle::Dimmed {
                    tokens.text_muted
                } else {
                    tokens.text
                };
                let value = RichText::new(value)
                    .size(tokens.card_value_size)
                    .strong()
                    .color(colour);
                ui.label(rows(ui, value, inner_width, VALUE_ROWS));
                let label = RichText::new(&m.label)
                    .size(tokens.small_size)
                    .color(tokens.text_muted);
                ui.label(rows(ui, label, inner_width, LABEL_ROWS));
            })
    });
    let r = ui.interact(
        inner.response.rect,
        ui.scope_id().with(("card", &m.indicator_id)),
        Sense::click(),
    );
    let mut out = mark_response(&r, m, tokens);
    out.marks
        .push((m.indicator_id.clone(), inner.response.rect));
    out
}
