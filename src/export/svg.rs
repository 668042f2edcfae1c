//! A chart page as SVG: the page's [`Scene`] (the same layout as the PNG) written as vector
//! rectangles and paths, and its text as real `<text>` elements (selectable, searchable,
//! editable in slide tools), each run at egui's position and fitted to egui's width
//! (`textLength`), in the font the PNG uses named first and common fallbacks after it, so
//! Chinese names render too. The image is
//! `width × height` pixels (the PNG's size) over a `viewBox` in points (the page layout).
//! Title, alt text and source are in `<title>`, `<desc>` and `<metadata>`.

use std::fmt::Write as _;

use xmlwriter::{Options, XmlWriter};

use super::layout::ExportPage;
use super::png::PngSize;
use super::scene::{Clipped, Fonts, Item, Paint, Scene, Segment, TextRun};

/// Fonts tried after the page's own, for systems without them: common CJK fonts, then any
/// sans-serif.
const FALLBACK_FONTS: &str = "'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', \
    'Microsoft YaHei', 'PingFang SC', 'Helvetica Neue', Arial, sans-serif";

/// The SVG document of `page` at `size`: UTF-8 text, the same from run to run.
#[must_use]
pub fn to_svg(page: &ExportPage, size: PngSize) -> String {
    write(&Scene::new(page, size), &page.metadata)
}

/// Writes a scene as an SVG document with `metadata`'s title, description and source.
#[must_use]
pub fn write(scene: &Scene, metadata: &super::Metadata) -> String {
    let mut w = XmlWriter::new(Options {
        indent: xmlwriter::Indent::None,
        ..Options::default()
    });
    w.start_element("svg");
    w.write_attribute("xmlns", "http://www.w3.org/2000/svg");
    w.write_attribute("version", "1.1");
    w.write_attribute("width", &scene.pixels[0]);
    w.write_attribute("height", &scene.pixels[1]);
    w.write_attribute_fmt(
        "viewBox",
        format_args!("0 0 {} {}", num(scene.points.x), num(scene.points.y)),
    );
    w.write_attribute("xml:space", "preserve");
    for (element, text) in [
        ("title", &metadata.title),
        ("desc", &metadata.description),
        ("metadata", &metadata.source),
    ] {
        if !text.is_empty() {
            w.start_element(element);
            w.write_text(&escape(text));
            w.end_element();
        }
    }
    w.start_element("defs");
    for (n, clip) in scene.clips.iter().enumerate() {
        w.start_element("clipPath");
        w.write_attribute_fmt("id", format_args!("c{n}"));
        w.start_element("rect");
        rect_attributes(&mut w, *clip);
        w.end_element();
        w.end_element();
    }
    w.end_element();
    // Consecutive items with the same clip share one group.
    for group in scene.items.chunk_by(|a, b| a.clip == b.clip) {
        w.start_element("g");
        w.write_attribute_fmt("clip-path", format_args!("url(#c{})", group[0].clip));
        for Clipped { item, .. } in group {
            write_item(&mut w, item, &scene.fonts);
        }
        w.end_element();
    }
    w.end_document()
}

fn write_item(w: &mut XmlWriter, item: &Item, fonts: &Fonts) {
    match item {
        Item::Rect {
            rect,
            radius,
            paint,
        } => {
            w.start_element("rect");
            rect_attributes(w, *rect);
            if *radius > 0.0 {
                w.write_attribute("rx", &num(*radius));
            }
            paint_attributes(w, paint);
            w.end_element();
        }
        Item::Path { segments, paint } => {
            w.start_element("path");
            w.write_attribute("d", &path_data(segments));
            paint_attributes(w, paint);
            w.end_element();
        }
        Item::Text(run) => write_text(w, run, fonts),
    }
}

