//! Unit tests of `listed`: the items of lists, said "respectively" or not.

use super::respective_item;

#[test]
fn items_of_a_list_with_commas_share_what_the_first_says() {
    let s = "exports to traditional markets such as the united states, the european union, \
             and japan fell by 23.6%, 14.2%, and 14.1% respectively.";
    assert_eq!(
        respective_item(s, 0, 0).as_deref(),
        Some("exports to the united states")
    );
    assert_eq!(
        respective_item(s, 1, 0).as_deref(),
        Some("exports to the european union")
    );
    // After an opener; the items after the first are short and share "retail sales of".
    let s = "in the first half of this year, the retail sales of grain, oil, and beverages \
             grew by 9.9%, 8.2% and 3.1%, respectively.";
    assert_eq!(
        respective_item(s, 2, 0).as_deref(),
        Some("retail sales of beverages")
    );
    // Four items for two figures: which goes with which is not said.
    let s = "the retail sales of grain, oil, food, and beverage grew by 9.9% and 8.2%, \
             respectively.";
    assert_eq!(respective_item(s, 1, 0), None);
    // A list joined by "and" alone: a lone modifier shares the last noun.
    let s = "one-year and five-year-plus loan prime rates have decreased by 0.1 percentage \
             point and 0.35 percentage point, respectively.";
    assert_eq!(
        respective_item(s, 0, 0).as_deref(),
        Some("one-year loan prime rates")
    );
    let s = "through the end of august, the number of workplace accidents in mines and the \
             death toll from those accidents decreased by 25.6% and 31.99%, respectively.";
    assert_eq!(
        respective_item(s, 1, 0).as_deref(),
        Some("death toll from those accidents")
    );
    // The last "and" of a list with commas may be inside its last item; a figure said
    // with a minus is a figure of the list.
    let s = "in 2023, china's final consumption expenditure, gross capital formation, and net \
             exports of goods and services drove the economic growth by 4.3 percentage \
             points, 1.5 percentage points, and -0.6 percentage point, respectively.";
    assert_eq!(
        respective_item(s, 2, 0).as_deref(),
        Some("net exports of goods and services")
    );
    // A second "respectively" goes over the list again; a third figure group does not.
    let s = "final consumption, gross capital formation, and net exports drove growth by \
             4.3, 1.5 and -0.6 points, respectively, and contributed 82.5%, 28.9%, and \
             -11.4% to it, respectively.";
    assert_eq!(
        respective_item(s, 4, 0).as_deref(),
        Some("gross capital formation")
    );
    assert_eq!(respective_item(s, 6, 0), None);
    assert_eq!(respective_item("gdp grew by 5%.", 0, 0), None);
    // Without "respectively": each group of figures goes over a list of three.
    let s = "in the third quarter, household spending, business investment, and net \
             exports of services drove growth by 3.1 percentage points, 0.9 percentage \
             point, and -0.4 percentage point and made up 71%, 20.5%, and -9.2% of it.";
    assert_eq!(
        respective_item(s, 1, 0).as_deref(),
        Some("business investment")
    );
    assert_eq!(
        respective_item(s, 5, 0).as_deref(),
        Some("net exports of services")
    );
    // Two groups of other sizes: no pairing.
    let s = "wheat, rice, and corn output rose 2%, reaching 310 million tonnes.";
    assert_eq!(respective_item(s, 0, 0), None);
}
