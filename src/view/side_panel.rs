//! The filter panel: the briefings open (date, short title, ministry, figures; each can be
//! closed), speakers (with Chinese names, roles and how many figures each gave, per briefing
//! when several are open), themes, kind of figure, a search box and "Clear filters".

use egui::{Button, RichText, ScrollArea, TextEdit};

use crate::command::{Action, Command, Commands};
use crate::dataset::{Dataset, SpeakerKind};
use crate::derived::Derived;
use crate::filter::{Filter, KindFilter};
use crate::library::Library;

/// The tooltip of the button that closes a briefing.
pub const CLOSE_BRIEFING: &str = "Close this briefing (its file is not changed)";

/// Draws the panel: the counts come from the derived state, the choices from `filter`.
pub fn ui(ui: &mut egui::Ui, ctx: &super::ViewCtx<'_>, filter: &Filter, commands: &mut Commands) {
    let (library, derived) = (ctx.library, ctx.derived);
    let dataset = library.dataset();
    let shown = derived.selection().indicators.len();
    // A scroll bar of its own width, so that it never covers the counts at the right edge.
    ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
    ScrollArea::vertical().show(ui, |ui| {
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            ui.heading("Filters");
            let clear = Action::ClearFilters;
            let button = ui.add_enabled(!filter.is_empty(), Button::new(clear.label()));
            if button.on_hover_text(clear.tooltip()).clicked() {
                commands.push(clear);
            }
        });
        let total = dataset.indicators.len();
        ui.label(format!("{shown} of {total} figures shown"));
        let mut search = filter.search.clone();
        let edit = TextEdit::singleline(&mut search)
            .hint_text("Search figures and quotes")
            .desired_width(f32::INFINITY);
        if ui.add(edit).changed() {
            commands.push(Command::SetSearch(search));
        }
        ui.separator();
        briefings_ui(ui, library, derived, filter, commands);
        ui.separator();
        speakers_ui(ui, library, derived, filter, commands);
        ui.separator();
        themes_ui(ui, dataset, derived, filter, commands);
        ui.separator();
        kind_ui(ui, filter, commands);
        super::edit::hidden_ui(ui, library, commands);
    });
}

fn briefings_ui(
    ui: &mut egui::Ui,
    library: &Library,
    derived: &Derived,
    filter: &Filter,
    commands: &mut Commands,
) {
    ui.strong("Briefings");
    if library.parts().is_empty() {
        ui.label("None open. File → Open adds transcripts and datasets.");
    }
    // The commands name the briefing by its place in the library.
    for k in library.by_date() {
        let part = &library.parts()[k];
        let source = &part.dataset.source;
        let mut on = filter.briefings.contains(&source.sha256);
        // The title wraps at the panel's width rather than widening the panel.
        let title = crate::format::briefing_short(source);
        let checkbox = ui.checkbox(&mut on, title);
        if checkbox.on_hover_text(&source.title).changed() {
            commands.push(Command::ToggleBriefing(source.sha256.clone()));
        }
        ui.indent(("briefing", k), |ui| {
            ui.horizontal_wrapped(|ui| {
                let ministry = crate::library::ministry(&part.dataset)
                    .unwrap_or_else(|| "Ministry not named".to_owned());
                let count = derived.briefing_count(k);
                let figures = if count == 1 { "figure" } else { "figures" };
                ui.label(
                    RichText::new(format!("{ministry} · {count} {figures}"))
                        .small()
                        .weak(),
                );
                let close = ui.small_button("Close").on_hover_text(CLOSE_BRIEFING);
                if close.clicked() {
                    commands.push(Command::RemoveBriefing(k));
                }
            });
        });
    }
}

fn speakers_ui(
    ui: &mut egui::Ui,
    library: &Library,
    derived: &Derived,
    filter: &Filter,
    commands: &mut Commands,
) {
    let dataset = library.dataset();
    let several = library.parts().len() > 1;
    ui.strong("Speakers");
    for speaker in &dataset.speakers {
        let count = derived.speaker_count(&speaker.id);
        let mut on = filter.speakers.contains(&speaker.id);
        // Officials of other briefings stay listed (at 0) while the Briefings filter hides
        // their figures; one who gave no figure at all is not listed, unless ticked.
        let listed = count > 0
            || on
            || speaker.kind == SpeakerKind::Official && derived.gave_figures(&speaker.id);
        if !listed {
            continue;
        }
        ui.horizontal(|ui| {
            if ui.checkbox(&mut on, speaker.name.as_str()).changed() {
                commands.push(Command::ToggleSpeaker(speaker.id.clone()));
            }
            if let Some(zh) = &speaker.name_zh {
                ui.label(zh.as_str());
            }
            count_ui(ui, count);
        });
        let roles = if several {
            library.roles(&speaker.id)
        } else {
            Vec::new()
        };
        ui.indent(&speaker.id, |ui| {
            if roles.len() > 1 {
                for role in &roles {
                    ui.label(RichText::new(role.words()).small().weak());
                }
            } else if !speaker.role.is_empty() {
                ui.label(RichText::new(speaker.role.as_str()).small().weak());
            }
            if several && count > 0 {
                let mut per: Vec<(&str, usize)> = derived
                    .speaker_counts_by_briefing(&speaker.id)
                    .into_iter()
                    .map(|(b, n)| {
                        let date = dataset
                            .all_briefings()
                            .get(b)
                            .map_or("", |s| s.date.as_str());
                        (date, n)
                    })
                    .collect();
                per.sort_unstable();
                let per: Vec<String> = per
                    .into_iter()
                    .map(|(date, n)| format!("{}: {n}", crate::format::long_date(date)))
                    .collect();
                ui.label(RichText::new(per.join(" · ")).small().weak());
            }
        });
    }
}

fn themes_ui(
    ui: &mut egui::Ui,
    dataset: &Dataset,
    derived: &Derived,
    filter: &Filter,
    commands: &mut Commands,
) {
    ui.strong("Themes");
    for theme in &dataset.themes {
        let count = derived.theme_count(&theme.id);
        let mut on = filter.themes.contains(&theme.id);
        ui.horizontal(|ui| {
            if ui.checkbox(&mut on, theme.label.as_str()).changed() {
                commands.push(Command::ToggleTheme(theme.id.clone()));
            }
            count_ui(ui, count);
        });
    }
}

/// A figure count, right-aligned and quiet.
fn count_ui(ui: &mut egui::Ui, count: usize) {
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        ui.label(RichText::new(count.to_string()).weak());
    });
}

fn kind_ui(ui: &mut egui::Ui, filter: &Filter, commands: &mut Commands) {
    ui.strong("Kind");
    ui.horizontal(|ui| {
        for (kind, label) in [
            (KindFilter::All, "All"),
            (KindFilter::Achieved, "Achieved"),
            (KindFilter::Targets, "Targets"),
        ] {
            if ui.radio(filter.kind == kind, label).clicked() && filter.kind != kind {
                commands.push(Command::SetKind(kind));
            }
        }
    });
}
