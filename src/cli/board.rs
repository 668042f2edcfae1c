//! `briefboard board add|list` (slides of one's own in a `.briefboard` file) and `briefboard
//! export --board BOARD` (its slides as a deck, or one image per slide).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};

use crate::board::{self, Board, ChartChoice, Resolved};
use crate::charts::PageModel;
use crate::dataset::{Dataset, Indicator};
use crate::export::png::PngSize;
use crate::export::{Captions, ExportPage, Format, Renderer};
use crate::fsutil::write_atomic;
use crate::library::Library;

/// Arguments of `briefboard board`.
#[derive(Debug, clap::Args)]
pub struct BoardArgs {
    /// What to do with the board.
    #[command(subcommand)]
    pub command: BoardCommand,
}

/// The subcommands of `briefboard board`.
#[derive(Debug, clap::Subcommand)]
pub enum BoardCommand {
    /// Append a slide of the figures given to a board (the file is made when it is missing).
    Add(AddArgs),
    /// List a board's slides, their figures, and what is missing (a briefing gone or changed,
    /// a figure not found).
    List(ListArgs),
}

/// Arguments of `briefboard board add`.
#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// The board file (`mine.briefboard`).
    #[arg(value_name = "BOARD")]
    pub board: PathBuf,
    /// The briefings the figures are of, as for `briefboard export`: datasets, transcripts,
    /// saved web pages or web addresses (the embedded briefing when none is given).
    #[arg(long, value_name = "FILE|URL")]
    pub data: Vec<PathBuf>,
    /// A figure, by the id `briefboard export --csv` prints for the same --data (repeatable,
    /// in the order drawn).
    #[arg(long = "figure", value_name = "ID", required = true)]
    pub figures: Vec<String>,
    /// The slide's title; the first figure's label when absent.
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// One sentence under the title.
    #[arg(long, value_name = "TEXT")]
    pub subtitle: Option<String>,
    /// A short note under the chart.
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Draw this figure in colour and grey the others (repeatable; one of --figure).
    #[arg(long = "highlight", value_name = "ID")]
    pub highlights: Vec<String>,
    /// The chart: bars, cards, or series (one measure over time).
    #[arg(long, value_enum, default_value_t = ChartArg::Bars)]
    pub chart: ChartArg,
    /// Leave out the corrections beside the transcripts.
    #[arg(long)]
    pub no_corrections: bool,
}

/// Arguments of `briefboard board list`.
#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// The board file.
    #[arg(value_name = "BOARD")]
    pub board: PathBuf,
    /// Leave out the corrections beside the transcripts.
    #[arg(long)]
    pub no_corrections: bool,
}

/// The chart kinds, as typed on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ChartArg {
    /// Horizontal bars.
    Bars,
    /// Each figure as a number on a card.
    Cards,
    /// One measure over time, on a date axis.
    Series,
}

impl From<ChartArg> for ChartChoice {
    fn from(c: ChartArg) -> Self {
        match c {
            ChartArg::Bars => Self::Bars,
            ChartArg::Cards => Self::Cards,
            ChartArg::Series => Self::Series,
        }
    }
}

/// Runs `briefboard board …`.
///
/// # Errors
/// An unreadable board or briefing, an unknown figure id, a series of several measures, an
/// unwritable board.
pub fn run(args: &BoardArgs) -> anyhow::Result<ExitCode> {
    match &args.command {
        BoardCommand::Add(a) => add(a),
        BoardCommand::List(a) => list(a),
    }
}

fn places(no_corrections: bool) -> crate::loaded::Places {
    if no_corrections {
        crate::loaded::Places::none()
    } else {
        crate::loaded::Places::beside()
    }
}

/// The briefings of `--data` (the embedded one when none), as the app opens them.
fn open_data(paths: &[PathBuf], no_corrections: bool) -> anyhow::Result<Library> {
    if paths.is_empty() {
        return Ok(Library::embedded());
    }
    let parts = crate::library::open_all(paths, &places(no_corrections))
        .into_iter()
        .collect::<Result<Vec<_>, _>>()?;
    for part in &parts {
        super::corrections_notes(part)?;
    }
    Ok(Library::new(parts))
}

