//! Reading web pages and joining pages (issue 22): one page of the fixture site (3 kB), the
//! same page with its article grown to 1 MB and to 10 MB, a page of 100,000 nested `<div>`s,
//! and joining 7 and 100 pages of 100 kB each. Run with `cargo bench --bench sources`; the
//! README reports the MB/s of each. Time must grow in proportion to the size.

use std::hint::black_box;

use briefboard::sources::{self, Page};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const PAGE: &str = include_str!("../tests/data/web/content_93644625.htm");

/// The fixture page with its article's paragraphs repeated until the page is `bytes` long.
fn grown(bytes: usize) -> String {
    let at = PAGE.find("<div id=\"autopage\">").unwrap_or(PAGE.len() / 2);
    let (head, tail) = PAGE.split_at(at);
    let paragraph = "<p><b>Fu Linghui:</b> The output of grain in summer reached 146.13 million \
                     tonnes, and the surveyed urban unemployment rate stood at 5.2 percent.</p>\n";
    let mut html = String::with_capacity(bytes + PAGE.len());
    html.push_str(head);
    while html.len() + tail.len() < bytes {
        html.push_str(paragraph);
    }
    html.push_str(tail);
    html
}

/// `n` pages of about `bytes` each, named as pages of one article.
fn pages(n: usize, bytes: usize) -> Vec<Page> {
    let html = grown(bytes);
    (1..=n)
        .map(|k| {
            let name = if k == 1 {
                "content_1.htm".to_owned()
            } else {
                format!("content_1_{k}.htm")
            };
            sources::read_page(&name, html.as_bytes(), None)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("sources");
    group.sample_size(10);
    for (name, html) in [
        ("page_3kb", PAGE.to_owned()),
        ("page_1mb", grown(1_000_000)),
        ("page_10mb", grown(10_000_000)),
        (
            "nested_100k_divs",
            "<div>".repeat(100_000) + "<p>deep text of a paragraph here</p>",
        ),
    ] {
        group.throughput(Throughput::Bytes(html.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| sources::read_page("content_1.htm", black_box(html.as_bytes()), None));
        });
    }
    for n in [7, 100] {
        let read = pages(n, 100_000);
        let bytes: usize = read.iter().map(|p| p.text.len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function(format!("join_{n}_pages_of_100kb"), |b| {
            b.iter(|| sources::join(black_box(&read)));
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
