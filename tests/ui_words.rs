//! The dashboard says figures and periods as people say them: the table and the details panel
//! give the hedge in words ("nearly 20 million", "about 30 %", "a fall of about 30 %") and the
//! period in words ("January–May 2024", "2021–2022"); CSV and JSON keep the ISO forms.

mod support;

use briefboard::app::{Action, Command, Page};
use egui_kittest::kittest::Queryable;
use support::harness;

fn search(harness: &mut egui_kittest::Harness<'static, briefboard::app::App>, text: &str) {
    harness
        .state_mut()
        .push(Command::SetSearch(text.to_owned()));
    harness.run();
}

#[test]
fn the_table_says_hedges_and_periods_in_words() {
    let mut harness = harness(None);
    harness.state_mut().push(Command::ShowPage(Page::Table));
    harness.run();
    // "nearly 20 million" national top-level domain name registrations (Zhao Zhiguo).
    search(&mut harness, "domain name");
    assert!(harness.query_by_label("nearly 20 million").is_some());
    // "from January to May this year … increased by 6.2% year on year".
    search(&mut harness, "6.2%");
    assert!(
        harness
            .query_all_by_label("January–May 2024")
            .next()
            .is_some()
    );
    assert!(harness.query_by_label("2024-01/2024-05").is_none());
    // "In the first two years of the 14th Five-Year Plan" (2021 and 2022).
    search(&mut harness, "first two years");
    assert!(harness.query_by_label("2021–2022").is_some());
}

#[test]
fn the_details_panel_says_the_value_and_period_in_words() {
    let mut harness = harness(None);
    harness.state_mut().push(Command::Select(Some(
        "manufacturing-global-share".to_owned(),
    )));
    harness.run();
    // "manufacturing … accounting for about 30% of the global total" (2023).
    assert!(harness.query_by_label("about 30 %").is_some());
    harness.state_mut().push(Command::Select(Some(
        "demonstration-factories-development-cycle-change".to_owned(),
    )));
    harness.run();
    // "has been shortened by about 30%".
    assert!(harness.query_by_label("a fall of about 30 %").is_some());
}

#[test]
fn f1_lists_every_shortcut_and_the_presenter_keys() {
    let mut harness = harness(None);
    harness.key_press(egui::Key::F1);
    harness.run();
    assert!(harness.query_all_by_label("Keyboard shortcuts").count() >= 2);
    // Every action with a shortcut, from the action list itself.
    for action in Action::ALL.iter().filter(|a| a.shortcut().is_some()) {
        assert!(
            harness.query_all_by_label(action.label()).next().is_some(),
            "{} is not listed",
            action.label()
        );
    }
    // The presenter's keys.
    assert!(
        harness
            .query_by_label("Black screen (any key returns)")
            .is_some()
    );
    assert!(harness.query_by_label("Back to the dashboard").is_some());
    // The zoom works on a slide too, and says so with both of Zoom in's shortcuts.
    assert!(harness.query_by_label("Zoom in (the slide)").is_some());
    let both = |n: &egui_kittest::kittest::AccessKitNode<'_>| {
        n.value().as_deref() == Some("Ctrl+Plus  Ctrl+Equals")
    };
    // Two rows, on the dashboard and on a slide; AccessKit gives each label two nodes (the
    // label and its text run).
    let nodes = harness.query_all_by(both).count();
    assert_eq!(nodes, 4, "on the dashboard and on a slide");
}
