//! The export dialog (Ctrl+E): format (PNG, SVG or PDF), size, scale, theme, title, subtitle
//! and source line of the chart page shown; File → Export deck… (Ctrl+Shift+E) for every slide
//! as one PDF; copying the chart to the clipboard (Ctrl+Shift+C); the figures shown as CSV or
//! JSON. The work runs off the UI thread ([`super::export_jobs`]); progress and outcomes go to
//! the notification channel (topic [`Topic::Export`]) and show in the dialog, or in a corner
//! when it is closed.

mod settings;
mod source;

use std::path::PathBuf;
use std::sync::Arc;

use egui::{Align2, TextEdit, Window};

pub use source::ExportSource;

use super::export_jobs::{ExportJobs, Outcome, Payload};
use crate::command::Action;
use crate::export::png::PngSize;
use crate::export::{Captions, ExportPage, Format, Size, csv, json};
use crate::notify::{Level, Notifications, Topic};
use crate::theme::ThemeChoice;

/// Which size the user picked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SizeChoice {
    Preset(Size),
    Custom,
}

/// The export dialog and the exports it runs.
pub struct ExportDialog {
    open: bool,
    page_id: String,
    format: Format,
    size: SizeChoice,
    custom: Size,
    scale: u32,
    theme: ThemeChoice,
    title: String,
    subtitle: String,
    source_line: bool,
    waiting: Option<Payload>,
    typed_path: String,
    jobs: ExportJobs,
}

impl Default for ExportDialog {
    fn default() -> Self {
        Self {
            open: false,
            page_id: String::new(),
            format: Format::Png,
            size: SizeChoice::Preset(Size::FULL_HD),
            custom: Size::FULL_HD,
            scale: 1,
            theme: ThemeChoice::Light,
            title: String::new(),
            subtitle: String::new(),
            source_line: true,
            waiting: None,
            typed_path: String::new(),
            jobs: ExportJobs::default(),
        }
    }
}

impl ExportDialog {
    /// Whether the dialog window is open.
    #[must_use]
    pub fn is_open(&self) -> bool {
        self.open
    }

    /// Runs one of the export actions; other actions are ignored.
    pub fn run(
        &mut self,
        ctx: &egui::Context,
        action: Action,
        src: &ExportSource<'_>,
        notes: &mut Notifications,
    ) {
        match action {
            Action::ExportPage => self.open_for(src, notes),
            Action::ExportDeck => self.save_deck(ctx, src, notes),
            Action::CopyChart => self.copy(ctx, src, notes),
            Action::ExportCsv => self.save_table(ctx, src, false, notes),
            Action::ExportJson => self.save_table(ctx, src, true, notes),
            _ => {}
        }
    }

    /// Opens the dialog for the page shown, with its title and subtitle.
    fn open_for(&mut self, src: &ExportSource<'_>, notes: &mut Notifications) {
        let Some(page) = src.page() else {
            let text = "PNG, SVG and PDF export works on chart pages: open one, export the \
                        deck, or export the table as CSV.";
            notes.notify(Topic::Export, Level::Error, text);
            return;
        };
        if self.page_id != page.id {
            self.page_id.clone_from(&page.id);
            self.title.clone_from(&page.title);
            self.subtitle.clone_from(&page.subtitle);
            self.theme = src.theme;
        }
        self.open = true;
        notes.clear(Topic::Export);
    }

    fn captions(&self, same_page: bool) -> Captions {
        Captions {
            title: same_page.then(|| self.title.clone()),
            subtitle: same_page.then(|| self.subtitle.clone()),
            source_line: self.source_line,
        }
    }

    /// The export of the page shown with the dialog's settings; the page's own captions when
    /// the dialog was last set up for another page.
    fn export_page(&self, src: &ExportSource<'_>) -> Option<(ExportPage, PngSize)> {
        let page = src.page()?;
        let same = self.page_id == page.id;
        let theme = if same { self.theme } else { src.theme };
        let export = ExportPage::new(page.clone(), src.dataset, theme, &self.captions(same));
        Some((export, self.png_size()))
    }

