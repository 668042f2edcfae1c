//! Design tokens: every colour, text size, spacing and line width of the interface lives here
//! and nowhere else.
//!
//! Three themes: [`ThemeChoice::Light`], [`ThemeChoice::Dark`] and [`ThemeChoice::Projector`]
//! (light, black text, darker hues and thicker lines for a room). Mark colours are the
//! Okabe–Ito colour-blind-safe palette, darkened (light themes) or lightened (dark theme)
//! where a hue would fall under 3:1 contrast against its background. The tests compute the
//! WCAG contrast of every text/background pair (≥ 4.5:1) and every mark/background pair
//! (≥ 3:1) of every theme.

pub mod fonts;

use egui::{Color32, FontFamily, FontId, TextStyle};
use serde::{Deserialize, Serialize};

/// Which theme the user chose.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Dark text on a light background.
    #[default]
    Light,
    /// Light text on a dark background.
    Dark,
    /// A light theme for projectors: pure black text on white, darker hues, 3 px lines.
    Projector,
}

impl ThemeChoice {
    /// Every theme, in menu order.
    pub const ALL: [Self; 3] = [Self::Light, Self::Dark, Self::Projector];

    /// The name shown in menus.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Light => "Light",
            Self::Dark => "Dark",
            Self::Projector => "Projector",
        }
    }
}

/// The design tokens of one theme: colours, text sizes (points), spacing and line widths
/// (points).
#[derive(Debug, Clone, PartialEq)]
pub struct Tokens {
    /// The theme these tokens belong to.
    pub choice: ThemeChoice,
    /// Whether the background is dark.
    pub dark_mode: bool,
    /// The page background (panel fill).
    pub background: Color32,
    /// Text fields and the export's source strip (egui's "extreme" background). Cards have no
    /// fill: they are outlined on `background` ([`Tokens::card_outline_width`]).
    pub surface: Color32,
    /// Tooltip and window background.
    pub popup: Color32,
    /// Body text.
    pub text: Color32,
    /// Secondary text: subtitles, footnotes, axis ticks.
    pub text_muted: Color32,
    /// Chart grid lines (decoration, no contrast requirement).
    pub grid: Color32,
    /// Okabe–Ito hues adjusted for this background: orange, sky blue, bluish green, yellow,
    /// blue, vermillion, reddish purple.
    pub palette: [Color32; 7],
    /// Marks that give context rather than the figure of the page (wider populations).
    pub context: Color32,
    /// The outline of the selected or hovered mark.
    pub highlight: Color32,
    /// Size of the headline figure.
    pub headline_size: f32,
    /// Size of a page title.
    pub title_size: f32,
    /// Size of a chart title.
    pub chart_title_size: f32,
    /// Size of mark labels and body text.
    pub label_size: f32,
    /// Size of footnotes, axis ticks and subtitles.
    pub small_size: f32,
    /// The basic gap between elements.
    pub spacing: f32,
    /// Height of one row (label plus bar) of a bar chart.
    pub row_height: f32,
    /// Height of a bar, as a fraction of [`Tokens::row_height`].
    pub bar_fraction: f32,
    /// Width of lines: target outlines, timeline segments, legend swatch outlines.
    pub line_width: f32,
    /// Width of the outline of the selected or hovered mark.
    pub highlight_width: f32,
    /// Radius of a target marker on a year axis.
    pub marker_radius: f32,
    /// Corner radius of cards.
    pub corner_radius: u8,
    /// Width of a card's outline (in the grid colour; cards have no fill of their own). Zero
    /// on projector slides, where the charts stand on the white page as on a printed slide.
    pub card_outline_width: f32,
    /// Gap above a mark label and between a label and its bar, in points.
    pub label_gap: f32,
    /// Gap under a bar, before the next row, in points.
    pub row_gap: f32,
    /// Narrowest chart column; below twice this (plus a gap) charts stack in one column.
    pub min_column_width: f32,
    /// Narrowest figure card.
    pub min_card_width: f32,
    /// Size of the figure on a card.
    pub card_value_size: f32,
    /// Opacity (0–255) of the tint that fills target bars; the outline carries the contrast.
    pub target_fill_alpha: u8,
}

