//! PNG export of chart pages: exact pixel sizes, real content, a source strip with text, the
//! same bytes twice, and filters that change what is drawn.

use briefboard::charts::{self, EMPTY_MESSAGE};
use briefboard::dataset::Dataset;
use briefboard::export::png::{self, PngSize};
use briefboard::export::{Captions, ExportPage, Size};
use briefboard::filter::Filter;
use briefboard::render::OffscreenRenderer;
use briefboard::theme::{ThemeChoice, tokens};
use egui_kittest::kittest::Queryable;
use image::{Rgba, RgbaImage};

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

fn five_g(dataset: &Dataset, filter: &Filter, theme: ThemeChoice) -> Result<ExportPage> {
    let model = charts::page_model("5g-base-stations", dataset, &filter.apply(dataset))
        .ok_or("no 5G page")?;
    let captions = Captions {
        source_line: true,
        ..Captions::default()
    };
    Ok(ExportPage::new(model, dataset, theme, &captions))
}

fn decode(bytes: &[u8]) -> Result<RgbaImage> {
    Ok(image::load_from_memory_with_format(bytes, image::ImageFormat::Png)?.to_rgba8())
}

fn rgba(c: egui::Color32) -> Rgba<u8> {
    Rgba([c.r(), c.g(), c.b(), c.a()])
}

/// Pixels in rows `top..bottom` whose colour is not `fill`.
fn ink(img: &RgbaImage, top: u32, bottom: u32, fill: Rgba<u8>) -> usize {
    (top..bottom)
        .flat_map(|y| (0..img.width()).map(move |x| (x, y)))
        .filter(|&(x, y)| *img.get_pixel(x, y) != fill)
        .count()
}

#[test]
fn exports_have_the_exact_size_real_content_and_a_source_strip() -> Result {
    let dataset = Dataset::embedded();
    let mut renderer = OffscreenRenderer::new()?;
    for theme in ThemeChoice::ALL {
        let page = five_g(&dataset, &Filter::default(), theme)?;
        let t = tokens(theme);
        for (size, scale) in [(Size::HD, 1), (Size::FULL_HD, 1), (Size::new(800, 450), 2)] {
            let spec = PngSize { size, scale };
            let img = decode(&png::to_png(&mut renderer, &page, spec)?)?;
            let px = size.scaled(scale);
            assert_eq!(
                (img.width(), img.height()),
                (px.width, px.height),
                "{theme:?} {size} {scale}×"
            );
            // Not blank: the page background covers most of the image, but bars, text and
            // cards cover a good part of it too.
            let h = img.height();
            let body = ink(&img, 0, h / 2, rgba(t.background));
            assert!(
                body * 20 > (img.width() * h / 2) as usize,
                "{theme:?} {size}: only {body} pixels drawn"
            );
            // The strip is the bottom band in the surface colour; the source text in it
            // draws pixels of other colours.
            let strip_top = h - (h / 40);
            let text = ink(&img, strip_top, h, rgba(t.surface));
            assert!(
                text > 200,
                "{theme:?} {size}: the source strip holds {text} text pixels"
            );
        }
    }
    Ok(())
}

#[test]
fn the_same_export_twice_gives_identical_bytes() -> Result {
    let dataset = Dataset::embedded();
    let page = five_g(&dataset, &Filter::default(), ThemeChoice::Light)?;
    let spec = PngSize {
        size: Size::HD,
        scale: 2,
    };
    let first = png::to_png(&mut OffscreenRenderer::new()?, &page, spec)?;
    let second = png::to_png(&mut OffscreenRenderer::new()?, &page, spec)?;
    assert!(first == second, "two exports of the same page differ");
    Ok(())
}

#[test]
fn the_source_line_names_the_briefing_and_the_speakers_shown() -> Result {
    let dataset = Dataset::embedded();
    let page = five_g(&dataset, &Filter::default(), ThemeChoice::Light)?;
    let source = page.source.as_deref().ok_or("no source line")?;
    // The 5G page shows the 3.837 million base stations, said by Jin Zhuanglong and again by
    // Zhao Zhiguo.
    assert!(
        source.starts_with("Source: SCIO press conference, 5 July 2024 — "),
        "{source}"
    );
    assert!(
        source.contains("Jin Zhuanglong") && source.contains("Zhao Zhiguo"),
        "{source}"
    );
    Ok(())
}

#[test]
fn filtering_the_5g_page_to_xin_guobin_exports_the_empty_page() -> Result {
    let dataset = Dataset::embedded();
    let only_xin = Filter {
        speakers: ["xin-guobin".to_owned()].into(),
        ..Filter::default()
    };
    let page = five_g(&dataset, &only_xin, ThemeChoice::Light)?;
    assert!(page.model.headline.is_none() && page.model.charts.is_empty());
    // Draw the export layout exactly as the PNG does and read its text through AccessKit.
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1280.0, 720.0))
        .build_ui(|ui| {
            page.ui(ui);
        });
    harness.run();
    assert!(
        harness.query_by_label(EMPTY_MESSAGE).is_some(),
        "no empty-page text"
    );
    assert!(harness.query_by_label_contains("3.837 million").is_none());

    let full = five_g(&dataset, &Filter::default(), ThemeChoice::Light)?;
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1280.0, 720.0))
        .build_ui(|ui| {
            full.ui(ui);
        });
    harness.run();
    assert!(harness.query_by_label_contains("3.837 million").is_some());

    let mut renderer = OffscreenRenderer::new()?;
    let spec = PngSize::default();
    let filtered = png::to_png(&mut renderer, &page, spec)?;
    let unfiltered = png::to_png(&mut renderer, &full, spec)?;
    assert!(filtered != unfiltered);
    Ok(())
}

#[test]
fn png_names_get_the_extension_they_lack() {
    use std::path::Path;
    assert_eq!(
        png::with_png_extension(Path::new("chart")),
        Path::new("chart.png")
    );
    assert_eq!(
        png::with_png_extension(Path::new("图表")),
        Path::new("图表.png")
    );
    assert_eq!(
        png::with_png_extension(Path::new("图表.png")),
        Path::new("图表.png")
    );
    assert_eq!(
        png::with_png_extension(Path::new("a/slide.PNG")),
        Path::new("a/slide.PNG")
    );
    assert_eq!(
        png::with_png_extension(Path::new("v1.2")),
        Path::new("v1.2.png")
    );
}
