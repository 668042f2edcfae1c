//! Text in a vector scene: each row of an egui galley split into runs of one face, size and
//! colour, every glyph at the position egui laid it out at, so that the SVG and the PDF set
//! text exactly where the PNG shows it. The face of each character is the first font of egui's
//! proportional family that has it, as egui chooses.

use std::collections::HashMap;
use std::sync::Arc;

use egui::epaint::TextShape;
use egui::{Color32, FontData, FontDefinitions, FontFamily, Pos2};
use skrifa::MetadataProvider as _;
use skrifa::raw::TableProvider as _;
use skrifa::string::StringId;

use super::Rgba;

/// One font file of the page's fonts.
#[derive(Debug, Clone)]
pub struct Face {
    /// egui's name for it (`Ubuntu-Light`).
    pub key: String,
    /// The family names the file gives (typographic family first), for CSS font lists.
    pub families: Vec<String>,
    /// The font file.
    pub data: Arc<FontData>,
}

/// The faces of egui's proportional family, in fallback order, and which face draws each
/// character (looked up once per character).
#[derive(Debug, Default)]
pub struct Fonts {
    /// The faces, in egui's fallback order.
    pub faces: Vec<Face>,
    glyphs: HashMap<char, Option<(usize, u32, f32)>>,
}

impl Fonts {
    /// The faces of `definitions`' proportional family.
    #[must_use]
    pub fn new(definitions: &FontDefinitions) -> Self {
        let names = definitions
            .families
            .get(&FontFamily::Proportional)
            .cloned()
            .unwrap_or_default();
        let faces = names
            .into_iter()
            .filter_map(|key| {
                let data = Arc::clone(definitions.font_data.get(&key)?);
                let families = family_names(&data);
                Some(Face {
                    key,
                    families,
                    data,
                })
            })
            .collect();
        Self {
            faces,
            glyphs: HashMap::new(),
        }
    }

    /// The face (index into [`Fonts::faces`]), glyph id and advance (in ems) that draw `c`;
    /// `None` when no face has it.
    pub fn glyph(&mut self, c: char) -> Option<(usize, u32, f32)> {
        let faces = &self.faces;
        *self.glyphs.entry(c).or_insert_with(|| {
            faces.iter().enumerate().find_map(|(n, face)| {
                let font = skrifa::FontRef::from_index(face.data.bytes(), face.data.index).ok()?;
                let id = font.charmap().map(c)?;
                let metrics = font.glyph_metrics(
                    skrifa::instance::Size::unscaled(),
                    skrifa::instance::LocationRef::default(),
                );
                let units = f32::from(font.head().ok()?.units_per_em()).max(1.0);
                let advance = metrics.advance_width(id).unwrap_or(0.0) / units;
                Some((n, id.to_u32(), advance))
            })
        })
    }
}

