//! Web pages read as transcripts (issue 22): the article of a news-site page without its
//! navigation, breadcrumbs, share bar, related links, page links, scripts and footer; turn lines
//! kept; the declared charset honoured (GBK); pages of one article joined in page order.

use std::path::{Path, PathBuf};

use briefboard::sources::{self, Page};

fn web(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/web")
        .join(name)
}

fn page(name: &str) -> Page {
    let path = web(name);
    let bytes = std::fs::read(&path).expect("fixture");
    sources::read_page(&path.display().to_string(), &bytes, None)
}

#[test]
fn the_article_without_the_furniture_around_it() {
    let p = page("content_93644625.htm");
    println!("{}", p.text);
    assert!(p.from_html);
    assert_eq!(
        p.headline,
        "SCIO press conference on national economic performance in H1 2023"
    );
    let lines: Vec<&str> = p.text.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(lines[0], p.headline);
    assert_eq!(lines[1], "Beijing | 10 a.m. July 17, 2023");
    assert!(lines.contains(&"Shou Xiaoli:"));
    // The bold name at the start of a paragraph is a line of its own, its words the next.
    let fu = lines
        .iter()
        .position(|l| *l == "Fu Linghui:")
        .expect("turn line");
    assert!(lines[fu + 1].starts_with("Good morning, everyone."));
    assert!(p.text.contains("59.3 trillion yuan"));
    assert!(p.text.contains("up by 5.5 percent year on year"));
    for furniture in [
        "World",
        "Press Room",
        "Updated",
        "Weibo",
        "Related",
        "Industrial output grows",
        "Copyright",
        "Next",
        "trackPage",
        "font-family",
        "advertisements",
        "China.org.cn",
    ] {
        assert!(
            !p.text.contains(furniture),
            "{furniture:?} left in:\n{}",
            p.text
        );
    }
    // Page links of the article, never navigation or related stories.
    let hrefs: Vec<&str> = p.page_links.iter().map(|l| l.href.as_str()).collect();
    assert!(hrefs.contains(&"content_93644625_2.htm"), "{hrefs:?}");
    assert!(hrefs.contains(&"content_93644625_3.htm"), "{hrefs:?}");
    assert!(
        !hrefs
            .iter()
            .any(|h| h.contains("22222222") || h.contains("/world/"))
    );
}

#[test]
fn a_gbk_page_is_read_in_its_charset() {
    let p = page("gbk.htm");
    assert_eq!(
        p.headline,
        "国务院新闻办公室新闻发布会 2023年国民经济运行情况"
    );
    assert!(p.text.contains("全年粮食产量69541万吨"), "{}", p.text);
    assert!(p.text.contains("\n康义:\n"), "{}", p.text);
}

#[test]
fn pages_of_one_article_join_in_page_order() {
    // Given out of order, as a file dialog may.
    let pages = vec![
        page("content_93644625_3.htm"),
        page("content_93644625.htm"),
        page("content_93644625_2.htm"),
    ];
    let groups = sources::group(pages);
    assert_eq!(groups.len(), 1);
    let joined = sources::join(&groups[0]);
    println!("{}", joined.text);
    assert!(joined.notices.is_empty(), "{:?}", joined.notices);
    let t = &joined.text;
    let gdp = t.find("59.3 trillion yuan").expect("page 1");
    let jobless = t.find("5.2 percent").expect("page 2");
    let retail = t.find("22.76 trillion yuan").expect("page 3");
    assert!(gdp < jobless && jobless < retail);
    // The headline once, at the top.
    assert_eq!(
        t.matches("national economic performance in H1 2023")
            .count(),
        1
    );
    assert_eq!(joined.pages.len(), 3);
    assert!(joined.pages[0].url.ends_with("content_93644625.htm"));
    assert!(joined.pages[2].url.ends_with("content_93644625_3.htm"));
    let span = |k: usize| {
        let p = &joined.pages[k];
        &t[usize::try_from(p.start).unwrap_or(0)..usize::try_from(p.end).unwrap_or(0)]
    };
    assert!(span(1).contains("5.2 percent") && !span(1).contains("22.76"));
    assert!(span(2).contains("22.76 trillion yuan"));
    assert_eq!(joined.pages[0].start, 0);
    assert_eq!(joined.pages[2].end, t.len() as u64);
}

#[test]
fn a_gap_in_the_page_numbers_is_named() {
    let groups = sources::group(vec![
        page("content_93644625.htm"),
        page("content_93644625_3.htm"),
    ]);
    assert_eq!(groups.len(), 1);
    let joined = sources::join(&groups[0]);
    assert_eq!(joined.notices.len(), 1, "{:?}", joined.notices);
    assert!(
        joined.notices[0].contains("page 2 is missing"),
        "{:?}",
        joined.notices
    );
}

