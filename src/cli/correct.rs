//! `briefboard correct TRANSCRIPT --figure ID [--label TEXT] [--theme ID] [--kind K] [--unit U]
//! [--qualifier Q] [--period P] [--measure SLUG] [--hide | --show] [--note TEXT]`, `--list`
//! and `--undo`: the corrections file beside a transcript, as the app writes it.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, bail};

use crate::corrections::{Correction, Target};
use crate::dataset::{Indicator, Kind, Qualifier, Unit};
use crate::loaded::{Loaded, Places};

/// Arguments of `briefboard correct`.
#[derive(Debug, clap::Args)]
#[expect(clippy::struct_excessive_bools, reason = "command-line flags")]
#[command(group = clap::ArgGroup::new("what").required(true).args(["figure", "list", "undo"]))]
pub struct CorrectArgs {
    /// The transcript (.txt), or a dataset (.json) whose transcript is beside it: the
    /// corrections are kept beside the transcript, in NAME.corrections.json.
    pub transcript: PathBuf,
    /// The figure to correct: its id as `briefboard export --csv` prints it.
    #[arg(long, value_name = "ID")]
    pub figure: Option<String>,
    /// List the corrections, and those whose figure is no longer found.
    #[arg(long, conflicts_with = "figure")]
    pub list: bool,
    /// Take the last correction back.
    #[arg(long, conflicts_with_all = ["figure", "list"])]
    pub undo: bool,
    /// The label to show.
    #[arg(long, value_name = "TEXT", requires = "figure")]
    pub label: Option<String>,
    /// The theme id (ict, industry, digital, smes, green, innovation, reform, science, …).
    #[arg(long, value_name = "ID", requires = "figure")]
    pub theme: Option<String>,
    /// level, share, change or target.
    #[arg(long, value_name = "K", requires = "figure")]
    pub kind: Option<String>,
    /// The unit, as the dataset writes it (`count`, `percent`, `percentage_point`, `yuan`, …).
    #[arg(long, value_name = "U", requires = "figure")]
    pub unit: Option<String>,
    /// `exact`, `over`, `about`, `nearly`, `at_least`, `under` or `estimated`.
    #[arg(long, value_name = "Q", requires = "figure")]
    pub qualifier: Option<String>,
    /// The period (2023, 2024-05, 2024-01/2024-05); "" for none.
    #[arg(long, value_name = "P", requires = "figure")]
    pub period: Option<String>,
    /// What the figure measures, a slug: its id, and what links it across briefings.
    #[arg(long, value_name = "SLUG", requires = "figure")]
    pub measure: Option<String>,
    /// Not a figure, or its value is wrong: hide it everywhere.
    #[arg(long, requires = "figure", conflicts_with = "show")]
    pub hide: bool,
    /// Show a hidden figure again.
    #[arg(long, requires = "figure")]
    pub show: bool,
    /// Why, in your words (kept in the file, shown in the app).
    #[arg(long, value_name = "TEXT", requires = "figure")]
    pub note: Option<String>,
}

/// Runs `briefboard correct`.
///
/// # Errors
/// An unreadable transcript or corrections file, an unknown figure id or value, an
/// unwritable corrections file.
pub fn run(args: &CorrectArgs) -> anyhow::Result<ExitCode> {
    let mut loaded = Loaded::open_with(&args.transcript, &Places::beside())?;
    let Some(corrected) = loaded.corrected.as_deref() else {
        bail!(
            "{}: no transcript to keep corrections beside",
            args.transcript.display()
        );
    };
    if let Some(e) = &corrected.error {
        bail!("{e}");
    }
    let path = corrected.path.clone();
    if args.list {
        list(&loaded);
        return Ok(ExitCode::SUCCESS);
    }
    if args.undo {
        match loaded.undo_correction()? {
            Some(target) => say(&format!(
                "{}: undone the last correction (of {})",
                path.display(),
                id_of(&loaded, &target)
            )),
            None => say(&format!("{}: nothing to undo", path.display())),
        }
        return Ok(ExitCode::SUCCESS);
    }
    let Some(id) = &args.figure else {
        bail!("--figure, --list or --undo is needed");
    };
    let (indicator, hidden) = find(&loaded, id)?;
    let target = Target::of(&indicator).context("the figure has no mention to anchor it")?;
    let reading = indicator.extractor_reading();
    let corrected = loaded.corrected.as_deref().map(|c| &c.file);
    let mut c = corrected
        .and_then(|f| f.get(&target).cloned())
        .unwrap_or_else(|| Correction::new(target.clone()));
    set(&mut c.label, args.label.clone(), &reading.label);
    set(&mut c.theme, args.theme.clone(), &reading.theme);
    set(
        &mut c.kind,
        args.kind.as_deref().map(parse::<Kind>).transpose()?,
        &reading.kind,
    );
    set(
        &mut c.unit,
        args.unit.as_deref().map(parse::<Unit>).transpose()?,
        &reading.unit,
    );
    let qualifier = args
        .qualifier
        .as_deref()
        .map(parse::<Qualifier>)
        .transpose()?;
    set(&mut c.qualifier, qualifier, &reading.qualifier);
    let period = reading.period.clone().unwrap_or_default();
    set(&mut c.period, args.period.clone(), &period);
    set(&mut c.measure, args.measure.clone(), &reading.measure);
    if args.hide {
        c.hidden = true;
    }
    if args.show {
        c.hidden = false;
    }
    if let Some(note) = &args.note {
        c.note = (!note.is_empty()).then(|| note.clone());
    }
    if let Some((field, reason)) = crate::corrections::problem(&c) {
        bail!("--{}: {reason}", field.replace('_', "-"));
    }
    let was_hidden = hidden;
    let changed = loaded.set_correction(&target, Some(c))?;
    let now = id_of(&loaded, &target);
    if !changed {
        say(&format!("{}: {id}: nothing to change", path.display()));
    } else if args.hide && !was_hidden {
        say(&format!("{}: {id}: hidden", path.display()));
    } else {
        say(&format!("{}: {now}: corrected", path.display()));
    }
    Ok(ExitCode::SUCCESS)
}

