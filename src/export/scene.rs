//! An export page as vector shapes: the page is laid out by egui exactly as for the PNG (the
//! same passes through [`crate::render::pass`], the same fonts and theme), and the shapes of
//! the last pass are converted to a small vector model — rectangles, paths and runs of glyphs
//! at egui's own positions — that the SVG and PDF writers turn into their formats. Nothing is
//! rasterised, so no GPU is needed.

mod text;

use egui::epaint::{self, ClippedShape, Shape};
use egui::{Color32, Pos2, Rect, Vec2};

pub use text::{Face, Fonts, PlacedGlyph, TextRun};

use super::layout::ExportPage;
use super::png::PngSize;

/// The egui atlas side for vector exports: glyphs are never drawn from it, so it can stay
/// small.
const ATLAS_SIDE: usize = 2048;

/// A colour with straight (not premultiplied) alpha: sRGB bytes and an opacity of 0–1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgba {
    /// Red, green, blue, sRGB-encoded.
    pub rgb: [u8; 3],
    /// Opacity, 0 (invisible) to 1.
    pub alpha: f32,
}

impl Rgba {
    /// egui's premultiplied colour with straight alpha; `None` when fully transparent.
    #[must_use]
    pub fn from_color(color: Color32) -> Option<Self> {
        let [r, g, b, a] = color.to_srgba_unmultiplied();
        (a > 0).then(|| Self {
            rgb: [r, g, b],
            alpha: f32::from(a) / 255.0,
        })
    }

    /// `#rrggbb`.
    #[must_use]
    pub fn hex(self) -> String {
        let [r, g, b] = self.rgb;
        format!("#{r:02x}{g:02x}{b:02x}")
    }
}

/// How a shape is painted: a fill, a stroke (width in points and colour), or both.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Paint {
    /// The fill, if any.
    pub fill: Option<Rgba>,
    /// The stroke's width in points and its colour, if any.
    pub stroke: Option<(f32, Rgba)>,
}

impl Paint {
    fn is_visible(&self) -> bool {
        self.fill.is_some() || self.stroke.is_some()
    }
}

/// One segment of a path, in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Segment {
    /// Starts a subpath.
    Move(Pos2),
    /// A straight line.
    Line(Pos2),
    /// A cubic Bézier curve: two control points and the end.
    Cubic(Pos2, Pos2, Pos2),
    /// Closes the subpath.
    Close,
}

/// What one item draws.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// An axis-aligned rectangle with one corner radius, in points.
    Rect {
        /// The rectangle (a stroke is centred on its edge).
        rect: Rect,
        /// The corner radius.
        radius: f32,
        /// Fill and stroke.
        paint: Paint,
    },
    /// Any other outline.
    Path {
        /// The segments.
        segments: Vec<Segment>,
        /// Fill and stroke.
        paint: Paint,
    },
    /// A run of glyphs of one face, size and colour.
    Text(TextRun),
}

/// An item and the rectangle it is clipped to (an index into [`Scene::clips`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Clipped {
    /// Index into [`Scene::clips`].
    pub clip: usize,
    /// What is drawn.
    pub item: Item,
}

/// An export page as vector items, back to front.
#[derive(Debug)]
pub struct Scene {
    /// The canvas, in points (the page layout).
    pub points: Vec2,
    /// The image size the page was laid out for, in pixels (the PNG's size).
    pub pixels: [u32; 2],
    /// The distinct clip rectangles, in points.
    pub clips: Vec<Rect>,
    /// The items, back to front.
    pub items: Vec<Clipped>,
    /// The fonts the text runs use.
    pub fonts: Fonts,
}

impl Scene {
    /// Lays `page` out at `size`, as the PNG export does, and converts its shapes.
    #[must_use]
    pub fn new(page: &ExportPage, size: PngSize) -> Self {
        Self::draw(
            size,
            &page.font_definitions(),
            |ctx| page.setup(ctx),
            |ui| {
                page.ui(ui);
            },
        )
    }