#[test]
fn txt_copies_of_pages_join_by_headline() {
    // Three pages saved as text, each under the site's title with its posting date.
    let p1 = "national economic performance in H1 2023 | July 21, 2023\n\nBeijing | 10 a.m. \
              July 17, 2023\n\nSpeakers:\n\nMr. Fu Linghui, spokesperson of the NBS\n\nFu \
              Linghui:\n\nThe economy grew by 5.5 percent.\n";
    let p2 = "ㄑ Press Room ㄑ Press Conference Transcripts\n\nnational economic performance in \
              H1 2023 | July 21, 2023\n\nFu Linghui:\n\nThe unemployment rate was 5.2 percent.\n";
    let pages = vec![
        sources::read_page("b.txt", p2.as_bytes(), None),
        sources::read_page("a.txt", p1.as_bytes(), None),
    ];
    let groups = sources::group(pages);
    assert_eq!(groups.len(), 1);
    let joined = sources::join(&groups[0]);
    assert!(
        joined
            .text
            .starts_with("national economic performance in H1 2023\n\nBeijing")
    );
    assert!(joined.text.find("5.5 percent") < joined.text.find("5.2 percent"));
    assert!(!joined.text.contains("ㄑ"));
    assert!(!joined.text.contains("July 21"));
}

#[test]
fn copies_of_whole_briefings_under_one_title_stay_apart() {
    let seed = include_str!("../data/000_6ed6731605744708.txt");
    let other = seed.replace("July 5, 2024", "July 12, 2024");
    let groups = sources::group(vec![
        sources::read_page("a.txt", seed.as_bytes(), None),
        sources::read_page("b.txt", other.as_bytes(), None),
    ]);
    assert_eq!(groups.len(), 2);
}

/// Mangled pages (cut anywhere, bytes dropped or changed, tags unclosed) never panic, and the
/// joined text's spans cover it in order with every quote equal to its bytes (what the fuzz
/// target `html` checks, deterministically on every `cargo test`).
#[test]
fn mangled_pages_never_break_the_spans_or_the_quotes() {
    let seed = std::fs::read(web("content_93644625.htm")).expect("fixture");
    let gbk = std::fs::read(web("gbk.htm")).expect("fixture");
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |below: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        usize::try_from(state % (below.max(1) as u64)).unwrap_or(0)
    };
    for round in 0..200 {
        let mut data = if round % 2 == 0 {
            seed.clone()
        } else {
            gbk.clone()
        };
        for _ in 0..=next(8) {
            let at = next(data.len());
            match next(4) {
                0 => data.truncate(at),
                1 => {
                    data.remove(at.min(data.len().saturating_sub(1)));
                }
                2 => data.insert(at, b"<\xff>&\xa0"[next(5)]),
                _ => data
                    .splice(at..at, b"<div><p><b>X Y:</b>".iter().copied())
                    .for_each(drop),
            }
            if data.is_empty() {
                break;
            }
        }
        let half = data.len() / 2;
        let one = sources::read_page("m/content_1.htm", &data[..half], None);
        let two = sources::read_page("m/content_1_2.htm", &data[half..], Some("gbk"));
        let joined = sources::join(&[one, two]);
        let mut at = 0;
        for page in &joined.pages {
            assert_eq!(page.start, at);
            at = page.end;
        }
        assert_eq!(at, joined.text.len() as u64);
        if let Ok(dataset) = briefboard::extract::extract("m.txt", joined.text.as_bytes()) {
            for m in dataset.indicators.iter().flat_map(|i| &i.mentions) {
                assert_eq!(joined.text.get(m.start..m.end), Some(m.quote.as_str()));
            }
        }
    }
}

#[test]
fn validate_checks_the_page_spans() {
    let groups = sources::group(vec![
        page("content_93644625.htm"),
        page("content_93644625_2.htm"),
    ]);
    let (mut dataset, joined) = briefboard::loaded::extract_pages(&groups[0]).expect("briefing");
    assert!(dataset.validate(Some(joined.text.as_bytes())).is_empty());
    // Pages out of order, and one past the end of the transcript.
    dataset.source.pages.swap(0, 1);
    dataset.source.pages[0].end = joined.text.len() as u64 + 10;
    let problems: Vec<String> = dataset
        .validate(Some(joined.text.as_bytes()))
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("source.pages[1]: bytes 0–")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("source.pages[0].end:")),
        "{problems:?}"
    );
}

#[test]
fn two_pasted_pages_join_without_a_notice_about_page_numbers() {
    let read = |name: &str| {
        let bytes = std::fs::read(web(name)).expect("fixture");
        sources::read_page(sources::PASTED, &bytes, None)
    };
    let groups = sources::group(vec![
        read("content_93644625.htm"),
        read("content_93644625_2.htm"),
    ]);
    assert_eq!(groups.len(), 1);
    let joined = sources::join(&groups[0]);
    assert!(joined.notices.is_empty(), "{:?}", joined.notices);
    assert!(joined.text.find("59.3 trillion") < joined.text.find("5.2 percent"));
}
