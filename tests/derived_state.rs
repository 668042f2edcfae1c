//! The one derived state (issue 9): rebuilt once per change, read by the table, the slides and
//! the exports alike. Values read from the seed transcript: Zhao Zhiguo said the total computing
//! power is 230 EFLOPS (2.3 × 10²⁰ flops), the largest figure of the briefing, and 3.837 million
//! 5G base stations, which Jin Zhuanglong said too.

use briefboard::dataset::Dataset;
use briefboard::derived::{Derived, Inputs};
use briefboard::filter::Filter;
use briefboard::sort::SortColumn;

fn inputs<'a>(dataset: &'a Dataset, filter: &'a Filter, revision: u64) -> Inputs<'a> {
    Inputs {
        dataset,
        data_revision: revision,
        filter,
        sort: None,
    }
}

#[test]
fn rebuilds_once_per_change_and_not_otherwise() {
    let dataset = Dataset::embedded();
    let filter = Filter::default();
    let mut derived = Derived::new(inputs(&dataset, &filter, 0));
    let first = derived.revision();
    assert!(
        !derived.update(inputs(&dataset, &filter, 0)),
        "nothing changed"
    );
    assert_eq!(derived.revision(), first);

    let mut by_zhao = Filter::default();
    by_zhao.speakers.insert("zhao-zhiguo".to_owned());
    assert!(derived.update(inputs(&dataset, &by_zhao, 0)));
    assert_eq!(derived.revision(), first + 1);
    let ids: Vec<&str> = derived
        .selection()
        .iter(&dataset)
        .map(|i| i.id.as_str())
        .collect();
    assert!(ids.contains(&"computing-power"));
    // Counts are of the whole briefing, whatever the filter: both officials gave the 5G figure.
    assert!(derived.speaker_count("jin-zhuanglong") > 0);
    let model = derived
        .model(&dataset, "5g-base-stations")
        .expect("the 5G page");
    assert!(
        model
            .charts
            .iter()
            .flat_map(|c| &c.marks)
            .chain(&model.headline)
            .any(|m| (m.value - 3.837e6).abs() < 1.0),
        "3.837 million is on the 5G page under Zhao Zhiguo's filter"
    );
    // A new file (a new data revision) rebuilds even with the same filter.
    assert!(derived.update(inputs(&dataset, &by_zhao, 1)));
}

#[test]
fn table_rows_follow_the_order_and_slides_have_figures() {
    let dataset = Dataset::embedded();
    let filter = Filter::default();
    let mut derived = Derived::new(inputs(&dataset, &filter, 0));
    let order: Vec<usize> = derived.table_rows().to_vec();
    assert_eq!(
        order,
        derived.selection().indicators,
        "the briefing's order"
    );
    derived.update(Inputs {
        sort: Some((SortColumn::Value, false)),
        ..inputs(&dataset, &filter, 0)
    });
    let top = derived.table_rows()[0];
    assert_eq!(dataset.indicators[top].id, "computing-power");
    let slides = derived.slides(&dataset);
    assert!(slides.iter().any(|s| s == "5g-base-stations"));
    assert!(slides.iter().all(|s| {
        derived
            .model(&dataset, s)
            .is_some_and(|m| m.empty_message.is_none())
    }));
}
