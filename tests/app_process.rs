//! The window's process as the system sees it: a kill (SIGTERM), a logout or Ctrl+C closes
//! the window as the user would, so what is open is remembered; with no display the app says
//! so, not that a graphics driver is missing.

mod support;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use support::process::{Xvfb, finish, on_display};

const BIN: &str = env!("CARGO_BIN_EXE_briefboard");

/// Whether the process has started its signal handler's thread (`ctrlc` names it "ctrl-c").
fn handler_ready(pid: u32) -> bool {
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return false;
    };
    tasks.flatten().any(|task| {
        std::fs::read_to_string(task.path().join("comm")).is_ok_and(|name| name.trim() == "ctrl-c")
    })
}

#[test]
fn a_kill_closes_the_window_and_the_page_shown_is_remembered() {
    let Some(x) = Xvfb::start() else {
        eprintln!("Xvfb is not installed: the window test needs an X server, skipped");
        return;
    };
    let home = tempfile::tempdir().expect("a temporary folder");
    let child = on_display(
        Command::new(BIN).args(["--page", "transcript"]),
        &x,
        home.path(),
    )
    .spawn()
    .expect("the binary runs");
    let pid = child.id();
    let start = Instant::now();
    while !handler_ready(pid) {
        assert!(
            start.elapsed() < Duration::from_mins(1),
            "no signal handler started"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let kill = Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .expect("kill runs");
    assert!(kill.success());
    let (status, stderr) = finish(child);
    assert_eq!(status.code(), Some(0), "closed, not killed: {stderr}");
    let saved = home.path().join("briefboard").join("app.ron");
    let text = std::fs::read_to_string(&saved)
        .unwrap_or_else(|e| panic!("{} was not written: {e}; {stderr}", saved.display()));
    assert!(text.contains("Transcript"), "the page shown: {text}");
}

#[test]
fn with_no_display_the_app_says_so() {
    let home = tempfile::tempdir().expect("a temporary folder");
    let out = Command::new(BIN)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("WAYLAND_SOCKET")
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path())
        .env("PATH", "")
        .output()
        .expect("the binary runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("no display"), "{stderr}");
    assert!(!stderr.contains("graphics driver"), "{stderr}");
    assert!(
        !Path::new(&home.path().join("briefboard")).exists(),
        "nothing was written"
    );
}
