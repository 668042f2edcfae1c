//! Fitting label text into a width: wrap onto a second line at a word boundary, shorten
//! with an ellipsis only what still does not fit.

use crate::charts::Mark;

/// The text after a bar: the figure and, if any, its note.
pub(super) fn value_text(m: &Mark) -> String {
    match &m.note {
        Some(note) => format!("{}  ({note})", m.display),
        None => m.display.clone(),
    }
}

/// `text` on at most two lines, each at most `max` points wide as measured by `width`:
/// broken at the last space that fits, the second line shortened with an ellipsis if needed.
pub(super) fn wrap2(text: &str, max: f32, width: impl Fn(&str) -> f32) -> String {
    if width(text) <= max {
        return text.to_owned();
    }
    let words: Vec<&str> = text.split(' ').collect();
    for k in (1..words.len()).rev() {
        let first = words[..k].join(" ");
        if width(&first) <= max {
            let rest = words[k..].join(" ");
            return format!("{first}\n{}", fit(&rest, max, &width));
        }
    }
    fit(text, max, &width)
}

/// `text` shortened with an ellipsis until `width(text)` fits in `max` points.
pub(super) fn fit(text: &str, max: f32, width: impl Fn(&str) -> f32) -> String {
    if width(text) <= max {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    for keep in (1..chars.len()).rev() {
        let s = format!("{}…", chars[..keep].iter().collect::<String>().trim_end());
        if width(&s) <= max {
            return s;
        }
    }
    "…".to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> f32 {
        #[expect(clippy::cast_precision_loss, reason = "short test strings")]
        let n = s.chars().count() as f32;
        n * 10.0
    }

    #[test]
    fn long_labels_are_shortened_to_fit() {
        assert_eq!(fit("short", 100.0, w), "short");
        let f = fit("a rather long label indeed", 100.0, w);
        assert!(w(&f) <= 100.0 && f.ends_with('…'), "{f}");
    }

    #[test]
    fn long_labels_wrap_onto_a_second_line_first() {
        assert_eq!(wrap2("short", 100.0, w), "short");
        assert_eq!(
            wrap2("share of the world total", 120.0, w),
            "share of the\nworld total"
        );
        let two = wrap2("one two three four five six seven eight", 100.0, w);
        let lines: Vec<&str> = two.lines().collect();
        assert_eq!(lines.len(), 2, "{two}");
        assert!(lines.iter().all(|l| w(l) <= 100.0), "{two}");
        assert!(lines[1].ends_with('…'), "{two}");
    }
}