/// Sets a correction's field to `new`, or leaves it out when `new` is the extractor's reading.
fn set<T: Clone + PartialEq>(field: &mut Option<T>, new: Option<T>, extracted: &T) {
    if let Some(new) = new {
        *field = (new != *extracted).then_some(new);
    }
}

/// The figure with this id, shown or hidden (then `true`).
fn find(loaded: &Loaded, id: &str) -> anyhow::Result<(Indicator, bool)> {
    if let Some(i) = loaded.dataset.indicator(id) {
        return Ok((i.clone(), false));
    }
    let hidden = loaded
        .corrected
        .as_deref()
        .map_or(&[][..], |c| &c.hidden[..]);
    if let Some(h) = hidden.iter().find(|h| h.indicator.id == id) {
        return Ok((h.indicator.clone(), true));
    }
    bail!(
        "{}: no figure {id:?}; `briefboard export --csv --data {}` lists the ids",
        loaded.name,
        loaded.name
    )
}

/// A value of the dataset format's names (`share`, `at_least`), or an error listing them.
fn parse<T: serde::de::DeserializeOwned + schemars::JsonSchema>(text: &str) -> anyhow::Result<T> {
    serde_json::from_value(serde_json::Value::String(text.to_owned())).map_err(|_| {
        anyhow::anyhow!(
            "{text:?} is not one of: {}",
            crate::corrections::names::<T>().join(", ")
        )
    })
}

/// The id a target's figure has now, or how to find it when it is hidden or gone.
fn id_of(loaded: &Loaded, target: &Target) -> String {
    let same = |i: &Indicator| Target::of(i).is_some_and(|t| t.same(target));
    if let Some(i) = loaded.dataset.indicators.iter().find(|i| same(i)) {
        return i.id.clone();
    }
    let hidden = loaded
        .corrected
        .as_deref()
        .map_or(&[][..], |c| &c.hidden[..]);
    hidden.iter().find(|h| same(&h.indicator)).map_or_else(
        || {
            format!(
                "{} at bytes {}–{}",
                target.measure, target.start, target.end
            )
        },
        |h| format!("{} (hidden)", h.indicator.id),
    )
}

/// Prints every correction: the figure's id now and what it sets.
fn list(loaded: &Loaded) {
    let Some(c) = loaded.corrected.as_deref() else {
        return;
    };
    say(&format!(
        "{}: {} correction{}",
        c.path.display(),
        c.file.corrections.len(),
        if c.file.corrections.len() == 1 {
            ""
        } else {
            "s"
        }
    ));
    for k in &c.file.corrections {
        let mut parts = Vec::new();
        let mut field = |name: &str, v: Option<String>| {
            if let Some(v) = v {
                parts.push(format!("{name} {v:?}"));
            }
        };
        field("label", k.label.clone());
        field("theme", k.theme.clone());
        field("kind", k.kind.map(|x| crate::corrections::name(&x)));
        field("unit", k.unit.map(|x| crate::corrections::name(&x)));
        field(
            "qualifier",
            k.qualifier.map(|x| crate::corrections::name(&x)),
        );
        field("period", k.period.clone());
        field("measure", k.measure.clone());
        field("note", k.note.clone());
        if k.hidden {
            parts.insert(0, "hidden".to_owned());
        }
        let missing = c.missing.iter().any(|m| m.figure.same(&k.figure));
        let id = if missing {
            format!(
                "NOT FOUND ({} at bytes {}–{})",
                k.figure.measure, k.figure.start, k.figure.end
            )
        } else {
            id_of(loaded, &k.figure)
        };
        say(&format!("  {id}: {}", parts.join(", ")));
    }
}

fn say(line: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stdout().lock(), "{line}");
}
