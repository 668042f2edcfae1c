//! The extraction rules on made-up sentences in the language of briefings (fifth round of
//! "What each figure means"): changes said as comparisons, restatements and falls named as
//! subjects; shares reached, goals named and hedges; the ends of ranges and of moves. Each
//! value was read from the sentence by a person.

#[path = "support/briefing.rs"]
mod briefing;

use briefboard::dataset::{Kind, Qualifier, Unit};
use briefing::{briefing, measured, read};

#[test]
fn changes_said_as_comparisons_restatements_and_falls_named_as_subjects() {
    let got = briefing(
        "July 15, 2024",
        "Sales of the sector were 1.5 times those of 2019.\n\nThe number of flights was 3.5 \
         percent higher in the first half of this year.\n\nThe number of tourists increased by \
         2.3 million, or 12 percent, in the first quarter.\n\nThe number of deaths was 2,000 \
         fewer than last year.\n\nThe decline narrowed to 3.5 percent in June.\n\nExports of \
         electric vehicles grew by 20 percent, and those of solar cells by 15 percent.",
    );
    let kinds: Vec<(f64, Kind)> = got.indicators.iter().map(|i| (i.value, i.kind)).collect();
    assert_eq!(
        kinds,
        [
            (1.5, Kind::Change),
            (3.5, Kind::Change),
            (2.3e6, Kind::Change),
            // The same rise said again in percent: a change, not a share.
            (12.0, Kind::Change),
            (-2000.0, Kind::Change),
            // "The decline … narrowed to 3.5 %": still a fall, of 3.5 %.
            (-3.5, Kind::Change),
            (20.0, Kind::Change),
            (15.0, Kind::Change),
        ]
    );
}

#[test]
fn shares_reached_goals_named_and_hedges_of_at_least_and_over() {
    let got = briefing(
        "July 15, 2024",
        "The share of the digital economy in GDP rose by 1.2 percentage points to 42.8 \
         percent.\n\nThe target for this year is GDP growth of around 5 percent.\n\nNo less than \
         20 percent of the funds went to rural areas.\n\nUpwards of 500 firms took part.",
    );
    let read: Vec<(f64, Kind, Qualifier, Option<&str>)> = got
        .indicators
        .iter()
        .map(|i| (i.value, i.kind, i.qualifier, i.period.as_deref()))
        .collect();
    assert_eq!(
        read,
        [
            (1.2, Kind::Change, Qualifier::Exact, None),
            // The level the share rose to is a share.
            (42.8, Kind::Share, Qualifier::Exact, None),
            // A goal said as a growth.
            (5.0, Kind::Target, Qualifier::About, Some("2024")),
            (20.0, Kind::Share, Qualifier::AtLeast, None),
            (500.0, Kind::Level, Qualifier::Over, None),
        ]
    );
}

#[test]
fn the_two_ends_of_a_range_or_a_move_share_the_unit_and_scale_said_once() {
    let got = measured(
        "Deposits rose from 2 billion to 3 billion yuan.\n\nSales rose from 9 to 10 million \
         units.\n\nThe number of members increased from 102 million to 164 million.",
    );
    assert_eq!(
        got,
        [
            (2e9, Unit::Yuan, Qualifier::Exact),
            (3e9, Unit::Yuan, Qualifier::Exact),
            (9e6, Unit::Count, Qualifier::Exact),
            (10e6, Unit::Count, Qualifier::Exact),
            (102e6, Unit::Count, Qualifier::Exact),
            (164e6, Unit::Count, Qualifier::Exact),
        ]
    );
    // A range is said of one thing; a move from one level to another has a start and an end.
    let labels: Vec<String> = read(
        "The growth level from 9 to 10 percent is not slow.\n\nThe rate rose from 5 percent to 6 \
         percent.",
    )
    .into_iter()
    .map(|g| g.0)
    .collect();
    assert_eq!(
        labels,
        [
            "Change, range, low end",
            "Change, range, high end",
            "Rate, start of period",
            "Rate, end of period",
        ]
    );
}
