//! The `briefboard` binary: parses the command line and dispatches; all the work is in the
//! library.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = briefboard::cli::Cli::parse();
    match cli.run_command() {
        Ok(Some(code)) => code,
        Ok(None) => {
            let d = briefboard::dataset::Dataset::embedded();
            println!("{}: {} indicators", d.source.title, d.indicators.len());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("briefboard: {e:#}");
            ExitCode::FAILURE
        }
    }
}
