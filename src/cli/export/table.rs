//! `briefboard export --csv` and `--json`: the table of the figures shown.

use std::process::ExitCode;

use anyhow::Context;

use super::inputs::page_model;
use super::{ExportArgs, say};
use crate::command::Page;
use crate::dataset::Dataset;
use crate::derived::Derived;
use crate::export::{csv, json};
use crate::filter::Filter;
use crate::fsutil::write_atomic;

/// The CSV or JSON of the indicators shown: with --page, those the page draws; otherwise
/// every indicator that passes the filters, in dataset order.
pub(super) fn write_table(
    args: &ExportArgs,
    dataset: &Dataset,
    filter: &Filter,
) -> anyhow::Result<ExitCode> {
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
