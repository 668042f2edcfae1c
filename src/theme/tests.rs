//! The WCAG contrast checks of every theme.

use super::*;

/// The pairs of a theme under the WCAG thresholds: 4.5:1 for text, 3:1 for marks.
fn failures(t: &Tokens) -> Vec<String> {
    let mut out = Vec::new();
    for (bg, fg, bgc) in t.text_pairs() {
        let c = contrast(fg, bgc);
        if c < 4.5 {
            out.push(format!(
                "{:?}: text {fg:?} on {bg} {bgc:?}: {c:.2}",
                t.choice
            ));
        }
    }
    for (bg, fg, bgc) in t.mark_pairs() {
        let c = contrast(fg, bgc);
        if c < 3.0 {
            out.push(format!(
                "{:?}: mark {fg:?} on {bg} {bgc:?}: {c:.2}",
                t.choice
            ));
        }
    }
    out
}

#[test]
fn contrast_matches_wcag_reference_values() {
    assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
    assert!((contrast(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 0.001);
    // #767676 on white is the classic 4.54:1 grey.
    assert!((contrast(rgb(0x76, 0x76, 0x76), Color32::WHITE) - 4.54).abs() < 0.01);
}

#[test]
fn every_theme_meets_contrast_thresholds() {
    let all: Vec<String> = ThemeChoice::ALL
        .iter()
        .flat_map(|&c| failures(&tokens(c)))
        .collect();
    assert!(all.is_empty(), "{all:#?}");
}

#[test]
fn the_check_catches_raw_okabe_ito_on_white() {
    let mut t = tokens(ThemeChoice::Light);
    t.palette[hue::YELLOW] = rgb(0xF0, 0xE4, 0x42);
    t.palette[hue::SKY_BLUE] = rgb(0x56, 0xB4, 0xE9);
    t.text_muted = rgb(0x99, 0x99, 0x99);
    let f = failures(&t);
    assert!(f.iter().any(|s| s.contains("mark")), "{f:?}");
    assert!(f.iter().any(|s| s.contains("text")), "{f:?}");
}

#[test]
fn projector_lines_are_at_least_three_points() {
    let t = tokens(ThemeChoice::Projector);
    assert!(t.line_width >= 3.0 && t.highlight_width >= 3.0);
    assert_eq!(t.background, Color32::WHITE);
}

#[test]
fn theme_choice_round_trips_through_serde() {
    let json = serde_json::to_string(&ThemeChoice::Projector).unwrap_or_default();
    let back: ThemeChoice = serde_json::from_str(&json).unwrap_or_default();
    assert_eq!(back, ThemeChoice::Projector);
}
