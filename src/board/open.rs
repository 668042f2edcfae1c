//! Opening a board's briefings: each path (beside the board first), web address or the
//! embedded briefing, with its state — open, gone, or changed since the board was made.

use std::path::{Path, PathBuf};

use super::{Board, BoardBriefing};
use crate::loaded::{Loaded, Places};

/// What became of one of a board's briefings when it was opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BriefingState {
    /// Open, with the transcript the board was made from.
    Open,
    /// It could not be opened (the file has gone, the address failed): the reason.
    Gone(String),
    /// It opened, but its transcript is not the one the board was made from (its SHA-256
    /// differs), so none of its figures can be matched.
    Changed {
        /// The SHA-256 of the transcript found there.
        found: String,
    },
    /// Not opened (yet).
    NotOpen,
}

impl BriefingState {
    /// What a message says of the briefing: "has gone (…)", "has changed since …".
    #[must_use]
    pub fn words(&self) -> String {
        match self {
            Self::Open => "is open".to_owned(),
            Self::Gone(reason) => format!("could not be opened ({reason})"),
            Self::Changed { .. } => {
                "has changed since the board was made (its transcript is not the same text)"
                    .to_owned()
            }
            Self::NotOpen => "is not open".to_owned(),
        }
    }

    /// Whether the briefing is open as the board needs it.
    #[must_use]
    pub fn is_open(&self) -> bool {
        matches!(self, Self::Open)
    }
}

/// A board's briefings, opened.
#[derive(Debug, Default)]
pub struct Opened {
    /// The briefings that opened (also those that changed), in the board's order.
    pub parts: Vec<Loaded>,
    /// Per briefing of [`Board::briefings`]: what became of it.
    pub states: Vec<BriefingState>,
}

impl Opened {
    /// One line per briefing that is not open as the board needs it: its path and why.
    #[must_use]
    pub fn problems(&self, board: &Board) -> Vec<String> {
        board
            .briefings
            .iter()
            .zip(&self.states)
            .filter(|(_, s)| !s.is_open())
            .map(|(b, s)| format!("{}: the briefing {}", b.path, s.words()))
            .collect()
    }
}

/// Where a board's briefing is: the embedded one, a web address, or a file — a relative path
/// beside the board when there is such a file, else as given (from the working folder).
#[must_use]
pub fn locate(briefing: &BoardBriefing, board_path: Option<&Path>) -> PathBuf {
    let given = Path::new(&briefing.path);
    if briefing.path == crate::library::EMBEDDED_NAME
        || crate::sources::fetch::is_address(&briefing.path)
    {
        return given.to_owned();
    }
    if given.is_absolute() {
        // A board moved with its transcripts beside it finds them there.
        let beside = board_path
            .and_then(Path::parent)
            .zip(given.file_name())
            .map(|(dir, name)| dir.join(name))
            .filter(|b| !given.exists() && b.exists());
        return beside.unwrap_or_else(|| given.to_owned());
    }
    if let Some(dir) = board_path.and_then(Path::parent) {
        let beside = dir.join(given);
        if beside.exists() {
            return beside;
        }
    }
    given.to_owned()
}

/// How a board names a briefing's file: an absolute path, so that the board finds it from
/// any folder (the embedded briefing's name and web addresses as they are).
#[must_use]
pub fn stored_path(name: &str) -> String {
    if name == crate::library::EMBEDDED_NAME || crate::sources::fetch::is_address(name) {
        return name.to_owned();
    }
    std::path::absolute(name).map_or_else(|_| name.to_owned(), |p| p.display().to_string())
}

/// Opens every briefing of `board` (a file of `board_path` names them; relative paths are
/// looked up beside it first) with the corrections of `places`. A briefing that fails is
/// [`BriefingState::Gone`]; one whose transcript is another is [`BriefingState::Changed`].
#[must_use]
pub fn open_briefings(board: &Board, board_path: Option<&Path>, places: &Places) -> Opened {
    let mut opened = Opened::default();
    for b in &board.briefings {
        let results = if b.path == crate::library::EMBEDDED_NAME {
            vec![Ok(Loaded::embedded().corrected(None, places))]
        } else {
            let path = locate(b, board_path);
            if !crate::sources::fetch::is_address(&b.path) && !path.exists() {
                opened
                    .states
                    .push(BriefingState::Gone("no such file".to_owned()));
                continue;
            }
            crate::library::open_all(&[path], places)
        };
        let mut error = None;
        let mut parts: Vec<Loaded> = Vec::new();
        for r in results {
            match r {
                Ok(part) => parts.push(part),
                Err(e) => error = Some(e.reason),
            }
        }
        let at = parts
            .iter()
            .position(|p| p.dataset.source.sha256 == b.sha256);
        let state = match (at, parts.first()) {
            (Some(k), _) => {
                opened.parts.push(parts.swap_remove(k));
                BriefingState::Open
            }
            (None, Some(first)) => {
                let found = first.dataset.source.sha256.clone();
                opened.parts.push(parts.swap_remove(0));
                BriefingState::Changed { found }
            }
            (None, None) => {
                BriefingState::Gone(error.unwrap_or_else(|| "nothing in it".to_owned()))
            }
        };
        opened.states.push(state);
    }
    opened
}

/// The states of a board's briefings among the briefings open (each a file name as
/// [`Loaded::name`] and the SHA-256 of its transcript): open with its text, changed (a file of
/// its path open with another text), or not open.
#[must_use]
pub fn states_among(
    board: &Board,
    board_path: Option<&Path>,
    open: &[(&str, &str)],
) -> Vec<BriefingState> {
    board
        .briefings
        .iter()
        .map(|b| {
            if open.iter().any(|(_, sha)| *sha == b.sha256) {
                return BriefingState::Open;
            }
            let path = locate(b, board_path);
            let same_file = |name: &str| {
                name == b.path || Path::new(name) == path || same_path(Path::new(name), &path)
            };
            match open.iter().find(|(name, _)| same_file(name)) {
                Some((_, sha)) => BriefingState::Changed {
                    found: (*sha).to_owned(),
                },
                None if b.path != crate::library::EMBEDDED_NAME
                    && !crate::sources::fetch::is_address(&b.path)
                    && !path.exists() =>
                {
                    BriefingState::Gone("no such file".to_owned())
                }
                None => BriefingState::NotOpen,
            }
        })
        .collect()
}

/// Whether two paths name the same file (both resolved; false when either is missing).
fn same_path(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
