//! Snapshot images of each named slide at 1920×1080 in the projector theme (`egui_kittest` with
//! wgpu; on CI through Mesa's software driver). The `.new.png` and `.diff.png` files that a
//! failing run writes next to the snapshots are ignored by git.

mod support;

use briefboard::charts::named_page_ids;
use egui_kittest::SnapshotResults;
use support::present::{MONITOR, Window, harness, press, pump};

#[test]
fn named_slides_at_1920x1080() {
    let mut results = SnapshotResults::new();
    for page in named_page_ids() {
        let mut window = Window::new(egui::Vec2::new(1280.0, 800.0));
        let mut h = harness(&window, 1.0);
        h.state_mut().start = true;
        h.state_mut().start_page = Some(page.to_owned());
        pump(&mut h, &mut window);
        assert_eq!(window.px, MONITOR);
        let current = h
            .state()
            .presenter
            .as_ref()
            .and_then(|p| p.presentation().current().map(str::to_owned));
        assert_eq!(current.as_deref(), Some(page));
        h.snapshot(format!("present_{page}"));
        results.extend_harness(&mut h);
    }
    results.unwrap();
}

/// Issue #23: the digital targets page is taller than the screen; its targets, which do not fit
/// under "Where things stand" and "Factories", continue on the next slide, titled "(2 of 2)",
/// at the full projector size.
#[test]
fn a_continued_page_at_1920x1080() {
    let mut window = Window::new(egui::Vec2::new(1280.0, 800.0));
    let mut h = harness(&window, 1.0);
    h.state_mut().start = true;
    h.state_mut().start_page = Some("digital-targets".to_owned());
    pump(&mut h, &mut window);
    press(&mut h, &mut window, egui::Key::PageDown);
    let title = h
        .state()
        .presenter
        .as_ref()
        .and_then(|p| p.model().map(|m| m.title.clone()));
    assert_eq!(
        title.as_deref(),
        Some("Digital transformation targets (2 of 2)")
    );
    let charts: Vec<String> = h
        .state()
        .presenter
        .as_ref()
        .and_then(|p| p.model())
        .map(|m| m.charts.iter().map(|c| c.title.clone()).collect())
        .unwrap_or_default();
    assert_eq!(charts, ["Targets"]);
    h.snapshot("present_digital-targets_2");
}
