//! The dashboard's pages: the chart pages of the data shown, then the table and the
//! transcript; the page shown when the data changes, and the one `--page` asks for.

use super::{App, Page};
use crate::notify::{Level, Topic};

/// The file of the command line, while it is read.
#[derive(Debug)]
pub(super) struct Opening {
    /// The `--page` asked for, checked against that file's pages once it is open.
    pub(super) page: Option<String>,
}

impl App {
    /// Brings the derived state (and so the page list) up to date, and shows the page last
    /// asked for if the data has it, else the first page.
    pub(super) fn fix_page(&mut self) {
        self.refresh();
        let pages = self.pages();
        if self.session.wanted_page == Page::Slides
            || pages.iter().any(|(p, _)| *p == self.session.wanted_page)
        {
            self.state.page = self.session.wanted_page.clone();
        } else if let Some((first, _)) = pages.into_iter().next() {
            self.state.page = first;
        }
    }

    /// Goes to the page `--page` asked for, or says which pages there are.
    pub(super) fn check_page(&mut self, asked: Option<String>) {
        let Some(asked) = asked else {
            return;
        };
        let page = Page::from_id(&asked);
        let pages = self.data.derived.pages();
        if page == Page::Slides || pages.iter().any(|(p, _)| *p == page) {
            self.session.wanted_page = page.clone();
            self.state.page = page;
        } else {
            let ids: Vec<&str> = pages.iter().map(|(p, _)| p.id()).collect();
            let text = format!(
                "There is no page \"{asked}\". The pages are: {}.",
                ids.join(", ")
            );
            self.work
                .notifications
                .notify(Topic::Open, Level::Info, text);
        }
    }
}