fn add(args: &AddArgs) -> anyhow::Result<ExitCode> {
    let mut board = if args.board.exists() {
        Board::read(&args.board)?
    } else {
        Board::new()
    };
    let library = open_data(&args.data, args.no_corrections)?;
    let dataset = library.dataset();
    let mut figures: Vec<&Indicator> = Vec::new();
    for id in &args.figures {
        let Some(found) = dataset.indicator(id) else {
            let place = if args.data.is_empty() {
                "the embedded briefing"
            } else {
                "these briefings"
            };
            bail!(
                "no figure {id:?} in {place}; `briefboard export --csv -o -` with the same \
                 --data lists the ids"
            );
        };
        figures.push(found);
    }
    for h in &args.highlights {
        if !args.figures.contains(h) {
            bail!("--highlight {h}: not one of the slide's figures (give it as --figure too)");
        }
    }
    let chart = ChartChoice::from(args.chart);
    if chart == ChartChoice::Series {
        let indices: Vec<usize> = args
            .figures
            .iter()
            .filter_map(|id| dataset.indicators.iter().position(|i| &i.id == id))
            .collect();
        if let Some(why) = board::series_problem(dataset, &indices) {
            bail!("--chart series: {why}; use --chart bars or cards");
        }
    }
    if let Some(note) = &args.note
        && note.chars().count() > board::NOTE_MAX_CHARS
    {
        bail!(
            "--note: a note has at most {} characters (this one has {})",
            board::NOTE_MAX_CHARS,
            note.chars().count()
        );
    }
    let path_of = |sha: &str| {
        library
            .parts()
            .iter()
            .find(|p| p.dataset.source.sha256 == sha)
            .map(|p| board::stored_path(&p.name))
            .unwrap_or_default()
    };
    let k = board.add_slide(
        dataset,
        &figures,
        args.title.as_deref().unwrap_or(""),
        &path_of,
    );
    let slide = &mut board.slides[k];
    slide.subtitle = args.subtitle.clone().unwrap_or_default();
    slide.note = args.note.clone().unwrap_or_default();
    slide.chart = chart;
    for (f, id) in slide.figures.iter_mut().zip(&args.figures) {
        f.highlight = args.highlights.contains(id);
    }
    board.write(&args.board)?;
    let n = board.slides[k].figures.len();
    super::export::say(&format!(
        "{}: slide {} \u{201c}{}\u{201d} ({n} figure{})",
        args.board.display(),
        k + 1,
        board.slides[k].title,
        if n == 1 { "" } else { "s" }
    ));
    Ok(ExitCode::SUCCESS)
}

/// A board read, its briefings opened and its figures found.
pub(super) struct OpenBoard {
    pub(super) board: Board,
    pub(super) library: Library,
    pub(super) resolved: Resolved,
    pub(super) problems: Vec<String>,
}

/// Reads the board at `path`, opens its briefings and finds its figures.
pub(super) fn open_board(path: &Path, no_corrections: bool) -> anyhow::Result<OpenBoard> {
    let board = Board::read(path)?;
    let opened = board::open_briefings(&board, Some(path), &places(no_corrections));
    for part in &opened.parts {
        super::corrections_notes(part)?;
    }
    let mut problems = opened.problems(&board);
    let library = Library::new(opened.parts);
    let resolved = board::resolve(&board, library.dataset(), &opened.states);
    problems.extend(resolved.problems());
    Ok(OpenBoard {
        board,
        library,
        resolved,
        problems,
    })
}

fn list(args: &ListArgs) -> anyhow::Result<ExitCode> {
    let open = open_board(&args.board, args.no_corrections)?;
    let (board, dataset) = (&open.board, open.library.dataset());
    let say = |line: &str| super::export::say(line);
    let n = board.slides.len();
    say(&format!(
        "{}: {n} slide{}, {} briefing{}",
        args.board.display(),
        if n == 1 { "" } else { "s" },
        board.briefings.len(),
        if board.briefings.len() == 1 { "" } else { "s" },
    ));
    for b in &board.briefings {
        let when = if b.date.is_empty() {
            String::new()
        } else {
            format!(" ({})", b.date)
        };
        say(&format!("  briefing {}: {}{when}", b.path, b.title));
    }
    for (k, (slide, found)) in board.slides.iter().zip(&open.resolved.slides).enumerate() {
        say("");
        say(&format!(
            "Slide {}: {} [{}]",
            k + 1,
            slide.title,
            slide.chart.name()
        ));
        if !slide.subtitle.is_empty() {
            say(&format!("  {}", slide.subtitle));
        }
        for (f, at) in slide.figures.iter().zip(&found.figures) {
            let mark = if f.highlight { "*" } else { " " };
            match at.map(|n| &dataset.indicators[n]) {
                Some(ind) => say(&format!(
                    "  {mark} {}  {}  {}",
                    ind.id,
                    crate::format::indicator(ind),
                    ind.label
                )),
                None => say(&format!("  {mark} (not found)  {}", f.name())),
            }
        }
        if !slide.note.is_empty() {
            say(&format!("  Note: {}", slide.note));
        }
        for p in &found.problems {
            say(&format!("  Problem: {p}"));
        }
    }
    for p in open.problems.iter().filter(|p| !p.starts_with("Slide ")) {
        eprintln!("briefboard: {p}");
    }
    Ok(ExitCode::SUCCESS)
}

