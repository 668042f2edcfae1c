//! The running presentation as the app holds it: the [`Presentation`] state machine, the window
//! saved before going fullscreen, the presenter's zoom, and the frame-by-frame driver that reads
//! keys and draws the slide.

use egui::{Context, Ui};

use crate::charts::PageModel;
use crate::command::Action;
use crate::dataset::Dataset;
use crate::derived::Derived;
use crate::theme::{self, ThemeChoice, Tokens};

use super::window::{self, SavedWindow};
use super::{Outcome, Presentation, Slide, keys, slide};

/// The theme slides are shown in unless the app asks for another.
pub const DEFAULT_THEME: ThemeChoice = ThemeChoice::Projector;

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
    /// The chart pages presented, whole, in order.
    pages: Vec<PageModel>,
    /// The page of each slide, as drawn (a page that continues: this slide's part of it).
    models: Vec<PageModel>,
    /// The size, in points, of the slide the pages were last cut for.
    cut_for: Option<egui::Vec2>,
    saved: SavedWindow,
    theme: ThemeChoice,
    extra_zoom: f32,
    /// How much the current slide shrinks to fit its content (1.0: not at all), and for which
    /// slide (its index), so that the next slide starts at full size again.
    content_fit: (f32, Option<usize>),
}

impl Presenter {
    /// Saves the window state, goes fullscreen on the monitor the window is on, applies the
    /// projector theme and starts on the first slide of the page `start` (a page id) or on the
    /// first slide. The slides are the chart pages `derived` leaves, cut to fit the screen in
    /// the first frame ([`super::parts::cut`]).
    #[must_use]
    pub fn start(ctx: &Context, dataset: &Dataset, derived: &Derived, start: Option<&str>) -> Self {
        let pages: Vec<PageModel> = derived
            .slides(dataset)
            .iter()
            .filter_map(|id| derived.model(dataset, id))
            .cloned()
            .collect();
        Self::with_pages(ctx, pages, start)
    }

    /// As [`Presenter::start`], for the pages given (the slides of one's own, My slides).
    #[must_use]
    pub fn with_pages(ctx: &Context, pages: Vec<PageModel>, start: Option<&str>) -> Self {
        let slides = pages.iter().map(|p| Slide::whole(&p.id)).collect();
        let saved = SavedWindow::capture(ctx);
        window::enter_fullscreen(ctx);
        theme::apply(ctx, DEFAULT_THEME);
        Self {
            presentation: Presentation::new(slides, start),
            models: pages.clone(),
            pages,
            cut_for: None,
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

    /// Zoom in, Zoom out and Actual size while presenting: the slide's size on top of its fit
    /// to the screen, by the app's one zoom policy ([`crate::zoom`]). Other actions are
    /// ignored.
    pub fn zoom(&mut self, action: Action) {
        if let Some(zoom) = crate::zoom::after(action, self.extra_zoom) {
            if (zoom - self.extra_zoom).abs() > f32::EPSILON {
                // A slide that shrank to fit at the old zoom is measured again at the new one,
                // so that Actual size after Zoom in gives back the slide as it arrived.
                self.content_fit.0 = 1.0;
            }
            self.extra_zoom = zoom;
        }
    }

    /// Leaves without waiting for Esc: restores the window and the dashboard's zoom. The caller
    /// re-applies its own theme.
    pub fn leave(&self, ctx: &Context) {
        self.saved.restore(ctx);
    }

    /// One frame: reads the presenter's keys and clicks, then draws the slide over the whole
    /// window. Returns [`Outcome::Leave`] (after restoring the window and zoom) when Esc was
    /// pressed; the caller then drops the presenter and re-applies its own theme.
    pub fn ui(&mut self, ui: &mut Ui) -> Outcome {
        let ctx = ui.ctx().clone();
        let actions = ctx.input(keys::actions);
        if self.presentation.apply_all(actions) == Outcome::Leave {
            self.leave(&ctx);
            return Outcome::Leave;
        }
        let current = Some(self.presentation.index());
        if self.content_fit.1 != current {
            self.content_fit = (1.0, current);
        }
        let mut refit = window::fit_to_screen(&ctx, self.extra_zoom * self.content_fit.0);
        let pointer_still = pointer_still(&ctx);
        let tokens = theme::tokens(self.theme);
        let mut shrink = 1.0;
        egui::CentralPanel::default()
            .frame(slide::screen_frame(&self.presentation, &tokens))
            .show(ui, |ui| {
                if pointer_still {
                    // Disabled without fading: no hover, no tooltip, same colours.
                    ui.visuals_mut().disabled_alpha = 1.0;
                    ui.disable();
                }
                if self.presentation.blank().is_none() {
                    self.cut(ui, &tokens);
                }
                shrink = slide::slide_ui(ui, &self.presentation, self.model(), &tokens);
            });
        // A page taller than the screen shrinks a little (down to MIN_CONTENT_FIT) rather than
        // lose its last rows. Its layout was just measured at this zoom: the height scales
        // with the zoom (and the width grows too, so lines wrap no more), so one new zoom fits
        // it, from this measurement alone.
        let fit = (self.content_fit.0 * shrink * 0.99).max(MIN_CONTENT_FIT);
        if shrink < 1.0 && fit < self.content_fit.0 - 0.005 {
            self.content_fit.0 = fit;
            refit |= window::fit_to_screen(&ctx, self.extra_zoom * fit);
        }
        // A pass drawn at the wrong zoom (the first of a presentation or of a slide that did
        // not fit, or after a resize) is discarded: egui runs the frame's second pass at the
        // new zoom, so the screen never shows the slide at the wrong size.
        if refit {
            ctx.request_discard("the slide's zoom changed");
        }
        Outcome::Stay
    }

    /// Cuts the pages into slides that fit `ui`'s available size, unless they were cut for it
    /// already; the current slide stays on its page (and its place in the page, as far as the
    /// page still goes).
    fn cut(&mut self, ui: &mut Ui, tokens: &Tokens) {
        let size = ui.available_size();
        if self
            .cut_for
            .is_some_and(|at| (at - size).abs().max_elem() < 1.0)
        {
            return;
        }
        let (slides, models): (Vec<Slide>, Vec<PageModel>) =
            super::parts::cut(ui, &self.pages, tokens)
                .into_iter()
                .unzip();
        let at = self.presentation.current_slide().map_or(0, |now| {
            slides
                .iter()
                .rposition(|s| s.page == now.page && s.number <= now.number)
                .unwrap_or(0)
        });
        self.presentation.replace_slides(slides, at);
        self.models = models;
        self.cut_for = Some(size);
    }

    /// The page the current slide draws; `None` when there are no slides.
    #[must_use]
    pub fn model(&self) -> Option<&PageModel> {
        self.models.get(self.presentation.index())
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
