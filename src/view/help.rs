//! Help → Keyboard shortcuts (F1): every action that has a shortcut, read from
//! [`Action::ALL`], and the presenter's keys from the list the presenter's key
//! handling is tested against (passed in by the app, since `present` comes after the views),
//! so the help cannot drift from what the keys do.

use egui::{Grid, Key, RichText, Window};

use crate::command::{Action, Mode};

/// The shortcuts window, shown while `open` is true (its close button clears it).
/// `presenter_keys` is what each group of the presenter's keys does.
pub fn shortcuts_ui(ctx: &egui::Context, open: &mut bool, presenter_keys: &[(&str, &[Key])]) {
    // Esc closes the window, as it closes menus.
    if *open && ctx.input(|i| i.key_pressed(Key::Escape)) {
        *open = false;
    }
    Window::new("Keyboard shortcuts")
        .open(open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            ui.strong("Dashboard");
            Grid::new("dashboard_shortcuts")
                .num_columns(2)
                .striped(true)
                .show(ui, |ui| {
                    for action in Action::ALL.into_iter().filter(|a| a.shortcut().is_some()) {
                        shortcut_row(ctx, ui, action.label(), action);
                    }
                });
            ui.add_space(8.0);
            ui.strong("While presenting");
            Grid::new("presenter_shortcuts")
                .num_columns(2)
                .striped(true)
                .show(ui, |ui| {
                    for (what, keys) in presenter_keys {
                        ui.label(*what);
                        let names: Vec<&str> = keys.iter().map(|k| key_name(*k)).collect();
                        ui.label(RichText::new(names.join("  ")).monospace());
                        ui.end_row();
                    }
                    // The dashboard's actions that stay live on a slide (the zoom), with every
                    // shortcut each has.
                    for action in Action::ALL
                        .into_iter()
                        .filter(|a| a.live_in(Mode::Presenting))
                    {
                        shortcut_row(ctx, ui, &format!("{} (the slide)", action.label()), action);
                    }
                });
        });
}

/// One row of a shortcuts grid: what, then every shortcut of the action.
fn shortcut_row(ctx: &egui::Context, ui: &mut egui::Ui, what: &str, action: Action) {
    ui.label(what);
    let keys: Vec<String> = action
        .shortcuts()
        .iter()
        .map(|s| ctx.format_shortcut(s))
        .collect();
    ui.label(RichText::new(keys.join("  ")).monospace());
    ui.end_row();
}

/// A key as the help writes it, with glyphs the app's fonts have.
fn key_name(key: Key) -> &'static str {
    match key {
        Key::ArrowRight => "→",
        Key::ArrowLeft => "←",
        Key::ArrowUp => "↑",
        Key::ArrowDown => "↓",
        Key::PageDown => "Page Down",
        Key::PageUp => "Page Up",
        Key::Escape => "Esc",
        Key::Period => ".",
        Key::Comma => ",",
        other => other.name(),
    }
}
