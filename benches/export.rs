//! PNG export of one 1920×1080 page, headless, encoding included (target: under 500 ms on the
//! software driver). `warm` reuses the graphics device as `export --all` and the app do;
//! `cold` opens it too, as a one-page `briefboard export` does.

use briefboard::charts;
use briefboard::dataset::Dataset;
use briefboard::export::png::{self, PngSize};
use briefboard::export::{Captions, ExportPage};
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

criterion_group!(benches, export);
criterion_main!(benches);
