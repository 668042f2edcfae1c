//! A page's header: the title, the legends beside it (the signs its marks use; how achieved
//! values and targets are drawn) or under it when the title leaves no room, and the subtitle.

use egui::{CornerRadius, RichText, Sense, Stroke, Ui, vec2};

use crate::charts::{ChartKind, PageModel};
use crate::theme::Tokens;

/// The page title, its subtitle and, when the page mixes achieved values and targets, a
/// legend saying how each is drawn.
pub(super) fn header_ui(ui: &mut Ui, page: &PageModel, tokens: &Tokens) {
    let signs = page.sign_legend();
    let has_legend = page.has_targets() || !signs.is_empty();
    // The legends' width when last drawn: on a narrow page they go under the title.
    let width_id = ui.scope_id().with(("legend-width", &page.id));
    let legend_width: f32 = ui.data(|d| d.get_temp(width_id)).unwrap_or(0.0);
    let legends = |ui: &mut Ui| {
        let drawn = ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if page.has_targets() {
                legend_ui(ui, tokens, page);
                ui.add_space(tokens.spacing * 2.0);
            }
            signs_ui(ui, tokens, &signs);
            ui.min_rect().width()
        });
        ui.data_mut(|d| d.insert_temp(width_id, drawn.inner));
    };
    let mut below = false;
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(&page.title)
                .size(tokens.title_size)
                .strong()
                .color(tokens.text),
        );
        if has_legend {
            if ui.available_width() >= legend_width + tokens.spacing * 2.0 {
                legends(ui);
            } else {
                below = true;
            }
        }
    });
    if below {
        ui.horizontal(legends);
    }
    ui.label(
        RichText::new(&page.subtitle)
            .size(tokens.small_size)
            .color(tokens.text_muted),
    );
    ui.add_space(tokens.spacing);
}

/// Swatches: a filled box for achieved values, an outlined box for targets.
fn legend_ui(ui: &mut Ui, tokens: &Tokens, page: &PageModel) {
    let colour = page
        .marks()
        .find(|m| m.is_target())
        .map_or(tokens.palette[4], |m| tokens.theme_colour(&m.theme));
    // A page of date-axis series draws dots and diamonds, not bars.
    let points = !page.charts.is_empty() && page.charts.iter().all(|c| c.kind == ChartKind::Series);
    let swatch = |ui: &mut Ui, target: bool| {
        let size = vec2(tokens.small_size * 1.6, tokens.small_size);
        let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
        let (c, r) = (rect.center(), rect.height() / 2.0);
        if points && target {
            let diamond = vec![
                c - vec2(r, 0.0),
                c + vec2(0.0, r),
                c + vec2(r, 0.0),
                c - vec2(0.0, r),
            ];
            ui.painter().add(egui::Shape::convex_polygon(
                diamond,
                tokens.target_fill(colour),
                Stroke::new(tokens.line_width, colour),
            ));
        } else if points {
            ui.painter().circle_filled(c, r * 0.7, colour);
        } else if target {
            ui.painter().rect(
                rect.shrink(tokens.line_width / 2.0),
                CornerRadius::ZERO,
                tokens.target_fill(colour),
                Stroke::new(tokens.line_width, colour),
                egui::StrokeKind::Middle,
            );
        } else {
            ui.painter().rect_filled(rect, CornerRadius::ZERO, colour);
        }
    };
    let text = |s: &str| {
        RichText::new(s)
            .size(tokens.small_size)
            .color(tokens.text_muted)
    };
    // The layout runs right to left: the last item added is the leftmost.
    ui.label(text(if points {
        "target"
    } else {
        "target (outlined)"
    }));
    swatch(ui, true);
    if page.has_achieved() {
        ui.add_space(tokens.spacing);
        ui.label(text("achieved"));
        swatch(ui, false);
    }
}

/// What the signs before figures mean ("> more than   ≈ about"), for a room that reads the
/// marks from afar.
fn signs_ui(ui: &mut Ui, tokens: &Tokens, signs: &[(&str, &str)]) {
    let text = signs
        .iter()
        .map(|(sign, meaning)| format!("{sign} {meaning}"))
        .collect::<Vec<_>>()
        .join("   ");
    ui.label(
        RichText::new(text)
            .size(tokens.small_size)
            .color(tokens.text_muted),
    );
}
