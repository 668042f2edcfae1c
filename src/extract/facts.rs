//! The indicators found so far, merged by fact: a figure said again becomes a new mention of
//! its indicator; a new fact gets a unique id. Each figure costs a bounded number of steps.

use std::collections::{HashMap, HashSet};

use super::rules::Ctx;
use crate::dataset::{Indicator, Kind, Mention, Qualifier, Unit};

/// A figure found in a sentence, before naming.
pub struct Figure {
    /// The value in base units, negative for a fall.
    pub value: f64,
    /// The unit.
    pub unit: Unit,
    /// The hedge.
    pub qualifier: Qualifier,
    /// Level, share, change or target.
    pub kind: Kind,
    /// The period, when the text gives one.
    pub period: Option<String>,
    /// The words around the figure.
    pub ctx: Ctx,
}

/// Candidates looked at when merging a figure with an earlier fact of the same value, unit,
/// qualifier and kind: a briefing repeats a fact a few times, not hundreds.
const MERGE_CANDIDATES: usize = 16;

/// The indicators found so far, indexed by value, unit, qualifier and kind for merging, and
/// by id for unique ids: each figure costs a bounded number of steps.
#[derive(Default)]
pub struct Facts {
    /// The indicators, in order of first mention.
    pub indicators: Vec<Indicator>,
    /// Whether each indicator's id comes from a naming rule.
    fixed: Vec<bool>,
    by_fact: HashMap<(u64, Unit, Qualifier, Kind), Vec<usize>>,
    ids: HashSet<String>,
    next_suffix: HashMap<String, usize>,
}

impl Facts {
    /// Adds a figure: as a new mention of the same fact when there is one, else as a new
    /// indicator with a unique id.
    pub fn add(
        &mut self,
        f: &Figure,
        id: &str,
        label: String,
        theme: String,
        is_fixed: bool,
        mention: &Mention,
    ) {
        let value = if f.value == 0.0 { 0.0 } else { f.value };
        let key = (value.to_bits(), f.unit, f.qualifier, f.kind);
        let candidates = self.by_fact.entry(key).or_default();
        let same = candidates
            .iter()
            .take(MERGE_CANDIDATES)
            .copied()
            .find(|&k| {
                let i = &self.indicators[k];
                (if is_fixed || self.fixed[k] {
                    i.id == id
                } else {
                    similar(&i.label, &label)
                }) && i.mentions.last().is_none_or(|m| m.start != mention.start)
                    // Two periods are two facts, however alike.
                    && (i.period.is_none() || f.period.is_none() || i.period == f.period)
            });
        if let Some(k) = same {
            let ind = &mut self.indicators[k];
            ind.mentions.push(mention.clone());
            if ind.period.is_none() {
                ind.period.clone_from(&f.period);
            }
            return;
        }
        candidates.push(self.indicators.len());
        let mut unique = id.to_owned();
        let n = self.next_suffix.entry(id.to_owned()).or_insert(2);
        while self.ids.contains(&unique) {
            unique = format!("{id}-{n}");
            *n += 1;
        }
        self.ids.insert(unique.clone());
        self.indicators.push(Indicator {
            id: unique,
            measure: id.to_owned(),
            label,
            measure_label: None,
            theme,
            value: f.value,
            unit: f.unit,
            qualifier: f.qualifier,
            kind: f.kind,
            period: f.period.clone(),
            mentions: vec![mention.clone()],
            briefing: None,
            extracted: None,
            edited: false,
        });
        self.fixed.push(is_fixed);
    }
}

