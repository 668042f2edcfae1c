//! The app and web pages (issue 22): File → Open web address… (Ctrl+L) against the loopback
//! site of `tests/web` (progress, then one briefing of three pages), Cancel on a server that
//! never answers (nothing open is lost), and Edit → Paste briefing joining a further page to
//! the open page 1.

mod support;
mod web;

use std::path::{Path, PathBuf};

use briefboard::app::Command;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{Queryable, by};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/web")
        .join(name)
}

const TITLE: &str = "SCIO press conference on national economic performance in H1 2023";

#[test]
fn open_web_address_fetches_every_page_into_one_briefing() {
    let site = web::start();
    let address = format!("{site}/2023-07/17/content_93644625.htm");
    let mut harness = support::harness(None);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::L);
    harness.run();
    harness.get_by_label("Open web address");
    let field =
        || by().predicate(|n| n.role() == egui::accesskit::Role::TextInput && n.is_focused());
    harness.get(field()).type_text(&address);
    harness.run_steps(1);
    harness.key_press(Key::Enter);
    harness.step();
    support::wait_idle(&mut harness);
    assert_eq!(harness.state().error(), None);
    let parts = harness.state().data().parts();
    assert_eq!(parts.len(), 2, "the embedded briefing and the one fetched");
    let fetched = parts
        .iter()
        .find(|p| p.dataset.source.title == TITLE)
        .expect("the fetched briefing");
    assert_eq!(fetched.dataset.source.date, "2023-07-17");
    assert_eq!(fetched.dataset.source.pages.len(), 3);
    assert!(
        fetched.dataset.source.pages[2]
            .url
            .ends_with("content_93644625_3.htm")
    );
    assert!(harness.query_by_label("Open web address").is_none());
}

#[test]
fn cancel_leaves_what_is_open() {
    let site = web::start();
    let address = format!("{site}/silent/content_1.htm");
    let mut harness = support::harness(None);
    harness
        .state_mut()
        .push(Command::OpenAddress(address.clone()));
    harness.run_steps(3);
    assert!(
        harness
            .query_all_by_label(&format!("Opening {address}"))
            .count()
            >= 1
    );
    harness.get_by_label("Fetching the page…");
    harness.get_by_label("Cancel").click();
    harness.run_steps(3);
    assert!(harness.query_by_label("Fetching the page…").is_none());
    harness.get_by_label_contains(&format!("Opening {address} was cancelled."));
    assert_eq!(harness.state().data().parts().len(), 1);
}

#[test]
fn a_pasted_page_joins_the_open_briefing_it_continues() {
    let mut harness = support::harness(None);
    support::drop_file(&mut harness, &fixture("content_93644625.htm"));
    assert_eq!(harness.state().data().parts().len(), 2);
    let page2 = std::fs::read_to_string(fixture("content_93644625_2.htm")).expect("fixture");
    harness.state_mut().push(Command::PasteText(page2));
    harness.step();
    support::wait_idle(&mut harness);
    let parts = harness.state().data().parts();
    assert_eq!(parts.len(), 2, "the pasted page joined page 1");
    let joined = parts
        .iter()
        .find(|p| p.dataset.source.title == TITLE)
        .expect("the joined briefing");
    assert_eq!(joined.dataset.source.pages.len(), 2);
    assert_eq!(joined.dataset.source.pages[1].url, "pasted text");
    // No notice of page numbers: pasted text has none.
    assert!(joined.notices.is_empty(), "{:?}", joined.notices);
    // The unemployment rate of 5.2 percent is said on page 2.
    assert!(
        joined
            .dataset
            .indicators
            .iter()
            .any(|i| (i.value - 5.2).abs() < 1e-9)
    );
}

#[test]
fn seven_saved_pages_opened_at_once_are_one_briefing() {
    let mut harness = support::harness(None);
    // The folder of the seven pages, as a drop (or File → Open with all seven selected).
    support::drop_file(&mut harness, &fixture("seven"));
    assert_eq!(harness.state().error(), None);
    let parts = harness.state().data().parts();
    assert_eq!(
        parts.len(),
        2,
        "the embedded briefing and the seven pages as one"
    );
    let seven = parts
        .iter()
        .find(|p| p.dataset.source.pages.len() == 7)
        .expect("one briefing of seven pages");
    // Dated by its first page (18 October), not by the pages' posting date (20 October).
    assert_eq!(seven.dataset.source.date, "2023-10-18");
    assert_eq!(
        seven.dataset.source.title,
        "SCIO press conference on the national economy in the first three quarters of 2023"
    );
    // A figure of the first page and one of the last: GDP of 91.3 trillion yuan, and grain
    // of 146.13 million tonnes.
    let values: Vec<f64> = seven.dataset.indicators.iter().map(|i| i.value).collect();
    assert!(
        values.iter().any(|v| (v - 91.3e12).abs() < 1e6),
        "{values:?}"
    );
    assert!(
        values.iter().any(|v| (v - 146.13e6).abs() < 1.0),
        "{values:?}"
    );
    assert!(
        harness
            .query_all_by_label_contains("18 October 2023")
            .count()
            >= 1
    );
}
