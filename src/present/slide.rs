//! Draws one slide: a chart page (or one slide of a page that continues) filling the screen in the projector theme, a small slide counter
//! in the bottom-right corner, or a black or white screen when blanked.

use egui::{Align, Frame, Label, Layout, Margin, Rect, RichText, Ui, UiBuilder, vec2};

use crate::charts::PageModel;
use crate::theme::Tokens;
use crate::view::plot;

use super::{Blank, Presentation};

/// What a slide says when the filters leave no chart page with figures.
pub const NOTHING_TO_PRESENT: &str =
    "No chart page has figures under the current filters. Esc returns to the dashboard.";

/// The margin around a slide, in multiples of [`Tokens::spacing`].
const MARGIN_STEPS: f32 = 4.0;

/// The frame of the whole screen while presenting: the slide background, or black or white when
/// blanked (the theme's [`crate::theme::BLANK_BLACK`] and [`crate::theme::BLANK_WHITE`]).
pub fn screen_frame(presentation: &Presentation, tokens: &Tokens) -> Frame {
    let fill = match presentation.blank() {
        Some(Blank::Black) => crate::theme::BLANK_BLACK,
        Some(Blank::White) => crate::theme::BLANK_WHITE,
        None => tokens.background,
    };
    let margin = if presentation.blank().is_some() {
        Margin::ZERO
    } else {
        margin(tokens)
    };
    Frame::new().fill(fill).inner_margin(margin)
}

/// The margin around a slide's page, in points.
#[must_use]
pub fn margin_points(tokens: &Tokens) -> f32 {
    (tokens.spacing * MARGIN_STEPS).round()
}

fn margin(tokens: &Tokens) -> Margin {
    #[expect(clippy::cast_possible_truncation, reason = "a few dozen points")]
    let m = (tokens.spacing * MARGIN_STEPS).round() as i8;
    Margin::same(m)
}

/// Draws the slide inside a [`screen_frame`]: nothing when blanked, else the page (or
/// [`NOTHING_TO_PRESENT`]) and the counter ("3 / 7") in the bottom-right margin.
///
/// Returns how much the slide must shrink to fit the screen: the page's
/// [`visible_fraction`](crate::view::plot::PageResponse::visible_fraction), 1.0 when it fits.
pub fn slide_ui(
    ui: &mut Ui,
    presentation: &Presentation,
    model: Option<&PageModel>,
    tokens: &Tokens,
) -> f32 {
    if presentation.blank().is_some() {
        ui.allocate_space(ui.available_size());
        return 1.0;
    }
    counter_ui(ui, presentation, tokens);
    if let Some(model) = model {
        // A click on a slide is the presenter's (next slide), not a selection.
        return plot::slide_ui(ui, model, tokens)
            .visible_fraction
            .unwrap_or(1.0);
    }
    ui.add_space(tokens.spacing * 4.0);
    ui.label(
        RichText::new(NOTHING_TO_PRESENT)
            .size(tokens.title_size)
            .color(tokens.text),
    );
    1.0
}

/// The slide counter, in the bottom-right margin so that it never covers the chart. It is
/// drawn in a child `Ui`, which leaves the page's layout alone.
fn counter_ui(ui: &mut Ui, presentation: &Presentation, tokens: &Tokens) {
    let content = ui.max_rect();
    let m = tokens.spacing * MARGIN_STEPS;
    let size = vec2(m * 8.0, m);
    let rect = Rect::from_min_size(content.right_bottom() - vec2(size.x, 0.0), size);
    let text = RichText::new(presentation.counter())
        .size(tokens.small_size)
        .color(tokens.text_muted);
    let mut child = ui.new_child(
        UiBuilder::new()
            .max_rect(rect)
            .layout(Layout::right_to_left(Align::Center)),
    );
    child.add(Label::new(text).selectable(false));
}

#[cfg(test)]
mod tests {
    use crate::present::window::{REFERENCE_SIZE, SLIDE_SCALE, fit_zoom};
    use crate::theme::{ThemeChoice, contrast, tokens};

    /// Issue #5: on a 1920×1080 projector, titles at least 40 px, every other text at least
    /// 22 px, lines at least 3 px; text at least 4.5:1 and marks at least 3:1 on the slide.
    #[test]
    fn projector_slides_meet_size_and_contrast_thresholds() {
        let t = tokens(ThemeChoice::Projector);
        let px = fit_zoom(REFERENCE_SIZE, 1.0, 1.0);
        assert!((px - SLIDE_SCALE).abs() < 1e-6);
        assert!(t.title_size * px >= 40.0, "title {} px", t.title_size * px);
        for (name, size) in [
            ("headline", t.headline_size),
            ("chart title", t.chart_title_size),
            ("label", t.label_size),
            ("small", t.small_size),
        ] {
            assert!(size * px >= 22.0, "{name}: {} px", size * px);
        }
        for (name, width) in [("line", t.line_width), ("highlight", t.highlight_width)] {
            assert!(width * px >= 3.0 && width >= 3.0, "{name}: {width} pt");
        }
        assert!(!t.dark_mode, "the projector theme is light");
        for colour in [t.text, t.text_muted] {
            assert!(contrast(colour, t.background) >= 4.5, "{colour:?}");
        }
        for colour in t.palette.iter().chain([&t.context, &t.highlight]) {
            assert!(contrast(*colour, t.background) >= 3.0, "{colour:?}");
        }
    }
}
