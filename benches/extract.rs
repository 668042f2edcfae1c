//! Extraction speed: the seed transcript, and a 100-fold input (the seed's turns repeated after
//! its header). Run with `cargo bench --bench extract`; the README reports the MB/s.

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
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
