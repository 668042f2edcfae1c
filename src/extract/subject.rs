//! What a figure is said of: the subject of its clause or sentence past the clauses that only
//! set the time or name the source, what it refers back to, the subject said before it, its
//! partner. Lower-case text of one sentence, with what the sentences before said
//! ([`super::said::Said`]); whose a bare noun of what is measured is, in [`super::whose`].

use super::clause::{clause_subject, last_clause};
use super::phrase::{fragment, has_verb, noun_phrase};
use super::rules::Ctx;
use super::said::{Said, continues, ends_move, in_terms_of, referred, with_partner};
use super::subject_head::{CHANGE_OF, head, of_figure_before, things_listed, total_of_head, weak};
use super::subject_ref::{
    contributor, invested_in, kept_object, opening_group, said_before, that_of, with_measure,
};

/// The subject a figure is said of: its own clause's, else what it refers back to ("the
/// industry's", "its imports"), else the one said before it (in the sentence, or the
/// paragraph), with the partner the figure names ("with Vietnam"). Lower case, or in the
/// sentence's capitals where borrowed.
pub(super) fn subject(ctx: &Ctx, said: &Said<'_>) -> String {
    if let Some(other) = that_of(ctx, said)
        .or_else(|| with_measure(ctx))
        .or_else(|| contributor(ctx))
        .or_else(|| invested_in(ctx))
    {
        return other;
    }
    // The item of a list the figure is of, read once; in a sentence that lists so, each
    // figure has its own subject.
    let item = super::listed::respective_item(&ctx.sentence, ctx.index, ctx.start);
    // "… 46.96 trillion yuan for the primary, secondary and tertiary industries,
    // respectively": the list said after the figures names what each is of.
    let trailing = item
        .is_none()
        .then(|| super::listed_after::trailing_item(&ctx.sentence, ctx.index))
        .flatten();
    let listed = item.is_some() || trailing.is_some() || things_listed(&ctx.sentence);
    let own = subject_of(ctx, item);
    let own = referred(&own, said).unwrap_or(own);
    if let Some((prep, item)) = trailing {
        let measure = if weak(&own) || fragment(&own) {
            said.previous.unwrap_or_default()
        } else {
            own.as_str()
        };
        return super::listed_after::item_measured(measure, prep, &item);
    }

    // "its imports grew 25.6 %": the imports of what the sentence spoke of before.
    let its = last_clause(&ctx.before)
        .split_whitespace()
        .any(|w| w == "its" || w == "their");
    let own = match (its, said.previous.or(said.earlier)) {
        // "its ratio to GDP reached 2.64 %": the ratio of what was said before.
        (true, Some(before))
            if own
                .split_whitespace()
                .next()
                .is_some_and(|w| matches!(w, "ratio" | "share" | "proportion")) =>
        {
            format!("{before}, {own}")
        }
        (true, Some(before)) if !own.contains(" with ") => before.split_once(" with ").map_or_else(
            || own.clone(),
            |(_, partner)| format!("{own} with {partner}"),
        ),
        _ => own,
    };
    // "Together, they account for 18 %", "The former will reach …": said before.
    let own = said_before(&own, ctx, said).unwrap_or(own);
    // "we aim to keep the urban surveyed unemployment rate at around 5.5 %": what is kept.
    let own = if fragment(&own) {
        kept_object(last_clause(&ctx.before)).unwrap_or(own)
    } else {
        own
    };
    // "In terms of investment implementation, a total of 924.6 billion yuan …".
    let own = if weak(&own) {
        in_terms_of(&ctx.sentence).unwrap_or(own)
    } else {
        own
    };
    // "expanded 27.5 % year on year to 5.35 trillion yuan": a figure with no subject of its own
    // is said of the one before it; a subject that is only a unit or a fragment ("Yuan",
    // "All") gives way to the subject said before, in this sentence or an earlier one.
    // "… with Poland and 39.4 % with Turkey": a clause that only names a partner.
    let clause = last_clause(&ctx.before).trim_start();
    let after = ctx.after.trim_start();
    let after = [
        "increase ",
        "growth ",
        "rise ",
        "decrease ",
        "decline ",
        "drop ",
    ]
    .iter()
    .find_map(|w| after.strip_prefix(w))
    .unwrap_or(after);
    // A partner is a short name ("with Poland and"), not a clause of its own ("with a
    // utilization rate of", "with new orders for green ships accounting for").
    let short = |p: &str| {
        let words: Vec<&str> = p.split_whitespace().collect();
        words.len() <= 3 && !has_verb(p) && !words.iter().any(|w| matches!(*w, "of" | "a" | "an"))
    };
    let partner_clause = clause
        .strip_prefix("with ")
        .map(|p| p.trim_end().trim_end_matches(" and"))
        .filter(|p| short(p));
    let partner = after
        .strip_prefix("with ")
        .filter(|p| short(&noun_phrase(p)))
        .or(partner_clause);
    let opens = of_figure_before(ctx, clause);
    let borrowed = !listed && (continues(ctx) || ends_move(ctx) || opens)
        || weak(&own)
        || partner_clause.is_some();
    if let Some(total) = total_of_head(ctx, clause, &own) {
        return total;
    }
    if borrowed {
        said.previous
            .or(said.earlier)
            .filter(|s| !s.is_empty())
            .map_or(own, |s| {
                let before = with_partner(s, partner);
                // "For young people aged 16 to 24, the rate was 21.3 %": the measure said
                // before, for the group the sentence opens with.
                match opening_group(&ctx.sentence) {
                    Some(group) if !before.contains(&group) => format!("{before} for {group}"),
                    _ => before,
                }
            })
    } else {
        own
    }
}

