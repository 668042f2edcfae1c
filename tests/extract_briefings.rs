//! The extractor scored on briefings it was not written from: the eight hand-labelled
//! excerpts of other SCIO briefings in `tests/data/briefings/` (copied from the project's
//! shared development set; its README gives the labelling rules), and the seed against its
//! own ground truth (`tests/truth/`).
//!
//! Per excerpt: the labelled mentions found (the same value, the right speaker, a quote that
//! covers the labelled words), the share of emitted figures that are labelled, and whether
//! every named speaker's kind is right. `cargo test --test extract_briefings -- --nocapture`
//! prints the table that the README shows.

#[allow(
    dead_code,
    reason = "the ground truth is shared with transcript_figures.rs"
)]
mod truth;

use std::fmt::Write as _;
use std::path::Path;

use briefboard::dataset::{Dataset, Mention};
use briefboard::extract::extract;
use serde::Deserialize;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/briefings");
const EXCERPTS: [&str; 8] = ["01", "02", "03", "04", "05", "06", "07", "08"];
/// The name the extractor gives the speaker of text before any turn line (gold: `""`).
const UNNAMED: &str = "Unnamed speaker";

#[derive(Deserialize)]
struct Gold {
    items: Vec<Item>,
}

#[derive(Deserialize)]
struct Item {
    id: String,
    value: f64,
    #[serde(default)]
    period: Option<String>,
    mentions: Vec<(String, String)>,
}

#[derive(Deserialize)]
struct Kinds {
    kinds: std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>,
}

/// One row of the score table.
#[derive(Default)]
struct Score {
    labelled: usize,
    found: usize,
    emitted: usize,
    emitted_labelled: usize,
    speakers: usize,
    speakers_right: usize,
    /// Found figures whose label shares a word with the gold id ("Confirmed cases of
    /// pneumonia" for `wuhan_confirmed_cases`).
    named: usize,
    /// Found figures with a labelled period, and those whose period is the labelled one.
    dated: usize,
    dated_right: usize,
    missed: Vec<String>,
    unnamed: Vec<String>,
    extra: Vec<String>,
    wrong_kinds: Vec<String>,
}

impl Score {
    /// The row of the README table for this score.
    fn row(&self, name: &str, labelled: &str) -> String {
        format!(
            "| {name} | {}{labelled} | {} ({}) | {} | {} ({}) | {}/{} | {} | {} |",
            self.labelled,
            self.found,
            pct(self.found, self.labelled),
            self.emitted,
            self.emitted_labelled,
            pct(self.emitted_labelled, self.emitted),
            self.speakers_right,
            self.speakers,
            per_excerpt(labelled, self.named, self.found),
            per_excerpt(labelled, self.dated_right, self.dated),
        )
    }

    /// Adds another excerpt's counts to these.
    fn add(&mut self, s: &Self) {
        self.labelled += s.labelled;
        self.found += s.found;
        self.emitted += s.emitted;
        self.emitted_labelled += s.emitted_labelled;
        self.speakers += s.speakers;
        self.speakers_right += s.speakers_right;
        self.named += s.named;
        self.dated += s.dated;
        self.dated_right += s.dated_right;
    }
}

/// Gold values are positive with the direction in the id; ours are signed.
fn same_value(ours: f64, gold: f64) -> bool {
    let (a, b) = (ours.abs(), gold.abs());
    (a - b).abs() <= 1e-6 * b.max(1.0)
}

/// "n/of" for an excerpt's row; the seed's row has no such column.
fn per_excerpt(labelled: &str, n: usize, of: usize) -> String {
    if labelled.is_empty() {
        format!("{n}/{of}")
    } else {
        "—".to_owned()
    }
}

/// A gold period in the dataset's form: `2015-2020` → `2015/2020`, `2017-H1` →
/// `2017-01/2017-06`; a year and a day (`2020-01-25`, finer than the format) unchanged.
fn gold_period(p: &str) -> String {
    match p.split_once('-') {
        Some((y, "H1")) => format!("{y}-01/{y}-06"),
        Some((y, "H2")) => format!("{y}-07/{y}-12"),
        Some((a, b)) if a.len() == 4 && b.len() == 4 => format!("{a}/{b}"),
        _ => p.to_owned(),
    }
}

