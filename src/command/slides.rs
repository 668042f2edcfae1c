//! What the user does to the slides of their own ([`crate::board`]): the data a
//! [`super::Command::Slides`] carries. The app applies it to its board; views only push it.

use crate::board::ChartChoice;

/// Which slide figures go to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlideTarget {
    /// A new slide at the end.
    New,
    /// The slide chosen on My slides (the last one when none is); a new one when there is no
    /// slide yet.
    Current,
}

/// One change to the slides of one's own, or a step between them.
#[derive(Debug, Clone, PartialEq)]
pub enum SlideEdit {
    /// Adds figures (by display id, of the joined dataset) to a slide.
    AddFigures {
        /// The figures, in order.
        figures: Vec<String>,
        /// Where they go.
        to: SlideTarget,
    },
    /// Chooses the slide at this index on My slides.
    Choose(usize),
    /// Moves a slide.
    Move {
        /// Its index.
        from: usize,
        /// Its new index.
        to: usize,
    },
    /// Puts a copy of the slide right after it.
    Duplicate(usize),
    /// Deletes the slide.
    Delete(usize),
    /// A slide's new title.
    Title(usize, String),
    /// A slide's new subtitle.
    Subtitle(usize, String),
    /// A slide's new note.
    Note(usize, String),
    /// A slide's chart.
    Chart(usize, ChartChoice),
    /// Highlights a figure of a slide, or stops highlighting it.
    ToggleHighlight {
        /// The slide.
        slide: usize,
        /// The figure's place on it.
        figure: usize,
    },
    /// Takes a figure off a slide.
    RemoveFigure {
        /// The slide.
        slide: usize,
        /// The figure's place on it.
        figure: usize,
    },
    /// Stops asking for the path to save the slides to (when no save dialog could be shown).
    StopAskingPath,
    /// Moves a figure one place earlier on its slide.
    FigureUp {
        /// The slide.
        slide: usize,
        /// The figure's place on it.
        figure: usize,
    },
}
