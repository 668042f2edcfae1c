//! Fuzz target: any text given to the dataset loader never panics; a dataset it accepts can be
//! validated and written back.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data)
        && let Ok(dataset) = briefboard::dataset::Dataset::from_json("fuzz.json", text)
    {
        let _ = dataset.validate(None);
        let _ = dataset.to_json();
    }
});
