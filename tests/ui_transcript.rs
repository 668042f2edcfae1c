//! The transcript page reads like a transcript (issue 12): each turn headed by its speaker,
//! officials with their Chinese name and role, askers marked as asking; and a search box finds
//! text in it. From the seed: Jin Zhuanglong (金壮龙) is the minister of industry and
//! information technology; "gigabit" occurs six times ("10 megabits to 100 megabits, and now
//! to 1 gigabit", "Gigabit users", "gigabit connectivity in all cities" …).

mod support;

use briefboard::app::{Command, Page};
use egui::accesskit::Role;
use egui_kittest::kittest::{Queryable, by};

#[test]
fn turns_have_headings_and_search_finds_text() {
    let mut harness = support::harness(None);
    harness
        .state_mut()
        .push(Command::ShowPage(Page::Transcript));
    harness.run();
    assert!(
        harness
            .query_by_label_contains(
                "Jin Zhuanglong 金壮龙 · minister of industry and information technology"
            )
            .is_some(),
        "the minister's turn has his heading"
    );
    let field = || {
        by().role(Role::TextInput)
            .predicate(|n| n.placeholder().is_some_and(|p| p == "Find in transcript"))
    };
    harness.get(field()).focus();
    harness.run();
    harness.get(field()).type_text("GIGABIT");
    harness.run();
    assert!(
        harness.query_by_label("1 of 6").is_some(),
        "six matches, ignoring case"
    );
    harness.get_by_label("Next").click();
    harness.run();
    assert!(harness.query_by_label("2 of 6").is_some());
    harness.get_by_label("Previous").click();
    harness.run();
    harness.get_by_label("Previous").click();
    harness.run();
    assert!(
        harness.query_by_label("6 of 6").is_some(),
        "Previous wraps round"
    );
}
