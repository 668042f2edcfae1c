//! The transcript page: the source text read as a transcript — each turn headed by its
//! speaker (officials with their Chinese name and role, askers set apart) — with the quotes of
//! the figures shown highlighted (the selected figure's more strongly) and a search box that
//! finds text in it. Only the paragraphs in view are laid out each frame; their heights are
//! measured once per text, width and zoom.

mod layout;
mod search;

use std::ops::Range;
use std::sync::Arc;

use egui::text::CCursor;
use egui::{Align, FontId, Label, Rect, ScrollArea, TextEdit, TextStyle, vec2};

use crate::command::Commands;
use crate::dataset::Dataset;
use crate::derived::Derived;
use crate::library::Library;

/// Space between paragraphs, in points.
const PARAGRAPH_GAP: f32 = 8.0;

/// The page-break marker left in published transcripts by the SCIO site's editor.
const PAGE_BREAK: &str = "_ueditor_page_break_tag_";

/// A highlighted byte range of the transcript; `strong` for the selected figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Highlight {
    start: usize,
    end: usize,
    strong: bool,
}

/// Scroll position request, paragraph layout and highlight cache of the transcript page.
#[derive(Debug, Default)]
pub struct TranscriptView {
    scroll_target: Option<usize>,
    paragraphs: Vec<Range<usize>>,
    /// The data revision the paragraphs were split for.
    paragraphs_for: Option<u64>,
    tops: Vec<f32>,
    heights: Vec<f32>,
    total_height: f32,
    measured_for: Option<(u32, u32, u32)>,
    highlights: Vec<Highlight>,
    /// Per paragraph: the heading that replaces a turn's line ("Jin Zhuanglong:").
    headings: Vec<Option<layout::Heading>>,
    search: search::Search,
    /// The derived revision, the briefing and the selected figure the highlights are for.
    highlights_for: Option<(u64, usize, Option<String>)>,
    /// The open briefing whose transcript is shown (an index of [`Library::parts`]).
    briefing: usize,
    /// The selected figure whose briefing was last shown.
    followed: Option<String>,
    /// The derived revision whose selection was last followed.
    followed_revision: Option<u64>,
}

impl TranscriptView {
    /// Scrolls to the byte offset `start` (of the selected figure's transcript) the next time
    /// the page is drawn, showing that figure's briefing.
    pub fn scroll_to(&mut self, start: usize) {
        self.scroll_target = Some(start);
        self.followed = None;
    }

