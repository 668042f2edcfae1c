//! Vector scenes as PDF pages, with krilla: rectangles and paths as PDF paths, text as glyphs of
//! the embedded (subset) fonts placed where egui laid them out, so `pdftotext` reads the
//! labels and values and the page looks like the PNG. Each scene can carry an alt text: the
//! page's drawing is then one tagged Figure with it (tagged PDF).

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Transform};
use krilla::num::NormalizedF32;
use krilla::paint::{Fill, FillRule, Stroke};
use krilla::surface::Surface;
use krilla::tagging::{ContentTag, Tag, TagGroup, TagTree};
use krilla::text::{Font, GlyphId, KrillaGlyph};

use super::scene::{Clipped, Item, Paint, Rgba, Scene, Segment, TextRun};

/// Why a PDF could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// A page has no area.
    #[error("a PDF page must have a size, not {0}×{1} points")]
    PageSize(f32, f32),
    /// krilla refused the document.
    #[error("cannot write the PDF: {0:?}")]
    Krilla(krilla::error::KrillaError),
}

/// A document being written: its pages, the fonts embedded once, the tag tree.
pub struct PdfWriter {
    document: krilla::Document,
    /// The krilla font of each face of the scenes' fonts, by egui font name.
    fonts: Vec<(String, Font)>,
    tags: TagTree,
    pages: usize,
}

impl std::fmt::Debug for PdfWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PdfWriter")
            .field("pages", &self.pages)
            .finish_non_exhaustive()
    }
}

impl Default for PdfWriter {
    fn default() -> Self {
        Self::new()
    }
}

impl PdfWriter {
    /// An empty document.
    #[must_use]
    pub fn new() -> Self {
        Self {
            document: krilla::Document::new(),
            fonts: Vec::new(),
            tags: TagTree::new().with_lang(Some("en".to_owned())),
            pages: 0,
        }
    }

    /// How many pages have been added.
    #[must_use]
    pub fn pages(&self) -> usize {
        self.pages
    }

    /// Adds `scene` as one page of its size in points; with `alt` (the chart's alt text) the
    /// drawing is tagged as a Figure, without it as a paragraph of text.
    ///
    /// # Errors
    /// [`PdfError::PageSize`] for a scene without area.
    pub fn add_page(&mut self, scene: &Scene, alt: Option<&str>) -> Result<(), PdfError> {
        let (w, h) = (scene.points.x, scene.points.y);
        let settings = krilla::page::PageSettings::from_wh(w, h).ok_or(PdfError::PageSize(w, h))?;
        let fonts: Vec<Option<Font>> = scene
            .fonts
            .faces
            .iter()
            .map(|face| self.font(&face.key, &face.data))
            .collect();
        let mut page = self.document.start_page_with(settings);
        let mut surface = page.surface();
        let id = surface.start_tagged(ContentTag::Other);
        draw_scene(&mut surface, scene, &fonts);
        surface.end_tagged();
        surface.finish();
        page.finish();
        // A chart is a Figure with its alt text; a page of text (the Sources) is text that
        // screen readers read out.
        let mut group = match alt {
            Some(alt) => TagGroup::new(Tag::Figure(Some(alt.to_owned()))),
            None => TagGroup::new(Tag::P),
        };
        group.push(id);
        self.tags.push(group);
        self.pages += 1;
        Ok(())
    }

    /// Sets the bookmarks (one per entry: title and page index) and the document's metadata.
    pub fn set_outline(&mut self, entries: &[(String, usize)]) {
        let mut outline = krilla::outline::Outline::new();
        for (title, page) in entries {
            let dest = krilla::destination::XyzDestination::new(*page, Point::from_xy(0.0, 0.0));
            outline.push_child(krilla::outline::OutlineNode::new(title.clone(), dest));
        }
        self.document.set_outline(outline);
    }

    /// Sets the title, subject, keywords and creator.
    pub fn set_metadata(&mut self, title: &str, subject: &str, keywords: Vec<String>) {
        let metadata = krilla::metadata::Metadata::new()
            .title(title.to_owned())
            .description(subject.to_owned())
            .keywords(keywords)
            .language("en".to_owned())
            .creator(concat!("briefboard ", env!("CARGO_PKG_VERSION")).to_owned());
        self.document.set_metadata(metadata);
    }

    /// The PDF file's bytes: the same for the same pages (no creation time).
    ///
    /// # Errors
    /// [`PdfError::Krilla`] when krilla refuses the document (a font it cannot embed).
    pub fn finish(mut self) -> Result<Vec<u8>, PdfError> {
        self.document.set_tag_tree(self.tags);
        self.document.finish().map_err(PdfError::Krilla)
    }

    fn font(&mut self, key: &str, data: &std::sync::Arc<egui::FontData>) -> Option<Font> {
        if let Some((_, font)) = self.fonts.iter().find(|(k, _)| k == key) {
            return Some(font.clone());
        }
        let bytes: std::sync::Arc<dyn AsRef<[u8]> + Send + Sync> = data.clone();
        let font = Font::new(bytes.into(), data.index)?;
        self.fonts.push((key.to_owned(), font.clone()));
        Some(font)
    }
}

