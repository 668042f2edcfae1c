//! A small dataset typed in from the seed transcript for the chart-model tests, and the
//! checks those tests share.

use std::collections::BTreeSet;

use briefboard::charts::{self, PageModel};
use briefboard::dataset::{
    Dataset, Indicator, Kind, Mention, Qualifier, Source, Speaker, SpeakerKind, Theme, Unit,
};
use briefboard::filter::Selection;

pub fn speaker(id: &str, name: &str) -> Speaker {
    Speaker {
        id: id.to_owned(),
        name: name.to_owned(),
        name_zh: None,
        role: "official".to_owned(),
        kind: SpeakerKind::Official,
    }
}

#[expect(clippy::too_many_arguments, reason = "one row of a hand-written table")]
pub fn ind(
    id: &str,
    theme: &str,
    value: f64,
    unit: Unit,
    qualifier: Qualifier,
    kind: Kind,
    period: Option<&str>,
    speakers: &[&str],
) -> Indicator {
    Indicator {
        id: id.to_owned(),
        measure: id.to_owned(),
        label: id.replace('-', " "),
        measure_label: None,
        theme: theme.to_owned(),
        value,
        unit,
        qualifier,
        kind,
        period: period.map(str::to_owned),
        mentions: speakers
            .iter()
            .map(|s| Mention {
                speaker: (*s).to_owned(),
                quote: String::new(),
                start: 0,
                end: 0,
            })
            .collect(),
        briefing: None,
        extracted: None,
        edited: false,
    }
}

/// The figures of the named pages and a few others, typed in from the transcript.
#[rustfmt::skip]
pub fn rows() -> Vec<Indicator> {
    use Kind::{Change, Level, Share, Target};
    use Qualifier::{About, Exact, Over};
    use Unit::{Count, Gram, Percent, Yuan};
    const JIN: &str = "jin-zhuanglong";
    const XIN: &str = "xin-guobin";
    const ZHAO: &str = "zhao-zhiguo";
    vec![
        ind("5g-base-stations", "ict", 3_837_000.0, Count, Exact, Level, None, &[JIN, ZHAO]),
        ind("5g-base-stations-global-share", "ict", 60.0, Percent, Over, Share, None, &[JIN]),
        ind("5g-user-penetration", "ict", 60.0, Percent, Over, Share, None, &[ZHAO]),
        ind("villages-with-5g", "ict", 90.0, Percent, Over, Share, None, &[ZHAO]),
        ind("5g-industry-categories", "ict", 74.0, Count, Exact, Level, None, &[ZHAO]),
        ind("5g-private-networks", "ict", 30_000.0, Count, Exact, Level, None, &[ZHAO]),
        ind("5g-factories", "ict", 300.0, Count, Exact, Level, None, &[ZHAO]),
        ind("5g-industrial-internet-projects", "ict", 13_000.0, Count, Over, Level, None, &[ZHAO]),
        ind("industrial-value-added", "industry", 39.9e12, Yuan, Exact, Level, Some("2023"), &[JIN]),
        ind("industry-share-of-gdp", "industry", 31.7, Percent, Exact, Share, Some("2023"), &[JIN, JIN]),
        ind("manufacturing-share-of-gdp", "industry", 26.2, Percent, Exact, Share, Some("2023"), &[JIN]),
        ind("manufacturing-global-share", "industry", 30.0, Percent, About, Share, None, &[JIN]),
        ind("digital-rd-tools-penetration", "digital", 80.1, Percent, Exact, Share, None, &[JIN]),
        ind("smart-manufacturing-demonstration-factories", "digital", 421.0, Count, Exact, Level, None, &[JIN, XIN]),
        ind("digital-transformation-coverage-2027", "digital", 100.0, Percent, Exact, Target, Some("2027"), &[XIN]),
        ind("digital-industrial-parks-target", "digital", 200.0, Count, About, Target, Some("2027"), &[XIN]),
        ind("digital-transformation-all-enterprises-2030", "digital", 100.0, Percent, Exact, Target, Some("2030"), &[XIN]),
        ind("specialized-sophisticated-smes", "smes", 140_000.0, Count, Over, Level, None, &[JIN, JIN]),
        ind("little-giants", "smes", 12_000.0, Count, Exact, Level, None, &[JIN, JIN]),
        ind("single-product-champions", "smes", 1557.0, Count, Exact, Level, None, &[JIN]),
        ind("industrial-enterprises-above-designated-size", "industry", 501_000.0, Count, Over, Level, None, &[JIN]),
        ind("high-tech-enterprises", "innovation", 463_000.0, Count, Exact, Level, None, &[JIN]),
        ind("green-data-centers", "green", 196.0, Count, Exact, Level, Some("2023"), &[ZHAO]),
        ind("energy-per-unit-value-added", "green", -6.8, Percent, Exact, Change, Some("2021/2022"), &[JIN, ZHAO]),
        ind("lunar-samples", "innovation", 1935.3, Gram, Exact, Level, None, &[JIN]),
    ]
}

/// A small dataset holding [`rows`], three officials and the seven themes.
pub fn small() -> Dataset {
    Dataset {
        schema_version: briefboard::dataset::SCHEMA_VERSION,
        source: Source {
            title: "SCIO briefing".to_owned(),
            date: "2024-07-05".to_owned(),
            publisher: "State Council Information Office".to_owned(),
            file: "000_6ed6731605744708.txt".to_owned(),
            sha256: String::new(),
            pages: Vec::new(),
        },
        speakers: vec![
            speaker("jin-zhuanglong", "Jin Zhuanglong"),
            speaker("xin-guobin", "Xin Guobin"),
            speaker("zhao-zhiguo", "Zhao Zhiguo"),
        ],
        themes: [
            "ict",
            "industry",
            "digital",
            "smes",
            "green",
            "innovation",
            "reform",
        ]
        .iter()
        .map(|id| Theme {
            id: (*id).to_owned(),
            label: (*id).to_owned(),
        })
        .collect(),
        indicators: rows(),
        briefings: Vec::new(),
    }
}

pub fn model(dataset: &Dataset, id: &str) -> PageModel {
    charts::page_model(id, dataset, &Selection::all(dataset))
        .unwrap_or_else(|| panic!("page {id} exists"))
}

/// Every indicator of a dataset is on at least one page.
pub fn assert_every_indicator_shown(d: &Dataset) {
    let mut shown = BTreeSet::new();
    for info in charts::pages(d) {
        for id in model(d, &info.id).indicator_ids() {
            shown.insert(id.to_owned());
        }
    }
    let missing: Vec<&str> = d
        .indicators
        .iter()
        .map(|i| i.id.as_str())
        .filter(|id| !shown.contains(*id))
        .collect();
    assert!(missing.is_empty(), "not on any page: {missing:?}");
}
