//! Draws a chart page ([`PageModel`]) with egui and `egui_plot`: title, legend, headline figure
//! and the charts in one or two columns. The page is a stable view: no pan, zoom or scroll
//! inside plots; hovering a mark shows its label, value, period and speakers, and a click
//! selects the figure (a [`Command::Select`], as every view pushes its commands).

mod bars;
mod cards;
mod header;
mod layout;
mod series;
mod slide;
mod text;

pub use slide::{plan, slide_ui};

use egui::{Color32, CornerRadius, Frame, Margin, RichText, Sense, Stroke, Ui, vec2};

use crate::charts::{ChartKind, ChartModel, Mark, MarkStyle, PageModel};
use crate::command::{Command, Commands};
use crate::theme::Tokens;

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

/// Hover tooltip and click for one mark's widget.
fn mark_response(response: &egui::Response, mark: &Mark, tokens: &Tokens) -> PageResponse {
    let out = PageResponse {
        hovered: response.hovered().then(|| mark.indicator_id.clone()),
        clicked: response.clicked().then(|| mark.indicator_id.clone()),
        visible_fraction: None,
        menu: mark_menu(response, Some(mark)),
        marks: Vec::new(),
    };
    if response.hovered() {
        response
            .clone()
            .on_hover_ui_at_pointer(|ui| tooltip_ui(ui, mark, tokens));
    }
    out
}

/// The response of a plot whose closure returned the index of the mark under the pointer:
/// that mark's tooltip and click, as for any mark.
fn plotted_response(
    response: &egui::Response,
    hovered: Option<usize>,
    chart: &ChartModel,
    tokens: &Tokens,
) -> PageResponse {
    let mark = hovered.and_then(|i| chart.marks.get(i));
    // The menu stays open once the pointer leaves the mark it was opened on.
    let menu = mark_menu(response, mark);
    let Some(mark) = mark else {
        return PageResponse {
            menu,
            ..PageResponse::default()
        };
    };
    let mut out = mark_response(response, mark, tokens);
    out.hovered = Some(mark.indicator_id.clone());
    out.menu = menu;
    out
}

/// A mark's context menu (right-click): add its figure to a slide of one's own. The mark
/// right-clicked is remembered while the menu is open, since the pointer leaves it to reach
/// the menu. Returns what was chosen this frame.
fn mark_menu(response: &egui::Response, mark: Option<&Mark>) -> Option<Command> {
    let key = response.id.with("mark-menu");
    if response.secondary_clicked()
        && let Some(m) = mark
    {
        response
            .ctx
            .data_mut(|d| d.insert_temp(key, m.indicator_id.clone()));
    }
    let mut chosen = None;
    response.context_menu(|ui| {
        let Some(id) = ui.data(|d| d.get_temp::<String>(key)) else {
            ui.close();
            return;
        };
        let mut commands = Commands::default();
        super::slides::add_buttons(ui, &[id], &mut commands);
        chosen = commands.take().pop();
    });
    chosen
}

/// The tooltip of a mark: label (strong), value with qualifier and unit, period, speakers.
fn tooltip_ui(ui: &mut Ui, mark: &Mark, tokens: &Tokens) {
    for (i, line) in mark.tooltip_lines().into_iter().enumerate() {
        let text = RichText::new(line)
            .size(tokens.label_size)
            .color(tokens.text);
        ui.label(if i == 0 { text.strong() } else { text });
    }
    ui.label(
        RichText::new("Click to see the quote.")
            .size(tokens.small_size)
            .color(tokens.text_muted),
    );
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

/// The charts in one or two columns, each column filled greedily by estimated height.
fn charts_ui(
    ui: &mut Ui,
    page: &PageModel,
    tokens: &Tokens,
    selected: Option<&str>,
) -> PageResponse {
    let mut out = PageResponse::default();
    let gap = tokens.spacing * 1.5;
    let width = ui.available_width();
    let two = page.charts.len() > 1 && width >= 2.0 * tokens.min_column_width + gap;
    let columns = if two { 2 } else { 1 };
    let mut heights = [0.0_f32; 2];
    let mut assigned: [Vec<&ChartModel>; 2] = [Vec::new(), Vec::new()];
    for chart in &page.charts {
        let col = usize::from(columns == 2 && heights[1] < heights[0]);
        heights[col] += estimated_height(chart, tokens) + gap;
        assigned[col].push(chart);
    }
    #[expect(clippy::cast_precision_loss, reason = "one or two columns")]
    let col_width = (width - gap * (columns as f32 - 1.0)) / columns as f32;
    ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing.x = gap;
        for (c, charts) in assigned.iter().enumerate().take(columns) {
            ui.vertical(|ui| {
                ui.set_width(col_width);
                ui.spacing_mut().item_spacing.y = gap;
                for (k, chart) in charts.iter().enumerate() {
                    out.merge(chart_ui(ui, chart, tokens, selected, (&page.id, c, k)));
                }
            });
        }
    });
    out
}

