//! `egui_kittest` on the real app: F5, View → Present and `--present --page ID` start a
//! presentation that hides the dashboard; `PageDown` moves on; Esc brings back the dashboard,
//! its page, its panels, its zoom and the window size as they were (issue #5).

mod support;

use briefboard::app::{Action, App, Command, Page, StartOptions};
use egui::{Key, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use support::present::{MONITOR, Window, press, pump, resize};

fn app(window: &Window, options: StartOptions) -> Harness<'static, App> {
    support::app(options, window.px)
}

/// The slide counter's text for slide `n`: "3 / 14" (the number of slides depends on the
/// screen: a page taller than it continues on further slides).
fn counter(h: &Harness<'static, App>, n: usize) -> String {
    let total = h
        .state()
        .presenter()
        .map_or(0, |p| p.presentation().slides().len());
    format!("{n} / {total}")
}

fn slide(h: &Harness<'static, App>) -> Option<String> {
    let p = h.state().presenter()?;
    p.presentation().current().map(str::to_owned)
}

#[test]
fn f5_presents_and_escape_restores_the_dashboard() {
    let mut window = Window::new(Vec2::new(1280.0, 800.0));
    let mut h = app(&window, StartOptions::default());
    h.state_mut()
        .push(Command::ShowPage(Page::Chart("manufacturing-share".into())));
    h.state_mut().push(Action::ZoomIn);
    pump(&mut h, &mut window);
    resize(&mut h, &window);
    let zoom = h.ctx.zoom_factor();
    assert!(zoom > 1.05, "zoomed in to {zoom}");
    assert!(
        h.query_by_label("Clear filters").is_some(),
        "the side panel shows"
    );

    press(&mut h, &mut window, Key::F5);
    assert!(h.state().presenting());
    assert!(window.fullscreen);
    assert_eq!(window.px, MONITOR);
    assert_eq!(
        slide(&h).as_deref(),
        Some("manufacturing-share"),
        "F5 starts here"
    );
    assert!(
        h.query_by_label("Clear filters").is_none(),
        "no side panel while presenting"
    );
    assert!(
        h.query_by_label("File").is_none(),
        "no menus while presenting"
    );
    // At the projector's size, digital targets (among others) continue on a second slide.
    h.get_by_label(&counter(&h, 2));

    press(&mut h, &mut window, Key::PageDown);
    assert_eq!(slide(&h).as_deref(), Some("digital-targets"));
    h.get_by_label(&counter(&h, 3));
    press(&mut h, &mut window, Key::PageDown);
    assert_eq!(slide(&h).as_deref(), Some("digital-targets"));
    h.get_by_label(&counter(&h, 4));

    press(&mut h, &mut window, Key::Escape);
    assert!(!h.state().presenting());
    assert!(!window.fullscreen);
    assert_eq!(
        window.px,
        Vec2::new(1280.0, 800.0),
        "the window size is as before"
    );
    assert!(
        (h.ctx.zoom_factor() - zoom).abs() < 1e-6,
        "the zoom is as before"
    );
    assert_eq!(
        h.state().state.page,
        Page::Chart("manufacturing-share".into())
    );
    assert!(
        h.query_by_label("Clear filters").is_some(),
        "the side panel is back"
    );
    assert!(
        h.state().error().is_none(),
        "Esc did not reach the dashboard"
    );
}

#[test]
fn view_menu_presents_from_the_table_at_the_first_slide() {
    let mut window = Window::new(Vec2::new(1280.0, 800.0));
    let mut h = app(&window, StartOptions::default());
    h.state_mut().push(Command::ShowPage(Page::Table));
    pump(&mut h, &mut window);
    h.get_by_label("View").click();
    h.run();
    h.get_by_label_contains("Present").click();
    pump(&mut h, &mut window);
    assert_eq!(slide(&h).as_deref(), Some("5g-base-stations"));
}

#[test]
fn command_line_present_with_page() {
    let mut window = Window::new(Vec2::new(1280.0, 800.0));
    let options = StartOptions {
        present: true,
        page: Some("sme-tiers".into()),
        ..StartOptions::default()
    };
    let mut h = app(&window, options);
    pump(&mut h, &mut window);
    assert_eq!(slide(&h).as_deref(), Some("sme-tiers"));
    // The first slide of the page: after 5G, manufacturing and the slides of digital targets
    // (one or two, as the screen's shape has room).
    let at = h.state().presenter().and_then(|p| {
        let slides = p.presentation().slides();
        slides.iter().position(|s| s.page == "sme-tiers")
    });
    assert!(matches!(at, Some(3 | 4)), "{at:?}");
    h.get_by_label(&counter(&h, at.unwrap_or(0) + 1));

    let mut window = Window::new(Vec2::new(1280.0, 800.0));
    let options = StartOptions {
        present: true,
        ..StartOptions::default()
    };
    let mut h = app(&window, options);
    pump(&mut h, &mut window);
    assert_eq!(slide(&h).as_deref(), Some("5g-base-stations"));
}

/// Ctrl+= and Ctrl+- go through the same shortcuts as the dashboard's zoom, into the
/// presenter's zoom on top of the fit; the dashboard's own zoom is untouched.
#[test]
fn zoom_keys_while_presenting_zoom_the_slide_only() {
    let mut window = Window::new(Vec2::new(1280.0, 800.0));
    let mut h = app(&window, StartOptions::default());
    press(&mut h, &mut window, Key::F5);
    assert!(h.state().presenting());
    let fit = h.ctx.zoom_factor();
    let ctrl = egui::Modifiers::COMMAND;
    h.key_press_modifiers(ctrl, Key::Minus);
    pump(&mut h, &mut window);
    let smaller = h.ctx.zoom_factor();
    assert!(
        smaller < fit / 1.05,
        "Ctrl+- made the slide smaller: {fit} → {smaller}"
    );
    h.key_press_modifiers(ctrl, Key::Equals);
    pump(&mut h, &mut window);
    let back = h.ctx.zoom_factor();
    assert!(
        back > smaller * 1.05,
        "Ctrl+= made it bigger again: {smaller} → {back}"
    );
    press(&mut h, &mut window, Key::Escape);
    assert!(!h.state().presenting());
    assert!(
        (h.state().state.zoom - 1.0).abs() < 1e-6,
        "the dashboard's zoom is still 100 %"
    );
}
