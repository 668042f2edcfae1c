//! A loaded briefing's corrections: where they are, the dataset before them, and changing
//! them (each change applied at once and saved atomically).

use std::path::{Path, PathBuf};

use super::Loaded;
use crate::corrections::{self, Correction, Corrections, CorrectionsError, Edit, Hidden, Target};
use crate::dataset::Dataset;

/// Where corrections are looked up and saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Places {
    /// Whether corrections apply at all (`--no-corrections` leaves them out).
    pub apply: bool,
    /// The app's data folder: where the corrections of a briefing are kept, by its
    /// transcript's SHA-256, when there is no transcript file or its folder cannot be written
    /// (the embedded briefing).
    pub data_dir: Option<PathBuf>,
}

impl Default for Places {
    fn default() -> Self {
        Self::beside()
    }
}

impl Places {
    /// The corrections file beside the transcript only (the command line).
    #[must_use]
    pub fn beside() -> Self {
        Self {
            apply: true,
            data_dir: None,
        }
    }

    /// No corrections: the extractor's reading (`--no-corrections`).
    #[must_use]
    pub fn none() -> Self {
        Self {
            apply: false,
            data_dir: None,
        }
    }

    /// Beside the transcript, else in the app's data folder `dir`.
    #[must_use]
    pub fn with_data_dir(dir: PathBuf) -> Self {
        Self {
            apply: true,
            data_dir: Some(dir),
        }
    }
}

/// The corrections of a loaded briefing.
#[derive(Debug, Clone)]
pub struct Corrected {
    /// The dataset before the corrections: as extracted or read.
    pub base: Dataset,
    /// The corrections file (it may not exist yet).
    pub path: PathBuf,
    /// Where to save instead when `path`'s folder cannot be written: the app's data folder.
    pub fallback: Option<PathBuf>,
    /// The corrections; none when the file is missing or could not be read.
    pub file: Corrections,
    /// The figures the corrections hide.
    pub hidden: Vec<Hidden>,
    /// The corrections whose figure is not found.
    pub missing: Vec<Correction>,
    /// Why the file could not be read: then it applies not at all and is never written, until
    /// it is mended or removed.
    pub error: Option<CorrectionsError>,
}

impl Loaded {
    /// Applies the corrections of this briefing: the file beside its transcript (`transcript`,
    /// the path of the `.txt` whether or not it exists), else the one in the data folder of
    /// `places`. A file that cannot be read is kept in [`Corrected::error`] and the briefing
    /// is shown without it.
    #[must_use]
    pub fn corrected(mut self, transcript: Option<&Path>, places: &Places) -> Self {
        if !places.apply {
            return self;
        }
        let sha = self.dataset.source.sha256.clone();
        let beside = transcript.map(corrections::beside);
        let data = places
            .data_dir
            .as_deref()
            .map(|d| corrections::in_data_dir(d, &sha));
        let candidates: Vec<PathBuf> = beside.iter().chain(&data).cloned().collect();
        let Some(first) = candidates.first().cloned() else {
            return self;
        };
        let mut found = None;
        for path in &candidates {
            match Corrections::read(path) {
                Ok(None) => {}
                Ok(Some(file)) => {
                    found = Some((path.clone(), Ok(file)));
                    break;
                }
                Err(e) => {
                    found = Some((path.clone(), Err(e)));
                    break;
                }
            }
        }
        let (path, read) = found.unwrap_or_else(|| {
            let file = Path::new(&self.dataset.source.file)
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_default();
            (first, Ok(Corrections::new(&file, &sha)))
        });
        let fallback = data.filter(|d| *d != path);
        let (file, error) = match read {
            Ok(file) => (file, None),
            Err(e) => (Corrections::new(&self.dataset.source.file, &sha), Some(e)),
        };
        let base = self.dataset.clone();
        let mut corrected = Corrected {
            base,
            path,
            fallback,
            file,
            hidden: Vec::new(),
            missing: Vec::new(),
            error,
        };
        self.dataset = corrected.reapply();
        self.corrected = Some(Box::new(corrected));
        self
    }

