//! Exports: a chart page as a PNG ready for a 16:9 slide ([`png`]), and the indicators as shown
//! as CSV ([`csv`]) or as JSON in the dataset format ([`json`]).

pub mod csv;
pub mod json;
pub mod layout;
pub mod png;

pub use layout::{Captions, ExportPage};

use std::fmt;
use std::str::FromStr;

use crate::dataset::{Dataset, Indicator};

/// A size in whole units (points for a page layout), written `1920x1080` or `1920×1080`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Size {
    /// Width.
    pub width: u32,
    /// Height.
    pub height: u32,
}

impl Size {
    /// 1280×720 (HD).
    pub const HD: Self = Self::new(1280, 720);
    /// 1920×1080 (full HD), the default.
    pub const FULL_HD: Self = Self::new(1920, 1080);
    /// 3840×2160 (4K UHD).
    pub const UHD: Self = Self::new(3840, 2160);
    /// The sizes offered in the export dialog, in order.
    pub const PRESETS: [Self; 3] = [Self::HD, Self::FULL_HD, Self::UHD];

    /// A size of `width` × `height`.
    #[must_use]
    pub const fn new(width: u32, height: u32) -> Self {
        Self { width, height }
    }

    /// This size multiplied by `scale` on both sides, saturating.
    #[must_use]
    pub const fn scaled(self, scale: u32) -> Self {
        Self::new(
            self.width.saturating_mul(scale),
            self.height.saturating_mul(scale),
        )
    }
}

impl Default for Size {
    fn default() -> Self {
        Self::FULL_HD
    }
}

impl fmt::Display for Size {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}×{}", self.width, self.height)
    }
}

/// Why a size could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("size {0:?}: expected WIDTHxHEIGHT with each side from 16 to 8192, e.g. 1920x1080")]
pub struct SizeError(pub String);

impl FromStr for Size {
    type Err = SizeError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || SizeError(s.to_owned());
        let (w, h) = s.trim().split_once(['x', 'X', '×', '*']).ok_or_else(err)?;
        let side = |t: &str| {
            t.trim()
                .parse::<u32>()
                .ok()
                .filter(|n| (16..=8192).contains(n))
                .ok_or_else(err)
        };
        Ok(Self::new(side(w)?, side(h)?))
    }
}

/// The source line printed under an exported chart, naming the briefing and the speakers of
/// the figures shown, e.g. `Source: SCIO press conference, 5 July 2024 — Jin Zhuanglong, Zhao
/// Zhiguo`. Speakers appear in the dataset's order (officials as the briefing lists them); with
/// no figures shown the line names the briefing only.
#[must_use]
pub fn source_line<'a>(
    dataset: &Dataset,
    shown: impl IntoIterator<Item = &'a Indicator>,
) -> String {
    let shown: Vec<&Indicator> = shown.into_iter().collect();
    let names: Vec<&str> = dataset
        .speakers
        .iter()
        .filter(|s| {
            shown
                .iter()
                .any(|i| i.mentions.iter().any(|m| m.speaker == s.id))
        })
        .map(|s| s.name.as_str())
        .collect();
    let date = crate::format::long_date(&dataset.source.date);
    if names.is_empty() {
        format!("Source: SCIO press conference, {date}")
    } else {
        format!(
            "Source: SCIO press conference, {date} — {}",
            names.join(", ")
        )
    }
}
