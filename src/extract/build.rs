//! From a parsed briefing to the dataset: each official's sentences in turn (their figures
//! read in [`super::figures`]), what a paragraph carries from one sentence to the next, the
//! names and themes of the figures, merged by fact; and the speakers' ids.

use super::carried::Carried;
use super::dates::Date;
use super::facts::{Facts, Figure};
use super::figures::figures;
use super::label::generic_label;
use super::named::Named;
use super::rules::{KNOWN_NAMES, RULES, SPLITS, THEMES};
use super::said::{Said, topic};
use super::sentences::sentences;
use super::speakers::UNNAMED;
use super::text::Briefing;
use super::theme::{slug, theme};
use crate::dataset::{
    Dataset, Kind, Mention, SCHEMA_VERSION, Source, Speaker, SpeakerKind, Theme, Unit,
};
use std::collections::{HashMap, HashSet};

/// One name of a figure: id, label, theme, whether the id is a rule's fixed one, and the
/// subject it was said of (for the figures after it).
type Name = (String, String, String, bool, Option<String>);

/// Names a figure: the rules' fixed ids (one or two), else a generic label. A rule with no
/// kind names levels and shares, never a change.
fn names(f: &Figure, original: &str, said: &Said<'_>) -> Vec<Name> {
    let matches = |r: &&super::rules::Rule| {
        r.unit == f.unit
            && r.kind.map_or(f.kind != Kind::Change, |k| k == f.kind)
            && (r.when)(&f.ctx)
    };
    if let Some(first) = RULES.iter().find(matches) {
        let mut out = vec![(
            first.id.to_owned(),
            first.label.to_owned(),
            first.theme.to_owned(),
            true,
            None,
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
                    None,
                ));
            }
        }
        return out;
    }
    let (label, subject) = generic_label(&f.ctx, original, f.unit, f.kind, said);
    let theme = theme(&label, &f.ctx).to_owned();
    vec![(slug(&label), label, theme, false, Some(subject))]
}

/// How far into a sentence (characters) its opening "by the end of …" is looked for.
const END_OF_HEAD: usize = 60;

/// The longest sentence (bytes) read as a courtesy before a turn's opening.
const COURTESY: usize = 60;

