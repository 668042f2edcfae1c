//! Tests of the page builders' helpers.

use super::*;

#[test]
fn percent_axis_runs_to_100_with_round_ticks() {
    let a = linear_axis(42.0, 90.0, Unit::Percent);
    assert_eq!((a.min, a.max), (0.0, 100.0));
    assert_eq!(a.ticks, vec![0.0, 25.0, 50.0, 75.0, 100.0]);
    assert_eq!(a.tick_label(50.0), "50 %");
}

#[test]
fn log_axis_ticks_are_powers_of_ten_read_in_words() {
    let a = log_axis(74.0, 30_000.0, Unit::Count);
    assert_eq!((a.min, a.max), (10.0, 100_000.0));
    let labels: Vec<String> = a.ticks.iter().map(|t| a.tick_label(*t)).collect();
    assert_eq!(labels, ["10", "100", "1,000", "10,000", "100,000"]);
    let tiers = log_axis(1557.0, 501_000.0, Unit::Count);
    assert_eq!((tiers.min, tiers.max), (100.0, 1e6));
    assert!((log_axis(10.0, 500.0, Unit::Count).min - 1.0).abs() < 1e-9);
}

fn mark(label: &str, value: f64, period: &str) -> Mark {
    Mark {
        indicator_id: format!("{label}-{period}"),
        label: label.to_owned(),
        value,
        display: format::plain(value),
        said: format::plain(value),
        unit: Unit::Percent,
        qualifier: crate::dataset::Qualifier::Exact,
        period: Some(period.to_owned()),
        speakers: Vec::new(),
        theme: "green".to_owned(),
        style: MarkStyle::Achieved,
        note: None,
        briefing: None,
        at: None,
    }
}

#[test]
fn shared_labels_get_their_periods() {
    let rate = "Renewable electricity utilization rate of green data centers";
    let chart = bars(
        "Shares",
        vec![
            mark(rate, 15.0, "2018"),
            mark(rate, 50.0, "2023"),
            mark("Other", 57.0, "2023"),
        ],
        None,
    )
    .expect("a chart");
    let labels: Vec<&str> = chart.marks.iter().map(|m| m.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            format!("{rate} (2018)"),
            format!("{rate} (2023)"),
            "Other".to_owned()
        ]
    );
    // A part of a year is said in words, as on the rest of the slide.
    let chart = bars(
        "Changes",
        vec![
            mark("Exports, change", 6.1, "2023-01/2023-06"),
            mark("Exports, change", 4.8, "2024-01/2024-03"),
        ],
        None,
    )
    .expect("a chart");
    let labels: Vec<&str> = chart.marks.iter().map(|m| m.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Exports, change (first half of 2023)",
            "Exports, change (Q1 2024)"
        ]
    );
}

#[test]
fn negative_changes_get_an_axis_below_zero() {
    let a = linear_axis(-20.3, 6.2, Unit::Percent);
    assert!(a.min <= -20.3 && a.max >= 6.2, "{a:?}");
    assert!(a.ticks.contains(&0.0));
}
