//! Running the commands of a frame: the one place where clicks, keys, menus and finished
//! tasks change the app's state (see `crate::command`).

use super::{App, Loaded, Page, Topic};
use crate::command::{Action, Command};
use crate::filter::Filter;

impl App {
    /// Runs the commands collected so far, then brings the derived state up to date.
    pub(super) fn run_commands(&mut self, ctx: &egui::Context) {
        for command in self.commands.take() {
            self.run_command(ctx, command);
        }
        self.refresh();
    }

    fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        let filter = &mut self.state.filter;
        match command {
            Command::Run(action) => self.run_action(ctx, action),
            Command::OpenPath(path) => self.jobs.open_paths(ctx, vec![path]),
            Command::OpenPaths(paths) => self.jobs.open_paths(ctx, paths),
            Command::OpenAddress(address) => {
                let progress = std::sync::Arc::new(super::address::Progress::default());
                self.address.open = true;
                self.address.fetching = Some(super::address::Fetching {
                    address: address.clone(),
                    progress: progress.clone(),
                });
                self.jobs.open_address(ctx, address, progress);
            }
            Command::CancelAddress => {
                if let Some(fetching) = self.address.fetching.take() {
                    fetching
                        .progress
                        .cancel
                        .store(true, std::sync::atomic::Ordering::Relaxed);
                    self.notifications.notify(
                        Topic::Open,
                        crate::notify::Level::Info,
                        format!("Opening {} was cancelled.", fetching.address),
                    );
                }
                self.address.open = false;
            }
            Command::PasteText(text) => self.paste(ctx, &text),
            Command::OpenUrl(url) => ctx.open_url(egui::OpenUrl::new_tab(url)),
            Command::RemoveBriefing(index) => self.remove_briefing(index),
            Command::ToggleBriefing(sha) => toggle(&mut filter.briefings, sha),
            Command::ShowPage(page) => {
                self.wanted_page = page.clone();
                self.state.page = page;
            }
            Command::Select(id) => self.selected = id,
            Command::ShowInTranscript { indicator, start } => {
                self.selected = Some(indicator);
                self.state.page = Page::Transcript;
                self.wanted_page = Page::Transcript;
                self.transcript.scroll_to(start);
            }
            Command::ToggleSpeaker(id) => toggle(&mut filter.speakers, id),
            Command::ToggleTheme(id) => toggle(&mut filter.themes, id),
            Command::SetKind(kind) => filter.kind = kind,
            Command::SetSearch(text) => filter.search = text,
            Command::SetTheme(theme) => self.state.theme = theme,
            Command::SortBy(column) => self.sort = crate::sort::toggled(self.sort, column),
        }
        ctx.request_repaint();
    }

    fn run_action(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::OpenDialog => self.jobs.pick_file(ctx),
            Action::OpenEmbedded => self.add_briefings(vec![Loaded::embedded()]),
            Action::OpenAddress => self.address.show(),
            Action::PasteBriefing => {
                self.paste_asked = Some(std::time::Instant::now());
                ctx.send_viewport_cmd(egui::ViewportCommand::RequestPaste);
            }
            Action::ClearFilters => self.state.filter = Filter::default(),
            Action::ZoomIn | Action::ZoomOut | Action::ZoomReset => self.zoom(ctx, action),
            Action::DismissError => self.notifications.clear(Topic::Open),
            Action::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Action::Present => self.start_presenting_here(ctx),
            Action::ShowShortcuts => self.shortcuts_open = true,
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

    /// Opens pasted text as a briefing; a further page of an open briefing (the same
    /// headline as its title) joins it.
    fn paste(&mut self, ctx: &egui::Context, text: &str) {
        if text.trim().is_empty() {
            self.notifications.notify(
                Topic::Open,
                crate::notify::Level::Info,
                "The clipboard holds no text to open as a briefing.",
            );
            return;
        }
        let page = crate::sources::read_page("pasted text", text.as_bytes(), None);
        let key = |s: &str| {
            s.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        };
        let join = self
            .library
            .parts()
            .iter()
            .find(|p| {
                !page.headline.is_empty() && key(&p.dataset.source.title) == key(&page.headline)
            })
            .map(|p| (p.pages(), p.dataset.source.sha256.clone()));
        self.jobs.paste(ctx, page, join);
    }

    /// Zoom in, Zoom out, Actual size: the presenter's zoom while presenting, otherwise the
    /// dashboard's (egui's zoom factor, remembered between runs).
    fn zoom(&mut self, ctx: &egui::Context, action: Action) {
        if let Some(presenter) = &mut self.presenter {
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
