//! From egui input to presentation [`SlideAction`]s: the keys a keyboard or a presenter clicker sends.
//!
//! Next: Right, Down, `PageDown`, Space, Enter, N, a left click. Previous: Left, Up, `PageUp`,
//! Backspace, P. Home and End. Digits then Enter jump to a slide. B or `.` blanks to black, W or
//! `,` to white. Esc leaves. Keys held with Ctrl, Cmd or Alt are left to other shortcuts (zoom).

use egui::{Event, InputState, Key, PointerButton};

use super::{Blank, SlideAction};

/// The presenter's keys as the help lists them: (what they do, the keys). A test checks every
/// key named here gives that action, so the help cannot drift from [`action_for_key`].
pub const HELP: [(&str, &[Key]); 8] = [
    (
        "Next slide (or a click)",
        &[
            Key::ArrowRight,
            Key::ArrowDown,
            Key::PageDown,
            Key::Space,
            Key::Enter,
            Key::N,
        ],
    ),
    (
        "Previous slide",
        &[
            Key::ArrowLeft,
            Key::ArrowUp,
            Key::PageUp,
            Key::Backspace,
            Key::P,
        ],
    ),
    ("First slide", &[Key::Home]),
    ("Last slide", &[Key::End]),
    (
        "Go to slide: its number, then Enter",
        &[Key::Num1, Key::Num2, Key::Num3],
    ),
    ("Black screen (any key returns)", &[Key::B, Key::Period]),
    ("White screen (any key returns)", &[Key::W, Key::Comma]),
    ("Back to the dashboard", &[Key::Escape]),
];

/// The action a key press asks for. Every key maps to something: unlisted keys give
/// [`SlideAction::Other`], which only returns from a blank screen.
#[must_use]
pub fn action_for_key(key: Key) -> SlideAction {
    match key {
        Key::ArrowRight | Key::ArrowDown | Key::PageDown | Key::Space | Key::N => SlideAction::Next,
        Key::ArrowLeft | Key::ArrowUp | Key::PageUp | Key::P => SlideAction::Previous,
        Key::Enter => SlideAction::Enter,
        Key::Backspace => SlideAction::Backspace,
        Key::Home => SlideAction::First,
        Key::End => SlideAction::Last,
        Key::Escape => SlideAction::Leave,
        Key::B | Key::Period => SlideAction::Blank(Blank::Black),
        Key::W | Key::Comma => SlideAction::Blank(Blank::White),
        Key::Num0 => SlideAction::Digit(0),
        Key::Num1 => SlideAction::Digit(1),
        Key::Num2 => SlideAction::Digit(2),
        Key::Num3 => SlideAction::Digit(3),
        Key::Num4 => SlideAction::Digit(4),
        Key::Num5 => SlideAction::Digit(5),
        Key::Num6 => SlideAction::Digit(6),
        Key::Num7 => SlideAction::Digit(7),
        Key::Num8 => SlideAction::Digit(8),
        Key::Num9 => SlideAction::Digit(9),
        _ => SlideAction::Other,
    }
}

/// The action one input event asks for, if any: key presses (repeats included, so a held key
/// keeps moving) without Ctrl, Cmd or Alt, and presses of the primary mouse button.
#[must_use]
pub fn action_for_event(event: &Event) -> Option<SlideAction> {
    match event {
        Event::Key {
            key,
            pressed: true,
            modifiers,
            ..
        } if !(modifiers.command || modifiers.ctrl || modifiers.alt) => Some(action_for_key(*key)),
        Event::PointerButton {
            button: PointerButton::Primary,
            pressed: true,
            ..
        } => Some(SlideAction::Next),
        _ => None,
    }
}

/// The actions of this frame's input, in the order they happened.
#[must_use]
pub fn actions(input: &InputState) -> Vec<SlideAction> {
    input.events.iter().filter_map(action_for_event).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_help_names_the_keys_that_do_what_it_says() {
        use super::{HELP, SlideAction, action_for_key};
        for (what, keys) in HELP {
            let actions: Vec<SlideAction> = keys.iter().map(|k| action_for_key(*k)).collect();
            let first = actions[0];
            for (k, a) in keys.iter().zip(&actions) {
                let same = *a == first
                    || matches!((a, first), (SlideAction::Digit(_), SlideAction::Digit(_)))
                    || (*a == SlideAction::Enter || *a == SlideAction::Backspace)
                        && what.contains("slide");
                assert!(same, "{what}: {k:?} gives {a:?}");
            }
        }
    }

    use egui::{Modifiers, Pos2};

    use super::*;

    fn press(key: Key, modifiers: Modifiers) -> Event {
        Event::Key {
            key,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers,
        }
    }

    #[test]
    fn clicker_keys_map_to_actions() {
        for key in [
            Key::ArrowRight,
            Key::ArrowDown,
            Key::PageDown,
            Key::Space,
            Key::N,
        ] {
            assert_eq!(action_for_key(key), SlideAction::Next, "{key:?}");
        }
        for key in [Key::ArrowLeft, Key::ArrowUp, Key::PageUp, Key::P] {
            assert_eq!(action_for_key(key), SlideAction::Previous, "{key:?}");
        }
        assert_eq!(
            action_for_key(Key::Period),
            SlideAction::Blank(Blank::Black)
        );
        assert_eq!(action_for_key(Key::B), SlideAction::Blank(Blank::Black));
        assert_eq!(action_for_key(Key::Comma), SlideAction::Blank(Blank::White));
        assert_eq!(action_for_key(Key::W), SlideAction::Blank(Blank::White));
        assert_eq!(action_for_key(Key::Num7), SlideAction::Digit(7));
        assert_eq!(action_for_key(Key::Escape), SlideAction::Leave);
        assert_eq!(action_for_key(Key::F5), SlideAction::Other);
    }

    #[test]
    fn ctrl_keys_are_left_to_zoom_and_releases_are_ignored() {
        assert_eq!(
            action_for_event(&press(Key::Num0, Modifiers::COMMAND)),
            None
        );
        assert_eq!(action_for_event(&press(Key::Minus, Modifiers::CTRL)), None);
        assert_eq!(
            action_for_event(&press(Key::Num0, Modifiers::NONE)),
            Some(SlideAction::Digit(0))
        );
        let release = Event::Key {
            key: Key::PageDown,
            physical_key: None,
            pressed: false,
            repeat: false,
            modifiers: Modifiers::NONE,
        };
        assert_eq!(action_for_event(&release), None);
    }

    #[test]
    fn a_left_click_is_next() {
        let click = Event::PointerButton {
            pos: Pos2::ZERO,
            button: PointerButton::Primary,
            pressed: true,
            modifiers: Modifiers::NONE,
        };
        assert_eq!(action_for_event(&click), Some(SlideAction::Next));
    }
}
