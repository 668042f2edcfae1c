//! Labels of shares: of what whole ("share of GDP", "share of the total"), whose (the things a
//! count right before it counted), what was done to the things a share is of ("share of
//! population covered by basic medical insurance", "share resolved"), how many times another
//! thing, and the two ends of a range.

use super::after::share_of;
use super::clause::{clause_subject, last_clause};
use super::label_words::range_end;
use super::phrase::{bare, fragment, noun_phrase, trim_end};
use super::rules::Ctx;
use super::said::Said;
use crate::dataset::{Kind, Unit};

/// "Urban jobs, share of all jobs", "share of coal power units", "gigabit users, share of the
/// world's total"; a range's two ends are told apart.
pub(super) fn share_label(ctx: &Ctx, subj: &str) -> String {
    if let Some(end) = range_end(ctx) {
        return format!("{subj}, range, {end}");
    }
    let own = clause_subject(&ctx.before);
    // "8.3 trillion yuan, 2.1 times the national average": how many times what.
    if let Some(what) = ctx
        .after
        .trim_start()
        .strip_prefix("the ")
        .or_else(|| ctx.after.trim_start().strip_prefix("that of "))
        .map(noun_phrase)
        .filter(|w| !w.is_empty() && !subj.is_empty() && ctx.after.trim_start().len() > 4)
        .filter(|_| ctx.before.trim_end().ends_with(',') || ctx.before.trim().is_empty())
    {
        return format!("{subj}, times {what}");
    }
    // "6,565 museums, with over 90 % offering free admission": the share doing it.
    if let Some(doing) = doing_after_with(ctx).filter(|_| !subj.is_empty()) {
        return format!("{subj} {doing}, share");
    }
    // "more than 80 % of those enterprises saw their revenues decline".
    if let Some(share) = super::saw::share_that_saw(&ctx.after) {
        return share;
    }
    // "17 billion yuan invested in Xinjiang annually, 70 % of which goes to southern
    // Xinjiang": the share that goes there.
    if let Some(to) = share_going(&ctx.after).filter(|_| !subj.is_empty()) {
        return format!("{subj}, share {to}");
    }
    // "2.83 trillion yuan, or 90 %, had been issued", "over 97 % have been completed": the
    // share done.
    if share_of(&ctx.after).is_none()
        && !subj.is_empty()
        && let Some(done) = done_after(ctx)
    {
        return format!("{subj}, share {done}");
    }
    match share_of(&ctx.after) {
        Some(obj) if fragment(&own) && (subj.is_empty() || obj.contains(subj)) => {
            match passive_after(&ctx.after) {
                Some(done) if !obj.contains(&done) => format!("share of {obj} {done}"),
                _ => format!("share of {obj}"),
            }
        }
        Some(obj) => format!("{subj}, share of {obj}"),
        // "…, accounting for 46.6 %": of the whole the sentence speaks of.
        None if clause_says_share(&ctx.before) && !subj.is_empty() => {
            format!("{subj}, share of the total")
        }
        None => subj.to_owned(),
    }
}

/// What a share said "with" after a count does: "6,565 museums, with over 90 % offering free
/// admission" → "offering free admission" (the words after it, up to a preposition of time
/// or the clause's end); `None` when no gerund follows the share.
fn doing_after_with(ctx: &Ctx) -> Option<String> {
    if ctx.index == 0
        || !super::phrase::before_hedge(&ctx.before)
            .trim_end()
            .ends_with(", with")
    {
        return None;
    }
    let words: Vec<&str> = ctx.after.split_whitespace().take(6).collect();
    let verb = bare(words.first()?);
    if verb.len() <= 4 || !verb.ends_with("ing") {
        return None;
    }
    let end = words
        .iter()
        .position(|w| matches!(bare(w), "in" | "during" | "since" | "by" | "as" | "and"))
        .unwrap_or(words.len());
    let doing = trim_end(&words[..end].join(" "));
    Some(doing.trim_end_matches(['.', ',', ';']).to_owned())
}

