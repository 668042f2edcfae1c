//! File → Open web address… (Ctrl+L): a window asking for the address, then showing how many
//! of the article's pages have been fetched, with Cancel. The fetching is a task of the one
//! runner ([`super::jobs::Jobs::open_address`]); a cancelled task's result is dropped.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use crate::command::{Command, Commands};

/// How far fetching an address has got, shared with its task.
#[derive(Debug, Default)]
pub struct Progress {
    /// Pages fetched (or failed) so far.
    pub done: AtomicUsize,
    /// Pages known so far (grows as page links are found).
    pub known: AtomicUsize,
    /// Set by Cancel: the task stops before its next pages, and its result is dropped.
    pub cancel: AtomicBool,
}

/// The address being fetched.
#[derive(Debug)]
pub struct Fetching {
    /// The address as typed.
    pub address: String,
    /// Its progress and cancel flag.
    pub progress: Arc<Progress>,
}

/// The Open web address window.
#[derive(Debug, Default)]
pub struct AddressDialog {
    /// Whether the window is shown.
    pub open: bool,
    /// The address typed so far.
    pub text: String,
    /// What is being fetched, once Open was pressed.
    pub fetching: Option<Fetching>,
    /// Why the last address typed cannot be opened, shown under the field.
    pub problem: Option<String>,
    /// Whether the field should take the keyboard focus (when the window opens).
    focus: bool,
}

impl AddressDialog {
    /// Opens the window with the field focused (and what was typed last, selected).
    pub fn show(&mut self) {
        self.open = true;
        self.focus = true;
        self.problem = None;
    }

    /// Draws the window: the field and Open, or the progress and Cancel.
    pub fn ui(&mut self, ctx: &egui::Context, commands: &mut Commands) {
        if !self.open {
            return;
        }
        let mut open = self.open;
        egui::Window::new("Open web address")
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .default_width(520.0)
            .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 80.0))
            .show(ctx, |ui| {
                if let Some(fetching) = &self.fetching {
                    progress_ui(ui, fetching, commands);
                } else {
                    self.field_ui(ui, commands);
                }
            });
        if !open {
            if self.fetching.is_some() {
                commands.push(Command::CancelAddress);
            }
            self.open = false;
        }
    }

    fn field_ui(&mut self, ui: &mut egui::Ui, commands: &mut Commands) {
        ui.label("The address of a briefing's page (its other pages are opened too):");
        let field = ui.add(
            egui::TextEdit::singleline(&mut self.text)
                .hint_text("https://english.scio.gov.cn/pressroom/…/content_….htm")
                .desired_width(f32::INFINITY),
        );
        if std::mem::take(&mut self.focus) {
            field.request_focus();
        }
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if let Some(problem) = &self.problem {
            ui.label(problem);
        }
        ui.horizontal(|ui| {
            let open = ui.button("Open").clicked() || entered;
            if ui.button("Cancel").clicked() {
                self.open = false;
            }
            if open {
                let address = self.text.trim().to_owned();
                if crate::sources::fetch::is_address(&address) {
                    self.problem = None;
                    commands.push(Command::OpenAddress(address));
                } else {
                    self.problem = Some(format!(
                        "“{address}” is not a web address: it starts with http:// or https://"
                    ));
                }
            }
        });
    }
}

/// "Fetching … page 2 of 3", a spinner, and Cancel.
fn progress_ui(ui: &mut egui::Ui, fetching: &Fetching, commands: &mut Commands) {
    let done = fetching.progress.done.load(Ordering::Relaxed);
    let known = fetching.progress.known.load(Ordering::Relaxed).max(1);
    ui.label(format!("Opening {}", fetching.address));
    ui.horizontal(|ui| {
        ui.spinner();
        ui.label(if done == 0 {
            "Fetching the page…".to_owned()
        } else {
            format!("{done} of {known} pages fetched")
        });
    });
    #[expect(
        clippy::cast_precision_loss,
        reason = "page counts are small (at most the fetch limit of 40)"
    )]
    let fraction = done as f32 / known as f32;
    ui.add(egui::ProgressBar::new(fraction.clamp(0.0, 1.0)).desired_width(480.0));
    if ui.button("Cancel").clicked() {
        commands.push(Command::CancelAddress);
    }
}
