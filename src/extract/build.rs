//! From a parsed briefing to the dataset: figures of officials' sentences, their kind, period,
//! names and themes, merged by fact.

use super::curation::curation;
use super::label::{generic_label, similar, slug, theme};
use super::numbers::{Quantity, Token, quantities, tokenize};
use super::period::{Period, future_before, local_period, sentence_period, this_year_after};
use super::rules::{Ctx, KNOWN_NAMES, RULES, SPLITS, THEMES};
use super::text::{Briefing, sentences};
use crate::dataset::{
    Dataset, Indicator, Kind, Mention, Qualifier, SCHEMA_VERSION, Source, Speaker, SpeakerKind,
    Theme, Unit,
};

const INCREASE: [&str; 14] = [
    "increased",
    "increase",
    "increases",
    "grew",
    "grown",
    "grow",
    "rose",
    "risen",
    "rise",
    "up",
    "expanded",
    "climbed",
    "jumped",
    "higher",
];
const DECREASE: [&str; 14] = [
    "decreased",
    "decrease",
    "declined",
    "fell",
    "fallen",
    "dropped",
    "shortened",
    "reduced",
    "cut",
    "down",
    "lowered",
    "lower",
    "decline",
    "drop",
];

/// Whether a figure is a change, and its sign: a verb before "by" ("decreased by 6.8%") or a
/// comparison after ("1.6 percentage points higher").
fn change(t: &[Token<'_>], q: &Quantity) -> Option<bool> {
    let lower = |i: usize| t.get(i).map_or("", |x| x.low);
    let verb = |w: &str| {
        if INCREASE.contains(&w) {
            Some(false)
        } else if DECREASE.contains(&w) {
            Some(true)
        } else {
            None
        }
    };
    for back in 1..=5 {
        let Some(i) = q.first.checked_sub(back) else {
            break;
        };
        if matches!(lower(i), "," | ";") {
            break;
        }
        if lower(i) == "by"
            && let Some(sign) = i.checked_sub(1).and_then(|v| verb(lower(v)))
        {
            return Some(sign);
        }
    }
    let next = lower(q.last);
    if matches!(next, "higher" | "lower" | "more" | "less") && lower(q.last + 1) == "than" {
        return Some(next == "lower" || next == "less");
    }
    if q.unit == Unit::PercentagePoint || next == "year" && lower(q.last + 1) == "on" {
        return Some(false);
    }
    None
}

/// A figure found in a sentence, before naming.
struct Figure {
    value: f64,
    unit: Unit,
    qualifier: Qualifier,
    kind: Kind,
    period: Option<String>,
    ctx: Ctx,
}

/// The context of quantity `k` among `qs` in sentence `s`.
fn context(s: &str, t: &[Token<'_>], qs: &[Quantity], k: usize) -> Ctx {
    // `s` is the sentence in ASCII lower case: the same byte offsets as the original.
    let q = &qs[k];
    let begin = if k == 0 {
        0
    } else {
        t.get(qs[k - 1].last).map_or(s.len(), |x| x.start)
    };
    let begin = begin.min(t[q.first].start);
    let after_start = t.get(q.last).map_or(s.len(), |x| x.start);
    let mut after_end = qs
        .get(k + 1)
        .map_or(s.len(), |n| t[n.first].start)
        .max(after_start);
    if let Some(p) = s[after_start..after_end].find([',', ';']) {
        after_end = after_start + p;
    }
    Ctx {
        before: s[begin..t[q.first].start].to_owned(),
        after: s[after_start..after_end].to_owned(),
        sentence: s.to_owned(),
    }
}

/// The figures of one sentence. `inherited` is the target year of the previous sentence,
/// which a sentence announcing more of the same goal keeps ("Moreover, we will build …").
fn figures(
    s: &str,
    year: i32,
    date: super::text::Date,
    inherited: Option<&str>,
) -> (Vec<Figure>, Option<String>) {
    let lower = s.to_ascii_lowercase();
    let t = tokenize(s, &lower);
    let mut qs = quantities(&t, &lower);
    let own = sentence_period(&t, date);
    let future_all = t
        .iter()
        .any(|x| x.text.eq_ignore_ascii_case("will") || x.text.eq_ignore_ascii_case("aim"));
    let period: Option<Period> = own.clone().or_else(|| {
        inherited.filter(|_| future_all).map(|p| Period {
            text: p.to_owned(),
            future: true,
        })
    });
    let target_year = period.as_ref().filter(|p| p.future).map(|p| p.text.clone());
    // A goal of full coverage is a figure of 100 % ("full coverage … by 2027").
    let full = lower.contains("full coverage")
        || lower.contains("full digital transformation coverage")
        || lower.contains("complete") && lower.contains(" for all ");
    if target_year.is_some() && full && qs.is_empty() {
        let at = t
            .iter()
            .position(|x| x.text == "full" || x.text == "complete")
            .unwrap_or(0);
        qs.push(Quantity {
            value: 100.0,
            unit: Unit::Percent,
            qualifier: Qualifier::Exact,
            first: at,
            last: (at + 1).min(t.len()),
        });
    }
    let mut out = Vec::with_capacity(qs.len());
    for (k, q) in qs.iter().enumerate() {
        let sign = change(&t, q);
        let this_year_goal = future_before(&t, q.first) && this_year_after(&t, q.last);
        let (kind, period) = if let Some(y) = &target_year {
            (Kind::Target, Some(y.clone()))
        } else if this_year_goal {
            (Kind::Target, Some(year.to_string()))
        } else if sign.is_some() {
            (Kind::Change, period.as_ref().map(|p| p.text.clone()))
        } else {
            let kind = if q.unit == Unit::Percent {
                Kind::Share
            } else {
                Kind::Level
            };
            (
                kind,
                local_period(&t, q.last).or_else(|| period.as_ref().map(|p| p.text.clone())),
            )
        };
        let value = if sign == Some(true) {
            -q.value
        } else {
            q.value
        };
        out.push(Figure {
            value,
            unit: q.unit,
            qualifier: q.qualifier,
            kind,
            period,
            ctx: context(&lower, &t, &qs, k),
        });
    }
    (out, target_year)
}

/// Names a figure: the rules' fixed ids (one or two), else a generic label.
fn names(f: &Figure, original: &str) -> Vec<(String, String, String, bool)> {
    let matches = |r: &&super::rules::Rule| {
        r.unit == f.unit && r.kind.is_none_or(|k| k == f.kind) && (r.when)(&f.ctx)
    };
    if let Some(first) = RULES.iter().find(matches) {
        let mut out = vec![(
            first.id.to_owned(),
            first.label.to_owned(),
            first.theme.to_owned(),
            true,
        )];
        for (a, b) in SPLITS {
            if a == first.id
                && let Some(second) = RULES.iter().filter(matches).find(|r| r.id == b)
            {
                out.push((
                    second.id.to_owned(),
                    second.label.to_owned(),
                    second.theme.to_owned(),
                    true,
                ));
            }
        }
        return out;
    }
    let label = generic_label(&f.ctx, original, f.unit, f.kind, f.value < 0.0);
    let theme = theme(&label, &f.ctx).to_owned();
    vec![(slug(&label), label, theme, false)]
}

/// Builds the dataset of a parsed briefing.
pub fn dataset(name: &str, bytes: &[u8], b: &Briefing<'_>) -> Dataset {
    let ids = speaker_ids(b);
    let mut indicators: Vec<Indicator> = Vec::new();
    let mut fixed: Vec<bool> = Vec::new();
    for turn in &b.turns {
        if b.people[turn.speaker].kind != SpeakerKind::Official {
            continue;
        }
        for &para in &turn.paragraphs {
            let mut inherited: Option<String> = None;
            for (start, end) in sentences(b.text, para) {
                let s = &b.text[start..end];
                let (figs, target) = figures(s, b.date.year, b.date, inherited.as_deref());
                inherited = target;
                let mention = Mention {
                    speaker: ids[turn.speaker].clone(),
                    quote: s.to_owned(),
                    start,
                    end,
                };
                for f in &figs {
                    for (id, label, theme, is_fixed) in names(f, s) {
                        add(
                            &mut indicators,
                            &mut fixed,
                            f,
                            &id,
                            label,
                            theme,
                            is_fixed,
                            &mention,
                        );
                    }
                }
            }
        }
    }
    let date = format!("{:04}-{:02}-{:02}", b.date.year, b.date.month, b.date.day);
    let cur = curation();
    if cur.briefing.title == b.title && cur.briefing.date == date {
        super::curation::apply(&mut indicators, &cur.overrides);
    }
    let speakers = b.people.iter().zip(&ids).map(|(p, id)| Speaker {
        id: id.clone(),
        name: p.name.clone(),
        name_zh: KNOWN_NAMES
            .iter()
            .find(|(n, _)| *n == p.name)
            .map(|(_, z)| (*z).to_owned()),
        role: p.role.clone(),
        kind: p.kind,
    });
    Dataset {
        schema_version: SCHEMA_VERSION,
        source: Source {
            title: b.title.clone(),
            date,
            publisher: "State Council Information Office".to_owned(),
            file: name.to_owned(),
            sha256: crate::dataset::sha256_hex(bytes),
        },
        speakers: speakers.collect(),
        themes: THEMES
            .iter()
            .map(|(id, label)| Theme {
                id: (*id).to_owned(),
                label: (*label).to_owned(),
            })
            .collect(),
        indicators,
    }
}

/// Unique speaker ids, one per person of the briefing, in the same order: the slug of the name,
/// with `-2`, `-3`, … where two names give the same slug.
fn speaker_ids(b: &Briefing<'_>) -> Vec<String> {
    let mut ids: Vec<String> = Vec::with_capacity(b.people.len());
    for p in &b.people {
        let base = slug_name(&p.name);
        let mut id = base.clone();
        let mut n = 2;
        while ids.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        ids.push(id);
    }
    ids
}

/// A speaker id: the slug of the name, without the seven-word limit.
fn slug_name(name: &str) -> String {
    let cleaned: String = name.chars().filter(|c| *c != '\'' && *c != '’').collect();
    let words: Vec<String> = cleaned
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        "speaker".to_owned()
    } else {
        words.join("-")
    }
}

/// Adds a figure: as a new mention of the same fact when there is one, else as a new indicator
/// with a unique id.
#[expect(
    clippy::too_many_arguments,
    reason = "one call site; a struct would only rename the fields"
)]
fn add(
    indicators: &mut Vec<Indicator>,
    fixed: &mut Vec<bool>,
    f: &Figure,
    id: &str,
    label: String,
    theme: String,
    is_fixed: bool,
    mention: &Mention,
) {
    let same_fact = |i: &Indicator, fx: bool| {
        i.unit == f.unit
            && i.kind == f.kind
            && i.qualifier == f.qualifier
            && (i.value - f.value).abs() <= 1e-9 * f.value.abs().max(1.0)
            && (if is_fixed || fx {
                i.id == id
            } else {
                similar(&i.label, &label)
            })
            && i.mentions.last().is_none_or(|m| m.start != mention.start)
    };
    if let Some(k) = indicators
        .iter()
        .zip(fixed.iter())
        .position(|(i, fx)| same_fact(i, *fx))
    {
        let ind = &mut indicators[k];
        ind.mentions.push(mention.clone());
        if ind.period.is_none() {
            ind.period.clone_from(&f.period);
        }
        return;
    }
    let mut unique = id.to_owned();
    let mut n = 2;
    while indicators.iter().any(|i| i.id == unique) {
        unique = format!("{id}-{n}");
        n += 1;
    }
    indicators.push(Indicator {
        id: unique,
        label,
        theme,
        value: f.value,
        unit: f.unit,
        qualifier: f.qualifier,
        kind: f.kind,
        period: f.period.clone(),
        mentions: vec![mention.clone()],
    });
    fixed.push(is_fixed);
}