/// The family names in a font file: the typographic family (name 16) and the family (name 1).
fn family_names(data: &FontData) -> Vec<String> {
    let Ok(font) = skrifa::FontRef::from_index(data.bytes(), data.index) else {
        return Vec::new();
    };
    let mut names = Vec::new();
    for id in [StringId::TYPOGRAPHIC_FAMILY_NAME, StringId::FAMILY_NAME] {
        if let Some(name) = font.localized_strings(id).english_or_first() {
            let name: String = name.chars().collect();
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

/// One glyph of a run.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlacedGlyph {
    /// The character.
    pub chr: char,
    /// Its glyph id in the run's face.
    pub glyph_id: u32,
    /// Where its origin is, in points from the left of the canvas.
    pub x: f32,
    /// Its advance as egui laid it out, in points.
    pub advance: f32,
}

/// Glyphs of one face, size and colour on one baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct TextRun {
    /// Index into [`Fonts::faces`].
    pub face: usize,
    /// The font size, in points.
    pub size: f32,
    /// The colour.
    pub color: Rgba,
    /// The baseline, in points from the top of the canvas.
    pub baseline: f32,
    /// The glyphs, left to right.
    pub glyphs: Vec<PlacedGlyph>,
    /// Rotation in radians, clockwise, about `pivot` (egui's text angle).
    pub angle: f32,
    /// The point the run turns about.
    pub pivot: Pos2,
}

impl TextRun {
    /// The run's characters.
    #[must_use]
    pub fn text(&self) -> String {
        self.glyphs.iter().map(|g| g.chr).collect()
    }
}

/// The runs of one text shape. `per_point` is the family's row height per point of font size.
pub(super) fn runs(shape: &TextShape, fonts: &mut Fonts, per_point: f32) -> Vec<TextRun> {
    let mut runs: Vec<TextRun> = Vec::new();
    let opacity = shape.opacity_factor;
    for placed in &shape.galley.rows {
        let row = &placed.row;
        let origin = shape.pos + placed.pos.to_vec2();
        let mut current: Option<TextRun> = None;
        for (glyph, (x, advance)) in row.glyphs.iter().zip(cluster_positions(&row.glyphs, fonts)) {
            let Some((face, glyph_id, _)) = fonts.glyph(glyph.chr) else {
                continue;
            };
            let base = row
                .visuals
                .mesh
                .vertices
                .get(glyph.first_vertex as usize)
                .map_or(shape.fallback_color, |v| v.color);
            let base = if base == Color32::PLACEHOLDER {
                shape.fallback_color
            } else {
                base
            };
            let colour = shape.override_text_color.unwrap_or(base);
            let colour = if opacity < 1.0 {
                colour.gamma_multiply(opacity)
            } else {
                colour
            };
            let Some(rgba) = Rgba::from_color(colour) else {
                continue;
            };
            let size = glyph.font_height / per_point;
            let baseline = origin.y + glyph.pos.y;
            let blank = glyph.chr.is_whitespace();
            let fits = current.as_ref().is_some_and(|r| {
                r.face == face
                    && (r.size - size).abs() < 0.01
                    && (r.baseline - baseline).abs() < 0.01
                    && (blank || r.color == rgba)
            });
            if !fits && let Some(done) = current.take() {
                runs.push(done);
            }
            let run = current.get_or_insert_with(|| TextRun {
                face,
                size,
                color: rgba,
                baseline,
                glyphs: Vec::new(),
                angle: shape.angle,
                pivot: shape.pos,
            });
            run.glyphs.push(PlacedGlyph {
                chr: glyph.chr,
                glyph_id,
                x: origin.x + x,
                advance,
            });
        }
        runs.extend(current);
    }
    // A run of spaces alone draws nothing.
    runs.retain(|r| r.glyphs.iter().any(|g| !g.chr.is_whitespace()));
    runs
}

/// Each glyph's x (from the row's start) and advance. egui shapes text, so a ligature ("fi",
/// "ffi") is one glyph with the cluster's advance followed by zero-width glyphs for its other
/// characters; since only characters are known here, the cluster's characters are set side
/// by side, in their natural proportions, across the cluster's width.
fn cluster_positions(glyphs: &[egui::epaint::text::Glyph], fonts: &mut Fonts) -> Vec<(f32, f32)> {
    let mut out: Vec<(f32, f32)> = glyphs.iter().map(|g| (g.pos.x, g.advance_width)).collect();
    let mut start = 0;
    while start < glyphs.len() {
        let mut end = start + 1;
        while glyphs.get(end).is_some_and(|g| g.advance_width == 0.0) {
            end += 1;
        }
        if end - start > 1 {
            let natural: Vec<f32> = glyphs[start..end]
                .iter()
                .map(|g| fonts.glyph(g.chr).map_or(0.0, |(_, _, a)| a))
                .collect();
            let sum: f32 = natural.iter().sum();
            let total = glyphs[start].advance_width;
            if sum > 0.0 {
                let mut x = glyphs[start].pos.x;
                for (slot, w) in out[start..end].iter_mut().zip(natural) {
                    let advance = total * w / sum;
                    *slot = (x, advance);
                    x += advance;
                }
            }
        }
        start = end;
    }
    out
}
