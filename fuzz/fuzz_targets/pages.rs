//! Fuzz target: any dataset the loader accepts — odd values included (zero, negative values on
//! a log axis, huge counts, empty labels, unknown themes) — gives every page model, its alt
//! text, its SVG (the vector scene of its export layout) and the CSV and JSON exports without
//! a panic, whatever the filters.

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
                for mark in model.marks() {
                    let _ = mark.tooltip_lines();
                }
            }
        }
        let shown: Vec<_> = selection.iter(&dataset).collect();
        let _ = briefboard::export::csv::to_csv(&dataset, shown.iter().copied());
    }
});
