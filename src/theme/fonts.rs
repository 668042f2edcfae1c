//! Fonts: egui's defaults, with a subset of Noto Sans CJK SC as the fallback for Chinese
//! characters (speakers' names such as 金壮龙), so they never show as boxes on any platform.

use std::sync::Arc;

/// Noto Sans CJK SC cut down to the GB 2312 characters (SIL Open Font License; see
/// `assets/OFL.txt`).
pub const CJK_FONT: &[u8] = include_bytes!("../../assets/NotoSansSC-subset.otf");

/// The name of the CJK font in egui's font definitions.
pub const CJK_FONT_NAME: &str = "noto-sans-sc-subset";

/// egui's default fonts with the CJK subset appended as a fallback to every family.
#[must_use]
pub fn definitions() -> egui::FontDefinitions {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        CJK_FONT_NAME.to_owned(),
        Arc::new(egui::FontData::from_static(CJK_FONT)),
    );
    for family in fonts.families.values_mut() {
        family.push(CJK_FONT_NAME.to_owned());
    }
    fonts
}

/// Installs [`definitions`] in the context.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}
