//! What the extractor says of each briefing as a whole, scored against what its readers wrote
//! in `tests/data/dev/NN.meta.json`: the day it was held (`date`) and the ministry or
//! government that briefed (`ministry`, its first name before any bracket or semicolon).
//! Held-out excerpts count only in their totals.
//!
//! `cargo test --test extract_briefing_facts -- --nocapture` prints the counts the README
//! gives, then every disagreement of the development set.

use std::fmt::Write as _;
use std::path::Path;

use briefboard::extract::extract;
use serde::Deserialize;

mod dev_sets;
use dev_sets::held_out;

const DEV: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/dev");

/// Development briefings whose text gives only the day a page was posted ("China.org.cn |
/// February 3, 2023", "0 Comment(s)Print E-mail, July 16, 2021"), never the day the briefing
/// was held: their readers took the day from elsewhere, and no rule can find it.
const NO_DAY_IN_TEXT: [&str; 22] = [
    "10", "11", "18", "23", "24", "33", "34", "37", "39", "44", "45", "47", "56", "57", "74", "79",
    "81", "85", "86", "119", "157", "164",
];

#[derive(Deserialize)]
struct Meta {
    date: String,
    #[serde(default)]
    ministry: String,
}

/// The ministry as the reader wrote it, without what they added in brackets or after a
/// semicolon or "with" ("Ministry of Commerce (with Ministry of Finance)").
fn first_body(ministry: &str) -> &str {
    let end = [" (", ";", " /", " with "]
        .iter()
        .filter_map(|s| ministry.find(s))
        .min()
        .unwrap_or(ministry.len());
    ministry[..end].trim()
}

/// Whether the ministry the app names is the reader's: the same name, the province or region
/// the reader's government is of ("Hunan" for "Hunan provincial government"), or the name
/// with its country ("General Administration of Customs of China").
fn same_body(got: Option<&str>, want: &str) -> bool {
    let want = first_body(want);
    got.is_some_and(|g| want.contains(g) || g.starts_with(want))
}

#[test]
fn briefing_days_and_ministries_are_the_readers() {
    let (mut days, mut bodies, mut total) = (0, 0, 0);
    let (mut held_days, mut held_bodies, mut held_total) = (0, 0, 0);
    let mut details = String::new();
    let mut wrong_days = Vec::new();
    for entry in std::fs::read_dir(DEV).expect("dev folder") {
        let path = entry.expect("entry").path();
        let Some(nn) = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".meta.json"))
        else {
            continue;
        };
        let meta: Meta = serde_json::from_str(&std::fs::read_to_string(&path).expect("meta"))
            .unwrap_or_else(|e| panic!("{nn}.meta.json: {e}"));
        let text = std::fs::read(Path::new(DEV).join(format!("{nn}.txt"))).expect("text");
        let d = extract(&format!("{nn}.txt"), &text).expect("extracts");
        let day = d.source.date == meta.date;
        let ministry = briefboard::library::ministry(&d);
        let body = same_body(ministry.as_deref(), &meta.ministry);
        if held_out(nn).is_some() {
            held_total += 1;
            held_days += usize::from(day);
            held_bodies += usize::from(body);
            continue;
        }
        total += 1;
        days += usize::from(day);
        bodies += usize::from(body);
        if !day {
            let _ = writeln!(details, "{nn}: day {:?}, want {}", d.source.date, meta.date);
            if !NO_DAY_IN_TEXT.contains(&nn) {
                wrong_days.push(nn.to_owned());
            }
        }
        if !body {
            let _ = writeln!(
                details,
                "{nn}: ministry {ministry:?}, want {:?}",
                first_body(&meta.ministry)
            );
        }
    }
    println!(
        "| | briefings | day right | ministry right |\n|---|---|---|---|\n\
         | development set | {total} | {days} | {bodies} |\n\
         | held out | {held_total} | {held_days} | {held_bodies} |\n\n{details}"
    );
    wrong_days.sort();
    assert!(
        wrong_days.is_empty(),
        "days wrong where the text gives them: {wrong_days:?}\n{details}"
    );
}
