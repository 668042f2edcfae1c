//! `data/curation.json`: labels and themes set by hand for indicators whose rule-made label or
//! theme is not good enough. Values, units, qualifiers, periods, speakers and quotes always
//! come from the extractor; the curation file only renames and refiles.

use std::collections::HashMap;

/// Label and theme overrides by indicator id, `data/curation.json`.
const CURATION: &str = include_str!("../../data/curation.json");

/// The format of `data/curation.json`.
#[derive(Debug, Default, serde::Deserialize)]
pub struct Curation {
    /// The briefing the overrides are for: its title and ISO date. Another transcript's
    /// generated ids may look the same, so the overrides apply to this briefing only.
    #[serde(default)]
    pub briefing: Briefing,
    /// Overrides by indicator id.
    #[serde(default)]
    pub overrides: HashMap<String, Override>,
}

/// The briefing a curation file is for.
#[derive(Debug, Default, serde::Deserialize)]
pub struct Briefing {
    /// The transcript's title (its first line).
    pub title: String,
    /// The briefing date, ISO 8601.
    pub date: String,
}

/// One override: a better label or theme than the rules give.
#[derive(Debug, Default, serde::Deserialize)]
pub struct Override {
    /// The label to show.
    pub label: Option<String>,
    /// The theme id.
    pub theme: Option<String>,
    /// A readable id to replace a generated one that reads badly (never a fixed id).
    pub id: Option<String>,
}

/// The curation file embedded in the binary, parsed once (empty if it does not parse; a test
/// checks it does).
pub fn curation() -> &'static Curation {
    static PARSED: std::sync::OnceLock<Curation> = std::sync::OnceLock::new();
    PARSED.get_or_init(|| serde_json::from_str(CURATION).unwrap_or_default())
}

/// Applies the curation file's overrides (keyed by generated id) to this briefing's
/// indicators: labels and themes first, then renames, so that a new id never collides with an
/// id still to be looked up.
pub fn apply(
    indicators: &mut [crate::dataset::Indicator],
    overrides: &std::collections::HashMap<String, Override>,
) {
    for ind in indicators.iter_mut() {
        if let Some(o) = overrides.get(&ind.id) {
            if let Some(l) = &o.label {
                ind.label.clone_from(l);
            }
            if let Some(t) = &o.theme {
                ind.theme.clone_from(t);
            }
        }
    }
    for k in 0..indicators.len() {
        if let Some(new) = overrides.get(&indicators[k].id).and_then(|o| o.id.as_ref())
            && !indicators.iter().any(|i| &i.id == new)
        {
            indicators[k].id.clone_from(new);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::dataset::EMBEDDED_SOURCE;

    #[test]
    fn curation_parses_and_every_id_is_extracted() {
        let parsed: super::Curation =
            serde_json::from_str(super::CURATION).expect("data/curation.json parses");
        assert!(!parsed.overrides.is_empty());
        let data = crate::extract::extract("seed.txt", EMBEDDED_SOURCE.as_bytes())
            .expect("the seed extracts");
        for (generated, o) in &parsed.overrides {
            // An override that renames keys the generated id and leaves the new one.
            let id = o.id.as_deref().unwrap_or(generated);
            let ind = data
                .indicator(id)
                .unwrap_or_else(|| panic!("curated id {generated} (now {id}) is not extracted"));
            if let Some(label) = &o.label {
                assert_eq!(&ind.label, label, "{id}");
            }
        }
    }
}