/// The index of each hue in [`Tokens::palette`].
mod hue {
    pub const ORANGE: usize = 0;
    pub const SKY_BLUE: usize = 1;
    pub const BLUISH_GREEN: usize = 2;
    pub const YELLOW: usize = 3;
    pub const BLUE: usize = 4;
    pub const VERMILLION: usize = 5;
    pub const REDDISH_PURPLE: usize = 6;
}

#[expect(
    clippy::disallowed_methods,
    reason = "the theme is the one place that makes colours"
)]
const fn rgb(r: u8, g: u8, b: u8) -> Color32 {
    Color32::from_rgb(r, g, b)
}

/// A blanked presentation screen: black (B or `.`) or white (W or `,`), as clickers expect.
pub const BLANK_BLACK: Color32 = rgb(0, 0, 0);
/// See [`BLANK_BLACK`].
pub const BLANK_WHITE: Color32 = rgb(255, 255, 255);

/// The tokens of a theme.
#[must_use]
pub fn tokens(choice: ThemeChoice) -> Tokens {
    let base = Tokens {
        choice,
        dark_mode: false,
        background: rgb(0xF6, 0xF6, 0xF4),
        surface: rgb(0xFF, 0xFF, 0xFF),
        popup: rgb(0xFF, 0xFF, 0xFF),
        text: rgb(0x1A, 0x1A, 0x1A),
        text_muted: rgb(0x55, 0x55, 0x55),
        grid: rgb(0xDD, 0xDD, 0xDD),
        // Okabe–Ito, darkened until each reaches 3:1 on the page background.
        palette: [
            rgb(0xA8, 0x74, 0x00),
            rgb(0x3F, 0x86, 0xB0),
            rgb(0x00, 0x8F, 0x68),
            rgb(0x85, 0x7F, 0x24),
            rgb(0x00, 0x72, 0xB2),
            rgb(0xC4, 0x55, 0x00),
            rgb(0xB0, 0x65, 0x8F),
        ],
        context: rgb(0x70, 0x70, 0x70),
        highlight: rgb(0x00, 0x00, 0x00),
        headline_size: 44.0,
        title_size: 22.0,
        chart_title_size: 16.0,
        label_size: 14.0,
        small_size: 12.0,
        spacing: 8.0,
        row_height: 44.0,
        bar_fraction: 0.42,
        line_width: 2.0,
        highlight_width: 2.5,
        marker_radius: 7.0,
        corner_radius: 6,
        card_outline_width: 1.0,
        label_gap: 3.0,
        row_gap: 6.0,
        min_column_width: 340.0,
        min_card_width: 180.0,
        card_value_size: 21.0,
        target_fill_alpha: 36,
    };
    match choice {
        ThemeChoice::Light => base,
        ThemeChoice::Dark => Tokens {
            dark_mode: true,
            background: rgb(0x1B, 0x1B, 0x1B),
            surface: rgb(0x10, 0x10, 0x10),
            popup: rgb(0x26, 0x26, 0x26),
            text: rgb(0xED, 0xED, 0xED),
            text_muted: rgb(0xB4, 0xB4, 0xB4),
            grid: rgb(0x3A, 0x3A, 0x3A),
            // Okabe–Ito as published, blue lightened to reach 3:1 on the dark background.
            palette: [
                rgb(0xE6, 0x9F, 0x00),
                rgb(0x56, 0xB4, 0xE9),
                rgb(0x00, 0x9E, 0x73),
                rgb(0xF0, 0xE4, 0x42),
                rgb(0x3D, 0x95, 0xD4),
                rgb(0xE0, 0x66, 0x1A),
                rgb(0xCC, 0x79, 0xA7),
            ],
            context: rgb(0x9A, 0x9A, 0x9A),
            highlight: rgb(0xFF, 0xFF, 0xFF),
            target_fill_alpha: 48,
            ..base
        },
        ThemeChoice::Projector => Tokens {
            background: rgb(0xFF, 0xFF, 0xFF),
            surface: rgb(0xFF, 0xFF, 0xFF),
            popup: rgb(0xFF, 0xFF, 0xFF),
            text: rgb(0x00, 0x00, 0x00),
            text_muted: rgb(0x33, 0x33, 0x33),
            grid: rgb(0xC8, 0xC8, 0xC8),
            palette: [
                rgb(0x94, 0x66, 0x00),
                rgb(0x2A, 0x73, 0x9E),
                rgb(0x00, 0x7A, 0x58),
                rgb(0x6E, 0x6A, 0x1E),
                rgb(0x00, 0x5C, 0x91),
                rgb(0xAD, 0x4A, 0x00),
                rgb(0x9C, 0x54, 0x80),
            ],
            context: rgb(0x59, 0x59, 0x59),
            line_width: 3.0,
            highlight_width: 3.5,
            marker_radius: 8.0,
            row_height: 46.0,
            card_outline_width: 0.0,
            ..base
        },
    }
}

