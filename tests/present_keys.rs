//! `egui_kittest`: a presenter's keys and clicks move through the slides without wrapping, blank
//! the screen and return, and Esc puts the window back as it was (issue #5).

mod support;

use briefboard::present::Blank;
use egui::{Key, Vec2};
use support::present::{MONITOR, Window, harness, press, pump};

fn index(h: &egui_kittest::Harness<'static, support::present::Deck>) -> usize {
    h.state()
        .presenter
        .as_ref()
        .map_or(usize::MAX, |p| p.presentation().index())
}

fn blank(h: &egui_kittest::Harness<'static, support::present::Deck>) -> Option<Blank> {
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
    assert_eq!(slides[0].page, "5g-base-stations");
    assert!(
        (h.ctx.zoom_factor() - 1.85).abs() < 0.01,
        "a 1920×1080 screen shows slides at 1.85 px per point, got {}",
        h.ctx.zoom_factor()
    );
    let last = slides.len() - 1;

    let mut hit = |h: &mut egui_kittest::Harness<'static, support::present::Deck>, k| {
        press(h, &mut window, k);
    };
    hit(&mut h, Key::PageUp);
    assert_eq!(index(&h), 0, "no wrap before the first slide");
    for (n, k) in [Key::PageDown, Key::ArrowRight, Key::ArrowDown, Key::Space]
        .into_iter()
        .enumerate()
    {
        hit(&mut h, k);
        assert_eq!(index(&h), (n + 1).min(last), "{k:?}");
    }
    hit(&mut h, Key::End);
    assert_eq!(index(&h), last);
    hit(&mut h, Key::PageDown);
    hit(&mut h, Key::N);
    hit(&mut h, Key::Enter);
    assert_eq!(index(&h), last, "no wrap after the last slide");
    hit(&mut h, Key::Home);
    assert_eq!(index(&h), 0);
    hit(&mut h, Key::Num3);
    hit(&mut h, Key::Enter);
    assert_eq!(index(&h), 2, "3 then Enter jumps to the third slide");
    for k in [Key::ArrowLeft, Key::P, Key::Backspace] {
        hit(&mut h, Key::End);
        hit(&mut h, k);
        assert_eq!(index(&h), last - 1, "{k:?}");
    }

    press(&mut h, &mut window, Key::Escape);
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
        press(&mut h, &mut window, key);
        assert_eq!(blank(&h), Some(expected), "{key:?}");
        press(&mut h, &mut window, Key::ArrowRight);
        assert_eq!(blank(&h), None, "any key returns from {key:?}");
        assert_eq!(index(&h), 1, "the returning key does not move");
    }
    press(&mut h, &mut window, Key::B);
    press(&mut h, &mut window, Key::Escape);
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
