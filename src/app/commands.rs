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
            Command::OpenPath(path) if crate::board::Board::is_board_path(&path) => {
                self.open_board(ctx, &path);
            }
            Command::OpenPath(path) => self.work.jobs.open_paths(ctx, vec![path]),
            Command::OpenPaths(paths) => {
                // A board file among them opens as My slides.
                let (boards, files): (Vec<_>, Vec<_>) = paths
                    .into_iter()
                    .partition(|p| crate::board::Board::is_board_path(p));
                if let Some(board) = boards.first() {
                    self.open_board(ctx, board);
                }
                if !files.is_empty() {
                    self.work.jobs.open_paths(ctx, files);
                }
            }
            Command::OpenBoard(path) => self.open_board(ctx, &path),
            Command::SaveBoard(path) => self.save_board(&path),
            Command::Slides(edit) => self.edit_slides(edit),
            Command::OpenAddress(address) => {
                let progress = std::sync::Arc::new(super::address::Progress::default());
                self.panels.address.open = true;
                self.panels.address.fetching = Some(super::address::Fetching {
                    address: address.clone(),
                    progress: progress.clone(),
                });
                self.work.jobs.open_address(ctx, address, progress);
            }
            Command::CancelAddress => {
                if let Some(fetching) = self.panels.address.fetching.take() {
                    fetching
                        .progress
                        .cancel
                        .store(true, std::sync::atomic::Ordering::Relaxed);
                    self.work.notifications.notify(
                        Topic::Open,
                        crate::notify::Level::Info,
                        format!("Opening {} was cancelled.", fetching.address),
                    );
                }
                self.panels.address.open = false;
            }
            Command::PasteText(text) => self.paste(ctx, &text),
            Command::OpenUrl(url) => ctx.open_url(egui::OpenUrl::new_tab(url)),
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
            Action::OpenSlides => self.work.jobs.pick_board(ctx, false, ""),
            Action::SaveSlides => self.save_slides(ctx, false),
            Action::SaveSlidesAs => self.save_slides(ctx, true),
            Action::OpenAddress => self.panels.address.show(),
            Action::PasteBriefing => {
                self.session.paste_asked = Some(std::time::Instant::now());
                ctx.send_viewport_cmd(egui::ViewportCommand::RequestPaste);
            }
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

    /// Opens pasted text as a briefing; a further page of an open briefing (the same
    /// headline as its title) joins it.
    fn paste(&mut self, ctx: &egui::Context, text: &str) {
        if text.trim().is_empty() {
            self.work.notifications.notify(
                Topic::Open,
                crate::notify::Level::Info,
                "The clipboard holds no text to open as a briefing.",
            );
            return;
        }
        let page = crate::sources::read_page(crate::sources::PASTED, text.as_bytes(), None);
        let key = |s: &str| {
            s.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        };
        let join = self
            .data
            .library
            .parts()
            .iter()
            .find(|p| {
                !page.headline.is_empty() && key(&p.dataset.source.title) == key(&page.headline)
            })
            .map(|p| (p.pages(), p.dataset.source.sha256.clone()));
        self.work.jobs.paste(ctx, page, join);
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
