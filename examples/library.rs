//! Writes the 100 briefings of the scale benchmark into a folder, to open them in the app
//! (`briefboard DIR`) or time its start-up with them (see the README).
//!
//! `cargo run --release --example library -- DIR`

#[path = "support/library.rs"]
mod library;

fn main() -> std::process::ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(std::path::PathBuf::from) else {
        eprintln!("usage: cargo run --example library -- DIR");
        return std::process::ExitCode::FAILURE;
    };
    let written = std::fs::create_dir_all(&dir).and_then(|()| library::write(&dir));
    match written {
        Ok(paths) => {
            let bytes: u64 = paths
                .iter()
                .filter_map(|p| std::fs::metadata(p).ok())
                .map(|m| m.len())
                .sum();
            println!(
                "{} briefings, {bytes} bytes, in {}",
                paths.len(),
                dir.display()
            );
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}: {e}", dir.display());
            std::process::ExitCode::FAILURE
        }
    }
}
