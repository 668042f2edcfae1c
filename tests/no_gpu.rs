//! Machines without a graphics driver (issue #11), with the drivers hidden from the loaders:
//! Vulkan by `VK_ICD_FILENAMES`, OpenGL by pointing Mesa's loaders at a folder that does not
//! exist. A PNG export says which packages install a driver and SVG still works; the window,
//! when neither wgpu nor OpenGL can start, says the same on standard error and exits with 1.
//! (The message dialog it also shows needs zenity or a desktop portal; the test runs with an
//! empty `PATH`, so none is found and nothing waits for a click.)

mod support;

use std::path::Path;
use std::process::{Command, Stdio};

use support::process::{Xvfb, finish, on_display};

const BIN: &str = env!("CARGO_BIN_EXE_briefboard");

/// A command for the binary with every graphics driver hidden.
fn without_drivers() -> Command {
    let mut command = Command::new(BIN);
    command
        .env("VK_ICD_FILENAMES", "/nonexistent")
        .env("WGPU_BACKEND", "vulkan")
        .env("LIBGL_DRIVERS_PATH", "/nonexistent")
        .env("__EGL_VENDOR_LIBRARY_FILENAMES", "/nonexistent")
        .env("__GLX_VENDOR_LIBRARY_NAME", "nonexistent")
        .env("PATH", "");
    command
}

#[test]
fn a_png_export_without_a_driver_says_what_to_install_and_svg_still_works() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let export = |path: &Path| {
        without_drivers()
            .args(["export", "--page", "5g-base-stations", "-o"])
            .arg(path)
            .output()
            .expect("the binary runs")
    };
    let png = dir.path().join("five-g.png");
    let out = export(&png);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains(&png.display().to_string()), "{stderr}");
    assert!(stderr.contains("mesa-vulkan-drivers"), "{stderr}");
    assert!(!png.exists(), "no half-written file");

    let svg = dir.path().join("five-g.svg");
    let out = export(&svg);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&svg).expect("the SVG was written");
    assert!(text.contains("3.837 million"));
}

/// Without Vulkan, the window is drawn by eframe's OpenGL renderer (glow), not by wgpu's own
/// OpenGL backend, which the window leaves out (it cost every start about 20 ms).
#[test]
fn without_vulkan_the_window_opens_with_opengl() {
    let Some(x) = Xvfb::start() else {
        eprintln!("Xvfb is not installed: the window test needs an X server, skipped");
        return;
    };
    let home = tempfile::tempdir().expect("a temporary folder");
    let child = on_display(
        Command::new(BIN)
            .env("VK_ICD_FILENAMES", "/nonexistent")
            .env_remove("WGPU_BACKEND")
            .env("BRIEFBOARD_QUIT_AFTER_FIRST_FRAME", "1"),
        &x,
        home.path(),
    )
    .spawn()
    .expect("the binary runs");
    let (status, stderr) = finish(child);
    assert!(status.success(), "{stderr}");
    assert!(
        stderr.contains("drawing with OpenGL instead"),
        "wgpu (Vulkan only) failed and glow drew the window: {stderr}"
    );
}

#[test]
fn the_window_without_any_driver_says_which_packages_install_one() {
    let Some(x) = Xvfb::start() else {
        eprintln!("Xvfb is not installed: the window test needs an X server, skipped");
        return;
    };
    let child = without_drivers()
        .env("DISPLAY", &x.1)
        .env_remove("WAYLAND_DISPLAY")
        .env("XDG_CONFIG_HOME", std::env::temp_dir())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let (status, stderr) = finish(child);
    assert_eq!(status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("drawing with OpenGL instead"),
        "wgpu failed first: {stderr}"
    );
    assert!(
        stderr.contains("found none (neither Vulkan nor OpenGL)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("sudo apt install mesa-vulkan-drivers libgl1-mesa-dri"),
        "{stderr}"
    );
}