impl Tokens {
    /// The colour of the marks of a theme id (`ict`, `industry`, …); unknown themes get blue.
    #[must_use]
    pub fn theme_colour(&self, theme_id: &str) -> Color32 {
        let i = match theme_id {
            "industry" => hue::VERMILLION,
            "digital" => hue::REDDISH_PURPLE,
            "smes" => hue::ORANGE,
            "green" => hue::BLUISH_GREEN,
            "innovation" => hue::SKY_BLUE,
            "reform" => hue::YELLOW,
            _ => hue::BLUE,
        };
        self.palette[i]
    }

    /// The tint inside a target bar: the mark colour, mostly transparent.
    #[must_use]
    #[expect(
        clippy::disallowed_methods,
        reason = "the theme is the one place that makes colours"
    )]
    pub fn target_fill(&self, colour: Color32) -> Color32 {
        Color32::from_rgba_unmultiplied(colour.r(), colour.g(), colour.b(), self.target_fill_alpha)
    }

    /// A proportional font of `size` points.
    #[must_use]
    pub fn font(size: f32) -> FontId {
        FontId::new(size, FontFamily::Proportional)
    }

    /// Every text colour with every background it is drawn on, named for test messages.
    #[must_use]
    pub fn text_pairs(&self) -> Vec<(&'static str, Color32, Color32)> {
        let mut pairs = Vec::new();
        for (bg_name, bg) in self.backgrounds() {
            pairs.push((bg_name, self.text, bg));
            pairs.push((bg_name, self.text_muted, bg));
        }
        pairs
    }

    /// Every mark colour with every background it is drawn on, named for test messages.
    #[must_use]
    pub fn mark_pairs(&self) -> Vec<(&'static str, Color32, Color32)> {
        let mut pairs = Vec::new();
        for (bg_name, bg) in [("background", self.background), ("surface", self.surface)] {
            for c in self.palette {
                pairs.push((bg_name, c, bg));
            }
            pairs.push((bg_name, self.context, bg));
            pairs.push((bg_name, self.highlight, bg));
        }
        pairs
    }

    fn backgrounds(&self) -> [(&'static str, Color32); 3] {
        [
            ("background", self.background),
            ("surface", self.surface),
            ("popup", self.popup),
        ]
    }
}

/// WCAG 2 contrast ratio between two opaque colours (1 to 21).
#[must_use]
pub fn contrast(a: Color32, b: Color32) -> f32 {
    fn channel(c: u8) -> f32 {
        let c = f32::from(c) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }
    fn luminance(c: Color32) -> f32 {
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    }
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Applies a theme to egui: visuals (backgrounds, text colours) and text sizes.
pub fn apply(ctx: &egui::Context, choice: ThemeChoice) {
    let t = tokens(choice);
    let theme = if t.dark_mode {
        egui::Theme::Dark
    } else {
        egui::Theme::Light
    };
    let mut visuals = if t.dark_mode {
        egui::Visuals::dark()
    } else {
        egui::Visuals::light()
    };
    visuals.panel_fill = t.background;
    visuals.window_fill = t.popup;
    visuals.extreme_bg_color = t.surface;
    visuals.faint_bg_color = t.background;
    visuals.weak_text_color = Some(t.text_muted);
    visuals.widgets.noninteractive.fg_stroke.color = t.text;
    visuals.widgets.inactive.fg_stroke.color = t.text;
    ctx.set_theme(theme);
    ctx.style_mut_of(theme, |style| {
        style.visuals = visuals;
        style
            .text_styles
            .insert(TextStyle::Heading, Tokens::font(t.title_size));
        style
            .text_styles
            .insert(TextStyle::Body, Tokens::font(t.label_size));
        style
            .text_styles
            .insert(TextStyle::Button, Tokens::font(t.label_size));
        style
            .text_styles
            .insert(TextStyle::Small, Tokens::font(t.small_size));
    });
}

#[cfg(test)]
mod tests;
