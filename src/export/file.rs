//! The one export path that the command line and the export dialog share: the format of a
//! file (from its extension or chosen), a chart page or a deck to its bytes, and the errors,
//! typed. The GPU renderer is opened only for PNGs, once, on first use.

use std::path::{Path, PathBuf};

use super::deck::{self, DeckError};
use super::layout::ExportPage;
use super::png::{self, PngError, PngSize};
use crate::dataset::Dataset;
use crate::render::{OffscreenRenderer, RenderError};

/// The image formats of a chart page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// A raster image with its provenance in text chunks.
    #[default]
    Png,
    /// Vector shapes and real text, for slide tools.
    Svg,
    /// One page per slide, then the Sources pages.
    Pdf,
}

impl Format {
    /// Every format, as offered in the dialog.
    pub const ALL: [Self; 3] = [Self::Png, Self::Svg, Self::Pdf];

    /// The file extension, without the dot.
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Svg => "svg",
            Self::Pdf => "pdf",
        }
    }

    /// What the dialog calls it.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Png => "PNG image",
            Self::Svg => "SVG (vector, for slides)",
            Self::Pdf => "PDF (with its sources)",
        }
    }

    /// The format a path's extension names (any case); `Ok(None)` for a path without one.
    ///
    /// # Errors
    /// [`ExportError::UnknownExtension`] for an extension that is none of png, svg, pdf.
    pub fn from_path(path: &Path) -> Result<Option<Self>, ExportError> {
        let Some(ext) = path.extension().and_then(|e| e.to_str()) else {
            return Ok(None);
        };
        Self::ALL
            .into_iter()
            .find(|f| ext.eq_ignore_ascii_case(f.extension()))
            .map(Some)
            .ok_or_else(|| ExportError::UnknownExtension {
                path: path.to_owned(),
            })
    }

    /// `path` with this format's extension added when it has none.
    #[must_use]
    pub fn with_extension(self, path: &Path) -> PathBuf {
        if path.extension().is_some() {
            path.to_owned()
        } else {
            let mut name = path.as_os_str().to_owned();
            name.push(".");
            name.push(self.extension());
            PathBuf::from(name)
        }
    }
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The output's extension names no format briefboard writes.
    #[error(
        "{}: unknown image format; name the file .png, .svg or .pdf, or give --format",
        path.display()
    )]
    UnknownExtension {
        /// The output path.
        path: PathBuf,
    },
    /// The PNG could not be made.
    #[error(transparent)]
    Png(#[from] PngError),
    /// The offscreen renderer could not be opened.
    #[error(transparent)]
    Render(#[from] RenderError),
    /// The PDF could not be made.
    #[error(transparent)]
    Deck(#[from] DeckError),
}

/// The GPU renderer for PNGs, opened on first use and kept.
#[derive(Debug, Default)]
pub struct Renderer(Option<OffscreenRenderer>);

impl Renderer {
    /// The renderer, opening it if needed.
    ///
    /// # Errors
    /// [`RenderError`] when no graphics adapter can be opened (saying what to install).
    pub fn get(&mut self) -> Result<&mut OffscreenRenderer, RenderError> {
        match &mut self.0 {
            Some(r) => Ok(r),
            slot @ None => Ok(slot.insert(OffscreenRenderer::new()?)),
        }
    }
}

/// The bytes of `page` as `format` at `size`: a PNG through the renderer, an SVG of the same
/// layout, or a PDF of the page and its sources. `page` is one slide: see [`page_files`] for
/// a page that may take several.
///
/// # Errors
/// The renderer's and the encoders' errors.
pub fn page_bytes(
    page: &ExportPage,
    dataset: &Dataset,
    (format, size): (Format, PngSize),
    renderer: &mut Renderer,
) -> Result<Vec<u8>, ExportError> {
    Ok(match format {
        Format::Png => png::to_png(renderer.get()?, page, size)?,
        Format::Svg => super::svg::to_svg(page, size).into_bytes(),
        Format::Pdf => deck::to_pdf(std::slice::from_ref(page), dataset, size)?,
    })
}

/// The files of a chart page as `format` at `size`, each with the path it goes to: one file
/// for a page that fits its slide; for a page that continues on further slides, a PDF of all
/// its slides (then their sources), or one PNG or SVG per slide, `path` for the first and
/// `NAME-2.png`, `NAME-3.png`… beside it for the others.
///
/// # Errors
/// The renderer's and the encoders' errors.
pub fn page_files(
    page: &ExportPage,
    dataset: &Dataset,
    (format, size): (Format, PngSize),
    path: &Path,
    renderer: &mut Renderer,
) -> Result<Vec<(PathBuf, Vec<u8>)>, ExportError> {
    let slides = page.slides(dataset, size);
    if format == Format::Pdf {
        return Ok(vec![(
            path.to_owned(),
            deck::to_pdf(&slides, dataset, size)?,
        )]);
    }
    slides
        .iter()
        .enumerate()
        .map(|(n, slide)| {
            let bytes = page_bytes(slide, dataset, (format, size), renderer)?;
            Ok((numbered(path, n + 1), bytes))
        })
        .collect()
}

/// `path` for slide 1, `NAME-2.EXT` beside it for slide 2, and so on.
#[must_use]
pub fn numbered(path: &Path, number: usize) -> PathBuf {
    if number <= 1 {
        return path.to_owned();
    }
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = match path.extension() {
        Some(ext) => format!("{stem}-{number}.{}", ext.to_string_lossy()),
        None => format!("{stem}-{number}"),
    };
    path.with_file_name(name)
}
