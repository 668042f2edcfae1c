//! The "Sources" pages at the end of a PDF deck: every figure the slides show, with its value
//! as said, what it measures, who said it and the verbatim sentence, under the briefing's title
//! and date — the provenance a printed deck would otherwise lose. Laid out by egui on the
//! slides' 16:9 canvas, as many entries per page as fit.

use std::cell::Cell;

use egui::text::LayoutJob;
use egui::{Align, FontId, Pos2, Rect, Ui, vec2};

use super::layout::ExportPage;
use super::png::PngSize;
use super::scene::Scene;
use crate::dataset::Dataset;
use crate::format;
use crate::theme::{ThemeChoice, Tokens, tokens};

/// One mention of a figure on a slide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceEntry {
    /// What the figure measures ("5G base stations").
    pub label: String,
    /// The value as said ("3.837 million", "over 60 %").
    pub said: String,
    /// The speaker's name, with the Chinese name when known ("Jin Zhuanglong 金壮龙").
    pub speaker: String,
    /// The sentence, verbatim.
    pub quote: String,
    /// The web address (or file) of the page the sentence is on, for a briefing made from
    /// web pages.
    pub page: Option<String>,
}

/// Every mention of every figure the pages show, in page order, each figure once.
#[must_use]
pub fn entries(dataset: &Dataset, pages: &[ExportPage]) -> Vec<SourceEntry> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for page in pages {
        for id in page.model.indicator_ids() {
            let Some(indicator) = dataset.indicator(id) else {
                continue;
            };
            if !seen.insert(id.to_owned()) {
                continue;
            }
            for m in &indicator.mentions {
                let speaker = dataset.speaker(&m.speaker).map_or_else(
                    || m.speaker.clone(),
                    |s| match &s.name_zh {
                        Some(zh) => format!("{} {zh}", s.name),
                        None => s.name.clone(),
                    },
                );
                // With several briefings, each figure names its own.
                let label = if dataset.briefings.is_empty() {
                    indicator.label.clone()
                } else {
                    let date = format::long_date(&dataset.briefing_of(indicator).date);
                    format!("{} (briefing of {date})", indicator.label)
                };
                out.push(SourceEntry {
                    label,
                    said: format::indicator_said(indicator),
                    speaker,
                    quote: m.quote.clone(),
                    page: dataset
                        .briefing_of(indicator)
                        .page_at(m.start)
                        .map(|p| p.url.clone()),
                });
            }
        }
    }
    out
}

/// The Sources pages of `entries` in `theme`, as scenes of `size` (the slides' size). The
/// first names the briefing (`heading`); later ones say "Sources (continued)".
#[must_use]
pub fn pages(
    entries: &[SourceEntry],
    heading: &str,
    theme: ThemeChoice,
    size: PngSize,
) -> Vec<Scene> {
    let definitions = crate::theme::fonts::definitions();
    let mut scenes = Vec::new();
    let mut start = 0;
    loop {
        let next = Cell::new(start);
        let first = scenes.is_empty();
        let scene = Scene::draw(
            size,
            &definitions,
            |ctx| {
                ctx.set_fonts(definitions.clone());
                crate::theme::apply(ctx, theme);
            },
            |ui| {
                next.set(page_ui(
                    ui,
                    entries,
                    start,
                    (heading, first),
                    &tokens(theme),
                ));
            },
        );
        scenes.push(scene);
        let reached = next.get();
        // Every page places at least one entry, so this ends.
        if reached >= entries.len() || reached == start {
            break;
        }
        start = reached;
    }
    scenes
}

/// Draws entries from `start` while they fit; returns the index of the first one left over.
fn page_ui(
    ui: &mut Ui,
    entries: &[SourceEntry],
    start: usize,
    (heading, first): (&str, bool),
    t: &Tokens,
) -> usize {
    let full = ui.max_rect();
    let painter = ui.painter().clone();
    painter.rect_filled(full, 0.0, t.background);
    let margin = t.spacing * 3.0;
    let width = full.width() - 2.0 * margin;
    let mut y = full.top() + margin;
    let title = if first {
        "Sources"
    } else {
        "Sources (continued)"
    };
    y += put(
        ui,
        text(title, t.title_size, t.text, width),
        Pos2::new(full.left() + margin, y),
    );
    y += put(
        ui,
        text(heading, t.label_size, t.text_muted, width),
        Pos2::new(full.left() + margin, y),
    );
    y += t.spacing * 2.0;
    let bottom = full.bottom() - margin;
    let mut n = start;
    while let Some(e) = entries.get(n) {
        let head = format!("{} — {}, said by {}", e.said, e.label, e.speaker);
        let quote = match &e.page {
            Some(page) => format!("“{}”\n{page}", e.quote.trim()),
            None => format!("“{}”", e.quote.trim()),
        };
        let head = text(&head, t.chart_title_size, t.text, width);
        let quote = text(&quote, t.label_size, t.text_muted, width - margin);
        let (head, quote) = ui.fonts_mut(|f| (f.layout_job(head), f.layout_job(quote)));
        let needed = head.size().y + quote.size().y + t.spacing * 2.0;
        if y + needed > bottom && n > start {
            break;
        }
        let left = full.left() + margin;
        painter.galley(Pos2::new(left, y), head.clone(), t.text);
        y += head.size().y + t.spacing * 0.5;
        painter.galley(Pos2::new(left + margin, y), quote.clone(), t.text_muted);
        y += quote.size().y + t.spacing * 1.5;
        n += 1;
    }
    // Keep egui's layout aware of the area drawn on.
    ui.allocate_rect(
        Rect::from_min_size(full.min, vec2(full.width(), 1.0)),
        egui::Sense::hover(),
    );
    n
}

/// Lays a galley out and paints it at `pos`; returns its height.
fn put(ui: &Ui, job: LayoutJob, pos: Pos2) -> f32 {
    let galley = ui.fonts_mut(|f| f.layout_job(job));
    let height = galley.size().y;
    ui.painter().galley(pos, galley, egui::Color32::PLACEHOLDER);
    height
}

/// Text wrapped at `width`.
fn text(s: &str, size: f32, colour: egui::Color32, width: f32) -> LayoutJob {
    let mut job = LayoutJob::simple(s.to_owned(), FontId::proportional(size), colour, width);
    job.halign = Align::LEFT;
    job
}
