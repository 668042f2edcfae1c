//! What the app shows, for the command line's checks, the tests and the benchmarks: the
//! briefings open, the derived state, the selection, the page and the work in the background.

use super::{App, Command, Page};
use crate::derived::Derived;
use crate::filter::Selection;
use crate::library::Library;
use crate::notify::Topic;

impl App {
    /// The briefings open, and their figures joined.
    #[must_use]
    pub fn data(&self) -> &Library {
        &self.data.library
    }

    /// The derived state: selection, pages, counts, table rows and page models.
    #[must_use]
    pub fn derived(&self) -> &Derived {
        &self.data.derived
    }

    /// The indicators that pass the filters.
    #[must_use]
    pub fn selection(&self) -> &Selection {
        self.data.derived.selection()
    }

    /// The ids of the indicators that pass the filters, in dataset order.
    #[must_use]
    pub fn selection_ids(&self) -> Vec<&str> {
        self.selection()
            .iter(self.data.library.dataset())
            .map(|i| i.id.as_str())
            .collect()
    }

    /// The model of the chart page shown (what an export of the page shows); `None` on the
    /// table and the transcript.
    #[must_use]
    pub fn page_model(&self) -> Option<&crate::charts::PageModel> {
        if self.state.page == Page::Slides {
            return self.data.derived.current_board_slide();
        }
        let id = self.state.page.chart()?;
        self.data.derived.model(self.data.library.dataset(), id)
    }

    /// The table's rows: indices into the dataset's indicators, in display order.
    #[must_use]
    pub fn table_rows(&self) -> &[usize] {
        self.data.derived.table_rows()
    }

    /// The selected indicator's id.
    #[must_use]
    pub fn selected(&self) -> Option<&str> {
        self.data.selected.as_deref()
    }

    /// The error shown to the user, if any.
    #[must_use]
    pub fn error(&self) -> Option<&str> {
        self.work.notifications.error(Topic::Open)
    }

    /// What the error shown leaves out, one line each (every file that could not be opened,
    /// with its reason, where the message names only two); empty when there is none.
    #[must_use]
    pub fn error_details(&self) -> &[String] {
        self.work
            .notifications
            .get(Topic::Open)
            .map_or(&[], |n| n.details.as_slice())
    }

    /// What a background job is doing, or `None` when idle.
    #[must_use]
    pub fn busy(&self) -> Option<&str> {
        self.work.jobs.busy()
    }

    /// The pages in navigation order: chart pages, then the table and the transcript.
    #[must_use]
    pub fn pages(&self) -> Vec<(Page, String)> {
        self.data.derived.pages().to_vec()
    }

    /// Queues a command (or an [`Action`]) to run at the end of the frame.
    pub fn push(&mut self, command: impl Into<Command>) {
        self.work.commands.push(command);
    }
}
