//! Pages of one briefing are one briefing: which pages opened together belong to one article
//! (the file names say so — `content_93644625.htm`, `content_93644625_2.htm` — or they share
//! a headline), and joining them in page order into one transcript, the first page's header
//! (headline, date, speakers) first, each later page without the furniture it repeats.

use std::collections::{HashMap, HashSet};

use super::Page;
use crate::dataset::SourcePage;

/// The transcript of one briefing made from its pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Joined {
    /// The transcript: the headline, then each page's text in page order.
    pub text: String,
    /// Each page's source (as given) and byte span in [`Joined::text`], in page order.
    pub pages: Vec<SourcePage>,
    /// What the user should know: page numbers missing between those given, the same page
    /// given twice.
    pub notices: Vec<String>,
    /// A short name for the transcript's file, without extension: the article's name from the
    /// first page's file name (`content_93644625`), else a slug of the headline.
    pub stem: String,
}

/// The headline of a page's text: its first line that is not a breadcrumb ("ㄑ Press Room ㄑ
/// …", "Home > …") or a "Read in Chinese" link, without a posting date after " | ".
#[must_use]
pub fn headline_of(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !is_breadcrumb(l))
        .map(|l| l.split(" | ").next().unwrap_or(l).trim().to_owned())
        .next()
        .unwrap_or_default()
}

/// Whether a line is a breadcrumb or a link line that is not the headline.
fn is_breadcrumb(line: &str) -> bool {
    line.starts_with('ㄑ')
        || line.starts_with("Home >")
        || line.starts_with("Home»")
        || line.ends_with('>')
        || line == "Read in Chinese"
}

