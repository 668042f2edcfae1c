//! The one zoom policy: the steps of Zoom in / Zoom out / Actual size and the range they stay
//! in, the same on the dashboard (egui's zoom factor) and while presenting (on top of the
//! slide's fit to the screen). egui's own zoom keys are off; the shortcuts are those of
//! [`Action::ZoomIn`](crate::command::Action::ZoomIn) and its neighbours, read in one place.

use std::ops::RangeInclusive;

use crate::command::Action;

/// One step of Zoom in or Zoom out, as a factor.
pub const STEP: f32 = 1.1;

/// The zoom a user can set: half to three times the normal size.
pub const RANGE: RangeInclusive<f32> = 0.5..=3.0;

/// The zoom after `action` (`ZoomIn`, `ZoomOut`, `ZoomReset`) from `zoom`, within
/// [`RANGE`]; `None` for any other action.
#[must_use]
pub fn after(action: Action, zoom: f32) -> Option<f32> {
    let zoom = match action {
        Action::ZoomIn => zoom * STEP,
        Action::ZoomOut => zoom / STEP,
        Action::ZoomReset => 1.0,
        _ => return None,
    };
    Some(zoom.clamp(*RANGE.start(), *RANGE.end()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_stay_in_range_and_reset_to_one() {
        assert_eq!(after(Action::ZoomReset, 2.4), Some(1.0));
        assert_eq!(after(Action::ZoomIn, 2.9), Some(3.0));
        assert_eq!(after(Action::ZoomOut, 0.52), Some(0.5));
        assert!((after(Action::ZoomIn, 1.0).unwrap_or_default() - 1.1).abs() < 1e-6);
        assert_eq!(after(Action::Quit, 1.0), None);
    }
}
