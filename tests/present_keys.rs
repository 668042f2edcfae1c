//! `egui_kittest`: a presenter's keys and clicks move through the slides without wrapping, blank
//! the screen and return, and Esc puts the window back as it was (issue #5).

mod present_support;

use briefboard::present::Blank;
use egui::{Key, Vec2};
use present_support::{MONITOR, Window, harness, pump};

fn index(h: &egui_kittest::Harness<'static, present_support::Deck>) -> usize {
    h.state()
        .presenter
        .as_ref()
        .map_or(usize::MAX, |p| p.presentation().index())
}

fn blank(h: &egui_kittest::Harness<'static, present_support::Deck>) -> Option<Blank> {
    h.state()
        .presenter
        .as_ref()
        .and_then(|p| p.presentation().blank())
}

#[test]
fn keys_move_through_slides_and_escape_restores_the_window() {
    let mut window = Window::new(Vec2::new(1280.0, 800.0));
    let mut h = harness(&window, 1.2);
    h.state_mut().start = true;
    pump(&mut h, &mut window);

    assert!(window.fullscreen, "presenting goes fullscreen");
    assert_eq!(window.px, MONITOR);
    let slides = h
        .state()
        .presenter
        .as_ref()
        .map(|p| p.presentation().slides().to_vec());
    let slides = slides.unwrap_or_default();
    assert!(slides.len() >= 4, "{slides:?}");
    assert_eq!(slides[0], "5g-base-stations");
    assert!(
        (h.ctx.zoom_factor() - 1.85).abs() < 0.01,
        "a 1920×1080 screen shows slides at 1.85 px per point, got {}",
        h.ctx.zoom_factor()
    );
    let last = slides.len() - 1;

    let mut press = |h: &mut egui_kittest::Harness<'static, present_support::Deck>, key| {
        h.key_press(key);
        pump(h, &mut window);
    };
    press(&mut h, Key::PageUp);
    assert_eq!(index(&h), 0, "no wrap before the first slide");
    for (n, key) in [Key::PageDown, Key::ArrowRight, Key::ArrowDown, Key::Space]
        .into_iter()
        .enumerate()
    {
        press(&mut h, key);
        assert_eq!(index(&h), (n + 1).min(last), "{key:?}");
    }
    press(&mut h, Key::End);
    assert_eq!(index(&h), last);
    press(&mut h, Key::PageDown);
    press(&mut h, Key::N);
    press(&mut h, Key::Enter);
    assert_eq!(index(&h), last, "no wrap after the last slide");
    press(&mut h, Key::Home);
    assert_eq!(index(&h), 0);
    press(&mut h, Key::Num3);
    press(&mut h, Key::Enter);
    assert_eq!(index(&h), 2, "3 then Enter jumps to the third slide");
    for key in [Key::ArrowLeft, Key::P, Key::Backspace] {
        press(&mut h, Key::End);
        press(&mut h, key);
        assert_eq!(index(&h), last - 1, "{key:?}");
    }

    h.key_press(Key::Escape);
    pump(&mut h, &mut window);
    assert!(h.state().presenter.is_none(), "Esc leaves");
    assert!(!window.fullscreen);
    assert_eq!(
        window.px,
        Vec2::new(1280.0, 800.0),
        "the window size is as before"
    );
    assert!(
        (h.ctx.zoom_factor() - 1.2).abs() < 1e-6,
        "the dashboard zoom is back"
    );
    assert!(h.state().dashboard_frames > 0);
}

#[test]
fn blank_keys_blank_and_any_key_returns() {
    let mut window = Window::new(Vec2::new(1600.0, 900.0));
    let mut h = harness(&window, 1.0);
    h.state_mut().start = true;
    h.state_mut().start_page = Some("manufacturing-share".to_owned());
    pump(&mut h, &mut window);
    assert_eq!(index(&h), 1, "--page starts on that slide");
    for (key, expected) in [
        (Key::B, Blank::Black),
        (Key::Period, Blank::Black),
        (Key::W, Blank::White),
        (Key::Comma, Blank::White),
    ] {
        h.key_press(key);
        pump(&mut h, &mut window);
        assert_eq!(blank(&h), Some(expected), "{key:?}");
        h.key_press(Key::ArrowRight);
        pump(&mut h, &mut window);
        assert_eq!(blank(&h), None, "any key returns from {key:?}");
        assert_eq!(index(&h), 1, "the returning key does not move");
    }
    h.key_press(Key::B);
    pump(&mut h, &mut window);
    h.key_press(Key::Escape);
    pump(&mut h, &mut window);
    assert!(
        h.state().presenter.is_none(),
        "Esc leaves even from a blank screen"
    );
    assert_eq!(window.px, Vec2::new(1600.0, 900.0));
}

#[test]
fn a_left_click_is_next() {
    let mut window = Window::new(Vec2::new(1280.0, 720.0));
    let mut h = harness(&window, 1.0);
    h.state_mut().start = true;
    pump(&mut h, &mut window);
    let centre = h.ctx.content_rect().center();
    h.event(egui::Event::PointerButton {
        pos: centre,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    });
    h.event(egui::Event::PointerButton {
        pos: centre,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    pump(&mut h, &mut window);
    assert_eq!(index(&h), 1);
}
