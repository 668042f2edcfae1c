//! Marks as a room reads them (issue 12): hedges that a sign would misstate are in words.

use briefboard::charts;
use briefboard::dataset::Dataset;
use briefboard::filter::Selection;

/// "Nearly 20 million" domain names and energy per 5G site "decreased by more
/// than 20%" (both Zhao Zhiguo): marks say these in words, since "< 20 million" reads as "under"
/// and a sign before a fall reads wrong; "over 60 %" keeps its compact ">".
#[test]
fn marks_say_nearly_and_hedged_falls_in_words() {
    let dataset = Dataset::embedded();
    let selection = Selection::all(&dataset);
    let display = |page: &str, id: &str| -> String {
        charts::page_model(page, &dataset, &selection)
            .and_then(|m| {
                m.marks()
                    .find(|k| k.indicator_id == id)
                    .map(|k| k.display.clone())
            })
            .unwrap_or_default()
    };
    assert_eq!(
        display(
            "internet-and-computing",
            "national-top-level-domain-name-registrations"
        ),
        "nearly 20 million"
    );
    assert_eq!(
        display(
            "green-development",
            "energy-consumption-per-5g-base-station-site"
        ),
        "a fall of over 20 %"
    );
    assert_eq!(
        display("5g-base-stations", "5g-base-stations-global-share"),
        "> 60 %"
    );
}
