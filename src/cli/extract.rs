//! `briefboard extract TRANSCRIPT.txt [-o OUT.json] [--no-corrections]`.

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
    /// Leave out the corrections beside the transcript (NAME.corrections.json): every
    /// figure as the extractor reads it.
    #[arg(long)]
    pub no_corrections: bool,
}

/// Extracts the dataset, applies the corrections beside the transcript, and writes it
/// (atomically) or prints it.
///
/// # Errors
/// An unreadable or malformed transcript, an unreadable corrections file; an unwritable
/// output.
pub fn run(args: &ExtractArgs) -> anyhow::Result<ExitCode> {
    let dataset = crate::extract::extract_file(&args.transcript)?;
    let dataset = if args.no_corrections {
        dataset
    } else {
        let name = args.transcript.display().to_string();
        let loaded = crate::loaded::Loaded::without_source(dataset, String::new(), &name)
            .corrected(Some(&args.transcript), &crate::loaded::Places::beside());
        super::corrections_notes(&loaded)?;
        loaded.dataset
    };
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
