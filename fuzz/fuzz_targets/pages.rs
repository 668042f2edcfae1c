//! Fuzz target: any dataset the loader accepts — odd values included (zero, negative values on
//! a log axis, huge counts, empty labels, unknown themes) — gives every page model, its alt
//! text, its SVG (the vector scene of its export layout) and the CSV and JSON exports without
//! a panic, whatever the filters; and so does that dataset joined with the embedded briefing
//! (several briefings open: the Across briefings page, the Briefings filter).

#![no_main]

use briefboard::charts;
use briefboard::dataset::Dataset;
use briefboard::filter::{Filter, KindFilter, Selection};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // As the app does: only a dataset that validates is shown.
    let Ok(dataset) = Dataset::from_json("fuzz.json", text) else {
        return;
    };
    if !dataset.validate(None).is_empty() {
        return;
    }
    let mut filters = vec![Filter::default()];
    if let Some(s) = dataset.speakers.first() {
        let mut f = Filter::default();
        f.speakers.insert(s.id.clone());
        filters.push(f);
    }
    let mut targets = Filter::default();
    targets.kind = KindFilter::Targets;
    filters.push(targets);
    for filter in &filters {
        let selection: Selection = filter.apply(&dataset);
        for info in charts::pages(&dataset) {
            if let Some(model) = charts::page_model(&info.id, &dataset, &selection) {
                let _ = briefboard::export::alt_text(&model);
                let captions = briefboard::export::Captions {
                    source_line: true,
                    ..Default::default()
                };
                let page = briefboard::export::ExportPage::new(
                    model.clone(),
                    &dataset,
                    briefboard::theme::ThemeChoice::Light,
                    &captions,
                );
                let _ = briefboard::export::svg::to_svg(&page, Default::default());
                // A page cut into slides: every slide lays out.
                for slide in page.slides(&dataset, Default::default()) {
                    let _ = slide.drawn(Default::default());
                }
                for mark in model.marks() {
                    let _ = mark.tooltip_lines();
                }
            }
        }
        let shown: Vec<_> = selection.iter(&dataset).collect();
        let _ = briefboard::export::csv::to_csv(&dataset, shown.iter().copied());
    }
    joined(dataset);
});

/// The dataset opened beside the embedded briefing: every page model of the joined figures,
/// unfiltered and filtered to the fuzzed briefing, and their CSV and JSON.
fn joined(dataset: Dataset) {
    use briefboard::library::Library;
    use briefboard::loaded::Loaded;
    let part = Loaded::without_source(dataset, String::new(), "fuzz.json");
    let library = Library::new(vec![Loaded::embedded(), part]);
    let joined = library.dataset();
    let mut only = Filter::default();
    if let Some(last) = joined.all_briefings().last() {
        only.briefings.insert(last.sha256.clone());
    }
    for filter in [Filter::default(), only] {
        let selection = filter.apply(joined);
        for info in charts::pages(joined) {
            if let Some(model) = charts::page_model(&info.id, joined, &selection) {
                let _ = briefboard::export::alt_text(&model);
            }
        }
        let shown: Vec<_> = selection.iter(joined).collect();
        let _ = briefboard::export::csv::to_csv(joined, shown.iter().copied());
        let _ = briefboard::export::json::to_json(joined, shown.iter().copied());
    }
}