fn draw_scene(surface: &mut Surface<'_>, scene: &Scene, fonts: &[Option<Font>]) {
    for group in scene.items.chunk_by(|a, b| a.clip == b.clip) {
        let clip = scene.clips.get(group[0].clip).and_then(|r| {
            let mut pb = PathBuilder::new();
            pb.push_rect(krilla::geom::Rect::from_ltrb(
                r.min.x, r.min.y, r.max.x, r.max.y,
            )?);
            pb.finish()
        });
        let Some(clip) = clip else {
            // An empty clip shows nothing.
            continue;
        };
        surface.push_clip_path(&clip, &FillRule::NonZero);
        for Clipped { item, .. } in group {
            draw_item(surface, item, fonts);
        }
        surface.pop();
    }
}

fn draw_item(surface: &mut Surface<'_>, item: &Item, fonts: &[Option<Font>]) {
    match item {
        Item::Rect {
            rect,
            radius,
            paint,
        } => {
            let segments = rounded_rect(*rect, *radius);
            draw_path(surface, &segments, paint);
        }
        Item::Path { segments, paint } => draw_path(surface, segments, paint),
        Item::Text(run) => {
            if let Some(Some(font)) = fonts.get(run.face) {
                draw_text(surface, run, font.clone());
            }
        }
    }
}

fn draw_path(surface: &mut Surface<'_>, segments: &[Segment], paint: &Paint) {
    let mut pb = PathBuilder::new();
    for s in segments {
        match *s {
            Segment::Move(p) => pb.move_to(p.x, p.y),
            Segment::Line(p) => pb.line_to(p.x, p.y),
            Segment::Cubic(a, b, c) => pb.cubic_to(a.x, a.y, b.x, b.y, c.x, c.y),
            Segment::Close => pb.close(),
        }
    }
    let Some(path) = pb.finish() else {
        return;
    };
    surface.set_fill(paint.fill.map(|c| Fill {
        paint: colour(c).into(),
        opacity: opacity(c),
        rule: FillRule::NonZero,
    }));
    surface.set_stroke(paint.stroke.map(|(width, c)| Stroke {
        paint: colour(c).into(),
        width,
        opacity: opacity(c),
        ..Stroke::default()
    }));
    surface.draw_path(&path);
}

fn draw_text(surface: &mut Surface<'_>, run: &TextRun, font: Font) {
    let Some(first) = run.glyphs.first() else {
        return;
    };
    let text = run.text();
    let mut glyphs = Vec::with_capacity(run.glyphs.len());
    let mut byte = 0;
    for (n, g) in run.glyphs.iter().enumerate() {
        // Each glyph advances to where egui put the next one, so the PDF matches the PNG.
        let advance = run.glyphs.get(n + 1).map_or(g.advance, |next| next.x - g.x);
        let len = g.chr.len_utf8();
        glyphs.push(KrillaGlyph::new(
            GlyphId::new(g.glyph_id),
            advance / run.size,
            0.0,
            0.0,
            0.0,
            byte..byte + len,
            None,
        ));
        byte += len;
    }
    surface.set_stroke(None);
    surface.set_fill(Some(Fill {
        paint: colour(run.color).into(),
        opacity: opacity(run.color),
        rule: FillRule::NonZero,
    }));
    let turned = run.angle != 0.0;
    if turned {
        surface.push_transform(&Transform::from_rotate_at(
            run.angle.to_degrees(),
            run.pivot.x,
            run.pivot.y,
        ));
    }
    surface.draw_glyphs(
        Point::from_xy(first.x, run.baseline),
        &glyphs,
        font,
        &text,
        run.size,
        false,
    );
    if turned {
        surface.pop();
    }
}

fn colour(c: Rgba) -> rgb::Color {
    let [r, g, b] = c.rgb;
    rgb::Color::new(r, g, b)
}

fn opacity(c: Rgba) -> NormalizedF32 {
    NormalizedF32::new(c.alpha.clamp(0.0, 1.0)).unwrap_or(NormalizedF32::ONE)
}

/// A rectangle with round corners of `radius` (none when 0) as path segments.
fn rounded_rect(rect: egui::Rect, radius: f32) -> Vec<Segment> {
    use egui::Pos2;
    let radius = radius
        .min(rect.width() / 2.0)
        .min(rect.height() / 2.0)
        .max(0.0);
    let (left, top, right, bottom) = (rect.min.x, rect.min.y, rect.max.x, rect.max.y);
    let at = Pos2::new;
    if radius == 0.0 {
        return vec![
            Segment::Move(at(left, top)),
            Segment::Line(at(right, top)),
            Segment::Line(at(right, bottom)),
            Segment::Line(at(left, bottom)),
            Segment::Close,
        ];
    }
    // Control points of a quarter circle lie this far from the corner.
    let inset = radius * (1.0 - 0.552_284_8);
    vec![
        Segment::Move(at(left + radius, top)),
        Segment::Line(at(right - radius, top)),
        Segment::Cubic(
            at(right - inset, top),
            at(right, top + inset),
            at(right, top + radius),
        ),
        Segment::Line(at(right, bottom - radius)),
        Segment::Cubic(
            at(right, bottom - inset),
            at(right - inset, bottom),
            at(right - radius, bottom),
        ),
        Segment::Line(at(left + radius, bottom)),
        Segment::Cubic(
            at(left + inset, bottom),
            at(left, bottom - inset),
            at(left, bottom - radius),
        ),
        Segment::Line(at(left, top + radius)),
        Segment::Cubic(
            at(left, top + inset),
            at(left + inset, top),
            at(left + radius, top),
        ),
        Segment::Close,
    ]
}
