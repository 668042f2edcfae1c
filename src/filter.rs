//! Filters: which indicators the user wants to see. A [`Filter`] applies to every page, the
//! table and the transcript alike; applying it to a [`Dataset`] gives a [`Selection`].

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::dataset::{Dataset, Indicator, Kind};

/// Which kinds of figure to show.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum KindFilter {
    /// Every figure.
    #[default]
    All,
    /// Figures already reached: levels, shares and changes.
    Achieved,
    /// Targets only.
    Targets,
}

/// What the user has narrowed the view to. An empty set means "no restriction".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Filter {
    /// Speaker ids: an indicator passes when any of its mentions is by one of them.
    pub speakers: BTreeSet<String>,
    /// Theme ids: an indicator passes when its theme is one of them.
    pub themes: BTreeSet<String>,
    /// Briefings, by the SHA-256 of their transcript ([`crate::dataset::Source::sha256`]):
    /// an indicator passes when it was said at one of them.
    pub briefings: BTreeSet<String>,
    /// Achieved values, targets, or both.
    pub kind: KindFilter,
    /// Text searched, case-insensitively, in the label, the period and the quotes.
    pub search: String,
}

/// The indicators that pass a filter: indices into [`Dataset::indicators`], in dataset order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// Indices into [`Dataset::indicators`].
    pub indicators: Vec<usize>,
}

impl Filter {
    /// Whether the filter restricts nothing.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// Whether one indicator of `dataset` passes.
    #[must_use]
    pub fn matches(&self, dataset: &Dataset, indicator: &Indicator) -> bool {
        let briefing_ok = self.briefings.is_empty()
            || self
                .briefings
                .contains(&dataset.briefing_of(indicator).sha256);
        let speaker_ok = self.speakers.is_empty()
            || indicator
                .mentions
                .iter()
                .any(|m| self.speakers.contains(&m.speaker));
        let theme_ok = self.themes.is_empty() || self.themes.contains(&indicator.theme);
        let kind_ok = match self.kind {
            KindFilter::All => true,
            KindFilter::Achieved => indicator.kind != Kind::Target,
            KindFilter::Targets => indicator.kind == Kind::Target,
        };
        briefing_ok && speaker_ok && theme_ok && kind_ok && self.search_matches(indicator)
    }

    fn search_matches(&self, indicator: &Indicator) -> bool {
        let needle = self.search.trim().to_lowercase();
        if needle.is_empty() {
            return true;
        }
        let hit = |s: &str| s.to_lowercase().contains(&needle);
        hit(&indicator.label)
            || indicator.period.as_deref().is_some_and(hit)
            || indicator.mentions.iter().any(|m| hit(&m.quote))
    }

    /// The indicators of `dataset` that pass.
    #[must_use]
    pub fn apply(&self, dataset: &Dataset) -> Selection {
        Selection {
            indicators: dataset
                .indicators
                .iter()
                .enumerate()
                .filter(|(_, i)| self.matches(dataset, i))
                .map(|(n, _)| n)
                .collect(),
        }
    }
}

impl Selection {
    /// Every indicator of the dataset.
    #[must_use]
    pub fn all(dataset: &Dataset) -> Self {
        Self {
            indicators: (0..dataset.indicators.len()).collect(),
        }
    }

    /// The selected indicators themselves.
    pub fn iter<'a>(&'a self, dataset: &'a Dataset) -> impl Iterator<Item = &'a Indicator> + 'a {
        self.indicators
            .iter()
            .filter_map(|&n| dataset.indicators.get(n))
    }

    /// Whether the selection holds the indicator with this id.
    #[must_use]
    pub fn contains_id(&self, dataset: &Dataset, id: &str) -> bool {
        self.iter(dataset).any(|i| i.id == id)
    }
}
