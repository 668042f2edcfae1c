//! Issue #23, no figure lost: a page taller than its slide continues on further slides
//! ("Water (2 of 3)"), and every figure of every page is drawn inside some slide of that page,
//! for the embedded briefing, two briefings open, and development transcripts. "Drawn inside"
//! is read from the layout egui actually made for the exported image (the rectangles of the
//! marks drawn, against the page's rectangle it is clipped to), not from the model; and each
//! image's alt text names exactly the figures that image shows.
//!
//! `tests/data/dev/93.txt` (the National Bureau of Statistics on 2019, 35 figures a person
//! labelled): its economy page is long enough to take several slides.

use std::collections::{BTreeSet, HashSet};
use std::path::PathBuf;

use briefboard::dataset::{Dataset, sha256_hex};
use briefboard::derived::Derived;
use briefboard::export::png::PngSize;
use briefboard::export::{Captions, ExportPage, Size, alt_text};
use briefboard::filter::Filter;
use briefboard::library::Library;
use briefboard::loaded::Loaded;
use briefboard::theme::ThemeChoice;

fn open(path: &str) -> Loaded {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path);
    Loaded::open(&path).unwrap_or_else(|e| panic!("{e}"))
}

/// The embedded briefing again, dated a year later; `grown` changes the 5G base stations
/// built (3.837 million in the seed) to another value.
fn seed_a_year_later(grown: Option<f64>) -> Loaded {
    let mut d = Dataset::embedded();
    "2025-07-04".clone_into(&mut d.source.date);
    d.source.sha256 = sha256_hex(b"2025-07-04");
    "2025-07-04.txt".clone_into(&mut d.source.file);
    if let Some(value) = grown {
        for i in d
            .indicators
            .iter_mut()
            .filter(|i| i.measure == "5g-base-stations")
        {
            i.value = value;
        }
    }
    Loaded::without_source(d, String::new(), "2025-07-04.json")
}

/// What each slide of each chart page of `dataset` shows, exported at `size`: (page id, the
/// page's figures, the slides' titles and the figures drawn inside each slide).
struct Checked {
    page: String,
    figures: BTreeSet<String>,
    slides: Vec<(String, BTreeSet<String>)>,
}

/// Exports every chart page of `dataset` as slides of `size` and checks each slide: the
/// figures drawn inside it are exactly those its model holds, and its alt text is written
/// from them.
fn check(dataset: &Dataset, size: PngSize) -> Vec<Checked> {
    check_in(dataset, size, ThemeChoice::Light)
}

/// [`check`] in another theme (the projector's text is larger).
fn check_in(dataset: &Dataset, size: PngSize, theme: ThemeChoice) -> Vec<Checked> {
    let derived = Derived::of(dataset, &Filter::default());
    let captions = Captions {
        source_line: true,
        ..Captions::default()
    };
    let mut out = Vec::new();
    for id in derived.slides(dataset) {
        let model = derived
            .model(dataset, id)
            .expect("a slide's page has a model");
        let page = ExportPage::new(model.clone(), dataset, theme, &captions);
        let mut slides = Vec::new();
        for slide in page.slides(dataset, size) {
            let drawn = slide.drawn(size);
            assert!(
                drawn.fits,
                "{}: the whole page fits its slide",
                slide.model.title
            );
            let visible: BTreeSet<String> =
                drawn.visible().into_iter().map(str::to_owned).collect();
            let holds: BTreeSet<String> = slide
                .model
                .indicator_ids()
                .into_iter()
                .map(str::to_owned)
                .collect();
            assert_eq!(
                visible, holds,
                "{}: the figures drawn inside the slide are those it holds",
                slide.model.title
            );
            assert_eq!(slide.metadata.description, alt_text(&slide.model));
            slides.push((slide.model.title.clone(), visible));
        }
        out.push(Checked {
            page: id.clone(),
            figures: model
                .indicator_ids()
                .into_iter()
                .map(str::to_owned)
                .collect(),
            slides,
        });
    }
    out
}

