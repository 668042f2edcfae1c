//! The shell's panels: top bar (menus, page tabs, progress, messages), the filter side panel
//! and the details panel. Each is its own function so a mode can hide it.

use egui::{Button, Color32, Frame, Panel};

use super::App;
use crate::command::{Action, Command, Commands};
use crate::notify::Topic;
use crate::theme::ThemeChoice;
use crate::view;

impl App {
    /// Menus, page tabs, a spinner while a job runs, and any error message.
    pub fn top_bar_ui(&mut self, ui: &mut egui::Ui) {
        let pages = self.pages();
        let top = self.panel_frame(Frame::side_top_panel(ui.style()));
        Panel::top("top_bar").frame(top).show(ui, |ui| {
            egui::MenuBar::new().ui(ui, |ui| {
                ui.menu_button("File", |ui| {
                    action_button(ui, Action::OpenDialog, &mut self.work.commands);
                    action_button(ui, Action::OpenAddress, &mut self.work.commands);
                    action_button(ui, Action::OpenEmbedded, &mut self.work.commands);
                    ui.separator();
                    action_button(ui, Action::OpenSlides, &mut self.work.commands);
                    action_button(ui, Action::SaveSlides, &mut self.work.commands);
                    action_button(ui, Action::SaveSlidesAs, &mut self.work.commands);
                    ui.separator();
                    action_button(ui, Action::ExportPage, &mut self.work.commands);
                    action_button(ui, Action::ExportDeck, &mut self.work.commands);
                    action_button(ui, Action::CopyChart, &mut self.work.commands);
                    action_button(ui, Action::ExportCsv, &mut self.work.commands);
                    action_button(ui, Action::ExportJson, &mut self.work.commands);
                    ui.separator();
                    action_button(ui, Action::Quit, &mut self.work.commands);
                });
                ui.menu_button("Edit", |ui| {
                    let (undo, redo) = self.can_undo();
                    ui.add_enabled_ui(undo, |ui| {
                        action_button(ui, Action::Undo, &mut self.work.commands);
                    });
                    ui.add_enabled_ui(redo, |ui| {
                        action_button(ui, Action::Redo, &mut self.work.commands);
                    });
                    ui.separator();
                    action_button(ui, Action::PasteBriefing, &mut self.work.commands);
                });
                ui.menu_button("View", |ui| {
                    for theme in ThemeChoice::ALL {
                        let on = self.state.theme == theme;
                        if ui.radio(on, theme.label()).clicked() {
                            self.work.commands.push(Command::SetTheme(theme));
                        }
                    }
                    ui.separator();
                    action_button(ui, Action::ZoomIn, &mut self.work.commands);
                    action_button(ui, Action::ZoomOut, &mut self.work.commands);
                    action_button(ui, Action::ZoomReset, &mut self.work.commands);
                    ui.separator();
                    let details = Action::ToggleDetails;
                    let mut open = self.state.details_open;
                    let checkbox = ui.checkbox(&mut open, details.label());
                    if checkbox.on_hover_text(details.tooltip()).clicked() {
                        self.work.commands.push(details);
                    }
                    ui.separator();
                    action_button(ui, Action::Present, &mut self.work.commands);
                });
                ui.menu_button("Help", |ui| {
                    action_button(ui, Action::ShowShortcuts, &mut self.work.commands);
                });
                ui.separator();
                let export = Action::ExportPage;
                let button = ui.button(export.label()).on_hover_text(export.tooltip());
                if button.clicked() {
                    self.work.commands.push(export);
                }
                ui.separator();
                ui.label(briefing_line(&self.data.library));
                if let Some(busy) = self.work.jobs.busy() {
                    ui.separator();
                    ui.spinner();
                    ui.label(busy);
                }
            });
        });
        Panel::top("pages").frame(top).show(ui, |ui| {
            ui.add_space(2.0);
            ui.horizontal_wrapped(|ui| {
                for (page, title) in pages {
                    let on = self.state.page == page;
                    if ui.selectable_label(on, title).clicked() && !on {
                        self.work.commands.push(Command::ShowPage(page));
                    }
                }
                self.my_slides_tab(ui);
            });
            ui.add_space(2.0);
        });
        for (topic, id) in [
            (Topic::Open, "message"),
            (Topic::Corrections, "corrections"),
            (Topic::Slides, "slides-message"),
        ] {
            if let Some(message) = self.work.notifications.get(topic) {
                Panel::top(id).frame(top).show(ui, |ui| {
                    ui.horizontal_wrapped(|ui| {
                        view::notice::ui(ui, message);
                        action_button(ui, Action::DismissError, &mut self.work.commands);
                    });
                });
            }
        }
    }

