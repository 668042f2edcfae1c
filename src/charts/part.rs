//! A page cut into slides: a page taller than its slide continues on further slides, each a
//! [`Part`] of whole charts, or of a chart with too many rows cut into [`Piece`]s of its marks.
//! Which part holds what is measured by the view (`view::plot::plan`); here a part becomes the
//! plain [`PageModel`] of its slide ("Water (2 of 3)"), which every export and the presenter
//! draw and describe, so an image's alt text names exactly the figures it shows.

use std::ops::Range;

use super::model::{ChartModel, PageModel};

/// Some of a chart's marks on one slide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// The chart: an index into [`PageModel::charts`].
    pub chart: usize,
    /// Its marks on this slide: a range of indices into [`ChartModel::marks`].
    pub marks: Range<usize>,
}

/// What one slide of a page shows: the headline (on the first slide) and pieces of charts, in
/// the page's order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Part {
    /// Whether the slide shows the page's headline figure.
    pub headline: bool,
    /// The pieces of charts, top to bottom, left to right.
    pub pieces: Vec<Piece>,
}

impl Part {
    /// The whole page on one slide.
    #[must_use]
    pub fn whole(page: &PageModel) -> Self {
        Self {
            headline: page.headline.is_some(),
            pieces: page
                .charts
                .iter()
                .enumerate()
                .map(|(chart, c)| Piece {
                    chart,
                    marks: 0..c.marks.len(),
                })
                .collect(),
        }
    }
}

impl ChartModel {
    /// The chart with only the marks in `marks` (clamped to the chart's), titled with the rows
    /// it shows when it is not all of them: "Counts (13–24 of 30)". The axis stays the whole
    /// chart's, so the pieces of a chart compare with each other.
    #[must_use]
    pub fn piece(&self, marks: Range<usize>) -> Self {
        let n = self.marks.len();
        let (start, end) = (marks.start.min(n), marks.end.min(n));
        let (start, end) = (start.min(end), end);
        let mut out = self.clone();
        out.marks = self
            .marks
            .get(start..end)
            .map(<[_]>::to_vec)
            .unwrap_or_default();
        if end - start < n {
            out.title = if end - start == 1 {
                format!("{} ({} of {n})", self.title, start + 1)
            } else {
                format!("{} ({}–{end} of {n})", self.title, start + 1)
            };
        }
        out
    }
}

impl PageModel {
    /// The page of slide `number` (1-based) of `count`: the part's headline and pieces, titled
    /// "Title (2 of 9)" when the page takes more than one slide. Pieces naming a chart the page
    /// lacks are left out.
    #[must_use]
    pub fn part(&self, part: &Part, number: usize, count: usize) -> Self {
        let mut out = self.clone();
        if count > 1 {
            out.title = format!("{} ({number} of {count})", self.title);
        }
        if !part.headline {
            out.headline = None;
        }
        out.charts = part
            .pieces
            .iter()
            .filter_map(|p| Some(self.charts.get(p.chart)?.piece(p.marks.clone())))
            .collect();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::{ChartKind, Mark, MarkStyle};
    use crate::dataset::{Qualifier, Unit};

    fn mark(label: &str) -> Mark {
        Mark {
            indicator_id: label.to_lowercase(),
            label: label.to_owned(),
            value: 1.0,
            display: "1".to_owned(),
            said: "1".to_owned(),
            unit: Unit::Count,
            qualifier: Qualifier::Exact,
            period: None,
            speakers: Vec::new(),
            theme: "water".to_owned(),
            style: MarkStyle::Achieved,
            note: None,
            briefing: None,
            at: None,
        }
    }

    fn chart(title: &str, labels: &[&str]) -> ChartModel {
        ChartModel {
            title: title.to_owned(),
            kind: ChartKind::Bars,
            marks: labels.iter().map(|l| mark(l)).collect(),
            axis: None,
            footnote: None,
        }
    }

    #[test]
    fn a_part_holds_its_pieces_and_says_which_slide_it_is() {
        let page = PageModel {
            id: "water".to_owned(),
            title: "Water".to_owned(),
            subtitle: String::new(),
            headline: Some(mark("Reservoirs")),
            charts: vec![
                chart("Counts", &["Dams", "Wells", "Canals"]),
                chart("Rates", &["Loss"]),
            ],
            empty_message: None,
            source: String::new(),
            note: None,
        };
        assert_eq!(page.part(&Part::whole(&page), 1, 1), page);
        let second = Part {
            headline: false,
            pieces: vec![
                Piece {
                    chart: 0,
                    marks: 1..3,
                },
                Piece {
                    chart: 1,
                    marks: 0..1,
                },
                Piece {
                    chart: 7,
                    marks: 0..1,
                },
            ],
        };
        let slide = page.part(&second, 2, 2);
        assert_eq!(slide.title, "Water (2 of 2)");
        assert_eq!(slide.headline, None);
        let titles: Vec<&str> = slide.charts.iter().map(|c| c.title.as_str()).collect();
        assert_eq!(titles, ["Counts (2–3 of 3)", "Rates"]);
        assert_eq!(slide.indicator_ids(), ["wells", "canals", "loss"]);
        let one = page.charts[0].piece(2..9);
        assert_eq!(one.title, "Counts (3 of 3)");
        assert_eq!(one.marks.len(), 1);
    }
}
