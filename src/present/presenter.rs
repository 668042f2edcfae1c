//! The running presentation as the app holds it: the [`Presentation`] state machine, the window
//! saved before going fullscreen, the presenter's zoom, and the frame-by-frame driver that reads
//! keys and draws the slide.

use egui::{Context, KeyboardShortcut, Modifiers, Ui};

use crate::charts::{self, PageModel};
use crate::dataset::Dataset;
use crate::filter::Selection;
use crate::theme::{self, ThemeChoice, Tokens};

use super::window::{self, SavedWindow};
use super::{Outcome, Presentation, keys, slide};

/// The theme slides are shown in unless the app asks for another.
pub const DEFAULT_THEME: ThemeChoice = ThemeChoice::Projector;

/// One zoom step of Ctrl+= and Ctrl+- while presenting, as a factor.
const ZOOM_STEP: f32 = 1.1;

/// Seconds without mouse movement after which the pointer is hidden and the slide stops
/// reacting to it, so that a pointer left on a chart shows no tooltip to the room.
const POINTER_IDLE_SECONDS: f32 = 1.5;

/// The least a slide shrinks below the screen's fit to show a page that is taller than the
/// screen (the digital targets page at 16:9): text stays at least 0.85 × its projector size.
const MIN_CONTENT_FIT: f32 = 0.85;

/// A presentation in progress. Create it with [`Presenter::start`], call [`Presenter::ui`] every
/// frame instead of drawing the dashboard, and drop it when `ui` returns [`Outcome::Leave`].
#[derive(Debug)]
pub struct Presenter {
    presentation: Presentation,
    saved: SavedWindow,
    theme: ThemeChoice,
    extra_zoom: f32,
    /// How much the current slide shrinks to fit its content (1.0: not at all), and for which
    /// slide, so that the next slide starts at full size again.
    content_fit: (f32, Option<String>),
}

/// The chart pages to show as slides: every page of `dataset` that has figures under
/// `selection`, in page order. Pages whose model is empty are skipped.
#[must_use]
pub fn slide_ids(dataset: &Dataset, selection: &Selection) -> Vec<String> {
    charts::pages(dataset)
        .into_iter()
        .filter(|page| {
            charts::page_model(&page.id, dataset, selection)
                .is_some_and(|model| model.empty_message.is_none())
        })
        .map(|page| page.id)
        .collect()
}

impl Presenter {
    /// Saves the window state, goes fullscreen on the monitor the window is on, applies the
    /// projector theme and starts on the slide `start` (a page id) or the first one.
    #[must_use]
    pub fn start(ctx: &Context, slides: Vec<String>, start: Option<&str>) -> Self {
        let saved = SavedWindow::capture(ctx);
        window::enter_fullscreen(ctx);
        theme::apply(ctx, DEFAULT_THEME);
        Self {
            presentation: Presentation::new(slides, start),
            saved,
            theme: DEFAULT_THEME,
            extra_zoom: 1.0,
            content_fit: (1.0, None),
        }
    }

    /// The state machine: slides, current slide, blank screen.
    #[must_use]
    pub fn presentation(&self) -> &Presentation {
        &self.presentation
    }

    /// The window as it was before presenting (restored on leaving).
    #[must_use]
    pub fn saved_window(&self) -> &SavedWindow {
        &self.saved
    }

    /// The theme the slides are shown in.
    #[must_use]
    pub fn theme(&self) -> ThemeChoice {
        self.theme
    }

    /// Shows the slides in another theme from now on.
    pub fn set_theme(&mut self, ctx: &Context, choice: ThemeChoice) {
        self.theme = choice;
        theme::apply(ctx, choice);
    }

    /// Makes the slide bigger than the fit (Ctrl+=).
    pub fn zoom_in(&mut self) {
        self.extra_zoom = (self.extra_zoom * ZOOM_STEP).min(3.0);
    }

    /// Makes the slide smaller than the fit (Ctrl+-).
    pub fn zoom_out(&mut self) {
        self.extra_zoom = (self.extra_zoom / ZOOM_STEP).max(0.5);
    }

