//! Correcting a figure: the details panel's Edit section (label, theme, kind, unit, qualifier,
//! period; hide it with a note), the extractor's reading beside a correction, and the Hidden
//! figures list that brings a figure back. Every change is a [`Command::Correct`]: the app
//! applies it at once everywhere and saves it in the briefing's corrections file.

use egui::{RichText, TextEdit};

use crate::command::{Command, Commands};
use crate::corrections::{Edit, Target};
use crate::dataset::{Extracted, Indicator, Kind, Qualifier, Unit};
use crate::format;
use crate::library::Library;

/// The heading of the section.
pub const EDIT: &str = "Correct this figure";
/// The label text field.
pub const LABEL: &str = "Label";
/// The period text field.
pub const PERIOD: &str = "Period";
/// The note of a hidden figure.
pub const NOTE: &str = "Why it is not a figure";
/// The button that hides a figure.
pub const HIDE: &str = "Hide: not a figure";
/// The button that removes a figure's correction.
pub const RESET: &str = "Back to the extractor's reading";
/// What marks a corrected figure.
pub const EDITED: &str = "Edited";

/// The Edit section of the details panel for `indicator`, a figure of `library`'s dataset.
pub fn ui(ui: &mut egui::Ui, library: &Library, indicator: &Indicator, commands: &mut Commands) {
    let dataset = library.dataset();
    let Some(figure) = Target::of(indicator) else {
        return;
    };
    let briefing = dataset.briefing_of(indicator).sha256.clone();
    let corrected = library
        .part_of(indicator)
        .and_then(|p| p.corrected.as_deref());
    let Some(corrected) = corrected else {
        ui.label(
            RichText::new("This briefing has no place for corrections (no transcript file).")
                .weak(),
        );
        return;
    };
    if let Some(e) = &corrected.error {
        ui.label(RichText::new(format!("Corrections cannot be made: {e}")).weak());
        return;
    }
    let mut push = |edit: Edit| {
        commands.push(Command::Correct {
            briefing: briefing.clone(),
            figure: figure.clone(),
            edit,
        });
    };
    let read = indicator.extractor_reading();
    if indicator.extracted.is_some() {
        reading_ui(ui, indicator, &read);
        if corrected.correction_of(indicator).is_some() && ui.button(RESET).clicked() {
            push(Edit::Reset);
        }
    }
    // The text fields keep what is typed until Enter or a click elsewhere; a change of the
    // figure (another one selected, an undo) starts them again from the figure.
    let key = ui
        .scope_id()
        .with(("edit", &indicator.id, &indicator.label, &indicator.period));
    fields_ui(ui, indicator, key, &mut push);
    hide_ui(ui, key, &mut push);
}

/// The fields of the figure that a correction may change, each applied when chosen (a text
/// when typed out: Enter or a click elsewhere).
fn fields_ui(ui: &mut egui::Ui, indicator: &Indicator, key: egui::Id, push: &mut dyn FnMut(Edit)) {
    egui::Grid::new("edit_figure")
        .num_columns(2)
        .show(ui, |ui| {
            let name_label = ui.label(LABEL);
            if let Some(text) = text_field(ui, key.with("label"), &indicator.label, name_label.id)
                && !text.trim().is_empty()
            {
                push(Edit::Label(text));
            }
            ui.end_row();
            let name_label = ui.label("Theme");
            let themes: Vec<String> = crate::extract::theme_ids()
                .into_iter()
                .map(str::to_owned)
                .collect();
            let name = |id: &String| crate::extract::theme_label(id).unwrap_or(id).to_owned();
            if let Some(t) = choice(ui, name_label.id, "Theme", &indicator.theme, &themes, name) {
                push(Edit::Theme(t.clone()));
            }
            ui.end_row();
            let name_label = ui.label("Kind");
            let kinds = [Kind::Level, Kind::Share, Kind::Change, Kind::Target];
            if let Some(k) = choice(ui, name_label.id, "Kind", &indicator.kind, &kinds, |k| {
                format::kind_words(*k).to_owned()
            }) {
                push(Edit::Kind(*k));
            }
            ui.end_row();
            let name_label = ui.label("Unit");
            let units: Vec<Unit> = crate::corrections::names::<Unit>()
                .iter()
                .filter_map(|n| serde_json::from_value(serde_json::Value::String(n.clone())).ok())
                .collect();
            if let Some(u) = choice(ui, name_label.id, "Unit", &indicator.unit, &units, |u| {
                format::unit_name(*u).to_owned()
            }) {
                push(Edit::Unit(*u));
            }
            ui.end_row();
            let name_label = ui.label("Qualifier");
            let qualifiers: Vec<Qualifier> = crate::corrections::names::<Qualifier>()
                .iter()
                .filter_map(|n| serde_json::from_value(serde_json::Value::String(n.clone())).ok())
                .collect();
            if let Some(q) = choice(
                ui,
                name_label.id,
                "Qualifier",
                &indicator.qualifier,
                &qualifiers,
                |q| format::qualifier_name(*q).to_owned(),
            ) {
                push(Edit::Qualifier(*q));
            }
            ui.end_row();
            let name_label = ui.label(PERIOD);
            let period = indicator.period.clone().unwrap_or_default();
            let bad = key.with("bad-period");
            if let Some(text) = text_field(ui, key.with("period"), &period, name_label.id) {
                let text = text.trim().to_owned();
                if text.is_empty() || crate::dataset::period_ok(&text) {
                    ui.data_mut(|d| d.remove::<bool>(bad));
                    push(Edit::Period(text));
                } else {
                    ui.data_mut(|d| d.insert_temp(bad, true));
                }
            }
            ui.end_row();
            if ui.data(|d| d.get_temp::<bool>(bad)).unwrap_or(false) {
                ui.label("");
                ui.label(
                    RichText::new("Not a period: 2023, 2024-05, 2024-01/2024-05; empty for none")
                        .small()
                        .weak(),
                );
                ui.end_row();
            }
        });
}

