//! One paragraph of the transcript as an egui layout job: a turn's line becomes a heading
//! with the speaker's name (and, for officials, the Chinese name and role; askers are set
//! apart), and the text shows the quotes of the figures shown (the selected figure's more
//! strongly) and the search matches (the current one most strongly).

use std::ops::Range;

use egui::FontId;
use egui::text::{LayoutJob, TextFormat};

use super::{Highlight, TranscriptView};
use crate::dataset::{Dataset, SpeakerKind};

/// A turn's heading: the speaker as the dataset knows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Heading {
    /// "Jin Zhuanglong 金壮龙", or the outlet's name.
    pub(super) name: String,
    /// "minister of industry and information technology", or "asks" for an outlet.
    pub(super) role: String,
    /// Whether the speaker asks (a media outlet, or a turn the dataset does not know):
    /// set apart from the officials and the chair.
    pub(super) asker: bool,
}

/// The heading of a turn line ("Jin Zhuanglong:"), if the line is one.
pub(super) fn heading(dataset: &Dataset, line: &str) -> Option<Heading> {
    let name = line.strip_suffix(':').filter(|n| n.len() < 80)?.trim();
    let Some(speaker) = dataset
        .speakers
        .iter()
        .find(|s| s.name.eq_ignore_ascii_case(name))
    else {
        return Some(Heading {
            name: name.to_owned(),
            role: String::new(),
            asker: true,
        });
    };
    let full = match &speaker.name_zh {
        Some(zh) => format!("{} {zh}", speaker.name),
        None => speaker.name.clone(),
    };
    let role = match speaker.kind {
        SpeakerKind::Official | SpeakerKind::Chairperson => speaker.role.clone(),
        SpeakerKind::Asker => "asks".to_owned(),
    };
    Some(Heading {
        name: full,
        role,
        asker: speaker.kind == SpeakerKind::Asker,
    })
}

impl TranscriptView {
    /// The paragraph `n` as a layout job at `width`.
    pub(super) fn job(
        &self,
        ui: &egui::Ui,
        source: &str,
        n: usize,
        font: &FontId,
        width: f32,
    ) -> LayoutJob {
        let mut job = LayoutJob::default();
        job.wrap.max_width = width;
        let visuals = ui.visuals();
        if let Some(Some(h)) = self.headings.get(n) {
            let name = TextFormat {
                font_id: font.clone(),
                color: if h.asker {
                    visuals.weak_text_color()
                } else {
                    visuals.strong_text_color()
                },
                italics: h.asker,
                ..TextFormat::default()
            };
            job.append(&h.name, 0.0, name);
            if !h.role.is_empty() {
                let role = TextFormat {
                    font_id: FontId::new(font.size * 0.85, font.family.clone()),
                    color: visuals.weak_text_color(),
                    ..TextFormat::default()
                };
                job.append(&format!(" · {}", h.role), 0.0, role);
            }
            return job;
        }
        let Some(range) = self.paragraphs.get(n).cloned() else {
            return job;
        };
        let plain = TextFormat {
            font_id: font.clone(),
            color: visuals.text_color(),
            ..TextFormat::default()
        };
        let quote = TextFormat {
            background: visuals.selection.bg_fill.gamma_multiply(0.35),
            ..plain.clone()
        };
        let selected = TextFormat {
            background: visuals.selection.bg_fill,
            color: visuals.strong_text_color(),
            ..plain.clone()
        };
        let found = TextFormat {
            background: visuals.warn_fg_color.gamma_multiply(0.35),
            color: visuals.strong_text_color(),
            ..plain.clone()
        };
        let current = TextFormat {
            background: visuals.warn_fg_color.gamma_multiply(0.8),
            color: visuals.strong_text_color(),
            ..plain.clone()
        };
        let quotes = within(&self.highlights, &range, |h: &Highlight| h.start..h.end);
        let matches = within(self.search.matches(), &range, Clone::clone);
        let now = self.search.current();
        // Cut the paragraph where any highlight starts or ends; each piece takes the
        // strongest format that covers it.
        let mut cuts = vec![range.start, range.end];
        for r in quotes
            .iter()
            .map(|h| h.start..h.end)
            .chain(matches.iter().cloned())
        {
            cuts.push(r.start.clamp(range.start, range.end));
            cuts.push(r.end.clamp(range.start, range.end));
        }
        cuts.sort_unstable();
        cuts.dedup();
        for piece in cuts.windows(2) {
            let (a, b) = (piece[0], piece[1]);
            let covers = |r: &Range<usize>| r.start <= a && b <= r.end;
            let format = if now.as_ref().is_some_and(covers) {
                &current
            } else if matches.iter().any(covers) {
                &found
            } else {
                let mut over = quotes.iter().filter(|h| covers(&(h.start..h.end)));
                match over.clone().next() {
                    None => &plain,
                    Some(_) if over.any(|h| h.strong) => &selected,
                    Some(_) => &quote,
                }
            };
            if let Some(text) = source.get(a..b).filter(|t| !t.is_empty()) {
                job.append(text, 0.0, format.clone());
            }
        }
        job
    }
}

/// The items of `sorted` (by start) that overlap `range`; `span` gives an item's range.
fn within<'a, T>(
    sorted: &'a [T],
    range: &Range<usize>,
    span: impl Fn(&T) -> Range<usize>,
) -> &'a [T] {
    let first = sorted.partition_point(|t| span(t).end <= range.start);
    let last = first + sorted[first..].partition_point(|t| span(t).start < range.end);
    &sorted[first..last]
}
