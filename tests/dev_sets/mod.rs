//! Which excerpts of `tests/data/dev/` are held out: scored, never read while writing rules.
//! Included by the tests that score the extractor on them.

/// The excerpts kept back, each group with the row name its totals are printed under: only
/// scored, never read while writing rules. 27–32 were the first; 49–55 were added later
/// (their totals had never been seen while the rules were written); 67–71 and 100–104 were
/// labelled on 7 December 2026 by readers who had not seen the rules or the extractor's
/// output, 100–104 after that day's rules were written; 110–114 and 120–124 in the eighth
/// round, by two more such readers, added unread.
pub const HELD_OUT: [(u32, u32, &str); 6] = [
    (27, 32, "**held out (27–32)**"),
    (49, 55, "**held out, added later (49–55)**"),
    (67, 71, "**held out, added 7 December (67–71)**"),
    (
        100,
        104,
        "**held out, added at the end of 7 December (100–104)**",
    ),
    (110, 114, "**held out, eighth round (110–114)**"),
    (120, 124, "**held out, eighth round, added last (120–124)**"),
];

/// The index in [`HELD_OUT`] of the group an excerpt is kept back in, if it is.
pub fn held_out(nn: &str) -> Option<usize> {
    let n = nn.parse::<u32>().ok()?;
    HELD_OUT.iter().position(|(a, b, _)| (*a..=*b).contains(&n))
}