/// Whether a label and a gold id share a word of four letters or more (plural or not).
fn shares_a_word(label: &str, id: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.to_lowercase()
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| w.len() >= 4)
            .map(|w| w.trim_end_matches('s').to_owned())
            .collect()
    };
    let ours = words(label);
    words(id).iter().any(|w| ours.contains(w))
}

fn overlaps(m: &Mention, (start, end): (usize, usize)) -> bool {
    m.start < end && start < m.end
}

fn speaker_name<'a>(data: &'a Dataset, id: &str) -> &'a str {
    data.speaker(id).map_or("", |s| s.name.as_str())
}

fn score(
    name: &str,
    text: &str,
    gold: &Gold,
    kinds: &std::collections::BTreeMap<String, String>,
) -> Score {
    let data = extract(name, text.as_bytes()).unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut s = Score::default();
    let mut anchors = Vec::new();
    for item in &gold.items {
        for (speaker, anchor) in &item.mentions {
            assert_eq!(
                text.matches(anchor.as_str()).count(),
                1,
                "{name}: anchor {anchor:?}"
            );
            let at = text.find(anchor.as_str()).unwrap_or_default();
            let span = (at, at + anchor.len());
            anchors.push((item.value, span));
            s.labelled += 1;
            let want = if speaker.is_empty() {
                UNNAMED
            } else {
                speaker.as_str()
            };
            let found = data.indicators.iter().find(|i| {
                same_value(i.value, item.value)
                    && i.mentions
                        .iter()
                        .any(|m| overlaps(m, span) && speaker_name(&data, &m.speaker) == want)
            });
            if let Some(ind) = found {
                s.found += 1;
                if let Some(want) = item.period.as_deref().map(gold_period) {
                    s.dated += 1;
                    if ind.period.as_deref() == Some(want.as_str()) {
                        s.dated_right += 1;
                    } else {
                        s.unnamed
                            .push(format!("{} period {:?}, want {want}", item.id, ind.period));
                    }
                }
                if shares_a_word(&ind.label, &item.id) {
                    s.named += 1;
                } else {
                    s.unnamed
                        .push(format!("{} labelled {:?}", item.id, ind.label));
                }
            } else {
                s.missed.push(format!("{} ({anchor:?})", item.id));
            }
        }
    }
    for i in &data.indicators {
        for m in &i.mentions {
            s.emitted += 1;
            if anchors
                .iter()
                .any(|&(v, span)| same_value(i.value, v) && overlaps(m, span))
            {
                s.emitted_labelled += 1;
            } else {
                s.extra
                    .push(format!("{} = {} ({})", i.label, i.value, i.id));
            }
        }
    }
    for (who, kind) in kinds {
        s.speakers += 1;
        let got = data.speakers.iter().find(|p| &p.name == who).map(|p| {
            serde_json::to_value(p.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default()
        });
        if got.as_deref() == Some(kind.as_str()) {
            s.speakers_right += 1;
        } else {
            s.wrong_kinds.push(format!("{who}: {got:?}, want {kind}"));
        }
    }
    s
}

fn seed_score() -> Score {
    let data = Dataset::embedded();
    let mut s = Score::default();
    for fact in truth::FACTS {
        s.labelled += 1;
        if truth::check::check_fact(&data, fact).is_ok() {
            s.found += 1;
        } else {
            s.missed.push(fact.snippet.to_owned());
        }
    }
    for i in &data.indicators {
        for m in &i.mentions {
            s.emitted += 1;
            let labelled = truth::FACTS
                .iter()
                .any(|f| truth::check::same(i.value, f.value) && m.quote.contains(f.snippet))
                || truth::MERGED.iter().any(|f| {
                    truth::check::same(i.value, f.value)
                        && f.snippets.iter().any(|s| m.quote.contains(s))
                });
            if labelled {
                s.emitted_labelled += 1;
            }
        }
    }
    for sp in &data.speakers {
        s.speakers += 1;
        let want_asker = truth::ASKERS.contains(&sp.name.as_str());
        let is_asker = sp.kind == briefboard::dataset::SpeakerKind::Asker;
        if want_asker == is_asker {
            s.speakers_right += 1;
        }
    }
    s
}

fn pct(n: usize, d: usize) -> String {
    if d == 0 {
        "—".to_owned()
    } else {
        #[expect(clippy::cast_precision_loss, reason = "small counts")]
        let p = 100.0 * n as f64 / d as f64;
        format!("{p:.0} %")
    }
}

#[test]
fn development_excerpts_and_seed_score_above_the_goals() {
    let kinds: Kinds = serde_json::from_str(
        &std::fs::read_to_string(Path::new(DIR).join("speakers.json")).expect("speakers.json"),
    )
    .expect("speakers.json parses");
    let mut table = String::from(
        "| excerpt | labelled mentions | found, right speaker | emitted | emitted that are labelled | speaker kinds right | labels naming the figure | periods right |\n|---|---|---|---|---|---|---|---|\n",
    );
    let mut total = Score::default();
    let mut details = String::new();
    for nn in EXCERPTS {
        let dir = Path::new(DIR);
        let text = std::fs::read_to_string(dir.join(format!("{nn}.txt"))).expect("excerpt");
        let gold: Gold = serde_json::from_str(
            &std::fs::read_to_string(dir.join(format!("{nn}.gold.json"))).expect("gold"),
        )
        .expect("gold parses");
        let s = score(&format!("{nn}.txt"), &text, &gold, &kinds.kinds[nn]);
        let _ = writeln!(table, "{}", s.row(nn, ""));
        for m in &s.missed {
            let _ = writeln!(details, "{nn}: missed {m}");
        }
        for u in &s.unnamed {
            let _ = writeln!(details, "{nn}: label {u}");
        }
        for e in &s.extra {
            let _ = writeln!(details, "{nn}: extra {e}");
        }
        for k in &s.wrong_kinds {
            let _ = writeln!(details, "{nn}: kind {k}");
        }
        total.add(&s);
    }
    let _ = writeln!(table, "{}", total.row("**all eight**", ""));
    let seed = seed_score();
    let _ = writeln!(table, "{}", seed.row("seed (MIIT, 5 July 2024)", " facts"));
    println!("{table}\n{details}");
    assert!(
        total.found * 100 >= total.labelled * 95,
        "found {} of {} labelled mentions\n{details}",
        total.found,
        total.labelled
    );
    assert!(
        total.emitted_labelled * 100 >= total.emitted * 90,
        "{} of {} emitted figures are labelled\n{details}",
        total.emitted_labelled,
        total.emitted
    );
    assert_eq!(total.speakers_right, total.speakers, "{details}");
    assert!(
        total.named * 100 >= total.found * 85,
        "{} of {} found figures have a label naming them\n{details}",
        total.named,
        total.found
    );
    assert_eq!(
        seed.found, seed.labelled,
        "seed facts missed: {:?}",
        seed.missed
    );
}

#[test]
fn excerpt_07_header_gives_roles_and_date_and_no_figures() {
    let text = std::fs::read_to_string(Path::new(DIR).join("07.txt")).expect("excerpt");
    let data = extract("07.txt", text.as_bytes()).expect("extracts");
    let tian = data
        .speakers
        .iter()
        .find(|s| s.name == "Tian Yulong")
        .expect("Tian Yulong");
    assert!(
        tian.role
            .starts_with("a member of the Leading Party Members Group"),
        "{}",
        tian.role
    );
    assert_eq!(data.source.date, "2021-07-16");
    // No figure in 07: its only numbers are dates.
    assert!(data.indicators.is_empty(), "{:?}", data.indicators);
}
