//! Frame time of the whole UI, headless: the real app in a kittest harness (1280×800), one
//! frame = egui pass (layout, AccessKit tree) + tessellation, no GPU. On the seed briefing and
//! on a synthetic dataset 100 times larger; targets 2 ms and 8 ms per frame. Also start-up:
//! `App::new` and the first frame.
//!
//! `cargo bench --bench frame`

use std::hint::black_box;

use briefboard::app::{App, Command, Loaded, Page, StartOptions};
use briefboard::dataset::{Dataset, EMBEDDED_SOURCE};
use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;

/// The seed dataset with every indicator copied `times` times under new ids (same quotes).
fn scaled(times: usize) -> Loaded {
    let mut dataset = Dataset::embedded();
    let seed = dataset.indicators.clone();
    for n in 1..u32::try_from(times).unwrap_or(u32::MAX) {
        dataset.indicators.extend(seed.iter().cloned().map(|mut i| {
            i.id = format!("{}-{n}", i.id);
            i.value *= 1.0 + f64::from(n) / 1000.0;
            i
        }));
    }
    Loaded::with_source(dataset, EMBEDDED_SOURCE.into(), "synthetic")
}

fn harness(data: Loaded, page: &str) -> Harness<'static, App> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(|cc| {
            App::new(
                cc,
                StartOptions {
                    data: Some(briefboard::library::Library::single(data)),
                    ..StartOptions::default()
                },
            )
        });
    harness
        .state_mut()
        .push(Command::ShowPage(Page::from_id(page)));
    harness.run_steps(3);
    harness
}

fn frame(harness: &mut Harness<'static, App>) {
    harness.step();
    let shapes = harness.output().shapes.clone();
    let ppp = harness.output().pixels_per_point;
    black_box(harness.ctx.tessellate(shapes, ppp));
}

fn frames(c: &mut Criterion) {
    for (name, times) in [("seed", 1), ("100x", 100)] {
        let mut group = c.benchmark_group(format!("frame/{name}"));
        for page in ["5g-base-stations", "sme-tiers", "table", "transcript"] {
            let mut harness = harness(scaled(times), page);
            group.bench_function(page, |b| b.iter(|| frame(&mut harness)));
        }
        group.finish();
    }
}

fn startup(c: &mut Criterion) {
    let mut group = c.benchmark_group("startup");
    group.sample_size(10);
    group.bench_function("new_and_first_frame", |b| {
        b.iter(|| {
            let mut harness = Harness::builder()
                .with_size(egui::vec2(1280.0, 800.0))
                .build_eframe(|cc| App::new(cc, StartOptions::default()));
            frame(&mut harness);
            black_box(harness.state().selection().indicators.len())
        });
    });
    group.finish();
}

criterion_group!(benches, frames, startup);
criterion_main!(benches);
