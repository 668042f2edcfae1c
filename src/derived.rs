//! The one derived state: everything that follows from the data shown and the user's choices
//! (filters, table order), rebuilt once per change. The views, the presenter, the slide list
//! and every export read from it, so they all show the same selection, in the same order, from
//! the same page models; nothing reads "what the last frame drew".
//!
//! The app calls [`Derived::update`] in `App::logic`, before any panel draws. Page models are
//! built the first time they are asked for after a change (a page never shown costs nothing)
//! and kept until the next change.

mod board;

use std::cell::OnceCell;
use std::collections::HashMap;

use crate::charts::{self, PageModel};
use crate::command::Page;
use crate::dataset::Dataset;
use crate::filter::{Filter, Selection};
use crate::sort::{self, Sort};

/// What the derived state is built from. `data_revision` changes whenever the data does (a new
/// file opened), so that the dataset itself is never compared.
#[derive(Debug, Clone, Copy)]
pub struct Inputs<'a> {
    /// The data shown.
    pub dataset: &'a Dataset,
    /// Changes whenever `dataset` is replaced.
    pub data_revision: u64,
    /// The user's filters.
    pub filter: &'a Filter,
    /// The table's order; `None` is the briefing's order.
    pub sort: Option<Sort>,
}

/// The state derived from [`Inputs`]. [`Derived::revision`] grows by one at every rebuild;
/// views that keep their own layout caches key them on it.
#[derive(Debug, Default)]
pub struct Derived {
    revision: u64,
    built_for: Option<(u64, Filter, Option<Sort>)>,
    data_revision: u64,
    selection: Selection,
    pages: Vec<(Page, String)>,
    by_speaker: HashMap<String, usize>,
    /// Figures per (speaker, briefing index).
    by_speaker_briefing: HashMap<(String, usize), usize>,
    /// The speakers who gave any figure of the whole dataset, whatever the filter.
    speaking: std::collections::HashSet<String>,
    /// Figures per briefing index.
    by_briefing: Vec<usize>,
    by_theme: HashMap<String, usize>,
    table_rows: Vec<usize>,
    /// One slot per chart page, in page order: its model once asked for.
    models: Vec<(String, OnceCell<Option<PageModel>>)>,
    slides: OnceCell<Vec<String>>,
    /// The slides of one's own (My slides): see `derived/board.rs`.
    board: board::BoardModels,
}

impl Derived {
    /// The state for `inputs`, built now.
    #[must_use]
    pub fn new(inputs: Inputs<'_>) -> Self {
        let mut derived = Self::default();
        derived.update(inputs);
        derived
    }

    /// The state of `dataset` under `filter`, in the briefing's order: what the command line,
    /// the benchmarks and the tests read, without an app.
    #[must_use]
    pub fn of(dataset: &Dataset, filter: &Filter) -> Self {
        Self::new(Inputs {
            dataset,
            data_revision: 0,
            filter,
            sort: None,
        })
    }

    /// Rebuilds when the inputs differ from those of the last build; returns whether it did.
    /// The counts and the page list are rebuilt only when the data changed.
    pub fn update(&mut self, inputs: Inputs<'_>) -> bool {
        let same = matches!(&self.built_for, Some((data, filter, sort))
            if *data == inputs.data_revision && filter == inputs.filter && *sort == inputs.sort);
        if same {
            return false;
        }
        let dataset = inputs.dataset;
        let new_data = self.built_for.is_none() || self.data_revision != inputs.data_revision;
        let new_briefings = !matches!(&self.built_for,
            Some((_, filter, _)) if filter.briefings == inputs.filter.briefings);
        if new_data {
            self.data_revision = inputs.data_revision;
            self.pages = page_list(dataset);
        }
        if new_data || new_briefings {
            self.count(dataset, inputs.filter);
        }
        self.selection = inputs.filter.apply(dataset);
        self.table_rows.clone_from(&self.selection.indicators);
        sort::sort_rows(dataset, &mut self.table_rows, inputs.sort);
        self.models = self
            .pages
            .iter()
            .filter_map(|(page, _)| Some((page.chart()?.to_owned(), OnceCell::new())))
            .collect();
        self.slides = OnceCell::new();
        self.built_for = Some((inputs.data_revision, inputs.filter.clone(), inputs.sort));
        self.revision += 1;
        true
    }

    /// Grows by one at every rebuild.
    #[must_use]
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The `data_revision` of the last build.
    #[must_use]
    pub fn data_revision(&self) -> u64 {
        self.data_revision
    }

    /// The indicators that pass the filters.
    #[must_use]
    pub fn selection(&self) -> &Selection {
        &self.selection
    }

