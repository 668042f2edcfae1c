//! The in-app export: Ctrl+E opens the dialog prefilled from the page, and when no save
//! dialog can be shown (no desktop portal, as here) the typed path saves a PNG of the page.

mod support;

use std::time::Duration;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{Queryable, by};

#[test]
fn ctrl_e_opens_the_dialog_and_a_typed_path_saves_the_png() {
    let mut harness = support::harness(None);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    // The window fades in over a few frames.
    for _ in 0..200 {
        harness.step();
        if harness.query_by_label("Export PNG").is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    // The dialog is prefilled: the 5G page's title, 1920×1080 at 1×, the source line on.
    assert!(
        harness.query_by_label("Export PNG").is_some(),
        "no dialog; works-on-chart-pages message: {}",
        harness
            .query_by_label_contains("works on chart pages")
            .is_some()
    );
    assert!(
        harness
            .query(by().role(Role::TextInput).value("5G base stations"))
            .is_some(),
        "title not prefilled"
    );
    assert!(harness.query_by_label_contains("3840×2160").is_some());
    assert!(
        harness
            .query_by_label_contains("1920×1080 pixels")
            .is_some()
    );

    let dir = tempfile::tempdir().expect("a temporary folder");
    let target = dir.path().join("图表");
    harness.get_by_label("Export…").click();
    let mut path_field = false;
    for _ in 0..500 {
        harness.step();
        if harness.query_by_label_contains("Type the path").is_some() {
            path_field = true;
            break;
        }
        if harness.query_by_label_contains("Saved").is_some() {
            // A real save dialog exists on this machine; nothing more can be driven here.
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(
        path_field,
        "neither a save dialog nor the path field appeared"
    );
    type_path(
        &mut harness,
        "5g-base-stations.png",
        &target.display().to_string(),
    );
    harness.get_by_label("Save").click();
    let mut saved = false;
    for _ in 0..1000 {
        harness.step();
        if harness.query_by_label_contains("Saved").is_some() {
            saved = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(saved, "the PNG was not saved");
    // The name lacked ".png", so it was added; the image has the chosen size.
    let img = image::open(dir.path().join("图表.png")).expect("the PNG decodes");
    assert_eq!((img.width(), img.height()), (1920, 1080));
}

/// Replaces the text of the path field (the one whose value ends with `suffix`, the file name
/// the dialog suggests) with `text`.
fn type_path(
    harness: &mut egui_kittest::Harness<'static, briefboard::app::App>,
    suffix: &str,
    text: &str,
) {
    let field = || {
        by().predicate(|n| {
            n.role() == Role::TextInput && n.value().is_some_and(|v| v.ends_with(suffix))
        })
    };
    harness.get(field()).focus();
    harness.run_steps(1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get(field()).type_text(text);
    harness.run_steps(2);
}

/// Steps until a label containing `text` shows (at most ten seconds).
fn wait_for(
    harness: &mut egui_kittest::Harness<'static, briefboard::app::App>,
    text: &str,
) -> bool {
    for _ in 0..1000 {
        harness.step();
        if harness.query_by_label_contains(text).is_some() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    false
}

/// Ctrl+Shift+E saves the deck (not the page dialog of Ctrl+E): every slide, then the sources.
#[test]
fn ctrl_shift_e_saves_the_deck_as_one_pdf() {
    let mut harness = support::harness(None);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::E);
    if !wait_for(&mut harness, "Type the path") {
        // A real save dialog exists on this machine; nothing more can be driven here.
        assert!(harness.query_by_label_contains("Choosing where").is_some());
        return;
    }
    assert!(
        harness.query_by_label("Export PNG").is_none(),
        "Ctrl+Shift+E is not Ctrl+E"
    );
    let dir = tempfile::tempdir().expect("a temporary folder");
    let target = dir.path().join("deck");
    type_path(&mut harness, "briefing.pdf", &target.display().to_string());
    harness.get_by_label("Save").click();
    // Nine chart pages; Industrial growth (shares, changes, counts and a card) continues on
    // a second slide, since its counts do not fit under its shares on a 16:9 slide.
    assert!(
        wait_for(&mut harness, "Saved 10 slides"),
        "the deck was not saved"
    );
    let bytes = std::fs::read(dir.path().join("deck.pdf")).expect("the deck, named .pdf");
    assert!(bytes.starts_with(b"%PDF"));
}

/// Esc closes the export dialog, as it closes menus.
#[test]
fn escape_closes_the_dialog() {
    let mut harness = support::harness(None);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    assert!(wait_for(&mut harness, "Export PNG"), "the dialog opens");
    harness.key_press(Key::Escape);
    for _ in 0..100 {
        harness.step();
    }
    assert!(
        harness.query_by_label("Export PNG").is_none(),
        "Esc closed it"
    );
}

/// A save that fails (a folder that does not exist) names the file, and the next export offers
/// the path the user typed rather than the default, so one typo costs one fix.
#[test]
fn a_failed_save_keeps_the_typed_path() {
    let mut harness = support::harness(None);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::E);
    if !wait_for(&mut harness, "Type the path") {
        assert!(harness.query_by_label_contains("Choosing where").is_some());
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary folder");
    let typed = dir.path().join("missing-folder").join("deck.pdf");
    let typed = typed.display().to_string();
    type_path(&mut harness, "briefing.pdf", &typed);
    harness.get_by_label("Save").click();
    assert!(
        wait_for(&mut harness, "missing-folder"),
        "the error names the file"
    );
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::E);
    assert!(wait_for(&mut harness, "Type the path"));
    let kept = harness.query(by().role(Role::TextInput).value(&typed));
    assert!(kept.is_some(), "the field offers {typed} again");
}
