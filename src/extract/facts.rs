//! The indicators found so far, merged by fact: a figure said again becomes a new mention of
//! its indicator; a new fact gets a unique id. Each figure costs a bounded number of steps.

use std::collections::{HashMap, HashSet};

use super::label::similar;
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
/// ("Number of employees, 1949") when the periods tell them apart, else its unit when that
/// does ("… (yuan)", "… (US dollars)", "… (%)"), else a number ("… (2)"). A label never holds
/// the figure's value.
pub fn distinct_labels(indicators: &mut [Indicator]) {
    let mut count: HashMap<String, usize> = HashMap::new();
    for i in indicators.iter() {
        *count.entry(i.label.clone()).or_default() += 1;
    }
    let mut periods: HashMap<String, HashSet<Option<String>>> = HashMap::new();
    let mut units: HashMap<String, HashSet<Unit>> = HashMap::new();
    for i in indicators.iter().filter(|i| count[&i.label] > 1) {
        periods
            .entry(i.label.clone())
            .or_default()
            .insert(i.period.clone());
        units.entry(i.label.clone()).or_default().insert(i.unit);
    }
    let mut seen: HashSet<String> = indicators
        .iter()
        .filter(|i| count[&i.label] == 1)
        .map(|i| i.label.clone())
        .collect();
    for i in indicators.iter_mut().filter(|i| count[&i.label] > 1) {
        let by_period = periods[&i.label].len() == count[&i.label];
        let by_unit = units[&i.label].len() > 1;
        let mut label = match (&i.period, by_period, by_unit) {
            (Some(p), true, _) => format!("{}, {}", i.label, crate::format::period_words(p)),
            (_, _, true) => format!("{} ({})", i.label, measure_words(i.unit)),
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
