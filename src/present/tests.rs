//! Unit tests of the presentation state machine.

use super::*;

fn deck(n: usize) -> Presentation {
    Presentation::new(
        (1..=n)
            .map(|i| Slide::whole(&format!("page-{i}")))
            .collect(),
        None,
    )
}

#[test]
fn next_and_previous_stop_at_the_ends() {
    let mut p = deck(3);
    assert_eq!(p.current(), Some("page-1"));
    p.apply(SlideAction::Previous);
    assert_eq!(p.index(), 0, "no wrap before the first slide");
    p.apply_all([
        SlideAction::Next,
        SlideAction::Next,
        SlideAction::Next,
        SlideAction::Next,
    ]);
    assert_eq!(p.index(), 2, "no wrap after the last slide");
    p.apply(SlideAction::Previous);
    assert_eq!(p.current(), Some("page-2"));
}

#[test]
fn home_and_end() {
    let mut p = deck(5);
    p.apply(SlideAction::Last);
    assert_eq!(p.index(), 4);
    p.apply(SlideAction::First);
    assert_eq!(p.index(), 0);
}

#[test]
fn digits_then_enter_jump_and_are_clamped() {
    let mut p = deck(12);
    p.apply_all([SlideAction::Digit(1), SlideAction::Digit(1)]);
    assert_eq!(p.typed(), "11");
    assert_eq!(p.counter(), "1 / 12, go to 11");
    assert_eq!(p.index(), 0, "typing alone does not move");
    p.apply(SlideAction::Enter);
    assert_eq!(p.index(), 10);
    assert_eq!(p.typed(), "");
    p.apply_all([
        SlideAction::Digit(9),
        SlideAction::Digit(9),
        SlideAction::Enter,
    ]);
    assert_eq!(p.index(), 11, "past the end goes to the last slide");
    p.apply_all([SlideAction::Digit(0), SlideAction::Enter]);
    assert_eq!(p.index(), 0, "0 goes to the first slide");
}

#[test]
fn enter_alone_is_next_and_backspace_edits_typed_digits() {
    let mut p = deck(12);
    p.apply(SlideAction::Enter);
    assert_eq!(p.index(), 1);
    p.apply_all([
        SlideAction::Digit(1),
        SlideAction::Digit(2),
        SlideAction::Backspace,
    ]);
    assert_eq!(p.typed(), "1");
    p.apply(SlideAction::Enter);
    assert_eq!(p.index(), 0);
    p.apply_all([SlideAction::Next, SlideAction::Backspace]);
    assert_eq!(p.index(), 0, "backspace without digits is previous");
}

#[test]
fn another_key_drops_typed_digits() {
    let mut p = deck(12);
    p.apply_all([SlideAction::Digit(5), SlideAction::Next]);
    assert_eq!(p.typed(), "");
    assert_eq!(p.index(), 1);
}

#[test]
fn blank_then_any_key_returns_without_moving() {
    let mut p = deck(4);
    p.apply(SlideAction::Next);
    p.apply(SlideAction::Blank(Blank::Black));
    assert_eq!(p.blank(), Some(Blank::Black));
    p.apply(SlideAction::Next);
    assert_eq!(p.blank(), None);
    assert_eq!(p.index(), 1, "the key that returns does nothing else");
    p.apply(SlideAction::Blank(Blank::White));
    assert_eq!(p.blank(), Some(Blank::White));
    p.apply(SlideAction::Blank(Blank::White));
    assert_eq!(p.blank(), None, "pressing W again returns too");
    p.apply(SlideAction::Blank(Blank::Black));
    p.apply(SlideAction::Other);
    assert_eq!(p.blank(), None);
}

#[test]
fn escape_leaves_even_from_a_blank_screen() {
    let mut p = deck(2);
    assert_eq!(p.apply(SlideAction::Next), Outcome::Stay);
    p.apply(SlideAction::Blank(Blank::Black));
    assert_eq!(p.apply(SlideAction::Leave), Outcome::Leave);
    assert_eq!(
        deck(2).apply_all([SlideAction::Next, SlideAction::Leave, SlideAction::Next]),
        Outcome::Leave
    );
}

#[test]
fn start_page_and_empty_deck() {
    let p = Presentation::new(vec![Slide::whole("a"), Slide::whole("b")], Some("b"));
    assert_eq!(p.current(), Some("b"));
    let p = Presentation::new(vec![Slide::whole("a"), Slide::whole("b")], Some("missing"));
    assert_eq!(p.current(), Some("a"));
    let mut p = Presentation::new(Vec::new(), None);
    assert_eq!(p.current(), None);
    assert_eq!(p.counter(), "0 / 0");
    p.apply_all([
        SlideAction::Next,
        SlideAction::Last,
        SlideAction::Previous,
        SlideAction::Digit(3),
        SlideAction::Enter,
    ]);
    assert_eq!(p.index(), 0);
}
