//! Draws a chart page ([`PageModel`]) with egui and `egui_plot`: title, legend, headline figure
//! and the charts in one or two columns. The page is a stable view: no pan, zoom or scroll
//! inside plots; hovering a mark shows its label, value, period and speakers, and a click
//! selects the figure (a [`Command::Select`], as every view pushes its commands).

mod bars;
mod cards;
mod columns;
mod header;
mod layout;
mod marks;
mod series;
mod slide;
mod text;

pub use slide::{plan, slide_ui};

use egui::{Color32, CornerRadius, Frame, Margin, RichText, Sense, Stroke, Ui, vec2};

use crate::charts::{Mark, MarkStyle, PageModel};
use crate::command::{Command, Commands};
use crate::theme::Tokens;

use columns::{chart_card_ui, charts_ui};
use marks::{mark_response, plotted_response};

/// What the page's marks showed this frame (a click is a command: see [`page_ui`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageResponse {
    /// The indicator id under the pointer.
    pub hovered: Option<String>,
    /// The indicator id clicked this frame, until [`page_ui`] pushes it as a command.
    pub(crate) clicked: Option<String>,
    /// When the page's body is taller than the space it has (and scrolls): the height shown
    /// divided by the height of the whole body, below 1.0. `None` when it fits.
    pub visible_fraction: Option<f32>,
    /// What a mark's context menu asked for this frame (Add to slide), until [`page_ui`]
    /// pushes it.
    pub(crate) menu: Option<Command>,
    /// The marks drawn this pass, in drawing order: each indicator id with the rectangle its
    /// mark takes on screen, in points (a bar's row with its label, a card, a point of a
    /// series, the headline). A chart out of view is not drawn and adds none.
    pub marks: Vec<(String, egui::Rect)>,
}

impl PageResponse {
    fn merge(&mut self, other: Self) {
        if other.hovered.is_some() {
            self.hovered = other.hovered;
        }
        if other.clicked.is_some() {
            self.clicked = other.clicked;
        }
        if other.menu.is_some() {
            self.menu = other.menu;
        }
        self.marks.extend(other.marks);
    }
}

/// Draws a page: title, subtitle, legend, headline, then the charts (or the empty message).
/// `selected` is the indicator whose mark gets an outline; a click on a mark pushes
/// [`Command::Select`] with its indicator (offscreen pages, never clicked, pass a scratch
/// [`Commands`]).
pub fn page_ui(
    ui: &mut Ui,
    page: &PageModel,
    tokens: &Tokens,
    selected: Option<&str>,
    commands: &mut Commands,
) -> PageResponse {
    let mut out = PageResponse::default();
    header::header_ui(ui, page, tokens);
    if let Some(message) = &page.empty_message {
        ui.add_space(tokens.spacing * 3.0);
        ui.label(
            RichText::new(message)
                .size(tokens.chart_title_size)
                .color(tokens.text_muted),
        );
        return out;
    }
    let scroll = egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .id_salt(("page", &page.id))
        .show(ui, |ui| {
            if let Some(h) = &page.headline {
                out.merge(headline_ui(ui, h, tokens, selected));
                ui.add_space(tokens.spacing);
            }
            out.merge(charts_ui(ui, page, tokens, selected));
            if let Some(note) = &page.note {
                note_ui(ui, note, tokens);
            }
        });
    let (shown, whole) = (scroll.inner_rect.height(), scroll.content_size.y);
    if whole > shown + 1.0 {
        out.visible_fraction = Some(shown / whole);
    }
    if let Some(id) = out.clicked.take() {
        commands.push(Command::Select(Some(id)));
    }
    if let Some(command) = out.menu.take() {
        commands.push(command);
    }
    out
}

