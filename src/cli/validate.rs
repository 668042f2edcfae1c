//! `briefboard validate FILE`.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::dataset::Dataset;

/// Arguments of `briefboard validate`.
#[derive(Debug, clap::Args)]
pub struct ValidateArgs {
    /// The dataset to check (JSON). Its transcript (`source.file`) is checked too when it is
    /// beside the dataset.
    pub file: PathBuf,
}

/// Checks a dataset and lists every problem with its JSON path on standard error.
///
/// Exits with failure when there is any problem, or when the file is not a dataset at all
/// (bad JSON, a missing or mistyped field: reported with line and column).
///
/// # Errors
/// None of its own: problems are reported and turned into the exit code.
#[expect(
    clippy::unnecessary_wraps,
    reason = "every subcommand has the same signature"
)]
pub fn run(args: &ValidateArgs) -> anyhow::Result<ExitCode> {
    let shown = args.file.display();
    let dataset = match Dataset::load(&args.file) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("briefboard: {e}");
            return Ok(ExitCode::FAILURE);
        }
    };
    let beside = args.file.parent().map(|dir| dir.join(&dataset.source.file));
    let source = beside.as_ref().and_then(|p| std::fs::read(p).ok());
    let problems = dataset.validate(source.as_deref());
    for p in &problems {
        eprintln!("briefboard: {shown}: {p}");
    }
    let checked = if source.is_some() {
        "with its source"
    } else {
        "without its source (not found beside it)"
    };
    if problems.is_empty() {
        println!(
            "{shown}: valid, {} indicators, checked {checked}",
            dataset.indicators.len()
        );
        Ok(ExitCode::SUCCESS)
    } else {
        eprintln!(
            "briefboard: {shown}: {} problem(s), checked {checked}",
            problems.len()
        );
        Ok(ExitCode::FAILURE)
    }
}
