//! Texts that are not transcripts, told apart before reading: Markdown (a README given as a
//! transcript). JSON is told by its first character where the text is read.

/// The line (1-based) that shows a text is Markdown rather than a transcript: a code fence,
/// a table's rule line ("|---|---|"), or the third "# " heading; `None` for a transcript,
/// whose lines never look so.
pub(super) fn markdown_line(text: &str) -> Option<usize> {
    let mut headings = 0;
    for (n, line) in text.lines().enumerate() {
        let t = line.trim();
        let rule = t.starts_with('|')
            && t.len() > 2
            && t.contains("---")
            && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '));
        if t.starts_with("```") || rule {
            return Some(n + 1);
        }
        if t.starts_with("# ") || t.starts_with("## ") {
            headings += 1;
            if headings == 3 {
                return Some(n + 1);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::markdown_line;

    #[test]
    fn a_readme_is_markdown_and_a_transcript_is_not() {
        assert_eq!(
            markdown_line("# Title\n\nText\n\n```sh\ncargo test\n```\n"),
            Some(5)
        );
        assert_eq!(markdown_line("| a | b |\n|---|---|\n| 1 | 2 |\n"), Some(2));
        assert_eq!(
            markdown_line(
                "SCIO briefing\nBeijing | 10 a.m. July 5, 2024\n\nLi Ming:\nWe built 12 bridges.\n"
            ),
            None
        );
    }
}
