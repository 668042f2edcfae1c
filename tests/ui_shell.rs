//! The app shell on a small hand-made dataset: filters, pages, details, bad files.

mod support;

use briefboard::app::{App, Page, StartOptions};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use support::{WINDOW, drop_file, harness, shown, small};

#[test]
fn speaker_filter_narrows_the_table_and_clear_restores_it() {
    let mut harness = harness(Some(small()));
    harness.get_by_label("Table").click();
    harness.run();
    assert_eq!(shown(&harness).len(), 4);
    harness
        .get_by_role_and_label(Role::CheckBox, "Xin Guobin")
        .click();
    harness.run();
    assert_eq!(
        shown(&harness),
        [
            "smart-manufacturing-demonstration-factories",
            "lighthouse-factories-world",
            "lighthouse-factories-china"
        ]
    );
    assert!(harness.query_by_label("3.837 million").is_none());
    assert!(harness.query_by_label("62").is_some());
    harness.get_by_label("Clear filters").click();
    harness.run();
    assert_eq!(shown(&harness).len(), 4);
    assert!(harness.query_by_label("3.837 million").is_some());
}

#[test]
fn chinese_names_and_theme_counts_are_shown() {
    let harness = harness(Some(small()));
    for name in ["金壮龙", "辛国斌", "赵志国"] {
        harness.get_by_label(name);
    }
    harness.get_by_role_and_label(Role::CheckBox, "Digital transformation");
}

#[test]
fn pages_switch() {
    let mut harness = harness(Some(small()));
    harness.get_by_label("Transcript").click();
    harness.run();
    assert_eq!(harness.state().state.page, Page::Transcript);
    harness.get_by_label_contains("quotes of the 4 figures shown");
    harness.get_by_label("Table").click();
    harness.run();
    assert_eq!(harness.state().state.page, Page::Table);
}

#[test]
fn a_row_click_shows_the_quote_and_leads_to_the_transcript() {
    let mut harness = harness(Some(small()));
    harness.get_by_label("Table").click();
    harness.run();
    harness.get_by_label("62").click();
    harness.run();
    assert_eq!(
        harness.state().selected(),
        Some("lighthouse-factories-china")
    );
    harness.get_by_label_contains("out of 153 lighthouse factories in the world, 62 were in China");
    harness.get_by_label("Show in transcript").click();
    harness.run();
    assert_eq!(harness.state().state.page, Page::Transcript);
}

#[test]
fn a_bad_file_shows_an_error_and_keeps_the_data() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("broken.json");
    std::fs::write(&path, "{\n  \"schema_version\": 1,\n  \"source\": 5\n}\n").expect("written");
    let mut harness = harness(Some(small()));
    drop_file(&mut harness, &path);
    let error = harness
        .state()
        .error()
        .expect("an error is shown")
        .to_owned();
    assert!(error.contains("broken.json"), "{error}");
    assert!(error.contains("line 3"), "{error}");
    harness.get_by_label_contains("broken.json");
    assert_eq!(shown(&harness).len(), 4);
    assert_eq!(harness.state().data().names(), ["small.json"]);
}

#[test]
fn a_dataset_beside_its_transcript_opens_with_it() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("small.json");
    std::fs::write(&path, include_str!("support/small.json")).expect("written");
    // Started without the embedded briefing (its transcript is the same text, and would
    // stay with the dataset's figures).
    let mut harness = support::open_file(path.clone(), None);
    assert_eq!(harness.state().error(), None);
    assert_eq!(shown(&harness).len(), 4);
    assert!(harness.state().data().parts()[0].source.is_none());
    let source = briefboard::dataset::EMBEDDED_SOURCE;
    std::fs::write(dir.path().join("000_6ed6731605744708.txt"), source).expect("written");
    drop_file(&mut harness, &path);
    assert!(harness.state().data().parts()[0].source.is_some());
}

/// Ctrl+D (View → Details panel) hides the details panel so the page takes its width, and
/// brings it back; the choice is remembered with the rest of the state.
#[test]
fn ctrl_d_hides_and_shows_the_details_panel() {
    let mut harness = harness(None);
    assert!(harness.query_by_label("Details").is_some());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::D);
    harness.run();
    assert!(harness.query_by_label("Details").is_none(), "hidden");
    assert!(!harness.state().state.details_open);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::D);
    harness.run();
    assert!(harness.query_by_label("Details").is_some(), "shown again");
}

/// The area the frame's filled rectangles cover, in windows: what a software renderer shades
/// beyond the window's clear.
fn filled_windows(harness: &Harness<'static, App>) -> f32 {
    fn add(shape: &egui::Shape, clip: egui::Rect, total: &mut f32) {
        match shape {
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| add(s, clip, total)),
            egui::Shape::Rect(r) if r.fill.a() > 0 => {
                let covered = r.rect.intersect(clip);
                if covered.is_positive() {
                    *total += covered.area();
                }
            }
            _ => {}
        }
    }
    let mut total = 0.0;
    for clipped in &harness.output().shapes {
        add(&clipped.shape, clipped.clip_rect, &mut total);
    }
    total / (WINDOW.x * WINDOW.y)
}

#[test]
fn on_a_cleared_window_the_background_is_drawn_once() {
    // kittest clears to transparent, so its panels fill the window (five panels: more than
    // the whole window); the real window is cleared to the panel colour and fills only marks.
    let filled = harness(None);
    let mut cleared = Harness::builder()
        .with_size(WINDOW)
        .build_eframe(|cc| App::new(cc, StartOptions::default()).on_cleared_window());
    cleared.run();
    assert_eq!(
        cleared.state().state.page,
        Page::from_id("5g-base-stations")
    );
    let (filled, cleared) = (filled_windows(&filled), filled_windows(&cleared));
    assert!(filled > 1.0, "the panels fill {filled} windows");
    assert!(cleared < 0.1, "the 5G page's bars fill {cleared} windows");
}

#[test]
fn the_frame_the_window_closes_after_draws_nothing() {
    let mut harness = harness(None);
    assert!(!harness.output().shapes.is_empty());
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.step();
    assert!(harness.output().shapes.is_empty());
}

/// Whether the last frame asked the window to close.
fn asked_to_close(harness: &Harness<'static, App>) -> bool {
    harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .is_some_and(|v| {
            v.commands
                .iter()
                .any(|c| matches!(c, egui::ViewportCommand::Close))
        })
}

/// A kill, a logout or Ctrl+C in the terminal closes the window as the user would, so eframe
/// saves what is open (the process-level check is in `app_process.rs`).
#[test]
fn a_quit_signal_closes_the_window_as_the_user_would() {
    let quit = briefboard::app::signals::QuitSignal::new();
    let mut harness = support::app(
        StartOptions {
            data: Some(briefboard::library::Library::single(small())),
            quit: Some(quit.clone()),
            ..StartOptions::default()
        },
        WINDOW,
    );
    assert!(!asked_to_close(&harness), "nothing asked yet");
    quit.ask();
    harness.step();
    assert!(asked_to_close(&harness));
}