/// A chart's height before drawing: title, rows or cards, axis, footnote.
fn estimated_height(chart: &ChartModel, tokens: &Tokens) -> f32 {
    #[expect(clippy::cast_precision_loss, reason = "a handful of marks")]
    let n = chart.marks.len() as f32;
    let body = match chart.kind {
        ChartKind::Bars | ChartKind::Timeline => n * tokens.row_height + tokens.small_size * 2.0,
        ChartKind::Series => series::HEIGHT + tokens.small_size * 2.0,
        ChartKind::Figures => {
            (n / 2.0).ceil()
                * (tokens.card_value_size + tokens.small_size * 3.0 + tokens.spacing * 3.0)
        }
    };
    let foot = if chart.footnote.is_some() {
        tokens.small_size * 1.5
    } else {
        0.0
    };
    tokens.chart_title_size * 1.6 + body + foot + tokens.spacing * 2.0
}

/// One chart in its card: title, the plot or cards, footnote. A chart out of view (a long
/// page, scrolled) only takes its room: the height it had when last drawn, or its estimate,
/// so that a page of many charts costs the charts on screen.
fn chart_ui(
    ui: &mut Ui,
    chart: &ChartModel,
    tokens: &Tokens,
    selected: Option<&str>,
    salt: (&str, usize, usize),
) -> PageResponse {
    let height_id = ui
        .scope_id()
        .with(("chart-height", salt, chart.marks.len()));
    let height: f32 = ui
        .data(|d| d.get_temp(height_id))
        .unwrap_or_else(|| estimated_height(chart, tokens));
    let room = egui::vec2(ui.available_width(), height);
    if !ui.is_rect_visible(egui::Rect::from_min_size(ui.cursor().min, room)) {
        ui.allocate_space(room);
        return PageResponse::default();
    }
    let (out, drawn) = chart_card_ui(ui, chart, tokens, selected, salt);
    ui.data_mut(|d| d.insert_temp(height_id, drawn));
    out
}

/// One chart in its card, always drawn: its response and the card's height in points.
fn chart_card_ui(
    ui: &mut Ui,
    chart: &ChartModel,
    tokens: &Tokens,
    selected: Option<&str>,
    salt: (&str, usize, usize),
) -> (PageResponse, f32) {
    let mut out = PageResponse::default();
    let card = card_frame(tokens, false).show(ui, |ui| {
        ui.set_width(ui.available_width());
        // A slide of one's own with one chart leaves its title to the slide's.
        if !chart.title.is_empty() {
            ui.label(
                RichText::new(&chart.title)
                    .size(tokens.chart_title_size)
                    .strong()
                    .color(tokens.text),
            );
        }
        let hit = match chart.kind {
            ChartKind::Bars | ChartKind::Timeline => {
                bars::plot_ui(ui, chart, tokens, selected, salt)
            }
            ChartKind::Figures => cards::cards_ui(ui, chart, tokens, selected),
            ChartKind::Series => series::plot_ui(ui, chart, tokens, selected, salt),
        };
        out.merge(hit);
        if let Some(note) = &chart.footnote {
            ui.label(
                RichText::new(note)
                    .size(tokens.small_size)
                    .color(tokens.text_muted),
            );
        }
    });
    (out, card.response.rect.height())
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
