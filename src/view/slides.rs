//! My slides: the slides of one's own ([`crate::board`]) as a list to reorder, duplicate and
//! delete, the chosen slide's editor (title, subtitle, chart, highlighted figures, note) and
//! its preview as it will be presented and exported. Every change is a
//! [`Command::Slides`]; the app applies it.

use std::path::Path;

use egui::{RichText, ScrollArea, TextEdit};

use crate::board::{Board, ChartChoice, NOTE_MAX_CHARS, Resolved, series_problem};
use crate::command::{Action, Command, Commands, SlideEdit};
use crate::format;
use crate::theme::Tokens;

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

/// The field that asks where to save the slides when no save dialog could be shown: the path
/// typed (kept in egui's memory while it is asked), Save and Cancel.
fn path_ui(ui: &mut egui::Ui, suggested: &str, commands: &mut Commands) {
    let id = egui::Id::unique("save-slides-path");
    let mut typed: String = ui.data_mut(|d| {
        d.get_temp_mut_or_insert_with(id, || suggested.to_owned())
            .clone()
    });
    ui.horizontal_wrapped(|ui| {
        let label = ui.label("Save the slides to:");
        let field = ui
            .add(TextEdit::singleline(&mut typed).desired_width(420.0))
            .labelled_by(label.id);
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button("Save").clicked() || enter) && !typed.trim().is_empty() {
            commands.push(Command::SaveBoard(std::path::PathBuf::from(typed.trim())));
        }
        if ui.button("Cancel").clicked() {
            commands.push(Command::Slides(SlideEdit::StopAskingPath));
        }
    });
    ui.data_mut(|d| d.insert_temp(id, typed));
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

/// The slides, one row each: a thumbnail, number, title, figures and chart, problems;
/// buttons to move, copy and delete.
fn list_ui(
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
                    let thumb = super::thumbnail::thumbnail_ui(ui, model, width, on, tokens);
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

/// The chosen slide's title, subtitle, chart, figures (highlight, remove, order) and note.
fn editor_ui(
    ui: &mut egui::Ui,
    ctx: &super::ViewCtx<'_>,
    view: &SlidesView<'_>,
    k: usize,
    tokens: &Tokens,
    commands: &mut Commands,
) {
    let Some(slide) = view.board.slides.get(k) else {
        return;
    };
    let found = view.resolved.slides.get(k);
    let dataset = ctx.library.dataset();
    let edit = |c: &mut Commands, e: SlideEdit| c.push(Command::Slides(e));
    egui::Grid::new(("my-slide-fields", k))
        .num_columns(2)
        .spacing([tokens.spacing, tokens.spacing * 0.5])
        .show(ui, |ui| {
            let label = ui.label("Title");
            let mut title = slide.title.clone();
            let field = TextEdit::singleline(&mut title)
                .id_salt(("slide-title", k))
                .desired_width(f32::INFINITY);
            if ui.add(field).labelled_by(label.id).changed() {
                edit(commands, SlideEdit::Title(k, title));
            }
            ui.end_row();
            let label = ui.label("Subtitle");
            let mut subtitle = slide.subtitle.clone();
            let field = TextEdit::singleline(&mut subtitle)
                .id_salt(("slide-subtitle", k))
                .hint_text("One sentence under the title")
                .desired_width(f32::INFINITY);
            if ui.add(field).labelled_by(label.id).changed() {
                edit(commands, SlideEdit::Subtitle(k, subtitle));
            }
            ui.end_row();
            ui.label("Chart");
            ui.horizontal(|ui| {
                let indices: Vec<usize> = found
                    .map(|f| f.found().map(|(_, n)| n).collect())
                    .unwrap_or_default();
                let series_why = series_problem(dataset, &indices);
                for choice in ChartChoice::ALL {
                    let allowed = choice != ChartChoice::Series || series_why.is_none();
                    let on = slide.chart == choice;
                    let r = ui.add_enabled(allowed, egui::RadioButton::new(on, choice.label()));
                    let r = match (&series_why, choice) {
                        (Some(why), ChartChoice::Series) => r.on_disabled_hover_text(why),
                        _ => r,
                    };
                    if r.clicked() && !on {
                        edit(commands, SlideEdit::Chart(k, choice));
                    }
                }
            });
            ui.end_row();
            let label = ui.label("Note");
            let mut note = slide.note.clone();
            let field = TextEdit::multiline(&mut note)
                .id_salt(("slide-note", k))
                .hint_text("A line or two under the chart")
                .desired_rows(2)
                .char_limit(NOTE_MAX_CHARS)
                .desired_width(f32::INFINITY);
            if ui.add(field).labelled_by(label.id).changed() {
                edit(commands, SlideEdit::Note(k, note));
            }
            ui.end_row();
        });
    ui.add_space(tokens.spacing * 0.5);
    figures_ui(ui, dataset, slide, found, k, commands);
    if let Some(s) = found {
        for p in &s.problems {
            ui.label(RichText::new(format!("This slide {p}.")).color(ui.visuals().warn_fg_color));
        }
    }
}

/// The slide's figures, one row each: highlight, value and label (or "not found"), up,
/// remove.
fn figures_ui(
    ui: &mut egui::Ui,
    dataset: &crate::dataset::Dataset,
    slide: &crate::board::Slide,
    found: Option<&crate::board::ResolvedSlide>,
    k: usize,
    commands: &mut Commands,
) {
    let edit = |c: &mut Commands, e: SlideEdit| c.push(Command::Slides(e));
    ui.label(RichText::new("Figures").strong()).on_hover_text(
        "Highlighted figures are drawn in their colours, the others greyed; with none \
         highlighted, all are in colour.",
    );
    for (j, f) in slide.figures.iter().enumerate() {
        let at = found.and_then(|s| s.figures.get(j).copied().flatten());
        ui.horizontal_wrapped(|ui| {
            let mut on = f.highlight;
            if ui
                .checkbox(&mut on, "Highlight")
                .on_hover_text("Draw this figure in colour and grey the others")
                .changed()
            {
                edit(
                    commands,
                    SlideEdit::ToggleHighlight {
                        slide: k,
                        figure: j,
                    },
                );
            }
            match at.and_then(|n| dataset.indicators.get(n)) {
                Some(ind) => {
                    ui.label(RichText::new(format::indicator(ind)).strong());
                    ui.label(&ind.label);
                }
                None => {
                    ui.label(
                        RichText::new(format!("{} (not found)", f.name()))
                            .color(ui.visuals().warn_fg_color),
                    );
                }
            }
            if ui
                .add_enabled(j > 0, egui::Button::new("\u{2191}").small())
                .on_hover_text("Draw this figure one place earlier")
                .clicked()
            {
                edit(
                    commands,
                    SlideEdit::FigureUp {
                        slide: k,
                        figure: j,
                    },
                );
            }
            if ui
                .add(egui::Button::new("Remove").small())
                .on_hover_text("Take this figure off the slide")
                .clicked()
            {
                edit(
                    commands,
                    SlideEdit::RemoveFigure {
                        slide: k,
                        figure: j,
                    },
                );
            }
        });
    }
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
