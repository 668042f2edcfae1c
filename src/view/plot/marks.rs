//! A mark under the pointer: its tooltip, its click, and its context menu (Add to slide).

use egui::{RichText, Ui};

use super::PageResponse;
use crate::charts::{ChartModel, Mark};
use crate::command::{Command, Commands};
use crate::theme::Tokens;

/// Hover tooltip and click for one mark's widget.
pub(super) fn mark_response(
    response: &egui::Response,
    mark: &Mark,
    tokens: &Tokens,
) -> PageResponse {
    let out = PageResponse {
        hovered: response.hovered().then(|| mark.indicator_id.clone()),
        clicked: response.clicked().then(|| mark.indicator_id.clone()),
        visible_fraction: None,
        menu: mark_menu(response, Some(mark)),
        marks: Vec::new(),
    };
    if response.hovered() {
        response
            .clone()
            .on_hover_ui_at_pointer(|ui| tooltip_ui(ui, mark, tokens));
    }
    out
}

/// The response of a plot whose closure returned the index of the mark under the pointer:
/// that mark's tooltip and click, as for any mark.
pub(super) fn plotted_response(
    response: &egui::Response,
    hovered: Option<usize>,
    chart: &ChartModel,
    tokens: &Tokens,
) -> PageResponse {
    let mark = hovered.and_then(|i| chart.marks.get(i));
    // The menu stays open once the pointer leaves the mark it was opened on.
    let menu = mark_menu(response, mark);
    let Some(mark) = mark else {
        return PageResponse {
            menu,
            ..PageResponse::default()
        };
    };
    let mut out = mark_response(response, mark, tokens);
    out.hovered = Some(mark.indicator_id.clone());
    out.menu = menu;
    out
}

/// A mark's context menu (right-click): add its figure to a slide of one's own. The mark
/// right-clicked is remembered while the menu is open, since the pointer leaves it to reach
/// the menu. Returns what was chosen this frame.
fn mark_menu(response: &egui::Response, mark: Option<&Mark>) -> Option<Command> {
    let key = response.id.with("mark-menu");
    if response.secondary_clicked()
        && let Some(m) = mark
    {
        response
            .ctx
            .data_mut(|d| d.insert_temp(key, m.indicator_id.clone()));
    }
    let mut chosen = None;
    response.context_menu(|ui| {
        let Some(id) = ui.data(|d| d.get_temp::<String>(key)) else {
            ui.close();
            return;
        };
        let mut commands = Commands::default();
        crate::view::slides::add_buttons(ui, &[id], &mut commands);
        chosen = commands.take().pop();
    });
    chosen
}

/// The tooltip of a mark: label (strong), value with qualifier and unit, period, speakers.
fn tooltip_ui(ui: &mut Ui, mark: &Mark, tokens: &Tokens) {
    for (i, line) in mark.tooltip_lines().into_iter().enumerate() {
        let text = RichText::new(line)
            .size(tokens.label_size)
            .color(tokens.text);
        ui.label(if i == 0 { text.strong() } else { text });
    }
    ui.label(
        RichText::new("Click to see the quote.")
            .size(tokens.small_size)
            .color(tokens.text_muted),
    );
}
