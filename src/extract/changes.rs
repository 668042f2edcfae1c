//! Labels of changes: what changed ("an increase in total loan issuance", the growth of what
//! was said before), against what ("compared with 2019", "difference from …", "year on
//! year"), since when ("change from the first two months"), and what a change in points
//! added to another's growth. Lower-case text of one sentence.

use super::after::compared_year;
use super::clause::last_clause;
use super::phrase::{capital, fragment, noun_phrase};
use super::rules::Ctx;
use super::said::{Said, restore_case};
use super::subject_head::weak;
use crate::dataset::{Kind, Unit};

/// "Compared with 2019, the number of domestic trips rose 12 %": the comparison a sentence
/// opens with, for its changes (" compared with 2019", " year on year", " difference from
/// national average"); `None` when it opens with none.
fn compared_first(sentence: &str) -> Option<String> {
    let (first, _) = sentence.split_once(", ")?;
    if !(first.starts_with("compared with ") || first.starts_with("compared to ")) {
        return None;
    }
    let year_on_year = first.contains("same period") || first.ends_with("last year");
    compared_year(first)
        .map(|(how, y)| format!(" {how} {y}"))
        .or_else(|| year_on_year.then(|| " year on year".to_owned()))
        .or_else(|| {
            // "Compared to the national average, …": a gap between two things, no change over
            // time ("compared with last month" says a time, and is left to the figure).
            let np = noun_phrase(first.split_once(' ')?.1.split_once(' ')?.1);
            let time = np.split_whitespace().any(|w| {
                matches!(
                    w,
                    "month" | "quarter" | "year" | "period" | "week" | "day" | "last" | "previous"
                )
            });
            (!np.is_empty() && !time && !fragment(&np)).then(|| format!(" difference from {np}"))
        })
}

/// "increased by 8.5 %, 3.2 percentage points higher than that of the first two months": how
/// much a growth rate moved since a time ("…growth, change from the first two months"), as
/// the label and the subject; `None` for other figures.
pub(super) fn rate_moved(
    subj: &str,
    ctx: &Ctx,
    original: &str,
    unit: Unit,
    kind: Kind,
) -> Option<(String, String)> {
    if unit != Unit::PercentagePoint || kind != Kind::Change || weak(subj) {
        return None;
    }
    // "… a year-on-year growth of 8 %, up 4.4 percentage points year on year": the growth
    // rate's own change year on year.
    let after = ctx.after.trim_start();
    let yearly = (after.starts_with("year on year") || after.starts_with("year-on-year"))
        && super::said::continues_rate(ctx)
        && ctx.sentence[..ctx.sentence.floor_char_boundary(ctx.start)].contains("growth");
    let time = match compared_time(after) {
        Some(time) => format!("from {time}"),
        None if yearly => "year on year".to_owned(),
        None => return None,
    };
    let grows = ["growth", "increase", "rate", "gain", "index"]
        .iter()
        .any(|w| subj.split_whitespace().any(|x| x == *w));
    let what = if grows {
        subj.to_owned()
    } else {
        format!("{subj} growth")
    };
    let label = format!("{what}, change {time}");
    Some((capital(&restore_case(&label, original)), subj.to_owned()))
}

/// "… contributed 82.5 % to economic growth, pulling GDP up by 4.3 percentage points": how
/// much the thing before added to another's growth ("Final consumption, contribution to GDP
/// growth"), as the label and the subject; `None` for other figures.
pub(super) fn pulled(
    ctx: &Ctx,
    said: &Said<'_>,
    original: &str,
    unit: Unit,
) -> Option<(String, String)> {
    if unit != Unit::PercentagePoint {
        return None;
    }
    let clause = last_clause(&ctx.before);
    let rest = ["pulling ", "driving ", "boosting ", "lifting "]
        .iter()
        .find_map(|w| clause.strip_prefix(w))?;
    // "driving the total retail sales of consumer goods to increase about 1.6 points".
    let rest = rest.split(" to ").next().unwrap_or(rest);
    let what = noun_phrase(rest.trim_end_matches(" up by").trim_end_matches(" up"));
    let before = said.previous.map(|p| p.split(", ").next().unwrap_or(p))?;
    if what.is_empty() || fragment(&what) || before.is_empty() {
        return None;
    }
    // "contribution of final consumption to economic growth": the thing contributing.
    let thing = before
        .strip_prefix("contribution of ")
        .and_then(|r| r.split(" to ").next())
        .unwrap_or(before);
    let label = format!("{thing}, contribution to {what} growth");
    Some((capital(&restore_case(&label, original)), before.to_owned()))
}