    /// Sets the correction of a figure (`None` removes it), applies it and saves the file.
    /// Returns whether anything changed.
    ///
    /// # Errors
    /// When the briefing has no corrections place, its file could not be read (it is never
    /// overwritten then), or cannot be written (the change stays applied in memory).
    pub fn set_correction(
        &mut self,
        figure: &Target,
        new: Option<Correction>,
    ) -> Result<bool, CorrectionsError> {
        self.change(|file| file.put(figure, new).then_some(()))
            .map(|c| c.is_some())
    }

    /// Applies an edit to a figure's correction (see [`Edit::apply`]) and saves. Returns
    /// whether anything changed; `Ok(false)` when no figure of the briefing has that target.
    ///
    /// # Errors
    /// As [`Loaded::set_correction`].
    pub fn edit_figure(&mut self, figure: &Target, edit: &Edit) -> Result<bool, CorrectionsError> {
        let same = |i: &crate::dataset::Indicator| Target::of(i).is_some_and(|t| t.same(figure));
        let shown = self.dataset.indicators.iter().find(|i| same(i));
        let hidden = self
            .corrected
            .as_deref()
            .and_then(|c| c.hidden.iter().map(|h| &h.indicator).find(|i| same(i)));
        let Some(read) = shown
            .or(hidden)
            .map(crate::dataset::Indicator::extractor_reading)
        else {
            return Ok(false);
        };
        let current = self
            .corrected
            .as_deref()
            .and_then(|c| c.file.get(figure))
            .cloned();
        let new = edit.apply(figure, current.as_ref(), &read);
        self.set_correction(figure, new)
    }

    /// Takes the last correction back and saves; returns its figure, `None` when there is
    /// nothing to undo.
    ///
    /// # Errors
    /// As [`Loaded::set_correction`].
    pub fn undo_correction(&mut self) -> Result<Option<Target>, CorrectionsError> {
        self.change(Corrections::undo)
    }

    /// Makes the last undone correction again and saves; returns its figure.
    ///
    /// # Errors
    /// As [`Loaded::set_correction`].
    pub fn redo_correction(&mut self) -> Result<Option<Target>, CorrectionsError> {
        self.change(Corrections::redo)
    }

    fn change<T>(
        &mut self,
        edit: impl FnOnce(&mut Corrections) -> Option<T>,
    ) -> Result<Option<T>, CorrectionsError> {
        let Some(c) = self.corrected.as_deref_mut() else {
            return Err(CorrectionsError {
                file: PathBuf::from(&self.name),
                place: None,
                reason: "this briefing has no place for corrections (no transcript file and \
                         no data folder)"
                    .to_owned(),
            });
        };
        if let Some(e) = &c.error {
            return Err(CorrectionsError {
                reason: format!(
                    "{}; the file is left as it is: mend or remove it to correct figures",
                    e.reason
                ),
                ..e.clone()
            });
        }
        let Some(out) = edit(&mut c.file) else {
            return Ok(None);
        };
        self.dataset = c.reapply();
        c.save()?;
        Ok(Some(out))
    }
}

impl Corrected {
    /// Applies the corrections to [`Corrected::base`] again; returns the corrected dataset.
    pub fn reapply(&mut self) -> Dataset {
        let applied = corrections::apply(&self.base, &self.file);
        self.hidden = applied.hidden;
        self.missing = applied.missing;
        applied.dataset
    }

    /// Writes the corrections to their file; where its folder cannot be written, to the data
    /// folder instead (from then on).
    ///
    /// # Errors
    /// When neither can be written.
    pub fn save(&mut self) -> Result<(), CorrectionsError> {
        match self.file.write(&self.path) {
            Ok(()) => Ok(()),
            Err(e) => {
                let Some(fallback) = self.fallback.take() else {
                    return Err(e);
                };
                self.file.write(&fallback)?;
                self.path = fallback;
                Ok(())
            }
        }
    }

    /// The correction of a figure of the corrected dataset, if it has one.
    #[must_use]
    pub fn correction_of(&self, indicator: &crate::dataset::Indicator) -> Option<&Correction> {
        self.file.get(&Target::of(indicator)?)
    }
}
