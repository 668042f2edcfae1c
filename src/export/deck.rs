//! The PDF deck: one 16:9 page per slide (the chart pages the filters leave, in presentation
//! order, a page taller than its slide continuing on the next: "Water (2 of 3)"), each a tagged Figure with the page's alt text, then the Sources pages; an outline
//! with one bookmark per slide and one for the sources; the document's title, subject (the
//! briefing and its date), keywords and creator. The same slides always give the same bytes.

use super::layout::{Captions, ExportPage};
use super::pdf::{PdfError, PdfWriter};
use super::png::PngSize;
use super::scene::Scene;
use super::sources;
use crate::dataset::Dataset;
use crate::derived::Derived;
use crate::format;
use crate::theme::ThemeChoice;

/// Why a deck could not be made.
#[derive(Debug, thiserror::Error)]
pub enum DeckError {
    /// No slide to put in it.
    #[error(
        "no chart page has figures under these filters, so the deck would be empty; clear a \
         filter or choose other speakers or themes"
    )]
    NoSlides,
    /// The briefing has no figures at all.
    #[error("no figures were found in this briefing, so there is nothing to put in a deck")]
    NoFigures,
    /// Writing the PDF failed.
    #[error(transparent)]
    Pdf(#[from] PdfError),
}

/// The slides of a deck: every chart page with figures under the derived state's selection,
/// in presentation order, as export pages in `theme` with `captions` (the captions' title and
/// subtitle, if any, apply to every slide), a page taller than a slide of `size` continuing
/// on further slides ([`ExportPage::slides`]).
#[must_use]
pub fn slides(
    dataset: &Dataset,
    derived: &Derived,
    (theme, size): (ThemeChoice, PngSize),
    captions: &Captions,
) -> Vec<ExportPage> {
    derived
        .slides(dataset)
        .iter()
        .filter_map(|id| derived.model(dataset, id))
        .flat_map(|model| {
            ExportPage::new(model.clone(), dataset, theme, captions).slides(dataset, size)
        })
        .collect()
}

/// The deck of `slides` (in order) drawn from `dataset`, every page at `size`.
///
/// # Errors
/// [`DeckError::NoSlides`] for an empty list; [`DeckError::Pdf`] when the PDF cannot be made.
pub fn to_pdf(
    slides: &[ExportPage],
    dataset: &Dataset,
    size: PngSize,
) -> Result<Vec<u8>, DeckError> {
    let Some(first) = slides.first() else {
        return Err(if dataset.indicators.is_empty() {
            DeckError::NoFigures
        } else {
            DeckError::NoSlides
        });
    };
    let mut pdf = PdfWriter::new();
    let mut outline = Vec::new();
    for slide in slides {
        outline.push((slide.model.title.clone(), pdf.pages()));
        let scene = Scene::new(slide, size);
        pdf.add_page(&scene, Some(&slide.metadata.description))?;
    }
    let src = &dataset.source;
    let heading = briefing_heading(dataset);
    let entries = sources::entries(dataset, slides);
    outline.push(("Sources".to_owned(), pdf.pages()));
    for scene in sources::pages(&entries, &heading, first.theme, size) {
        pdf.add_page(&scene, None)?;
    }
    pdf.set_outline(&outline);
    let title = if src.title.is_empty() {
        "Figures of a SCIO briefing".to_owned()
    } else {
        src.title.clone()
    };
    let n = slides.len();
    let subject = format!(
        "{n} slide{} of the figures announced at {heading}, each with its speaker and sentence",
        if n == 1 { "" } else { "s" }
    );
    let mut keywords = vec!["SCIO briefing".to_owned()];
    if !src.date.is_empty() {
        keywords.push(src.date.clone());
    }
    pdf.set_metadata(&title, &subject, keywords);
    Ok(pdf.finish()?)
}

/// "SCIO briefing on … · 5 July 2024 · State Council Information Office"; "3 SCIO briefings ·
/// 19 January 2023 to 20 January 2026 · …" for several.
fn briefing_heading(dataset: &Dataset) -> String {
    let src = &dataset.source;
    let mut parts = Vec::new();
    if !src.title.is_empty() {
        parts.push(src.title.clone());
    }
    let range = format::date_range(dataset.briefings.iter().map(|b| b.date.as_str()));
    parts.push(range.unwrap_or_else(|| format::long_date(&src.date)));
    if !src.publisher.is_empty() {
        parts.push(src.publisher.clone());
    }
    parts.join(" · ")
}
