//! The field that asks where to save the slides when no save dialog can be shown.

use egui::TextEdit;

use crate::command::{Command, Commands, SlideEdit};

/// The field that asks where to save the slides when no save dialog could be shown: the path
/// typed (kept in egui's memory while it is asked), Save and Cancel.
pub(super) fn path_ui(ui: &mut egui::Ui, suggested: &str, commands: &mut Commands) {
    let id = egui::Id::unique("save-slides-path");
    let mut typed: String = ui.data_mut(|d| {
        d.get_temp_mut_or_insert_with(id, || suggested.to_owned())
            .clone()
    });
    ui.horizontal_wrapped(|ui| {
        let label = ui.label("Save the slides to:");
        let field = ui
            .add(TextEdit::singleline(&mut typed).desired_width(420.0))
            .labelled_by(label.id);
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button("Save").clicked() || enter) && !typed.trim().is_empty() {
            commands.push(Command::SaveBoard(std::path::PathBuf::from(typed.trim())));
        }
        if ui.button("Cancel").clicked() {
            commands.push(Command::Slides(SlideEdit::StopAskingPath));
        }
    });
    ui.data_mut(|d| d.insert_temp(id, typed));
}
