//! The chosen slide's editor: its title, subtitle, chart and note, and its figures.

use egui::{RichText, TextEdit};

use super::SlidesView;
use crate::board::{ChartChoice, NOTE_MAX_CHARS, series_problem};
use crate::command::{Command, Commands, SlideEdit};
use crate::format;
use crate::theme::Tokens;

/// The chosen slide's title, subtitle, chart, figures (highlight, remove, order) and note.
pub(super) fn editor_ui(
    ui: &mut egui::Ui,
    ctx: &crate::view::ViewCtx<'_>,
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
