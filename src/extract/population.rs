//! A population said with "with a population of": "a country like China with a population of
//! 1.4 billion", "Hunan, with a population of 66 million, …".

use super::rules::Ctx;

/// The label of a figure said as "… with a population of N": "Population of China" when a
/// name stands right before "with" (its capitalised words, as written), else "Population";
/// `None` for a figure said otherwise. `original` is the sentence as written, in which the
/// figure starts at byte `ctx.start`.
pub(super) fn population(ctx: &Ctx, original: &str) -> Option<String> {
    let before = super::phrase::before_hedge(&ctx.before);
    let head = before.strip_suffix("population of")?.trim_end();
    // ("a total population of …" keeps its own words.)
    let head = head.strip_suffix(" a")?;
    if !head.ends_with(" with") {
        return Some("Population".to_owned());
    }
    let written = original.get(..ctx.start)?;
    let at = written.rfind(" with ")?;
    let name: Vec<&str> = written[..at]
        .trim_end_matches(',')
        .rsplit(' ')
        .take_while(|w| {
            w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
        })
        .collect();
    // ("For a country …": the word that opens the sentence is no name.)
    let opens = written[..at].trim_end_matches(',').split(' ').count() == name.len();
    Some(if name.is_empty() || opens {
        "Population".to_owned()
    } else {
        let name: Vec<&str> = name.into_iter().rev().collect();
        format!("Population of {}", name.join(" "))
    })
}