/// "2.31 million 5G base stations, accounting for over 60 % of the global total": the share
/// is of the things just counted ([`Said::counted`]). Not where the whole is more of the same
/// things ("3,000 firms got loans, accounting for 40 % of the firms that exported"): what sets
/// them apart is no label of theirs. Else `subj` as it is.
pub(super) fn counted_share(
    subj: String,
    ctx: &Ctx,
    unit: Unit,
    kind: Kind,
    said: &Said<'_>,
) -> String {
    match said.counted {
        Some(things)
            if unit == Unit::Percent
                && kind == Kind::Share
                && hangs_share(&ctx.before)
                && !whole_of_the_same(things, &ctx.after) =>
        {
            things.to_owned()
        }
        _ => subj,
    }
}

/// Whether the words before a share are only a clause that hangs it on the figure before
/// (", accounting for over", ", making up").
fn hangs_share(before: &str) -> bool {
    before.contains(',')
        && matches!(
            super::phrase::before_hedge(last_clause(before)).trim(),
            "accounting for" | "making up" | "representing"
        )
}

/// Whether the whole a share is of (`after` the figure) names the things counted before it:
/// its words hold the first word of their label, without a plural "s" ("firms" in "of the
/// firms that exported").
fn whole_of_the_same(things: &str, after: &str) -> bool {
    let first = things
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_lowercase();
    let stem = first.trim_end_matches('s');
    share_of(after).is_some_and(|whole| {
        whole
            .split_whitespace()
            .any(|w| w.to_lowercase().trim_end_matches('s') == stem)
    })
}

/// "… of the population is covered by basic medical insurance": what is done to the things a
/// share is of ("covered by basic medical insurance"), said by a passive verb within six words
/// after the figure, up to the next comma; `None` otherwise.
fn passive_after(after: &str) -> Option<String> {
    let words: Vec<&str> = after.split_whitespace().collect();
    let be = words
        .iter()
        .take(8)
        .position(|w| matches!(*w, "is" | "are" | "was" | "were" | "been"))?;
    let done = words.get(be + 1).map(|w| bare(w))?;
    // ("… said they were satisfied": another verb's, not the things'.)
    if !done.ends_with("ed")
        || words[..be].iter().any(|w| {
            w.ends_with([',', ';'])
                || super::phrase::is_verb(bare(w)) && !matches!(bare(w), "has" | "have" | "had")
        })
    {
        return None;
    }
    let mut out = vec![done];
    for w in words.iter().skip(be + 2).take(5) {
        out.push(bare(w));
        if w.ends_with([',', ';', '.']) {
            break;
        }
    }
    Some(trim_end(&out.join(" ")))
}

/// "of which goes to southern Xinjiang", "of which came from private firms": where the part
/// goes or comes from, said of the whole before ("going to southern Xinjiang", "from private
/// firms"); `None` for other words.
fn share_going(after: &str) -> Option<String> {
    let rest = after
        .trim_start()
        .strip_prefix("of which ")
        .or_else(|| after.trim_start().strip_prefix("of it "))?;
    let (verb, rest) = rest.split_once(' ')?;
    let (way, rest) = match verb {
        "goes" | "go" | "went" | "flows" | "flowed" | "flow" => {
            ("going to", rest.strip_prefix("to ")?)
        }
        "comes" | "come" | "came" => ("from", rest.strip_prefix("from ")?),
        _ => return None,
    };
    let place = noun_phrase(rest);
    (!place.is_empty() && !fragment(&place)).then(|| format!("{way} {place}"))
}

/// "… had been issued", "… have been completed": what was done, said within a few words
/// after the figure.
fn done_after(ctx: &Ctx) -> Option<&str> {
    let rest = &ctx.sentence[ctx.sentence.floor_char_boundary(ctx.start)..];
    let words: Vec<&str> = rest.split_whitespace().take(8).collect();
    // ("98 % of them were resolved", "… have been completed".)
    let at = words
        .iter()
        .position(|w| matches!(*w, "been" | "were" | "was" | "are" | "is"))?;
    let done = words
        .get(at + 1)
        .map(|w| w.trim_end_matches([',', '.', ';']))?;
    (done.ends_with("ed") || super::counted::DONE.contains(&done)).then_some(done)
}

/// Whether the clause before a figure says a share with no object after it ("accounting
/// for").
fn clause_says_share(before: &str) -> bool {
    let clause = last_clause(before);
    [
        "accounting for",
        "accounted for",
        "accounts for",
        "account for",
    ]
    .iter()
    .any(|w| clause.contains(w))
}
