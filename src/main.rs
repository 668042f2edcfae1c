//! The `briefboard` binary: parses the command line and dispatches; all the work is in the
//! library. Without a subcommand it opens the dashboard: `briefboard [FILE…] [--present]
//! [--page ID]`.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = briefboard::cli::Cli::parse();
    let result = cli.run_command().and_then(|code| match code {
        Some(code) => Ok(code),
        None => briefboard::app::run(briefboard::app::StartOptions {
            files: cli.files.clone(),
            page: cli.page.clone(),
            present: cli.present,
            data: None,
            state: None,
            data_dir: briefboard::app::data_dir(),
            quit: None,
        })
        .map(|()| ExitCode::SUCCESS),
    });
    result.unwrap_or_else(|e| {
        eprintln!("briefboard: {e:#}");
        ExitCode::FAILURE
    })
}
