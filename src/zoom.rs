//! The one zoom policy: the steps of Zoom in / Zoom out / Actual size and the range they stay
//! in, the same on the dashboard (egui's zoom factor) and while presenting (on top of the
//! slide's fit to the screen). egui's own zoom keys are off; the shortcuts are those of
//! [`Command::ZoomIn`](crate::command::Command::ZoomIn) and its neighbours, read in one place.

use std::ops::RangeInclusive;

use crate::command::Command;

/// One step of Zoom in or Zoom out, as a factor.
pub const STEP: f32 = 1.1;

/// The zoom a user can set: half to three times the normal size.
pub const RANGE: RangeInclusive<f32> = 0.5..=3.0;

/// The zoom after `command` (`ZoomIn`, `ZoomOut`, `ZoomReset`) from `zoom`, within
/// [`RANGE`]; `None` for any other command.
#[must_use]
pub fn after(command: &Command, zoom: f32) -> Option<f32> {
    let zoom = match command {
        Command::ZoomIn => zoom * STEP,
        Command::ZoomOut => zoom / STEP,
        Command::ZoomReset => 1.0,
        _ => return None,
    };
    Some(zoom.clamp(*RANGE.start(), *RANGE.end()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_stay_in_range_and_reset_to_one() {
        assert_eq!(after(&Command::ZoomReset, 2.4), Some(1.0));
        assert_eq!(after(&Command::ZoomIn, 2.9), Some(3.0));
        assert_eq!(after(&Command::ZoomOut, 0.52), Some(0.5));
        assert!((after(&Command::ZoomIn, 1.0).unwrap_or_default() - 1.1).abs() < 1e-6);
        assert_eq!(after(&Command::Quit, 1.0), None);
    }
}
