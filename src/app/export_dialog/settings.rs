//! The dialog's settings: format, size, scale, theme, title, subtitle and the source line.

use egui::{ComboBox, DragValue, RichText, TextEdit};

use super::{ExportDialog, SizeChoice};
use crate::export::png::{PngSize, SCALES};
use crate::export::{Format, Size};
use crate::theme::ThemeChoice;

impl ExportDialog {
    /// The settings grid.
    pub(super) fn settings_ui(&mut self, ui: &mut egui::Ui) {
        egui::Grid::new("export-settings")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                ui.label("Format");
                ui.horizontal(|ui| {
                    for format in Format::ALL {
                        ui.radio_value(&mut self.format, format, format.label());
                    }
                });
                ui.end_row();
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
                if self.format == Format::Png {
                    ui.label("Scale");
                    ui.horizontal(|ui| {
                        for s in SCALES {
                            ui.radio_value(&mut self.scale, s, format!("{s}×"));
                        }
                        let px = self.png_size().pixels();
                        ui.label(RichText::new(format!("→ {px} pixels")).weak());
                    });
                    ui.end_row();
                }
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

    /// The size and scale chosen (an SVG or PDF uses the size for its page, at 1×).
    pub(super) fn png_size(&self) -> PngSize {
        let size = match self.size {
            SizeChoice::Preset(s) => s,
            SizeChoice::Custom => self.custom,
        };
        let scale = if self.format == Format::Png {
            self.scale
        } else {
            1
        };
        PngSize { size, scale }
    }
}
