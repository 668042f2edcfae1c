//! `egui_kittest` on the real app: captions and headlines that are true (issue #12). The
//! manufacturing page leads with manufacturing's 26.2 % of GDP, not industry's 39.9 trillion
//! yuan; the seed's one reform figure (Xin Guobin's 2,037 foreign-invested enterprises in
//! telecommunications) has no page of its own but sits on the innovation page, which says so;
//! a page whose marks start with a sign ("> 60 %", "≈ 200") says what the signs mean.

mod support;

use briefboard::app::{Command, Page};
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use support::harness;

fn tab_exists(harness: &egui_kittest::Harness<'static, briefboard::app::App>, title: &str) -> bool {
    harness
        .query_by(|n| n.label().as_deref() == Some(title) && n.role() != Role::CheckBox)
        .is_some()
}

#[test]
fn the_manufacturing_page_leads_with_manufacturing() {
    let mut harness = harness(None);
    let page = Page::Chart("manufacturing-share".to_owned());
    harness.state_mut().push(Command::ShowPage(page));
    harness.run();
    // "the added value of manufacturing accounting for 26.2% of GDP" (Jin Zhuanglong).
    assert!(harness.query_by_label("26.2 %").is_some());
    assert!(
        harness
            .query_by_label("2023 · said by Jin Zhuanglong")
            .is_some()
    );
    // "the total industrial added value reaching 39.9 trillion yuan in 2023", under its name.
    assert!(harness.query_by_label("Industry's value added").is_some());
    assert!(harness.query_by_label("39.9 trillion yuan").is_some());
}

#[test]
fn a_lone_reform_figure_sits_on_the_innovation_page() {
    let mut harness = harness(None);
    assert!(
        !tab_exists(&harness, "Reform and opening-up"),
        "no page of one card"
    );
    // The theme stays a filter.
    assert!(harness.query_by_label("Reform and opening-up").is_some());
    harness
        .get_by(|n| {
            n.label().as_deref() == Some("Innovation and high-tech zones")
                && n.role() != Role::CheckBox
        })
        .click();
    harness.run();
    let subtitle = "Further figures of the briefing: innovation and high-tech zones, with \
                    figures of reform and opening-up.";
    assert!(harness.query_by_label(subtitle).is_some());
    // The bars are painted, not widgets: the mark is read from the page the app shows.
    let model = harness.state().page_model();
    let mark = model.and_then(|m| m.marks().find(|m| m.display == "2,037"));
    assert_eq!(
        mark.map(|m| (m.label.as_str(), m.theme.as_str())),
        Some((
            "Foreign-invested enterprises in telecommunications",
            "reform"
        ))
    );
}

#[test]
fn the_signs_on_marks_are_explained_on_their_page() {
    let mut harness = harness(None);
    // The 5G page: "more than 60%" of the world's 5G base stations, "over 90%" of villages.
    assert!(harness.query_by_label("> more than").is_some());
    // The digital page adds "about 200" high-standard digital industrial parks by 2027.
    let page = Page::Chart("digital-targets".to_owned());
    harness.state_mut().push(Command::ShowPage(page));
    harness.run();
    assert!(harness.query_by_label("> more than   ≈ about").is_some());
}
