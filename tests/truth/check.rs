//! The checks behind the ground-truth tests: finding a fact's indicator, a mention's
//! provenance, the turn that holds a byte offset.

use briefboard::dataset::{Dataset, EMBEDDED_SOURCE, Indicator, Mention, SpeakerKind};

use super::{Fact, OFFICIALS, Period, TURN_HEADERS};

/// Finds the indicator of one hand-labelled fact and compares every field.
pub fn check_fact(data: &Dataset, fact: &Fact) -> Result<(), String> {
    let fits = |i: &&Indicator| {
        same(i.value, fact.value)
            && i.unit == fact.unit
            && i.mentions.iter().any(|m| m.quote.contains(fact.snippet))
    };
    let ind = if let Some(id) = fact.id {
        let Some(ind) = data.indicator(id) else {
            return Err(format!("no indicator with fixed id {id}"));
        };
        if !fits(&ind) {
            return Err(format!(
                "{id} is {} {:?}, quoted {:?}",
                ind.value,
                ind.unit,
                quotes(ind)
            ));
        }
        ind
    } else {
        let found: Vec<&Indicator> = data.indicators.iter().filter(fits).collect();
        match found.as_slice() {
            [ind] => *ind,
            [] => return Err("not extracted".to_owned()),
            many => return Err(format!("extracted {} times", many.len())),
        }
    };
    let mut wrong = Vec::new();
    if ind.qualifier != fact.qualifier {
        wrong.push(format!(
            "qualifier {:?}, want {:?}",
            ind.qualifier, fact.qualifier
        ));
    }
    if !fact.kinds.contains(&ind.kind) {
        wrong.push(format!("kind {:?}, want {:?}", ind.kind, fact.kinds));
    }
    let period = ind.period.as_deref();
    let period_ok = match fact.period {
        Period::Absent => period.is_none(),
        Period::Is(p) => period == Some(p),
        Period::Either(p) => period.is_none_or(|q| q == p),
        Period::Unchecked => true,
    };
    if !period_ok {
        wrong.push(format!("period {period:?}, want {:?}", fact.period));
    }
    let speakers: Vec<&str> = ind.mentions.iter().map(|m| m.speaker.as_str()).collect();
    if speakers != fact.speakers {
        wrong.push(format!("speakers {speakers:?}, want {:?}", fact.speakers));
    }
    if wrong.is_empty() {
        Ok(())
    } else {
        Err(format!("{}: {}", ind.id, wrong.join("; ")))
    }
}

/// Checks one mention's provenance: offsets, sentence bounds, speaker and turn.
pub fn check_mention(data: &Dataset, m: &Mention) -> Result<(), String> {
    if EMBEDDED_SOURCE.get(m.start..m.end) != Some(m.quote.as_str()) {
        return Err(format!("source[{}..{}] is not the quote", m.start, m.end));
    }
    let before = EMBEDDED_SOURCE[..m.start].trim_end_matches(' ');
    let starts_sentence = before.is_empty()
        || before.ends_with(['\n', '.', '?', '!', '"', '”'])
            && m.quote
                .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || "\"“".contains(c));
    if !starts_sentence {
        return Err("does not start a sentence".to_owned());
    }
    let after = EMBEDDED_SOURCE[m.end..].chars().next();
    if !m.quote.ends_with(['.', '?', '!', '"', '”']) || after.is_some_and(|c| !c.is_whitespace())
    {
        return Err("does not end a sentence".to_owned());
    }
    if m.quote.contains('\n') {
        return Err("spans lines".to_owned());
    }
    if !OFFICIALS.iter().any(|(id, _)| *id == m.speaker)
        || data
            .speaker(&m.speaker)
            .is_none_or(|s| s.kind != SpeakerKind::Official)
    {
        return Err(format!("speaker {} is not an official", m.speaker));
    }
    let turn = turn_speaker(m.start);
    if turn != Some(m.speaker.as_str()) {
        return Err(format!(
            "said in the turn of {turn:?}, attributed to {}",
            m.speaker
        ));
    }
    Ok(())
}

/// The official whose turn holds byte `at`: the nearest preceding "Name:" line decides;
/// `None` for a turn of the chairperson or an asker, or the header block.
pub fn turn_speaker(at: usize) -> Option<&'static str> {
    let mut offset = 0;
    let mut speaker = None;
    for line in EMBEDDED_SOURCE.split_inclusive('\n') {
        if offset >= at {
            break;
        }
        let name = line.trim_end().strip_suffix(':');
        if let Some(&(_, id)) = TURN_HEADERS.iter().find(|(n, _)| Some(*n) == name) {
            speaker = id;
        }
        offset += line.len();
    }
    speaker
}

fn quotes(ind: &Indicator) -> Vec<&str> {
    ind.mentions.iter().map(|m| m.quote.as_str()).collect()
}

/// Equal within a relative tolerance of 1e-9.
pub fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs())
}

pub fn expect_eq(errors: &mut Vec<String>, what: &str, got: &str, want: &str) {
    if got != want {
        errors.push(format!("{what}: {got:?}, want {want:?}"));
    }
}

/// Fails once with every collected mismatch, one per line.
pub fn report(errors: &[String]) {
    assert!(
        errors.is_empty(),
        "{} mismatches:\n{}",
        errors.len(),
        errors.join("\n")
    );
}
