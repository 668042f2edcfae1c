//! Unit tests of the presentation state machine.

use super::*;

fn deck(n: usize) -> Presentation {
    Presentation::new((1..=n).map(|i| format!("page-{i}")).collect(), None)
}

#[test]
fn next_and_previous_stop_at_the_ends() {
    let mut p = deck(3);
    assert_eq!(p.current(), Some("page-1"));
    p.apply(Action::Previous);
    assert_eq!(p.index(), 0, "no wrap before the first slide");
    p.apply_all([Action::Next, Action::Next, Action::Next, Action::Next]);
    assert_eq!(p.index(), 2, "no wrap after the last slide");
    p.apply(Action::Previous);
    assert_eq!(p.current(), Some("page-2"));
}

#[test]
fn home_and_end() {
    let mut p = deck(5);
    p.apply(Action::Last);
    assert_eq!(p.index(), 4);
    p.apply(Action::First);
    assert_eq!(p.index(), 0);
}

#[test]
fn digits_then_enter_jump_and_are_clamped() {
    let mut p = deck(12);
    p.apply_all([Action::Digit(1), Action::Digit(1)]);
    assert_eq!(p.typed(), "11");
    assert_eq!(p.counter(), "1 / 12, go to 11");
    assert_eq!(p.index(), 0, "typing alone does not move");
    p.apply(Action::Enter);
    assert_eq!(p.index(), 10);
    assert_eq!(p.typed(), "");
    p.apply_all([Action::Digit(9), Action::Digit(9), Action::Enter]);
    assert_eq!(p.index(), 11, "past the end goes to the last slide");
    p.apply_all([Action::Digit(0), Action::Enter]);
    assert_eq!(p.index(), 0, "0 goes to the first slide");
}

#[test]
fn enter_alone_is_next_and_backspace_edits_typed_digits() {
    let mut p = deck(12);
    p.apply(Action::Enter);
    assert_eq!(p.index(), 1);
    p.apply_all([Action::Digit(1), Action::Digit(2), Action::Backspace]);
    assert_eq!(p.typed(), "1");
    p.apply(Action::Enter);
    assert_eq!(p.index(), 0);
    p.apply_all([Action::Next, Action::Backspace]);
    assert_eq!(p.index(), 0, "backspace without digits is previous");
}

#[test]
fn another_key_drops_typed_digits() {
    let mut p = deck(12);
    p.apply_all([Action::Digit(5), Action::Next]);
    assert_eq!(p.typed(), "");
    assert_eq!(p.index(), 1);
}

#[test]
fn blank_then_any_key_returns_without_moving() {
    let mut p = deck(4);
    p.apply(Action::Next);
    p.apply(Action::Blank(Blank::Black));
    assert_eq!(p.blank(), Some(Blank::Black));
    p.apply(Action::Next);
    assert_eq!(p.blank(), None);
    assert_eq!(p.index(), 1, "the key that returns does nothing else");
    p.apply(Action::Blank(Blank::White));
    assert_eq!(p.blank(), Some(Blank::White));
    p.apply(Action::Blank(Blank::White));
    assert_eq!(p.blank(), None, "pressing W again returns too");
    p.apply(Action::Blank(Blank::Black));
    p.apply(Action::Other);
    assert_eq!(p.blank(), None);
}

#[test]
fn escape_leaves_even_from_a_blank_screen() {
    let mut p = deck(2);
    assert_eq!(p.apply(Action::Next), Outcome::Stay);
    p.apply(Action::Blank(Blank::Black));
    assert_eq!(p.apply(Action::Leave), Outcome::Leave);
    assert_eq!(
        deck(2).apply_all([Action::Next, Action::Leave, Action::Next]),
        Outcome::Leave
    );
}

#[test]
fn start_page_and_empty_deck() {
    let p = Presentation::new(vec!["a".into(), "b".into()], Some("b"));
    assert_eq!(p.current(), Some("b"));
    let p = Presentation::new(vec!["a".into(), "b".into()], Some("missing"));
    assert_eq!(p.current(), Some("a"));
    let mut p = Presentation::new(Vec::new(), None);
    assert_eq!(p.current(), None);
    assert_eq!(p.counter(), "0 / 0");
    p.apply_all([
        Action::Next,
        Action::Last,
        Action::Previous,
        Action::Digit(3),
        Action::Enter,
    ]);
    assert_eq!(p.index(), 0);
}