    fn copy(&mut self, ctx: &egui::Context, src: &ExportSource<'_>, notes: &mut Notifications) {
        let Some((page, size)) = self.export_page(src) else {
            notes.notify(
                Topic::Export,
                Level::Error,
                "Copy chart works on chart pages.",
            );
            return;
        };
        // The clipboard takes pixels, whatever the format chosen for files; one image, so a
        // page that continues on further slides copies its first ("Water (1 of 2)", as the
        // notice says), and its export has them all.
        let first = page.slides(src.dataset, size).into_iter().next();
        self.jobs.copy(ctx, first.unwrap_or(page), size);
        let text = "Rendering the chart for the clipboard…";
        notes.notify(Topic::Export, Level::Progress, text);
    }

    fn save_page(
        &mut self,
        ctx: &egui::Context,
        src: &ExportSource<'_>,
        notes: &mut Notifications,
    ) {
        if let Some((page, size)) = self.export_page(src) {
            let stem = page.model.id.clone();
            let payload = Payload::Page {
                page: Box::new(page),
                dataset: Arc::new(src.dataset.clone()),
                format: self.format,
                size,
            };
            self.start_save(ctx, payload, &stem, notes);
        }
    }

    /// Every slide the filters leave, in the app's theme (or the dialog's, once set up), with
    /// the dialog's source line setting, as one PDF.
    fn save_deck(
        &mut self,
        ctx: &egui::Context,
        src: &ExportSource<'_>,
        notes: &mut Notifications,
    ) {
        let slides = src.slides();
        if slides.is_empty() {
            let text = "No chart page has figures under these filters, so there is no deck \
                        to export. Clear a filter to see more.";
            notes.notify(Topic::Export, Level::Error, text);
            return;
        }
        // The deck's messages and path prompt show in the corner, not in the page dialog.
        self.open = false;
        let theme = if self.page_id.is_empty() {
            src.theme
        } else {
            self.theme
        };
        let captions = self.captions(false);
        // A page taller than its slide continues on the next ones.
        let slides = slides
            .iter()
            .flat_map(|m| {
                ExportPage::new((*m).clone(), src.dataset, theme, &captions)
                    .slides(src.dataset, PngSize::default())
            })
            .collect();
        let payload = Payload::Deck {
            slides,
            dataset: Arc::new(src.dataset.clone()),
            size: PngSize::default(),
        };
        self.start_save(ctx, payload, "briefing", notes);
    }

    fn save_table(
        &mut self,
        ctx: &egui::Context,
        src: &ExportSource<'_>,
        as_json: bool,
        notes: &mut Notifications,
    ) {
        let rows = src.rows();
        let n = rows.len();
        let (bytes, extension, format) = if as_json {
            let text = json::to_json(src.dataset, rows.iter().copied());
            (text.into_bytes(), "json", "JSON")
        } else {
            match csv::to_csv(src.dataset, rows.iter().copied()) {
                Ok(bytes) => (bytes, "csv", "CSV"),
                Err(e) => {
                    notes.notify(Topic::Export, Level::Error, e.to_string());
                    return;
                }
            }
        };
        let what = format!("{n} figure{} as {format}", if n == 1 { "" } else { "s" });
        let payload = Payload::Bytes {
            bytes,
            what,
            extension,
        };
        self.start_save(ctx, payload, "figures", notes);
    }

    fn start_save(
        &mut self,
        ctx: &egui::Context,
        payload: Payload,
        stem: &str,
        notes: &mut Notifications,
    ) {
        // A path the user typed for this kind of file (say, one whose save failed) stays; a
        // new kind of file starts from the working folder.
        let typed = std::path::Path::new(self.typed_path.trim());
        if typed.extension().and_then(|e| e.to_str()) != Some(payload.extension()) {
            self.typed_path = std::env::current_dir()
                .unwrap_or_default()
                .join(format!("{stem}.{}", payload.extension()))
                .display()
                .to_string();
        }
        self.waiting = None;
        self.jobs.save_with_dialog(ctx, payload, stem);
        notes.notify(Topic::Export, Level::Progress, "Choosing where to save…");
    }

