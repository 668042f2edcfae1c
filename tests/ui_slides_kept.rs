//! Slides of one's own are never lost (issue 23): without a save dialog (no desktop portal)
//! My slides asks for the path in a field; slides not saved at quit are kept in the data
//! folder and come back, still unsaved, at the next start.
//!
//! The figure is the embedded MIIT briefing's (5 July 2024): "3.837 million 5G base
//! stations".

mod support;

use std::collections::HashMap;

use briefboard::app::{App, Command, Page, Persisted, StartOptions};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// eframe's storage, in memory.
#[derive(Default)]
struct Memory(HashMap<String, String>);

impl eframe::Storage for Memory {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }

    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }

    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }

    fn flush(&mut self) {}
}

/// The app on the embedded briefing with its data folder in `data_dir`, from `state`.
fn app(data_dir: &std::path::Path, state: Option<Persisted>) -> Harness<'static, App> {
    let options = StartOptions {
        data_dir: Some(data_dir.to_owned()),
        state,
        ..StartOptions::default()
    };
    support::started(options)
}

/// One slide of the 5G base stations, made from the details panel.
fn one_slide(harness: &mut Harness<'static, App>) {
    let id = harness
        .state()
        .data()
        .dataset()
        .indicators
        .iter()
        .find(|i| i.label == "5G base stations built")
        .map(|i| i.id.clone())
        .expect("the 5G figure");
    harness.state_mut().push(Command::Select(Some(id)));
    harness.run();
    harness.get_by_label("Add to slide").click();
    harness.run();
    harness.get_by_label("Add to a new slide").click();
    harness.run();
    assert_eq!(harness.state().board().slides.len(), 1);
}

#[test]
fn slides_not_saved_at_quit_come_back_at_the_next_start() {
    let dir = tempfile::tempdir().expect("a folder");
    let mut first = app(dir.path(), None);
    one_slide(&mut first);
    // What eframe does at quit.
    let mut storage = Memory::default();
    eframe::App::save(first.state_mut(), &mut storage);
    let state: Persisted =
        eframe::get_value(&storage, briefboard::app::STORAGE_KEY).expect("the state was kept");
    assert!(state.slides_draft);
    assert_eq!(state.board, None, "never saved to a file");

    let again = app(dir.path(), Some(state));
    assert_eq!(again.state().board(), first.state().board());
    assert!(
        again.state().slides_unsaved(),
        "restored slides are still unsaved"
    );
    again.get_by_label("Restored 1 slide not saved when briefboard last closed.");

    // Saved, the draft goes: the next start opens the file instead.
    let mut again = again;
    let path = dir.path().join("mine.briefboard");
    again.state_mut().push(Command::SaveBoard(path.clone()));
    again.run();
    let mut storage = Memory::default();
    eframe::App::save(again.state_mut(), &mut storage);
    let state: Persisted =
        eframe::get_value(&storage, briefboard::app::STORAGE_KEY).expect("the state was kept");
    assert!(!state.slides_draft);
    assert_eq!(
        state.board.as_deref(),
        Some(path.display().to_string().as_str())
    );
    let third = app(dir.path(), Some(state));
    assert_eq!(third.state().board_path(), Some(path.as_path()));
    assert!(!third.state().slides_unsaved());
}

#[test]
fn without_a_save_dialog_my_slides_asks_for_the_path() {
    let dir = tempfile::tempdir().expect("a folder");
    let mut harness = app(dir.path(), None);
    one_slide(&mut harness);
    // What the app does when the system shows no save dialog.
    harness.state_mut().ask_board_path();
    harness.run();
    assert_eq!(harness.state().state.page, Page::Slides);
    let path = dir.path().join("typed.briefboard");
    let field = harness.get_by_role_and_label(Role::TextInput, "Save the slides to:");
    field.focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "Save the slides to:")
        .type_text(&path.display().to_string());
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    let saved = briefboard::board::Board::read(&path).expect("the typed file was written");
    assert_eq!(&saved, harness.state().board());
    assert!(
        harness
            .query_by_role_and_label(Role::TextInput, "Save the slides to:")
            .is_none(),
        "the field goes once saved"
    );
}

#[test]
fn a_broken_board_given_at_start_is_named_while_the_briefings_open() {
    let dir = tempfile::tempdir().expect("a folder");
    let broken = dir.path().join("broken.briefboard");
    std::fs::write(&broken, "{ \"board_version\": 1, \"slides\": [").expect("written");
    let options = StartOptions {
        files: vec![broken.clone()],
        data_dir: Some(dir.path().to_owned()),
        ..StartOptions::default()
    };
    let harness = support::started(options);
    // The embedded briefing of the last run is open, and the board's error is still said.
    assert!(!harness.state().data().dataset().indicators.is_empty());
    let said = harness.query_by_label_contains("broken.briefboard");
    assert!(said.is_some(), "the board's error names its file");
    assert!(harness.state().board().slides.is_empty());
}
