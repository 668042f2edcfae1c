//! The slides of a presentation: every chart page with figures under the filters, a page
//! taller than the screen continuing on further slides ("Water (2 of 3)"). The pages are cut
//! in the frame that shows them, on the slide as the screen has it (and again when its size
//! changes: another screen, a zoom), by the measure the exports use (`view::plot::plan`).

use egui::{Ui, UiBuilder};

use crate::charts::PageModel;
use crate::theme::Tokens;

use super::Slide;

/// The slides of `pages` (in order) on a slide the size of `ui`'s available rectangle, each
/// with the model it draws. Nothing is drawn or allocated in `ui`.
#[must_use]
pub fn cut(ui: &mut Ui, pages: &[PageModel], tokens: &Tokens) -> Vec<(Slide, PageModel)> {
    let rect = ui.available_rect_before_wrap();
    let mut out = Vec::new();
    for (n, page) in pages.iter().enumerate() {
        let mut child = ui.new_child(
            UiBuilder::new()
                .max_rect(rect)
                .id_salt(("cut-slides", n))
                .sizing_pass()
                .invisible(),
        );
        let parts = crate::view::plot::plan(&mut child, page, tokens);
        let count = parts.len();
        for (k, part) in parts.iter().enumerate() {
            let slide = Slide {
                page: page.id.clone(),
                number: k + 1,
                count,
            };
            out.push((slide, page.part(part, k + 1, count)));
        }
    }
    out
}
