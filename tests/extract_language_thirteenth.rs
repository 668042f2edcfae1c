//! The extraction rules on made-up sentences in the language of briefings (thirteenth round of
//! "What each figure means"): things counted are said with what the sentence says of them
//! rather than as a bare noun. A long predicate is cut back at a preposition to fit a label;
//! "are integrating" is said as what they are doing; places where someone did something are
//! "cities where pilot banks …"; places reached and things connected to are said so. Grain
//! said in jin keeps its unit. A verb of change with its object moves an amount ("cut their
//! contribution by 1.54 trillion yuan"); "from 30% to 23.45%" is a move, not a range; "a
//! 5.1-trillion-yuan surplus" is read whole; "from the end of April to July" is a span of
//! months; "the first half year of 2021"; "A total of 124 billion yuan was transferred" is the
//! amount transferred; "and the payment 4.1 trillion yuan" is the payment of the owner said
//! before; "… so that the general premium rate declined" names the rate; "with a bachelor's
//! degree or above" keeps its bound; "is provided by 225 normal universities" gives
//! "Normal universities providing …". Each value was read
//! from the sentence by a person.

#[path = "support/briefing.rs"]
mod briefing;

use briefboard::dataset::Unit;
use briefing::{briefing, read};

/// The labels of the figures of `text` whose value is `value`.
fn labels_of(text: &str, value: f64) -> Vec<String> {
    read(text)
        .into_iter()
        .filter(|g| (g.1 - value).abs() < 1e-6)
        .map(|g| g.0)
        .collect()
}

#[test]
fn a_long_predicate_is_cut_back_at_a_preposition() {
    let got = labels_of(
        "Moreover, 2,846 counties have issued catalogs of essential public cultural services.",
        2846.0,
    );
    assert_eq!(got, ["Counties that issued catalogs"]);
    // "the use" cut from "of loans …" would say nothing: the count keeps its noun.
    let got = labels_of(
        "Over 500 listed companies have announced the use of loans for stock buybacks and \
         increased holdings of their own shares.",
        500.0,
    );
    assert_eq!(got.len(), 1);
    assert!(!got[0].ends_with("the use"), "{got:?}");
}

#[test]
fn things_counted_that_are_doing_something_are_said_doing_it() {
    let got = labels_of(
        "Some 3,000 enterprises have been fostered, and 21 cities are integrating industry \
         with vocational education on a pilot basis.",
        21.0,
    );
    assert_eq!(got, ["Cities integrating industry"]);
    // "building" is a noun as often as a verb: no label is built on it.
    let got = labels_of(
        "So far, 40 provinces are building new data centers for the computing network.",
        40.0,
    );
    assert_eq!(got, ["Provinces"]);
}

#[test]
fn places_where_someone_did_something_say_who_and_what() {
    let got = labels_of(
        "Loans are progressing in an orderly manner, and pilot banks in 18 cities have \
         already completed their first transactions.",
        18.0,
    );
    assert_eq!(
        got,
        ["Cities where pilot banks completed their first transactions"]
    );
    // A passive says nothing of who: no "where".
    let got = labels_of("Factories in 12 provinces were shut down.", 12.0);
    assert_eq!(got, ["Provinces"]);
}

#[test]
fn places_reached_and_things_connected_to_are_said_so() {
    assert_eq!(
        labels_of(
            "High-speed trains can reach 20 other provinces in the same day.",
            20.0
        ),
        ["Other provinces reached"]
    );
    assert_eq!(
        labels_of(
            "The networks are running smoothly, reaching over 300 cities.",
            300.0
        ),
        ["Cities reached"]
    );
    assert_eq!(
        labels_of("The port is connected to over 200 ports worldwide.", 200.0),
        ["Ports connected worldwide"]
    );
    // Exported to countries is not said of the countries.
    let got = labels_of("Our products were exported to 150 countries.", 150.0);
    assert_eq!(got.len(), 1);
    assert!(!got[0].contains("exported"), "{got:?}");
}

#[test]
fn grain_said_in_jin_keeps_its_unit() {
    let d = briefing(
        "June 12, 2024",
        "Grain output stood at 42.38 billion jin, increasing by 6.11 billion jin.",
    );
    assert_eq!(d.indicators.len(), 2, "{:?}", d.indicators);
    assert_eq!(d.indicators[0].unit, Unit::Jin);
    assert!((d.indicators[0].value - 42.38e9).abs() < 1.0);
    assert_eq!(d.indicators[0].label, "Grain output");
    assert_eq!(d.indicators[1].unit, Unit::Jin);
    assert!((d.indicators[1].value - 6.11e9).abs() < 1.0);
}

