//! `briefboard export` (PNG of one page or of every page, CSV or JSON of the indicators shown)
//! and `briefboard pages` (the page ids and titles). Both run without a display.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, bail};

use crate::charts;
use crate::command::Page;
use crate::dataset::Dataset;
use crate::derived::Derived;
use crate::export::file::page_files;
use crate::export::png::{self, PngSize};
use crate::export::{Captions, ExportPage, Format, Renderer, Size, csv, json};
use crate::filter::{Filter, KindFilter};
use crate::fsutil::write_atomic;
use crate::theme::ThemeChoice;

/// What `briefboard export` writes.
#[derive(Debug, clap::Args)]
#[expect(clippy::struct_excessive_bools, reason = "command-line flags")]
#[command(group = clap::ArgGroup::new("what").required(true).multiple(true).args(["page", "all", "deck", "csv", "json"]))]
pub struct ExportArgs {
    /// One page as a PNG, SVG or PDF, by the extension of -o or --format (see `briefboard
    /// pages`).
    #[arg(long, value_name = "ID")]
    pub page: Option<String>,
    /// Every chart page, one file per page named by page id, into the folder -o.
    #[arg(long, conflicts_with = "page")]
    pub all: bool,
    /// A PDF deck: one page per slide (the chart pages the filters leave, in presentation
    /// order), then the Sources pages with every figure's speaker and sentence.
    #[arg(long, conflicts_with_all = ["page", "all"])]
    pub deck: bool,
    /// The image format; by default the extension of -o (png when it has none).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,
    /// The indicators shown (filters applied; with --page, those of that page) as CSV.
    #[arg(long, conflicts_with_all = ["all", "deck"])]
    pub csv: bool,
    /// The indicators shown as JSON in the dataset format.
    #[arg(long, conflicts_with_all = ["all", "csv", "deck"])]
    pub json: bool,
    /// The image size at scale 1, in pixels, such as 1920x1080; the page is laid out as a
    /// 1280x720 slide zoomed to fill it.
    #[arg(long, default_value = "1920x1080", value_name = "WxH")]
    pub size: Size,
    /// Multiplies the pixel size: 2 gives 3840x2160 pixels for --size 1920x1080, same layout.
    #[arg(long, default_value_t = 1, value_name = "N",
          value_parser = clap::value_parser!(u32).range(1..=i64::from(png::MAX_SCALE)))]
    pub scale: u32,
    /// The colour theme of the image.
    #[arg(long, value_enum, default_value_t = ThemeArg::Light)]
    pub theme: ThemeArg,
    /// Keep only figures said by this speaker (repeatable; see the dataset's speaker ids).
    #[arg(long = "speaker", value_name = "ID")]
    pub speakers: Vec<String>,
    /// Keep only figures of this theme (repeatable): ict, industry, digital, smes, green,
    /// innovation, reform.
    #[arg(long = "only-theme", value_name = "ID")]
    pub themes: Vec<String>,
    /// Keep only achieved values or only targets.
    #[arg(long, value_enum, default_value_t = KindArg::All)]
    pub kind: KindArg,
    /// Keep only figures whose label, period or quote contains this text.
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// Replace the page title in the image.
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// Replace the page subtitle in the image.
    #[arg(long, value_name = "TEXT")]
    pub subtitle: Option<String>,
    /// Leave out the source line at the bottom of the image.
    #[arg(long)]
    pub no_source: bool,
    /// A dataset (.json), transcript (.txt), saved web page (.htm) or web address (http,
    /// https) to read instead of the embedded briefing; repeat it to join several briefings
    /// (as the app does when several are open; pages of one briefing join into one). The
    /// corrections beside each transcript (NAME.corrections.json) apply.
    #[arg(long, value_name = "FILE|URL")]
    pub data: Vec<PathBuf>,
    /// Leave out the corrections beside the transcripts: the figures as extracted.
    #[arg(long)]
    pub no_corrections: bool,
    /// Export the slides of this board (`.briefboard`) instead of the chart pages: with
    /// --deck, one PDF with their Sources pages; with --all, one image per slide. The
    /// board's own briefings are opened.
    #[arg(long, value_name = "BOARD", conflicts_with_all = ["data", "page", "csv", "json"])]
    pub board: Option<PathBuf>,
    /// The file to write (.png, .svg, .pdf, .csv or .json), or the folder for --all; `-` with
    /// --csv or --json writes the table to standard output.
    #[arg(short = 'o', long = "output", value_name = "PATH")]
    pub output: PathBuf,
}

/// Arguments of `briefboard pages`.
#[derive(Debug, clap::Args)]
pub struct PagesArgs {
    /// A dataset (.json), transcript (.txt), saved web page (.htm) or web address (http,
    /// https) to read instead of the embedded briefing; repeat it to join several briefings
    /// (as the app does when several are open; pages of one briefing join into one). The
    /// corrections beside each transcript (NAME.corrections.json) apply.
    #[arg(long, value_name = "FILE|URL")]
    pub data: Vec<PathBuf>,
    /// Leave out the corrections beside the transcripts: the figures as extracted.
    #[arg(long)]
    pub no_corrections: bool,
}

