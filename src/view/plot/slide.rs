//! A page as slides: [`plan`] measures a page's charts at the size of a slide and cuts the page
//! into [`Part`]s that each fit (whole charts where they fit, a chart with too many rows in
//! pieces of its rows), and [`slide_ui`] draws one part's page with no scrolling, its charts in
//! the columns the plan counted on. Both place charts by their measured heights, the same
//! way, so what the plan fitted is what the slide shows. Linear in the charts (a chart cut
//! into pieces is measured a logarithmic number of times per piece).

use egui::{Rect, RichText, Ui, UiBuilder, vec2};

use crate::charts::{ChartKind, ChartModel, PageModel, Part, Piece};
use crate::theme::Tokens;

use super::{PageResponse, chart_card_ui, header, headline_ui, note_ui};

/// How tall a measuring sizing pass may grow, in points.
const MEASURE_HEIGHT: f32 = 100_000.0;

/// The gap between charts, as on the dashboard.
fn gap(tokens: &Tokens) -> f32 {
    tokens.spacing * 1.5
}

/// The width of a chart column: half the slide less the gap when two columns fit, else all.
fn column_width(width: f32, two: bool, tokens: &Tokens) -> f32 {
    if two {
        (width - gap(tokens)) / 2.0
    } else {
        width
    }
}

/// Whether two columns of charts fit in `width`.
fn two_fit(width: f32, tokens: &Tokens) -> bool {
    width >= 2.0 * tokens.min_column_width + gap(tokens)
}

/// The column a chart goes to: the shorter one (the left one on a tie).
fn shorter(heights: [f32; 2], two: bool) -> usize {
    usize::from(two && heights[1] < heights[0])
}

/// The height a chart of `heights` adds to a column already `column` tall.
fn grown(column: f32, height: f32, tokens: &Tokens) -> f32 {
    if column > 0.0 {
        column + gap(tokens) + height
    } else {
        height
    }
}

/// The height of `chart`'s card drawn `width` wide, from an invisible sizing pass.
fn measure(ui: &mut Ui, chart: &ChartModel, tokens: &Tokens, width: f32, key: usize) -> f32 {
    let rect = Rect::from_min_size(ui.max_rect().min, vec2(width, MEASURE_HEIGHT));
    let mut child = ui.new_child(
        UiBuilder::new()
            .id_salt(("measure-chart", key))
            .max_rect(rect)
            .sizing_pass()
            .invisible(),
    );
    child.set_width(width);
    // A column spaces its cards, and the cards their title, plot and note, by the gap.
    child.spacing_mut().item_spacing.y = gap(tokens);
    chart_card_ui(&mut child, chart, tokens, None, ("measure", key, 0)).1
}

/// The height of the slide header and headline of `page`: (header, headline and the space
/// after it). The header is measured with the longest continuation title ("(99 of 99)").
fn measure_top(ui: &mut Ui, page: &PageModel, tokens: &Tokens) -> (f32, f32) {
    let rect = Rect::from_min_size(
        ui.max_rect().min,
        vec2(ui.available_width(), MEASURE_HEIGHT),
    );
    let mut child = ui.new_child(
        UiBuilder::new()
            .id_salt("measure-top")
            .max_rect(rect)
            .sizing_pass()
            .invisible(),
    );
    let mut titled = page.clone();
    titled.title = format!("{} (99 of 99)", page.title);
    // The legends beside the title, or under it when they do not fit: the first draw
    // measures them, the second places them as every later pass does.
    header::header_ui(&mut child, &titled, tokens);
    let first = child.min_rect().bottom();
    header::header_ui(&mut child, &titled, tokens);
    let header = child.min_rect().bottom() - first;
    let Some(h) = &page.headline else {
        return (header, 0.0);
    };
    let before = child.min_rect().bottom();
    headline_ui(&mut child, h, tokens, None);
    child.add_space(tokens.spacing);
    (
        header,
        child.min_rect().bottom() - before + child.spacing().item_spacing.y,
    )
}

/// The height of `page`'s note under the charts (none: 0), from an invisible sizing pass.
fn measure_note(ui: &mut Ui, page: &PageModel, tokens: &Tokens) -> f32 {
    let Some(note) = &page.note else {
        return 0.0;
    };
    let rect = Rect::from_min_size(
        ui.max_rect().min,
        vec2(ui.available_width(), MEASURE_HEIGHT),
    );
    let mut child = ui.new_child(
        UiBuilder::new()
            .id_salt("measure-note")
            .max_rect(rect)
            .sizing_pass()
            .invisible(),
    );
    note_ui(&mut child, note, tokens);
    child.min_rect().height() + child.spacing().item_spacing.y
}

