//! Several briefings at once (issue 13): opening the 100 briefings of
//! `examples/support/library.rs` (reading, extracting and joining them, as the app does at
//! start), and the frame time of the app with all of them open, headless as in
//! `benches/frame.rs`. Targets: open in under 2 s, every frame under 8 ms.
//!
//! `cargo bench --bench library`

#[path = "../examples/support/library.rs"]
mod library;

use std::hint::black_box;

use briefboard::app::{App, Command, Page, StartOptions};
use briefboard::library::{Library, open_all};
use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;

fn open(paths: &[std::path::PathBuf]) -> Library {
    let parts = open_all(paths, &briefboard::loaded::Places::default())
        .into_iter()
        .map(|r| r.unwrap_or_else(|e| panic!("{e}")))
        .collect();
    Library::new(parts)
}

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let paths = library::write(dir.path()).expect("the library is written");
    let opened = open(&paths);
    let d = opened.dataset();
    let bytes: u64 = paths
        .iter()
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum();
    eprintln!(
        "{} briefings, {bytes} bytes, {} figures, {} linked series",
        d.briefings.len(),
        d.indicators.len(),
        briefboard::charts::series(d).len()
    );
    let mut group = c.benchmark_group("library");
    group.sample_size(10);
    group.bench_function("open_100", |b| b.iter(|| black_box(open(&paths))));
    group.finish();

    let mut group = c.benchmark_group("frame/100-briefings");
    for page in [
        "across-briefings",
        "5g-base-stations",
        "internet-and-computing",
        "table",
        "transcript",
    ] {
        let mut harness = Harness::builder()
            .with_size(egui::vec2(1280.0, 800.0))
            .build_eframe(|cc| {
                App::new(
                    cc,
                    StartOptions {
                        data: Some(opened.clone()),
                        ..StartOptions::default()
                    },
                )
            });
        harness
            .state_mut()
            .push(Command::ShowPage(Page::from_id(page)));
        harness.run_steps(3);
        group.bench_function(page, |b| {
            b.iter(|| {
                harness.step();
                let shapes = harness.output().shapes.clone();
                let ppp = harness.output().pixels_per_point;
                black_box(harness.ctx.tessellate(shapes, ppp));
            });
        });
    }
    group.finish();
}

criterion_group!(library_benches, benches);
criterion_main!(library_benches);
