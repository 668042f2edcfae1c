//! `briefboard extract TRANSCRIPT.txt [-o OUT.json]`.

use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `briefboard extract`.
#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// The transcript, an English SCIO briefing as published (UTF-8 text).
    pub transcript: PathBuf,
    /// Where to write the dataset (JSON); standard output when absent.
    #[arg(short, long, value_name = "OUT.json")]
    pub output: Option<PathBuf>,
}

pub fn run(_args: &ExtractArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("extract: not built yet")
}
