//! The layout of an exported chart image: the page as the app draws it (title, subtitle,
//! headline, charts, through [`crate::view::plot::page_ui`]) with a margin around it, and a
//! source strip along the bottom naming the briefing and the speakers of the figures shown.
//! Nothing is hovered or selected, so no tooltip, crosshair or outline appears.

use egui::{Align2, CornerRadius, Rect, Stroke, Ui, UiBuilder, vec2};

use super::png::PngSize;
use crate::charts::PageModel;
use crate::dataset::Dataset;
use crate::theme::{ThemeChoice, Tokens, tokens};

/// Everything one exported image shows: a page model (title and subtitle possibly edited by
/// the user), its theme, and the source line (or none).
#[derive(Debug, Clone, PartialEq)]
pub struct ExportPage {
    /// The page as drawn; its title and subtitle are the image's.
    pub model: PageModel,
    /// The colours and text sizes.
    pub theme: ThemeChoice,
    /// The text of the bottom strip; `None` leaves the strip out.
    pub source: Option<String>,
    /// What the file says of itself: title, alt text, the briefing and its speakers.
    pub metadata: super::Metadata,
}

/// What the user may change about an exported page; `None` keeps the page's own text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Captions {
    /// Replaces the page title.
    pub title: Option<String>,
    /// Replaces the page subtitle.
    pub subtitle: Option<String>,
    /// Whether to print the source strip (on by default in the dialog and the CLI).
    pub source_line: bool,
}

impl ExportPage {
    /// The export of `model` in `theme`: captions applied, and the source line built from the
    /// dataset's briefing date and the speakers of the figures the page shows (see
    /// [`super::source_line`]).
    #[must_use]
    pub fn new(
        mut model: PageModel,
        dataset: &Dataset,
        theme: ThemeChoice,
        captions: &Captions,
    ) -> Self {
        if let Some(t) = &captions.title {
            model.title.clone_from(t);
        }
        if let Some(s) = &captions.subtitle {
            model.subtitle.clone_from(s);
        }
        let source = captions.source_line.then(|| shown_source(&model, dataset));
        let metadata = super::Metadata::new(&model, dataset);
        Self {
            model,
            theme,
            source,
            metadata,
        }
    }

    /// Whether any text of the export has CJK characters (a Chinese title, a speaker's name in
    /// characters), which egui's default fonts lack.
    #[must_use]
    pub fn needs_cjk_font(&self) -> bool {
        let m = &self.model;
        let marks = m
            .marks()
            .flat_map(|k| [&k.label, &k.display].into_iter().chain(&k.speakers));
        let charts = m
            .charts
            .iter()
            .flat_map(|c| [&c.title].into_iter().chain(&c.footnote));
        [&m.title, &m.subtitle]
            .into_iter()
            .chain(&m.note)
            .chain(&self.source)
            .chain(&m.empty_message)
            .chain(marks)
            .chain(charts)
            .any(|s| s.chars().any(is_cjk))
    }

    /// The fonts the export is drawn with: egui's defaults, plus the CJK fallback only when
    /// some text needs it (loading it costs time).
    #[must_use]
    pub fn font_definitions(&self) -> egui::FontDefinitions {
        if self.needs_cjk_font() {
            crate::theme::fonts::definitions()
        } else {
            egui::FontDefinitions::default()
        }
    }

    /// Sets up a fresh context to draw the export: its fonts and its theme. Every format (PNG,
    /// SVG, PDF) lays the page out after this, so all show the same layout.
    pub fn setup(&self, ctx: &egui::Context) {
        if self.needs_cjk_font() {
            ctx.set_fonts(self.font_definitions());
        }
        crate::theme::apply(ctx, self.theme);
    }

    /// Draws the export filling `ui`'s whole rectangle: background, page (as one slide, see
    /// [`crate::view::plot::slide_ui`]), source strip. Returns what was drawn: the page's
    /// rectangle and the marks drawn in it.
    pub fn ui(&self, ui: &mut Ui) -> Drawn {
        let t = tokens(self.theme);
        let full = ui.max_rect();
        ui.painter()
            .rect_filled(full, CornerRadius::ZERO, t.background);
        let margin = t.spacing * 3.0;
        let strip = self
            .source
            .as_deref()
            .map(|text| (text, strip_rect(full, &t)));
        let body = self.body(full);
        let page = ui
            .scope_builder(
                UiBuilder::new().max_rect(body).id_salt("export-body"),
                |ui| {
                    ui.set_clip_rect(body);
                    crate::view::plot::slide_ui(ui, &self.model, &t)
                },
            )
            .inner;
        if let Some((text, rect)) = strip {
            source_strip_ui(ui, text, rect, &t, margin);
        }
        Drawn {
            body,
            fits: page.visible_fraction.is_none(),
            marks: page.marks,
        }
    }

    /// Where the page goes on a canvas of `full`: inside the margin, above the source strip.
    fn body(&self, full: Rect) -> Rect {
        let t = tokens(self.theme);
        let margin = t.spacing * 3.0;
        let bottom = if self.source.is_some() {
            strip_rect(full, &t).top()
        } else {
            full.bottom()
        };
        Rect::from_min_max(
            full.min + vec2(margin, margin),
            egui::pos2(full.right() - margin, bottom - t.spacing * 2.0),
        )
    }

