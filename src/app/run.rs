//! Opening the window: with its icon and the app id of the `.desktop` entry, through wgpu
//! (Vulkan, Metal, DX12) and, where wgpu cannot start, through OpenGL (glow). Where nothing
//! can draw, a native message dialog and standard error say what is missing and which packages
//! install it: a double-click never shows a terminal.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use egui_wgpu::wgpu;

use super::{App, StartOptions};

/// The name eframe stores the saved state under, and the window's app id: the same as the
/// `.desktop` file's (`assets/briefboard.desktop`), which Wayland takes the icon from.
pub const APP_ID: &str = "briefboard";

/// The app's data folder (eframe's storage folder, `~/.local/share/briefboard/` on Linux),
/// where the corrections of the embedded briefing are kept; `None` where the platform has
/// none.
#[must_use]
pub fn data_dir() -> Option<std::path::PathBuf> {
    eframe::storage_dir(APP_ID)
}

/// The window icon: `assets/briefboard.svg` rendered at 256 pixels.
const ICON_PNG: &[u8] = include_bytes!("../../assets/icons/hicolor/256x256/apps/briefboard.png");

/// What to install when no renderer can start, by platform family.
const DRIVERS_HELP: &str = "briefboard needs a graphics driver to draw its window and found \
    none (neither Vulkan nor OpenGL). On Debian or Ubuntu, install Mesa's drivers: \
    sudo apt install mesa-vulkan-drivers libgl1-mesa-dri libegl1 — they draw in software on \
    machines without a graphics card. On other systems, install or update the graphics \
    driver. Exports as SVG, PDF, CSV or JSON need no driver (for example \
    briefboard export --deck -o briefing.pdf, or briefboard export --csv -o figures.csv).";

/// Opens the dashboard and runs it until the window closes.
///
/// # Errors
/// When no window can be opened: no display, or no graphics driver for wgpu or OpenGL (then a
/// message dialog has said so too).
pub fn run(mut options: StartOptions) -> anyhow::Result<()> {
    if let Some(missing) = no_display() {
        return Err(anyhow::anyhow!(missing));
    }
    if options.quit.is_none() {
        match super::signals::QuitSignal::install() {
            Ok(quit) => options.quit = Some(quit),
            Err(e) => eprintln!(
                "briefboard: {e}; a kill or Ctrl+C will end the app without saving what is open"
            ),
        }
    }
    let start = Rc::new(RefCell::new(Some(options)));
    let wgpu = open(eframe::Renderer::Wgpu, &start);
    let Err(wgpu_error) = wgpu else {
        return Ok(());
    };
    if start.borrow().is_none() {
        // The app ran and then failed: not a question of drivers.
        return Err(wgpu_error);
    }
    eprintln!("briefboard: {wgpu_error:#}; drawing with OpenGL instead");
    let glow = open(eframe::Renderer::Glow, &start);
    let Err(glow_error) = glow else {
        return Ok(());
    };
    if start.borrow().is_none() {
        return Err(glow_error);
    }
    let message = format!("{DRIVERS_HELP}\n\nwgpu: {wgpu_error:#}\nOpenGL: {glow_error:#}");
    // Shown when a dialog can be; the same words go to standard error through the caller.
    rfd::MessageDialog::new()
        .set_level(rfd::MessageLevel::Error)
        .set_title("briefboard cannot open its window")
        .set_description(&message)
        .set_buttons(rfd::MessageButtons::Ok)
        .show();
    Err(anyhow::anyhow!(message))
}

/// On Linux and the BSDs, why no window can open when neither an X display nor a Wayland
/// compositor is named in the environment (a console or an SSH session without forwarding);
/// `None` when one is. Without this check winit's error reached the user as a missing graphics
/// driver.
fn no_display() -> Option<String> {
    if cfg!(any(target_os = "windows", target_os = "macos")) {
        return None;
    }
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    if ["DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET"]
        .iter()
        .any(|name| set(name))
    {
        return None;
    }
    Some(
        "cannot open the window: no display (neither DISPLAY nor WAYLAND_DISPLAY is set). \
         Start briefboard from a desktop session, or export without a window (for example \
         briefboard export --deck -o briefing.pdf)."
            .to_owned(),
    )
}

