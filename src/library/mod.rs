//! The briefings open at once: each [`Loaded`] file as it was read, and the one [`Dataset`]
//! that joins them, which every page, the table, the filters and the exports read.
//!
//! Joining keeps every figure with its own briefing ([`crate::dataset::Indicator::briefing`]
//! indexes [`Dataset::briefings`]), makes ids unique by the briefing (`5g-base-stations@2024-07-05`;
//! what a figure measures stays in [`crate::dataset::Indicator::measure`]), and merges speakers and
//! themes by id: the extractor gives a person the same id (a slug of the name) in every
//! briefing, so Jin Zhuanglong of 2024 and of 2026 is one speaker. A library of one briefing
//! shows its dataset exactly as the file has it. The work is linear in the figures open.

use std::collections::{HashMap, HashSet};

use crate::dataset::{Dataset, Indicator, SCHEMA_VERSION, Source, Speaker};
use crate::loaded::Loaded;

mod files;
mod ministry;

pub use files::{open_all, window_title};
pub use ministry::ministry;

/// The title of the (empty) dataset shown when no briefing is open.
pub const NO_BRIEFING: &str = "No briefing open";

/// The name an open embedded briefing has in the list of open files.
pub const EMBEDDED_NAME: &str = "<embedded>";

/// Several briefings, and their figures joined.
#[derive(Debug, Clone)]
pub struct Library {
    parts: Vec<Loaded>,
    dataset: Dataset,
}

impl Default for Library {
    fn default() -> Self {
        Self::new(Vec::new())
    }
}

impl Library {
    /// The briefings `parts`, in this order (a file named twice is kept once, the later copy).
    #[must_use]
    pub fn new(parts: Vec<Loaded>) -> Self {
        let mut library = Self {
            parts: Vec::new(),
            dataset: join(&[]),
        };
        library.extend(parts);
        library
    }

    /// One briefing.
    #[must_use]
    pub fn single(part: Loaded) -> Self {
        Self::new(vec![part])
    }

    /// The embedded briefing on its own.
    #[must_use]
    pub fn embedded() -> Self {
        Self::single(Loaded::embedded())
    }

    /// The joined figures of every open briefing.
    #[must_use]
    pub fn dataset(&self) -> &Dataset {
        &self.dataset
    }

    /// The open briefings, in the order of [`Dataset::all_briefings`].
    #[must_use]
    pub fn parts(&self) -> &[Loaded] {
        &self.parts
    }

    /// The places in [`Library::parts`] of the open briefings by date: oldest first, those
    /// whose transcript gives no date last (in the order they were opened). What lists of
    /// briefings show.
    #[must_use]
    pub fn by_date(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.parts.len()).collect();
        order.sort_by_key(|&k| {
            let date = self.parts[k].dataset.source.date.as_str();
            (date.is_empty(), date)
        });
        order
    }

    /// The file names of the open briefings ([`EMBEDDED_NAME`] for the built-in one): what
    /// the app remembers between runs.
    #[must_use]
    pub fn names(&self) -> Vec<String> {
        // A dataset that joins several briefings is one file for them all.
        let mut seen = HashSet::new();
        self.parts
            .iter()
            .filter(|p| seen.insert(p.name.as_str()))
            .map(|p| p.name.clone())
            .collect()
    }

    /// The briefing a figure of [`Library::dataset`] was said at.
    #[must_use]
    pub fn part_of(&self, indicator: &Indicator) -> Option<&Loaded> {
        self.parts.get(indicator.briefing.unwrap_or(0))
    }

    /// Adds briefings; one with the transcript (SHA-256) of an open one, or with its file
    /// name and date (the file read again after a change), replaces it in place. Joins once,
    /// however many are added.
    pub fn extend(&mut self, parts: impl IntoIterator<Item = Loaded>) {
        let mut by_text: HashMap<String, usize> = HashMap::new();
        let mut by_file: HashMap<(String, String), usize> = HashMap::new();
        let index = |k: usize, p: &Loaded, t: &mut HashMap<_, _>, f: &mut HashMap<_, _>| {
            t.insert(p.dataset.source.sha256.clone(), k);
            f.insert((p.name.clone(), p.dataset.source.date.clone()), k);
        };
        for (k, p) in self.parts.iter().enumerate() {
            index(k, p, &mut by_text, &mut by_file);
        }
        for mut part in parts {
            let source = &part.dataset.source;
            let same = by_text.get(&source.sha256).copied().or_else(|| {
                let key = (part.name.clone(), source.date.clone());
                by_file.get(&key).copied()
            });
            let k = if let Some(k) = same {
                // The same text: a transcript already open stays with it.
                let old = &self.parts[k];
                if part.source.is_none() && old.dataset.source.sha256 == source.sha256 {
                    part.source.clone_from(&old.source);
                    part.source_note.clone_from(&old.source_note);
                }
                self.parts[k] = part;
                k
            } else {
                self.parts.push(part);
                self.parts.len() - 1
            };
            index(k, &self.parts[k], &mut by_text, &mut by_file);
        }
        self.dataset = join(&self.parts);
    }

    /// Changes the open briefing whose transcript has this SHA-256 with `change` (a
    /// correction, an undo), then joins again. `None` when no briefing has that transcript.
    pub fn change_part<T>(
        &mut self,
        sha256: &str,
        change: impl FnOnce(&mut Loaded) -> T,
    ) -> Option<T> {
        let part = self
            .parts
            .iter_mut()
            .find(|p| p.dataset.source.sha256 == sha256)?;
        let out = change(part);
        self.dataset = join(&self.parts);
        Some(out)
    }

    /// Closes the briefing at `index` (in [`Library::parts`]); returns it, or `None` for an
    /// index out of range.
    pub fn remove(&mut self, index: usize) -> Option<Loaded> {
        (index < self.parts.len()).then(|| {
            let part = self.parts.remove(index);
            self.dataset = join(&self.parts);
            part
        })
    }

    /// The roles a speaker (by id) had, oldest briefing first: each role with the dates of
    /// the first and the last briefing where the transcript gives it; one entry when the role
    /// never changed.
    #[must_use]
    pub fn roles(&self, speaker: &str) -> Vec<DatedRole> {
        let mut seen: Vec<(&Source, &Speaker)> = self
            .parts
            .iter()
            .filter_map(|p| Some((&p.dataset.source, p.dataset.speaker(speaker)?)))
            .collect();
        seen.sort_by(|a, b| a.0.date.cmp(&b.0.date));
        let mut roles: Vec<DatedRole> = Vec::new();
        for (source, s) in seen {
            match roles.last_mut() {
                Some(last) if last.role == s.role => last.until.clone_from(&source.date),
                _ => roles.push(DatedRole {
                    role: s.role.clone(),
                    from: source.date.clone(),
                    until: source.date.clone(),
                }),
            }
        }
        roles
    }
}