/// A headline compared without case and spacing.
fn key(headline: &str) -> String {
    headline
        .split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a page opens a briefing: it has a "Speakers" heading or a dateline ("Beijing |").
fn is_first_page(page: &Page) -> bool {
    page.text.lines().take(200).any(|l| {
        let l = l.trim();
        matches!(l.trim_end_matches(':'), "Speakers" | "Speaker") || l.starts_with("Beijing |")
    })
}

/// Splits pages opened together into briefings, each a list of pages in page order; the
/// briefings in the order of their first page as given.
///
/// Pages are of one article when their file names give the same article and different page
/// numbers, or when they share a headline and at most one of them opens a briefing (so copies
/// of whole briefings under one title stay apart).
#[must_use]
pub fn group(pages: Vec<Page>) -> Vec<Vec<Page>> {
    let order = group_indices(&pages);
    let mut slots: Vec<Option<Page>> = pages.into_iter().map(Some).collect();
    order
        .into_iter()
        .map(|g| g.into_iter().filter_map(|k| slots[k].take()).collect())
        .collect()
}

/// [`group`] by index: the places in `pages` of each briefing's pages, in page order.
#[must_use]
pub fn group_indices(pages: &[Page]) -> Vec<Vec<usize>> {
    let n = pages.len();
    let mut parent: Vec<usize> = (0..n).collect();
    let union = |parent: &mut Vec<usize>, a: usize, b: usize| {
        let (ra, rb) = (find(parent, a), find(parent, b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    };
    let mut by_base: HashMap<&str, Vec<usize>> = HashMap::new();
    for (k, p) in pages.iter().enumerate() {
        if let Some((base, _)) = &p.name_page {
            by_base.entry(base.as_str()).or_default().push(k);
        }
    }
    for members in by_base.values() {
        let numbers: HashSet<u32> = members
            .iter()
            .filter_map(|&k| pages[k].name_page.as_ref().map(|(_, n)| *n))
            .collect();
        if numbers.len() > 1 {
            for &k in &members[1..] {
                union(&mut parent, members[0], k);
            }
        }
    }
    let mut by_headline: HashMap<String, Vec<usize>> = HashMap::new();
    for (k, p) in pages.iter().enumerate() {
        if !p.headline.is_empty() {
            by_headline.entry(key(&p.headline)).or_default().push(k);
        }
    }
    for members in by_headline.values() {
        let openers = members
            .iter()
            .filter(|&&k| is_first_page(&pages[k]))
            .count();
        if members.len() > 1 && openers <= 1 {
            for &k in &members[1..] {
                union(&mut parent, members[0], k);
            }
        }
    }
    let roots: Vec<usize> = (0..n).map(|k| find(&mut parent, k)).collect();
    let mut groups: Vec<(usize, Vec<(usize, &Page)>)> = Vec::new();
    for (k, page) in pages.iter().enumerate() {
        match groups.iter_mut().find(|(r, _)| *r == roots[k]) {
            Some((_, g)) => g.push((k, page)),
            None => groups.push((roots[k], vec![(k, page)])),
        }
    }
    groups
        .into_iter()
        .map(|(_, mut g)| {
            let same_base = g.windows(2).all(|w| {
                w[0].1.name_page.as_ref().map(|p| &p.0) == w[1].1.name_page.as_ref().map(|p| &p.0)
            });
            if same_base && g.iter().all(|(_, p)| p.name_page.is_some()) {
                g.sort_by_key(|(k, p)| (p.name_page.as_ref().map_or(0, |(_, n)| *n), *k));
            } else {
                // The page that opens the briefing first, the others as given.
                g.sort_by_key(|(k, p)| (!is_first_page(p), *k));
            }
            g.into_iter().map(|(k, _)| k).collect()
        })
        .collect()
}

/// The root of `i`'s set (union–find with path halving).
fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// Joins the pages of one article (in page order, as [`group`] gives them) into one
/// transcript: the first page's headline, then every page's text without the lines it repeats
/// from the first page's header (headline, breadcrumbs, dateline, speakers) and without a
/// footer every page ends with. Linear in the pages' size.
#[must_use]
pub fn join(pages: &[Page]) -> Joined {
    let headline = pages
        .first()
        .map(|p| p.headline.clone())
        .unwrap_or_default();
    let head_key = key(&headline);
    let header: HashSet<&str> = pages
        .first()
        .map(|p| header_lines(&p.text))
        .unwrap_or_default();
    let footer = common_footer(pages);
    let mut text = String::new();
    if !headline.is_empty() {
        text.push_str(&headline);
        text.push_str("\n\n");
    }
    let mut spans = Vec::new();
    for (k, page) in pages.iter().enumerate() {
        let lines: Vec<&str> = page.text.lines().collect();
        let mut from = 0;
        while from < lines.len() {
            let l = lines[from].trim();
            let furniture = l.is_empty()
                || is_breadcrumb(l)
                || key(l.split(" | ").next().unwrap_or(l)) == head_key
                || (k > 0 && header.contains(l));
            if !furniture {
                break;
            }
            from += 1;
        }
        let mut to = lines.len();
        while to > from {
            let l = lines[to - 1].trim();
            if l.is_empty() || footer.contains(l) {
                to -= 1;
            } else {
                break;
            }
        }
        let start = if k == 0 { 0 } else { text.len() };
        for line in &lines[from..to] {
            text.push_str(line.trim_end_matches('\r'));
            text.push('\n');
        }
        text.push('\n');
        spans.push(SourcePage {
            url: page.source.clone(),
            start: start as u64,
            end: text.len() as u64,
        });
    }
    Joined {
        notices: notices(pages),
        stem: stem(pages, &headline),
        pages: spans,
        text,
    }
}

/// The lines of a page before its first turn line ("Shou Xiaoli:"): its header.
fn header_lines(text: &str) -> HashSet<&str> {
    text.lines()
        .map(str::trim)
        .take_while(|l| !is_turn_line(l))
        .filter(|l| !l.is_empty())
        .collect()
}

/// Whether a line opens a turn: a short name ending in a colon, not a header label.
fn is_turn_line(line: &str) -> bool {
    line.strip_suffix(':').is_some_and(|name| {
        !matches!(
            name,
            "Speakers" | "Speaker" | "Chairperson" | "Chair" | "Date" | "Time" | "Venue"
        ) && (1..=8).contains(&name.split_whitespace().count())
            && name.starts_with(|c: char| c.is_uppercase())
    })
}

/// Lines that end every page (of two or more), none of them a sentence: a footer.
fn common_footer(pages: &[Page]) -> HashSet<String> {
    if pages.len() < 2 {
        return HashSet::new();
    }
    let tail = |p: &Page| -> HashSet<String> {
        p.text
            .lines()
            .rev()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .take(8)
            .filter(|l| !l.ends_with(['.', '?', '!', '"', '”', ':']))
            .map(ToOwned::to_owned)
            .collect()
    };
    let mut common = tail(&pages[0]);
    for page in &pages[1..] {
        let t = tail(page);
        common.retain(|l| t.contains(l));
    }
    common
}

/// Notices about the page numbers: gaps, and a page given twice.
fn notices(pages: &[Page]) -> Vec<String> {
    let mut out = Vec::new();
    let Some((base, _)) = pages.first().and_then(|p| p.name_page.clone()) else {
        return out;
    };
    if !pages
        .iter()
        .all(|p| p.name_page.as_ref().is_some_and(|(b, _)| *b == base))
    {
        return out;
    }
    let numbers: Vec<u32> = pages
        .iter()
        .filter_map(|p| p.name_page.as_ref().map(|(_, n)| *n))
        .collect();
    if pages.len() < 2 {
        return out;
    }
    let max = numbers.iter().copied().max().unwrap_or(1);
    let missing: Vec<String> = (1..=max)
        .filter(|n| !numbers.contains(n))
        .map(|n| n.to_string())
        .collect();
    if !missing.is_empty() {
        let given: Vec<String> = numbers.iter().map(ToString::to_string).collect();
        out.push(format!(
            "{base}: page{} {} missing (pages given: {}); the briefing opens without {}",
            if missing.len() == 1 { "" } else { "s" },
            if missing.len() == 1 {
                format!("{} is", missing[0])
            } else {
                format!("{} are", missing.join(", "))
            },
            given.join(", "),
            if missing.len() == 1 { "it" } else { "them" },
        ));
    }
    let mut seen = HashSet::new();
    for n in &numbers {
        if !seen.insert(n) {
            out.push(format!("{base}: page {n} was given more than once"));
        }
    }
    out
}

/// The transcript's file name stem (see [`Joined::stem`]).
fn stem(pages: &[Page], headline: &str) -> String {
    let from_name = pages
        .first()
        .and_then(|p| p.name_page.as_ref())
        .map(|(base, _)| base.clone());
    let raw = from_name.unwrap_or_else(|| headline.to_owned());
    let slug: String = raw
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let slug = slug.trim_matches('-');
    let slug: String = slug.chars().take(60).collect();
    if slug.is_empty() {
        "briefing".to_owned()
    } else {
        slug
    }
}