    /// The tab of My slides, after the pages, with the number of slides.
    fn my_slides_tab(&mut self, ui: &mut egui::Ui) {
        ui.separator();
        let on = self.state.page == crate::command::Page::Slides;
        let n = self.data.board.board.slides.len();
        let title = if n == 0 {
            MY_SLIDES.to_owned()
        } else {
            format!("{MY_SLIDES} ({n})")
        };
        if ui.selectable_label(on, title).clicked() && !on {
            self.work
                .commands
                .push(Command::ShowPage(crate::command::Page::Slides));
        }
    }

    /// A shell panel's frame: egui's own, without its fill when the window is cleared to that
    /// colour already, so the background is drawn once (by the clear) instead of once per
    /// panel. On a software renderer each full-window fill costs tens of milliseconds a frame.
    pub(super) fn panel_frame(&self, frame: Frame) -> Frame {
        if self.panels.background == super::Background::Clear {
            frame.fill(Color32::TRANSPARENT)
        } else {
            frame
        }
    }

    /// The filters: speakers, themes, kind, search.
    pub fn side_panel_ui(&mut self, ui: &mut egui::Ui) {
        let frame = self.panel_frame(Frame::side_top_panel(ui.style()));
        Panel::left("filters")
            .frame(frame)
            .resizable(true)
            .default_size(260.0)
            .min_size(200.0)
            .show(ui, |ui| {
                let ctx = view::ViewCtx {
                    library: &self.data.library,
                    derived: &self.data.derived,
                    selected: self.data.selected.as_deref(),
                };
                view::side_panel::ui(ui, &ctx, &self.state.filter, &mut self.work.commands);
            });
    }

    /// The selected figure with its mentions and quotes, unless hidden (View → Details panel).
    pub fn details_ui(&mut self, ui: &mut egui::Ui) {
        if !self.state.details_open {
            return;
        }
        let frame = self.panel_frame(Frame::side_top_panel(ui.style()));
        Panel::right("details")
            .frame(frame)
            .resizable(true)
            .default_size(280.0)
            .min_size(220.0)
            .show(ui, |ui| {
                let ctx = view::ViewCtx {
                    library: &self.data.library,
                    derived: &self.data.derived,
                    selected: self.data.selected.as_deref(),
                };
                view::details::ui(ui, &ctx, &mut self.work.commands);
            });
    }
}

/// "SCIO briefing on … · 2024-07-05 · 86 figures", or the file name; "3 SCIO briefings ·
/// 19 January 2023 to 20 January 2026 · 97 figures" for several.
fn briefing_line(library: &crate::library::Library) -> String {
    let Some(first) = library.parts().first() else {
        return crate::library::NO_BRIEFING.to_owned();
    };
    let dataset = library.dataset();
    if !dataset.briefings.is_empty() {
        let range = crate::format::date_range(dataset.briefings.iter().map(|b| b.date.as_str()))
            .unwrap_or_else(|| "dates unknown".to_owned());
        let (title, n) = (&dataset.source.title, dataset.indicators.len());
        return format!("{title} · {range} · {n} figures");
    }
    let source = &library.dataset().source;
    let figures = library.dataset().indicators.len();
    let name = if source.title.is_empty() {
        first.name.as_str()
    } else {
        source.title.as_str()
    };
    format!(
        "{name} · {} · {figures} figures",
        crate::format::date_or_unknown(&source.date)
    )
}

/// The tab of the slides of one's own.
pub const MY_SLIDES: &str = "My slides";

/// A menu entry or button for an action, with its shortcut and its tooltip.
pub fn action_button(ui: &mut egui::Ui, action: Action, commands: &mut Commands) {
    let mut button = Button::new(action.label());
    if let Some(shortcut) = action.shortcut() {
        button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
    }
    if ui.add(button).on_hover_text(action.tooltip()).clicked() {
        commands.push(action);
    }
}