#[test]
fn a_verb_of_change_with_its_object_moves_an_amount_too() {
    let got =
        read("In 2020, the policies cut their contribution by 1.54 trillion yuan in the year.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2, briefboard::dataset::Kind::Change);
    assert!((got[0].1 + 1.54e12).abs() < 1.0, "{got:?}");
    let got = read("We raised the minimum wage by 200 yuan.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2, briefboard::dataset::Kind::Change);
    assert!((got[0].1 - 200.0).abs() < 1e-9, "{got:?}");
}

#[test]
fn from_a_higher_to_a_lower_figure_is_a_move_not_a_range() {
    let got = read(
        "The general rate declined from 41% to 33.95%, and enterprises' contributions from 30% \
         to 23.45%.",
    );
    assert_eq!(got.len(), 4, "{got:?}");
    assert!(got.iter().all(|g| !g.0.contains("range")), "{got:?}");
    assert!(got[2].0.ends_with("start of period"), "{got:?}");
    assert!(got[3].0.ends_with("end of period"), "{got:?}");
    // Said low to high, it is still a range.
    let got = read("The growth of exports is expected to be from 9 to 10 percent.");
    assert!(got.iter().any(|g| g.0.contains("range")), "{got:?}");
}

#[test]
fn an_amount_joined_by_hyphens_is_read_whole() {
    let got = read(
        "We can secure pension payments with a 5.1-trillion-yuan surplus of basic old-age \
         insurance funds.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!((got[0].1 - 5.1e12).abs() < 1.0, "{got:?}");
    assert!(got[0].0.starts_with("Surplus"), "{got:?}");
    // A class of things by their size is no amount: "10-thousand-ton level berths", "eight
    // 1-trillion-yuan industrial clusters".
    let got = read("The port has 2,379 berths of the 10-thousand-ton level.");
    assert!(got.iter().all(|g| (g.1 - 10_000.0).abs() > 1.0), "{got:?}");
    let got = read("Guangdong owns eight 1-trillion-yuan industrial clusters.");
    assert!(got.iter().all(|g| g.1 < 1e9), "{got:?}");
}

#[test]
fn a_span_from_the_end_of_a_month_covers_the_months_it_touches() {
    let d = briefing(
        "August 25, 2022",
        "From the end of April to July, a total of 49.4 billion yuan in social insurance \
         premiums were deferred, benefiting more than 600,000 businesses.",
    );
    assert_eq!(d.indicators.len(), 2, "{:?}", d.indicators);
    for i in &d.indicators {
        assert_eq!(i.period.as_deref(), Some("2022-04/2022-07"), "{}", i.label);
    }
    let d = briefing(
        "June 12, 2024",
        "From the beginning of March to the end of May, exports rose 5%.",
    );
    assert_eq!(d.indicators[0].period.as_deref(), Some("2024-03/2024-05"));
}

#[test]
fn the_first_half_year_of_a_year_is_that_years_half() {
    let d = briefing(
        "August 25, 2022",
        "A total of 124 billion yuan was transferred in the first half year of 2021.",
    );
    assert_eq!(d.indicators.len(), 1, "{:?}", d.indicators);
    assert_eq!(d.indicators[0].period.as_deref(), Some("2021-01/2021-06"));
    // What was done with an amount that names nothing: "Amount transferred", not "Amount".
    assert_eq!(d.indicators[0].label, "Amount transferred");
    let got = read("So far, 35 billion yuan has been allocated to the project.");
    assert_eq!(got[0].0, "Amount allocated to the project");
}

#[test]
fn a_clause_without_its_verb_names_a_thing_of_the_same_owner() {
    let got = read(
        "The income of the pension funds in 2021 was 4.4 trillion yuan, and the payment 4.1 \
         trillion yuan.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!((got[1].1 - 4.1e12).abs() < 1.0, "{got:?}");
    assert_eq!(got[1].0, "Payment of the pension funds");
}

#[test]
fn the_clause_of_a_result_names_what_moved() {
    let got = read(
        "In recent years, the government lowered social insurance premium rates seven times so \
         that the general premium rate of five social insurances declined from 41% to 33.95%.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    for g in &got {
        assert!(
            g.0.starts_with("General premium rate of five social insurances"),
            "{got:?}"
        );
    }
}

#[test]
fn a_bound_after_the_last_word_stays_in_the_label() {
    let got = read(
        "The percentage of rural compulsory education teachers with a bachelor's degree or \
         above has reached 76.01%.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].0.ends_with("bachelor's degree or above"), "{got:?}");
}

#[test]
fn things_counted_after_a_passive_do_what_it_says() {
    let got = read("Teacher training is jointly provided by 225 normal universities.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Normal universities providing teacher training");
    let got = read("The service is operated by 30 companies.");
    assert_eq!(got[0].0, "Companies operating the service");
    // No passive at all: the count keeps its noun (and nothing breaks).
    let got = read("It was by 20 provinces.");
    assert!(got.iter().all(|g| !g.0.contains("ing")), "{got:?}");
    // A verb of how much says nothing they do.
    let got = read("The target was exceeded by 12 provinces.");
    assert!(!got.iter().any(|g| g.0.contains("exceeding")), "{got:?}");
}
