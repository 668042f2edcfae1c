//! Bad and unusual input: never a panic, never a silent wrong result; a clear error naming the
//! file and the line, or the same figures as the clean text.

use briefboard::dataset::{Dataset, EMBEDDED_SOURCE};
use briefboard::extract::{ExtractError, extract};

const SEED: &str = "000_6ed6731605744708.txt";

fn seed() -> Dataset {
    extract(SEED, EMBEDDED_SOURCE.as_bytes()).expect("the seed extracts")
}

/// Every field but the offsets (and the file's hash) of two datasets' indicators.
fn facts(d: &Dataset) -> Vec<String> {
    d.indicators
        .iter()
        .map(|i| {
            let who: Vec<(&str, &str)> = i
                .mentions
                .iter()
                .map(|m| (m.speaker.as_str(), m.quote.as_str()))
                .collect();
            format!(
                "{} {} {} {:?} {:?} {:?} {:?} {:?} {who:?}",
                i.id, i.label, i.theme, i.value, i.unit, i.qualifier, i.kind, i.period
            )
        })
        .collect()
}

#[test]
fn empty_and_blank_files_are_errors_naming_the_file() {
    for text in ["", "   \n\n \r\n"] {
        let err = extract("empty.txt", text.as_bytes()).expect_err("nothing to extract");
        let shown = err.to_string();
        assert!(shown.starts_with("empty.txt: line "), "{shown}");
        assert!(matches!(err, ExtractError::Format { .. }), "{err:?}");
    }
}

#[test]
fn a_file_of_numbers_alone_is_an_error_not_a_briefing_without_figures() {
    let err = extract("numbers.txt", b"1 2 3\n4,500 6.7%\n").expect_err("no words to read");
    let shown = err.to_string();
    assert!(
        shown.starts_with("numbers.txt: line 1: no words"),
        "{shown}"
    );
}

#[test]
fn non_utf8_bytes_are_an_error_naming_the_line() {
    let mut bytes = EMBEDDED_SOURCE.as_bytes().to_vec();
    // Line 51 is Jin Zhuanglong's paragraph with "39.9 trillion yuan".
    let at = EMBEDDED_SOURCE.find("39.9 trillion").expect("in the seed");
    bytes[at] = 0xff;
    let err = extract("bad.txt", &bytes).expect_err("not UTF-8");
    assert_eq!(
        err,
        ExtractError::NotUtf8 {
            file: "bad.txt".into(),
            line: 51,
            offset: at
        }
    );
    assert!(
        err.to_string().starts_with("bad.txt: line 51: not UTF-8"),
        "{err}"
    );
}

#[test]
fn bom_and_crlf_give_the_same_figures_with_offsets_into_the_given_bytes() {
    let clean = seed();
    let crlf = format!("\u{feff}{}", EMBEDDED_SOURCE.replace('\n', "\r\n"));
    let bytes = crlf.as_bytes();
    let got = extract(SEED, bytes).expect("BOM and CRLF are accepted");
    assert_eq!(facts(&got), facts(&clean));
    for ind in &got.indicators {
        for m in &ind.mentions {
            assert_eq!(&bytes[m.start..m.end], m.quote.as_bytes(), "{}", ind.id);
        }
    }
    assert!(got.validate(Some(bytes)).is_empty());
    // The offsets moved: three bytes of BOM, then one more per line ending before the quote.
    let first = &got.indicators[0].mentions[0];
    let clean_first = &clean.indicators[0].mentions[0];
    let lines_before = EMBEDDED_SOURCE[..clean_first.start].matches('\n').count();
    assert_eq!(first.start, clean_first.start + 3 + lines_before);
}

#[test]
fn a_text_without_speaker_lines_gives_the_unnamed_speaker_its_figures() {
    // An excerpt that starts in the middle of an answer: no turn line before the figures.
    let text = "SCIO briefing\nBeijing | 10 a.m. July 5, 2024\n\nWe have built 3.837 million 5G base stations.\n";
    let d = extract("prose.txt", text.as_bytes()).expect("text without turn lines extracts");
    let bs = d.indicator("5g-base-stations").expect("5G base stations");
    assert!((bs.value - 3_837_000.0).abs() < 1e-6);
    let who = d.speaker(&bs.mentions[0].speaker).expect("a speaker");
    assert_eq!(who.name, "Unnamed speaker");
    assert_eq!(who.kind, briefboard::dataset::SpeakerKind::Official);
    assert_eq!(d.source.date, "2024-07-05");
}