/// The models of a board's slides, in order.
#[must_use]
pub fn slide_models(board: &Board, resolved: &Resolved, dataset: &Dataset) -> Vec<PageModel> {
    board
        .slides
        .iter()
        .zip(&resolved.slides)
        .enumerate()
        .map(|(k, (slide, found))| crate::charts::board::slide_model(k, slide, found, dataset))
        .collect()
}

/// `briefboard export --board BOARD --deck -o deck.pdf` or `--all -o DIR/`.
pub(super) fn export(args: &super::export::ExportArgs, path: &Path) -> anyhow::Result<ExitCode> {
    if !(args.deck || args.all) {
        bail!("--board exports the board's slides: give --deck -o FILE.pdf or --all -o FOLDER");
    }
    let open = open_board(path, args.no_corrections)?;
    for p in &open.problems {
        eprintln!("briefboard: {}: {p}", path.display());
    }
    let dataset = open.library.dataset();
    let models = slide_models(&open.board, &open.resolved, dataset);
    if models.is_empty() {
        bail!("{}: the board has no slides", path.display());
    }
    let captions = Captions {
        title: None,
        subtitle: None,
        source_line: !args.no_source,
    };
    let pages: Vec<ExportPage> = models
        .into_iter()
        .map(|m| ExportPage::new(m, dataset, args.theme.into(), &captions))
        .collect();
    let size = PngSize {
        size: args.size,
        scale: args.scale,
    };
    if args.deck {
        let format = args.format.or(Format::from_path(&args.output)?);
        if format.is_some_and(|f| f != Format::Pdf) {
            bail!("{}: a deck is a PDF; name it .pdf", args.output.display());
        }
        let out = Format::Pdf.with_extension(&args.output);
        // A slide taller than a slide of the deck continues on the next ("… (2 of 2)").
        let slides: Vec<ExportPage> = pages.iter().flat_map(|p| p.slides(dataset, size)).collect();
        let bytes = crate::export::deck::to_pdf(&slides, dataset, size)
            .with_context(|| format!("{}: cannot export the deck", out.display()))?;
        write_atomic(&out, &bytes)?;
        let (n, m) = (pages.len(), slides.len());
        let continued = if m > n {
            format!(" on {m} pages")
        } else {
            String::new()
        };
        super::export::say(&format!(
            "{} ({n} slide{}{continued} and their sources)",
            out.display(),
            if n == 1 { "" } else { "s" }
        ));
        return Ok(ExitCode::SUCCESS);
    }
    if Format::from_path(&args.output).is_ok_and(|f| f.is_some()) {
        bail!(
            "{}: --all writes one file per slide into a folder; give a folder, or use --deck",
            args.output.display()
        );
    }
    let format = args.format.unwrap_or_default();
    std::fs::create_dir_all(&args.output)
        .with_context(|| format!("{}: cannot create the folder", args.output.display()))?;
    let mut renderer = Renderer::default();
    for page in &pages {
        let out = args
            .output
            .join(format!("{}.{}", page.model.id, format.extension()));
        let files =
            crate::export::file::page_files(page, dataset, (format, size), &out, &mut renderer)
                .with_context(|| format!("{}: cannot export {}", out.display(), page.model.id))?;
        for (out, bytes) in files {
            write_atomic(&out, &bytes)?;
            super::export::say(&out.display().to_string());
        }
    }
    Ok(ExitCode::SUCCESS)
}
