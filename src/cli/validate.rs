//! `briefboard validate FILE`.

use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `briefboard validate`.
#[derive(Debug, clap::Args)]
pub struct ValidateArgs {
    /// The dataset to check (JSON).
    pub file: PathBuf,
}

pub fn run(_args: &ValidateArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("validate: not built yet")
}
