//! What an export reads: the dataset of the `--data` files, the filter of the command line
//! (its ids checked) and the model of a page.

use std::path::PathBuf;

use anyhow::{Context, bail};

use super::{ExportArgs, KindArg};
use crate::charts;
use crate::command::Page;
use crate::dataset::Dataset;
use crate::derived::Derived;
use crate::filter::{Filter, KindFilter};

/// The dataset of the `--data` files (read by the app's loader with the corrections beside
/// their transcripts, unless `no_corrections`, and joined as the app joins open briefings),
/// or the embedded one.
pub(super) fn load(paths: &[PathBuf], no_corrections: bool) -> anyhow::Result<Dataset> {
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
        crate::cli::corrections_notes(part)?;
    }
    for notice in parts.iter().flat_map(|p| &p.notices) {
        eprintln!("briefboard: {notice}");
    }
    Ok(crate::library::Library::new(parts).dataset().clone())
}

/// The filter of the command line, with every speaker and theme id checked against the
/// dataset so that a typo is an error rather than an empty export.
pub(super) fn filter(args: &ExportArgs, dataset: &Dataset) -> anyhow::Result<Filter> {
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
pub(super) fn page_model<'a>(
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
