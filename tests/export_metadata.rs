//! Provenance inside the file: every exported PNG carries `Title`, `Description` (an alt text
//! naming every figure on the image with its speaker) and `Source` (the briefing) as UTF-8
//! text chunks, read back here with the `png` crate.

use briefboard::charts;
use briefboard::dataset::Dataset;
use briefboard::export::png::{self as export_png, PngSize};
use briefboard::export::{Captions, ExportPage, Size, alt_text};
use briefboard::filter::Filter;
use briefboard::render::OffscreenRenderer;
use briefboard::theme::ThemeChoice;

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

fn page(id: &str, dataset: &Dataset) -> Result<ExportPage> {
    let model =
        charts::page_model(id, dataset, &Filter::default().apply(dataset)).ok_or("no such page")?;
    let captions = Captions {
        source_line: false,
        ..Captions::default()
    };
    Ok(ExportPage::new(
        model,
        dataset,
        ThemeChoice::Light,
        &captions,
    ))
}

/// The iTXt chunks of a PNG: (keyword, text).
fn text_chunks(bytes: &[u8]) -> Result<Vec<(String, String)>> {
    let reader = ::png::Decoder::new(std::io::Cursor::new(bytes)).read_info()?;
    let info = reader.info();
    let mut out = Vec::new();
    for chunk in &info.utf8_text {
        out.push((chunk.keyword.clone(), chunk.get_text()?));
    }
    Ok(out)
}

#[test]
fn the_alt_text_names_every_figure_in_words_with_its_speaker() -> Result {
    let dataset = Dataset::embedded();
    for info in charts::pages(&dataset) {
        let p = page(&info.id, &dataset)?;
        let text = alt_text(&p.model);
        for mark in p.model.marks() {
            assert!(
                text.contains(&mark.label),
                "{}: {} missing from {text}",
                info.id,
                mark.label
            );
        }
    }
    let five_g = alt_text(&page("5g-base-stations", &dataset)?.model);
    // Read from the transcript: "We have built a total of 3.837 million 5G base stations"
    // (Jin Zhuanglong, and again Zhao Zhiguo); 5G base stations are "over 60%" of the
    // world's total.
    assert!(five_g.starts_with("Headline figure: 5G base stations built, 3.837 million (Jin Zhuanglong and Zhao Zhiguo)."), "{five_g}");
    assert!(
        five_g.contains("5G base stations, share of the world's total, over 60 %"),
        "{five_g}"
    );
    Ok(())
}

#[test]
fn every_png_carries_title_description_and_source() -> Result {
    let dataset = Dataset::embedded();
    let mut renderer = OffscreenRenderer::new()?;
    let p = page("5g-base-stations", &dataset)?;
    let size = PngSize {
        size: Size::HD,
        scale: 1,
    };
    let bytes = export_png::to_png(&mut renderer, &p, size)?;
    let chunks = text_chunks(&bytes)?;
    let get = |key: &str| {
        chunks
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, t)| t.clone())
            .unwrap_or_default()
    };
    assert_eq!(get("Title"), "5G base stations");
    let description = get("Description");
    for mark in p.model.marks() {
        assert!(description.contains(&mark.label), "{} missing", mark.label);
    }
    assert!(description.contains("3.837 million"), "{description}");
    // The source strip was left out of the image; the file still names the briefing.
    assert_eq!(
        get("Source"),
        "SCIO briefing on promoting high-quality development: Ministry of Industry and \
         Information Technology, 5 July 2024, State Council Information Office. Speakers: Jin \
         Zhuanglong, Zhao Zhiguo"
    );
    assert!(get("Software").starts_with("briefboard "));
    // No creation time: the same page gives the same bytes.
    assert_eq!(bytes, export_png::to_png(&mut renderer, &p, size)?);
    Ok(())
}