    /// Lays out anything drawn by `ui_fn` on a canvas of `size`, after `setup` (which must
    /// install `definitions` when they are not egui's defaults), and converts its shapes.
    #[must_use]
    pub fn draw(
        size: PngSize,
        definitions: &egui::FontDefinitions,
        setup: impl FnOnce(&egui::Context),
        ui_fn: impl FnMut(&mut egui::Ui),
    ) -> Self {
        let px = size.pixels();
        let ppp = size.pixels_per_point();
        let ctx = egui::Context::default();
        setup(&ctx);
        #[expect(clippy::cast_precision_loss, reason = "sides are at most 8192")]
        let points = Vec2::new(px.width as f32, px.height as f32) / ppp;
        let out = crate::render::pass::run(&ctx, (points, ppp), ATLAS_SIDE, ui_fn, |_| {});
        let mut fonts = Fonts::new(definitions);
        // Glyphs carry their font's row height; the size follows from the row height of a
        // known size (egui's proportional family, as every text of a page uses).
        let per_point = ctx.fonts_mut(|f| f.row_height(&egui::FontId::proportional(100.0))) / 100.0;
        let mut scene = Self {
            points,
            pixels: [px.width, px.height],
            clips: Vec::new(),
            items: Vec::new(),
            fonts: Fonts::default(),
        };
        for ClippedShape {
            clip_rect, shape, ..
        } in out.shapes
        {
            let clip = scene.clip_index(clip_rect);
            scene.add(clip, shape, &mut fonts, per_point);
        }
        scene.fonts = fonts;
        scene
    }

    fn clip_index(&mut self, rect: Rect) -> usize {
        let rect = rect.intersect(Rect::from_min_size(Pos2::ZERO, self.points));
        if let Some(n) = self.clips.iter().position(|c| *c == rect) {
            n
        } else {
            self.clips.push(rect);
            self.clips.len() - 1
        }
    }

    fn push(&mut self, clip: usize, item: Item) {
        self.items.push(Clipped { clip, item });
    }

    fn add(&mut self, clip: usize, shape: Shape, fonts: &mut Fonts, per_point: f32) {
        match shape {
            Shape::Vec(shapes) => {
                for s in shapes {
                    self.add(clip, s, fonts, per_point);
                }
            }
            Shape::Rect(r) => self.add_rect(clip, &r),
            Shape::Circle(c) => {
                let paint = paint(c.fill, c.stroke.width, c.stroke.color);
                let segments = ellipse(c.center, Vec2::splat(c.radius));
                self.add_path(clip, segments, paint);
            }
            Shape::Ellipse(e) => {
                let paint = paint(e.fill, e.stroke.width, e.stroke.color);
                self.add_path(clip, ellipse(e.center, e.radius), paint);
            }
            Shape::LineSegment { points, stroke } => {
                let paint = paint(Color32::TRANSPARENT, stroke.width, stroke.color);
                let segments = vec![Segment::Move(points[0]), Segment::Line(points[1])];
                self.add_path(clip, segments, paint);
            }
            Shape::Path(p) => {
                let stroke = match p.stroke.color {
                    epaint::ColorMode::Solid(c) => c,
                    epaint::ColorMode::UV(_) => Color32::TRANSPARENT,
                };
                let fill = if p.closed {
                    p.fill
                } else {
                    Color32::TRANSPARENT
                };
                let paint = paint(fill, p.stroke.width, stroke);
                self.add_path(clip, polyline(&p.points, p.closed), paint);
            }
            Shape::QuadraticBezier(b) => {
                let paint = paint(b.fill, b.stroke.width, solid(&b.stroke.color));
                self.add_path(clip, polyline(&b.flatten(Some(0.1)), b.closed), paint);
            }
            Shape::CubicBezier(b) => {
                let paint = paint(b.fill, b.stroke.width, solid(&b.stroke.color));
                self.add_path(clip, polyline(&b.flatten(Some(0.1)), b.closed), paint);
            }
            Shape::Mesh(mesh) => self.add_mesh(clip, &mesh),
            Shape::Text(t) => {
                for run in text::runs(&t, fonts, per_point) {
                    self.push(clip, Item::Text(run));
                }
            }
            Shape::Noop | Shape::Band(_) | Shape::Callback(_) => {}
        }
    }

