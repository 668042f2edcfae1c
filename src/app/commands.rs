//! Running the commands of a frame: the one place where clicks, keys, menus and finished
//! tasks change the app's state (see `crate::command`).

use super::{App, Loaded, Page, Topic};
use crate::command::{Action, Command};
use crate::filter::Filter;

impl App {
    /// Runs the commands collected so far, then brings the derived state up to date.
    pub(super) fn run_commands(&mut self, ctx: &egui::Context) {
        for command in self.work.commands.take() {
            self.run_command(ctx, command);
        }
        self.refresh();
    }

    fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        let filter = &mut self.state.filter;
        match command {
            Command::Run(action) => self.run_action(ctx, action),
            Command::OpenPath(path) => self.work.jobs.open_paths(ctx, vec![path]),
            Command::OpenPaths(paths) => self.work.jobs.open_paths(ctx, paths),
            Command::RemoveBriefing(index) => self.remove_briefing(index),
            Command::ToggleBriefing(sha) => toggle(&mut filter.briefings, sha),
            Command::ShowPage(page) => {
                self.session.wanted_page = page.clone();
                self.state.page = page;
            }
            Command::Select(id) => self.data.selected = id,
            Command::ShowInTranscript { indicator, start } => {
                self.data.selected = Some(indicator);
                self.state.page = Page::Transcript;
                self.session.wanted_page = Page::Transcript;
                self.panels.transcript.scroll_to(start);
            }
            Command::ToggleSpeaker(id) => toggle(&mut filter.speakers, id),
            Command::ToggleTheme(id) => toggle(&mut filter.themes, id),
            Command::SetKind(kind) => filter.kind = kind,
            Command::SetSearch(text) => filter.search = text,
            Command::SetTheme(theme) => self.state.theme = theme,
            Command::SortBy(column) => {
                self.data.sort = crate::sort::toggled(self.data.sort, column);
            }
            Command::Correct {
                briefing,
                figure,
                edit,
            } => self.correct(&briefing, &figure, &edit),
            Command::EditFigure(id) => {
                self.data.selected = Some(id);
                self.state.details_open = true;
            }
        }
        ctx.request_repaint();
    }

    fn run_action(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::OpenDialog => self.work.jobs.pick_file(ctx),
            Action::OpenEmbedded => {
                let embedded = Loaded::embedded().corrected(None, &self.work.jobs.places);
                self.add_briefings(vec![embedded]);
            }
            Action::ClearFilters => self.state.filter = Filter::default(),
            Action::ZoomIn | Action::ZoomOut | Action::ZoomReset => self.zoom(ctx, action),
            Action::DismissError => {
                self.work.notifications.clear(Topic::Open);
                self.work.notifications.clear(Topic::Corrections);
            }
            Action::Undo => self.undo(),
            Action::Redo => self.redo(),
            Action::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Action::Present => self.start_presenting_here(ctx),
            Action::ShowShortcuts => self.panels.shortcuts_open = true,
            Action::ToggleDetails => self.state.details_open = !self.state.details_open,
            Action::ExportPage
            | Action::ExportDeck
            | Action::CopyChart
            | Action::ExportCsv
            | Action::ExportJson => {
                let (export, src, notes) = self.export_split();
                export.run(ctx, action, &src, notes);
            }
        }
    }

    /// Zoom in, Zoom out, Actual size: the presenter's zoom while presenting, otherwise the
    /// dashboard's (egui's zoom factor, remembered between runs).
    fn zoom(&mut self, ctx: &egui::Context, action: Action) {
        if let Some(presenter) = &mut self.session.presenter {
            presenter.zoom(action);
        } else if let Some(zoom) = crate::zoom::after(action, self.state.zoom) {
            self.state.zoom = zoom;
            ctx.set_zoom_factor(zoom);
        }
    }
}

fn toggle(set: &mut std::collections::BTreeSet<String>, id: String) {
    if !set.remove(&id) {
        set.insert(id);
    }
}
