//! The offscreen renderer: exact pixel sizes at several scales, real drawing, same pixels twice.

use briefboard::render::{OffscreenRenderer, RenderError};

fn renderer() -> OffscreenRenderer {
    match OffscreenRenderer::new() {
        Ok(r) => r,
        Err(e) => panic!("{e}"),
    }
}

fn draw(ui: &mut egui::Ui) {
    // The root ui has no background of its own; paint the panel colour under the text.
    ui.painter()
        .rect_filled(ui.max_rect(), 0.0, ui.visuals().panel_fill);
    ui.heading("Offscreen");
    ui.label("3.837 million 5G base stations");
}

#[test]
fn renders_exact_pixel_sizes_at_each_scale() -> Result<(), RenderError> {
    let mut r = renderer();
    for (pixels, ppp) in [([320, 180], 1.0), ([640, 360], 2.0), ([333, 127], 1.5)] {
        let img = r.render(pixels, ppp, |_| {}, draw)?;
        assert_eq!(
            [img.width(), img.height()],
            pixels,
            "at {ppp} pixels per point"
        );
        if let Some(dir) = std::env::var_os("BRIEFBOARD_KEEP_RENDERS") {
            let name = format!("render-{}x{}@{ppp}.png", pixels[0], pixels[1]);
            if let Err(e) = img.save(std::path::Path::new(&dir).join(&name)) {
                eprintln!("{name}: {e}");
            }
        }
        // The default dark panel fills the screen and the text draws lighter pixels on it.
        let bg = *img.get_pixel(pixels[0] - 1, pixels[1] - 1);
        assert_eq!(bg.0[3], 255, "the panel is opaque");
        let ink = img.pixels().filter(|p| **p != bg).count();
        assert!(
            ink > 200,
            "only {ink} pixels differ from the background at {ppp}"
        );
    }
    Ok(())
}

#[test]
fn the_same_input_gives_the_same_pixels() -> Result<(), RenderError> {
    let mut r = renderer();
    let a = r.render([400, 200], 2.0, |_| {}, draw)?;
    let b = r.render([400, 200], 2.0, |_| {}, draw)?;
    assert!(a == b, "two renders of the same closure differ");
    Ok(())
}

#[test]
fn refuses_sizes_the_adapter_cannot_draw() {
    let mut r = renderer();
    let too_big = r.max_side() + 1;
    assert!(matches!(
        r.render([too_big, 10], 1.0, |_| {}, draw),
        Err(RenderError::Size { .. })
    ));
    assert!(matches!(
        r.render([0, 10], 1.0, |_| {}, draw),
        Err(RenderError::Size { .. })
    ));
    assert!(matches!(
        r.render([10, 10], f32::NAN, |_| {}, draw),
        Err(RenderError::Scale(_))
    ));
}
