//! Extraction speed: the seed transcript, a 100-fold input (the seed's turns repeated after
//! its header), and adversarial inputs: a line of 200,000 numbers, a 10 MB paragraph without a
//! full stop, and 100,000 short turns under as many names. Run with `cargo bench --bench
//! extract`; the README reports the MB/s of each. Target: at least 1 MB/s on any input.

use std::fmt::Write as _;
use std::hint::black_box;

use briefboard::dataset::EMBEDDED_SOURCE;
use briefboard::extract::extract;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// The seed's header followed by its turns `copies` times.
fn repeated(copies: usize) -> String {
    let start = EMBEDDED_SOURCE.find("\nShou Xiaoli:\n").unwrap_or(0);
    let (header, turns) = EMBEDDED_SOURCE.split_at(start);
    let mut text = String::with_capacity(header.len() + turns.len() * copies);
    text.push_str(header);
    for _ in 0..copies {
        text.push_str(turns);
    }
    text
}

/// The adversarial inputs: (name, text).
fn adversarial() -> Vec<(&'static str, String)> {
    let header = "SCIO briefing on tests\nBeijing | 10 a.m. July 5, 2024\n\nLi Ming:\n\n";
    let numbers = format!("{header}{}\n", "1,2 ".repeat(200_000));
    let words = "we have built 12 stations and 3 parks with 45 percent of the output ";
    let mut run_on = String::from(header);
    while run_on.len() < 10_000_000 {
        run_on.push_str(words);
    }
    let mut turns = String::from("SCIO briefing on tests\nBeijing | 10 a.m. July 5, 2024\n\n");
    for k in 0..100_000 {
        let _ = write!(turns, "Speaker Number{k}:\nWe built {k} bridges.\n");
    }
    vec![
        ("numbers_line", numbers),
        ("run_on_10mb", run_on),
        ("turns_100k", turns),
    ]
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("extract");
    let seed = EMBEDDED_SOURCE.as_bytes();
    group.throughput(Throughput::Bytes(seed.len() as u64));
    group.bench_function("seed", |b| b.iter(|| extract("seed.txt", black_box(seed))));
    let big = repeated(100);
    group.throughput(Throughput::Bytes(big.len() as u64));
    group.sample_size(10);
    group.bench_function("seed_x100", |b| {
        b.iter(|| extract("seed_x100.txt", black_box(big.as_bytes())));
    });
    for (name, text) in adversarial() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| extract("adversarial.txt", black_box(text.as_bytes())));
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
