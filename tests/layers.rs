//! The layers of `src/` (ARCHITECTURE.md): a module may use the modules of its own tier and of
//! the tiers before it, never those after it. Fails on any `crate::…` path in a module that
//! names a module of a later tier — in particular, nothing below the app names `crate::app`
//! or `crate::cli`.

use std::path::{Path, PathBuf};

/// The tiers, first to last.
const TIERS: &[&[&str]] = &[
    &[
        "board",
        "corrections",
        "dataset",
        "extract",
        "filter",
        "format",
        "fsutil",
        "library",
        "loaded",
        "period",
        "sort",
        "sources",
    ],
    &["charts"],
    &["theme"],
    &["command", "derived", "notify", "zoom"],
    &["view"],
    &["present", "export", "render"],
    &["app"],
    &["cli"],
];

fn tier(module: &str) -> Option<usize> {
    TIERS.iter().position(|t| t.contains(&module))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir)
        .expect("readable source folder")
        .flatten()
    {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level modules a source text names after `crate::`, including those inside a
/// `crate::{a::X, b}` group.
fn named_modules(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    for (at, _) in text.match_indices("crate::") {
        let rest = &text[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let mut start = true;
            for (k, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => start = true,
                    c if start && !c.is_whitespace() => {
                        out.push(ident(&group[k..]));
                        start = false;
                    }
                    _ => {}
                }
            }
        } else {
            out.push(ident(rest));
        }
    }
    out
}

#[test]
fn no_module_uses_a_later_tier() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut wrong = Vec::new();
    for file in &files {
        let rel = file.strip_prefix(&src).expect("under src");
        let first = rel.components().next().expect("a path").as_os_str();
        let module = first.to_string_lossy().trim_end_matches(".rs").to_owned();
        if matches!(module.as_str(), "main" | "lib") {
            continue;
        }
        let Some(own) = tier(&module) else {
            wrong.push(format!("{}: module {module} is in no tier", rel.display()));
            continue;
        };
        let text = std::fs::read_to_string(file).expect("readable source");
        for used in named_modules(&text) {
            if let Some(t) = tier(&used)
                && t > own
            {
                wrong.push(format!("{}: {module} uses crate::{used}", rel.display()));
            }
        }
    }
    assert!(files.len() > 20, "found only {} source files", files.len());
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn the_check_sees_grouped_imports() {
    assert_eq!(
        named_modules(
            "use crate::{dataset::{Dataset, Unit}, app::App};\nlet x = crate::cli::run();"
        ),
        ["dataset", "app", "cli"]
    );
}
