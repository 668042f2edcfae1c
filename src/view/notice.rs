//! One message of the notification channel, drawn the same way wherever it shows: a spinner
//! for work under way, the error colour for failures (with what the message leaves out when
//! the pointer rests on it).

use crate::notify::{Level, Notification};

/// Draws `notification` into `ui`, in the caller's layout (a wrapped row, usually).
pub fn ui(ui: &mut egui::Ui, notification: &Notification) {
    match notification.level {
        Level::Progress => {
            ui.spinner();
            ui.label(notification.text.as_str());
        }
        Level::Info | Level::Success => {
            ui.label(notification.text.as_str());
        }
        Level::Error => {
            let colour = ui.visuals().error_fg_color;
            let shown = ui.colored_label(colour, notification.text.as_str());
            if !notification.details.is_empty() {
                shown.on_hover_text(notification.details.join("\n"));
            }
        }
    }
}
