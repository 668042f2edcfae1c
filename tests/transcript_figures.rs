//! Ground truth for the embedded dataset: every figure of the MIIT briefing of 5 July 2024,
//! labelled by hand from the transcript (see `truth/mod.rs`), asserted against
//! `Dataset::embedded()`. Each test collects every mismatch and fails once, listing them all.

mod truth;

use std::fmt::Write as _;

use briefboard::dataset::{Dataset, EMBEDDED_SOURCE, Indicator, SpeakerKind, Unit};
use sha2::{Digest, Sha256};
use truth::check::{check_fact, check_mention, expect_eq, report, same, turn_speaker};
use truth::{ASKERS, FACTS, MERGED, NEVER_VALUES, NOT_IN_SENTENCE};

/// The fixed indicator ids of the contract's table, each bound to a fact in [`FACTS`].
const FIXED_IDS: usize = 36;

#[test]
fn the_table_itself_matches_the_transcript() {
    let mut errors = Vec::new();
    for fact in FACTS {
        let hits = EMBEDDED_SOURCE.matches(fact.snippet).count();
        if hits != 1 {
            errors.push(format!("snippet {:?} occurs {hits} times", fact.snippet));
            continue;
        }
        let at = EMBEDDED_SOURCE.find(fact.snippet).unwrap_or_default();
        if turn_speaker(at) != Some(fact.speakers[0]) {
            errors.push(format!(
                "snippet {:?} is not in a turn of {}",
                fact.snippet, fact.speakers[0]
            ));
        }
    }
    let ids = FACTS.iter().filter(|f| f.id.is_some()).count();
    if ids != FIXED_IDS {
        errors.push(format!(
            "{ids} fixed ids in the table, the contract has {FIXED_IDS}"
        ));
    }
    report(&errors);
}

#[test]
fn every_hand_labelled_fact_is_extracted() {
    let data = Dataset::embedded();
    let mut errors = Vec::new();
    for fact in FACTS {
        if let Err(e) = check_fact(&data, fact) {
            errors.push(format!(
                "{} ({} {:?}): {e}",
                fact.snippet, fact.value, fact.unit
            ));
        }
    }
    report(&errors);
}

#[test]
fn facts_said_twice_are_one_indicator() {
    let data = Dataset::embedded();
    let mut errors = Vec::new();
    for m in MERGED {
        let found: Vec<&Indicator> = data
            .indicators
            .iter()
            .filter(|i| same(i.value, m.value) && i.unit == m.unit)
            .filter(|i| {
                m.snippets
                    .iter()
                    .any(|s| i.mentions.iter().any(|q| q.quote.contains(s)))
            })
            .collect();
        let [ind] = found.as_slice() else {
            errors.push(format!(
                "{} {:?}: {} indicators, want one",
                m.value,
                m.unit,
                found.len()
            ));
            continue;
        };
        let quotes: Vec<&str> = ind.mentions.iter().map(|q| q.quote.as_str()).collect();
        let matches = quotes.len() == m.snippets.len()
            && quotes.iter().zip(m.snippets).all(|(q, s)| q.contains(s));
        if !matches {
            errors.push(format!(
                "{}: mentions {quotes:?}, want {:?}",
                ind.id, m.snippets
            ));
        }
        let speakers: Vec<&str> = ind.mentions.iter().map(|q| q.speaker.as_str()).collect();
        if speakers != m.speakers {
            errors.push(format!(
                "{}: speakers {speakers:?}, want {:?}",
                ind.id, m.speakers
            ));
        }
    }
    report(&errors);
}

#[test]
fn identifiers_ordinals_dates_and_group_sizes_are_not_figures() {
    let data = Dataset::embedded();
    let mut errors = Vec::new();
    for ind in &data.indicators {
        if NEVER_VALUES.iter().any(|v| same(ind.value.abs(), *v)) {
            errors.push(format!(
                "{}: value {} is not a figure here",
                ind.id, ind.value
            ));
        }
        if ind.unit == Unit::Year {
            errors.push(format!(
                "{}: durations in years are context, not figures",
                ind.id
            ));
        }
        for (snippet, value) in NOT_IN_SENTENCE {
            let from_it = ind.mentions.iter().any(|m| m.quote.contains(snippet));
            if from_it && same(ind.value.abs(), *value) {
                errors.push(format!("{}: {value} taken from {snippet:?}", ind.id));
            }
        }
        for m in &ind.mentions {
            if m.quote.contains("10 a.m.") || m.quote.contains("/5") || m.quote.contains("photo") {
                errors.push(format!(
                    "{}: header or caption quoted: {:?}",
                    ind.id, m.quote
                ));
            }
        }
    }
    // "230 EFLOPS" and "230 quintillion floating-point operations per second" are one fact.
    let flops = data
        .indicators
        .iter()
        .filter(|i| {
            i.mentions
                .iter()
                .any(|m| m.quote.contains("reached 230 EFLOPS"))
        })
        .count();
    if flops != 1 {
        errors.push(format!(
            "{flops} indicators from the 230 EFLOPS sentence, want 1"
        ));
    }
    report(&errors);
}

