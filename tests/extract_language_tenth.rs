//! The extraction rules on made-up sentences in the language of briefings (tenth round of
//! "What each figure means"): a count's label never keeps the "by the end" of its period, and
//! a share hung on a count (", accounting for 60 % of the total") is a share of the things
//! counted. Each value was read from the sentence by a person.

#[path = "support/briefing.rs"]
mod briefing;

use briefboard::dataset::Kind;
use briefing::read;

#[test]
fn a_stock_said_by_the_end_of_a_year_keeps_the_time_out_of_its_label() {
    // A briefing of 15 July 2024.
    let got = read("China had 1.067 billion internet users by the end of 2022.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Internet users", "{got:?}");
    assert!((got[0].1 - 1_067_000_000.0).abs() < 1.0, "{got:?}");
    assert_eq!(got[0].3.as_deref(), Some("2022-12"), "{got:?}");
    let got = read("We will build 500 charging stations by 2027.");
    assert_eq!(got[0].0, "Charging stations", "{got:?}");
    assert_eq!(
        (got[0].2, got[0].3.as_deref()),
        (Kind::Target, Some("2027"))
    );
}

#[test]
fn a_share_hung_on_a_count_is_the_counted_things_share() {
    let got = read(
        "We have built a total of 2.31 million 5G base stations, accounting for over 60% of \
         the global total.",
    );
    let values: Vec<(f64, Kind)> = got.iter().map(|g| (g.1, g.2)).collect();
    assert_eq!(values, [(2_310_000.0, Kind::Level), (60.0, Kind::Share)]);
    assert!(got[1].0.starts_with("5G base stations"), "{got:?}");
    assert!(got[1].0.ends_with("share of global total"), "{got:?}");
}
