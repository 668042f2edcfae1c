//! The app as a process: an X server of its own (`Xvfb`, which CI installs) and waiting for
//! the app to exit.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// An X server of its own for the window tests, if `Xvfb` is installed (CI installs it).
pub struct Xvfb(std::process::Child, pub String);

impl Xvfb {
    /// A server on a display it picks itself (`-displayfd`: the first free one, so stale
    /// sockets of killed servers are skipped); `None` when Xvfb is not installed or does not
    /// say its display.
    pub fn start() -> Option<Self> {
        let mut child = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1280x800x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .ok()?;
        let stdout = child.stdout.take()?;
        // Xvfb writes its display once it listens, or exits (closing the pipe) if it cannot.
        let mut line = String::new();
        let read = BufReader::new(stdout).read_line(&mut line);
        match read {
            Ok(_) if line.trim().parse::<u32>().is_ok() => {
                Some(Self(child, format!(":{}", line.trim())))
            }
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                None
            }
        }
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        // SIGTERM lets the server remove its socket and lock file (SIGKILL leaves them).
        let _ = Command::new("kill")
            .args(["-TERM", &self.0.id().to_string()])
            .status();
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(5) {
            if matches!(self.0.try_wait(), Ok(Some(_))) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Waits up to a minute for the app to exit; its exit status and standard error.
pub fn finish(mut child: std::process::Child) -> (std::process::ExitStatus, String) {
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("waits") {
            break status;
        }
        assert!(
            start.elapsed() < Duration::from_mins(1),
            "the app did not exit"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    let mut stderr = String::new();
    if let Some(mut pipe) = child.stderr.take() {
        std::io::Read::read_to_string(&mut pipe, &mut stderr).expect("stderr reads");
    }
    (status, stderr)
}

/// `command` set to draw on `x` with `home` as its home and data folders (a fresh profile),
/// its standard error kept for [`finish`].
pub fn on_display<'a>(command: &'a mut Command, x: &Xvfb, home: &Path) -> &'a mut Command {
    command
        .env("DISPLAY", &x.1)
        .env_remove("WAYLAND_DISPLAY")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home)
        .env("XDG_CONFIG_HOME", home)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
}