    /// Draws the page: the transcript of the selected figure's briefing, with a switcher
    /// when several briefings are open.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        ctx: &crate::view::ViewCtx<'_>,
        commands: &mut Commands,
    ) {
        let _ = commands;
        let (library, derived, selected) = (ctx.library, ctx.derived, ctx.selected);
        self.follow(library, selected);
        self.follow_filters(library, derived);
        if library.parts().len() > 1 {
            self.switcher_ui(ui, library);
        }
        let Some(part) = library.parts().get(self.briefing) else {
            ui.label("No briefing is open. Open a transcript or a dataset with File → Open.");
            return;
        };
        let Some(source) = part.source.as_ref() else {
            ui.label(part.source_note.as_str());
            return;
        };
        self.split(source, (&part.dataset, derived.data_revision()));
        self.update_highlights(library, derived, selected);
        let quotes = self.highlights.len();
        // The figures of this briefing only, when several are open.
        let figures = derived
            .selection()
            .iter(library.dataset())
            .filter(|i| i.briefing.unwrap_or(0) == self.briefing)
            .count();
        let of = if library.parts().len() > 1 {
            " of this briefing"
        } else {
            ""
        };
        ui.label(format!(
            "The {quotes} quotes of the {figures} figures{of} shown are highlighted."
        ));
        ui.horizontal(|ui| self.search_ui(ui, source, derived.data_revision()));
        ui.separator();
        let font = TextStyle::Body.resolve(ui.style());
        let width = ui.available_width() - 16.0;
        self.measure(ui, source, &font, width);
        ScrollArea::vertical()
            .auto_shrink(false)
            .show_viewport(ui, |ui, viewport| {
                ui.set_height(self.total_height);
                let origin = ui.max_rect().min;
                if let Some(target) = self.scroll_target.take() {
                    self.scroll_into_view(ui, source, &font, width, target, origin);
                }
                let first = self
                    .tops
                    .iter()
                    .zip(&self.heights)
                    .position(|(top, h)| top + h >= viewport.min.y)
                    .unwrap_or(self.paragraphs.len());
                for n in first..self.paragraphs.len() {
                    let top = self.tops[n];
                    if top > viewport.max.y {
                        break;
                    }
                    let job = self.job(ui, source, n, &font, width);
                    let galley = ui.fonts_mut(|f| f.layout_job(job));
                    let rect = Rect::from_min_size(origin + vec2(0.0, top), galley.size());
                    ui.put(rect, Label::new(galley));
                }
            });
    }

    /// The search box, the match count, and Previous / Next (Enter in the box: next).
    fn search_ui(&mut self, ui: &mut egui::Ui, source: &str, data_revision: u64) {
        let edit = TextEdit::singleline(&mut self.search.query)
            .hint_text("Find in transcript")
            .desired_width(220.0);
        let response = ui.add(edit);
        let enter = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let mut moved = self.search.update(source, data_revision);
        let some = !self.search.matches().is_empty();
        ui.label(self.search.status());
        if ui
            .add_enabled(some, egui::Button::new("Previous"))
            .clicked()
        {
            self.search.step(true);
            moved = true;
        }
        if ui.add_enabled(some, egui::Button::new("Next")).clicked() || (enter && some) {
            self.search.step(false);
            moved = true;
            if enter {
                response.request_focus();
            }
        }
        if moved && let Some(found) = self.search.current() {
            self.scroll_target = Some(found.start);
        }
    }

    /// Shows the briefing of a newly selected figure.
    fn follow(&mut self, library: &Library, selected: Option<&str>) {
        if self.followed.as_deref() == selected {
            return;
        }
        self.followed = selected.map(str::to_owned);
        let dataset = library.dataset();
        if let Some(indicator) = selected.and_then(|id| dataset.indicator(id)) {
            self.show_briefing(indicator.briefing.unwrap_or(0));
        }
    }

    /// When the filters change and leave no figure of the briefing shown (the Briefings
    /// filter, say), shows the briefing of the first figure they leave.
    fn follow_filters(&mut self, library: &Library, derived: &Derived) {
        if self.followed_revision == Some(derived.revision()) {
            return;
        }
        self.followed_revision = Some(derived.revision());
        let mut shown = derived.selection().iter(library.dataset());
        let first = shown.next().map(|i| i.briefing.unwrap_or(0));
        let here =
            first == Some(self.briefing) || shown.any(|i| i.briefing.unwrap_or(0) == self.briefing);
        if let (Some(first), false) = (first, here) {
            self.show_briefing(first);
        }
    }

    fn show_briefing(&mut self, briefing: usize) {
        if self.briefing != briefing {
            self.briefing = briefing;
            self.paragraphs_for = None;
            self.highlights_for = None;
            self.search = search::Search::default();
        }
    }

    /// Which open briefing's transcript to read.
    fn switcher_ui(&mut self, ui: &mut egui::Ui, library: &Library) {
        let title = |k: usize| {
            library.parts().get(k).map_or_else(String::new, |p| {
                crate::format::briefing_short(&p.dataset.source)
            })
        };
        let mut chosen = self.briefing;
        ui.horizontal(|ui| {
            ui.label("Briefing");
            egui::ComboBox::from_id_salt("transcript_briefing")
                .selected_text(title(chosen))
                .width((ui.available_width() - 40.0).clamp(120.0, 560.0))
                .truncate()
                .show_ui(ui, |ui| {
                    for k in library.by_date() {
                        ui.selectable_value(&mut chosen, k, title(k));
                    }
                });
        });
        self.show_briefing(chosen);
    }

    /// Splits the text into paragraphs (its non-empty lines) and finds the turns' headings,
    /// once per text.
    fn split(&mut self, source: &Arc<str>, (dataset, data_revision): (&Dataset, u64)) {
        if self.paragraphs_for == Some(data_revision) {
            // Also `None` after a switch of briefing (see `show_briefing`).
            return;
        }
        self.paragraphs.clear();
        self.headings.clear();
        let mut start = 0;
        for line in source.split_inclusive('\n') {
            let end = start + line.trim_end().len();
            // The published text keeps its web editor's page-break markers; readers skip them.
            if end > start && line.trim() != PAGE_BREAK {
                self.paragraphs.push(start..end);
                let text = source.get(start..end).unwrap_or_default();
                self.headings.push(layout::heading(dataset, text));
            }
            start += line.len();
        }
        self.paragraphs_for = Some(data_revision);
        self.measured_for = None;
    }

    fn update_highlights(&mut self, library: &Library, derived: &Derived, selected: Option<&str>) {
        let current = matches!(&self.highlights_for,
            Some((revision, briefing, sel)) if *revision == derived.revision()
                && *briefing == self.briefing && sel.as_deref() == selected);
        if current {
            return;
        }
        self.highlights.clear();
        let Some(part) = library.parts().get(self.briefing) else {
            return;
        };
        for indicator in derived.selection().iter(library.dataset()) {
            if indicator.briefing.unwrap_or(0) != self.briefing {
                continue;
            }
            let strong = selected == Some(indicator.id.as_str());
            for m in &indicator.mentions {
                if part.quote_in_source(m.start, m.end).is_some() {
                    let (start, end) = (m.start, m.end);
                    self.highlights.push(Highlight { start, end, strong });
                }
            }
        }
        self.highlights.sort_by_key(|h| (h.start, !h.strong));
        self.highlights_for = Some((
            derived.revision(),
            self.briefing,
            selected.map(str::to_owned),
        ));
    }

    /// Measures every paragraph's height at this width and zoom.
    fn measure(&mut self, ui: &egui::Ui, source: &str, font: &FontId, width: f32) {
        let key = (
            width.to_bits(),
            ui.ctx().pixels_per_point().to_bits(),
            font.size.to_bits(),
        );
        if self.measured_for == Some(key) {
            return;
        }
        self.tops.clear();
        self.heights.clear();
        let mut y = 0.0;
        for n in 0..self.paragraphs.len() {
            let job = self.job(ui, source, n, font, width);
            let height = ui.fonts_mut(|f| f.layout_job(job)).size().y;
            self.tops.push(y);
            self.heights.push(height);
            y += height + PARAGRAPH_GAP;
        }
        self.total_height = y;
        self.measured_for = Some(key);
    }

    /// Scrolls so that the line holding byte `target` is in the middle of the view.
    fn scroll_into_view(
        &self,
        ui: &egui::Ui,
        source: &str,
        font: &FontId,
        width: f32,
        target: usize,
        origin: egui::Pos2,
    ) {
        let Some(n) = self.paragraphs.iter().position(|r| r.end > target) else {
            return;
        };
        let range = &self.paragraphs[n];
        let chars = source
            .get(range.start..target.max(range.start))
            .map_or(0, |s| s.chars().count());
        let galley = ui.fonts_mut(|f| f.layout_job(self.job(ui, source, n, font, width)));
        let line = galley.pos_from_cursor(CCursor::new(chars));
        let rect = line.translate(origin.to_vec2() + vec2(0.0, self.tops[n]));
        ui.scroll_to_rect(rect, Some(Align::Center));
    }
}
