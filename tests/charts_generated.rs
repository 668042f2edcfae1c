//! Generated pages without a window: every figure the named pages do not show lands on a
//! theme's page, a lone figure is folded into the page with most figures like it, and figures
//! of other units get bars of their own. Expected values are read from the transcript.

mod support;

use briefboard::charts::{self, ChartKind};
use briefboard::dataset::{Dataset, Kind, Qualifier, Unit};
use support::charts::{assert_every_indicator_shown, ind, model, small};

#[test]
fn other_figures_land_on_generated_pages() {
    let d = small();
    let green = model(&d, "green-development");
    let shown: Vec<&str> = green.marks().map(|m| m.display.as_str()).collect();
    assert!(shown.contains(&"\u{2212}6.8 %"), "{shown:?}");
    assert!(shown.contains(&"196"), "{shown:?}");
    // The lunar samples are the small dataset's only innovation figure off the named pages:
    // a lone figure, folded into the one other generated page (issue #12).
    assert!(
        green.marks().any(|m| m.display == "1,935.3 grams"),
        "{shown:?}"
    );
}

#[test]
fn every_indicator_appears_on_some_page() {
    assert_every_indicator_shown(&small());
    assert_every_indicator_shown(&Dataset::embedded());
}

#[test]
fn a_lone_figure_is_folded_into_the_page_with_most_figures_like_it() {
    // The seed's only reform figure: Xin Guobin's 2,037 foreign-invested enterprises in
    // telecommunications. A page of one card says nothing; it joins the page that has most
    // counts (the innovation page's 30 innovation centres, 23 demonstration zones, 178 high-tech
    // zones, 6 C919s, 139 and 3 ARJ21s) and keeps its theme.
    let d = Dataset::embedded();
    let ids: Vec<String> = charts::pages(&d).into_iter().map(|p| p.id).collect();
    assert!(!ids.contains(&"reform-opening-up".to_owned()), "{ids:?}");
    let host = model(&d, "innovation-zones");
    let counts = host.charts.iter().find(|c| c.title == "Counts");
    let counts: Vec<(&str, &str)> = counts
        .map(|c| {
            c.marks
                .iter()
                .map(|m| (m.display.as_str(), m.theme.as_str()))
                .collect()
        })
        .unwrap_or_default();
    assert!(counts.contains(&("2,037", "reform")), "{counts:?}");
    assert!(counts.contains(&("178", "innovation")), "{counts:?}");
    assert!(
        host.subtitle.contains("reform and opening-up"),
        "{}",
        host.subtitle
    );

    // In a made-up dataset, a lone share goes to the page with a share (green: 196 data
    // centres, -6.8 % energy, 12 % share), not to the bigger page of counts (innovation:
    // lunar samples and three counts); pages of two figures or more keep their own.
    let mut d = small();
    let row = |id: &str, theme: &str, value: f64, unit: Unit, kind: Kind| {
        ind(
            id,
            theme,
            value,
            unit,
            Qualifier::Exact,
            kind,
            None,
            &["jin-zhuanglong"],
        )
    };
    d.indicators.push(row(
        "reform-share",
        "reform",
        45.0,
        Unit::Percent,
        Kind::Share,
    ));
    d.indicators.push(row(
        "green-share",
        "green",
        12.0,
        Unit::Percent,
        Kind::Share,
    ));
    for (n, value) in [7.0, 8.0, 9.0].into_iter().enumerate() {
        let id = format!("innovation-count-{n}");
        d.indicators
            .push(row(&id, "innovation", value, Unit::Count, Kind::Level));
    }
    let ids: Vec<String> = charts::pages(&d).into_iter().map(|p| p.id).collect();
    assert!(!ids.contains(&"reform-opening-up".to_owned()), "{ids:?}");
    assert!(ids.contains(&"innovation-zones".to_owned()), "{ids:?}");
    let green = model(&d, "green-development");
    let folded = green.marks().find(|m| m.indicator_id == "reform-share");
    assert_eq!(folded.map(|m| m.display.as_str()), Some("45 %"));
    assert_every_indicator_shown(&d);
}

#[test]
fn figures_of_another_unit_get_bars_of_their_own() {
    // Zhao Zhiguo: broadband "increased from 10 megabits to 100 megabits, and now to 1
    // gigabit", and China's first international line had "just a single 64 Kbps". Four speeds
    // compare on one log axis in bits per second, not four cards.
    let d = Dataset::embedded();
    let page = model(&d, "internet-and-computing");
    let speeds = page.charts.iter().find(|c| c.title == "In bits per second");
    let Some(speeds) = speeds else {
        panic!(
            "no speeds chart: {:?}",
            page.charts.iter().map(|c| &c.title).collect::<Vec<_>>()
        );
    };
    assert_eq!(speeds.kind, ChartKind::Bars);
    let shown: Vec<&str> = speeds.marks.iter().map(|m| m.display.as_str()).collect();
    assert_eq!(shown, ["10 Mbps", "100 Mbps", "1 Gbps", "64 Kbps"]);
    let axis = speeds.axis.as_ref().expect("an axis");
    assert_eq!(axis.scale, charts::Scale::Log);
    assert!(axis.ticks.iter().any(|t| axis.tick_label(*t) == "1 Gbps"));
    // A single figure of its unit stays a card: 230 EFLOPS of computing power.
    let cards = page.charts.iter().find(|c| c.kind == ChartKind::Figures);
    assert!(cards.is_some_and(|c| c.marks.iter().any(|m| m.display == "230 EFLOPS")));
}

#[test]
fn hours_get_bars_of_their_own_not_the_counts() {
    // In a made-up dataset, three innovation counts and two figures in hours (a working
    // week, a course) on one page: the hours are bars "In hours", never counts.
    let mut d = small();
    let row = |id: &str, value: f64, unit: Unit| {
        ind(
            id,
            "innovation",
            value,
            unit,
            Qualifier::Exact,
            Kind::Level,
            None,
            &["jin-zhuanglong"],
        )
    };
    for (n, value) in [7.0, 8.0, 9.0].into_iter().enumerate() {
        d.indicators
            .push(row(&format!("innovation-count-{n}"), value, Unit::Count));
    }
    d.indicators.push(row("weekly-hours", 44.5, Unit::Hour));
    d.indicators.push(row("course-hours", 120.0, Unit::Hour));
    let page = model(&d, "innovation-zones");
    let shown = |title: &str| -> Vec<String> {
        page.charts
            .iter()
            .filter(|c| c.title == title)
            .flat_map(|c| c.marks.iter().map(|m| m.display.clone()))
            .collect()
    };
    assert_eq!(shown("In hours"), ["44.5 hours", "120 hours"], "{page:?}");
    assert!(
        shown("Counts").iter().all(|m| !m.contains("hour")),
        "{:?}",
        shown("Counts")
    );
    assert_every_indicator_shown(&d);
}
