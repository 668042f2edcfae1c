//! The one kittest harness of the UI tests: the real app (`harness`, `app`, `open_file`), a
//! small hand-made dataset, dropping files, waiting for background jobs; a chart page on its
//! own with the snapshot options every snapshot uses (`page`); a fake window and monitor for
//! presenting (`present`); slides made as a user makes them (`slides`). Every UI test file
//! includes it as `mod support;`.

#![allow(
    dead_code,
    reason = "each test file uses a different part of the helpers"
)]

pub mod charts;
pub mod page;
pub mod present;
pub mod process;
pub mod slides;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use briefboard::app::{App, Loaded, StartOptions};
use briefboard::dataset::{Dataset, EMBEDDED_SOURCE};
use egui_kittest::Harness;

/// Four indicators written by hand from the seed transcript (offsets into it): 3.837 million
/// 5G base stations (Jin Zhuanglong, Zhao Zhiguo), 421 demonstration factories (Jin Zhuanglong,
/// Xin Guobin), 153 lighthouse factories in the world and 62 in China (Xin Guobin).
pub fn small() -> Loaded {
    let text = include_str!("small.json");
    let dataset = Dataset::from_json("small.json", text).expect("the fixture parses");
    for indicator in &dataset.indicators {
        for m in &indicator.mentions {
            assert_eq!(EMBEDDED_SOURCE.get(m.start..m.end), Some(m.quote.as_str()));
        }
    }
    Loaded::with_source(dataset, EMBEDDED_SOURCE.into(), "small.json")
}

/// The default window size of the UI tests, in points.
pub const WINDOW: egui::Vec2 = egui::vec2(1280.0, 800.0);

/// The app in a 1280×800 harness, on `data` (the embedded briefing when `None`).
pub fn harness(data: Option<Loaded>) -> Harness<'static, App> {
    app(
        StartOptions {
            data: data.map(briefboard::library::Library::single),
            ..StartOptions::default()
        },
        WINDOW,
    )
}

/// The app started with `options` in a harness of `size` points, run until it settles.
pub fn app(options: StartOptions, size: egui::Vec2) -> Harness<'static, App> {
    let mut harness = Harness::builder()
        .with_size(size)
        .build_eframe(|cc| App::new(cc, options));
    harness.run();
    harness
}

/// The app started with `options` in a window of [`WINDOW`], stepped until its background
/// jobs are done.
pub fn started(options: StartOptions) -> Harness<'static, App> {
    let mut harness = Harness::builder()
        .with_size(WINDOW)
        .build_eframe(|cc| App::new(cc, options));
    wait_idle(&mut harness);
    harness
}

/// The remembered state of a last run that had no briefing open (the embedded one closed).
pub fn no_briefings() -> briefboard::app::Persisted {
    briefboard::app::Persisted {
        briefings: Vec::new(),
        ..briefboard::app::Persisted::default()
    }
}

/// The app started as `briefboard FILE [--page ID]` where no briefing was open at the last
/// run (the embedded one closed), so that FILE is the only briefing; stepped until it is read.
pub fn open_file(file: PathBuf, page: Option<&str>) -> Harness<'static, App> {
    let options = StartOptions {
        files: vec![file],
        page: page.map(str::to_owned),
        state: Some(no_briefings()),
        ..StartOptions::default()
    };
    started(options)
}

/// A file dropped on the window.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// Drops `path` on the window and waits until it has been read.
pub fn drop_file(harness: &mut Harness<'static, App>, path: &Path) {
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path.to_owned())));
    harness.step();
    wait_idle(harness);
}

/// Steps the app until no background job runs (at most ten seconds).
pub fn wait_idle(harness: &mut Harness<'static, App>) {
    for _ in 0..1000 {
        harness.step();
        if harness.state().busy().is_none() {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(harness.state().busy().is_none(), "the job did not finish");
    harness.run();
}

/// The ids of the indicators that pass the filters.
pub fn shown(harness: &Harness<'static, App>) -> Vec<String> {
    harness
        .state()
        .selection_ids()
        .into_iter()
        .map(str::to_owned)
        .collect()
}
