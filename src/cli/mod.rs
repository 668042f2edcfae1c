//! The command line (clap): `briefboard [FILE…] [--present [--page ID]]` opens the dashboard;
//! `extract`, `validate`, `export` and `pages` work without a display.

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
        }
    }
}