/// The subject of a figure: the `item` of a list it is of ([`super::listed::respective_item`]),
/// else its own clause's, else (when that is a pronoun, a fragment or the end of a list) the
/// sentence's; in a sentence that says "respectively", the k-th of the
/// subjects joined by "and" ("equipment … and high-tech manufacturing enterprises grew by 7.5%
/// and 10%, respectively").
fn subject_of(ctx: &Ctx, item: Option<String>) -> String {
    if let Some(item) = item {
        return item;
    }
    if ctx.sentence.contains("respectively") && !super::listed::periods_listed(&ctx.sentence) {
        let long = head(ctx, 24);
        // "imports and exports with India and the UAE": the items are what follows the last
        // preposition before the last "and", which they share.
        if let Some(item) = super::listed::after_preposition(&long, ctx.index) {
            return item;
        }
        let parts: Vec<&str> = long.split(" and ").collect();
        // "one-year and five-year-plus loan prime rates": a lone modifier shares the noun
        // of the last item.
        let last = parts.last().copied().unwrap_or("");
        // "A and B grew 8.9 % and 8.3 % respectively, up 0.8 and 2.1 points": the figures
        // after the list's go over it again.
        let points_after = ctx.sentence[ctx.sentence.floor_char_boundary(ctx.start)..]
            .chars()
            .take(40)
            .collect::<String>()
            .contains("percentage point");
        let index = if parts.len() > 1 && points_after {
            ctx.index % parts.len()
        } else {
            ctx.index
        };
        if let (true, Some(part)) = (parts.len() > 1, parts.get(index))
            && part.split_whitespace().count() == 1
            && let Some((_, noun)) = last.split_once(' ')
        {
            return format!("{part} {noun}");
        }
        if let (true, Some(part)) = (parts.len() > 1, parts.get(index)) {
            // "value added of A and B": the second part shares "value added of".
            let shared = parts[0]
                .split_once(" of ")
                .filter(|_| index > 0 && !part.contains(" of "));
            return shared.map_or_else(
                || (*part).to_owned(),
                |(what, _)| format!("{what} of {part}"),
            );
        }
    }
    let head = head(ctx, 10);
    let clause = last_clause(&ctx.before);
    if clause.starts_with("which") {
        // "… the total number of urban jobs in 1949, which stood at 15 million".
        let earlier = ctx.before.strip_suffix(clause).unwrap_or("");
        if let Some(at) = earlier.rfind(" the ") {
            let np = noun_phrase(&earlier[at..]);
            if !fragment(&np) {
                return np;
            }
        }
    }
    let own = clause_subject(&ctx.before);
    // "The growth of retail sales was 4.9 %": the thing that grew (the label says the change).
    let own = CHANGE_OF
        .iter()
        .find_map(|w| own.strip_prefix(w))
        .map(noun_phrase)
        .filter(|np| !fragment(np))
        .unwrap_or(own);
    // "…, and high-speed electric multiple units (EMUs) has been shortened by": the end of a
    // list in the sentence's subject (the clause before it has no verb), not a subject of its
    // own.
    let prefix = &ctx.sentence[..ctx.sentence.floor_char_boundary(ctx.start)];
    let earlier = prefix
        .trim_end()
        .strip_suffix(clause.trim_end())
        .unwrap_or("");
    // ("…, industrial robots 23.9 percent and integrated circuits 15.0 percent": an item
    // with no verb of its own is a subject of its own.)
    // (A clause before that holds a figure — "an increase of 8.1 % over the previous year,
    // and its ratio to GDP reached" — is no item of a list.)
    let before_clause = last_clause(earlier.trim_end_matches([',', ' ']));
    let listed = (clause.starts_with("and ") || clause.starts_with("or "))
        && has_verb(clause)
        && !has_verb(before_clause)
        && !before_clause.contains(|c: char| c.is_ascii_digit());
    if fragment(&own) || listed { head } else { own }
}
