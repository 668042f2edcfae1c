//! Tests of [`super`]: ISO text, words, quarters and plans, days on a year axis, a year before.

use super::{Period, parse_date, year_fraction};

#[test]
fn iso_text_reads_and_writes_back() {
    for p in [
        "2023",
        "2024-06",
        "2020-01-25",
        "2024-01/2024-05",
        "2021/2025",
        "2023-03/2024-06",
    ] {
        assert_eq!(Period::parse(p).map(|p| p.iso()).as_deref(), Some(p), "{p}");
    }
    for bad in [
        "",
        "23",
        "2024-13",
        "2024-02-30",
        "2025/2021",
        "2024-1",
        "x",
        "2024/",
        "/2024",
        "2024-01-01-01",
    ] {
        assert_eq!(Period::parse(bad), None, "{bad}");
    }
}

#[test]
fn periods_in_words() {
    let words = |p: &str| Period::parse(p).map(|p| p.words()).unwrap_or_default();
    assert_eq!(words("2023"), "2023");
    assert_eq!(words("2024-06"), "June 2024");
    assert_eq!(words("2020-01-25"), "25 January 2020");
    assert_eq!(words("2023-01/2023-03"), "Q1 2023");
    assert_eq!(words("2023-07/2023-09"), "Q3 2023");
    assert_eq!(words("2024-01/2024-06"), "first half of 2024");
    assert_eq!(words("2024-01/2024-05"), "January–May 2024");
    assert_eq!(words("2021/2025"), "2021–2025");
    assert_eq!(words("2023-03/2024-06"), "March 2023–June 2024");
}

#[test]
fn quarters_halves_and_plans() {
    assert_eq!(Period::quarter(2023, 1).iso(), "2023-01/2023-03");
    assert_eq!(Period::quarter(2025, 4).iso(), "2025-10/2025-12");
    assert_eq!(Period::half(2024, 2).iso(), "2024-07/2024-12");
    assert_eq!(
        Period::five_year_plan(14).map(|p| p.iso()).as_deref(),
        Some("2021/2025")
    );
    assert_eq!(
        Period::five_year_plan(13).map(|p| p.iso()).as_deref(),
        Some("2016/2020")
    );
    let q = Period::quarter(2024, 1);
    assert_eq!(q.last_day().to_string(), "2024-03-31");
}

#[test]
fn days_on_a_year_axis() {
    let d = parse_date("2024-07-05").unwrap_or_default();
    // 2024 is a leap year: 5 July is its 187th day.
    assert!((year_fraction(d) - (2024.0 + 186.0 / 366.0)).abs() < 1e-9);
    assert_eq!(parse_date("2024-07"), None);
}

#[test]
fn the_same_period_a_year_before() {
    let before = |p: &str| {
        Period::parse(p)
            .and_then(|p| p.year_before())
            .map(|p| p.iso())
            .unwrap_or_default()
    };
    assert_eq!(before("2024-01/2024-03"), "2023-01/2023-03");
    assert_eq!(before("2024"), "2023");
    // 29 February 2024 a year before is the last day of February 2023.
    assert_eq!(before("2024-02-29"), "2023-02-28");
}