/// "Final consumption, gross capital formation and net exports drove economic growth by 4.2,
/// 1.2 and -0.2 percentage points": how much each thing added to the growth named ("Final
/// consumption, contribution to economic growth"); `None` for other figures. The figure
/// comes after "drove … growth by" with only figures, their units and joining words between.
pub(super) fn drove(subj: &str, ctx: &Ctx, unit: Unit) -> Option<String> {
    if unit != Unit::PercentagePoint || subj.is_empty() {
        return None;
    }
    // "added 1.3 percentage points to GDP growth": the growth named after the figure.
    if let Some(growth) = added_to(ctx) {
        return Some(format!("{subj}, contribution to {growth}"));
    }
    let before = &ctx.sentence[..ctx.sentence.floor_char_boundary(ctx.start)];
    let (at, verb) = [
        " drove ",
        " pulled ",
        " boosted ",
        " lifted ",
        " drive ",
        " drives ",
    ]
    .iter()
    .filter_map(|v| before.rfind(v).map(|at| (at, *v)))
    .max_by_key(|(at, _)| *at)?;
    let said = &before[at + verb.len()..];
    let (growth, between) = said.split_once(" by ")?;
    if !growth.ends_with("growth") {
        return None;
    }
    let only_figures = between.split_whitespace().all(|w| {
        // ("and -0.6": a minus said apart is the figure's.)
        let w = w
            .trim_matches(|c: char| matches!(c, ',' | ';'))
            .trim_start_matches(['-', '\u{2212}']);
        w.is_empty()
            || w.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                w,
                "percentage" | "points" | "point" | "and" | "respectively"
            )
    });
    let growth = noun_phrase(growth);
    (only_figures && !growth.is_empty()).then(|| format!("{subj}, contribution to {growth}"))
}

/// The growth a figure in points was "added" or "contributed" to ("added 1.3 percentage
/// points to GDP growth" → "GDP growth"); `None` for other figures.
fn added_to(ctx: &Ctx) -> Option<String> {
    let verb = ctx.before.trim_end().rsplit(' ').next()?;
    if !matches!(verb, "added" | "contributed" | "adding" | "contributing") {
        return None;
    }
    let after = ctx.after.trim_start();
    let after = ["percentage points ", "percentage point "]
        .iter()
        .find_map(|w| after.strip_prefix(w))
        .unwrap_or(after);
    let rest = after.strip_prefix("to ")?;
    let growth = noun_phrase(rest);
    growth.ends_with("growth").then_some(growth)
}

/// Whether a clause says a change is real (net of prices): "a real increase of", "in real
/// terms"; "real estate" does not.
fn says_real(clause: &str) -> bool {
    let words: Vec<&str> = clause.split_whitespace().map(super::phrase::bare).collect();
    words
        .iter()
        .enumerate()
        .any(|(k, w)| *w == "real" && words.get(k + 1).is_none_or(|next| *next != "estate"))
}

/// "Carbon intensity, change compared with 2015", "coal consumption, change".
pub(super) fn change_label(subj: &str, ctx: &Ctx) -> String {
    // "change", not "decrease": the value's sign says which way ("−18.8 %"); a subject that
    // already says it ("GDP growth rate") needs no word more.
    let says = ["growth", "increase", "change"]
        .iter()
        .any(|w| subj.split_whitespace().any(|x| x == *w));
    // "a nominal increase of 13.7 %, … or a real increase of 13.7 %": which change it is.
    let clause = super::clause::last_clause(&ctx.before);
    // ("real estate investment rose" says no real change; "grew 5.1 % in real terms" does.)
    let real = says_real(clause) || ctx.after.trim_start().starts_with("in real terms");
    let way = match (says, clause.contains("nominal "), real) {
        (true, _, _) => "",
        (false, true, _) => "nominal change",
        (false, false, true) => "real change",
        _ => "change",
    };
    let after = ctx.after.trim_start();
    // "a year-on-year increase of 1.58 trillion yuan".
    let before = ctx.before.trim_end();
    let yoy_before = [
        "increase of",
        "growth of",
        "decrease of",
        "decline of",
        "rise of",
    ]
    .iter()
    .any(|w| {
        before.ends_with(&format!("year-on-year {w}"))
            || before.ends_with(&format!("year on year {w}"))
    });
    let when = compared_year(&ctx.after)
        .map(|(how, y)| format!(" {how} {y}"))
        .or_else(|| {
            // ("increased by 1.2 % on a yearly basis": year on year too.)
            (yoy_before
                || after.starts_with("year on year")
                || after.starts_with("year-on-year")
                || after.starts_with("on a yearly basis")
                || after.starts_with("on a year-on-year basis"))
            .then(|| " year on year".to_owned())
        })
        .or_else(|| {
            compared_with(after).map(|np| {
                if np.starts_with("the same period") {
                    // "compared with the same period a year before" says "year on year".
                    " year on year".to_owned()
                } else {
                    // "47.1 percentage points higher than gross capital formation": a gap
                    // between two things, not a change over time.
                    format!(" difference from {np}")
                }
            })
        })
        .or_else(|| ratio_to(after).map(|np| format!(" ratio to {np}")))
        .or_else(|| compared_first(&ctx.sentence))
        .unwrap_or_default();
    let when = when
        .replace(" change difference", " difference")
        .replace(" change ratio", " ratio");
    let between = when.starts_with(" difference") || when.starts_with(" ratio");
    match (subj.is_empty(), way.is_empty()) {
        (true, _) if between => when.trim_start().to_owned(),
        (true, _) => format!("change{when}"),
        (false, true) => format!(
            "{subj}{}",
            when.strip_prefix(' ')
                .map_or(String::new(), |w| format!(", {w}"))
        ),
        (false, false) if between => format!("{subj},{when}"),
        (false, false) => format!("{subj}, {way}{when}"),
    }
}