/// The slides `page` needs on a slide the size of `ui`'s available rectangle (drawn there by
/// [`slide_ui`]), in order; one part holding the whole page when it fits or has nothing to
/// cut. A chart taller than a slide is cut into pieces of its rows (bars, targets, cards; a
/// line chart is never cut); a piece of one row is the least a slide holds, so nothing is ever
/// left out, even where a single row is taller than the slide.
pub fn plan(ui: &mut Ui, page: &PageModel, tokens: &Tokens) -> Vec<Part> {
    if page.empty_message.is_some() || page.charts.is_empty() {
        return vec![Part::whole(page)];
    }
    let width = ui.available_width();
    let (header, headline) = measure_top(ui, page, tokens);
    // A slide of one's own has its note under the charts of every part.
    let note = measure_note(ui, page, tokens);
    let body = ui.available_height() - header - note - 2.0;
    let two = two_fit(width, tokens);
    let column = column_width(width, two, tokens);
    let mut key = 0;
    let mut height = |ui: &mut Ui, chart: &ChartModel| {
        key += 1;
        measure(ui, chart, tokens, column, key)
    };
    let mut pieces: Vec<(Piece, f32)> = Vec::new();
    for (c, chart) in page.charts.iter().enumerate() {
        let n = chart.marks.len();
        let whole = height(ui, chart);
        if whole <= body || n <= 1 || chart.kind == ChartKind::Series {
            pieces.push((
                Piece {
                    chart: c,
                    marks: 0..n,
                },
                whole,
            ));
            continue;
        }
        let mut start = 0;
        while start < n {
            // The most rows from `start` that fit: one always goes.
            let (mut lo, mut hi) = (1, n - start);
            while lo < hi {
                let mid = (lo + hi).div_ceil(2);
                if height(ui, &chart.piece(start..start + mid)) <= body {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            let h = height(ui, &chart.piece(start..start + lo));
            pieces.push((
                Piece {
                    chart: c,
                    marks: start..start + lo,
                },
                h,
            ));
            start += lo;
        }
    }
    pack(
        pieces,
        page.headline.is_some(),
        (body, headline, two),
        tokens,
    )
}

/// Fills slides in order: each piece goes to the shorter column of the current slide, or
/// starts the next slide when it does not fit there or would stand before the part of its
/// chart it continues.
fn pack(
    pieces: Vec<(Piece, f32)>,
    has_headline: bool,
    (body, headline, two): (f32, f32, bool),
    tokens: &Tokens,
) -> Vec<Part> {
    let mut parts = Vec::new();
    let mut part = Part {
        headline: has_headline,
        pieces: Vec::new(),
    };
    let mut room = if has_headline { body - headline } else { body };
    let mut heights = [0.0_f32; 2];
    // The chart and column of the piece placed last on this slide.
    let mut last: Option<(usize, usize)> = None;
    for (piece, h) in pieces {
        let col = shorter(heights, two);
        let fresh = part.pieces.is_empty() && !part.headline;
        // A chart's next part never goes to a column before its part before (read first):
        // it starts the next slide instead, so parts read in order.
        let out_of_order = last.is_some_and(|(c, at)| c == piece.chart && col < at);
        if (grown(heights[col], h, tokens) > room || out_of_order) && !fresh {
            parts.push(std::mem::take(&mut part));
            room = body;
            heights = [0.0; 2];
        }
        let col = shorter(heights, two);
        heights[col] = grown(heights[col], h, tokens);
        last = Some((piece.chart, col));
        part.pieces.push(piece);
    }
    parts.push(part);
    parts
}

/// Draws one slide's page filling `ui`: the header, the headline, then the charts in one or
/// two columns (two when there are several and the width allows), each chart going to the
/// shorter column by its measured height, as [`plan`] counted. Nothing scrolls; the response
/// has the marks drawn, and a [`PageResponse::visible_fraction`] when the page is taller than
/// the slide.
pub fn slide_ui(ui: &mut Ui, page: &PageModel, tokens: &Tokens) -> PageResponse {
    let mut out = PageResponse::default();
    let slide = ui.max_rect();
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
    if let Some(h) = &page.headline {
        out.merge(headline_ui(ui, h, tokens, None));
        ui.add_space(tokens.spacing);
    }
    let width = ui.available_width();
    let two = page.charts.len() > 1 && two_fit(width, tokens);
    let column = column_width(width, two, tokens);
    let mut heights = [0.0_f32; 2];
    let mut columns: [Vec<usize>; 2] = [Vec::new(), Vec::new()];
    for (c, chart) in page.charts.iter().enumerate() {
        let h = measure(ui, chart, tokens, column, c);
        let col = shorter(heights, two);
        heights[col] = grown(heights[col], h, tokens);
        columns[col].push(c);
    }
    let gap = gap(tokens);
    ui.horizontal_top(|ui| {
        ui.spacing_mut().item_spacing.x = gap;
        for (col, charts) in columns.iter().enumerate().take(if two { 2 } else { 1 }) {
            ui.vertical(|ui| {
                ui.set_width(column);
                ui.spacing_mut().item_spacing.y = gap;
                for &c in charts {
                    let salt = (page.id.as_str(), col, c);
                    out.merge(chart_card_ui(ui, &page.charts[c], tokens, None, salt).0);
                }
            });
        }
    });
    if let Some(note) = &page.note {
        note_ui(ui, note, tokens);
    }
    let whole = ui.min_rect().bottom() - slide.top();
    if whole > slide.height() + 1.0 {
        out.visible_fraction = Some(slide.height() / whole);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::pack;
    use crate::charts::Piece;

    fn piece(chart: usize, marks: std::ops::Range<usize>) -> Piece {
        Piece { chart, marks }
    }

    #[test]
    fn a_charts_next_part_never_stands_before_its_first() {
        let tokens = crate::theme::tokens(crate::theme::ThemeChoice::default());
        // A short chart (left), the first part of a long one (right, the shorter column then),
        // and its second part, which the shorter column (left) would put before the first.
        let pieces = vec![
            (piece(0, 0..2), 50.0),
            (piece(1, 0..10), 400.0),
            (piece(1, 10..12), 60.0),
        ];
        let parts = pack(pieces, false, (500.0, 0.0, true), &tokens);
        assert_eq!(parts.len(), 2, "{parts:?}");
        assert_eq!(parts[0].pieces, [piece(0, 0..2), piece(1, 0..10)]);
        assert_eq!(parts[1].pieces, [piece(1, 10..12)]);
    }
}
