//! Reading a dataset from JSON: from a file, from a string, or the copy embedded in the binary.

use std::path::{Path, PathBuf};

use super::{Dataset, OLDER_VERSIONS, SCHEMA_VERSION};

/// The default dataset, `data/indicators.json`, embedded so the binary runs with no files beside
/// it.
pub const EMBEDDED_JSON: &str = include_str!("../../data/indicators.json");

/// The transcript of the SCIO briefing of 5 July 2024 with the MIIT, byte-identical to the
/// published text; the mentions of [`EMBEDDED_JSON`] are byte offsets into it.
pub const EMBEDDED_SOURCE: &str = include_str!("../../data/000_6ed6731605744708.txt");

/// Why a dataset could not be read.
#[derive(Debug, thiserror::Error)]
pub enum DatasetError {
    /// The file could not be read.
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// The text is not a dataset: bad JSON, a missing or mistyped field.
    #[error("{name}: line {line}, column {column}: {reason}")]
    Json {
        /// The file name, or `<embedded>`.
        name: String,
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem.
        column: usize,
        /// What is wrong, as `serde_json` words it.
        reason: String,
    },
    /// The dataset declares a format version this build does not read.
    #[error("{name}: schema_version is {found}, this briefboard reads version {SCHEMA_VERSION}")]
    Version {
        /// The file name.
        name: String,
        /// The version found in the file.
        found: u32,
    },
}

impl Dataset {
    /// Parses a dataset from JSON text; `name` names the text in errors (a file name).
    ///
    /// # Errors
    /// [`DatasetError::Json`] with line and column when the text is not a dataset,
    /// [`DatasetError::Version`] when its `schema_version` is neither [`SCHEMA_VERSION`] nor
    /// one of [`OLDER_VERSIONS`] (which read as the current version).
    pub fn from_json(name: &str, text: &str) -> Result<Self, DatasetError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let json_error = |line: usize, column: usize, reason: String| DatasetError::Json {
            name: name.to_owned(),
            line,
            column: column.max(1),
            reason,
        };
        let start = text.trim_start();
        if start.is_empty() {
            return Err(json_error(1, 1, "empty file: no dataset in it".to_owned()));
        }
        if !start.starts_with('{') {
            let line = text[..text.len() - start.len()].matches('\n').count() + 1;
            return Err(json_error(
                line,
                1,
                "not a dataset (JSON starting with \"{\"); a transcript is turned into one with \
                 `briefboard extract`"
                    .to_owned(),
            ));
        }
        let mut dataset: Self = serde_json::from_str(text).map_err(|e| {
            // serde_json ends its messages with " at line L column C", said once here.
            let reason = e.to_string();
            let reason = reason
                .rfind(" at line ")
                .map_or(reason.as_str(), |n| &reason[..n])
                .to_owned();
            json_error(e.line(), e.column(), reason)
        })?;
        if OLDER_VERSIONS.contains(&dataset.schema_version) {
            // An older version is a subset of this one: it reads as this version.
            dataset.schema_version = SCHEMA_VERSION;
        }
        for ind in &mut dataset.indicators {
            // Version 1 had no measures: each figure measures what its id says.
            if ind.measure.is_empty() {
                ind.measure.clone_from(&ind.id);
            }
        }
        if dataset.schema_version != SCHEMA_VERSION {
            return Err(DatasetError::Version {
                name: name.to_owned(),
                found: dataset.schema_version,
            });
        }
        Ok(dataset)
    }

    /// Reads a dataset from a JSON file.
    ///
    /// # Errors
    /// [`DatasetError::Io`] when the file cannot be read (or is not UTF-8), and the errors of
    /// [`Dataset::from_json`].
    pub fn load(path: &Path) -> Result<Self, DatasetError> {
        let io = |source| DatasetError::Io {
            path: path.to_owned(),
            source,
        };
        let bytes = std::fs::read(path).map_err(io)?;
        let text = String::from_utf8(bytes).map_err(|e| {
            io(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!("not UTF-8 (byte {})", e.utf8_error().valid_up_to()),
            ))
        })?;
        Self::from_json(&path.display().to_string(), &text)
    }

    /// The dataset embedded in the binary: the MIIT briefing of 5 July 2024.
    ///
    /// # Panics
    /// Never in a released build: a test checks that [`EMBEDDED_JSON`] parses.
    #[must_use]
    #[expect(
        clippy::expect_used,
        reason = "the embedded dataset is checked by a test"
    )]
    pub fn embedded() -> Self {
        Self::from_json("<embedded>", EMBEDDED_JSON).expect("the embedded dataset parses")
    }

    /// The dataset as pretty-printed JSON with a final newline, as `data/indicators.json` is
    /// written.
    ///
    /// # Panics
    /// Never: a dataset holds plain structs and strings, which always serialize.
    #[must_use]
    #[expect(
        clippy::expect_used,
        reason = "plain structs with finite numbers always serialize"
    )]
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("a dataset serializes");
        s.push('\n');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Dataset, OLDER_VERSIONS, SCHEMA_VERSION, Unit};
    use super::{DatasetError, EMBEDDED_JSON};

    /// The embedded dataset's text with another `schema_version`.
    fn as_version(version: u32) -> String {
        let current = format!("\"schema_version\": {SCHEMA_VERSION},");
        assert!(
            EMBEDDED_JSON.contains(&current),
            "the seed is written as {current}"
        );
        EMBEDDED_JSON.replacen(&current, &format!("\"schema_version\": {version},"), 1)
    }

    #[test]
    fn older_versions_read_as_this_one_and_newer_ones_are_refused() {
        assert_eq!(SCHEMA_VERSION, 4);
        assert_eq!(OLDER_VERSIONS, [1, 2, 3]);
        let embedded = Dataset::embedded();
        for version in OLDER_VERSIONS {
            let read = Dataset::from_json("older.json", &as_version(version))
                .unwrap_or_else(|e| panic!("version {version} reads: {e}"));
            assert_eq!(read.schema_version, SCHEMA_VERSION);
            assert_eq!(read.indicators, embedded.indicators);
        }
        let newer = Dataset::from_json("newer.json", &as_version(SCHEMA_VERSION + 1));
        assert!(
            matches!(newer, Err(DatasetError::Version { found: 5, .. })),
            "{newer:?}"
        );
    }

    #[test]
    fn durations_in_hours_and_days_are_written_and_read_by_name() {
        let mut d = Dataset::embedded();
        d.indicators[0].unit = Unit::Hour;
        d.indicators[1].unit = Unit::Day;
        let json = d.to_json();
        assert!(json.contains("\"unit\": \"hour\""), "{json}");
        assert!(json.contains("\"unit\": \"day\""), "{json}");
        let back = Dataset::from_json("hours.json", &json).expect("it reads back");
        assert_eq!(back.indicators[0].unit, Unit::Hour);
        assert_eq!(back.indicators[1].unit, Unit::Day);
    }

    #[test]
    fn jin_is_written_and_read_by_name() {
        let mut d = Dataset::embedded();
        d.indicators[0].unit = Unit::Jin;
        let json = d.to_json();
        assert!(json.contains("\"unit\": \"jin\""), "{json}");
        let back = Dataset::from_json("jin.json", &json).expect("it reads back");
        assert_eq!(back.indicators[0].unit, Unit::Jin);
    }
}