/// "2.64 times that of rural households": the other thing a figure in times is of, when that
/// is no time ("60 times that of 1949" is a change since then); `None` otherwise.
fn ratio_to(after: &str) -> Option<String> {
    let rest = after.strip_prefix("times ").unwrap_or(after);
    let rest = rest
        .strip_prefix("that of ")
        .or_else(|| rest.strip_prefix("those of "))?;
    let np = super::phrase::noun_phrase(rest);
    let time = super::label_words::says_time(rest)
        || np.is_empty()
        || np
            .split_whitespace()
            .any(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        || [
            "year", "month", "quarter", "period", "last", "previous", "same",
        ]
        .iter()
        .any(|w| np.split_whitespace().any(|x| x == *w));
    (!time && !super::phrase::fragment(&np)).then_some(np)
}

/// "higher than that of the first two months", "faster than in May", "up … from the first
/// quarter": the time a rate is compared with ("the first two months", "May").
fn compared_time(after: &str) -> Option<String> {
    let rest = [
        "higher than ",
        "lower than ",
        "faster than ",
        "slower than ",
        "from ",
        "over ",
    ]
    .iter()
    .find_map(|w| after.strip_prefix(w))?;
    let rest = ["that of ", "that in ", "in ", "the level of "]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    let words: Vec<&str> = rest
        .split_whitespace()
        .take_while(|w| !w.starts_with('('))
        .take(8)
        .collect();
    let first = words
        .iter()
        .map(|w| w.trim_end_matches('.'))
        .find(|w| *w != "the")?;
    let time = matches!(
        first,
        "first" | "second" | "third" | "fourth" | "previous" | "last" | "same"
    ) || super::dates::month(first).is_some();
    let mut words: Vec<&str> = words
        .iter()
        .map(|w| w.trim_end_matches(['.', ',']))
        .collect();
    // "from the first to the second quarter": the base is the first quarter.
    if let Some(to) = words.iter().position(|w| *w == "to")
        && let Some(unit) = words[to + 1..].iter().find_map(|w| match *w {
            "quarter" | "quarters" => Some("quarter"),
            "half" | "halves" => Some("half"),
            _ => None,
        })
    {
        words.truncate(to);
        words.push(unit);
    }
    while words
        .last()
        .is_some_and(|w| matches!(*w, "of" | "the" | "and" | "to" | "in" | "a"))
    {
        words.pop();
    }
    (time && !words.is_empty()).then(|| words.join(" "))
}

/// "0.4 percentage point higher than the growth of the country's overall foreign trade": what
/// a figure is compared with, when it is not a year.
fn compared_with(after: &str) -> Option<String> {
    let rest = [
        "higher than ",
        "lower than ",
        "more than ",
        "less than ",
        "above ",
        "below ",
    ]
    .iter()
    .find_map(|w| after.strip_prefix(w))
    .or_else(|| {
        // "… from the same period last year".
        after
            .strip_prefix("from ")
            .filter(|r| r.starts_with("the same period"))
    })?;
    let rest = rest.strip_prefix("that of ").unwrap_or(rest);
    let np = noun_phrase(rest);
    if np.starts_with("same period") {
        return Some("the same period a year before".to_owned());
    }
    (!np.is_empty() && np.split_whitespace().count() <= 8).then_some(np)
}
