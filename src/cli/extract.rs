//! `briefboard extract TRANSCRIPT.txt [-o OUT.json] [--no-curation]`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;

/// Arguments of `briefboard extract`.
#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// The transcript, an English SCIO briefing as published (UTF-8 text).
    pub transcript: PathBuf,
    /// Where to write the dataset (JSON); standard output when absent.
    #[arg(short, long, value_name = "OUT.json")]
    pub output: Option<PathBuf>,
    /// Leave out the curated labels of `data/curation.json`: every label and theme as the
    /// rules give it.
    #[arg(long)]
    pub no_curation: bool,
}

/// Extracts the dataset and writes it (atomically) or prints it.
///
/// # Errors
/// An unreadable or malformed transcript; an unwritable output.
pub fn run(args: &ExtractArgs) -> anyhow::Result<ExitCode> {
    let curate = if args.no_curation {
        crate::extract::Curate::No
    } else {
        crate::extract::Curate::Yes
    };
    let dataset = crate::extract::extract_file_with(&args.transcript, curate)?;
    let json = dataset.to_json();
    match &args.output {
        Some(path) => crate::fsutil::write_atomic(path, json.as_bytes())?,
        None => std::io::stdout()
            .lock()
            .write_all(json.as_bytes())
            .context("cannot write to standard output")?,
    }
    Ok(ExitCode::SUCCESS)
}