#[test]
fn a_text_without_a_date_extracts_with_the_date_unknown() {
    let text = "SCIO briefing\n\nJin Zhuanglong:\n\nWe have built 3.837 million 5G base stations. \
        Last year, output grew by 5%.\n";
    let d = extract("undated.txt", text.as_bytes()).expect("an undated text extracts");
    assert_eq!(d.source.date, "");
    assert!(d.validate(None).is_empty(), "{:?}", d.validate(None));
    let growth = d
        .indicators
        .iter()
        .find(|i| (i.value - 5.0).abs() < 1e-9)
        .expect("5 %");
    // "Last year" needs the briefing date: unresolved.
    assert_eq!(growth.period, None);
    assert!(d.indicator("5g-base-stations").is_some());
}

#[test]
fn a_50_mb_transcript_extracts_and_merges_the_repeated_facts() {
    let body_start = EMBEDDED_SOURCE
        .find("\nShou Xiaoli:\n")
        .expect("first turn");
    let (header, turns) = EMBEDDED_SOURCE.split_at(body_start);
    let copies = 50_000_000 / turns.len() + 1;
    let mut big = String::with_capacity(header.len() + turns.len() * copies);
    big.push_str(header);
    for _ in 0..copies {
        big.push_str(turns);
    }
    assert!(big.len() >= 50_000_000);
    let data = extract("big.txt", big.as_bytes()).expect("a large transcript extracts");
    let one = seed();
    assert_eq!(data.indicators.len(), one.indicators.len());
    let ids = |d: &Dataset| {
        d.indicators
            .iter()
            .map(|i| i.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&data), ids(&one));
    let bs = data
        .indicator("5g-base-stations")
        .expect("5G base stations");
    // Said by Jin Zhuanglong and by Zhao Zhiguo in every copy.
    assert_eq!(bs.mentions.len(), 2 * copies);
    let last = bs.mentions.last().expect("mentions");
    assert_eq!(&big.as_bytes()[last.start..last.end], last.quote.as_bytes());
}

/// A small deterministic generator (xorshift), so the test is the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % (n as u64).max(1)).unwrap_or(0)
    }
}

#[test]
fn mangled_transcripts_never_panic_and_offsets_always_hold() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let pieces: [&[u8]; 12] = [
        b"\n",
        b":",
        b".",
        b"%",
        b"1,000",
        b"million",
        b" by 2027",
        b"\xe2\x80\x9c",
        b"\xff",
        b"Jin Zhuanglong:\n",
        b"\r",
        b"5G",
    ];
    for _ in 0..300 {
        let mut bytes = EMBEDDED_SOURCE.as_bytes().to_vec();
        for _ in 0..=rng.below(20) {
            let at = rng.below(bytes.len());
            match rng.below(3) {
                0 => {
                    let p = pieces[rng.below(pieces.len())];
                    bytes.splice(at..at, p.iter().copied());
                }
                1 => {
                    let len = rng.below(200).min(bytes.len() - at);
                    bytes.drain(at..at + len);
                }
                _ => bytes.truncate(at),
            }
        }
        if let Ok(d) = extract("mangled.txt", &bytes) {
            for ind in &d.indicators {
                assert!(ind.value.is_finite());
                for m in &ind.mentions {
                    assert_eq!(bytes.get(m.start..m.end), Some(m.quote.as_bytes()));
                }
            }
            assert!(d.validate(Some(&bytes)).is_empty());
        }
    }
}

#[test]
fn a_no_break_space_before_a_full_stop_is_no_crash() {
    // Found by `cargo fuzz run extract` (fuzz/artifacts/extract/crash-828c7473…): a full stop
    // after a no-break space, two bytes in UTF-8, cut the text inside that character.
    let found =
        b"SCIO bri=fing4*\nLi Ming:\nWe buifu\x11t a\xc2\xa0. July 50,* 422bridges, overm i027.\n";
    let _ = extract("crash.txt", found);
    // The same place in a real sentence: "Mr." after a no-break space is still an
    // abbreviation, so the figure's sentence is whole.
    let text = "Li Ming:\nAs\u{a0}Mr.\u{a0}Wang said, we built 422 bridges in 2023.\n";
    let dataset = extract("nbsp.txt", text.as_bytes()).expect("extracts");
    let bridges = dataset
        .indicators
        .iter()
        .find(|i| (i.value - 422.0).abs() < 1e-9);
    let quote = bridges
        .and_then(|i| i.mentions.first())
        .map(|m| m.quote.as_str());
    assert_eq!(
        quote,
        Some("As\u{a0}Mr.\u{a0}Wang said, we built 422 bridges in 2023.")
    );
}
