//! The extraction rules on made-up sentences in the language of briefings (sixth round of
//! "What each figure means"), labels: a short "the fund" said in full as the turn named it,
//! the part named after "of which", the measure said again with "that in", the country's own
//! figures, participles that say which things, shares of things something is done to, and
//! counts of people something was done to. Each label was read from the sentence by a person.

#[path = "support/briefing.rs"]
mod briefing;

use briefing::read;

fn labels(body: &str) -> Vec<String> {
    read(body).into_iter().map(|g| g.0).collect()
}

#[test]
fn a_short_name_is_said_as_the_turn_named_it() {
    assert_eq!(
        labels(
            "Deposits of the housing provident fund have grown steadily. The number of people \
             who pay contributions to the fund reached 164 million."
        ),
        ["People who pay contributions to the housing provident fund"]
    );
    // A name of its own refers back to nothing.
    assert_eq!(
        labels(
            "We signed a deal with the United Arab Emirates (UAE). Trade with the UAE grew 5 \
             percent."
        ),
        ["Trade with the UAE, change"]
    );
}

#[test]
fn parts_and_the_same_measure_elsewhere() {
    assert_eq!(
        labels(
            "Port cargo throughput reached 17 billion tonnes, of which foreign trade cargo \
             accounted for 5 billion tonnes."
        ),
        ["Port cargo throughput", "Foreign trade cargo"]
    );
    assert_eq!(
        labels(
            "Fixed-asset investment in the eastern region grew 4.4 percent, while that in the \
             central region fell 0.7 percent."
        ),
        [
            "Fixed-asset investment in the eastern region, change",
            "Fixed-asset investment in the central region, change"
        ]
    );
}

#[test]
fn the_countrys_own_figures_and_participles_that_say_which() {
    assert_eq!(
        labels(
            "Our country's forest coverage rate has reached 24.02 percent. The number of \
             registered enterprises in Shenzhen reached 2.4 million. The number of newly \
             registered market entities reached 32 million."
        ),
        [
            "Forest coverage rate",
            "Number of registered enterprises in Shenzhen",
            "Number of newly registered market entities"
        ]
    );
    // "the country's total" is what a share is of, and stays.
    let got = read("Private firms' trade accounted for 52.7 percent of the country's total.");
    assert!(got[0].0.ends_with("share of country's total"), "{got:?}");
}

#[test]
fn shares_of_things_something_is_done_to() {
    assert_eq!(
        labels(
            "About 95 percent of the nation's population is covered by basic medical \
             insurance. Over 80 percent of the people surveyed said they were satisfied."
        ),
        [
            "Share of population covered by basic medical insurance",
            "Share of people surveyed"
        ]
    );
}

#[test]
fn counts_say_what_was_done_to_them() {
    assert_eq!(
        labels(
            "Procuratorates prosecuted 1.4 million people. The program benefited 13 million \
             students. China is a nation with over 1.4 billion people. The total volume of \
             express deliveries exceeded 130 billion pieces."
        ),
        [
            "People prosecuted by procuratorates",
            "Students benefiting",
            "Population",
            "Volume of express deliveries"
        ]
    );
}

#[test]
fn where_things_were_done_stays_and_measures_said_after_the_amount() {
    assert_eq!(
        labels(
            "The number of patients treated in county hospitals accounted for 90 percent of \
             all patients. Vehicles sold in May rose 5 percent. The nation's high-speed railway \
             network reached 45,000 kilometers in length."
        ),
        [
            "Patients treated in county hospitals, share of all patients",
            "Vehicles sold, change",
            "High-speed railway network, length"
        ]
    );
}

#[test]
fn they_are_the_things_the_sentence_before_spoke_of() {
    assert_eq!(
        labels(
            "The pilot free trade zones have 22 members. Together, they account for 18 \
             percent of China's foreign trade."
        ),
        ["Members", "Pilot free trade zones, share of foreign trade"]
    );
    assert_eq!(
        labels("Private firms did well. They accounted for 55 percent of exports."),
        ["Private firms, share of exports"]
    );
}

#[test]
fn appositives_parts_that_did_something_and_shares_of_the_total() {
    assert_eq!(
        labels(
            "This year's harvest, at 695 million tonnes, is the highest ever. Out of the 100 \
             cities surveyed, 86 met the air quality standard. Nearly 3,000 enterprises, or 60 \
             percent of the total, took part in the fair."
        ),
        [
            "Harvest",
            "Cities surveyed",
            "Cities surveyed, met the air quality standard",
            "Enterprises",
            "Enterprises, share of the total"
        ]
    );
    // "of the total retail sales" is of the retail sales.
    assert_eq!(
        labels("Online sales accounted for 27.6 percent of the total retail sales."),
        ["Online sales, share of retail sales"]
    );
    assert_eq!(
        labels(
            "Compared to the national average, the rate for Guangdong is 2 percentage points \
             higher."
        ),
        ["Rate for Guangdong, difference from national average"]
    );
}

#[test]
fn a_measure_said_before_for_the_group_a_sentence_opens_with() {
    assert_eq!(
        labels(
            "The surveyed unemployment rate averaged 5.3 percent. For young people aged 16 to \
             24, the rate was 21.3 percent in June.\n\nExports rose 5 percent. For example, \
             the growth was 7 percent in May."
        ),
        [
            "Surveyed unemployment rate",
            "Surveyed unemployment rate for young people aged 16 to 24",
            "Exports, change",
            "Exports, change, May 2024"
        ]
    );
}

#[test]
fn verbs_of_change_end_a_subject_and_shares_of_them_done() {
    assert_eq!(
        labels(
            "The deficit narrowed by 5 billion US dollars. We handled 1.3 million complaints, \
             and 98 percent of them were resolved."
        ),
        [
            "Deficit, change",
            "Complaints",
            "Complaints, share resolved"
        ]
    );
}
