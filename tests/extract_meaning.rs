//! What the extractor says of each figure, scored against figures labelled by hand: kind,
//! sign, qualifier and period of every figure found, and the figures it emits that are not
//! figures. Two sets: the development set (`tests/data/briefings/` 01–08, copied from the
//! project's shared set, and `tests/data/dev/` 09–26, 33–48, 56–66, 72–99, 105–109, 115–119,
//! 125–126, 130–131, 140–143, 145–146, 150, 152–153, 156–157 and 164–170) and the held-out set (`tests/data/dev/`
//! 27–32, 49–55, 67–71, 100–104, 110–114 and 120–124), which the rules were not written from:
//! nobody writing rules reads those texts. 33–40 were held out until their totals had been measured (December 2026,
//! second round); they then joined the development set and 49–55 took their place.
//!
//! `cargo test --test extract_meaning -- --nocapture` prints the table the README shows, then
//! every disagreement of the development set.

use std::fmt::Write as _;
use std::path::Path;

use briefboard::dataset::{Dataset, Kind, Mention, Qualifier};
use briefboard::extract::extract;
use serde::Deserialize;

mod dev_sets;
use dev_sets::{HELD_OUT, held_out};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");
/// The name the extractor gives the speaker of text before any turn line (gold: `""`).
const UNNAMED: &str = "Unnamed speaker";

/// The excerpts: folder, number, and whether the gold file keeps a fall positive with the
/// direction in its id (the shared set's convention) rather than signed.
fn excerpts() -> Vec<(&'static str, String, bool)> {
    let mut out: Vec<(&str, String, bool)> = (1..=8)
        .map(|n| ("briefings", format!("{n:02}"), true))
        .collect();
    for n in 9..=199 {
        let nn = format!("{n:02}");
        if Path::new(ROOT)
            .join("dev")
            .join(format!("{nn}.txt"))
            .exists()
        {
            out.push(("dev", nn, false));
        }
    }
    out
}

#[derive(Deserialize)]
struct Gold {
    items: Vec<Item>,
}

#[derive(Deserialize)]
struct Item {
    id: String,
    value: f64,
    #[serde(default)]
    qualifier: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    period: Option<String>,
    mentions: Vec<(String, String)>,
}

/// Counts of one excerpt or of a set.
#[derive(Default)]
struct Score {
    labelled: usize,
    found: usize,
    emitted: usize,
    emitted_labelled: usize,
    kind_right: usize,
    sign_right: usize,
    qualifier_right: usize,
    dated: usize,
    dated_right: usize,
    /// Figures whose period the text does not fix, and of them those given none.
    undated: usize,
    undated_right: usize,
    problems: Vec<String>,
}

impl Score {
    fn add(&mut self, s: &Self) {
        self.labelled += s.labelled;
        self.found += s.found;
        self.emitted += s.emitted;
        self.emitted_labelled += s.emitted_labelled;
        self.kind_right += s.kind_right;
        self.sign_right += s.sign_right;
        self.qualifier_right += s.qualifier_right;
        self.dated += s.dated;
        self.dated_right += s.dated_right;
        self.undated += s.undated;
        self.undated_right += s.undated_right;
    }

    fn row(&self, name: &str) -> String {
        format!(
            "| {name} | {} | {} ({}) | {} ({}) | {} | {} | {} | {}/{} ({}) | {}/{} ({}) |",
            self.labelled,
            self.found,
            pct(self.found, self.labelled),
            self.emitted_labelled,
            pct(self.emitted_labelled, self.emitted),
            pct(self.kind_right, self.found),
            pct(self.sign_right, self.found),
            pct(self.qualifier_right, self.found),
            self.dated_right,
            self.dated,
            pct(self.dated_right, self.dated),
            self.undated_right,
            self.undated,
            pct(self.undated_right, self.undated),
        )
    }
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

fn same_value(ours: f64, gold: f64) -> bool {
    let (a, b) = (ours.abs(), gold.abs());
    (a - b).abs() <= 1e-6 * b.max(1.0)
}

/// A gold period in the dataset's form: the shared set writes `2015-2020` and `2017-H1`.
fn gold_period(p: &str) -> String {
    match p.split_once('-') {
        Some((y, "H1")) => format!("{y}-01/{y}-06"),
        Some((y, "H2")) => format!("{y}-07/{y}-12"),
        Some((a, b)) if a.len() == 4 && b.len() == 4 => format!("{a}/{b}"),
        _ => p.to_owned(),
    }
}

/// The gold kind as the dataset says it: a count is a level.
fn gold_kind(k: &str) -> Option<Kind> {
    match k {
        "level" | "count" => Some(Kind::Level),
        "share" => Some(Kind::Share),
        "change" => Some(Kind::Change),
        "target" => Some(Kind::Target),
        _ => None,
    }
}

/// The gold qualifier as the dataset says it: the two ends of a range are exact.
fn gold_qualifier(q: &str) -> Option<Qualifier> {
    match q {
        "exact" | "range_low" | "range_high" | "" => Some(Qualifier::Exact),
        "over" => Some(Qualifier::Over),
        "about" => Some(Qualifier::About),
        "nearly" => Some(Qualifier::Nearly),
        "at_least" => Some(Qualifier::AtLeast),
        "under" => Some(Qualifier::Under),
        "estimated" => Some(Qualifier::Estimated),
        _ => None,
    }
}

/// Whether a gold figure is a fall: signed gold says so by its sign; the shared set by its id.
fn gold_fall(item: &Item, sign_in_id: bool) -> bool {
    if sign_in_id {
        [
            "decrease",
            "decline",
            "drop",
            "fall",
            "reduction",
            "lower",
            "cut",
        ]
        .iter()
        .any(|w| item.id.contains(w))
    } else {
        item.value < 0.0
    }
}

fn overlaps(m: &Mention, (start, end): (usize, usize)) -> bool {
    m.start < end && start < m.end
}

fn speaker_name<'a>(data: &'a Dataset, id: &str) -> &'a str {
    data.speaker(id).map_or("", |s| s.name.as_str())
}

