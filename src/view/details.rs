//! The details panel: the selected figure, its value as people say it, and every mention with
//! the speaker and the verbatim quote, each one click away from its place in the transcript.

use egui::{RichText, ScrollArea};

use crate::command::{Command, Commands};
use crate::format;

/// The link under each quote that opens the transcript at that sentence.
pub const SHOW_IN_TRANSCRIPT: &str = "Show in transcript";

/// The button that adds the figure to a slide of one's own.
pub const ADD_TO_SLIDE: &str = "Add to slide";

/// The link under a quote of a briefing made from web pages that opens its page in the
/// system's browser.
pub const OPEN_THE_PAGE: &str = "Open the page";

/// Draws the details of the selected indicator, or a hint when none is selected.
pub fn ui(ui: &mut egui::Ui, ctx: &super::ViewCtx<'_>, commands: &mut Commands) {
    let (library, selected) = (ctx.library, ctx.selected);
    let dataset = library.dataset();
    let part = selected
        .and_then(|id| dataset.indicator(id))
        .and_then(|i| library.part_of(i));
    let Some(indicator) = selected.and_then(|id| dataset.indicator(id)) else {
        ui.add_space(8.0);
        ui.heading("Details");
        ui.label("Click a figure on a chart or a row of the table to see who said it and the sentence it comes from.");
        return;
    };
    ScrollArea::vertical().show(ui, |ui| {
        ui.add_space(8.0);
        ui.heading(indicator.label.as_str());
        if indicator.edited {
            ui.label(RichText::new(super::edit::EDITED).small().weak())
                .on_hover_text(
                    "A person corrected this figure: see Edit for the extractor's reading",
                );
        }
        ui.label(
            RichText::new(format::indicator_said(indicator))
                .size(ui.text_style_height(&egui::TextStyle::Heading) * 1.4)
                .strong(),
        );
        egui::Grid::new("details_facts")
            .num_columns(2)
            .show(ui, |ui| {
                let theme = dataset
                    .theme(&indicator.theme)
                    .map_or(indicator.theme.as_str(), |t| t.label.as_str());
                fact(ui, "Theme", theme);
                fact(ui, "Kind", format::kind_words(indicator.kind));
                fact(
                    ui,
                    "Period",
                    &indicator
                        .period
                        .as_deref()
                        .map_or_else(|| "not stated".to_owned(), format::period_words),
                );
                fact(ui, "Qualifier", format::qualifier_name(indicator.qualifier));
            });
        if library.parts().len() > 1 {
            // Under the grid, so that a long title wraps rather than widen the panel.
            let briefing = format::briefing_short(dataset.briefing_of(indicator));
            ui.label(RichText::new(format!("Briefing of {briefing}")).weak());
        }
        ui.menu_button(ADD_TO_SLIDE, |ui| {
            super::slides::add_buttons(ui, std::slice::from_ref(&indicator.id), commands);
        })
        .response
        .on_hover_text("Put this figure on a slide of your own (My slides)");
        ui.separator();
        egui::CollapsingHeader::new(super::edit::EDIT)
            .default_open(indicator.edited)
            .show(ui, |ui| super::edit::ui(ui, library, indicator, commands));
        ui.separator();
        let n = indicator.mentions.len();
        ui.strong(if n == 1 {
            "Said once".to_owned()
        } else {
            format!("Said {n} times")
        });
        for mention in &indicator.mentions {
            ui.add_space(6.0);
            let speaker = dataset.speaker(&mention.speaker);
            ui.horizontal_wrapped(|ui| {
                ui.strong(speaker.map_or(mention.speaker.as_str(), |s| s.name.as_str()));
                if let Some(zh) = speaker.and_then(|s| s.name_zh.as_deref()) {
                    ui.label(zh);
                }
            });
            // The role at that briefing (a speaker's role can change between briefings).
            let role = part
                .and_then(|p| p.dataset.speaker(&mention.speaker))
                .or(speaker)
                .map(|s| s.role.as_str())
                .filter(|r| !r.is_empty());
            if let Some(role) = role {
                ui.label(RichText::new(role).small().weak());
            }
            ui.label(RichText::new(format!("“{}”", mention.quote)).italics());
            let in_source = part
                .and_then(|p| p.quote_in_source(mention.start, mention.end))
                .is_some();
            let link = ui.add_enabled(in_source, egui::Link::new(SHOW_IN_TRANSCRIPT));
            if link.clicked() {
                commands.push(Command::ShowInTranscript {
                    indicator: indicator.id.clone(),
                    start: mention.start,
                });
            }
            if let Some(page) = part.and_then(|p| p.dataset.source.page_at(mention.start)) {
                page_ui(ui, &page.url, commands);
            }
        }
    });
}

/// The page a quote is on (a briefing made from web pages), with [`OPEN_THE_PAGE`].
fn page_ui(ui: &mut egui::Ui, page: &str, commands: &mut Commands) {
    ui.label(RichText::new(format!("On the page {page}")).small().weak());
    if ui.link(OPEN_THE_PAGE).on_hover_text(page).clicked() {
        let url = if crate::sources::fetch::is_address(page) {
            page.to_owned()
        } else {
            let path = std::fs::canonicalize(page).unwrap_or_else(|_| page.into());
            format!("file://{}", path.display())
        };
        commands.push(Command::OpenUrl(url));
    }
}

fn fact(ui: &mut egui::Ui, name: &str, value: &str) {
    ui.label(RichText::new(name).weak());
    ui.label(value);
    ui.end_row();
}
