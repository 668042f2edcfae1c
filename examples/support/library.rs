//! A library of 100 briefings for the scale benchmark and the README's start-up measure
//! (issue 13): the seed transcript and 94 copies of it, each dated a week after the last (from
//! 5 July 2024) and with its 5G base stations and computing power grown a little, and five of
//! the development excerpts (01, 02, 03, 06 and 08), each once.

use std::path::{Path, PathBuf};

/// "July 5, 2024" plus `weeks` weeks, as the header writes it (months of 28 days are enough
/// for dates that only need to differ and stay valid).
fn date(weeks: u32) -> String {
    let days = 4 + 7 * weeks; // 5 July is day 4 of July, counting from 0
    let months = 6 + days / 28;
    let (year, month) = (2024 + months / 12, months % 12);
    let name = briefboard::format::month_name(month + 1).unwrap_or("January");
    format!("{name} {}, {year}", days % 28 + 1)
}

/// Writes the library's transcripts into `dir` and returns their paths, in order.
///
/// # Errors
/// The first file that cannot be read or written.
pub fn write(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let seed = std::fs::read_to_string(root.join("data/000_6ed6731605744708.txt"))?;
    let mut paths = Vec::new();
    for k in 0..95_u32 {
        let grown = 1.0 + f64::from(k) / 50.0;
        let text = seed
            .replace("July 5, 2024", &date(k))
            .replace("3.837 million", &format!("{:.3} million", 3.837 * grown))
            .replace("230 EFLOPS", &format!("{:.0} EFLOPS", 230.0 * grown));
        let path = dir.join(format!("miit-{k:03}.txt"));
        std::fs::write(&path, text)?;
        paths.push(path);
    }
    for nn in ["01", "02", "03", "06", "08"] {
        let from = root.join(format!("tests/data/briefings/{nn}.txt"));
        let path = dir.join(format!("excerpt-{nn}.txt"));
        std::fs::copy(from, &path)?;
        paths.push(path);
    }
    Ok(paths)
}