#[test]
fn every_mention_is_a_whole_sentence_of_an_official_in_their_own_turn() {
    let data = Dataset::embedded();
    let mut errors = Vec::new();
    for ind in &data.indicators {
        if ind.mentions.is_empty() {
            errors.push(format!("{}: no mentions", ind.id));
        }
        if ind.mentions.windows(2).any(|w| w[0].start >= w[1].start) {
            errors.push(format!("{}: mentions not in transcript order", ind.id));
        }
        for m in &ind.mentions {
            if let Err(e) = check_mention(&data, m) {
                errors.push(format!("{}: {e}: {:?}", ind.id, m.quote));
            }
        }
    }
    report(&errors);
}

#[test]
fn indicators_are_about_ninety_unique_and_in_order_of_first_mention() {
    let data = Dataset::embedded();
    let mut errors = Vec::new();
    let n = data.indicators.len();
    if !(80..=100).contains(&n) {
        errors.push(format!("{n} indicators, want 80 to 100"));
    }
    let mut ids: Vec<&str> = data.indicators.iter().map(|i| i.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    if ids.len() != n {
        errors.push(format!("{} duplicate ids", n - ids.len()));
    }
    let firsts: Vec<usize> = data
        .indicators
        .iter()
        .filter_map(|i| i.mentions.first().map(|m| m.start))
        .collect();
    if firsts.windows(2).any(|w| w[0] > w[1]) {
        errors.push("indicators are not in order of first mention".to_owned());
    }
    for ind in &data.indicators {
        if data.theme(&ind.theme).is_none() {
            errors.push(format!("{}: unknown theme {:?}", ind.id, ind.theme));
        }
        if !ind.value.is_finite() {
            errors.push(format!("{}: value {} is not finite", ind.id, ind.value));
        }
    }
    report(&errors);
}

#[test]
fn dataset_shape_source_themes_and_speakers() {
    let data = Dataset::embedded();
    let mut errors = Vec::new();
    let src = &data.source;
    let title = EMBEDDED_SOURCE.lines().next().unwrap_or_default();
    let sha = Sha256::digest(EMBEDDED_SOURCE.as_bytes());
    let hex = sha.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    });
    expect_eq(&mut errors, "source.date", &src.date, "2024-07-05");
    expect_eq(&mut errors, "source.sha256", &src.sha256, &hex);
    expect_eq(&mut errors, "source.title", &src.title, title);
    expect_eq(
        &mut errors,
        "source.file",
        &src.file,
        "000_6ed6731605744708.txt",
    );
    let publisher = "State Council Information Office";
    expect_eq(&mut errors, "source.publisher", &src.publisher, publisher);

    let themes: Vec<(&str, &str)> = data
        .themes
        .iter()
        .map(|t| (t.id.as_str(), t.label.as_str()))
        .collect();
    let want_themes = [
        ("ict", "ICT and 5G"),
        ("industry", "Industry and manufacturing"),
        ("digital", "Digital transformation"),
        ("smes", "SMEs"),
        ("green", "Green development"),
        ("innovation", "Innovation and high-tech zones"),
        ("reform", "Reform and opening-up"),
    ];
    if themes != want_themes {
        errors.push(format!("themes {themes:?}, want {want_themes:?}"));
    }

    let minister = "minister of industry and information technology";
    let officials = [
        ("jin-zhuanglong", "Jin Zhuanglong", "金壮龙", minister.to_owned(), SpeakerKind::Official),
        ("xin-guobin", "Xin Guobin", "辛国斌", format!("vice {minister}"), SpeakerKind::Official),
        (
            "zhao-zhiguo",
            "Zhao Zhiguo",
            "赵志国",
            "spokesperson and chief engineer of the Ministry of Industry and Information Technology"
                .to_owned(),
            SpeakerKind::Official,
        ),
        (
            "shou-xiaoli",
            "Shou Xiaoli",
            "寿小丽",
            "director general of the Press Bureau of the State Council Information Office (SCIO) \
             and spokesperson of the SCIO"
                .to_owned(),
            SpeakerKind::Chairperson,
        ),
    ];
    for (id, name, zh, role, kind) in officials {
        let Some(s) = data.speaker(id) else {
            errors.push(format!("speaker {id} missing"));
            continue;
        };
        expect_eq(&mut errors, &format!("{id}.name"), &s.name, name);
        expect_eq(
            &mut errors,
            &format!("{id}.name_zh"),
            s.name_zh.as_deref().unwrap_or(""),
            zh,
        );
        expect_eq(&mut errors, &format!("{id}.role"), &s.role, &role);
        if s.kind != kind {
            errors.push(format!("{id}: kind {:?}, want {kind:?}", s.kind));
        }
    }
    let mut askers: Vec<&str> = data
        .speakers
        .iter()
        .filter(|s| s.kind == SpeakerKind::Asker)
        .map(|s| s.name.as_str())
        .collect();
    askers.sort_unstable();
    let mut want_askers = ASKERS.to_vec();
    want_askers.sort_unstable();
    if askers != want_askers {
        errors.push(format!("askers {askers:?}, want {want_askers:?}"));
    }
    for id in ["yicai", "xinhua-news-agency"] {
        if data
            .speaker(id)
            .is_none_or(|s| s.kind != SpeakerKind::Asker)
        {
            errors.push(format!("asker {id} missing"));
        }
    }
    report(&errors);
}
