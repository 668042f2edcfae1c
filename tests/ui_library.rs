//! The real app with several briefings open (issue 13): the embedded briefing and two made-up
//! MIIT briefings of 19 January 2023 (6 figures) and 20 January 2026 (5 figures), read by a
//! person from `tests/data/across/`; with the seed's 86, 97 figures in all.

mod support;

use std::path::{Path, PathBuf};

use briefboard::app::{App, Page, Persisted, StartOptions};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

fn across(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/across")
        .join(name)
}

/// The app started from a remembered state, as after a restart.
fn restart(state: Persisted) -> Harness<'static, App> {
    let options = StartOptions {
        state: Some(state),
        ..StartOptions::default()
    };
    support::started(options)
}

fn open_three() -> Harness<'static, App> {
    let mut harness = support::harness(None);
    support::drop_file(&mut harness, &across("miit-2023-01-19.txt"));
    support::drop_file(&mut harness, &across("miit-2026-01-20.txt"));
    harness
}

#[test]
fn three_briefings_open_and_the_filter_and_pages_follow() {
    let mut harness = open_three();
    assert_eq!(harness.state().error(), None);
    assert_eq!(harness.state().data().parts().len(), 3);
    harness.get_by_label("97 of 97 figures shown");
    let pages: Vec<Page> = harness
        .state()
        .pages()
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    assert!(pages.contains(&Page::Chart("across-briefings".to_owned())));
    // Filter by the briefing of 2023: its six figures, and the 5G page shows its count.
    harness
        .get_by_label_contains("19 January 2023 · the development of industry")
        .click();
    harness.run();
    harness.get_by_label("6 of 97 figures shown");
    // The counts beside the speakers are those of that briefing: Xin Guobin spoke on 5 July
    // 2024 only.
    assert_eq!(harness.state().derived().speaker_count("xin-guobin"), 0);
    assert_eq!(harness.state().derived().speaker_count("zhao-zhiguo"), 2);
    harness
        .state_mut()
        .push(briefboard::app::Command::ShowPage(Page::Chart(
            "5g-base-stations".to_owned(),
        )));
    harness.run();
    assert!(harness.query_by_label("2.31 million").is_some());
    assert!(harness.query_by_label("3.837 million").is_none());
    // The table has a Briefing column.
    harness.get_by_label("Table").click();
    harness.run();
    harness.get_by_label("Briefing");
    assert_eq!(harness.state().table_rows().len(), 6);
}

#[test]
fn the_across_page_opens_the_quote_of_a_point() {
    let mut harness = open_three();
    harness.get_by_label("Across briefings").click();
    harness.run();
    harness.get_by_label("5G base stations built");
    let point = harness.state().page_model().and_then(|m| {
        m.charts
            .iter()
            .find(|c| c.title == "5G base stations built")
            .map(|c| c.marks[0].indicator_id.clone())
    });
    let point = point.expect("the 5G series");
    harness
        .state_mut()
        .push(briefboard::app::Command::Select(Some(point)));
    harness.run();
    harness.get_by_label_contains("We have built a total of 2.31 million 5G base stations");
}

#[test]
fn the_open_briefings_come_back_after_a_restart_and_a_closed_one_stays_closed() {
    let mut harness = open_three();
    let state = harness.state().state.clone();
    assert_eq!(state.briefings.len(), 3);
    let mut again = restart(state);
    assert_eq!(again.state().data().parts().len(), 3);
    again.get_by_label("97 of 97 figures shown");
    // Close the briefing of 2026 (its "Close" button is the third, oldest first).
    let close: Vec<_> = again.get_all_by_label("Close").collect();
    assert_eq!(close.len(), 3);
    close[2].click();
    again.run();
    again.get_by_label("92 of 92 figures shown");
    let names = again.state().data().names();
    assert!(
        !names.iter().any(|n| n.ends_with("miit-2026-01-20.txt")),
        "{names:?}"
    );
    let third = restart(again.state().state.clone());
    assert_eq!(third.state().data().parts().len(), 2);
    third.get_by_label("92 of 92 figures shown");
    harness.run();
}

