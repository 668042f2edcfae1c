//! My slides in the app (issue 23), as a user: add a figure to a slide from its details, two
//! rows of the table to one slide, a chart mark to the current slide; reorder, highlight,
//! duplicate and delete; the list of thumbnails. Saving, reopening and presenting are in
//! `ui_slides_file.rs`.
//!
//! The figures are the embedded MIIT briefing's (5 July 2024), as read in its transcript:
//! "3.837 million 5G base stations, accounting for over 60% of the global share" and "China
//! accounts for 42% of the world's declared standard-essential patents for 5G".

mod support;

use briefboard::app::Page;
use briefboard::charts::MarkStyle;
use egui_kittest::kittest::Queryable;
use support::slides::{show, shown_values, two_slides};

#[test]
fn add_from_details_table_and_chart_then_reorder_and_highlight() {
    let mut harness = two_slides();
    // A mark of a chart page: its menu adds the figure to the current slide (the second).
    let page = harness
        .state()
        .pages()
        .into_iter()
        .find(|(p, _)| matches!(p, Page::Chart(id) if id == "5g-base-stations"))
        .map(|(p, _)| p)
        .expect("the 5G page");
    show(&mut harness, page);
    let model = harness.state().page_model().cloned().expect("a chart page");
    // The headline figure (3.837 million 5G base stations), a mark like any other.
    let card = model.headline.clone().expect("the 5G page's headline");
    let (label, value) = (card.label.clone(), card.display.clone());
    harness.get_by_label(&label).click_secondary();
    harness.run();
    harness.get_by_label("Add to the current slide").click();
    harness.run();
    let values = shown_values(&harness, 1);
    assert_eq!(values.len(), 3, "{values:?}");
    assert_eq!(values[2], value);

    // My slides: the second slide goes first.
    harness.get_by_label("My slides (2)").click();
    harness.run();
    assert_eq!(harness.state().state.page, Page::Slides);
    harness
        .get_all_by_label("Up")
        .nth(1)
        .expect("a second Up")
        .click();
    harness.run();
    assert_eq!(shown_values(&harness, 0)[..2], ["> 60 %", "42 %"]);
    assert_eq!(shown_values(&harness, 1), ["3.837 million"]);
    assert_eq!(
        harness.state().current_slide(),
        0,
        "the moved slide stays chosen"
    );
    // Dragged by its title onto the first slide's title, the second slide goes first again.
    let from = harness
        .get_by_label("2. 5G base stations built")
        .rect()
        .center();
    let to = harness.get_by_label_contains("1. ").rect().center();
    harness.hover_at(from);
    harness.run();
    harness.drag_at(from);
    harness.run();
    for k in 1..=5u8 {
        harness.hover_at(from + (to - from) * (f32::from(k) / 5.0));
        harness.run();
    }
    harness.drop_at(to);
    harness.run();
    assert_eq!(shown_values(&harness, 0), ["3.837 million"]);
    assert_eq!(shown_values(&harness, 1)[..2], ["> 60 %", "42 %"]);
    harness
        .get_all_by_label("Up")
        .nth(1)
        .expect("a second Up")
        .click();
    harness.run();

    // Highlight the share of 5G base stations: the other figures of the slide are greyed.
    harness
        .get_all_by_label("Highlight")
        .next()
        .expect("a Highlight box")
        .click();
    harness.run();
    let slide = &harness.state().board().slides[0];
    assert!(slide.figures[0].highlight && !slide.figures[1].highlight);
    let model = harness
        .state()
        .derived()
        .current_board_slide()
        .cloned()
        .expect("the chosen slide's model");
    let styles: Vec<(String, MarkStyle)> = model
        .marks()
        .map(|m| (m.display.clone(), m.style))
        .collect();
    assert!(
        styles.contains(&("> 60 %".to_owned(), MarkStyle::Achieved)),
        "{styles:?}"
    );
    assert!(
        styles.contains(&("42 %".to_owned(), MarkStyle::Dimmed)),
        "{styles:?}"
    );

    // Duplicate, then delete the copy.
    harness
        .get_all_by_label("Duplicate")
        .next()
        .expect("Duplicate")
        .click();
    harness.run();
    assert_eq!(harness.state().board().slides.len(), 3);
    harness
        .get_all_by_label("Delete")
        .nth(1)
        .expect("Delete")
        .click();
    harness.run();
    assert_eq!(harness.state().board().slides.len(), 2);
}

#[test]
fn the_slides_are_listed_as_thumbnails_and_a_click_on_one_chooses_it() {
    let mut harness = two_slides();
    harness.get_by_label("My slides (2)").click();
    harness.run();
    let titles: Vec<String> = harness
        .state()
        .board()
        .slides
        .iter()
        .map(|s| s.title.clone())
        .collect();
    // One thumbnail per slide, named by its slide's title for screen readers.
    for title in &titles {
        harness.get_by_label(&format!("Thumbnail: {title}"));
    }
    assert_eq!(
        harness.state().current_slide(),
        1,
        "the slide made last is chosen"
    );
    harness
        .get_by_label(&format!("Thumbnail: {}", titles[0]))
        .click();
    harness.run();
    assert_eq!(harness.state().current_slide(), 0);
}
