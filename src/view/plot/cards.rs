//! Figures that share no axis, drawn as cards: the number large, its label below.

use egui::{CornerRadius, Frame, Margin, RichText, Sense, Stroke, Ui};

use crate::charts::{ChartModel, MarkStyle};
use crate::theme::Tokens;

use super::{PageResponse, mark_response};

/// Width of one card.
const CARD_WIDTH: f32 = 200.0;

/// Draws the marks of a [`crate::charts::ChartKind::Figures`] chart as cards.
pub(super) fn cards_ui(
    ui: &mut Ui,
    chart: &ChartModel,
    tokens: &Tokens,
    selected: Option<&str>,
) -> PageResponse {
    let mut out = PageResponse::default();
    ui.horizontal_wrapped(|ui| {
        for m in &chart.marks {
            let hue = tokens.theme_colour(&m.theme);
            let lit = selected == Some(m.indicator_id.as_str());
            let stroke = if lit {
                Stroke::new(tokens.highlight_width, tokens.highlight)
            } else if m.style == MarkStyle::Target {
                Stroke::new(tokens.line_width, hue)
            } else {
                Stroke::new(tokens.line_width, tokens.grid)
            };
            #[expect(clippy::cast_possible_truncation, reason = "spacing is a few points")]
            let margin = Margin::same(tokens.spacing as i8);
            let inner = Frame::new()
                .stroke(stroke)
                .corner_radius(CornerRadius::same(tokens.corner_radius))
                .inner_margin(margin)
                .show(ui, |ui| {
                    ui.set_width(CARD_WIDTH);
                    ui.label(
                        RichText::new(&m.display)
                            .size(tokens.chart_title_size * 1.4)
                            .strong()
                            .color(tokens.text),
                    );
                    ui.label(
                        RichText::new(&m.label)
                            .size(tokens.small_size)
                            .color(tokens.text_muted),
                    );
                });
            let r = ui.interact(
                inner.response.rect,
                ui.scope_id().with(("card", &m.indicator_id)),
                Sense::click(),
            );
            let hit = mark_response(&r, m, tokens);
            if hit.hovered.is_some() {
                out.hovered = hit.hovered;
            }
            if hit.clicked.is_some() {
                out.clicked = hit.clicked;
            }
        }
    });
    out
}
