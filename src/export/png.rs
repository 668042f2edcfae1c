//! A chart page as a PNG: rendered offscreen at the chosen size and scale ([`crate::render`]),
//! encoded with the `png` crate (fast deflate, sRGB, its provenance as text chunks), and
//! written atomically.

use std::path::{Path, PathBuf};

use image::RgbaImage;

use super::Size;
use super::layout::ExportPage;
use crate::render::{OffscreenRenderer, RenderError};

/// The scales offered (pixels per point): 1× and 2×. The CLI also accepts 3 and 4.
pub const SCALES: [u32; 2] = [1, 2];

/// The largest scale accepted.
pub const MAX_SCALE: u32 = 4;

/// The page layout of every export, in points: a 16:9 slide of 1280×720 points, zoomed to fill
/// the image. Text and marks keep their proportions to the slide at every size, so a chart
/// reads the same on a 1280×720 and a 3840×2160 slide.
pub const LAYOUT: Size = Size::HD;

/// How big the image is: `size` is the image at 1× and `scale` multiplies it, so the PNG is
/// `size × scale` pixels (1920×1080 at 2× is 3840×2160 pixels). The page is laid out on a
/// [`LAYOUT`] slide (for other aspect ratios, as wide or as tall as needed to fill the image)
/// and zoomed to that size: larger images are sharper, not emptier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PngSize {
    /// The image size at 1×, in pixels.
    pub size: Size,
    /// The pixel multiplier, 1 to [`MAX_SCALE`].
    pub scale: u32,
}

impl Default for PngSize {
    fn default() -> Self {
        Self {
            size: Size::FULL_HD,
            scale: 1,
        }
    }
}

impl PngSize {
    /// The size of the PNG in pixels.
    #[must_use]
    pub fn pixels(self) -> Size {
        self.size.scaled(self.scale)
    }

    /// Pixels per point: the zoom that fits the [`LAYOUT`] slide into `size`, times `scale`.
    #[must_use]
    pub fn pixels_per_point(self) -> f32 {
        #[expect(clippy::cast_precision_loss, reason = "sides are at most 8192")]
        let zoom = (self.size.width as f32 / LAYOUT.width as f32)
            .min(self.size.height as f32 / LAYOUT.height as f32);
        #[expect(clippy::cast_precision_loss, reason = "scale is at most 4")]
        let scale = self.scale as f32;
        zoom * scale
    }
}

/// Why a PNG could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PngError {
    /// Rendering failed (no adapter, size too large, GPU error).
    #[error(transparent)]
    Render(#[from] RenderError),
    /// The scale is outside 1 to [`MAX_SCALE`].
    #[error("scale {0}: must be a whole number from 1 to {MAX_SCALE}")]
    Scale(u32),
    /// The encoder failed.
    #[error("cannot encode the PNG: {0}")]
    Encode(#[from] png::EncodingError),
}

/// Renders an export page to pixels.
///
/// # Errors
/// [`PngError::Scale`] for a scale outside 1 to [`MAX_SCALE`], and the renderer's errors.
pub fn render(
    renderer: &mut OffscreenRenderer,
    page: &ExportPage,
    size: PngSize,
) -> Result<RgbaImage, PngError> {
    if !(1..=MAX_SCALE).contains(&size.scale) {
        return Err(PngError::Scale(size.scale));
    }
    let px = size.pixels();
    let ppp = size.pixels_per_point();
    let image = renderer.render(
        [px.width, px.height],
        ppp,
        |ctx| page.setup(ctx),
        |ui| {
            page.ui(ui);
        },
    )?;
    Ok(image)
}

/// Encodes pixels as PNG bytes: 8-bit RGBA, sRGB, fast deflate, and the page's provenance as
/// UTF-8 text chunks (iTXt): `Title`, `Description` (an alt text naming every figure and its
/// speaker), `Source` (the briefing's title, date, publisher and speakers) and `Software`. No
/// creation time: the same page always gives the same bytes.
///
/// # Errors
/// [`PngError::Encode`] if the encoder fails (it does not for valid images).
pub fn encode(image: &RgbaImage, metadata: &super::Metadata) -> Result<Vec<u8>, PngError> {
    let mut bytes = Vec::with_capacity(image.as_raw().len() / 8);
    let mut encoder = png::Encoder::new(&mut bytes, image.width(), image.height());
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    encoder.set_source_srgb(png::SrgbRenderingIntent::Perceptual);
    for (key, text) in [
        ("Title", &metadata.title),
        ("Description", &metadata.description),
        ("Source", &metadata.source),
    ] {
        if !text.is_empty() {
            encoder.add_itxt_chunk(key.to_owned(), text.clone())?;
        }
    }
    encoder.add_itxt_chunk(
        "Software".to_owned(),
        concat!("briefboard ", env!("CARGO_PKG_VERSION")).to_owned(),
    )?;
    let mut writer = encoder.write_header()?;
    writer.write_image_data(image.as_raw())?;
    writer.finish()?;
    Ok(bytes)
}

/// Renders and encodes an export page: the PNG file's bytes.
///
/// # Errors
/// Those of [`render`] and [`encode`].
pub fn to_png(
    renderer: &mut OffscreenRenderer,
    page: &ExportPage,
    size: PngSize,
) -> Result<Vec<u8>, PngError> {
    let image = render(renderer, page, size)?;
    encode(&image, &page.metadata)
}

/// `path` with `.png` appended when its name does not already end in `.png` (any case):
/// `chart` → `chart.png`, `图表` → `图表.png`, `slide.PNG` unchanged.
#[must_use]
pub fn with_png_extension(path: &Path) -> PathBuf {
    let has = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("png"));
    if has {
        path.to_owned()
    } else {
        let mut name = path.as_os_str().to_owned();
        name.push(".png");
        PathBuf::from(name)
    }
}