/// A speaker's role over the briefings that give it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedRole {
    /// The role as the transcript writes it.
    pub role: String,
    /// The ISO date of the first briefing that gives it.
    pub from: String,
    /// The ISO date of the last briefing that gives it (`from` when only one does).
    pub until: String,
}

impl DatedRole {
    /// "spokesperson … (19 January 2023 to 5 July 2024)", or "(20 January 2026)".
    #[must_use]
    pub fn words(&self) -> String {
        let from = crate::format::long_date(&self.from);
        if self.from == self.until {
            format!("{} ({from})", self.role)
        } else {
            let until = crate::format::long_date(&self.until);
            format!("{} ({from} to {until})", self.role)
        }
    }
}

/// The dataset of several briefings: see the module documentation.
fn join(parts: &[Loaded]) -> Dataset {
    match parts {
        [] => Dataset {
            schema_version: SCHEMA_VERSION,
            source: Source {
                title: NO_BRIEFING.to_owned(),
                date: String::new(),
                publisher: String::new(),
                file: String::new(),
                sha256: crate::dataset::sha256_hex(b""),
                pages: Vec::new(),
            },
            speakers: Vec::new(),
            themes: Vec::new(),
            indicators: Vec::new(),
            briefings: Vec::new(),
        },
        [one] => one.dataset.clone(),
        several => join_several(several),
    }
}

fn join_several(parts: &[Loaded]) -> Dataset {
    let sources: Vec<Source> = parts.iter().map(|p| p.dataset.source.clone()).collect();
    let keys = keys(&sources);
    let newest = (0..parts.len())
        .max_by(|a, b| sources[*a].date.cmp(&sources[*b].date).then(b.cmp(a)))
        .unwrap_or(0);
    let mut speakers: Vec<Speaker> = Vec::new();
    let mut speaker_at: HashMap<String, usize> = HashMap::new();
    let mut themes = Vec::new();
    let mut theme_ids = HashSet::new();
    let mut indicators = Vec::new();
    // The newest briefing first, so that a speaker keeps the role they have now.
    let order = std::iter::once(newest).chain((0..parts.len()).filter(|k| *k != newest));
    for k in order {
        for s in &parts[k].dataset.speakers {
            if let Some(&at) = speaker_at.get(&s.id) {
                let known = &mut speakers[at];
                if known.name_zh.is_none() {
                    known.name_zh.clone_from(&s.name_zh);
                }
            } else {
                speaker_at.insert(s.id.clone(), speakers.len());
                speakers.push(s.clone());
            }
        }
    }
    for (k, part) in parts.iter().enumerate() {
        for t in &part.dataset.themes {
            if theme_ids.insert(t.id.clone()) {
                themes.push(t.clone());
            }
        }
        for i in &part.dataset.indicators {
            let mut i = i.clone();
            i.id = format!("{}@{}", i.id, keys[k]);
            i.briefing = Some(k);
            indicators.push(i);
        }
    }
    let mut publishers: Vec<&str> = Vec::new();
    for s in &sources {
        if !publishers.contains(&s.publisher.as_str()) {
            publishers.push(&s.publisher);
        }
    }
    let shas: String = sources.iter().map(|s| s.sha256.as_str()).collect();
    Dataset {
        schema_version: SCHEMA_VERSION,
        source: Source {
            title: format!("{} SCIO briefings", parts.len()),
            date: sources[newest].date.clone(),
            publisher: publishers.join("; "),
            file: String::new(),
            sha256: crate::dataset::sha256_hex(shas.as_bytes()),
            pages: Vec::new(),
        },
        speakers,
        themes,
        indicators,
        briefings: sources,
    }
}

/// The part of the ids that tells briefings apart: the date (`2024-07-05`), `undated`, and a
/// number after it for a second briefing of one day (`2024-07-05-2`).
fn keys(sources: &[Source]) -> Vec<String> {
    let mut used: HashMap<String, usize> = HashMap::new();
    sources
        .iter()
        .map(|s| {
            let date = if s.date.is_empty() {
                "undated"
            } else {
                s.date.as_str()
            };
            let n = used.entry(date.to_owned()).or_insert(0);
            *n += 1;
            if *n == 1 {
                date.to_owned()
            } else {
                format!("{date}-{n}")
            }
        })
        .collect()
}
