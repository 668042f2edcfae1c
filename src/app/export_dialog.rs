//! The export dialog (Ctrl+E): size, scale, theme, title, subtitle and source line of a PNG of
//! the chart page shown; also copying the chart to the clipboard (Ctrl+Shift+C) and saving the
//! figures shown as CSV or JSON. The work runs off the UI thread ([`super::export_jobs`]); the
//! dialog shows progress, then success or failure.

use std::path::PathBuf;

use egui::{Align2, ComboBox, DragValue, RichText, TextEdit, Window};

use super::export_jobs::{ExportJobs, Outcome, Payload};
use crate::charts::PageModel;
use crate::command::{Command, Page};
use crate::dataset::{Dataset, Indicator};
use crate::derived::Derived;
use crate::export::png::{PngSize, SCALES};
use crate::export::{Captions, ExportPage, Size, csv, json};
use crate::theme::ThemeChoice;

/// What the app shows now, which is what an export holds.
#[derive(Debug)]
pub struct ExportSource<'a> {
    /// The data shown.
    pub dataset: &'a Dataset,
    /// The chart page shown, if a chart page is shown.
    pub page: Option<&'a PageModel>,
    /// The figures shown, in the order shown: the table's rows on the table page, the page's
    /// figures on a chart page, otherwise every figure that passes the filters.
    pub rows: Vec<&'a Indicator>,
    /// The app's theme, the dialog's default.
    pub theme: ThemeChoice,
}

impl<'a> ExportSource<'a> {
    /// The source for `page`, read from the derived state: the page's model and figures on a
    /// chart page, the table's rows in its order on the table, otherwise the selection.
    #[must_use]
    pub fn new(
        (dataset, derived): (&'a Dataset, &'a Derived),
        page: &Page,
        theme: ThemeChoice,
    ) -> Self {
        let chart = match page {
            Page::Chart(id) => derived.model(dataset, id),
            Page::Table | Page::Transcript => None,
        };
        let rows = match (page, chart) {
            (Page::Chart(_), Some(model)) => model
                .indicator_ids()
                .into_iter()
                .filter_map(|id| dataset.indicator(id))
                .collect(),
            (Page::Table, _) => derived
                .table_rows()
                .iter()
                .filter_map(|&n| dataset.indicators.get(n))
                .collect(),
            _ => derived.selection().iter(dataset).collect(),
        };
        Self {
            dataset,
            page: chart,
            rows,
            theme,
        }
    }
}

/// Which size the user picked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SizeChoice {
    Preset(Size),
    Custom,
}

/// What the dialog reports.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Status {
    Idle,
    Working(&'static str),
    Done(String),
    Failed(String),
}

/// The export dialog and the exports it runs.
pub struct ExportDialog {
    open: bool,
    page_id: String,
    size: SizeChoice,
    custom: Size,
    scale: u32,
    theme: ThemeChoice,
    title: String,
    subtitle: String,
    source_line: bool,
    status: Status,
    waiting: Option<Payload>,
    typed_path: String,
    jobs: ExportJobs,
}

