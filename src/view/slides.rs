//! My slides: the slides of one's own ([`crate::board`]) as a list to reorder, duplicate and
//! delete, the chosen slide's editor (title, subtitle, chart, highlighted figures, note) and
//! its preview as it will be presented and exported. Every change is a
//! [`Command::Slides`]; the app applies it.

mod editor;
mod list;
mod path;

use std::path::Path;

use egui::{RichText, ScrollArea};

use crate::board::{Board, Resolved};
use crate::command::{Action, Command, Commands, SlideEdit};
use crate::theme::Tokens;

use editor::editor_ui;
use list::list_ui;
use path::path_ui;

/// What the page says when there is no slide yet.
pub const NO_SLIDES: &str = "No slides yet. Add figures with \u{201c}Add to slide\u{201d} in a \
    figure's details, from a chart mark's menu (right-click), or from the table (Ctrl+click \
    several rows, then right-click). File \u{2192} Open slides\u{2026} opens a .briefboard file.";

/// The label of the buttons that add figures to a new slide.
pub const ADD_TO_NEW_SLIDE: &str = "Add to a new slide";

/// The label of the buttons that add figures to the slide chosen on My slides.
pub const ADD_TO_CURRENT_SLIDE: &str = "Add to the current slide";

/// What My slides shows: the board, its figures found, the chosen slide, its file.
#[derive(Debug, Clone, Copy)]
pub struct SlidesView<'a> {
    /// The slides.
    pub board: &'a Board,
    /// Their figures in the joined dataset, and what is missing.
    pub resolved: &'a Resolved,
    /// The slide chosen (clamped to the list).
    pub current: usize,
    /// The board's file, once saved or opened.
    pub path: Option<&'a Path>,
    /// Whether there are changes not saved.
    pub unsaved: bool,
    /// The board's briefings that are not open as it needs them, in words.
    pub briefing_problems: &'a [String],
    /// When no save dialog could be shown: the path suggested for the field that asks where
    /// to save the slides.
    pub asking_path: Option<&'a str>,
}

/// Draws My slides.
pub fn ui(
    ui: &mut egui::Ui,
    ctx: &super::ViewCtx<'_>,
    view: &SlidesView<'_>,
    tokens: &Tokens,
    commands: &mut Commands,
) {
    header_ui(ui, view, commands);
    for p in view.briefing_problems {
        ui.label(RichText::new(p.as_str()).color(ui.visuals().warn_fg_color));
    }
    ui.separator();
    if view.board.slides.is_empty() {
        ui.add_space(tokens.spacing);
        ui.label(NO_SLIDES);
        return;
    }
    let current = view.current.min(view.board.slides.len() - 1);
    egui::Panel::left("my-slides-list")
        .resizable(true)
        .default_size(260.0)
        .min_size(200.0)
        .show(ui, |ui| {
            let models = ctx.derived.board_models();
            list_ui(ui, (view, models), current, tokens, commands);
        });
    ScrollArea::vertical()
        .id_salt("my-slide-editor")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            editor_ui(ui, ctx, view, current, tokens, commands);
            ui.separator();
            ui.label(RichText::new("Preview").strong());
            if let Some(model) = ctx.derived.current_board_slide() {
                preview_ui(ui, model, ctx.selected, tokens, commands);
            }
        });
}

/// The chosen slide as it will be presented: a 16:9 frame the width of the page, the slide
/// drawn inside it by the code that draws every page (a click on a mark selects its figure).
fn preview_ui(
    ui: &mut egui::Ui,
    model: &crate::charts::PageModel,
    selected: Option<&str>,
    tokens: &Tokens,
    commands: &mut Commands,
) {
    let width = ui.available_width();
    let size = egui::vec2(width, (width * 9.0 / 16.0).clamp(240.0, 720.0));
    let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
    ui.painter().rect_stroke(
        rect,
        egui::CornerRadius::same(tokens.corner_radius),
        egui::Stroke::new(1.0, tokens.grid),
        egui::StrokeKind::Inside,
    );
    let inner = rect.shrink(tokens.spacing * 1.5);
    ui.scope_builder(
        egui::UiBuilder::new()
            .max_rect(inner)
            .id_salt(("my-slide-preview", &model.id)),
        |ui| {
            ui.set_clip_rect(inner.intersect(ui.clip_rect()));
            super::plot::page_ui(ui, model, tokens, selected, commands);
        },
    );
}

fn header_ui(ui: &mut egui::Ui, view: &SlidesView<'_>, commands: &mut Commands) {
    if let Some(suggested) = view.asking_path {
        path_ui(ui, suggested, commands);
    }
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        ui.heading("My slides");
        let file = view.path.map_or_else(
            || "not saved yet".to_owned(),
            |p| {
                p.file_name().map_or_else(
                    || p.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                )
            },
        );
        let star = if view.unsaved && view.path.is_some() {
            " (changed)"
        } else {
            ""
        };
        ui.label(RichText::new(format!("{file}{star}")).weak());
        ui.separator();
        for action in [
            Action::Present,
            Action::SaveSlides,
            Action::OpenSlides,
            Action::ExportDeck,
        ] {
            let mut label = action.label().to_owned();
            if let Some(s) = action.shortcut() {
                label = format!("{label} ({})", ui.ctx().format_shortcut(&s));
            }
            let enabled = !view.board.slides.is_empty() || action == Action::OpenSlides;
            let button = ui.add_enabled(enabled, egui::Button::new(label));
            if button.on_hover_text(action.tooltip()).clicked() {
                commands.push(action);
            }
        }
    });
}

/// The "Add to slide" buttons for `figures` (display ids): a new slide, or the current one
/// when there are slides. For menus and the details panel.
pub fn add_buttons(ui: &mut egui::Ui, figures: &[String], commands: &mut Commands) {
    use crate::command::SlideTarget;
    for (label, to, tip) in [
        (
            ADD_TO_NEW_SLIDE,
            SlideTarget::New,
            "A new slide of your own with this figure (see My slides)",
        ),
        (
            ADD_TO_CURRENT_SLIDE,
            SlideTarget::Current,
            "Add to the slide chosen on My slides (a new one when there is none)",
        ),
    ] {
        if ui.button(label).on_hover_text(tip).clicked() {
            commands.push(Command::Slides(SlideEdit::AddFigures {
                figures: figures.to_vec(),
                to,
            }));
            ui.close();
        }
    }
}
