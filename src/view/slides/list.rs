//! The list of My slides: a thumbnail, number, title and line per slide, with buttons to
//! move, duplicate and delete it, and its title to drag it elsewhere.

use egui::{RichText, ScrollArea};

use super::SlidesView;
use crate::command::{Command, Commands, SlideEdit};
use crate::theme::Tokens;

/// The slides, one row each: a thumbnail, number, title, figures and chart, problems;
/// buttons to move, copy and delete.
pub(super) fn list_ui(
    ui: &mut egui::Ui,
    (view, ctx_models): (&SlidesView<'_>, &[crate::charts::PageModel]),
    current: usize,
    tokens: &Tokens,
    commands: &mut Commands,
) {
    let n = view.board.slides.len();
    ScrollArea::vertical()
        .id_salt("my-slides-rows")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let models = ctx_models;
            for (k, slide) in view.board.slides.iter().enumerate() {
                let problems = view.resolved.slides.get(k).map_or(0, |s| s.problems.len());
                let on = k == current;
                // The slide in small; a click chooses it.
                if let Some(model) = models.get(k) {
                    let width = (ui.available_width() - tokens.spacing).clamp(120.0, 240.0);
                    let thumb = crate::view::thumbnail::thumbnail_ui(ui, model, width, on, tokens);
                    if thumb.clicked() && !on {
                        commands.push(Command::Slides(SlideEdit::Choose(k)));
                    }
                }
                // The title drags onto another slide's title to move the slide there.
                let title = slide_summary_ui(ui, (k, slide), on, problems, tokens);
                title.dnd_set_drag_payload(k);
                if title.clicked() && !on {
                    commands.push(Command::Slides(SlideEdit::Choose(k)));
                }
                if let Some(from) = title.dnd_hover_payload::<usize>()
                    && *from != k
                {
                    let r = title.rect;
                    let y = if *from < k { r.bottom() } else { r.top() };
                    ui.painter().hline(
                        r.x_range(),
                        y,
                        egui::Stroke::new(2.0, ui.visuals().selection.bg_fill),
                    );
                }
                if let Some(from) = title.dnd_release_payload::<usize>()
                    && *from != k
                {
                    commands.push(Command::Slides(SlideEdit::Move { from: *from, to: k }));
                }
                ui.horizontal(|ui| {
                    let push = |c: &mut Commands, e: SlideEdit| c.push(Command::Slides(e));
                    if ui
                        .add_enabled(k > 0, egui::Button::new("Up").small())
                        .on_hover_text("Move the slide one place earlier")
                        .clicked()
                    {
                        push(commands, SlideEdit::Move { from: k, to: k - 1 });
                    }
                    if ui
                        .add_enabled(k + 1 < n, egui::Button::new("Down").small())
                        .on_hover_text("Move the slide one place later")
                        .clicked()
                    {
                        push(commands, SlideEdit::Move { from: k, to: k + 1 });
                    }
                    if ui
                        .add(egui::Button::new("Duplicate").small())
                        .on_hover_text("A copy of the slide right after it")
                        .clicked()
                    {
                        push(commands, SlideEdit::Duplicate(k));
                    }
                    if ui
                        .add(egui::Button::new("Delete").small())
                        .on_hover_text("Delete the slide")
                        .clicked()
                    {
                        push(commands, SlideEdit::Delete(k));
                    }
                });
                ui.add_space(tokens.spacing * 0.5);
            }
        });
}

/// A slide's number and title (selectable, and draggable) and its line: figures, chart,
/// whether something is missing. Returns the title's response.
fn slide_summary_ui(
    ui: &mut egui::Ui,
    (k, slide): (usize, &crate::board::Slide),
    on: bool,
    problems: usize,
    tokens: &Tokens,
) -> egui::Response {
    let title = format!("{}. {}", k + 1, slide.title);
    let response = ui
        .selectable_label(on, RichText::new(title).strong())
        .interact(egui::Sense::drag())
        .on_hover_text("Choose this slide; drag it onto another's title to move it there");
    let figures = slide.figures.len();
    let mut line = format!(
        "{figures} figure{} \u{b7} {}",
        if figures == 1 { "" } else { "s" },
        slide.chart.label()
    );
    if problems > 0 {
        line.push_str(" \u{b7} something is missing");
    }
    let colour = if problems > 0 {
        ui.visuals().warn_fg_color
    } else {
        tokens.text_muted
    };
    ui.label(RichText::new(line).small().color(colour));
    response
}
