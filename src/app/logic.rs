//! The frame's set-up, run in `App::logic` before anything draws (also while presenting):
//! finished tasks, dropped files and shortcuts become commands and run; the theme, the window
//! title and the derived state follow.

use super::jobs::JobOutput;
use super::{App, Command, Mode};
use crate::derived::Inputs;
use crate::notify::{Level, Topic};

impl App {
    /// The frame's set-up, before anything draws (also while presenting): finished jobs,
    /// dropped files and shortcuts become commands and run; then the theme, the window title
    /// and the derived state follow the changes.
    pub(super) fn logic_pass(&mut self, ctx: &egui::Context) {
        for output in self.jobs.finished() {
            match output {
                JobOutput::Loaded(Ok(loaded)) => {
                    self.replace_data(*loaded);
                    self.refresh();
                    if let Some(opening) = self.opening.take() {
                        self.check_page(opening.page);
                    }
                }
                JobOutput::Loaded(Err(e)) => {
                    self.opening = None;
                    let text = format!("Could not open {e}");
                    self.notifications.notify(Topic::Open, Level::Error, text);
                }
                JobOutput::Picked(Some(path)) => self.push(Command::OpenPath(path)),
                JobOutput::Picked(None) => {}
                JobOutput::NoDialog => {
                    self.notifications.notify(
                        Topic::Open,
                        Level::Info,
                        "No file dialog could be shown on this system. Drop a file on the \
                         window, or give it on the command line: briefboard FILE",
                    );
                }
            }
        }
        for file in ctx.input(|i| i.raw.dropped_files.clone()) {
            self.push(Command::OpenPath(file.path().to_owned()));
        }
        let mode = if self.presenter.is_some() {
            Mode::Presenting
        } else {
            Mode::Dashboard
        };
        self.commands.push_shortcuts(ctx, mode);
        self.run_commands(ctx);
        if self.applied_theme != Some(self.state.theme) && self.presenter.is_none() {
            crate::theme::apply(ctx, self.state.theme);
            self.applied_theme = Some(self.state.theme);
        }
        if self.title_for != Some(self.data_revision) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(crate::loaded::window_title(
                &self.data,
            )));
            self.title_for = Some(self.data_revision);
        }
        self.window_size.track(ctx, &mut self.state);
    }

    /// Rebuilds the derived state if the data, the filters or the order changed; a figure the
    /// new filters hide leaves the details panel.
    pub(super) fn refresh(&mut self) {
        let inputs = Inputs {
            dataset: &self.data.dataset,
            data_revision: self.data_revision,
            filter: &self.state.filter,
            sort: self.sort,
        };
        if self.derived.update(inputs) {
            let hidden = |id: &str| !self.derived.selection().contains_id(&self.data.dataset, id);
            if self.selected.as_deref().is_some_and(hidden) {
                self.selected = None;
            }
        }
    }
}