    /// The pages in navigation order: (page, title); the chart pages of the data, then the
    /// table and the transcript.
    #[must_use]
    pub fn pages(&self) -> &[(Page, String)] {
        &self.pages
    }

    /// How many figures a speaker (by id) gave in the whole dataset (in the briefings the
    /// Briefings filter keeps, when it is set).
    #[must_use]
    pub fn speaker_count(&self, id: &str) -> usize {
        self.by_speaker.get(id).copied().unwrap_or(0)
    }

    /// Whether a speaker (by id) gave any figure of the open briefings, whatever the filters.
    #[must_use]
    pub fn gave_figures(&self, id: &str) -> bool {
        self.speaking.contains(id)
    }

    /// How many figures a speaker (by id) gave at each briefing: (briefing index, count), for
    /// the briefings where they gave any, in briefing order.
    #[must_use]
    pub fn speaker_counts_by_briefing(&self, id: &str) -> Vec<(usize, usize)> {
        (0..self.by_briefing.len())
            .filter_map(|b| {
                let n = *self.by_speaker_briefing.get(&(id.to_owned(), b))?;
                Some((b, n))
            })
            .collect()
    }

    /// How many figures the briefing at this index (of [`Dataset::all_briefings`]) holds.
    #[must_use]
    pub fn briefing_count(&self, briefing: usize) -> usize {
        self.by_briefing.get(briefing).copied().unwrap_or(0)
    }

    /// How many figures of the whole dataset have this theme (by id; in the briefings the
    /// Briefings filter keeps, when it is set).
    #[must_use]
    pub fn theme_count(&self, id: &str) -> usize {
        self.by_theme.get(id).copied().unwrap_or(0)
    }

    /// The table's rows: indices into the dataset's indicators, the selection in the table's
    /// order.
    #[must_use]
    pub fn table_rows(&self) -> &[usize] {
        &self.table_rows
    }

    /// The model of the chart page `id` under the selection, built on first use; `None` for
    /// an id that is not a chart page of the data. `dataset` must be the one of the last
    /// [`Derived::update`].
    #[must_use]
    pub fn model(&self, dataset: &Dataset, id: &str) -> Option<&PageModel> {
        if let Some(slide) = self.board_model(id) {
            return Some(slide);
        }
        let (_, slot) = self.models.iter().find(|(page, _)| page == id)?;
        slot.get_or_init(|| charts::page_model(id, dataset, &self.selection))
            .as_ref()
    }

    /// The chart pages to show as slides: every chart page with figures under the selection,
    /// in page order.
    #[must_use]
    pub fn slides(&self, dataset: &Dataset) -> &[String] {
        self.slides.get_or_init(|| {
            self.models
                .iter()
                .map(|(id, _)| id)
                .filter(|id| {
                    self.model(dataset, id)
                        .is_some_and(|model| model.empty_message.is_none())
                })
                .cloned()
                .collect()
        })
    }

    /// Counts the figures per briefing, and per speaker and theme in the briefings the filter
    /// keeps (all of them when it keeps all).
    fn count(&mut self, dataset: &Dataset, filter: &Filter) {
        self.by_speaker.clear();
        self.by_speaker_briefing.clear();
        self.speaking.clear();
        self.by_theme.clear();
        self.by_briefing = vec![0; dataset.all_briefings().len()];
        for indicator in &dataset.indicators {
            let briefing = indicator.briefing.unwrap_or(0);
            if let Some(n) = self.by_briefing.get_mut(briefing) {
                *n += 1;
            }
            let speakers = indicator.speakers();
            self.speaking
                .extend(speakers.iter().map(|s| (*s).to_owned()));
            let kept = filter.briefings.is_empty()
                || filter
                    .briefings
                    .contains(&dataset.briefing_of(indicator).sha256);
            if !kept {
                continue;
            }
            for speaker in speakers {
                *self.by_speaker.entry(speaker.to_owned()).or_default() += 1;
                *self
                    .by_speaker_briefing
                    .entry((speaker.to_owned(), briefing))
                    .or_default() += 1;
            }
            *self.by_theme.entry(indicator.theme.clone()).or_default() += 1;
        }
    }
}

/// The chart pages of a dataset, then the table and the transcript.
fn page_list(dataset: &Dataset) -> Vec<(Page, String)> {
    let mut pages: Vec<(Page, String)> = charts::pages(dataset)
        .into_iter()
        .map(|p| (Page::Chart(p.id), p.title))
        .collect();
    pages.push((Page::Table, "Table".to_owned()));
    pages.push((Page::Transcript, "Transcript".to_owned()));
    pages
}