fn score(name: &str, text: &str, gold: &Gold, sign_in_id: bool) -> Score {
    let data = extract(name, text.as_bytes()).unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut s = Score::default();
    let mut anchors = Vec::new();
    for item in &gold.items {
        let mut first = true;
        for (speaker, anchor) in &item.mentions {
            assert_eq!(
                text.matches(anchor.as_str()).count(),
                1,
                "{name}: anchor {anchor:?} must occur once"
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
            let Some(ind) = found else {
                s.problems
                    .push(format!("missed {} ({anchor:?}, {want})", item.id));
                continue;
            };
            s.found += 1;
            let what = format!("{} {:?}", item.id, ind.label);
            if gold_kind(&item.kind) == Some(ind.kind) {
                s.kind_right += 1;
            } else {
                s.problems
                    .push(format!("kind {what}: {:?}, want {}", ind.kind, item.kind));
            }
            let fall = gold_fall(item, sign_in_id);
            if fall == (ind.value < 0.0) {
                s.sign_right += 1;
            } else {
                s.problems
                    .push(format!("sign {what}: {}, want a fall: {fall}", ind.value));
            }
            if gold_qualifier(&item.qualifier) == Some(ind.qualifier) {
                s.qualifier_right += 1;
            } else {
                s.problems.push(format!(
                    "qualifier {what}: {:?}, want {}",
                    ind.qualifier, item.qualifier
                ));
            }
            // A period is scored once per figure, at its first mention; so is a period given
            // where the text fixes none.
            if first && item.period.is_none() {
                s.undated += 1;
                if ind.period.is_none() {
                    s.undated_right += 1;
                } else {
                    s.problems
                        .push(format!("period {what}: {:?}, want none", ind.period));
                }
            }
            if let (true, Some(p)) = (first, item.period.as_deref()) {
                let want = gold_period(p);
                s.dated += 1;
                if ind.period.as_deref() == Some(want.as_str()) {
                    s.dated_right += 1;
                } else {
                    s.problems
                        .push(format!("period {what}: {:?}, want {want}", ind.period));
                }
            }
            first = false;
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
                s.problems.push(format!(
                    "false figure {} = {} in {:?}",
                    i.label,
                    i.value,
                    m.quote.chars().take(120).collect::<String>()
                ));
            }
        }
    }
    s
}

const HEAD: &str = "| excerpt | labelled mentions | found, right speaker | emitted that are labelled | kind right | sign right | qualifier right | periods right | no period where the text fixes none |\n|---|---|---|---|---|---|---|---|---|\n";

#[test]
fn meaning_of_figures_scores_above_the_goals() {
    let mut table = String::from(HEAD);
    let mut details = String::new();
    let mut dev = Score::default();
    let mut held: Vec<Score> = HELD_OUT.iter().map(|_| Score::default()).collect();
    for (folder, nn, sign_in_id) in excerpts() {
        let dir = Path::new(ROOT).join(folder);
        let text = std::fs::read_to_string(dir.join(format!("{nn}.txt"))).expect("excerpt");
        let gold: Gold = serde_json::from_str(
            &std::fs::read_to_string(dir.join(format!("{nn}.gold.json"))).expect("gold"),
        )
        .unwrap_or_else(|e| panic!("{nn}.gold.json: {e}"));
        let s = score(&format!("{nn}.txt"), &text, &gold, sign_in_id);
        if let Some(group) = held_out(&nn) {
            held[group].add(&s);
        } else {
            let _ = writeln!(table, "{}", s.row(&nn));
            for p in &s.problems {
                let _ = writeln!(details, "{nn}: {p}");
            }
            dev.add(&s);
        }
    }
    let _ = writeln!(table, "{}", dev.row("**development set**"));
    for (group, (_, _, name)) in held.iter().zip(HELD_OUT) {
        let _ = writeln!(table, "{}", group.row(name));
    }
    println!("{table}\n{details}");
    // The development set's floors: the goals of the work (found 95 %, precision 92 %, kind
    // 95 %, sign 98 %, qualifier 97 %, periods 85 %), which the rules reach there, so that a
    // change that makes them worse fails.
    let at_least = |n: usize, d: usize, p: usize| n * 100 >= d * p;
    assert!(at_least(dev.found, dev.labelled, 95), "found\n{details}");
    assert!(
        at_least(dev.emitted_labelled, dev.emitted, 92),
        "precision\n{details}"
    );
    assert!(at_least(dev.kind_right, dev.found, 95), "kind\n{details}");
    assert!(at_least(dev.sign_right, dev.found, 98), "sign\n{details}");
    assert!(
        at_least(dev.qualifier_right, dev.found, 97),
        "qualifier\n{details}"
    );
    assert!(
        at_least(dev.dated_right, dev.dated, 85),
        "period\n{details}"
    );
}
