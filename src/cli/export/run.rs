//! Running `briefboard export` for images and decks, and `briefboard pages`.

use std::process::ExitCode;

use anyhow::{Context, bail};

use super::inputs::{filter, load, page_model};
use super::table::write_table;
use super::{ExportArgs, PagesArgs, say};
use crate::charts;
use crate::derived::Derived;
use crate::export::file::page_files;
use crate::export::png::PngSize;
use crate::export::{Captions, ExportPage, Format, Renderer};
use crate::fsutil::write_atomic;

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
        return crate::cli::board::export(args, board);
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