#[test]
fn a_file_that_has_gone_is_named_and_the_others_open() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let gone = dir.path().join("gone.txt");
    let state = Persisted {
        briefings: vec![
            "<embedded>".to_owned(),
            gone.display().to_string(),
            across("miit-2023-01-19.txt").display().to_string(),
        ],
        ..Persisted::default()
    };
    let harness = restart(state);
    let error = harness.state().error().expect("a notice").to_owned();
    assert!(
        error.contains("gone.txt") && error.contains("others are open"),
        "{error}"
    );
    assert_eq!(harness.state().data().parts().len(), 2);
    harness.get_by_label("92 of 92 figures shown");
    // Not tried again at the next start.
    let remembered = &harness.state().state.briefings;
    assert!(
        !remembered.iter().any(|n| n.ends_with("gone.txt")),
        "{remembered:?}"
    );
}

/// A start where nothing named could be opened — every remembered file gone, or a first run
/// whose only file is mistyped — opens the embedded briefing instead of leaving the app, and
/// every later start, with nothing open.
#[test]
fn a_start_that_opens_nothing_named_opens_the_embedded_briefing() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let gone = dir.path().join("gone.txt");
    let remembered = Persisted {
        briefings: vec![gone.display().to_string()],
        ..Persisted::default()
    };
    let mistyped = StartOptions {
        files: vec![dir.path().join("mistyped.txt")],
        ..StartOptions::default()
    };
    for (harness, name) in [
        (restart(remembered), "gone.txt"),
        (support::started(mistyped), "mistyped.txt"),
    ] {
        let error = harness.state().error().expect("a notice").to_owned();
        assert!(
            error.contains(name) && error.contains("embedded briefing is open instead"),
            "{error}"
        );
        harness.get_by_label("86 of 86 figures shown");
        assert_eq!(harness.state().state.briefings, ["<embedded>"]);
    }
}

#[test]
fn a_folder_opens_every_briefing_in_it() {
    let mut harness = support::harness(None);
    support::drop_file(&mut harness, Path::new(&across("")));
    assert_eq!(harness.state().error(), None);
    assert_eq!(harness.state().data().parts().len(), 3);
}

#[test]
fn a_remembered_filter_on_a_briefing_that_has_gone_is_dropped() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let gone = dir.path().join("gone.txt");
    let mut state = Persisted {
        briefings: vec!["<embedded>".to_owned(), gone.display().to_string()],
        ..Persisted::default()
    };
    // The SHA-256 of the transcript that has gone: no box is left to untick it.
    state.filter.briefings.insert("ab".repeat(32));
    let harness = restart(state);
    assert!(
        harness
            .state()
            .error()
            .is_some_and(|e| e.contains("gone.txt"))
    );
    assert!(harness.state().state.filter.briefings.is_empty());
    harness.get_by_label("86 of 86 figures shown");
}

#[test]
fn briefings_are_listed_oldest_first_and_undated_ones_last() {
    let mut harness = open_three();
    let excerpt = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/briefings/05.txt");
    support::drop_file(&mut harness, &excerpt);
    let dates: Vec<String> = harness
        .query_all_by_role(egui::accesskit::Role::CheckBox)
        .filter_map(|n| n.accesskit_node().label())
        .filter_map(|l| l.split(" · ").next().map(str::to_owned))
        .filter(|d| d.ends_with(|c: char| c.is_ascii_digit()) || d == "date unknown")
        .collect();
    assert_eq!(
        dates,
        [
            "19 January 2023",
            "5 July 2024",
            "20 January 2026",
            "date unknown"
        ]
    );
}