    fn add_rect(&mut self, clip: usize, r: &epaint::RectShape) {
        let width = r.stroke.width;
        // egui strokes a rectangle inside, on or outside its edge; SVG and PDF on it.
        let rect = match r.stroke_kind {
            egui::StrokeKind::Inside => r.rect.shrink(width / 2.0),
            egui::StrokeKind::Middle => r.rect,
            egui::StrokeKind::Outside => r.rect.expand(width / 2.0),
        };
        let cr = r.corner_radius;
        let radius = f32::from(cr.nw.max(cr.ne).max(cr.sw).max(cr.se));
        let paint = paint(r.fill, width, r.stroke.color);
        if paint.is_visible() {
            self.push(
                clip,
                Item::Rect {
                    rect,
                    radius,
                    paint,
                },
            );
        }
    }

    fn add_path(&mut self, clip: usize, segments: Vec<Segment>, paint: Paint) {
        if paint.is_visible() && segments.len() > 1 {
            self.push(clip, Item::Path { segments, paint });
        }
    }

    /// A mesh as filled triangles, one path per run of triangles of the same colour.
    fn add_mesh(&mut self, clip: usize, mesh: &epaint::Mesh) {
        let mut current: Option<(Color32, Vec<Segment>)> = None;
        for tri in mesh.indices.chunks_exact(3) {
            let v = |i: u32| mesh.vertices.get(i as usize);
            let (Some(a), Some(b), Some(c)) = (v(tri[0]), v(tri[1]), v(tri[2])) else {
                continue;
            };
            let colour = a.color;
            if current.as_ref().is_some_and(|(c, _)| *c != colour)
                && let Some((c, segments)) = current.take()
            {
                self.add_path(clip, segments, paint(c, 0.0, Color32::TRANSPARENT));
            }
            let (_, segments) = current.get_or_insert_with(|| (colour, Vec::new()));
            segments.extend([
                Segment::Move(a.pos),
                Segment::Line(b.pos),
                Segment::Line(c.pos),
                Segment::Close,
            ]);
        }
        if let Some((c, segments)) = current {
            self.add_path(clip, segments, paint(c, 0.0, Color32::TRANSPARENT));
        }
    }
}

fn solid(color: &epaint::ColorMode) -> Color32 {
    match color {
        epaint::ColorMode::Solid(c) => *c,
        epaint::ColorMode::UV(_) => Color32::TRANSPARENT,
    }
}

fn paint(fill: Color32, stroke_width: f32, stroke: Color32) -> Paint {
    Paint {
        fill: Rgba::from_color(fill),
        stroke: (stroke_width > 0.0)
            .then(|| Rgba::from_color(stroke))
            .flatten()
            .map(|c| (stroke_width, c)),
    }
}

fn polyline(points: &[Pos2], closed: bool) -> Vec<Segment> {
    let mut segments: Vec<Segment> = points
        .iter()
        .enumerate()
        .map(|(n, p)| {
            if n == 0 {
                Segment::Move(*p)
            } else {
                Segment::Line(*p)
            }
        })
        .collect();
    if closed {
        segments.push(Segment::Close);
    }
    segments
}

/// An ellipse as four cubic arcs (the standard 0.5523 control-point factor).
fn ellipse(center: Pos2, radius: Vec2) -> Vec<Segment> {
    const K: f32 = 0.552_284_8;
    let (rx, ry) = (radius.x, radius.y);
    let at = |dx: f32, dy: f32| Pos2::new(center.x + dx, center.y + dy);
    vec![
        Segment::Move(at(rx, 0.0)),
        Segment::Cubic(at(rx, K * ry), at(K * rx, ry), at(0.0, ry)),
        Segment::Cubic(at(-K * rx, ry), at(-rx, K * ry), at(-rx, 0.0)),
        Segment::Cubic(at(-rx, -K * ry), at(-K * rx, -ry), at(0.0, -ry)),
        Segment::Cubic(at(K * rx, -ry), at(rx, -K * ry), at(rx, 0.0)),
        Segment::Close,
    ]
}