/// Every figure of every page is inside some slide of that page.
fn nothing_lost(checked: &[Checked]) {
    assert!(!checked.is_empty());
    for c in checked {
        let shown: HashSet<&String> = c.slides.iter().flat_map(|(_, v)| v).collect();
        let lost: Vec<&String> = c.figures.iter().filter(|f| !shown.contains(f)).collect();
        assert!(lost.is_empty(), "{}: not on any slide: {lost:?}", c.page);
    }
}

fn titles<'a>(checked: &'a [Checked], page: &str) -> Vec<&'a str> {
    checked
        .iter()
        .find(|c| c.page == page)
        .map(|c| c.slides.iter().map(|(t, _)| t.as_str()).collect())
        .unwrap_or_default()
}

#[test]
fn the_embedded_briefing_loses_no_figure_at_1920x1080_and_4_3() {
    let dataset = Dataset::embedded();
    for size in [Size::FULL_HD, Size::new(1024, 768)] {
        let checked = check(&dataset, PngSize { size, scale: 1 });
        nothing_lost(&checked);
    }
    // In the projector theme, as a deck for the room: larger text.
    nothing_lost(&check_in(
        &dataset,
        PngSize::default(),
        ThemeChoice::Projector,
    ));
}

#[test]
fn a_long_page_continues_on_further_slides() {
    // The statistics bureau's review of 2019 (93): 35 figures, most of them on the economy.
    let library = Library::new(vec![open("tests/data/dev/93.txt")]);
    let dataset = library.dataset();
    let checked = check(dataset, PngSize::default());
    nothing_lost(&checked);
    // A page longer than a slide was once cut off below its first charts: it takes several
    // slides, each titled with its place among them.
    let long = checked
        .iter()
        .find(|c| c.slides.len() > 1)
        .expect("a page of the economy briefing takes more than one slide");
    let title = titles(&checked, &long.page)[0].to_owned();
    let count = long.slides.len();
    let base = title
        .strip_suffix(&format!(" (1 of {count})"))
        .expect("the first slide says it is 1 of the page's slides");
    let expected: Vec<String> = (1..=count)
        .map(|n| format!("{base} ({n} of {count})"))
        .collect();
    assert_eq!(titles(&checked, &long.page), expected);
}

#[test]
fn a_dev_transcript_of_another_ministry_loses_no_figure() {
    let library = Library::new(vec![open("tests/data/dev/10.txt")]);
    nothing_lost(&check(library.dataset(), PngSize::default()));
}

#[test]
fn the_seed_and_its_copy_a_year_later_show_every_linked_measure() {
    // Nothing changed between the two: every measure of the seed is linked, one chart each.
    let library = Library::new(vec![Loaded::embedded(), seed_a_year_later(None)]);
    let dataset = library.dataset();
    let checked = check(dataset, PngSize::default());
    nothing_lost(&checked);
    let across = checked
        .iter()
        .find(|c| c.page == "across-briefings")
        .expect("an Across briefings page");
    assert_eq!(
        across.figures.len(),
        2 * Dataset::embedded().indicators.len()
    );
}

#[test]
fn two_briefings_show_every_linked_measure_changed_ones_first() {
    // The seed and its copy a year later, where only the 5G base stations grew (to 4.25
    // million): every measure of the seed is linked, so Across briefings has one chart per
    // figure of the seed, and the one that changed comes first.
    let library = Library::new(vec![
        Loaded::embedded(),
        seed_a_year_later(Some(4_250_000.0)),
    ]);
    let dataset = library.dataset();
    let seed = Dataset::embedded();
    let checked = check(dataset, PngSize::default());
    nothing_lost(&checked);
    let across = checked
        .iter()
        .find(|c| c.page == "across-briefings")
        .expect("an Across briefings page");
    // Two figures (one per briefing) of each of the seed's measures.
    assert_eq!(across.figures.len(), 2 * seed.indicators.len());
    assert!(
        across.slides.len() > 1,
        "{} charts on one slide",
        seed.indicators.len()
    );
    let derived = Derived::of(dataset, &Filter::default());
    let model = derived
        .model(dataset, "across-briefings")
        .expect("the page's model");
    assert_eq!(model.charts.len(), seed.indicators.len());
    let first: Vec<f64> = model.charts[0].marks.iter().map(|m| m.value).collect();
    assert_eq!(first, [3_837_000.0, 4_250_000.0]);
}