/// Builds the dataset of a parsed briefing.
#[expect(
    clippy::too_many_lines,
    reason = "one pass over the turns, paragraphs and sentences, with what each carries to the next"
)]
pub fn dataset(name: &str, bytes: &[u8], b: &Briefing<'_>) -> Dataset {
    let ids = speaker_ids(b);
    // A provincial briefing's "the province" is said by its name.
    let place = super::place::place_of(&b.title);
    let mut facts = Facts::default();
    for turn in &b.turns {
        if b.people[turn.speaker].kind != SpeakerKind::Official {
            continue;
        }
        // A period said in a paragraph is carried to the figures after it, until another is
        // said; one that opens a sentence ("In the first half of this year, …") to the
        // paragraphs after it too.
        let mut opening: Option<String> = None;
        let mut first_sentence = true;
        // What the turn named in full, which a shorter "the fund" refers back to.
        let mut named = Named::default();
        // The sentence before (with a verb), whose subject "Together, they …" refers to.
        let mut before: Option<&str> = None;
        // The sentence right before, which "the former" and "the latter" refer to.
        let mut last: Option<&str> = None;
        for para in turn.paragraphs.iter().filter(|p| !p.question) {
            let spans = sentences(b.text, (para.start, para.end));
            // A paragraph that opens with a plan ("First, we will continue to focus on …")
            // speaks of what will be done: the facts it recalls are not of the period said
            // before.
            let plans = spans
                .first()
                .is_some_and(|&(start, end)| b.text[start..end].contains(" will "));
            let mut carried = Carried {
                period: opening.clone().filter(|_| !plans),
                ..Carried::default()
            };
            // The last subject a figure of this paragraph was said of.
            let mut earlier: Option<String> = None;
            for (k, (start, end)) in spans.into_iter().enumerate() {
                let s = &b.text[start..end];
                if s.ends_with('?') {
                    continue;
                }
                let (figs, next) = figures(s, b.date, &carried);
                // A period that opens the turn, or a part of a year said at the opening of
                // a later sentence ("In the first half of the year, …", "Through the end of
                // August, …"), is carried through the rest of the turn, to the paragraphs
                // after it too, until another is said; a sentence of goals ("will") sets
                // none. (A single year or month said later is often of one fact only.)
                let goal = s.contains(" will ");
                // "By the end of 2018, …", "As of the end of June, …" opening a paragraph: a
                // state at a time, which the figures of a list of statistics after it share.
                let end_of = k == 0 && next.opening.is_some() && {
                    let cut = s
                        .char_indices()
                        .nth(END_OF_HEAD)
                        .map_or(s.len(), |(i, _)| i);
                    let head = &s[..cut];
                    head.contains("end of") || head.contains("As of") || head.contains("as of")
                };
                let part_of_year = next
                    .opening
                    .as_deref()
                    .is_some_and(|p| p.contains('/') && p.contains('-'))
                    || end_of;
                if first_sentence || part_of_year && !goal {
                    opening.clone_from(&next.opening);
                } else if let (Some(said), Some(open)) = (&next.opening, &opening)
                    && said.get(..4) != open.get(..4)
                {
                    // "In Q4, rates grew by 4.6 %. … In 2021, we can see many positive
                    // factors": a sentence opening on another year ends the period carried.
                    opening = None;
                }
                // A short courtesy at the head of a turn ("Thanks for your questions.",
                // "Thank you.") leaves the turn's opening to the sentence after it.
                first_sentence &= figs.is_empty() && next.opening.is_none() && s.len() < COURTESY;
                carried = next;
                let mention = Mention {
                    speaker: ids[turn.speaker].clone(),
                    quote: s.to_owned(),
                    start,
                    end,
                };
                let mut previous: Option<String> = None;
                let mut rate: Option<String> = None;
                let mut counted: Option<String> = None;
                for f in &figs {
                    let said = Said {
                        previous: previous.as_deref(),
                        earlier: earlier.as_deref(),
                        rate: rate.as_deref(),
                        counted: counted.as_deref(),
                        named: Some(&named),
                        before,
                        last,
                    };
                    let mut subject = None;
                    let mut first_label = None;
                    for (id, label, theme, is_fixed, said_of) in names(f, s, &said) {
                        subject = subject.or(said_of);
                        first_label.get_or_insert_with(|| label.clone());
                        let label =
                            place.map_or(label.clone(), |p| super::place::say_place(&label, p));
                        facts.add(f, &id, label, theme, is_fixed, &mention);
                    }
                    // (A figure said of nothing of its own keeps the subject before it.)
                    previous = subject.filter(|s| !s.is_empty()).or(previous);
                    // A share or a rate, whose change in percentage points may follow.
                    counted = first_label
                        .clone()
                        .filter(|_| f.unit == Unit::Count && f.kind == Kind::Level);
                    rate = first_label.filter(|_| {
                        f.unit == Unit::Percent && matches!(f.kind, Kind::Share | Kind::Level)
                    });
                }
                named.note(s);
                // (A heading without a verb, "Second, stable value creation.", leaves the thing
                // spoken of as it was.)
                if super::phrase::has_verb(&s.to_ascii_lowercase()) {
                    before = Some(s);
                }
                last = Some(s);
                if previous.is_some() {
                    earlier = previous;
                } else if figs.is_empty()
                    && let Some(t) = topic(s)
                {
                    // "As for total retail sales of consumer goods, …": the topic of what
                    // follows.
                    earlier = Some(t);
                }
            }
        }
    }
    let mut indicators = facts.indicators;
    let date = b.date.map(Date::iso).unwrap_or_default();
    super::facts::distinct_labels(&mut indicators);
    let quoted: HashSet<&str> = indicators
        .iter()
        .flat_map(|i| i.mentions.iter().map(|m| m.speaker.as_str()))
        .collect();
    let speakers = b
        .people
        .iter()
        .zip(&ids)
        .filter(|(p, id)| p.name != UNNAMED || quoted.contains(id.as_str()))
        .map(|(p, id)| Speaker {
            id: id.clone(),
            name: p.name.clone(),
            name_zh: KNOWN_NAMES
                .iter()
                .find(|(n, _)| *n == p.name)
                .map(|(_, z)| (*z).to_owned()),
            role: p.role.clone(),
            kind: p.kind,
        })
        .collect();
    // The file's own name, whatever folder it was read from.
    let path = std::path::Path::new(name);
    let file = path
        .file_name()
        .map_or_else(|| name.to_owned(), |f| f.to_string_lossy().into_owned());
    let title = if b.title.is_empty() {
        path.file_stem()
            .map_or_else(|| name.to_owned(), |f| f.to_string_lossy().into_owned())
    } else {
        b.title.clone()
    };
    Dataset {
        schema_version: SCHEMA_VERSION,
        source: Source {
            title,
            date,
            publisher: "State Council Information Office".to_owned(),
            file,
            sha256: crate::dataset::sha256_hex(bytes),
            pages: Vec::new(),
        },
        speakers,
        themes: THEMES
            .iter()
            .filter(|(id, _)| indicators.iter().any(|i| i.theme == *id))
            .map(|(id, label)| Theme {
                id: (*id).to_owned(),
                label: (*label).to_owned(),
            })
            .collect(),
        indicators,
        briefings: Vec::new(),
    }
}

/// Unique speaker ids, one per person of the briefing, in the same order: the slug of the name,
/// with `-2`, `-3`, … where two names give the same slug.
fn speaker_ids(b: &Briefing<'_>) -> Vec<String> {
    let mut ids: Vec<String> = Vec::with_capacity(b.people.len());
    let mut taken: HashSet<String> = HashSet::new();
    let mut next: HashMap<String, usize> = HashMap::new();
    for p in &b.people {
        let base = slug_name(&p.name);
        let mut id = base.clone();
        let n = next.entry(base.clone()).or_insert(2);
        while taken.contains(&id) {
            id = format!("{base}-{n}");
            *n += 1;
        }
        taken.insert(id.clone());
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
