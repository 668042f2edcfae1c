//! `egui_kittest`: a page taller than the screen (the digital targets page on a 16:9 screen)
//! continues on a second slide (issue #23), so each of its slides shows at the full projector
//! size from the frame that first shows it (issue #9: no slide is fitted over the frames after).

mod support;

use briefboard::command::Action;
use egui::{Key, Vec2};
use support::present::{Window, harness, pump};

#[test]
fn a_tall_page_continues_on_a_second_slide_at_full_size() {
    let mut window = Window::new(Vec2::new(1280.0, 800.0));
    let mut h = harness(&window, 1.0);
    h.state_mut().start = true;
    pump(&mut h, &mut window);
    let first_zoom = h.ctx.zoom_factor();
    let slides = h
        .state()
        .presenter
        .as_ref()
        .map(|p| p.presentation().slides().to_vec())
        .unwrap_or_default();
    let digital = slides.iter().position(|s| s.page == "digital-targets");
    let Some(digital) = digital else {
        panic!("no digital targets slide in {slides:?}");
    };
    let parts: Vec<(usize, usize)> = slides
        .iter()
        .filter(|s| s.page == "digital-targets")
        .map(|s| (s.number, s.count))
        .collect();
    assert_eq!(
        parts,
        [(1, 2), (2, 2)],
        "the page continues on a second slide"
    );
    assert!(digital < 9, "one digit reaches it: {slides:?}");
    // Type the slide's number, then press Enter and draw exactly one frame.
    let digit = [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5]
        .into_iter()
        .chain([Key::Num6, Key::Num7, Key::Num8, Key::Num9])
        .nth(digital);
    let Some(digit) = digit else {
        panic!("slide {digital}");
    };
    h.key_press(digit);
    pump(&mut h, &mut window);
    h.key_down(Key::Enter);
    h.step();
    let shown = h
        .state()
        .presenter
        .as_ref()
        .map(|p| p.presentation().index());
    assert_eq!(shown, Some(digital), "Enter went to the digital slide");
    let title = h
        .state()
        .presenter
        .as_ref()
        .and_then(|p| p.model().map(|m| m.title.clone()));
    assert_eq!(
        title.as_deref(),
        Some("Digital transformation targets (1 of 2)")
    );
    let in_that_frame = h.ctx.zoom_factor();
    h.key_up(Key::Enter);
    pump(&mut h, &mut window);
    let settled = h.ctx.zoom_factor();
    assert!(
        (settled - first_zoom).abs() < 0.005 && (in_that_frame - settled).abs() < 0.005,
        "each slide of the page fits the screen at full size: {in_that_frame}, then \
         {settled}, against {first_zoom}"
    );

    // Zoom in, then Actual size: the slide comes back as it arrived (within 2 %: it is measured
    // again, now in a steady layout).
    for action in [Action::ZoomIn, Action::ZoomReset] {
        if let Some(p) = h.state_mut().presenter.as_mut() {
            p.zoom(action);
        }
        pump(&mut h, &mut window);
    }
    let back = h.ctx.zoom_factor();
    assert!(
        (back - settled).abs() / settled < 0.02,
        "back at {back}, arrived at {settled}"
    );
}

/// Issue #23: every slide of the embedded briefing fits a 16:9 screen at the projector's size,
/// the continued pages included: walking through all of them, the zoom never shrinks below
/// the screen's fit (a slide taller than the screen would shrink it).
#[test]
fn every_slide_fits_a_16_9_screen_at_full_size() {
    let mut window = Window::new(Vec2::new(1280.0, 800.0));
    let mut h = harness(&window, 1.0);
    h.state_mut().start = true;
    pump(&mut h, &mut window);
    let fit = h.ctx.zoom_factor();
    let count = h
        .state()
        .presenter
        .as_ref()
        .map_or(0, |p| p.presentation().slides().len());
    assert!(count > 9, "nine pages, some on two slides: {count}");
    for n in 1..count {
        support::present::press(&mut h, &mut window, Key::PageDown);
        let at = h
            .state()
            .presenter
            .as_ref()
            .map(|p| p.presentation().index());
        assert_eq!(at, Some(n));
        let zoom = h.ctx.zoom_factor();
        assert!(
            (zoom - fit).abs() < 0.005,
            "slide {}: zoom {zoom}, fit {fit}",
            n + 1
        );
    }
}