/// A slide's note under its charts: body-sized text in the page's text colour, after a
/// rule, so it reads as the presenter's words rather than a chart's footnote.
fn note_ui(ui: &mut Ui, note: &str, tokens: &Tokens) {
    ui.add_space(tokens.spacing);
    let width = ui.available_width();
    let (rule, _) = ui.allocate_exact_size(vec2(width, tokens.line_width), Sense::hover());
    ui.painter().hline(
        rule.x_range(),
        rule.center().y,
        Stroke::new(1.0, tokens.grid),
    );
    ui.add_space(tokens.spacing * 0.5);
    ui.label(
        RichText::new(note)
            .size(tokens.chart_title_size)
            .color(tokens.text),
    );
}

/// The headline figure, large, with its label and speakers; hover and click like a mark.
fn headline_ui(ui: &mut Ui, mark: &Mark, tokens: &Tokens, selected: Option<&str>) -> PageResponse {
    let colour = tokens.theme_colour(&mark.theme);
    let is_selected = selected == Some(mark.indicator_id.as_str());
    let inner = card_frame(tokens, is_selected).show(ui, |ui| {
        ui.horizontal(|ui| {
            let (bar, _) = ui.allocate_exact_size(
                vec2(tokens.spacing * 0.75, tokens.headline_size * 1.2),
                Sense::hover(),
            );
            ui.painter().rect_filled(bar, CornerRadius::ZERO, colour);
            ui.label(
                RichText::new(&mark.display)
                    .size(tokens.headline_size)
                    .strong()
                    .color(tokens.text),
            );
            ui.add_space(tokens.spacing);
            ui.vertical(|ui| {
                ui.add_space(tokens.spacing);
                ui.label(
                    RichText::new(&mark.label)
                        .size(tokens.label_size)
                        .color(tokens.text),
                );
                let mut detail = mark.period.clone().unwrap_or_default();
                if !mark.speakers.is_empty() {
                    if !detail.is_empty() {
                        detail.push_str(" · ");
                    }
                    detail.push_str("said by ");
                    detail.push_str(&crate::charts::join_names(&mark.speakers));
                }
                if let Some(briefing) = &mark.briefing {
                    detail.push_str(" on ");
                    detail.push_str(briefing);
                }
                ui.label(
                    RichText::new(detail)
                        .size(tokens.small_size)
                        .color(tokens.text_muted),
                );
            });
        });
    });
    let response = ui.interact(
        inner.response.rect,
        ui.scope_id().with(("headline", &mark.indicator_id)),
        Sense::click(),
    );
    let mut out = mark_response(&response, mark, tokens);
    out.marks
        .push((mark.indicator_id.clone(), inner.response.rect));
    out
}

/// The card of a chart or headline: an outline on the page's background (the theme's card
/// outline, the highlight when `highlighted`), with no fill of its own, so a page costs a
/// software renderer its text and marks rather than another layer of background.
fn card_frame(tokens: &Tokens, highlighted: bool) -> Frame {
    let stroke = if highlighted {
        Stroke::new(tokens.highlight_width, tokens.highlight)
    } else {
        Stroke::new(tokens.card_outline_width, tokens.grid)
    };
    // The outline takes its width from the margin, so the contents sit where they would
    // without it (on whole pixels at the usual scales, as the vector exports expect) and do
    // not move when the card is selected.
    #[expect(clippy::cast_possible_truncation, reason = "spacing is a few points")]
    let margin = Margin::same((tokens.spacing - stroke.width).round() as i8);
    Frame::new()
        .stroke(stroke)
        .corner_radius(CornerRadius::same(tokens.corner_radius))
        .inner_margin(margin)
}

/// The colours of a mark: (fill, outline). Targets are a faint tint with a solid outline,
/// context marks are grey, achieved values are filled with their theme's hue.
fn mark_colours(mark: &Mark, tokens: &Tokens) -> (Color32, Stroke) {
    let hue = tokens.theme_colour(&mark.theme);
    match mark.style {
        MarkStyle::Achieved => (hue, Stroke::NONE),
        MarkStyle::Context | MarkStyle::Dimmed => (tokens.context, Stroke::NONE),
        MarkStyle::Target => (tokens.target_fill(hue), Stroke::new(tokens.line_width, hue)),
    }
}
