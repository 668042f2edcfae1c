//! Charts on odd data that a dataset may hold and still validate: zero, negative values where a
//! log axis would go, huge counts, tiny shares, one-character labels (empty ones do not validate), every unit. Every page model, its
//! alt text and the tooltips are built without a panic, and every mark is drawn somewhere.

mod support;

use briefboard::app::{Loaded, Page};
use briefboard::charts;
use briefboard::dataset::{Dataset, Indicator, Kind, Mention, Qualifier, Unit};
use briefboard::filter::Selection;

fn odd(id: &str, theme: &str, value: f64, unit: Unit, kind: Kind, label: &str) -> Indicator {
    Indicator {
        id: id.to_owned(),
        measure: id.to_owned(),
        label: label.to_owned(),
        measure_label: None,
        theme: theme.to_owned(),
        value,
        unit,
        qualifier: Qualifier::Exact,
        kind,
        period: Some("2023".to_owned()),
        mentions: vec![Mention {
            speaker: "jin-zhuanglong".to_owned(),
            quote: "x".to_owned(),
            start: 0,
            end: 1,
        }],
        briefing: None,
        extracted: None,
        edited: false,
    }
}

fn odd_dataset() -> Dataset {
    let mut d = Dataset::embedded();
    let units = [
        Unit::Count,
        Unit::Percent,
        Unit::PercentagePoint,
        Unit::Yuan,
        Unit::UsDollar,
        Unit::Kilowatt,
        Unit::Rank,
        Unit::Times,
        Unit::Hectare,
    ];
    let values = [0.0, -5.0, 1e300, 1e-300, -1e300, 3.0];
    let mut n = 0;
    for theme in ["ict", "industry", "green"] {
        for unit in units {
            for value in values {
                for kind in [Kind::Level, Kind::Change, Kind::Share, Kind::Target] {
                    n += 1;
                    let label = if n % 7 == 0 { "—" } else { "Odd figure" };
                    d.indicators
                        .push(odd(&format!("odd-{n}"), theme, value, unit, kind, label));
                }
            }
        }
    }
    // The seed's headline figure itself at zero, and a named page's share negative.
    for i in &mut d.indicators {
        match i.id.as_str() {
            "5g-base-stations" => i.value = 0.0,
            "specialized-sophisticated-smes" => i.value = -1.0,
            _ => {}
        }
    }
    d
}

#[test]
fn odd_values_give_every_page_without_a_panic() {
    let d = odd_dataset();
    assert!(
        d.validate(None).is_empty(),
        "{:?}",
        d.validate(None).first()
    );
    let all = Selection::all(&d);
    let mut drawn = std::collections::HashSet::new();
    for info in charts::pages(&d) {
        let model = charts::page_model(&info.id, &d, &all).expect("a listed page has a model");
        let _ = briefboard::export::alt_text(&model);
        for mark in model.marks() {
            assert!(!mark.tooltip_lines().is_empty());
            drawn.insert(mark.indicator_id.clone());
        }
    }
    for i in &d.indicators {
        assert!(drawn.contains(&i.id), "{} is on no page", i.id);
    }
}

#[test]
fn the_app_draws_every_page_of_odd_data() {
    let data = Loaded::without_source(odd_dataset(), "no transcript".to_owned(), "odd.json");
    let mut harness = support::harness(Some(data));
    for (page, _) in harness.state().pages() {
        harness
            .state_mut()
            .push(briefboard::app::Command::ShowPage(page.clone()));
        harness.run();
        assert_eq!(harness.state().state.page, page);
    }
    assert!(harness.state().pages().len() > 3);
    assert_ne!(harness.state().state.page, Page::Table);
}

/// Issue #23: odd values exported as slides lose no figure either: every figure of every page
/// is drawn inside some slide of its page.
#[test]
fn odd_values_export_as_slides_with_every_figure_inside_one() {
    let d = odd_dataset();
    let all = Selection::all(&d);
    let captions = briefboard::export::Captions {
        source_line: true,
        ..Default::default()
    };
    let size = briefboard::export::png::PngSize::default();
    for info in charts::pages(&d) {
        let model = charts::page_model(&info.id, &d, &all).expect("a listed page has a model");
        let page = briefboard::export::ExportPage::new(
            model.clone(),
            &d,
            briefboard::theme::ThemeChoice::Light,
            &captions,
        );
        let mut inside = std::collections::HashSet::new();
        for slide in page.slides(&d, size) {
            let drawn = slide.drawn(size);
            inside.extend(drawn.visible().into_iter().map(str::to_owned));
        }
        for id in model.indicator_ids() {
            assert!(inside.contains(id), "{}: {id} is on no slide", info.id);
        }
    }
}
