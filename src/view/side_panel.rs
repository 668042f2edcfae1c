//! The filter panel: speakers (with Chinese names, roles and how many figures each gave),
//! themes, kind of figure, a search box and "Clear filters".

use std::collections::HashMap;

use egui::{Button, RichText, ScrollArea, TextEdit};

use crate::command::{Command, Commands};
use crate::dataset::{Dataset, SpeakerKind};
use crate::filter::{Filter, KindFilter};

/// How many figures each speaker and theme has; counted once per dataset.
#[derive(Debug, Default)]
pub struct SidePanel {
    counted_for: Option<u64>,
    by_speaker: HashMap<String, usize>,
    by_theme: HashMap<String, usize>,
}

impl SidePanel {
    /// Draws the panel. `generation` changes whenever the dataset does; `shown` is how many
    /// indicators pass the filter.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        (dataset, generation): (&Dataset, u64),
        filter: &Filter,
        shown: usize,
        commands: &mut Commands,
    ) {
        self.count(dataset, generation);
        ScrollArea::vertical().show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal(|ui| {
                ui.heading("Filters");
                let clear = Button::new(Command::ClearFilters.label());
                if ui.add_enabled(!filter.is_empty(), clear).clicked() {
                    commands.push(Command::ClearFilters);
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
            self.speakers_ui(ui, dataset, filter, commands);
            ui.separator();
            self.themes_ui(ui, dataset, filter, commands);
            ui.separator();
            kind_ui(ui, filter, commands);
        });
    }

    fn count(&mut self, dataset: &Dataset, generation: u64) {
        if self.counted_for == Some(generation) {
            return;
        }
        self.by_speaker.clear();
        self.by_theme.clear();
        for indicator in &dataset.indicators {
            for speaker in indicator.speakers() {
                *self.by_speaker.entry(speaker.to_owned()).or_default() += 1;
            }
            *self.by_theme.entry(indicator.theme.clone()).or_default() += 1;
        }
        self.counted_for = Some(generation);
    }

    fn speakers_ui(
        &self,
        ui: &mut egui::Ui,
        dataset: &Dataset,
        filter: &Filter,
        commands: &mut Commands,
    ) {
        ui.strong("Speakers");
        for speaker in &dataset.speakers {
            let count = self.by_speaker.get(&speaker.id).copied().unwrap_or(0);
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
        &self,
        ui: &mut egui::Ui,
        dataset: &Dataset,
        filter: &Filter,
        commands: &mut Commands,
    ) {
        ui.strong("Themes");
        for theme in &dataset.themes {
            let count = self.by_theme.get(&theme.id).copied().unwrap_or(0);
            let mut on = filter.themes.contains(&theme.id);
            ui.horizontal(|ui| {
                if ui.checkbox(&mut on, theme.label.as_str()).changed() {
                    commands.push(Command::ToggleTheme(theme.id.clone()));
                }
                count_ui(ui, count);
            });
        }
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
