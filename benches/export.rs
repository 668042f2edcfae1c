//! Exports, headless, encoding included. PNG of one 1920×1080 page (target: under 500 ms on
//! the software driver): `warm` reuses the graphics device as `export --all` and the app do,
//! `cold` opens it too, as a one-page `briefboard export` does. SVG and PDF of the same page
//! (target: no slower than its PNG), and the ten-slide PDF deck with its Sources pages
//! (target: under 2 s).

use briefboard::charts;
use briefboard::dataset::Dataset;
use briefboard::derived::Derived;
use briefboard::export::png::{self, PngSize};
use briefboard::export::{Captions, ExportPage, deck, svg};
use briefboard::filter::Filter;
use briefboard::filter::Selection;
use briefboard::render::OffscreenRenderer;
use briefboard::theme::ThemeChoice;
use criterion::{Criterion, criterion_group, criterion_main};

fn page() -> Option<ExportPage> {
    let dataset = Dataset::embedded();
    let model = charts::page_model("5g-base-stations", &dataset, &Selection::all(&dataset))?;
    let captions = Captions {
        source_line: true,
        ..Captions::default()
    };
    Some(ExportPage::new(
        model,
        &dataset,
        ThemeChoice::Light,
        &captions,
    ))
}

fn export(c: &mut Criterion) {
    let (Some(page), Ok(mut renderer)) = (page(), OffscreenRenderer::new()) else {
        eprintln!("no 5G page or no graphics adapter: nothing to measure");
        return;
    };
    eprintln!("adapter: {}", renderer.adapter());
    let size = PngSize::default();
    let mut group = c.benchmark_group("png_1920x1080");
    group.sample_size(20);
    group.bench_function("warm", |b| {
        b.iter(|| png::to_png(&mut renderer, &page, size).map(|bytes| bytes.len()));
    });
    group.bench_function("cold", |b| {
        b.iter(|| {
            OffscreenRenderer::new()
                .map_err(png::PngError::from)
                .and_then(|mut r| png::to_png(&mut r, &page, size))
                .map(|bytes| bytes.len())
        });
    });
    group.finish();
}

fn vectors(c: &mut Criterion) {
    let Some(page) = page() else {
        return;
    };
    let dataset = Dataset::embedded();
    let size = PngSize::default();
    let mut group = c.benchmark_group("vector_1920x1080");
    group.sample_size(20);
    group.bench_function("svg_page", |b| b.iter(|| svg::to_svg(&page, size).len()));
    group.bench_function("pdf_page", |b| {
        b.iter(|| deck::to_pdf(std::slice::from_ref(&page), &dataset, size).map(|p| p.len()));
    });
    let filter = Filter::default();
    let derived = Derived::of(&dataset, &filter);
    let captions = Captions {
        source_line: true,
        ..Captions::default()
    };
    let slides = deck::slides(&dataset, &derived, (ThemeChoice::Light, size), &captions);
    group.sample_size(10);
    group.bench_function("pdf_deck_10_slides", |b| {
        b.iter(|| deck::to_pdf(&slides, &dataset, size).map(|p| p.len()));
    });
    group.finish();
}

criterion_group!(benches, export, vectors);
criterion_main!(benches);