#[test]
fn a_briefing_opened_while_the_briefings_filter_is_on_is_shown_with_the_ticked_ones() {
    let mut harness = open_three();
    harness
        .get_by_label_contains("19 January 2023 · the development of industry")
        .click();
    harness.run();
    harness.get_by_label("6 of 97 figures shown");
    // The National Health Commission's excerpt of the shared set: 5 figures a person counted.
    let excerpt = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/briefings/05.txt");
    support::drop_file(&mut harness, &excerpt);
    assert_eq!(harness.state().error(), None);
    let sha_of = |end: &str| {
        harness
            .state()
            .data()
            .parts()
            .iter()
            .find(|p| p.name.ends_with(end))
            .map(|p| p.dataset.source.sha256.clone())
            .expect("the briefing is open")
    };
    let (opened, left_out) = (sha_of("05.txt"), sha_of("miit-2026-01-20.txt"));
    let filter = &harness.state().state.filter.briefings;
    assert!(filter.contains(&opened), "{filter:?}");
    assert!(!filter.contains(&left_out), "{filter:?}");
    let shown = harness.state().derived().selection().indicators.len();
    assert!(
        shown > 6,
        "the new briefing's figures are shown too: {shown}"
    );
}

#[test]
fn every_file_that_could_not_be_opened_is_named_with_its_reason() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let gone: Vec<String> = ["a.txt", "b.txt", "c.txt"]
        .iter()
        .map(|n| dir.path().join(n).display().to_string())
        .collect();
    let mut briefings = vec!["<embedded>".to_owned()];
    briefings.extend(gone.iter().cloned());
    let harness = restart(Persisted {
        briefings,
        ..Persisted::default()
    });
    let error = harness.state().error().expect("a notice").to_owned();
    assert!(error.contains("and 1 more"), "{error}");
    // The message names two; the pointer on it shows all three, each with its reason.
    let details = harness.state().error_details();
    assert_eq!(details.len(), 3, "{details:?}");
    for (line, path) in details.iter().zip(&gone) {
        assert!(
            line.contains(path.as_str()) && line.contains("not found"),
            "{line}"
        );
    }
}

#[test]
fn a_file_named_on_a_first_run_opens_without_the_embedded_briefing() {
    // No remembered state (a first run): `briefboard miit-2023-01-19.txt` shows that briefing
    // only, its 6 figures.
    let options = StartOptions {
        files: vec![across("miit-2023-01-19.txt")],
        ..StartOptions::default()
    };
    let harness = support::started(options);
    assert_eq!(harness.state().data().parts().len(), 1);
    harness.get_by_label("6 of 6 figures shown");
    assert_eq!(
        harness.state().state.briefings.len(),
        1,
        "{:?}",
        harness.state().state.briefings
    );
    // A run after it keeps what is open: a file named then opens beside it.
    let state = harness.state().state.clone();
    let options = StartOptions {
        files: vec![across("miit-2026-01-20.txt")],
        state: Some(state),
        ..StartOptions::default()
    };
    let again = support::started(options);
    assert_eq!(again.state().data().parts().len(), 2);
    again.get_by_label("11 of 11 figures shown");
}

/// An official who gave no figure is not listed under Speakers (nothing to filter by); one who
/// did stays listed, also at 0 while the Briefings filter hides their briefing.
#[test]
fn an_official_who_gave_no_figure_is_not_listed() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("two-officials.txt");
    std::fs::write(
        &path,
        "SCIO briefing on test matters\nBeijing | 10 a.m. July 15, 2024\n\nSpeakers\n\n\
         Li Ming, minister of tests\n\nZhang Hua, vice minister of tests\n\nLi Ming:\n\n\
         Exports grew by 5.1% in the first half of this year.\n\nZhang Hua:\n\n\
         We will keep working hard on this. Thank you.\n",
    )
    .expect("written");
    let mut harness = support::harness(None);
    support::drop_file(&mut harness, &path);
    assert_eq!(harness.state().error(), None);
    harness.get_by_label("Li Ming");
    assert!(harness.query_by_label("Zhang Hua").is_none());
    // The embedded briefing's officials stay listed while only the new briefing is ticked.
    harness
        .query_all_by_role(egui::accesskit::Role::CheckBox)
        .find(|n| {
            n.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with("15 July 2024 · "))
        })
        .expect("the new briefing's box")
        .click();
    harness.run();
    assert_eq!(harness.state().derived().speaker_count("xin-guobin"), 0);
    harness.get_by_label("Xin Guobin");
}
