//! The command line (clap): `briefboard [FILE…] [--present [--page ID]]` opens the dashboard;
//! `extract`, `validate`, `schema`, `export`, `pages` and `correct` work without a display.

mod board;
mod correct;
mod export;
mod extract;
mod schema;
mod validate;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// Figures from SCIO press briefings, each traceable to its speaker and sentence.
#[derive(Debug, Parser)]
#[command(name = "briefboard", version, about)]
pub struct Cli {
    /// Datasets (.json), transcripts (.txt), saved web pages (.htm, .html), folders of them,
    /// or web addresses (http, https) to open, beside the briefings open at the last run (the
    /// embedded one unless it was closed). Pages of one briefing given together join.
    pub files: Vec<PathBuf>,
    /// Start in presentation mode (fullscreen, one page per slide).
    #[arg(long)]
    pub present: bool,
    /// The page to open on (see `briefboard pages`).
    #[arg(long, value_name = "ID")]
    pub page: Option<String>,
    /// A subcommand; without one, the dashboard opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands that run without a window.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract the indicator dataset from an SCIO-format transcript.
    Extract(extract::ExtractArgs),
    /// Check a dataset: schema, references, finite values, unique ids, quotes against the source.
    Validate(validate::ValidateArgs),
    /// Print (or write) the JSON Schema of the dataset format.
    Schema(schema::SchemaArgs),
    /// Export a page as a PNG (or every page, or the figures shown as CSV or JSON), headless.
    Export(export::ExportArgs),
    /// List the chart pages: id and title.
    Pages(export::PagesArgs),
    /// Correct a figure of a briefing (label, theme, kind, unit, qualifier, period, measure,
    /// or hide it), in the corrections file beside its transcript; --list, --undo.
    Correct(correct::CorrectArgs),
    /// Slides of one's own in a `.briefboard` file: `board add` appends one, `board list`
    /// shows them (export them with `export --board`).
    Board(board::BoardArgs),
}

impl Cli {
    /// Runs a subcommand. Returns `Ok(None)` when there is none (the caller opens the app).
    ///
    /// # Errors
    /// What the subcommand reports: unreadable input, invalid data, unwritable output.
    pub fn run_command(&self) -> anyhow::Result<Option<std::process::ExitCode>> {
        match &self.command {
            None => Ok(None),
            Some(Command::Extract(args)) => extract::run(args).map(Some),
            Some(Command::Validate(args)) => validate::run(args).map(Some),
            Some(Command::Schema(args)) => schema::run(args).map(Some),
            Some(Command::Export(args)) => export::run(args).map(Some),
            Some(Command::Pages(args)) => export::run_pages(args).map(Some),
            Some(Command::Correct(args)) => correct::run(args).map(Some),
            Some(Command::Board(args)) => board::run(args).map(Some),
        }
    }
}

/// Says on standard error which corrections of a briefing were not found; an unreadable
/// corrections file is an error (the command line does not go on without it).
///
/// # Errors
/// The corrections file could not be read.
fn corrections_notes(loaded: &crate::loaded::Loaded) -> anyhow::Result<()> {
    let Some(c) = loaded.corrected.as_deref() else {
        return Ok(());
    };
    if let Some(e) = &c.error {
        anyhow::bail!("{e} (--no-corrections leaves the file out)");
    }
    for m in &c.missing {
        eprintln!(
            "briefboard: {}: the figure {} at bytes {}–{} was not found; its correction is kept but not applied",
            c.path.display(),
            m.figure.measure,
            m.figure.start,
            m.figure.end
        );
    }
    Ok(())
}
