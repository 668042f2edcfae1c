//! Axes that fit their data: every log-scale chart says so under it, and growth rates of a few
//! percent get an axis fitted to them instead of 0–100 %.

use briefboard::charts::{self, Scale};
use briefboard::dataset::{Dataset, Unit};
use briefboard::filter::Selection;

#[test]
fn every_log_chart_says_so() {
    let d = Dataset::embedded();
    let all = Selection::all(&d);
    let mut logs = 0;
    for info in charts::pages(&d) {
        let model = charts::page_model(&info.id, &d, &all).expect("a page");
        for chart in &model.charts {
            if chart.axis.as_ref().is_some_and(|a| a.scale == Scale::Log) {
                logs += 1;
                let note = chart.footnote.as_deref().unwrap_or_default();
                assert!(
                    note.contains("Log scale"),
                    "{}: {}: {note:?}",
                    info.id,
                    chart.title
                );
            }
        }
    }
    assert!(logs >= 3, "{logs} log charts");
}

#[test]
fn small_percentages_get_a_fitted_axis() {
    let d = Dataset::embedded();
    let all = Selection::all(&d);
    // "from January to May this year, the value added of industrial enterprises above the
    // designated size increased by 6.2% year on year"; equipment 7.5 %, high-tech 10 %.
    let page = charts::pages(&d)
        .into_iter()
        .find(|p| p.id == "industrial-growth")
        .expect("the industrial growth page");
    let model = charts::page_model(&page.id, &d, &all).expect("a page");
    let growth = model
        .charts
        .iter()
        .find(|c| c.marks.iter().any(|m| (m.value - 6.2).abs() < 1e-9))
        .expect("the chart of the 6.2 % growth");
    let axis = growth.axis.as_ref().expect("an axis");
    assert_eq!(axis.unit, Unit::Percent);
    assert!(axis.max <= 20.0, "axis to {}", axis.max);
    // Shares of a quarter or more still read against the whole.
    let five_g = charts::page_model("5g-base-stations", &d, &all).expect("the 5G page");
    assert_eq!(five_g.charts[0].axis.as_ref().map(|a| a.max), Some(100.0));
}