/// Hiding the figure, with a note saying why.
fn hide_ui(ui: &mut egui::Ui, key: egui::Id, push: &mut dyn FnMut(Edit)) {
    ui.add_space(4.0);
    ui.label(
        RichText::new("Values and quotes are the transcript's; where a value is wrong, hide it.")
            .small()
            .weak(),
    );
    let note_key = key.with("note");
    let mut note: String = ui.data(|d| d.get_temp(note_key)).unwrap_or_default();
    let field = TextEdit::singleline(&mut note)
        .hint_text(NOTE)
        .desired_width(f32::INFINITY);
    let note_label = ui.label(RichText::new(NOTE).small());
    let response = ui.add(field).labelled_by(note_label.id);
    if response.changed() {
        ui.data_mut(|d| d.insert_temp(note_key, note.clone()));
    }
    if ui.button(HIDE).clicked() {
        push(Edit::Hide(Some(note)));
        ui.data_mut(|d| d.remove::<String>(note_key));
    }
}

/// What the extractor read, where a correction changed it.
fn reading_ui(ui: &mut egui::Ui, indicator: &Indicator, read: &Extracted) {
    let mut said = Vec::new();
    if read.label != indicator.label {
        said.push(format!("label “{}”", read.label));
    }
    if read.theme != indicator.theme {
        let theme = crate::extract::theme_label(&read.theme).unwrap_or(&read.theme);
        said.push(format!("theme {theme}"));
    }
    if read.kind != indicator.kind {
        said.push(format!("kind {}", format::kind_words(read.kind)));
    }
    if read.unit != indicator.unit {
        said.push(format!("unit {}", format::unit_name(read.unit)));
    }
    if read.qualifier != indicator.qualifier {
        said.push(format!(
            "qualifier {}",
            format::qualifier_name(read.qualifier)
        ));
    }
    if read.period != indicator.period {
        let period = read
            .period
            .as_deref()
            .map_or_else(|| "none".to_owned(), format::period_words);
        said.push(format!("period {period}"));
    }
    if read.measure != indicator.measure {
        said.push(format!("measure {}", read.measure));
    }
    if !said.is_empty() {
        ui.label(RichText::new(format!("The extractor read: {}.", said.join("; "))).weak());
    }
}

/// A one-line text field that keeps its text under `key` while typed; returns the text when
/// the user is done (Enter or a click elsewhere) and it differs from `value`.
fn text_field(ui: &mut egui::Ui, key: egui::Id, value: &str, label: egui::Id) -> Option<String> {
    let mut text: String = ui
        .data(|d| d.get_temp(key))
        .unwrap_or_else(|| value.to_owned());
    let response = ui
        .add(
            TextEdit::singleline(&mut text)
                .desired_width(f32::INFINITY)
                .id_salt(key),
        )
        .labelled_by(label);
    if response.changed() {
        ui.data_mut(|d| d.insert_temp(key, text.clone()));
    }
    let done = response.lost_focus();
    if done {
        ui.data_mut(|d| d.remove::<String>(key));
    }
    (done && text != value).then_some(text)
}

/// A drop-down of `options` showing `current`; returns the one chosen when it differs.
fn choice<'a, T: PartialEq>(
    ui: &mut egui::Ui,
    label: egui::Id,
    name: &str,
    current: &T,
    options: &'a [T],
    words: impl Fn(&T) -> String,
) -> Option<&'a T> {
    let mut chosen = None;
    egui::ComboBox::from_id_salt(("edit-choice", name))
        .selected_text(words(current))
        .show_ui(ui, |ui| {
            for option in options {
                if ui
                    .selectable_label(option == current, words(option))
                    .clicked()
                    && option != current
                {
                    chosen = Some(option);
                }
            }
        })
        .response
        .labelled_by(label);
    chosen
}

/// The figures the corrections of the open briefings hide, each with its note and a button
/// that shows it again. Nothing when none is hidden.
pub fn hidden_ui(ui: &mut egui::Ui, library: &Library, commands: &mut Commands) {
    let hidden: Vec<(&str, &crate::corrections::Hidden)> = library
        .parts()
        .iter()
        .filter_map(|p| {
            let c = p.corrected.as_deref()?;
            Some(
                c.hidden
                    .iter()
                    .map(move |h| (p.dataset.source.sha256.as_str(), h)),
            )
        })
        .flatten()
        .collect();
    if hidden.is_empty() {
        return;
    }
    ui.separator();
    ui.strong(format!("Hidden figures ({})", hidden.len()));
    for (briefing, h) in hidden {
        let i = &h.indicator;
        ui.horizontal_wrapped(|ui| {
            ui.label(format!("{}: {}", i.label, format::indicator_said(i)));
            if let Some(note) = &h.note {
                ui.label(RichText::new(format!("({note})")).weak());
            }
            let show = ui
                .button("Show")
                .on_hover_text("Show this figure again everywhere");
            if show.clicked()
                && let Some(figure) = Target::of(i)
            {
                commands.push(Command::Correct {
                    briefing: briefing.to_owned(),
                    figure,
                    edit: Edit::Show,
                });
            }
        });
    }
}
