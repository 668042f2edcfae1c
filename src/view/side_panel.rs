//! The filter panel: speakers (with Chinese names, roles and how many figures each gave),
//! themes, kind of figure, a search box and "Clear filters".

use egui::{Button, RichText, ScrollArea, TextEdit};

use crate::command::{Action, Command, Commands};
use crate::dataset::{Dataset, SpeakerKind};
use crate::derived::Derived;
use crate::filter::{Filter, KindFilter};

/// Draws the panel: the counts come from the derived state, the choices from `filter`.
pub fn ui(
    ui: &mut egui::Ui,
    (dataset, derived): (&Dataset, &Derived),
    filter: &Filter,
    commands: &mut Commands,
) {
    let shown = derived.selection().indicators.len();
    ScrollArea::vertical().show(ui, |ui| {
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            ui.heading("Filters");
            let clear = Action::ClearFilters;
            let button = ui.add_enabled(!filter.is_empty(), Button::new(clear.label()));
            if button.on_hover_text(clear.tooltip()).clicked() {
                commands.push(clear);
            }
        });
        let total = dataset.indicators.len();
        ui.label(format!("{shown} of {total} figures shown"));
        let mut search = filter.search.clone();
        let edit = TextEdit::singleline(&mut search)
            .hint_text("Search figures and quotes")
            .desired_width(f32::INFINITY);
        if ui.add(edit).changed() {
            commands.push(Command::SetSearch(search));
        }
        ui.separator();
        speakers_ui(ui, dataset, derived, filter, commands);
        ui.separator();
        themes_ui(ui, dataset, derived, filter, commands);
        ui.separator();
        kind_ui(ui, filter, commands);
    });
}

fn speakers_ui(
    ui: &mut egui::Ui,
    dataset: &Dataset,
    derived: &Derived,
    filter: &Filter,
    commands: &mut Commands,
) {
    ui.strong("Speakers");
    for speaker in &dataset.speakers {
        let count = derived.speaker_count(&speaker.id);
        if count == 0 && speaker.kind != SpeakerKind::Official {
            continue;
        }
        let mut on = filter.speakers.contains(&speaker.id);
        ui.horizontal(|ui| {
            if ui.checkbox(&mut on, speaker.name.as_str()).changed() {
                commands.push(Command::ToggleSpeaker(speaker.id.clone()));
            }
            if let Some(zh) = &speaker.name_zh {
                ui.label(zh.as_str());
            }
            count_ui(ui, count);
        });
        if !speaker.role.is_empty() {
            ui.indent(&speaker.id, |ui| {
                ui.label(RichText::new(speaker.role.as_str()).small().weak());
            });
        }
    }
}

fn themes_ui(
    ui: &mut egui::Ui,
    dataset: &Dataset,
    derived: &Derived,
    filter: &Filter,
    commands: &mut Commands,
) {
    ui.strong("Themes");
    for theme in &dataset.themes {
        let count = derived.theme_count(&theme.id);
        let mut on = filter.themes.contains(&theme.id);
        ui.horizontal(|ui| {
            if ui.checkbox(&mut on, theme.label.as_str()).changed() {
                commands.push(Command::ToggleTheme(theme.id.clone()));
            }
            count_ui(ui, count);
        });
    }
}

/// A figure count, right-aligned and quiet.
fn count_ui(ui: &mut egui::Ui, count: usize) {
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        ui.label(RichText::new(count.to_string()).weak());
    });
}

fn kind_ui(ui: &mut egui::Ui, filter: &Filter, commands: &mut Commands) {
    ui.strong("Kind");
    ui.horizontal(|ui| {
        for (kind, label) in [
            (KindFilter::All, "All"),
            (KindFilter::Achieved, "Achieved"),
            (KindFilter::Targets, "Targets"),
        ] {
            if ui.radio(filter.kind == kind, label).clicked() && filter.kind != kind {
                commands.push(Command::SetKind(kind));
            }
        }
    });
}
