//! The extraction rules on made-up sentences in the language of briefings (rounds two and
//! three of "What each figure means"), who answers when a published page drops an asker's line: a long answer before a
//! question, a question after a page header. Each value was read from the sentence by a
//! person.

#[path = "support/briefing.rs"]
mod briefing;

use briefboard::dataset::SpeakerKind;
use briefing::briefing;

/// The kind of the speaker `id` in a dataset; panics when there is none.
fn kind_of(d: &briefboard::dataset::Dataset, id: &str) -> SpeakerKind {
    d.speakers
        .iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("no speaker {id}"))
        .kind
}

#[test]
fn a_long_answer_before_a_question_without_its_askers_line_is_still_an_answer() {
    // A published page drops the outlet's line before the next question: the official's turn
    // ends with the question, yet the official answered and the figures are theirs.
    let d = briefing(
        "Aug. 20, 2024",
        "Thank you for your interest.\n\nFirst, stable production. In the first half of the \
         year, electricity generation increased by 5.3% year on year.\n\nSecond, stable value \
         creation. Their total profit reached 1.4 trillion yuan.\n\nThird, stable \
         contributions.\n\nCould you introduce what SOEs have done in recent years? Thank you.",
    );
    assert_eq!(kind_of(&d, "li-ming"), SpeakerKind::Official);
    let got = briefing::periods(&d);
    // The first half is said once and carried to the paragraph after it.
    assert_eq!(
        got,
        [
            (5.3, Some("2024-01/2024-06")),
            (1.4e12, Some("2024-01/2024-06"))
        ]
    );
}

#[test]
fn a_question_after_a_page_header_is_not_the_answers() {
    // A short answer, then the next page's header and a question whose outlet line the page
    // left out: the official answered; the question is somebody else's.
    let text = "SCIO briefing on test matters\n\nJuly 26, 2023\n\nLi Ming:\n\n\
                Exports grew by 3.7% in the first half of the year.\n\nSCIO briefing on test \
                matters\n\nJuly 26, 2023\n\nWhat are your expectations for the \
                second half? Thank you.\n\nWang Hong:\n\nImports fell by 2.1% in the same \
                period.\n";
    let d = briefboard::extract::extract("pages.txt", text.as_bytes()).expect("extracts");
    assert_eq!(kind_of(&d, "li-ming"), SpeakerKind::Official);
    let values: Vec<f64> = d.indicators.iter().map(|i| i.value).collect();
    assert_eq!(values, [3.7, -2.1]);
}