/// The image themes, as typed on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ThemeArg {
    /// Dark text on a light background.
    Light,
    /// Light text on a dark background.
    Dark,
    /// Black on white with darker hues and thicker lines, for a room.
    Projector,
}

impl From<ThemeArg> for ThemeChoice {
    fn from(t: ThemeArg) -> Self {
        match t {
            ThemeArg::Light => Self::Light,
            ThemeArg::Dark => Self::Dark,
            ThemeArg::Projector => Self::Projector,
        }
    }
}

/// The kind filter, as typed on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum KindArg {
    /// Every figure.
    All,
    /// Levels, shares and changes.
    Achieved,
    /// Targets only.
    Targets,
}

/// Runs `briefboard pages`: one line per chart page, id then title.
///
/// # Errors
/// When the dataset cannot be read.
pub fn run_pages(args: &PagesArgs) -> anyhow::Result<ExitCode> {
    let dataset = load(&args.data, args.no_corrections)?;
    let mut rows: Vec<(String, String)> = charts::pages(&dataset)
        .into_iter()
        .map(|p| (p.id, p.title))
        .collect();
    // The app's `--page` takes these too; they are not exported as images.
    rows.push((
        "table".to_owned(),
        "Table (in the app; export --csv gives its rows)".to_owned(),
    ));
    rows.push((
        "transcript".to_owned(),
        "Transcript (in the app)".to_owned(),
    ));
    let width = rows
        .iter()
        .map(|(id, _)| id.chars().count())
        .max()
        .unwrap_or(0);
    for (id, title) in rows {
        say(&format!("{id:width$}  {title}"));
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `briefboard export`.
///
/// # Errors
/// An unreadable dataset, an unknown page, speaker or theme id, no graphics adapter (with
/// what to install), or an unwritable output (the error names the file).
pub fn run(args: &ExportArgs) -> anyhow::Result<ExitCode> {
    if let Some(board) = &args.board {
        return super::board::export(args, board);
    }
    let dataset = load(&args.data, args.no_corrections)?;
    let filter = filter(args, &dataset)?;
    if args.csv || args.json {
        return write_table(args, &dataset, &filter);
    }
    let derived = Derived::of(&dataset, &filter);
    let size = PngSize {
        size: args.size,
        scale: args.scale,
    };
    let captions = Captions {
        title: args.title.clone(),
        subtitle: args.subtitle.clone(),
        source_line: !args.no_source,
    };
    let page = |model: &charts::PageModel| {
        ExportPage::new(model.clone(), &dataset, args.theme.into(), &captions)
    };
    if args.deck {
        let format = args.format.or(Format::from_path(&args.output)?);
        if format.is_some_and(|f| f != Format::Pdf) {
            bail!("{}: a deck is a PDF; name it .pdf", args.output.display());
        }
        let path = Format::Pdf.with_extension(&args.output);
        let slides =
            crate::export::deck::slides(&dataset, &derived, (args.theme.into(), size), &captions);
        let bytes = crate::export::deck::to_pdf(&slides, &dataset, size)
            .with_context(|| format!("{}: cannot export the deck", path.display()))?;
        write_atomic(&path, &bytes)?;
        let n = slides.len();
        let plural = if n == 1 { "" } else { "s" };
        say(&format!(
            "{} ({n} slide{plural} and their sources)",
            path.display()
        ));
        return Ok(ExitCode::SUCCESS);
    }
    let ids: Vec<String> = if args.all {
        derived
            .pages()
            .iter()
            .filter_map(|(p, _)| p.chart().map(str::to_owned))
            .collect()
    } else {
        vec![args.page.clone().unwrap_or_default()]
    };
    let models = ids
        .iter()
        .map(|id| page_model(&dataset, &derived, id))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let named = if args.all {
        None
    } else {
        Format::from_path(&args.output)?
    };
    let format = match (args.format, named) {
        (Some(f), Some(n)) if f != n => bail!(
            "{}: the name says {} but --format says {}; make them agree",
            args.output.display(),
            n.extension(),
            f.extension()
        ),
        (Some(f), _) => f,
        (None, n) => n.unwrap_or_default(),
    };
    if args.all && Format::from_path(&args.output).is_ok_and(|f| f.is_some()) {
        bail!(
            "{}: --all writes one file per page into a folder; give a folder, or use --deck \
             for one PDF of every slide",
            args.output.display()
        );
    }
    if args.all {
        std::fs::create_dir_all(&args.output)
            .with_context(|| format!("{}: cannot create the folder", args.output.display()))?;
    }
    let mut renderer = Renderer::default();
    for model in models {
        let path = if args.all {
            args.output
                .join(format!("{}.{}", model.id, format.extension()))
        } else {
            format.with_extension(&args.output)
        };
        let page = page(model);
        let files = page_files(&page, &dataset, (format, size), &path, &mut renderer)
            .with_context(|| format!("{}: cannot export page {}", path.display(), page.model.id))?;
        for (path, bytes) in files {
            write_atomic(&path, &bytes)?;
            match format {
                Format::Png => say(&format!("{} ({} pixels)", path.display(), size.pixels())),
                Format::Svg | Format::Pdf => say(&path.display().to_string()),
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The CSV or JSON of the indicators shown: with --page, those the page draws; otherwise
/// every indicator that passes the filters, in dataset order.
fn write_table(args: &ExportArgs, dataset: &Dataset, filter: &Filter) -> anyhow::Result<ExitCode> {
    let selection = filter.apply(dataset);
    let mut shown: Vec<_> = selection.iter(dataset).collect();
    // `--csv --page table` is every figure shown, as the table holds them.
    let chart_page = args
        .page
        .as_ref()
        .filter(|id| Page::from_id(id).chart().is_some());
    if let Some(id) = chart_page {
        let derived = Derived::of(dataset, filter);
        let model = page_model(dataset, &derived, id)?;
        let ids = model.indicator_ids();
        shown = ids.iter().filter_map(|id| dataset.indicator(id)).collect();
    }
    let bytes = if args.json {
        json::to_json(dataset, shown.iter().copied()).into_bytes()
    } else {
        csv::to_csv(dataset, shown.iter().copied())
            .with_context(|| args.output.display().to_string())?
    };
    // `-o -`: the table on standard output, to read or pipe.
    if args.output.as_os_str() == "-" {
        use std::io::Write as _;
        std::io::stdout()
            .write_all(&bytes)
            .context("standard output")?;
        return Ok(ExitCode::SUCCESS);
    }
    write_atomic(&args.output, &bytes)?;
    say(&format!(
        "{} ({} indicators)",
        args.output.display(),
        shown.len()
    ));
    Ok(ExitCode::SUCCESS)
}

/// The dataset of the `--data` files (read by the app's loader with the corrections beside
/// their transcripts, unless `no_corrections`, and joined as the app joins open briefings),
/// or the embedded one.
fn load(paths: &[PathBuf], no_corrections: bool) -> anyhow::Result<Dataset> {
    if paths.is_empty() && no_corrections {
        // The embedded dataset has the seed's corrections: extract its transcript again.
        let embedded = Dataset::embedded();
        let text = crate::dataset::EMBEDDED_SOURCE.as_bytes();
        return Ok(crate::extract::extract(&embedded.source.file, text)?);
    }
    if paths.is_empty() {
        return Ok(Dataset::embedded());
    }
    let places = if no_corrections {
        crate::loaded::Places::none()
    } else {
        crate::loaded::Places::beside()
    };
    let parts = crate::library::open_all(paths, &places)
        .into_iter()
        .collect::<Result<Vec<_>, _>>()?;
    for part in &parts {
        super::corrections_notes(part)?;
    }
    for notice in parts.iter().flat_map(|p| &p.notices) {
        eprintln!("briefboard: {notice}");
    }
    Ok(crate::library::Library::new(parts).dataset().clone())
}

/// The filter of the command line, with every speaker and theme id checked against the
/// dataset so that a typo is an error rather than an empty export.
fn filter(args: &ExportArgs, dataset: &Dataset) -> anyhow::Result<Filter> {
    for id in &args.speakers {
        if dataset.speaker(id).is_none() {
            let known: Vec<&str> = dataset.speakers.iter().map(|s| s.id.as_str()).collect();
            bail!(
                "unknown speaker id {id:?}; the speakers are: {}",
                known.join(", ")
            );
        }
    }
    for id in &args.themes {
        if dataset.theme(id).is_none() {
            let known: Vec<&str> = dataset.themes.iter().map(|t| t.id.as_str()).collect();
            bail!(
                "unknown theme id {id:?}; the themes are: {}",
                known.join(", ")
            );
        }
    }
    Ok(Filter {
        speakers: args.speakers.iter().cloned().collect(),
        themes: args.themes.iter().cloned().collect(),
        briefings: std::collections::BTreeSet::new(),
        kind: match args.kind {
            KindArg::All => KindFilter::All,
            KindArg::Achieved => KindFilter::Achieved,
            KindArg::Targets => KindFilter::Targets,
        },
        search: args.search.clone().unwrap_or_default(),
    })
}

/// The model of page `id` under the filter; an unknown id lists the known ones.
fn page_model<'a>(
    dataset: &Dataset,
    derived: &'a Derived,
    id: &str,
) -> anyhow::Result<&'a charts::PageModel> {
    if matches!(Page::from_id(id), Page::Slides) {
        bail!("page {id:?} is My slides: export them with --board BOARD (--deck or --all)");
    }
    if Page::from_id(id).chart().is_none() {
        bail!(
            "page {id:?} is not a chart: export the figures it shows with --csv or --json \
             (with the same filters)"
        );
    }
    derived.model(dataset, id).with_context(|| {
        let known: Vec<&str> = derived
            .pages()
            .iter()
            .filter_map(|(p, _)| p.chart())
            .collect();
        format!("unknown page {id:?}; the pages are: {}", known.join(", "))
    })
}

/// Prints one line of the command's report on stdout. A closed pipe (`… | head`) is not an
/// error: the files are written all the same.
pub(super) fn say(line: &str) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stdout(), "{line}");
}
