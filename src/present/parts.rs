//! The slides of a presentation: every chart page with figures under the filters, a page
//! taller than the screen continuing on further slides ("Water (2 of 3)"). The pages are cut
//! once, when the presentation starts, on the slide a 1920×1080 screen shows (the canvas of
//! [`super::window::REFERENCE_SIZE`] at [`super::window::SLIDE_SCALE`], less the slide's
//! margin) in the presentation's theme and the app's fonts, by the same measure the exports
//! use (`view::plot::plan`).

use crate::charts::PageModel;
use crate::dataset::Dataset;
use crate::derived::Derived;
use crate::theme::{self, ThemeChoice};

use super::Slide;
use super::window::{REFERENCE_SIZE, SLIDE_SCALE};

/// The slides of the chart pages `derived` leaves for `dataset`, in order, each with the model
/// it draws, cut to fit a slide in `choice`.
#[must_use]
pub fn slides(
    dataset: &Dataset,
    derived: &Derived,
    choice: ThemeChoice,
) -> Vec<(Slide, PageModel)> {
    let models: Vec<&PageModel> = derived
        .slides(dataset)
        .iter()
        .filter_map(|id| derived.model(dataset, id))
        .collect();
    let ctx = egui::Context::default();
    ctx.set_fonts(theme::fonts::definitions());
    theme::apply(&ctx, choice);
    let tokens = theme::tokens(choice);
    let mut parts = Vec::new();
    let canvas = REFERENCE_SIZE / SLIDE_SCALE;
    crate::render::pass::once(&ctx, (canvas, SLIDE_SCALE), |ui| {
        let body = ui.max_rect().shrink(super::slide::margin_points(&tokens));
        parts = models
            .iter()
            .enumerate()
            .map(|(n, model)| {
                ui.scope_builder(
                    egui::UiBuilder::new().max_rect(body).id_salt(("plan", n)),
                    |ui| crate::view::plot::plan(ui, model, &tokens),
                )
                .inner
            })
            .collect();
    });
    let mut out = Vec::new();
    for (model, parts) in models.iter().zip(&parts) {
        let count = parts.len();
        for (n, part) in parts.iter().enumerate() {
            let slide = Slide {
                page: model.id.clone(),
                number: n + 1,
                count,
            };
            out.push((slide, model.part(part, n + 1, count)));
        }
    }
    out
}
