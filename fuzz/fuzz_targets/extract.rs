//! Fuzz target: any bytes given to the extractor never panic, and whatever it extracts keeps
//! its promises (finite values, `source[start..end] == quote`, a dataset that validates).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(dataset) = briefboard::extract::extract("fuzz.txt", data) {
        for indicator in &dataset.indicators {
            assert!(indicator.value.is_finite());
            for m in &indicator.mentions {
                assert_eq!(data.get(m.start..m.end), Some(m.quote.as_bytes()));
            }
        }
        assert!(dataset.validate(Some(data)).is_empty());
    }
});
