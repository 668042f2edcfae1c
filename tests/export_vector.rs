//! SVG and PDF exports (issue 10): the SVG of a page is the PNG's layout in vectors and real
//! text (rasterised with resvg it matches our PNG), the PDF deck has one page per slide and
//! then the Sources pages with every quote, its outline and metadata; bad requests fail with a
//! clear error and write nothing. Values read from the seed transcript: 3.837 million 5G base
//! stations (Jin Zhuanglong, Zhao Zhiguo); "more than 70%" gigabit users.

use std::process::Command;

use briefboard::dataset::Dataset;
use briefboard::derived::Derived;
use briefboard::export::png::{self, PngSize};
use briefboard::export::{Captions, ExportPage, Size, deck, svg};
use briefboard::filter::Filter;
use briefboard::render::OffscreenRenderer;
use briefboard::theme::ThemeChoice;

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

fn pages(dataset: &Dataset, filter: &Filter) -> Vec<ExportPage> {
    let derived = Derived::of(dataset, filter);
    let captions = Captions {
        source_line: true,
        ..Captions::default()
    };
    deck::slides(
        dataset,
        &derived,
        (ThemeChoice::Light, PngSize::default()),
        &captions,
    )
}

fn five_g(dataset: &Dataset) -> Result<ExportPage> {
    pages(dataset, &Filter::default())
        .into_iter()
        .find(|p| p.model.id == "5g-base-stations")
        .ok_or_else(|| "no 5G page".into())
}

/// resvg with the fonts the PNG is drawn with (egui's default font, the CJK subset).
fn rasterise(svg: &str) -> Result<resvg::tiny_skia::Pixmap> {
    let mut options = resvg::usvg::Options::default();
    let fonts = briefboard::theme::fonts::definitions();
    for data in fonts.font_data.values() {
        options.fontdb_mut().load_font_data(data.bytes().to_vec());
    }
    let tree = resvg::usvg::Tree::from_str(svg, &options)?;
    let size = tree.size().to_int_size();
    let mut pixmap =
        resvg::tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("empty SVG")?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::default(),
        &mut pixmap.as_mut(),
    );
    Ok(pixmap)
}

#[test]
fn svg_is_the_png_in_vectors_and_text() -> Result {
    let dataset = Dataset::embedded();
    let page = five_g(&dataset)?;
    let size = PngSize {
        size: Size::FULL_HD,
        scale: 1,
    };
    let svg = svg::to_svg(&page, size);
    // Real XML, real text, no raster image inside.
    let doc = roxmltree::Document::parse(&svg)?;
    let texts: Vec<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or_default().to_owned())
        .collect();
    assert!(texts.iter().any(|t| t == "3.837 million"), "{texts:?}");
    assert!(texts.iter().any(|t| t.contains("5G base stations built")));
    assert!(texts.iter().any(|t| t.contains("Jin Zhuanglong")));
    assert!(!svg.contains("<image"));
    assert!(svg.contains("<clipPath"));
    assert!(doc.descendants().any(|n| n.has_tag_name("desc")));

    // Rasterised, it matches our PNG of the same page: same size, close pixels.
    let mut renderer = OffscreenRenderer::new()?;
    let png = png::render(&mut renderer, &page, size)?;
    let pixmap = rasterise(&svg)?;
    assert_eq!(
        (pixmap.width(), pixmap.height()),
        (png.width(), png.height())
    );
    let mut total = 0u64;
    let mut far = 0usize;
    for (a, b) in pixmap.pixels().iter().zip(png.pixels()) {
        let a = a.demultiply();
        let d = [a.red(), a.green(), a.blue()]
            .iter()
            .zip(&b.0)
            .map(|(x, y)| u64::from(x.abs_diff(*y)))
            .max()
            .unwrap_or(0);
        total += d;
        if d > 64 {
            far += 1;
        }
    }
    let n = png.pixels().len();
    #[expect(clippy::cast_precision_loss, reason = "a ratio")]
    let (mean, far_share) = (total as f64 / n as f64, far as f64 / n as f64);
    eprintln!(
        "SVG against PNG: mean difference {mean:.3}, {:.3} % of pixels off by more than 64",
        far_share * 100.0
    );
    assert!(mean < 2.0, "mean difference {mean}");
    assert!(far_share < 0.01, "{far_share} of the pixels differ much");
    Ok(())
}

fn pdftotext(path: &std::path::Path) -> Result<String> {
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(path)
        .arg("-")
        .output()?;
    assert!(
        out.status.success(),
        "pdftotext failed (poppler-utils is installed by .ci/run)"
    );
    Ok(String::from_utf8(out.stdout)?)
}

fn pdf_pages(path: &std::path::Path) -> Result<usize> {
    let out = Command::new("pdfinfo").arg(path).output()?;
    let info = String::from_utf8(out.stdout)?;
    let line = info
        .lines()
        .find(|l| l.starts_with("Pages:"))
        .ok_or("no page count")?;
    Ok(line.trim_start_matches("Pages:").trim().parse()?)
}