    /// The slides of this page at `size`: the page itself when it fits, else one export per
    /// part ("Title (2 of 3)", see [`crate::view::plot::plan`]), each with the source line and
    /// the alt text of the figures it shows. Measured in one egui pass with the export's
    /// fonts and theme.
    #[must_use]
    pub fn slides(&self, dataset: &Dataset, size: PngSize) -> Vec<Self> {
        let ctx = egui::Context::default();
        self.setup(&ctx);
        let t = tokens(self.theme);
        let mut parts = Vec::new();
        crate::render::pass::once(&ctx, canvas(size), |ui| {
            let body = self.body(ui.max_rect());
            parts = ui
                .scope_builder(
                    UiBuilder::new().max_rect(body).id_salt("export-plan"),
                    |ui| crate::view::plot::plan(ui, &self.model, &t),
                )
                .inner;
        });
        let count = parts.len();
        if count <= 1 {
            return vec![self.clone()];
        }
        parts
            .iter()
            .enumerate()
            .map(|(n, part)| self.with_model(self.model.part(part, n + 1, count), dataset))
            .collect()
    }

    /// This export showing `model` instead: the same theme, its source line (when this has
    /// one) and metadata made again for the figures `model` shows.
    fn with_model(&self, model: PageModel, dataset: &Dataset) -> Self {
        let source = self.source.as_ref().map(|_| shown_source(&model, dataset));
        let metadata = super::Metadata::new(&model, dataset);
        Self {
            model,
            theme: self.theme,
            source,
            metadata,
        }
    }

    /// Lays the page out at `size` as every format does and returns what was drawn (for
    /// checks: which marks lie inside the page's rectangle).
    #[must_use]
    pub fn drawn(&self, size: PngSize) -> Drawn {
        let ctx = egui::Context::default();
        self.setup(&ctx);
        let mut drawn = Drawn {
            body: Rect::NOTHING,
            fits: true,
            marks: Vec::new(),
        };
        crate::render::pass::run(&ctx, canvas(size), 2048, |ui| drawn = self.ui(ui), |_| {});
        drawn
    }
}

/// What one layout of an export drew.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawn {
    /// The page's rectangle (inside the margins, above the source strip), in points; the page
    /// is clipped to it.
    pub body: Rect,
    /// Whether the whole page, every card's outline included, fits in [`Drawn::body`].
    pub fits: bool,
    /// The marks drawn: indicator id and the mark's rectangle, in points.
    pub marks: Vec<(String, Rect)>,
}

impl Drawn {
    /// The ids of the marks that lie wholly inside the page's rectangle, each once, in drawing
    /// order.
    #[must_use]
    pub fn visible(&self) -> Vec<&str> {
        let mut seen = std::collections::HashSet::new();
        self.marks
            .iter()
            .filter(|(_, r)| self.body.expand(0.5).contains_rect(*r))
            .map(|(id, _)| id.as_str())
            .filter(|id| seen.insert(*id))
            .collect()
    }
}

/// The canvas of an export at `size`, in points, and its pixels per point.
fn canvas(size: PngSize) -> (egui::Vec2, f32) {
    let px = size.pixels();
    let ppp = size.pixels_per_point();
    #[expect(clippy::cast_precision_loss, reason = "sides are at most 8192")]
    let points = egui::Vec2::new(px.width as f32, px.height as f32) / ppp;
    (points, ppp)
}

/// The source line of the figures `model` shows.
fn shown_source(model: &PageModel, dataset: &Dataset) -> String {
    let ids: std::collections::HashSet<&str> = model.indicator_ids().into_iter().collect();
    super::source_line(
        dataset,
        dataset
            .indicators
            .iter()
            .filter(|i| ids.contains(i.id.as_str())),
    )
}

/// The strip along the bottom: one line of label-sized text with padding above and below.
fn strip_rect(full: Rect, t: &Tokens) -> Rect {
    let height = t.label_size + t.spacing * 3.0;
    Rect::from_min_max(egui::pos2(full.left(), full.bottom() - height), full.max)
}

/// The source strip: the surface colour, a grid-coloured rule on top, the source text on the
/// left (muted, elided to fit) inside the page margin.
fn source_strip_ui(ui: &Ui, text: &str, rect: Rect, t: &Tokens, margin: f32) {
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, CornerRadius::ZERO, t.surface);
    painter.hline(rect.x_range(), rect.top(), Stroke::new(1.0, t.grid));
    let mut job = egui::text::LayoutJob::simple_singleline(
        text.to_owned(),
        Tokens::font(t.label_size),
        t.text_muted,
    );
    job.wrap = egui::text::TextWrapping::truncate_at_width(rect.width() - 2.0 * margin);
    let galley = painter.layout_job(job);
    let pos =
        Align2::LEFT_CENTER.align_size_within_rect(galley.size(), rect.shrink2(vec2(margin, 0.0)));
    painter.galley(pos.min, galley, t.text_muted);
}

/// CJK punctuation, kana, Hangul, unified ideographs and full-width forms.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{2E80}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}')
}
