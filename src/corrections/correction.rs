//! A figure's correction ([`Correction`], keyed by its [`Target`]), and the changes a person
//! makes to one ([`Edit`]).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::dataset::{Extracted, Indicator, Kind, Qualifier, Unit};

/// The figure a correction is for: the measure the extractor gave it and where it is first
/// said. Made from fields of the dataset, never from an id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// [`Indicator::measure`] as the extractor gave it (before any correction).
    pub measure: String,
    /// Byte offset of the first mention's sentence in the transcript.
    pub start: usize,
    /// Byte offset just past that sentence.
    pub end: usize,
    /// The figure's value in base units, as the dataset holds it.
    pub value: f64,
}

impl Target {
    /// The target of one of a dataset's figures: its extractor's measure
    /// ([`Indicator::extracted`] when corrected already) and its anchor; `None` for a figure
    /// without mentions.
    #[must_use]
    pub fn of(indicator: &Indicator) -> Option<Self> {
        let anchor = indicator.anchor()?;
        let measure = indicator
            .extracted
            .as_ref()
            .map_or(&indicator.measure, |e| &e.measure);
        Some(Self {
            measure: measure.clone(),
            start: anchor.start,
            end: anchor.end,
            value: anchor.value,
        })
    }

    /// Whether two targets are the same figure (the value compared bit for bit, −0 as 0).
    #[must_use]
    pub fn same(&self, other: &Self) -> bool {
        self.measure == other.measure && self.anchor() == other.anchor()
    }

    /// The anchor as a hashable key: span and the value's bits.
    pub(crate) fn anchor(&self) -> (usize, usize, u64) {
        let value = if self.value == 0.0 { 0.0 } else { self.value };
        (self.start, self.end, value.to_bits())
    }
}

/// One figure's correction: the fields given replace the extractor's reading; those left out
/// keep it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    /// The figure corrected.
    pub figure: Target,
    /// The label to show.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// A theme id (`ict`, `industry`, … as in the dataset format).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    /// Level, share, change or target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<Kind>,
    /// The unit of the value (the value itself is never corrected).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Unit>,
    /// The hedge ("over", "about", …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
    /// The period as the dataset writes it (`2023`, `2024-01/2024-05`); an empty text removes
    /// the period the extractor gave.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// What the figure measures, as a slug (`industrial-value-added-growth`): its id, and the
    /// figures of other briefings it is linked with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<String>,
    /// Not a figure (or its value is wrong): left out of every page, table and export, and
    /// listed under Hidden figures.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hidden: bool,
    /// Why, in the corrector's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Correction {
    /// A correction of `figure` that changes nothing yet.
    #[must_use]
    pub fn new(figure: Target) -> Self {
        Self {
            figure,
            label: None,
            theme: None,
            kind: None,
            unit: None,
            qualifier: None,
            period: None,
            measure: None,
            hidden: false,
            note: None,
        }
    }

    /// Leaves out the fields equal to the extractor's reading `read` (a correction back to
    /// what the extractor said is no correction).
    pub fn without_extracted(&mut self, read: &Extracted) {
        fn drop_same<T: PartialEq>(field: &mut Option<T>, read: &T) {
            if field.as_ref() == Some(read) {
                *field = None;
            }
        }
        drop_same(&mut self.label, &read.label);
        drop_same(&mut self.theme, &read.theme);
        drop_same(&mut self.kind, &read.kind);
        drop_same(&mut self.unit, &read.unit);
        drop_same(&mut self.qualifier, &read.qualifier);
        drop_same(&mut self.measure, &read.measure);
        let period = read.period.clone().unwrap_or_default();
        drop_same(&mut self.period, &period);
    }

    /// Whether it changes nothing (then it is left out of the file).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        *self == Self::new(self.figure.clone())
    }
}

/// One change a person makes to a figure, in the app or on the command line; applied to the
/// figure's correction by [`Edit::apply`].
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// A new label.
    Label(String),
    /// A theme id.
    Theme(String),
    /// A kind.
    Kind(Kind),
    /// A unit.
    Unit(Unit),
    /// A hedge.
    Qualifier(Qualifier),
    /// A period as the dataset writes it; empty: none.
    Period(String),
    /// Hide the figure, with a note saying why.
    Hide(Option<String>),
    /// Show a hidden figure again.
    Show,
    /// Back to the extractor's reading: the correction goes.
    Reset,
}

impl Edit {
    /// The correction after this edit: `current` (or none) changed, the fields equal to the
    /// extractor's reading `read` left out; `None` when nothing is left to correct.
    #[must_use]
    pub fn apply(
        &self,
        figure: &Target,
        current: Option<&Correction>,
        read: &Extracted,
    ) -> Option<Correction> {
        let mut c = current
            .cloned()
            .unwrap_or_else(|| Correction::new(figure.clone()));
        match self {
            Self::Label(l) => c.label = Some(l.trim().to_owned()),
            Self::Theme(t) => c.theme = Some(t.clone()),
            Self::Kind(k) => c.kind = Some(*k),
            Self::Unit(u) => c.unit = Some(*u),
            Self::Qualifier(q) => c.qualifier = Some(*q),
            Self::Period(p) => c.period = Some(p.trim().to_owned()),
            Self::Hide(note) => {
                c.hidden = true;
                c.note = note.clone().filter(|n| !n.trim().is_empty());
            }
            Self::Show => {
                c.hidden = false;
                c.note = None;
            }
            Self::Reset => return None,
        }
        c.without_extracted(read);
        (!c.is_empty()).then_some(c)
    }
}
