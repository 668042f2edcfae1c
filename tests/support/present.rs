//! A harness that presents the embedded briefing inside a fake window: it carries out the
//! viewport commands (fullscreen, inner size) the way a window manager does, and keeps the
//! window's size in pixels fixed while egui's zoom changes, as a real window does.

use briefboard::dataset::Dataset;
use briefboard::derived::Derived;
use briefboard::filter::Filter;
use briefboard::present::{Outcome, Presenter};
use egui::{Vec2, ViewportCommand, ViewportId};
use egui_kittest::Harness;

/// The size of the fake monitor, in pixels.
pub const MONITOR: Vec2 = Vec2::new(1920.0, 1080.0);

/// The app under test: a stand-in dashboard and, while presenting, the presenter.
pub struct Deck {
    /// The data presented.
    pub dataset: Dataset,
    /// The derived state under the (empty) filter.
    pub derived: Derived,
    /// The running presentation.
    pub presenter: Option<Presenter>,
    /// Start presenting on the next frame.
    pub start: bool,
    /// The page to start on (`--page`); the first slide when `None`.
    pub start_page: Option<String>,
    /// Frames drawn as the dashboard (not presenting).
    pub dashboard_frames: usize,
}

/// The fake window: its size in pixels and whether it is fullscreen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Window {
    /// Inner size in pixels.
    pub px: Vec2,
    /// Whether fullscreen.
    pub fullscreen: bool,
    /// The size to return to when leaving fullscreen.
    normal_px: Vec2,
}

impl Window {
    /// A normal window of `px` pixels.
    #[must_use]
    pub fn new(px: Vec2) -> Self {
        Self {
            px,
            fullscreen: false,
            normal_px: px,
        }
    }
}

/// A harness on the embedded dataset with the window at `window.px` and the given zoom.
#[must_use]
pub fn harness(window: &Window, zoom: f32) -> Harness<'static, Deck> {
    let dataset = Dataset::embedded();
    let derived = Derived::of(&dataset, &Filter::default());
    let deck = Deck {
        dataset,
        derived,
        presenter: None,
        start: false,
        start_page: None,
        dashboard_frames: 0,
    };
    let mut harness = Harness::builder()
        .with_size(window.px / zoom)
        .build_ui_state(ui_fn, deck);
    harness.ctx.set_zoom_factor(zoom);
    harness.ctx.options_mut(|o| o.zoom_with_keyboard = false);
    harness.run_steps(2);
    // egui rescales the screen for the frame where the zoom changes; a real window then
    // reports its size again, which kittest does only when told.
    resize(&mut harness, window);
    harness
}

fn ui_fn(ui: &mut egui::Ui, deck: &mut Deck) {
    if std::mem::take(&mut deck.start) {
        let start = deck.start_page.as_deref();
        let presenter = Presenter::start(ui.ctx(), &deck.dataset, &deck.derived, start);
        deck.presenter = Some(presenter);
    }
    if let Some(presenter) = &mut deck.presenter {
        if presenter.ui(ui) == Outcome::Leave {
            deck.presenter = None;
        }
    } else {
        deck.dashboard_frames += 1;
        egui::CentralPanel::default().show(ui, |ui| ui.label("dashboard"));
    }
}

/// Runs frames until the window settles, carrying out the viewport commands of every frame
/// like a window manager and keeping the window's pixel size while the zoom changes.
pub fn pump<State>(harness: &mut Harness<'static, State>, window: &mut Window) {
    for _ in 0..8 {
        harness.step();
        let output = harness.output();
        let ppp = output.pixels_per_point;
        let commands = output
            .viewport_output
            .get(&ViewportId::ROOT)
            .map(|v| v.commands.clone())
            .unwrap_or_default();
        for command in commands {
            match command {
                ViewportCommand::Fullscreen(true) if !window.fullscreen => {
                    window.normal_px = window.px;
                    window.px = MONITOR;
                    window.fullscreen = true;
                }
                ViewportCommand::Fullscreen(false) if window.fullscreen => {
                    window.px = window.normal_px;
                    window.fullscreen = false;
                }
                ViewportCommand::InnerSize(points) if !window.fullscreen => {
                    window.px = (points * ppp).round();
                }
                _ => {}
            }
        }
        let zoom = harness.ctx.zoom_factor();
        harness.set_size(window.px / zoom);
        if let Some(v) = harness.input_mut().viewports.get_mut(&ViewportId::ROOT) {
            v.fullscreen = Some(window.fullscreen);
        }
    }
}

/// Presses and releases `key`, one frame each, pumping the window after each.
pub fn press<State>(harness: &mut Harness<'static, State>, window: &mut Window, key: egui::Key) {
    harness.key_down(key);
    pump(harness, window);
    harness.key_up(key);
    pump(harness, window);
}

/// Makes the fake window `window.px` pixels at the harness's zoom (after the zoom changed
/// outside [`pump`]).
pub fn resize<State>(harness: &mut Harness<'static, State>, window: &Window) {
    let zoom = harness.ctx.zoom_factor();
    harness.set_size(window.px / zoom);
    harness.run_steps(2);
}
