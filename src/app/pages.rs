//! The dashboard's pages: the chart pages of the data shown, then the table and the
//! transcript; the page shown when the data changes, and the one `--page` asks for.

use super::{App, Page, chart_area};
use crate::dataset::Dataset;

/// The file of the command line, while it is read.
#[derive(Debug)]
pub(super) struct Opening {
    /// The `--page` asked for, checked against that file's pages once it is open.
    pub(super) page: Option<String>,
}

impl App {
    /// Lists the pages of the dataset, and falls back to the first page when the current one
    /// does not exist in it.
    pub(super) fn fix_page(&mut self) {
        self.pages = page_list(&self.data.dataset);
        let pages = self.pages();
        if !pages.iter().any(|(p, _)| *p == self.state.page)
            && let Some((first, _)) = pages.into_iter().next()
        {
            self.state.page = first;
        }
    }

    /// Goes to the page `--page` asked for, or says which pages there are.
    pub(super) fn check_page(&mut self, asked: Option<String>) {
        let Some(asked) = asked else {
            return;
        };
        let page = Page::from_id(&asked);
        if self.pages.iter().any(|(p, _)| *p == page) {
            self.state.page = page;
        } else {
            let ids: Vec<&str> = self.pages.iter().map(|(p, _)| p.id()).collect();
            self.notice = Some(format!(
                "There is no page \"{asked}\". The pages are: {}.",
                ids.join(", ")
            ));
        }
    }
}

/// The chart pages of a dataset, then the table and the transcript.
pub(super) fn page_list(dataset: &Dataset) -> Vec<(Page, String)> {
    let mut pages: Vec<(Page, String)> = chart_area::pages(dataset)
        .into_iter()
        .map(|(id, title)| (Page::Chart(id), title))
        .collect();
    pages.push((Page::Table, "Table".to_owned()));
    pages.push((Page::Transcript, "Transcript".to_owned()));
    pages
}
