//! CSV and JSON export of the indicators shown, and the `export` command line end to end.

use std::path::Path;
use std::process::ExitCode;

use briefboard::cli::Cli;
use briefboard::render::wgpu;
use briefboard::render::{OffscreenRenderer, RenderError};
use clap::Parser;

use briefboard::dataset::{Dataset, Mention, Unit};
use briefboard::export::{csv as table, json};
use briefboard::filter::Filter;

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

fn rows(bytes: &[u8]) -> Result<Vec<csv::StringRecord>> {
    let mut r = csv::Reader::from_reader(bytes);
    assert_eq!(r.headers()?.iter().collect::<Vec<_>>(), table::HEADER);
    Ok(r.records().collect::<std::result::Result<_, _>>()?)
}

#[test]
fn quotes_with_commas_and_double_quotes_round_trip() -> Result {
    let mut dataset = Dataset::embedded();
    let tricky = "He said, \"over 3.837 million\", and then: \"\"quoted\"\", end.";
    let ind = dataset.indicators.first_mut().ok_or("empty dataset")?;
    ind.mentions = vec![
        Mention {
            speaker: "jin-zhuanglong".to_owned(),
            quote: tricky.to_owned(),
            start: 0,
            end: 0,
        },
        Mention {
            speaker: "zhao-zhiguo".to_owned(),
            quote: "Second, with a comma.".to_owned(),
            start: 0,
            end: 0,
        },
    ];
    let first = dataset.indicators[0].clone();
    let rows = rows(&table::to_csv(&dataset, [&first])?)?;
    assert_eq!(rows.len(), 1);
    let quotes: Vec<&str> = rows[0][9].split(table::QUOTE_SEPARATOR).collect();
    assert_eq!(quotes, [tricky, "Second, with a comma."]);
    assert_eq!(&rows[0][8], "Jin Zhuanglong; Zhao Zhiguo");
    Ok(())
}

#[test]
fn the_csv_holds_the_filtered_indicators_with_their_values() -> Result {
    let dataset = Dataset::embedded();
    let only_zhao = Filter {
        speakers: ["zhao-zhiguo".to_owned()].into(),
        ..Filter::default()
    };
    let shown: Vec<_> = only_zhao.apply(&dataset).iter(&dataset).cloned().collect();
    let rows = rows(&table::to_csv(&dataset, &shown)?)?;
    assert_eq!(rows.len(), shown.len());
    // Zhao Zhiguo repeated the 3.837 million 5G base stations that Jin Zhuanglong gave first.
    let row = rows
        .iter()
        .find(|r| &r[0] == "5g-base-stations")
        .ok_or("no 5G row")?;
    assert_eq!((&row[3], &row[4], &row[5]), ("3837000", "count", "exact"));
    assert_eq!(&row[8], "Jin Zhuanglong; Zhao Zhiguo");
    // Figures only Jin Zhuanglong gave are filtered out: 31.7 % of GDP.
    assert!(rows.iter().all(|r| &r[0] != "industry-share-of-gdp"));
    Ok(())
}

#[test]
fn durations_are_exported_with_their_unit() -> Result {
    // A figure in hours and one in days (made up on the seed's first two rows).
    let mut dataset = Dataset::embedded();
    dataset.indicators[0].value = 44.5;
    dataset.indicators[0].unit = Unit::Hour;
    dataset.indicators[1].value = 3.0;
    dataset.indicators[1].unit = Unit::Day;
    let shown = [dataset.indicators[0].clone(), dataset.indicators[1].clone()];
    let rows = rows(&table::to_csv(&dataset, &shown)?)?;
    assert_eq!((&rows[0][3], &rows[0][4]), ("44.5", "hour"));
    assert_eq!((&rows[1][3], &rows[1][4]), ("3", "day"));
    let back = Dataset::from_json("export", &json::to_json(&dataset, &shown))?;
    assert_eq!(back.indicators, shown);
    Ok(())
}

#[test]
fn the_json_export_is_a_dataset_of_the_shown_indicators() -> Result {
    let dataset = Dataset::embedded();
    let smes = Filter {
        themes: ["smes".to_owned()].into(),
        ..Filter::default()
    };
    let shown: Vec<_> = smes.apply(&dataset).iter(&dataset).cloned().collect();
    let back = Dataset::from_json("export", &json::to_json(&dataset, &shown))?;
    assert_eq!(back.indicators, shown);
    assert_eq!(back.source, dataset.source);
    assert!(
        back.indicator("little-giants")
            .is_some_and(|i| (i.value - 12_000.0).abs() < 0.5)
    );
    Ok(())
}

