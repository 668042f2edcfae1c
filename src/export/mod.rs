//! Exports: a chart page as a PNG ready for a 16:9 slide ([`png`]), and the indicators as shown
//! as CSV ([`csv`]) or as JSON in the dataset format ([`json`]).

pub mod csv;
pub mod deck;
pub mod file;
pub mod json;
pub mod layout;
pub mod pdf;
pub mod png;
mod provenance;
pub mod scene;
pub mod sources;
pub mod svg;

pub use file::{ExportError, Format, Renderer};
pub use layout::{Captions, ExportPage};
pub use provenance::{Metadata, alt_text, source_line};

use std::fmt;
use std::str::FromStr;

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
