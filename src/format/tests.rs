//! Unit tests of `format`.

use super::*;

#[test]
fn counts_read_as_people_say_them() {
    assert_eq!(
        value(3_837_000.0, Unit::Count, Qualifier::Exact, false),
        "3.837 million"
    );
    assert_eq!(value(1557.0, Unit::Count, Qualifier::Exact, false), "1,557");
    assert_eq!(
        value(140_000.0, Unit::Count, Qualifier::Over, false),
        "> 140,000"
    );
    assert_eq!(
        value(1.09e9, Unit::Count, Qualifier::Exact, false),
        "1.09 billion"
    );
    assert_eq!(
        value(20e6, Unit::Count, Qualifier::Nearly, false),
        "< 20 million"
    );
    assert_eq!(value(74.0, Unit::Count, Qualifier::Exact, false), "74");
}

#[test]
fn money_percent_and_changes() {
    assert_eq!(
        value(39.9e12, Unit::Yuan, Qualifier::Exact, false),
        "39.9 trillion yuan"
    );
    assert_eq!(value(60.0, Unit::Percent, Qualifier::Over, false), "> 60 %");
    assert_eq!(
        value(30.0, Unit::Percent, Qualifier::About, false),
        "≈ 30 %"
    );
    assert_eq!(
        value(100.0, Unit::Percent, Qualifier::AtLeast, false),
        "≥ 100 %"
    );
    assert_eq!(
        value(-6.8, Unit::Percent, Qualifier::Exact, true),
        "\u{2212}6.8 %"
    );
    assert_eq!(value(6.2, Unit::Percent, Qualifier::Exact, true), "+6.2 %");
    // "decreased by more than 20%" lies below −20 %.
    assert_eq!(
        value(-20.0, Unit::Percent, Qualifier::Over, true),
        "< \u{2212}20 %"
    );
    assert_eq!(
        value(-30.0, Unit::Percent, Qualifier::Nearly, true),
        "> \u{2212}30 %"
    );
    assert_eq!(
        value(1.6, Unit::PercentagePoint, Qualifier::Exact, false),
        "1.6 percentage points"
    );
}

#[test]
fn other_units() {
    assert_eq!(
        value(2.3e20, Unit::Flops, Qualifier::Exact, false),
        "230 EFLOPS"
    );
    assert_eq!(
        value(64_000.0, Unit::BitPerSecond, Qualifier::Exact, false),
        "64 Kbps"
    );
    assert_eq!(
        value(1e9, Unit::BitPerSecond, Qualifier::Exact, false),
        "1 Gbps"
    );
    assert_eq!(
        value(1935.3, Unit::Gram, Qualifier::Exact, false),
        "1,935.3 grams"
    );
    assert_eq!(
        value(2.2e9, Unit::Tonne, Qualifier::About, false),
        "≈ 2.2 billion metric tons"
    );
    assert_eq!(
        value(239.0, Unit::Times, Qualifier::Exact, false),
        "239 times"
    );
}

#[test]
fn ticks_are_human() {
    assert_eq!(tick(1e6, Unit::Count), "1 million");
    assert_eq!(tick(100_000.0, Unit::Count), "100,000");
    assert_eq!(tick(60.0, Unit::Percent), "60 %");
    // Broadband speeds (Zhao Zhiguo: "from 10 megabits to 100 megabits, and now to 1
    // gigabit"; "a single 64 Kbps line" in 1994).
    assert_eq!(tick(10_000.0, Unit::BitPerSecond), "10 Kbps");
    assert_eq!(tick(1e9, Unit::BitPerSecond), "1 Gbps");
    assert_eq!(tick(-10.0, Unit::Percent), "\u{2212}10 %");
    assert_eq!(tick(2e13, Unit::Yuan), "20 trillion");
}

#[test]
fn no_float_noise_or_exponents() {
    let s = value(3_837_000.000_000_1, Unit::Count, Qualifier::Exact, false);
    assert!(!s.contains('e') && !s.contains("3837000"), "{s}");
    assert_eq!(plain(0.1 + 0.2), "0.3");
    assert_eq!(scaled(999_999_999.9), "1 billion");
}

#[test]
fn one_in_rounds_ratios() {
    assert_eq!(one_in(12_000.0, 140_000.0).as_deref(), Some("≈ 1 in 12"));
    assert_eq!(one_in(1557.0, 12_000.0).as_deref(), Some("≈ 1 in 8"));
    assert_eq!(one_in(62.0, 124.0).as_deref(), Some("1 in 2"));
    assert_eq!(one_in(0.0, 1.0), None);
}

#[test]
fn date_ranges_leave_unknown_dates_out() {
    use super::date_range;
    assert_eq!(
        date_range(["2024-07-05", "", "2023-01-19", "2026-01-20"]).as_deref(),
        Some("19 January 2023 to 20 January 2026")
    );
    assert_eq!(
        date_range(["2024-07-05", "2024-07-05"]).as_deref(),
        Some("5 July 2024")
    );
    assert_eq!(date_range(["", ""]), None);
}

#[test]
fn durations_in_hours_and_days() {
    assert_eq!(
        value(46.9, Unit::Hour, Qualifier::Exact, false),
        "46.9 hours"
    );
    assert_eq!(value(1.0, Unit::Hour, Qualifier::Exact, false), "1 hour");
    assert_eq!(value(0.6, Unit::Hour, Qualifier::Exact, true), "+0.6 hours");
    assert_eq!(
        value(-0.5, Unit::Hour, Qualifier::Exact, true),
        "\u{2212}0.5 hours"
    );
    assert_eq!(
        value(48.0, Unit::Hour, Qualifier::Under, false),
        "< 48 hours"
    );
    assert_eq!(
        said(24.0, Unit::Hour, Qualifier::Under, false),
        "under 24 hours"
    );
    assert_eq!(
        value(2.5e6, Unit::Hour, Qualifier::Over, false),
        "> 2.5 million hours"
    );
    assert_eq!(value(3.0, Unit::Day, Qualifier::Under, false), "< 3 days");
    assert_eq!(value(1.0, Unit::Day, Qualifier::Exact, false), "1 day");
    assert_eq!(unit_name(Unit::Hour), "hours");
    assert_eq!(unit_name(Unit::Day), "days");
    // An axis in hours says its unit in its title ("In hours"), not on each tick.
    assert_eq!(tick(40.0, Unit::Hour), "40");
}

#[test]
fn points_of_an_index_are_plain_numbers() {
    assert_eq!(value(165.4, Unit::Index, Qualifier::Exact, false), "165.4");
    assert_eq!(value(2.3, Unit::Index, Qualifier::Exact, true), "+2.3");
    assert_eq!(unit_name(Unit::Index), "index points");
    // A chart of indices is titled "In index points".
    assert_eq!(tick(100.0, Unit::Index), "100");
}