fn write_text(w: &mut XmlWriter, run: &TextRun, fonts: &Fonts) {
    let (Some(first), Some(last)) = (run.glyphs.first(), run.glyphs.last()) else {
        return;
    };
    w.start_element("text");
    w.write_attribute("x", &num(first.x));
    w.write_attribute("y", &num(run.baseline));
    // The run spans what egui laid out, in whatever font the viewer has: the same width as
    // the PNG's text even where the named font is missing.
    w.write_attribute("textLength", &num(last.x + last.advance - first.x));
    w.write_attribute("lengthAdjust", "spacingAndGlyphs");
    let own = fonts.faces.get(run.face).map_or_else(Vec::new, |f| {
        f.families.iter().map(|n| format!("'{n}'")).collect()
    });
    let mut family = own.join(", ");
    if !family.is_empty() {
        family.push_str(", ");
    }
    family.push_str(FALLBACK_FONTS);
    w.write_attribute("font-family", &family);
    if fonts
        .faces
        .get(run.face)
        .is_some_and(|f| f.key.ends_with("-Light"))
    {
        // Where only the family is installed ("Ubuntu"), ask for its light weight.
        w.write_attribute("font-weight", "300");
    }
    w.write_attribute("font-size", &num(run.size));
    w.write_attribute("fill", &run.color.hex());
    if run.color.alpha < 1.0 {
        w.write_attribute("fill-opacity", &num(run.color.alpha));
    }
    if run.angle != 0.0 {
        w.write_attribute_fmt(
            "transform",
            format_args!(
                "rotate({} {} {})",
                num(run.angle.to_degrees()),
                num(run.pivot.x),
                num(run.pivot.y)
            ),
        );
    }
    w.write_text(&escape(&run.text()));
    w.end_element();
}

/// Text with `&`, `<` and `>` as entities: xmlwriter 0.1 escapes only `<` in text, and a
/// label such as "R&D" would make the file unreadable.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

fn rect_attributes(w: &mut XmlWriter, rect: egui::Rect) {
    w.write_attribute("x", &num(rect.min.x));
    w.write_attribute("y", &num(rect.min.y));
    w.write_attribute("width", &num(rect.width().max(0.0)));
    w.write_attribute("height", &num(rect.height().max(0.0)));
}

fn paint_attributes(w: &mut XmlWriter, paint: &Paint) {
    match paint.fill {
        Some(fill) => {
            w.write_attribute("fill", &fill.hex());
            if fill.alpha < 1.0 {
                w.write_attribute("fill-opacity", &num(fill.alpha));
            }
        }
        None => w.write_attribute("fill", "none"),
    }
    if let Some((width, colour)) = paint.stroke {
        w.write_attribute("stroke", &colour.hex());
        w.write_attribute("stroke-width", &num(width));
        if colour.alpha < 1.0 {
            w.write_attribute("stroke-opacity", &num(colour.alpha));
        }
    }
}

fn path_data(segments: &[Segment]) -> String {
    let mut d = String::new();
    for segment in segments {
        // Writing to a String cannot fail.
        let _ = match segment {
            Segment::Move(p) => write!(d, "M{} {}", num(p.x), num(p.y)),
            Segment::Line(p) => write!(d, "L{} {}", num(p.x), num(p.y)),
            Segment::Cubic(a, b, c) => write!(
                d,
                "C{} {} {} {} {} {}",
                num(a.x),
                num(a.y),
                num(b.x),
                num(b.y),
                num(c.x),
                num(c.y)
            ),
            Segment::Close => write!(d, "Z"),
        };
    }
    d
}

/// A coordinate with at most two decimals and no trailing zeros: `12`, `12.5`, `-0.25`.
fn num(v: f32) -> String {
    let v = if v.is_finite() { v } else { 0.0 };
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_owned()
    } else {
        s.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::num;

    #[test]
    fn numbers_are_short() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.5), "12.5");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(1.239), "1.24");
        assert_eq!(num(10.0), "10");
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            super::escape("R&D > 2.5 % <x>"),
            "R&amp;D &gt; 2.5 % &lt;x&gt;"
        );
    }
}