    /// Takes finished jobs' outcomes into the notification channel, then draws the dialog
    /// (when open) or the last export message (when closed).
    pub fn ui(&mut self, ctx: &egui::Context, src: &ExportSource<'_>, notes: &mut Notifications) {
        for outcome in self.jobs.finished() {
            match outcome {
                Outcome::Saved(message) => notes.notify(Topic::Export, Level::Success, message),
                Outcome::Copied(image, what) => {
                    ctx.copy_image(image);
                    let text = format!("Copied {what} to the clipboard");
                    notes.notify(Topic::Export, Level::Success, text);
                }
                Outcome::Cancelled => notes.clear(Topic::Export),
                Outcome::NoDialog(payload) => {
                    self.waiting = Some(*payload);
                    let text = "No save dialog could be shown on this system (no desktop \
                                portal). Type the path to save to:";
                    notes.notify(Topic::Export, Level::Error, text);
                }
                Outcome::Failed(e) => notes.notify(Topic::Export, Level::Error, e.to_string()),
            }
        }
        if self.jobs.busy() && notes.get(Topic::Export).is_none() {
            notes.notify(Topic::Export, Level::Progress, "Exporting…");
        }
        if self.open {
            let mut open = true;
            let title = format!("Export {}", self.format.extension().to_uppercase());
            Window::new(title)
                .id(egui::Id::unique("export-dialog"))
                .open(&mut open)
                .collapsible(false)
                .resizable(false)
                // Pinned by its top edge: when the dialog grows (a format's options, a message)
                // it grows downwards and its buttons stay under the pointer.
                .anchor(Align2::CENTER_TOP, egui::vec2(0.0, 120.0))
                .show(ctx, |ui| {
                    self.settings_ui(ui);
                    ui.separator();
                    self.status_ui(ui, ctx, notes);
                    ui.horizontal(|ui| {
                        let idle = !self.jobs.busy();
                        if ui.add_enabled(idle, egui::Button::new("Export…")).clicked() {
                            self.save_page(ctx, src, notes);
                        }
                        if ui
                            .add_enabled(idle, egui::Button::new("Copy to clipboard"))
                            .clicked()
                        {
                            self.copy(ctx, src, notes);
                        }
                    });
                });
            // Esc closes the dialog, as it closes menus.
            let escape = ctx.input(|i| i.key_pressed(egui::Key::Escape));
            self.open = open && !escape;
        } else if notes.get(Topic::Export).is_some() {
            egui::Area::new(egui::Id::unique("export-status"))
                .anchor(Align2::RIGHT_BOTTOM, egui::vec2(-12.0, -12.0))
                .show(ctx, |ui| {
                    egui::Frame::popup(ui.style()).show(ui, |ui| {
                        ui.set_max_width(420.0);
                        self.status_ui(ui, ctx, notes);
                        if !self.jobs.busy() && ui.button("Dismiss").clicked() {
                            notes.clear(Topic::Export);
                            self.waiting = None;
                        }
                    });
                });
        }
    }

    /// The export message, and the path field when no save dialog could be shown.
    fn status_ui(&mut self, ui: &mut egui::Ui, ctx: &egui::Context, notes: &mut Notifications) {
        if let Some(message) = notes.get(Topic::Export) {
            ui.horizontal_wrapped(|ui| crate::view::notice::ui(ui, message));
        }
        if self.waiting.is_some() {
            ui.horizontal(|ui| {
                let field = ui.add(TextEdit::singleline(&mut self.typed_path).desired_width(320.0));
                let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if (ui.button("Save").clicked() || enter)
                    && let Some(payload) = self.waiting.take()
                {
                    let path = PathBuf::from(self.typed_path.trim());
                    self.jobs.save_to(ctx, payload, path);
                    notes.notify(Topic::Export, Level::Progress, "Saving…");
                }
            });
        }
    }
}