/// Gives every indicator a label of its own: where several share one, each gets its period
/// ("Number of employees, 1949") when no other of them has that period, else its unit when
/// no other has that unit ("… (yuan)", "… (US dollars)", "… (%)"), else, for the two ends of
/// one sentence's "from … to …" ("increased from 102 million to 164 million"), "start of
/// period" and "end of period" (of a goal's move, "now" and "target"), else its unit when the units differ, and a number ("… (2)")
/// where that still leaves two alike. A label never holds the figure's
/// value. Linear in the indicators.
pub fn distinct_labels(indicators: &mut [Indicator]) {
    let mut count: HashMap<String, usize> = HashMap::new();
    for i in indicators.iter() {
        *count.entry(i.label.clone()).or_default() += 1;
    }
    // How many figures of each shared label have each period, each unit, and each quote.
    let mut periods: HashMap<(String, Option<String>), usize> = HashMap::new();
    let mut units: HashMap<(String, Unit), usize> = HashMap::new();
    let mut unit_sets: HashMap<String, HashSet<Unit>> = HashMap::new();
    let mut quotes: HashMap<(String, &str), usize> = HashMap::new();
    for i in indicators.iter().filter(|i| count[&i.label] > 1) {
        *periods
            .entry((i.label.clone(), i.period.clone()))
            .or_default() += 1;
        *units.entry((i.label.clone(), i.unit)).or_default() += 1;
        unit_sets.entry(i.label.clone()).or_default().insert(i.unit);
        if let Some(m) = i.mentions.first() {
            *quotes
                .entry((i.label.clone(), m.quote.as_str()))
                .or_default() += 1;
        }
    }
    // The "from … to …" pairs: two figures of one label, the only two of it in a sentence
    // that says "from" and "to"; the first said is the start, unless "to" comes first
    // ("lowered to 5.9 % from 6 %").
    let from_to: Vec<Option<bool>> = {
        let mut first_seen: HashSet<(String, String)> = HashSet::new();
        indicators
            .iter()
            .map(|i| {
                let m = i.mentions.first()?;
                let pair = count[&i.label] > 1
                    && quotes.get(&(i.label.clone(), m.quote.as_str())) == Some(&2)
                    && m.quote.contains(" from ")
                    && m.quote.contains(" to ");
                // (The "to" of the pair is the one before a number, not "to the fund".)
                let to_number = m
                    .quote
                    .match_indices(" to ")
                    .find(|(at, _)| m.quote[at + 4..].starts_with(|c: char| c.is_ascii_digit()));
                let from_first = match (m.quote.find(" from "), to_number) {
                    (Some(from), Some((to, _))) => from < to,
                    _ => true,
                };
                pair.then(|| first_seen.insert((i.label.clone(), m.quote.clone())) == from_first)
            })
            .collect()
    };
    // The sentences where a figure of a shared label is a goal: a move "from … to …" there
    // goes from now to the goal.
    let goals: HashSet<(String, String)> = indicators
        .iter()
        .filter(|i| i.kind == Kind::Target && count[&i.label] > 1)
        .filter_map(|i| Some((i.label.clone(), i.mentions.first()?.quote.clone())))
        .collect();
    let mut seen: HashSet<String> = indicators
        .iter()
        .filter(|i| count[&i.label] == 1)
        .map(|i| i.label.clone())
        .collect();
    for (i, from_to) in indicators.iter_mut().zip(from_to) {
        if count[&i.label] == 1 {
            continue;
        }
        let own_period = periods[&(i.label.clone(), i.period.clone())] == 1;
        let own_unit = units[&(i.label.clone(), i.unit)] == 1;
        let units_differ = unit_sets[&i.label].len() > 1;
        // ("will be cut from 13 hours to 4 hours": where things stand now, and the goal.)
        let goal_move = i
            .mentions
            .first()
            .is_some_and(|m| goals.contains(&(i.label.clone(), m.quote.clone())));
        let mut label = match (&i.period, own_period, own_unit, from_to) {
            (_, _, _, Some(false)) if i.kind == Kind::Target => format!("{}, target", i.label),
            (_, _, _, Some(true)) if i.kind == Kind::Level && goal_move => {
                format!("{}, now", i.label)
            }
            (Some(p), true, _, _) => format!("{}, {}", i.label, crate::format::period_words(p)),
            (_, _, true, _) => format!("{} ({})", i.label, measure_words(i.unit)),
            (_, _, _, Some(true)) => format!("{}, start of period", i.label),
            (_, _, _, Some(false)) => format!("{}, end of period", i.label),
            _ if units_differ => format!("{} ({})", i.label, measure_words(i.unit)),
            _ => i.label.clone(),
        };
        let base = label.clone();
        let mut n = 2;
        while !seen.insert(label.clone()) {
            label = format!("{base} ({n})");
            n += 1;
        }
        if label != i.label {
            i.measure_label = Some(std::mem::replace(&mut i.label, label));
        }
    }
}

/// What a figure of a unit measures, to tell apart two figures said of one thing ("visits
/// and revenue": a count and an amount in yuan).
fn measure_words(unit: Unit) -> &'static str {
    match unit {
        Unit::Count => "number",
        Unit::Percent => "%",
        _ => crate::format::unit_name(unit),
    }
}

/// The content words of a label, for comparing two labels; what was done to the things
/// ("built", "established") says nothing of which things they are.
fn content(label: &str) -> Vec<String> {
    use super::counted::{ACTIVE, DONE};
    label
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| w.len() > 3)
        .map(str::to_ascii_lowercase)
        .filter(|w| !DONE.contains(&w.as_str()) && !ACTIVE.contains(&w.as_str()))
        .collect()
}

/// Whether two generic labels name the same thing: most content words shared, the longer
/// saying at most two more ("… of population with local household registration" is another
/// measure than "the surveyed urban unemployment rate"), and the same numbers ("… in 31 major
/// cities" is another too), and the same end of a range or none ("GDP, change, range, low
/// end" is not "GDP, change").
pub fn similar(a: &str, b: &str) -> bool {
    let numbers = |l: &str| -> Vec<String> {
        l.split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| w.starts_with(|c: char| c.is_ascii_digit()))
            .map(str::to_owned)
            .collect()
    };
    // ("GDP, change, range, low end" is the end of a range, not the growth of one quarter.)
    let end = |l: &str| ["low end", "high end"].into_iter().find(|e| l.ends_with(e));
    if numbers(a) != numbers(b) || end(a) != end(b) {
        return false;
    }
    let (a, b) = (content(a), content(b));
    // A word is shared when the other label says it, alone or as a part of a hyphenated word
    // ("poverty-stricken counties" and "counties not lifted out of poverty").
    let part_of = |w: &str, v: &str| v.split('-').any(|p| p == w);
    let shared = a
        .iter()
        .filter(|w| b.iter().any(|v| v == *w || part_of(w, v) || part_of(v, w)))
        .count();
    let least = a.len().min(b.len());
    let most = a.len().max(b.len());
    least > 0 && shared * 4 >= least * 3 && most - shared.min(most) <= 2
}
