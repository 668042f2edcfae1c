//! `briefboard schema [--corrections | --board] [-o OUT.json]`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;

/// Arguments of `briefboard schema`.
#[derive(Debug, clap::Args)]
pub struct SchemaArgs {
    /// Where to write the schema; standard output when absent.
    #[arg(short, long, value_name = "OUT.json")]
    pub output: Option<PathBuf>,
    /// The schema of a corrections file (NAME.corrections.json) instead of the dataset's.
    #[arg(long, conflicts_with = "board")]
    pub corrections: bool,
    /// The schema of a board file (NAME.briefboard: slides of one's own).
    #[arg(long)]
    pub board: bool,
}

/// Writes the JSON Schema generated from the dataset types (or the corrections types).
///
/// # Errors
/// An unwritable output.
pub fn run(args: &SchemaArgs) -> anyhow::Result<ExitCode> {
    let schema = if args.board {
        crate::board::Board::json_schema()
    } else if args.corrections {
        crate::corrections::Corrections::json_schema()
    } else {
        crate::dataset::Dataset::json_schema()
    };
    match &args.output {
        Some(path) => crate::fsutil::write_atomic(path, schema.as_bytes())?,
        None => std::io::stdout()
            .lock()
            .write_all(schema.as_bytes())
            .context("cannot write to standard output")?,
    }
    Ok(ExitCode::SUCCESS)
}
