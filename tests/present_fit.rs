//! `egui_kittest`: a slide taller than the screen (the digital targets page on a 16:9 screen)
//! is fitted from one measured layout in the frame that first shows it, not over the frames
//! after (issue #9).

mod support;

use briefboard::command::Action;
use egui::{Key, Vec2};
use support::present::{Window, harness, pump};

#[test]
fn a_tall_slide_is_fitted_in_the_frame_that_shows_it() {
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
    let in_that_frame = h.ctx.zoom_factor();
    h.key_up(Key::Enter);
    pump(&mut h, &mut window);
    let settled = h.ctx.zoom_factor();
    assert!(
        settled < first_zoom - 0.01,
        "the digital targets page is taller than a 16:9 screen and shrinks: {settled} vs {first_zoom}"
    );
    assert!(
        (in_that_frame - settled).abs() < 0.005,
        "the first frame of the slide already had its fitted zoom {settled}, not {in_that_frame}"
    );

    // Zoom in, then Actual size: the slide comes back as it arrived (within 2 %: it is measured
    // again, now in a steady layout). On this 16:9 screen the slide sits at the 0.85 floor, so
    // this does not show the 8 % a 16:10 screen lost when the fit could only shrink.
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