/// Runs `briefboard ARGS…` in this process (the shared build folder's binary may belong to
/// another checkout while tests run): `Ok` on success, else the message `main` would print.
fn briefboard(args: &[&str]) -> std::result::Result<(), String> {
    let cli = Cli::try_parse_from(std::iter::once("briefboard").chain(args.iter().copied()))
        .map_err(|e| e.to_string())?;
    match cli.run_command() {
        Ok(Some(code)) if code == ExitCode::SUCCESS => Ok(()),
        Ok(other) => Err(format!("exit {other:?}")),
        Err(e) => Err(format!("{e:#}")),
    }
}

/// Tests run as root in CI, and root writes into read-only folders, so the unwritable places
/// used here are a folder that does not exist and a "folder" that is a regular file.
#[test]
fn exporting_where_no_file_can_be_written_fails_clearly_and_leaves_nothing() -> Result {
    let dir = tempfile::tempdir()?;
    let blocker = dir.path().join("not-a-folder");
    std::fs::write(&blocker, "a regular file")?;
    for target in [
        blocker.join("figures.csv"),
        dir.path().join("missing/figures.csv"),
    ] {
        let t = target.to_str().ok_or("path")?;
        let Err(message) = briefboard(&["export", "--csv", "-o", t]) else {
            return Err(format!("{t}: the export succeeded").into());
        };
        assert!(
            message.contains(t),
            "{t}: the error does not name the file: {message}"
        );
        assert!(!target.exists());
    }
    // Nothing else appeared beside the blocker: no temporary file was left behind.
    assert_eq!(std::fs::read_dir(dir.path())?.count(), 1);
    Ok(())
}

#[test]
fn the_command_line_exports_csv_png_and_every_page() -> Result {
    let dir = tempfile::tempdir()?;
    let path = |name: &str| dir.path().join(name).to_string_lossy().into_owned();
    let csv_path = path("zhao.csv");
    briefboard(&[
        "export",
        "--csv",
        "--speaker",
        "zhao-zhiguo",
        "-o",
        &csv_path,
    ])?;
    assert!(
        rows(&std::fs::read(&csv_path)?)?
            .iter()
            .any(|r| &r[0] == "5g-base-stations")
    );

    // A name without ".png", in Chinese characters, gets the extension.
    let args = ["--size", "640x360", "--scale", "2", "--theme", "dark"];
    briefboard(
        &[
            &["export", "--page", "sme-tiers", "-o", &path("图表")],
            &args[..],
        ]
        .concat(),
    )?;
    let img = image::open(path("图表.png"))?;
    assert_eq!((img.width(), img.height()), (1280, 720));

    let folder = path("all");
    briefboard(&["export", "--all", "--size", "320x180", "-o", &folder])?;
    for id in [
        "5g-base-stations",
        "manufacturing-share",
        "digital-targets",
        "sme-tiers",
    ] {
        assert!(
            Path::new(&folder).join(format!("{id}.png")).is_file(),
            "no {id}.png"
        );
    }

    // A mistyped id is an error that lists the right ones, not an empty export.
    let typo = briefboard(&[
        "export",
        "--csv",
        "--speaker",
        "nobody",
        "-o",
        &path("x.csv"),
    ]);
    assert!(typo.is_err_and(|e| e.contains("jin-zhuanglong")));
    let typo = briefboard(&["export", "--page", "5g", "-o", &path("x.png")]);
    assert!(typo.is_err_and(|e| e.contains("5g-base-stations")));
    Ok(())
}

#[test]
fn without_a_graphics_adapter_the_error_says_what_to_install() {
    // No DirectX 12 adapter exists off Windows, which stands in for a machine without any.
    let backends = if cfg!(windows) {
        wgpu::Backends::METAL
    } else {
        wgpu::Backends::DX12
    };
    let err = OffscreenRenderer::with_backends(backends).map(|_| ());
    let Err(e @ RenderError::NoAdapter { .. }) = err else {
        panic!("expected no adapter, got {err:?}");
    };
    let message = e.to_string();
    assert!(message.contains("mesa-vulkan-drivers"), "{message}");
}