    /// Fits the slide to the screen again (Ctrl+0).
    pub fn zoom_reset(&mut self) {
        self.extra_zoom = 1.0;
    }

    /// Leaves without waiting for Esc: restores the window and the dashboard's zoom. The caller
    /// re-applies its own theme.
    pub fn leave(&self, ctx: &Context) {
        self.saved.restore(ctx);
    }

    /// One frame: reads the presenter's keys and clicks, then draws the slide over the whole
    /// window. Returns [`Outcome::Leave`] (after restoring the window and zoom) when Esc was
    /// pressed; the caller then drops the presenter and re-applies its own theme.
    pub fn ui(&mut self, ui: &mut Ui, dataset: &Dataset, selection: &Selection) -> Outcome {
        let ctx = ui.ctx().clone();
        self.zoom_keys(&ctx);
        let actions = ctx.input(keys::actions);
        if self.presentation.apply_all(actions) == Outcome::Leave {
            self.leave(&ctx);
            return Outcome::Leave;
        }
        let current = self.presentation.current().map(str::to_owned);
        if self.content_fit.1 != current {
            self.content_fit = (1.0, current);
        }
        window::fit_to_screen(&ctx, self.extra_zoom * self.content_fit.0);
        let pointer_still = pointer_still(&ctx);
        let tokens = theme::tokens(self.theme);
        let model = self.model(dataset, selection);
        let mut shrink = 1.0;
        egui::CentralPanel::default()
            .frame(slide::screen_frame(&self.presentation, &tokens))
            .show(ui, |ui| {
                if pointer_still {
                    // Disabled without fading: no hover, no tooltip, same colours.
                    ui.visuals_mut().disabled_alpha = 1.0;
                    ui.disable();
                }
                shrink = slide::slide_ui(ui, &self.presentation, model.as_ref(), &tokens);
            });
        // A page taller than the screen shrinks a little (down to MIN_CONTENT_FIT) rather than
        // lose its last rows; the zoom settles in a frame or two.
        let fit = (self.content_fit.0 * shrink * 0.99).max(MIN_CONTENT_FIT);
        if shrink < 1.0 && fit < self.content_fit.0 - 0.005 {
            self.content_fit.0 = fit;
            ctx.request_repaint();
        }
        Outcome::Stay
    }

    /// The model of the current slide, `None` when there are no slides.
    #[must_use]
    pub fn model(&self, dataset: &Dataset, selection: &Selection) -> Option<PageModel> {
        let id = self.presentation.current()?;
        charts::page_model(id, dataset, selection)
    }

    /// Ctrl+= (or Ctrl++), Ctrl+- and Ctrl+0 change the presenter's zoom on top of the fit.
    fn zoom_keys(&mut self, ctx: &Context) {
        let pressed = |key| {
            ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, key)))
        };
        if pressed(egui::Key::Equals) || pressed(egui::Key::Plus) {
            self.zoom_in();
        }
        if pressed(egui::Key::Minus) {
            self.zoom_out();
        }
        if pressed(egui::Key::Num0) {
            self.zoom_reset();
        }
    }
}

/// Whether the mouse has been still for [`POINTER_IDLE_SECONDS`]; then the pointer is hidden.
/// Until then, a repaint is asked for the moment it will be.
fn pointer_still(ctx: &Context) -> bool {
    let idle = ctx.input(|i| i.pointer.time_since_last_movement());
    if idle >= POINTER_IDLE_SECONDS {
        ctx.set_cursor_icon(egui::CursorIcon::None);
        true
    } else {
        let wait = (POINTER_IDLE_SECONDS - idle).max(0.05);
        ctx.request_repaint_after(std::time::Duration::from_secs_f32(wait));
        false
    }
}

/// The tokens of the default presentation theme (for tests and exports of slides).
#[must_use]
pub fn default_tokens() -> Tokens {
    theme::tokens(DEFAULT_THEME)
}