/// Spaces collapsed, so that wrapped text compares with the quote.
fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn deck_has_every_slide_then_every_quote() -> Result {
    let dataset = Dataset::embedded();
    let slides = pages(&dataset, &Filter::default());
    // The seed has nine chart pages with figures (its one reform figure is folded into
    // another); Industrial growth continues on a second slide.
    let titles: Vec<&str> = slides.iter().map(|s| s.model.title.as_str()).collect();
    assert_eq!(slides.len(), 10, "{titles:?}");
    assert!(titles.contains(&"Industrial growth (2 of 2)"), "{titles:?}");
    let size = PngSize::default();
    let bytes = deck::to_pdf(&slides, &dataset, size)?;
    assert_eq!(
        bytes,
        deck::to_pdf(&slides, &dataset, size)?,
        "the same bytes twice"
    );
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("deck.pdf");
    std::fs::write(&path, &bytes)?;
    let pages = pdf_pages(&path)?;
    assert!(
        pages > slides.len(),
        "{pages} pages: the slides, then the Sources pages"
    );
    let text = pdftotext(&path)?;
    let flat = squeeze(&text);
    assert!(flat.contains("3.837 million"));
    assert!(flat.contains("5G base stations built"));
    assert!(flat.contains("Sources"));
    assert!(flat.contains("said by Jin Zhuanglong"));
    assert!(flat.contains("said by Zhao Zhiguo"));
    // Every quote of every figure on the slides, verbatim, on the Sources pages.
    for page in &slides {
        for id in page.model.indicator_ids() {
            let indicator = dataset.indicator(id).ok_or("a shown figure")?;
            for m in &indicator.mentions {
                assert!(
                    flat.contains(&squeeze(&m.quote)),
                    "missing quote: {}",
                    m.quote
                );
            }
        }
    }
    // One bookmark per slide and one for the sources; the titles are the slides'.
    let raw = String::from_utf8_lossy(&bytes);
    let outlines = raw.find("/Type/Outlines").ok_or("no outline")?;
    let dict = &raw[outlines..outlines + raw[outlines..].find(">>").ok_or("an outline dict")?];
    assert!(
        dict.ends_with(&format!("/Count {}", slides.len() + 1)),
        "{dict}: one entry per slide and one for the sources"
    );
    for slide in &slides {
        assert!(
            raw.contains(&format!("/Title({})", slide.model.title)),
            "{}",
            slide.model.title
        );
    }
    let info = Command::new("pdfinfo").arg(&path).output()?;
    let info = String::from_utf8(info.stdout)?;
    assert!(info.contains("Creator:         briefboard"), "{info}");
    assert!(info.contains("2024-07-05"), "the briefing's date: {info}");
    assert!(info.contains("Tagged:          yes"));
    Ok(())
}

fn briefboard() -> Command {
    Command::new(env!("CARGO_BIN_EXE_briefboard"))
}

#[test]
fn command_line_writes_svg_and_deck_and_refuses_bad_requests() -> Result {
    let dir = tempfile::tempdir()?;
    let svg = dir.path().join("page.svg");
    let out = briefboard()
        .args(["export", "--page", "5g-base-stations", "-o"])
        .arg(&svg)
        .output()?;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(std::fs::read_to_string(&svg)?.starts_with("<svg"));

    let pdf = dir.path().join("ict.pdf");
    let out = briefboard()
        .args(["export", "--deck", "--only-theme", "ict", "-o"])
        .arg(&pdf)
        .output()?;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let flat = squeeze(&pdftotext(&pdf)?);
    assert!(flat.contains("3.837 million"));
    assert!(
        !flat.contains("Manufacturing share of GDP"),
        "the theme filter applies"
    );

    // An unknown extension, a deck that would be empty, an unwritable place: a clear error
    // naming the file, exit 1 (as every bad input), nothing written.
    let gif = dir.path().join("page.gif");
    let out = briefboard()
        .args(["export", "--page", "5g-base-stations", "-o"])
        .arg(&gif)
        .output()?;
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("page.gif") && err.contains(".svg"), "{err}");
    assert!(!gif.exists());

    let empty = dir.path().join("empty.pdf");
    let out = briefboard()
        .args([
            "export",
            "--deck",
            "--search",
            "no such words anywhere",
            "-o",
        ])
        .arg(&empty)
        .output()?;
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("empty.pdf") && err.contains("no chart page"),
        "{err}"
    );
    assert!(!empty.exists());

    let nowhere = dir.path().join("missing-folder").join("deck.pdf");
    let out = briefboard()
        .args(["export", "--deck", "-o"])
        .arg(&nowhere)
        .output()?;
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("deck.pdf"), "{err}");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())?
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(
        leftovers.len(),
        2,
        "only the two files asked for: {leftovers:?}"
    );
    Ok(())
}

/// Every chart page of the seed, in every theme, gives an SVG that parses: labels such as
/// "Penetration of digital R&D and design tools" are escaped.
#[test]
fn every_page_gives_well_formed_svg() -> Result {
    let dataset = Dataset::embedded();
    let captions = Captions {
        source_line: true,
        ..Captions::default()
    };
    let derived = Derived::of(&dataset, &Filter::default());
    let mut escaped = false;
    for theme in ThemeChoice::ALL {
        for page in deck::slides(&dataset, &derived, (theme, PngSize::default()), &captions) {
            let svg = svg::to_svg(&page, PngSize::default());
            roxmltree::Document::parse(&svg)
                .map_err(|e| format!("{} ({theme:?}): {e}", page.model.id))?;
            escaped |= svg.contains("R&amp;D");
        }
    }
    assert!(escaped, "the digital R&D label is on a page, escaped");
    Ok(())
}

/// The format named by `-o` and by `--format` must agree, and `--all` takes a folder.
#[test]
fn conflicting_formats_are_refused() -> Result {
    let dir = tempfile::tempdir()?;
    let png = dir.path().join("z.png");
    let out = briefboard()
        .args([
            "export",
            "--page",
            "5g-base-stations",
            "--format",
            "svg",
            "-o",
        ])
        .arg(&png)
        .output()?;
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("z.png") && err.contains("--format"), "{err}");
    assert!(!png.exists());
    let all = dir.path().join("all.pdf");
    let out = briefboard()
        .args(["export", "--all", "-o"])
        .arg(&all)
        .output()?;
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("--deck"), "{err}");
    assert!(!all.exists());
    Ok(())
}
