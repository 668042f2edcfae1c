//! Snapshot tests of the four named chart pages, light and dark, at a fixed size with the real
//! embedded dataset, rendered through wgpu (Mesa llvmpipe on CI). A failing run writes
//! `tests/snapshots/<name>.new.png` and `.diff.png` (ignored by git); look at them, then accept
//! with `UPDATE_SNAPSHOTS=1 cargo test --test snapshots_pages`.

mod support;

use briefboard::charts;
use briefboard::dataset::Dataset;
use briefboard::filter::Selection;
use briefboard::theme::{self, ThemeChoice};
use briefboard::view::plot::page_ui;
use egui_kittest::Harness;

/// The snapshot size: a little smaller than the central area of the default window.
const SIZE: egui::Vec2 = egui::vec2(960.0, 640.0);

fn harness(page_id: &str, choice: ThemeChoice, size: egui::Vec2) -> Harness<'static> {
    let dataset = Dataset::embedded();
    let selection = Selection::all(&dataset);
    let page = charts::page_model(page_id, &dataset, &selection)
        .unwrap_or_else(|| panic!("page {page_id} exists"));
    let tokens = theme::tokens(choice);
    let mut harness = support::page::builder(choice, size).build_ui(move |ui| {
        page_ui(
            ui,
            &page,
            &tokens,
            None,
            &mut briefboard::command::Commands::default(),
        );
    });
    harness.run();
    harness
}

fn snapshot(page_id: &str, choice: ThemeChoice) {
    let mut h = harness(page_id, choice, SIZE);
    let name = format!("page_{page_id}_{}", choice.label().to_lowercase());
    h.snapshot_options(&name, &support::page::snapshot_options());
}

#[test]
fn five_g_light() {
    snapshot("5g-base-stations", ThemeChoice::Light);
}

#[test]
fn five_g_dark() {
    snapshot("5g-base-stations", ThemeChoice::Dark);
}

#[test]
fn manufacturing_light() {
    snapshot("manufacturing-share", ThemeChoice::Light);
}

#[test]
fn manufacturing_dark() {
    snapshot("manufacturing-share", ThemeChoice::Dark);
}

#[test]
fn digital_light() {
    snapshot("digital-targets", ThemeChoice::Light);
}

#[test]
fn digital_dark() {
    snapshot("digital-targets", ThemeChoice::Dark);
}

#[test]
fn sme_light() {
    snapshot("sme-tiers", ThemeChoice::Light);
}

#[test]
fn sme_dark() {
    snapshot("sme-tiers", ThemeChoice::Dark);
}

/// Every page, generated ones included, renders at both window sizes in every theme. With
/// `BRIEFBOARD_DUMP_PAGES=dir` set, each rendering is also written there for a person to
/// look at.
#[test]
fn every_page_renders_at_window_sizes() {
    let dataset = Dataset::embedded();
    let dump = std::env::var_os("BRIEFBOARD_DUMP_PAGES").map(std::path::PathBuf::from);
    for info in charts::pages(&dataset) {
        for choice in ThemeChoice::ALL {
            // The default window's central area, the same at 1280×720, and the central
            // area left beside the app's details panel.
            for size in [
                egui::vec2(950.0, 700.0),
                egui::vec2(950.0, 620.0),
                egui::vec2(735.0, 620.0),
            ] {
                let mut h = harness(&info.id, choice, size);
                let image = h.render().unwrap_or_else(|e| panic!("{}: {e}", info.id));
                if let Some(dir) = &dump {
                    let name = format!("{}_{}_{}x{}.png", info.id, choice.label(), size.x, size.y);
                    image.save(dir.join(name)).unwrap_or_else(|e| panic!("{e}"));
                }
            }
        }
    }
}
