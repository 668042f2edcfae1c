//! The shell's panels: top bar (menus, page tabs, progress, messages), the filter side panel
//! and the details panel. Each is its own function so a mode can hide it.

use egui::{Button, Panel};

use super::App;
use crate::command::{Command, Commands};
use crate::notify::Topic;
use crate::theme::ThemeChoice;
use crate::view;

impl App {
    /// Menus, page tabs, a spinner while a job runs, and any error message.
    pub fn top_bar_ui(&mut self, ui: &mut egui::Ui) {
        let pages = self.pages();
        Panel::top("top_bar").show(ui, |ui| {
            egui::MenuBar::new().ui(ui, |ui| {
                ui.menu_button("File", |ui| {
                    command_button(ui, Command::OpenDialog, &mut self.commands);
                    command_button(ui, Command::OpenEmbedded, &mut self.commands);
                    ui.separator();
                    command_button(ui, Command::ExportPng, &mut self.commands);
                    command_button(ui, Command::ExportDeck, &mut self.commands);
                    command_button(ui, Command::CopyChart, &mut self.commands);
                    command_button(ui, Command::ExportCsv, &mut self.commands);
                    command_button(ui, Command::ExportJson, &mut self.commands);
                    ui.separator();
                    command_button(ui, Command::Quit, &mut self.commands);
                });
                ui.menu_button("View", |ui| {
                    for theme in ThemeChoice::ALL {
                        let command = Command::SetTheme(theme);
                        let on = self.state.theme == theme;
                        if ui.radio(on, command.label()).clicked() {
                            self.commands.push(command);
                        }
                    }
                    ui.separator();
                    command_button(ui, Command::ZoomIn, &mut self.commands);
                    command_button(ui, Command::ZoomOut, &mut self.commands);
                    command_button(ui, Command::ZoomReset, &mut self.commands);
                    ui.separator();
                    let details = Command::ToggleDetails;
                    let mut open = self.state.details_open;
                    let label = details.label();
                    if ui.checkbox(&mut open, label).clicked() {
                        self.commands.push(details);
                    }
                    ui.separator();
                    command_button(ui, Command::Present, &mut self.commands);
                });
                ui.menu_button("Help", |ui| {
                    command_button(ui, Command::ShowShortcuts, &mut self.commands);
                });
                ui.separator();
                if ui.button(Command::ExportPng.label()).clicked() {
                    self.commands.push(Command::ExportPng);
                }
                ui.separator();
                ui.label(briefing_line(&self.data));
                if let Some(busy) = self.jobs.busy() {
                    ui.separator();
                    ui.spinner();
                    ui.label(busy);
                }
            });
        });
        Panel::top("pages").show(ui, |ui| {
            ui.add_space(2.0);
            ui.horizontal_wrapped(|ui| {
                for (page, title) in pages {
                    let on = self.state.page == page;
                    if ui.selectable_label(on, title).clicked() && !on {
                        self.commands.push(Command::ShowPage(page));
                    }
                }
            });
            ui.add_space(2.0);
        });
        if let Some(message) = self.notifications.get(Topic::Open) {
            Panel::top("message").show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    view::notice::ui(ui, message);
                    command_button(ui, Command::DismissError, &mut self.commands);
                });
            });
        }
    }

    /// The filters: speakers, themes, kind, search.
    pub fn side_panel_ui(&mut self, ui: &mut egui::Ui) {
        Panel::left("filters")
            .resizable(true)
            .default_size(260.0)
            .min_size(200.0)
            .show(ui, |ui| {
                view::side_panel::ui(
                    ui,
                    (&self.data.dataset, &self.derived),
                    &self.state.filter,
                    &mut self.commands,
                );
            });
    }

    /// The selected figure with its mentions and quotes, unless hidden (View → Details panel).
    pub fn details_ui(&mut self, ui: &mut egui::Ui) {
        if !self.state.details_open {
            return;
        }
        Panel::right("details")
            .resizable(true)
            .default_size(280.0)
            .min_size(220.0)
            .show(ui, |ui| {
                view::details::ui(ui, &self.data, self.selected.as_deref(), &mut self.commands);
            });
    }
}

/// "SCIO briefing on … · 2024-07-05 · 86 figures", or the file name.
fn briefing_line(data: &super::Loaded) -> String {
    let source = &data.dataset.source;
    let figures = data.dataset.indicators.len();
    let name = if source.title.is_empty() {
        data.name.as_str()
    } else {
        source.title.as_str()
    };
    format!(
        "{name} · {} · {figures} figures",
        crate::format::date_or_unknown(&source.date)
    )
}

/// A menu entry or button for a command, with its shortcut.
pub fn command_button(ui: &mut egui::Ui, command: Command, commands: &mut Commands) {
    let mut button = Button::new(command.label());
    if let Some(shortcut) = command.shortcut() {
        button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
    }
    if ui.add(button).clicked() {
        commands.push(command);
    }
}
