//! The one notification channel: every message the app shows the user — a file that could not
//! be opened, a notice, an export's progress, success or failure — is a [`Notification`] in
//! [`Notifications`], whatever produced it (a command, a background task, the command line).
//! One message per [`Topic`] is current; a newer one on the same topic replaces it. The views
//! draw them with `view::notice`.

/// What a message is about. Each topic has its own place on screen: file messages under the
/// top bar (corrections messages too), export messages in the export dialog (or its corner
/// when the dialog is closed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Topic {
    /// Opening files and choosing pages.
    Open,
    /// PNG, CSV and JSON exports and the clipboard.
    Export,
    /// Corrections: a file that cannot be read or written, corrections whose figure is gone.
    Corrections,
    /// My slides: opening, saving and restoring a board.
    Slides,
}

/// How a message reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Work under way (shown with a spinner).
    Progress,
    /// Something the user should know; nothing failed.
    Info,
    /// Work finished as asked.
    Success,
    /// Work failed; the text says what, where and why.
    Error,
}

/// One message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    /// What it is about.
    pub topic: Topic,
    /// How it reads.
    pub level: Level,
    /// The message, a whole sentence (or more).
    pub text: String,
    /// What the message leaves out, one line each (every file that could not be opened, where
    /// the message names two): shown when the pointer rests on it.
    pub details: Vec<String>,
}

/// The current message of each topic.
#[derive(Debug, Default)]
pub struct Notifications {
    current: Vec<Notification>,
}

impl Notifications {
    /// Shows `text` on `topic`, replacing what that topic showed.
    pub fn notify(&mut self, topic: Topic, level: Level, text: impl Into<String>) {
        self.notify_in_full(topic, level, text, Vec::new());
    }

    /// Shows `text` on `topic` as [`Notifications::notify`] does, with the `details` it
    /// leaves out.
    pub fn notify_in_full(
        &mut self,
        topic: Topic,
        level: Level,
        text: impl Into<String>,
        details: Vec<String>,
    ) {
        self.clear(topic);
        self.current.push(Notification {
            topic,
            level,
            text: text.into(),
            details,
        });
    }

    /// Removes the message of `topic`.
    pub fn clear(&mut self, topic: Topic) {
        self.current.retain(|n| n.topic != topic);
    }

    /// The message of `topic`, if any.
    #[must_use]
    pub fn get(&self, topic: Topic) -> Option<&Notification> {
        self.current.iter().find(|n| n.topic == topic)
    }

    /// The text of `topic`'s message when it is an error.
    #[must_use]
    pub fn error(&self, topic: Topic) -> Option<&str> {
        self.get(topic)
            .filter(|n| n.level == Level::Error)
            .map(|n| n.text.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_message_per_topic() {
        let mut n = Notifications::default();
        n.notify(Topic::Export, Level::Progress, "Exporting…");
        n.notify(Topic::Open, Level::Error, "Could not open a.json: line 3");
        n.notify(Topic::Export, Level::Success, "Saved b.png");
        assert_eq!(n.get(Topic::Export).map(|m| m.level), Some(Level::Success));
        assert_eq!(n.error(Topic::Open), Some("Could not open a.json: line 3"));
        assert_eq!(n.error(Topic::Export), None);
        n.clear(Topic::Open);
        assert!(n.get(Topic::Open).is_none());
    }
}
