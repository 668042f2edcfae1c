//! A slide of one's own ([`crate::board::Slide`]) as a [`PageModel`]: its title and subtitle,
//! its figures as bars (one chart per unit), cards or one measure over time, the highlighted
//! figures in their colours and the others greyed ([`MarkStyle::Dimmed`]), and the note
//! under the chart. Filters play no part: a slide shows the figures chosen for it.

use crate::board::{ChartChoice, ResolvedSlide, Slide, figure_date, series_problem};
use crate::dataset::{Dataset, Unit};
use crate::filter::Selection;
use crate::format;

use super::build::{self, Ctx};
use super::model::{Mark, MarkStyle, PageModel};

/// What the ids of slides of one's own start with (`my-slide-1`, in slide order).
pub const ID_PREFIX: &str = "my-slide-";

/// The page id of the slide at `index` (from 0): `my-slide-1` for the first.
#[must_use]
pub fn slide_id(index: usize) -> String {
    format!("{ID_PREFIX}{}", index + 1)
}

/// The model of `slide` (the slide at `index`), whose figures `resolved` found in `dataset`.
/// A slide none of whose figures is found says why in its empty message.
#[must_use]
pub fn slide_model(
    index: usize,
    slide: &Slide,
    resolved: &ResolvedSlide,
    dataset: &Dataset,
) -> PageModel {
    let found: Vec<(usize, usize)> = resolved.found().collect();
    let any_highlight = found.iter().any(|&(k, _)| slide.figures[k].highlight);
    let marks: Vec<Mark> = found
        .iter()
        .map(|&(k, n)| {
            let mut mark = build::mark_of(dataset, &dataset.indicators[n]);
            if any_highlight && !slide.figures[k].highlight {
                mark.style = MarkStyle::Dimmed;
            }
            mark
        })
        .collect();
    let indices: Vec<usize> = found.iter().map(|&(_, n)| n).collect();
    let selection = Selection {
        indicators: indices.clone(),
    };
    let ctx = Ctx {
        dataset,
        selection: &selection,
    };
    let charts = match slide.chart {
        ChartChoice::Cards => vec![build::figures("", marks, None)],
        ChartChoice::Bars => bars_by_unit(&marks, None),
        ChartChoice::Series => match series_problem(dataset, &indices) {
            None => {
                let marks = marks
                    .into_iter()
                    .zip(&indices)
                    .map(|(mut m, &n)| {
                        let ind = &dataset.indicators[n];
                        m.at = figure_date(dataset, ind).map(crate::period::year_fraction);
                        let when = ind.period.as_deref().map_or_else(
                            || format::long_date(&dataset.briefing_of(ind).date),
                            format::period_words,
                        );
                        m.label = format!("{when} · {}", m.label);
                        m
                    })
                    .collect();
                let footnote = "By date: the figure's period, else its briefing's date.";
                vec![build::series("", marks, Some(footnote.to_owned()))]
            }
            Some(why) if !marks.is_empty() => {
                bars_by_unit(&marks, Some(&format!("Shown as bars: {why}.")))
            }
            Some(_) => Vec::new(),
        },
    };
    let mut model = ctx.page(
        &slide_id(index),
        &slide.title,
        &slide.subtitle,
        None,
        charts,
    );
    if found.is_empty() {
        model.empty_message = Some(if resolved.problems.is_empty() {
            "This slide has no figures yet: add some from a chart, the table or a figure's \
             details."
                .to_owned()
        } else {
            format!(
                "None of this slide's figures can be shown: it {}.",
                resolved.problems.join("; ")
            )
        });
    }
    let note = slide.note.trim();
    model.note = (!note.is_empty()).then(|| note.to_owned());
    model
}

/// One bar chart per unit, in the order the units first appear (a count and a share share no
/// axis); a chart's title names its unit when there are several.
fn bars_by_unit(marks: &[Mark], footnote: Option<&str>) -> Vec<Option<super::ChartModel>> {
    let mut units: Vec<Unit> = Vec::new();
    for m in marks {
        if !units.contains(&m.unit) {
            units.push(m.unit);
        }
    }
    let several = units.len() > 1;
    units
        .iter()
        .enumerate()
        .map(|(k, unit)| {
            let group: Vec<Mark> = marks.iter().filter(|m| m.unit == *unit).cloned().collect();
            let title = if several {
                let words = format::unit_name(*unit);
                let mut t = words.to_owned();
                if let Some(first) = t.get_mut(..1) {
                    first.make_ascii_uppercase();
                }
                t
            } else {
                String::new()
            };
            // The footnote once, under the first chart.
            let footnote = footnote.filter(|_| k == 0).map(str::to_owned);
            build::bars(&title, group, footnote)
        })
        .collect()
}
