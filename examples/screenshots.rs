//! Makes the README's screenshots: the real app, headless, in a 1280×800 kittest harness drawn
//! through wgpu (Mesa llvmpipe without a GPU), and two pages of the PDF deck rendered by
//! poppler's `pdftoppm` (poppler-utils). Writes `assets/screenshots/*.png`.
//!
//! `cargo run --example screenshots`
//!
//! `cargo run --example screenshots -- --review DIR` instead writes every page of the embedded
//! briefing (chart pages, table, transcript) at 1280×800 and 1920×1080 into `DIR`, for a person
//! to look at before a change to the pages lands.

use std::path::{Path, PathBuf};
use std::process::Command as Process;

use briefboard::app::{App, Command, Page, StartOptions};
use briefboard::derived::Derived;
use briefboard::export::{Captions, deck, png::PngSize};
use briefboard::theme::ThemeChoice;
use egui_kittest::Harness;

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

fn out_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/screenshots")
}

/// The app on the embedded briefing after `commands`, saved as `name`.
fn shot(name: &str, commands: &[Command]) -> Result {
    shot_at(&out_dir(), name, egui::vec2(1280.0, 800.0), commands)
}

/// The app at `size` (points) after `commands`, saved as `dir/name.png`.
fn shot_at(dir: &Path, name: &str, size: egui::Vec2, commands: &[Command]) -> Result {
    shot_of(dir, name, (size, StartOptions::default()), commands)
}

/// The app started with `options` at `size` after `commands`, saved as `dir/name.png`.
fn shot_of(
    dir: &Path,
    name: &str,
    (size, options): (egui::Vec2, StartOptions),
    commands: &[Command],
) -> Result {
    let mut harness = Harness::builder()
        .with_size(size)
        .wgpu()
        .build_eframe(|cc| App::new(cc, options));
    harness.run();
    for command in commands {
        harness.state_mut().push(command.clone());
        harness.run();
    }
    let image = harness.render()?;
    let path = dir.join(format!("{name}.png"));
    image.save(&path)?;
    println!("{}", path.display());
    Ok(())
}

fn chart(id: &str) -> Command {
    Command::ShowPage(Page::Chart(id.to_owned()))
}

/// The deck of the embedded briefing; its second slide and first Sources page as PNGs.
fn deck_pages() -> Result {
    let dataset = briefboard::dataset::Dataset::embedded();
    let filter = briefboard::filter::Filter::default();
    let derived = Derived::of(&dataset, &filter);
    let captions = Captions {
        source_line: true,
        ..Captions::default()
    };
    let slides = deck::slides(
        &dataset,
        &derived,
        (ThemeChoice::Light, PngSize::default()),
        &captions,
    );
    let dir = tempfile::tempdir()?;
    let pdf = dir.path().join("deck.pdf");
    std::fs::write(&pdf, deck::to_pdf(&slides, &dataset, PngSize::default())?)?;
    let sources_page = slides.len() + 1;
    for (page, name) in [(2, "deck-slide"), (sources_page, "deck-sources")] {
        let n = page.to_string();
        let status = Process::new("pdftoppm")
            .args(["-r", "72", "-png", "-singlefile", "-f", &n, "-l", &n])
            .arg(&pdf)
            .arg(out_dir().join(name))
            .status()?;
        if !status.success() {
            return Err("pdftoppm failed (apt-get install poppler-utils)".into());
        }
        println!("{}", out_dir().join(format!("{name}.png")).display());
    }
    Ok(())
}

/// Every page at the two window sizes a newcomer and a projector use.
fn review(dir: &Path) -> Result {
    std::fs::create_dir_all(dir)?;
    let dataset = briefboard::dataset::Dataset::embedded();
    let filter = briefboard::filter::Filter::default();
    let pages = Derived::of(&dataset, &filter).pages().to_vec();
    for size in [egui::vec2(1280.0, 800.0), egui::vec2(1920.0, 1080.0)] {
        for (page, _) in &pages {
            let name = format!("{}_{}x{}", page.id(), size.x, size.y);
            shot_at(dir, &name, size, &[Command::ShowPage(page.clone())])?;
        }
    }
    Ok(())
}

/// The Across briefings page of the seed, the development excerpts and two made-up later MIIT
/// briefings (`tests/data/across/`), with the oldest 5G figure's quote in the details panel.
fn across() -> Result {
    use briefboard::library::{Library, open_all};
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<PathBuf> = ["miit-2023-01-19.txt", "miit-2026-01-20.txt"]
        .iter()
        .map(|f| root.join("tests/data/across").join(f))
        .collect();
    for nn in ["01", "02", "03", "04", "05", "06", "07", "08"] {
        paths.push(root.join(format!("tests/data/briefings/{nn}.txt")));
    }
    let mut parts = vec![briefboard::loaded::Loaded::embedded()];
    for part in open_all(&paths, &briefboard::loaded::Places::default()) {
        parts.push(part?);
    }
    let library = Library::new(parts);
    let first_5g = "5g-base-stations@2023-01-19".to_owned();
    let options = StartOptions {
        data: Some(library),
        ..StartOptions::default()
    };
    shot_of(
        &out_dir(),
        "across-briefings",
        (egui::vec2(1280.0, 800.0), options),
        &[chart("across-briefings"), Command::Select(Some(first_5g))],
    )
}

fn main() -> Result {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, dir] = args.as_slice()
        && flag == "--review"
    {
        return review(Path::new(dir));
    }
    // The headline figure clicked: the details panel shows both ministers' sentences.
    shot(
        "5g-base-stations",
        &[
            chart("5g-base-stations"),
            Command::Select(Some("5g-base-stations".to_owned())),
        ],
    )?;
    shot("manufacturing-share", &[chart("manufacturing-share")])?;
    shot("digital-targets", &[chart("digital-targets")])?;
    shot("sme-tiers", &[chart("sme-tiers")])?;
    // "Show in transcript" on the first quote of the 5G figure (byte 7735 of the transcript).
    shot(
        "transcript",
        &[Command::ShowInTranscript {
            indicator: "5g-base-stations".to_owned(),
            start: 7735,
        }],
    )?;
    across()?;
    deck_pages()
}
