//! A board of 50 slides of one's own exported as a PDF deck with its Sources pages (target:
//! under 2 s): the models of the slides from the board (figures found by identity), cut where
//! taller than a slide, then the deck. The slides cycle through bars, cards and highlighted
//! figures of the embedded briefing, each with a note.

use briefboard::board::{self, Board, ChartChoice};
use briefboard::charts;
use briefboard::dataset::{Dataset, Indicator};
use briefboard::export::png::PngSize;
use briefboard::export::{Captions, ExportPage, deck};
use briefboard::theme::ThemeChoice;
use criterion::{Criterion, criterion_group, criterion_main};

/// 50 slides of two to four figures each, taken in turn from the briefing's figures.
fn fifty_slides(dataset: &Dataset) -> Board {
    let mut b = Board::new();
    let figures: Vec<&Indicator> = dataset.indicators.iter().collect();
    for k in 0..50 {
        let n = 2 + k % 3;
        let pick: Vec<&Indicator> = (0..n)
            .map(|j| figures[(k * 3 + j) % figures.len()])
            .collect();
        let s = b.add_slide(dataset, &pick, &format!("Slide {}", k + 1), &|_| {
            "<embedded>".to_owned()
        });
        let slide = &mut b.slides[s];
        slide.chart = if k % 2 == 0 {
            ChartChoice::Bars
        } else {
            ChartChoice::Cards
        };
        slide.figures[0].highlight = k % 3 == 0;
        "A note of the presenter's under the chart.".clone_into(&mut slide.note);
    }
    b
}

fn deck_of_fifty(c: &mut Criterion) {
    let dataset = Dataset::embedded();
    let b = fifty_slides(&dataset);
    let captions = Captions {
        source_line: true,
        ..Captions::default()
    };
    let size = PngSize::default();
    let export = || {
        let resolved = board::resolve(&b, &dataset, &[]);
        let pages: Vec<ExportPage> = b
            .slides
            .iter()
            .zip(&resolved.slides)
            .enumerate()
            .flat_map(|(k, (s, r))| {
                let model = charts::board::slide_model(k, s, r, &dataset);
                // As `export --board --deck`: a slide taller than the deck's continues.
                ExportPage::new(model, &dataset, ThemeChoice::Light, &captions)
                    .slides(&dataset, size)
            })
            .collect();
        deck::to_pdf(&pages, &dataset, size).map(|p| p.len())
    };
    if let Ok(bytes) = export() {
        eprintln!("deck of 50 slides: {bytes} bytes");
    }
    let mut group = c.benchmark_group("board");
    group.sample_size(10);
    group.bench_function("pdf_deck_50_slides", |bench| bench.iter(export));
    group.finish();
}

criterion_group!(benches, deck_of_fifty);
criterion_main!(benches);
