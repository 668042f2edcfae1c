//! `briefboard export` (PNG of one page or of every page, CSV or JSON of the indicators shown)
//! and `briefboard pages` (the page ids and titles). Both run without a display.

mod inputs;
mod run;
mod table;

use std::path::PathBuf;

use crate::export::png;
use crate::export::{Format, Size};
use crate::theme::ThemeChoice;

pub use run::{run, run_pages};

/// What `briefboard export` writes.
#[derive(Debug, clap::Args)]
#[expect(clippy::struct_excessive_bools, reason = "command-line flags")]
#[command(group = clap::ArgGroup::new("what").required(true).multiple(true).args(["page", "all", "deck", "csv", "json"]))]
pub struct ExportArgs {
    /// One page as a PNG, SVG or PDF, by the extension of -o or --format (see `briefboard
    /// pages`).
    #[arg(long, value_name = "ID")]
    pub page: Option<String>,
    /// Every chart page, one file per page named by page id, into the folder -o.
    #[arg(long, conflicts_with = "page")]
    pub all: bool,
    /// A PDF deck: one page per slide (the chart pages the filters leave, in presentation
    /// order), then the Sources pages with every figure's speaker and sentence.
    #[arg(long, conflicts_with_all = ["page", "all"])]
    pub deck: bool,
    /// The image format; by default the extension of -o (png when it has none).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,
    /// The indicators shown (filters applied; with --page, those of that page) as CSV.
    #[arg(long, conflicts_with_all = ["all", "deck"])]
    pub csv: bool,
    /// The indicators shown as JSON in the dataset format.
    #[arg(long, conflicts_with_all = ["all", "csv", "deck"])]
    pub json: bool,
    /// The image size at scale 1, in pixels, such as 1920x1080; the page is laid out as a
    /// 1280x720 slide zoomed to fill it.
    #[arg(long, default_value = "1920x1080", value_name = "WxH")]
    pub size: Size,
    /// Multiplies the pixel size: 2 gives 3840x2160 pixels for --size 1920x1080, same layout.
    #[arg(long, default_value_t = 1, value_name = "N",
          value_parser = clap::value_parser!(u32).range(1..=i64::from(png::MAX_SCALE)))]
    pub scale: u32,
    /// The colour theme of the image.
    #[arg(long, value_enum, default_value_t = ThemeArg::Light)]
    pub theme: ThemeArg,
    /// Keep only figures said by this speaker (repeatable; see the dataset's speaker ids).
    #[arg(long = "speaker", value_name = "ID")]
    pub speakers: Vec<String>,
    /// Keep only figures of this theme (repeatable): a theme id of the dataset's `themes`
    /// (the extractor's are ict, industry, digital, smes, green, innovation, reform, science,
    /// health, employment, agriculture, energy, trade, consumption, transport, finance,
    /// poverty, environment, water, justice, culture, society, economy and other).
    #[arg(long = "only-theme", value_name = "ID")]
    pub themes: Vec<String>,
    /// Keep only achieved values or only targets.
    #[arg(long, value_enum, default_value_t = KindArg::All)]
    pub kind: KindArg,
    /// Keep only figures whose label, period or quote contains this text.
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// Replace the page title in the image.
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// Replace the page subtitle in the image.
    #[arg(long, value_name = "TEXT")]
    pub subtitle: Option<String>,
    /// Leave out the source line at the bottom of the image.
    #[arg(long)]
    pub no_source: bool,
    /// A dataset (.json), transcript (.txt), saved web page (.htm) or web address (http,
    /// https) to read instead of the embedded briefing; repeat it to join several briefings
    /// (as the app does when several are open; pages of one briefing join into one). The
    /// corrections beside each transcript (NAME.corrections.json) apply.
    #[arg(long, value_name = "FILE|URL")]
    pub data: Vec<PathBuf>,
    /// Leave out the corrections beside the transcripts: the figures as extracted.
    #[arg(long)]
    pub no_corrections: bool,
    /// Export the slides of this board (`.briefboard`) instead of the chart pages: with
    /// --deck, one PDF with their Sources pages; with --all, one image per slide. The
    /// board's own briefings are opened.
    #[arg(long, value_name = "BOARD", conflicts_with_all = ["data", "page", "csv", "json"])]
    pub board: Option<PathBuf>,
    /// The file to write (.png, .svg, .pdf, .csv or .json), or the folder for --all; `-` with
    /// --csv or --json writes the table to standard output.
    #[arg(short = 'o', long = "output", value_name = "PATH")]
    pub output: PathBuf,
}

/// Arguments of `briefboard pages`.
#[derive(Debug, clap::Args)]
pub struct PagesArgs {
    /// A dataset (.json), transcript (.txt), saved web page (.htm) or web address (http,
    /// https) to read instead of the embedded briefing; repeat it to join several briefings
    /// (as the app does when several are open; pages of one briefing join into one). The
    /// corrections beside each transcript (NAME.corrections.json) apply.
    #[arg(long, value_name = "FILE|URL")]
    pub data: Vec<PathBuf>,
    /// Leave out the corrections beside the transcripts: the figures as extracted.
    #[arg(long)]
    pub no_corrections: bool,
}

/// The image themes, as typed on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ThemeArg {
    /// Dark text on a light background.
    Light,
    /// Light text on a dark background.
    Dark,
    /// Black on white with darker hues and thicker lines, for a room.
    Projector,
}

impl From<ThemeArg> for ThemeChoice {
    fn from(t: ThemeArg) -> Self {
        match t {
            ThemeArg::Light => Self::Light,
            ThemeArg::Dark => Self::Dark,
            ThemeArg::Projector => Self::Projector,
        }
    }
}

/// The kind filter, as typed on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum KindArg {
    /// Every figure.
    All,
    /// Levels, shares and changes.
    Achieved,
    /// Targets only.
    Targets,
}

/// Prints one line of the command's report on stdout. A closed pipe (`… | head`) is not an
/// error: the files are written all the same.
pub(super) fn say(line: &str) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stdout(), "{line}");
}
