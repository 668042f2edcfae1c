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
        // Every file read since the last frame joins the library at once (one join, however
        // many files a folder or a restart brings).
        let (mut opened, mut failed) = (Vec::new(), Vec::new());
        for output in self.work.jobs.finished() {
            match output {
                JobOutput::Loaded(results) => {
                    for result in results {
                        match result {
                            Ok(part) => opened.push(part),
                            Err(e) => failed.push(e),
                        }
                    }
                }
                JobOutput::Fetched(progress, result) => {
                    let cancelled = progress.cancel.load(std::sync::atomic::Ordering::Relaxed);
                    if self
                        .panels
                        .address
                        .fetching
                        .as_ref()
                        .is_some_and(|f| std::sync::Arc::ptr_eq(&f.progress, &progress))
                    {
                        self.panels.address.fetching = None;
                        self.panels.address.open = false;
                    }
                    if !cancelled {
                        match *result {
                            Ok(part) => opened.push(part),
                            Err(e) => failed.push(e),
                        }
                    }
                }
                JobOutput::Pasted { replaces, result } => match *result {
                    Ok(part) => {
                        if let Some(sha) = replaces
                            && let Some(k) = self
                                .data
                                .library
                                .parts()
                                .iter()
                                .position(|p| p.dataset.source.sha256 == sha)
                        {
                            self.remove_briefing(k);
                        }
                        opened.push(part);
                    }
                    Err(e) => failed.push(e),
                },
                JobOutput::BoardPicked { path: None, .. } => {}
                JobOutput::BoardPicked {
                    save,
                    path: Some(path),
                } => self.push(if save {
                    Command::SaveBoard(path)
                } else {
                    Command::OpenBoard(path)
                }),
                JobOutput::Picked(paths) if paths.is_empty() => {}
                JobOutput::Picked(paths) => self.push(Command::OpenPaths(paths)),
                JobOutput::NoSaveDialog => self.ask_board_path(),
                JobOutput::NoDialog => {
                    self.work.notifications.notify(
                        Topic::Open,
                        Level::Info,
                        "No file dialog could be shown on this system. Drop a file on the \
                         window, or give it on the command line: briefboard FILE",
                    );
                }
            }
        }
        self.opened(opened, &failed);
        self.take_paste(ctx);
        let dropped: Vec<std::path::PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_owned())
                .collect()
        });
        if !dropped.is_empty() {
            self.push(Command::OpenPaths(dropped));
        }
        let mode = if self.session.presenter.is_some() {
            Mode::Presenting
        } else {
            Mode::Dashboard
        };
        self.work.commands.push_shortcuts(ctx, mode);
        self.run_commands(ctx);
        if self.panels.applied_theme != Some(self.state.theme) && self.session.presenter.is_none() {
            crate::theme::apply(ctx, self.state.theme);
            self.panels.applied_theme = Some(self.state.theme);
        }
        if self.panels.title_for != Some(self.data.revision) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(crate::library::window_title(
                &self.data.library,
            )));
            self.panels.title_for = Some(self.data.revision);
        }
        self.panels.window_size.track(ctx, &mut self.state);
    }

    /// Edit → Paste briefing asked the window for the clipboard: its text arrives as a paste
    /// event in a later frame (given up after two seconds, so that a later Ctrl+V in a text
    /// field stays a paste there).
    fn take_paste(&mut self, ctx: &egui::Context) {
        let Some(asked) = self.session.paste_asked else {
            return;
        };
        let pasted = ctx.input(|i| {
            i.events.iter().find_map(|e| match e {
                egui::Event::Paste(text) => Some(text.clone()),
                _ => None,
            })
        });
        if let Some(text) = pasted {
            self.session.paste_asked = None;
            self.push(Command::PasteText(text));
        } else if asked.elapsed() > std::time::Duration::from_secs(2) {
            self.session.paste_asked = None;
        }
    }

    /// Adds the briefings read, and says which files could not be opened (the others open).
    /// At start, when none of the files named or remembered could be opened, the embedded
    /// briefing opens instead, so that a mistyped name never leaves this run and the next ones
    /// with nothing open.
    fn opened(&mut self, opened: Vec<crate::loaded::Loaded>, failed: &[crate::loaded::LoadError]) {
        let any = !opened.is_empty();
        let notices: Vec<String> = opened.iter().flat_map(|p| p.notices.clone()).collect();
        if any {
            self.add_briefings(opened);
        }
        let instead = !any
            && !failed.is_empty()
            && self.session.opening.is_some()
            && self.data.library.parts().is_empty();
        if instead {
            let embedded =
                crate::loaded::Loaded::embedded().corrected(None, &self.work.jobs.places);
            self.add_briefings(vec![embedded]);
        }
        if let Some(first) = failed.first() {
            // A remembered file that has gone leaves the list, so it is not tried again.
            self.state.briefings = self.data.library.names();
            self.forget_closed_briefings();
            let others = if instead {
                " The embedded briefing is open instead."
            } else if any {
                " The others are open."
            } else {
                ""
            };
            let text = match failed {
                [_] => format!("Could not open {first}.{others}"),
                [a, b] => format!("Could not open 2 files: {a}; {b}.{others}"),
                [a, b, rest @ ..] => format!(
                    "Could not open {} files: {a}; {b}; and {} more.{others}",
                    failed.len(),
                    rest.len()
                ),
                [] => String::new(),
            };
            // (Every file and its reason, where the message names only two.)
            let details = if failed.len() > 2 {
                failed.iter().map(ToString::to_string).collect()
            } else {
                Vec::new()
            };
            self.work
                .notifications
                .notify_in_full(Topic::Open, Level::Error, text, details);
        } else if !notices.is_empty() {
            self.work
                .notifications
                .notify(Topic::Open, Level::Info, notices.join(" "));
        } else if any {
            self.work.notifications.clear(Topic::Open);
        }
        if (any || !failed.is_empty())
            && let Some(opening) = self.session.opening.take()
        {
            self.check_page(opening.page);
        }
    }

    /// Rebuilds the derived state if the data, the filters or the order changed; a figure the
    /// new filters hide leaves the details panel.
    pub(super) fn refresh(&mut self) {
        let inputs = Inputs {
            dataset: self.data.library.dataset(),
            data_revision: self.data.revision,
            filter: &self.state.filter,
            sort: self.data.sort,
        };
        let changed = self.data.derived.update(inputs);
        self.sync_slides();
        if changed {
            let dataset = self.data.library.dataset();
            let hidden = |id: &str| !self.data.derived.selection().contains_id(dataset, id);
            if self.data.selected.as_deref().is_some_and(hidden) {
                self.data.selected = None;
            }
        }
    }
}
