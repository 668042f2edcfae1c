//! Clauses that only name the source of what follows ("Official data from the GACC showed
//! that …", "The IMF forecasts that …"): a figure's subject is looked for after them.

use super::rules::Ctx;

/// Clauses that only name the source of what follows ("Official data from the GACC showed
/// that …", "Statistics show that …"): the subject is looked for after them.
pub(super) const SOURCE: &[&str] = &[
    " showed that ",
    " shows that ",
    " show that ",
    " indicated that ",
    " indicates that ",
    " revealed that ",
    " found that ",
    " ensures that ",
    " ensure that ",
    " means that ",
    " estimated that ",
    " expected that ",
    " expects that ",
    " expect that ",
    " forecasts that ",
    " forecast that ",
    " predicts that ",
    " predicted that ",
    " projected that ",
    " said that ",
    " says that ",
    " noting that ",
    " noted that ",
    " note that ",
    " mentioning that ",
    " mentioned that ",
    " mentions that ",
    " stated that ",
    " pointed out that ",
    " reported that ",
    " announced that ",
    " stressed that ",
    " emphasized that ",
    " see that ",
    " clear that ",
];

/// The context past a clause that only names the source, when one comes before the figure.
pub(super) fn past_source(ctx: &Ctx) -> Ctx {
    let prefix = &ctx.sentence[..ctx.sentence.floor_char_boundary(ctx.start)];
    let cut = SOURCE
        .iter()
        .filter_map(|m| prefix.rfind(m).map(|p| p + m.len()))
        .max();
    let Some(cut) = cut else {
        return ctx.clone();
    };
    let before_start = ctx.start.saturating_sub(ctx.before.len());
    Ctx {
        before: if before_start < cut {
            ctx.sentence[cut..ctx.start].to_owned()
        } else {
            ctx.before.clone()
        },
        after: ctx.after.clone(),
        sentence: ctx.sentence[cut..].to_owned(),
        index: ctx.index,
        start: ctx.start - cut,
    }
}
