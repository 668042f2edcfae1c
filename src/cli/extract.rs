//! `briefboard extract TRANSCRIPT… [-o OUT.json] [--no-corrections]`: a transcript (`.txt`),
//! a saved web page (`.htm`, `.html`), the pages of one briefing given together, or a web
//! address.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;

/// Arguments of `briefboard extract`.
#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// The transcript: an English SCIO briefing as published (UTF-8 text), a web page saved
    /// from a browser (.htm, .html), several pages of one briefing (joined in page order), or
    /// a web address (http or https), whose other pages are fetched too.
    #[arg(required = true, num_args = 1..)]
    pub transcript: Vec<PathBuf>,
    /// Where to write the dataset (JSON); standard output when absent. A transcript made from
    /// web pages is written beside it, under the name the dataset gives in `source.file`.
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
/// An unreadable or malformed transcript, an unreadable corrections file; pages of more than
/// one briefing; an address that cannot be fetched; an unwritable output.
pub fn run(args: &ExtractArgs) -> anyhow::Result<ExitCode> {
    let (dataset, transcript) = if let [one] = args.transcript.as_slice()
        && crate::sources::fetch::is_address(&one.to_string_lossy())
    {
        let address = one.to_string_lossy();
        let limits = crate::sources::fetch::Limits::default();
        let cancel = std::sync::atomic::AtomicBool::new(false);
        let (pages, failed) = crate::loaded::fetch_pages(&address, &limits, &|_, _| {}, &cancel)?;
        for e in failed {
            eprintln!("briefboard: {e}; the briefing was extracted without that page");
        }
        joined(&pages, args.output.as_deref())?
    } else {
        let mut pages = Vec::new();
        for path in &args.transcript {
            let name = path.display().to_string();
            let bytes = std::fs::read(path).map_err(|e| crate::loaded::LoadError {
                file: name.clone(),
                place: None,
                reason: crate::loaded::io_words(&e),
            })?;
            pages.push(crate::sources::read_page(&name, &bytes, None));
        }
        match pages.as_slice() {
            [one] if !one.from_html => {
                let dataset = crate::extract::extract_file(&args.transcript[0])?;
                if let Some(notice) = crate::loaded::no_speaker_lines(&one.source, &dataset) {
                    eprintln!("briefboard: {notice}");
                }
                (dataset, args.transcript[0].clone())
            }
            _ => joined(&pages, args.output.as_deref())?,
        }
    };
    let dataset = if args.no_corrections {
        dataset
    } else {
        let name = transcript.display().to_string();
        let loaded = crate::loaded::Loaded::without_source(dataset, String::new(), &name)
            .corrected(Some(&transcript), &crate::loaded::Places::beside());
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

/// The dataset of pages that must be of one briefing, and the path of its joined
/// transcript, written beside `output` (or into briefboard's folder of transcripts);
/// notices go to standard error.
///
/// # Errors
/// Pages of several briefings, a joined text that is no transcript, an unwritable transcript.
fn joined(
    pages: &[crate::sources::Page],
    output: Option<&Path>,
) -> anyhow::Result<(crate::dataset::Dataset, PathBuf)> {
    let groups = crate::sources::group_indices(pages);
    if groups.len() > 1 {
        let firsts: Vec<&str> = groups.iter().map(|g| pages[g[0]].source.as_str()).collect();
        anyhow::bail!(
            "these are {} briefings, not pages of one (first pages: {}); extract them one at \
             a time",
            groups.len(),
            firsts.join(", ")
        );
    }
    let ordered: Vec<crate::sources::Page> =
        groups.iter().flatten().map(|&k| pages[k].clone()).collect();
    let (dataset, joined) = crate::loaded::extract_pages(&ordered)?;
    for notice in &joined.notices {
        eprintln!("briefboard: {notice}");
    }
    let dir = match output.and_then(Path::parent) {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        Some(_) => PathBuf::from("."),
        None => crate::sources::copies_dir(),
    };
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let transcript = dir.join(&dataset.source.file);
    crate::fsutil::write_atomic(&transcript, joined.text.as_bytes())?;
    Ok((dataset, transcript))
}
