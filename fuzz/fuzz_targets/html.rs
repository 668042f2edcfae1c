//! Fuzz target: any bytes read as a web page never panic; the first half and the second half
//! read as two pages of one article join with spans that cover the joined text in order, and
//! the joined text extracts with `transcript[start..end] == quote`.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let half = data.len() / 2;
    let one = briefboard::sources::read_page("fuzz/content_1.htm", &data[..half], None);
    let two = briefboard::sources::read_page("fuzz/content_1_2.htm", &data[half..], Some("gbk"));
    let joined = briefboard::sources::join(&[one, two]);
    let mut at = 0;
    for page in &joined.pages {
        assert_eq!(page.start, at);
        assert!(page.end >= page.start);
        at = page.end;
    }
    assert_eq!(at, joined.text.len() as u64);
    if let Ok(dataset) = briefboard::extract::extract("fuzz.txt", joined.text.as_bytes()) {
        for indicator in &dataset.indicators {
            for m in &indicator.mentions {
                assert_eq!(joined.text.get(m.start..m.end), Some(m.quote.as_str()));
            }
        }
    }
});