impl Default for ExportDialog {
    fn default() -> Self {
        Self {
            open: false,
            page_id: String::new(),
            size: SizeChoice::Preset(Size::FULL_HD),
            custom: Size::FULL_HD,
            scale: 1,
            theme: ThemeChoice::Light,
            title: String::new(),
            subtitle: String::new(),
            source_line: true,
            status: Status::Idle,
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

    /// Runs one of the export commands; other commands are ignored.
    pub fn run(&mut self, ctx: &egui::Context, command: &Command, src: &ExportSource<'_>) {
        match command {
            Command::ExportPng => self.open_for(src),
            Command::CopyChart => self.copy(ctx, src),
            Command::ExportCsv => self.save_table(ctx, src, false),
            Command::ExportJson => self.save_table(ctx, src, true),
            _ => {}
        }
    }

    /// Opens the dialog for the page shown, with its title and subtitle.
    fn open_for(&mut self, src: &ExportSource<'_>) {
        let Some(page) = src.page else {
            self.status = Status::Failed(
                "PNG export works on chart pages: open one, or export the table as CSV.".into(),
            );
            return;
        };
        if self.page_id != page.id {
            self.page_id.clone_from(&page.id);
            self.title.clone_from(&page.title);
            self.subtitle.clone_from(&page.subtitle);
            self.theme = src.theme;
        }
        self.open = true;
        self.status = Status::Idle;
    }

    /// The export of the page shown with the dialog's settings; the page's own captions when
    /// the dialog was last set up for another page.
    fn export_page(&self, src: &ExportSource<'_>) -> Option<(ExportPage, PngSize)> {
        let page = src.page?;
        let same = self.page_id == page.id;
        let captions = Captions {
            title: same.then(|| self.title.clone()),
            subtitle: same.then(|| self.subtitle.clone()),
            source_line: self.source_line,
        };
        let theme = if same { self.theme } else { src.theme };
        let export = ExportPage::new(page.clone(), src.dataset, theme, &captions);
        Some((export, self.png_size()))
    }

    fn png_size(&self) -> PngSize {
        let size = match self.size {
            SizeChoice::Preset(s) => s,
            SizeChoice::Custom => self.custom,
        };
        PngSize {
            size,
            scale: self.scale,
        }
    }

    fn copy(&mut self, ctx: &egui::Context, src: &ExportSource<'_>) {
        match self.export_page(src) {
            Some((page, size)) => {
                self.jobs.copy(ctx, page, size);
                self.status = Status::Working("Rendering the chart for the clipboard…");
            }
            None => {
                self.status = Status::Failed("Copy chart works on chart pages.".into());
            }
        }
    }

    fn save_png(&mut self, ctx: &egui::Context, src: &ExportSource<'_>) {
        if let Some((page, size)) = self.export_page(src) {
            let stem = page.model.id.clone();
            let payload = Payload::Png {
                page: Box::new(page),
                size,
            };
            self.start_save(ctx, payload, &stem);
        }
    }

    fn save_table(&mut self, ctx: &egui::Context, src: &ExportSource<'_>, as_json: bool) {
        let n = src.rows.len();
        let (bytes, extension, format) = if as_json {
            let text = json::to_json(src.dataset, src.rows.iter().copied());
            (text.into_bytes(), "json", "JSON")
        } else {
            match csv::to_csv(src.dataset, src.rows.iter().copied()) {
                Ok(bytes) => (bytes, "csv", "CSV"),
                Err(e) => {
                    self.status = Status::Failed(e.to_string());
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
        self.start_save(ctx, payload, "figures");
    }

    fn start_save(&mut self, ctx: &egui::Context, payload: Payload, stem: &str) {
        self.typed_path = std::env::current_dir()
            .unwrap_or_default()
            .join(payload_name(&payload, stem))
            .display()
            .to_string();
        self.waiting = None;
        self.jobs.save_with_dialog(ctx, payload, stem);
        self.status = Status::Working("Choosing where to save…");
    }

    /// Takes finished jobs' outcomes, then draws the dialog (when open) or the last
    /// outcome (when closed).
    pub fn ui(&mut self, ctx: &egui::Context, src: &ExportSource<'_>) {
        for outcome in self.jobs.finished() {
            self.status = match outcome {
                Outcome::Saved(message) => Status::Done(message),
                Outcome::Copied(image, what) => {
                    ctx.copy_image(image);
                    Status::Done(format!("Copied {what} to the clipboard"))
                }
                Outcome::Cancelled => Status::Idle,
                Outcome::NoDialog(payload) => {
                    self.waiting = Some(*payload);
                    Status::Failed(
                        "No save dialog could be shown on this system (no desktop portal). \
                         Type the path to save to:"
                            .into(),
                    )
                }
                Outcome::Failed(message) => Status::Failed(message),
            };
        }
        if self.jobs.busy() && matches!(self.status, Status::Idle) {
            self.status = Status::Working("Exporting…");
        }
        if self.open {
            let mut open = true;
            Window::new("Export PNG")
                .open(&mut open)
                .collapsible(false)
                .resizable(false)
                .anchor(Align2::CENTER_CENTER, egui::Vec2::ZERO)
                .show(ctx, |ui| {
                    self.settings_ui(ui);
                    ui.separator();
                    self.status_ui(ui, ctx);
                    ui.horizontal(|ui| {
                        let idle = !self.jobs.busy();
                        if ui.add_enabled(idle, egui::Button::new("Export…")).clicked() {
                            self.save_png(ctx, src);
                        }
                        if ui
                            .add_enabled(idle, egui::Button::new("Copy to clipboard"))
                            .clicked()
                        {
                            self.copy(ctx, src);
                        }
                    });
                });
            self.open = open;
        } else if self.status != Status::Idle {
            egui::Area::new(egui::Id::unique("export-status"))
                .anchor(Align2::RIGHT_BOTTOM, egui::vec2(-12.0, -12.0))
                .show(ctx, |ui| {
                    egui::Frame::popup(ui.style()).show(ui, |ui| {
                        ui.set_max_width(420.0);
                        self.status_ui(ui, ctx);
                        if !self.jobs.busy() && ui.button("Dismiss").clicked() {
                            self.status = Status::Idle;
                            self.waiting = None;
                        }
                    });
                });
        }
    }

    /// Size, scale, theme, captions and the source line switch.
    fn settings_ui(&mut self, ui: &mut egui::Ui) {
        egui::Grid::new("export-settings")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                ui.label("Size");
                ui.horizontal(|ui| {
                    for preset in Size::PRESETS {
                        let label = preset.to_string();
                        ui.radio_value(&mut self.size, SizeChoice::Preset(preset), label);
                    }
                    ui.radio_value(&mut self.size, SizeChoice::Custom, "Custom");
                    if self.size == SizeChoice::Custom {
                        ui.add(DragValue::new(&mut self.custom.width).range(16..=8192));
                        ui.label("×");
                        ui.add(DragValue::new(&mut self.custom.height).range(16..=8192));
                    }
                });
                ui.end_row();
                ui.label("Scale");
                ui.horizontal(|ui| {
                    for s in SCALES {
                        ui.radio_value(&mut self.scale, s, format!("{s}×"));
                    }
                    let px = self.png_size().pixels();
                    ui.label(RichText::new(format!("→ {px} pixels")).weak());
                });
                ui.end_row();
                ui.label("Theme");
                ComboBox::from_id_salt("export-theme")
                    .selected_text(self.theme.label())
                    .show_ui(ui, |ui| {
                        for t in ThemeChoice::ALL {
                            ui.selectable_value(&mut self.theme, t, t.label());
                        }
                    });
                ui.end_row();
                ui.label("Title");
                ui.add(TextEdit::singleline(&mut self.title).desired_width(360.0));
                ui.end_row();
                ui.label("Subtitle");
                ui.add(TextEdit::singleline(&mut self.subtitle).desired_width(360.0));
                ui.end_row();
                ui.label("Source line");
                ui.checkbox(&mut self.source_line, "Name the briefing and the speakers");
                ui.end_row();
            });
    }

    /// Progress, the outcome, and the path field when no save dialog could be shown.
    fn status_ui(&mut self, ui: &mut egui::Ui, ctx: &egui::Context) {
        match &self.status {
            Status::Idle => {}
            Status::Working(what) => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(*what);
                });
            }
            Status::Done(message) => {
                ui.label(message.as_str());
            }
            Status::Failed(message) => {
                let colour = ui.visuals().error_fg_color;
                ui.colored_label(colour, message.as_str());
            }
        }
        if self.waiting.is_some() {
            ui.horizontal(|ui| {
                ui.add(TextEdit::singleline(&mut self.typed_path).desired_width(320.0));
                if ui.button("Save").clicked()
                    && let Some(payload) = self.waiting.take()
                {
                    let path = PathBuf::from(self.typed_path.trim());
                    self.jobs.save_to(ctx, payload, path);
                    self.status = Status::Working("Saving…");
                }
            });
        }
    }
}

fn payload_name(payload: &Payload, stem: &str) -> String {
    match payload {
        Payload::Png { .. } => format!("{stem}.png"),
        Payload::Bytes { extension, .. } => format!("{stem}.{extension}"),
    }
}