/// Tries one renderer; the start options are taken only once the window and the renderer are
/// up, so a renderer that cannot start leaves them for the next.
fn open(
    renderer: eframe::Renderer,
    start: &Rc<RefCell<Option<StartOptions>>>,
) -> anyhow::Result<()> {
    let native = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_app_id(APP_ID)
            .with_title("briefboard")
            .with_icon(Arc::new(icon()))
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([720.0, 480.0])
            .with_drag_and_drop(true),
        renderer,
        wgpu_options: wgpu_options(),
        // The window's position is not remembered. eframe 0.37 would restore a saved position
        // as is on Linux (it drops positions off every monitor only on macOS and clamps them
        // only on Windows), so after a projector is unplugged the window could open on a
        // monitor that is gone; it would also reopen fullscreen when the app was closed while
        // presenting. Instead the window opens centred on the primary monitor, at a size that
        // eframe clamps to the largest monitor. The zoom and everything else the user chose
        // are remembered in `Persisted`, the window size too (`window.rs`).
        persist_window: false,
        centered: true,
        ..Default::default()
    };
    let start = Rc::clone(start);
    eframe::run_native(
        APP_ID,
        native,
        Box::new(move |cc| {
            let options = start.borrow_mut().take().unwrap_or_default();
            Ok(Box::new(App::new(cc, options).on_cleared_window()))
        }),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))
}

/// eframe's wgpu set-up on [`backends`].
fn wgpu_options() -> egui_wgpu::WgpuConfiguration {
    let mut options = egui_wgpu::WgpuConfiguration::default();
    if let egui_wgpu::WgpuSetup::CreateNew(setup) = &mut options.wgpu_setup {
        setup.instance_descriptor.backends = backends(wgpu::Backends::from_env());
    }
    options
}

/// The wgpu backends the window tries: the set named by `WGPU_BACKEND` (`from_env`), else
/// wgpu's primary backends (Vulkan, Metal, DirectX 12). eframe's default adds wgpu's OpenGL
/// backend, which initialises EGL and creates an OpenGL context at every start only to list
/// its adapters, even when Vulkan draws the window: about 20 ms and 11 MB on Mesa's software
/// renderer (README, "Measuring start-up"). Where no primary backend can draw, [`run`]
/// opens the window with eframe's own OpenGL renderer (glow) instead.
fn backends(from_env: Option<wgpu::Backends>) -> wgpu::Backends {
    from_env.unwrap_or(wgpu::Backends::PRIMARY)
}

/// The window icon as pixels; an empty icon (the platform's default) if it cannot be read.
fn icon() -> egui::IconData {
    image::load_from_memory_with_format(ICON_PNG, image::ImageFormat::Png).map_or_else(
        |_| egui::IconData::default(),
        |img| {
            let rgba = img.to_rgba8();
            egui::IconData {
                width: rgba.width(),
                height: rgba.height(),
                rgba: rgba.into_raw(),
            }
        },
    )
}

#[cfg(test)]
mod tests {
    use egui_wgpu::wgpu;

    #[test]
    fn the_window_tries_the_primary_backends_unless_wgpu_backend_names_others() {
        let default = super::backends(None);
        assert!(default.contains(wgpu::Backends::VULKAN));
        assert!(!default.contains(wgpu::Backends::GL), "OpenGL is glow's");
        assert_eq!(
            super::backends(Some(wgpu::Backends::GL)),
            wgpu::Backends::GL
        );
    }

    #[test]
    fn the_icon_is_the_256_pixel_rendering() {
        let icon = super::icon();
        assert_eq!((icon.width, icon.height), (256, 256));
        assert_eq!(icon.rgba.len(), 256 * 256 * 4);
    }
}
