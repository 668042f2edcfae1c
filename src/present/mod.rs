//! Presentation mode: one chart page per slide, fullscreen, driven by a keyboard or a presenter
//! clicker.
//!
//! [`Presentation`] is the pure state machine (which slide, blanked or not, a slide number being
//! typed); [`keys`] maps egui input to [`SlideAction`]s; [`window`] saves and restores the window
//! around a presentation and computes the zoom that fits a slide to the screen; [`slide`] draws
//! one slide; [`Presenter`] ties them together frame by frame for the app.

pub mod keys;
pub mod parts;
mod presenter;
pub mod slide;
pub mod window;

pub use presenter::{DEFAULT_THEME, Presenter, default_tokens};

/// One slide: a chart page, or one slide of a page taller than the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slide {
    /// The page's id (`water-resources`).
    pub page: String,
    /// Which of the page's slides, from 1.
    pub number: usize,
    /// How many slides the page takes.
    pub count: usize,
}

impl Slide {
    /// A page on one slide.
    #[must_use]
    pub fn whole(page: &str) -> Self {
        Self {
            page: page.to_owned(),
            number: 1,
            count: 1,
        }
    }
}

/// What the screen shows instead of a slide when the presenter blanks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Blank {
    /// A black screen (`B` or `.`, as presenter clickers send).
    Black,
    /// A white screen (`W` or `,`).
    White,
}

/// One thing the presenter asks for. Produced by [`keys::actions`], consumed by
/// [`Presentation::apply`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlideAction {
    /// The next slide; stays on the last one (no wrap).
    Next,
    /// The previous slide; stays on the first one (no wrap).
    Previous,
    /// The first slide.
    First,
    /// The last slide.
    Last,
    /// A digit of a slide number being typed (0–9).
    Digit(u8),
    /// Enter: jumps to the typed slide number, or goes to the next slide when none was typed.
    Enter,
    /// Backspace: removes the last typed digit, or goes to the previous slide when none was typed.
    Backspace,
    /// Blanks the screen to black or white.
    Blank(Blank),
    /// Any other key: only returns from a blanked screen.
    Other,
    /// Esc: leaves the presentation.
    Leave,
}

/// What the caller should do after [`Presentation::apply`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Keep presenting.
    Stay,
    /// Leave the presentation and restore the window and panels.
    Leave,
}

/// The longest slide number one can type; more digits are ignored.
const MAX_DIGITS: usize = 4;

/// The state of a running presentation: the slide list (chart pages, in the order the current
/// filters leave them, a page taller than the screen on several slides), the current slide, a
/// blank screen, and a slide number being typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Presentation {
    slides: Vec<Slide>,
    current: usize,
    blank: Option<Blank>,
    typed: String,
}

impl Presentation {
    /// Starts on the first slide of the page whose id is `start`, or on the first slide when
    /// `start` is `None` or not among `slides`. `slides` may be empty (nothing passes the
    /// filters).
    #[must_use]
    pub fn new(slides: Vec<Slide>, start: Option<&str>) -> Self {
        let current = start
            .and_then(|id| slides.iter().position(|s| s.page == id))
            .unwrap_or(0);
        Self {
            slides,
            current,
            blank: None,
            typed: String::new(),
        }
    }

    /// The slides, in order.
    #[must_use]
    pub fn slides(&self) -> &[Slide] {
        &self.slides
    }

    /// Puts `slides` in place of the slides (the pages cut again for another screen size),
    /// now on slide `current` (the last one when out of range); a blank screen and a typed
    /// number stay.
    pub fn replace_slides(&mut self, slides: Vec<Slide>, current: usize) {
        self.current = current.min(slides.len().saturating_sub(1));
        self.slides = slides;
    }

    /// The index of the current slide (0-based; 0 when there are no slides).
    #[must_use]
    pub fn index(&self) -> usize {
        self.current
    }

    /// The page id of the current slide, `None` when there are no slides.
    #[must_use]
    pub fn current(&self) -> Option<&str> {
        self.current_slide().map(|s| s.page.as_str())
    }

    /// The current slide, `None` when there are no slides.
    #[must_use]
    pub fn current_slide(&self) -> Option<&Slide> {
        self.slides.get(self.current)
    }

    /// The blank screen shown instead of the slide, if any.
    #[must_use]
    pub fn blank(&self) -> Option<Blank> {
        self.blank
    }

    /// The slide number typed so far (digits only), empty when none.
    #[must_use]
    pub fn typed(&self) -> &str {
        &self.typed
    }

    /// The counter shown in a corner: "3 / 7", with a typed number as "3 / 7, go to 5".
    #[must_use]
    pub fn counter(&self) -> String {
        let shown = if self.slides.is_empty() {
            0
        } else {
            self.current + 1
        };
        let mut text = format!("{shown} / {}", self.slides.len());
        if !self.typed.is_empty() {
            text.push_str(", go to ");
            text.push_str(&self.typed);
        }
        text
    }

    /// Applies one action. While the screen is blank, any action but [`SlideAction::Leave`] only
    /// returns to the slide.
    pub fn apply(&mut self, action: SlideAction) -> Outcome {
        if action == SlideAction::Leave {
            return Outcome::Leave;
        }
        if self.blank.take().is_some() {
            self.typed.clear();
            return Outcome::Stay;
        }
        let last = self.slides.len().saturating_sub(1);
        match action {
            SlideAction::Digit(d) => {
                if self.typed.len() < MAX_DIGITS {
                    self.typed.push(char::from(b'0' + d.min(9)));
                }
                return Outcome::Stay;
            }
            SlideAction::Backspace if !self.typed.is_empty() => {
                self.typed.pop();
                return Outcome::Stay;
            }
            SlideAction::Enter if !self.typed.is_empty() => {
                let number: usize = self.typed.parse().unwrap_or(1);
                self.current = number.clamp(1, last + 1) - 1;
            }
            SlideAction::Next | SlideAction::Enter => self.current = (self.current + 1).min(last),
            SlideAction::Previous | SlideAction::Backspace => {
                self.current = self.current.saturating_sub(1);
            }
            SlideAction::First => self.current = 0,
            SlideAction::Last => self.current = last,
            SlideAction::Blank(blank) => self.blank = Some(blank),
            SlideAction::Other | SlideAction::Leave => {}
        }
        self.typed.clear();
        Outcome::Stay
    }

    /// Applies actions in order and reports [`Outcome::Leave`] as soon as one asks to leave.
    pub fn apply_all(&mut self, actions: impl IntoIterator<Item = SlideAction>) -> Outcome {
        for action in actions {
            if self.apply(action) == Outcome::Leave {
                return Outcome::Leave;
            }
        }
        Outcome::Stay
    }
}

#[cfg(test)]
mod tests;
