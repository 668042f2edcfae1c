//! Offscreen rendering: any egui closure drawn to an RGBA image of an exact pixel size, headless,
//! through wgpu (on Linux without a GPU, Mesa's software Vulkan driver, llvmpipe).
//!
//! Each call to [`OffscreenRenderer::render`] runs a fresh [`egui::Context`] with no pointer and
//! no focus, so nothing is hovered or selected and the same input always gives the same pixels.
//! The GPU device is created once per [`OffscreenRenderer`] and reused.

pub mod pass;
mod readback;

use std::sync::Arc;
use std::time::Duration;

pub use egui_wgpu::wgpu;
use image::RgbaImage;

/// The colour format the image is drawn in: 8-bit RGBA holding sRGB-encoded values (egui
/// blends in gamma space, as it does on screen).
const FORMAT: wgpu::TextureFormat = wgpu::TextureFormat::Rgba8Unorm;

/// How long to wait for the GPU (or the software rasteriser) before giving up.
const WAIT: Duration = Duration::from_secs(30);

/// No multisampling and no dithering noise; the GPU's own texture filtering (egui's
/// software filtering, for identical pixels across GPUs, is much slower on software drivers,
/// and one machine gives the same pixels either way).
const OPTIONS: egui_wgpu::RendererOptions = egui_wgpu::RendererOptions {
    msaa_samples: 1,
    depth_stencil_format: None,
    dithering: false,
    predictable_texture_filtering: false,
};

/// The widest font atlas egui may use: wider atlases cost upload time on software drivers
/// and gain nothing for one image.
const ATLAS_SIDE: u32 = 4096;

/// Why an image could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// No graphics adapter exists: no GPU driver and no software renderer.
    #[error(
        "no graphics adapter found (tried {backends}). briefboard renders images through \
         Vulkan, Metal, DirectX 12 or OpenGL; on a Linux machine without a GPU install Mesa's \
         software driver, e.g. `apt-get install mesa-vulkan-drivers` (Vulkan, lavapipe) or \
         `apt-get install libgl1-mesa-dri libegl1` (OpenGL, llvmpipe)"
    )]
    NoAdapter {
        /// The wgpu backends that were asked for adapters.
        backends: String,
    },
    /// The adapter exists but refused to open a device.
    #[error("the graphics adapter {adapter} could not be opened: {reason}")]
    Device {
        /// The adapter's name and backend.
        adapter: String,
        /// What wgpu reported.
        reason: String,
    },
    /// The requested size is empty or larger than the adapter can draw.
    #[error("cannot render {width}×{height} pixels: each side must be between 1 and {max}")]
    Size {
        /// Requested width in pixels.
        width: u32,
        /// Requested height in pixels.
        height: u32,
        /// The adapter's largest texture side.
        max: u32,
    },
    /// The scale is not a finite number between 0.1 and 32.
    #[error("pixels per point must be between 0.1 and 32, not {0}")]
    Scale(f32),
    /// Drawing or reading back the image failed on the GPU.
    #[error("rendering failed on {adapter}: {reason}")]
    Gpu {
        /// The adapter's name and backend.
        adapter: String,
        /// What wgpu reported.
        reason: String,
    },
}

/// A headless wgpu device with an egui renderer, reusable across images.
pub struct OffscreenRenderer {
    device: wgpu::Device,
    queue: wgpu::Queue,
    renderer: egui_wgpu::Renderer,
    adapter: String,
    max_side: u32,
}

impl std::fmt::Debug for OffscreenRenderer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OffscreenRenderer")
            .field("adapter", &self.adapter)
            .field("max_side", &self.max_side)
            .finish_non_exhaustive()
    }
}

impl OffscreenRenderer {
    /// Opens a graphics device without any window or display. The backends can be narrowed with
    /// wgpu's `WGPU_BACKEND` environment variable (`vulkan`, `gl`, …).
    ///
    /// # Errors
    /// [`RenderError::NoAdapter`] (saying what to install) when there is no adapter at all,
    /// [`RenderError::Device`] when the adapter cannot be opened.
    pub fn new() -> Result<Self, RenderError> {
        // Vulkan, Metal or DirectX 12 first; OpenGL only when none of those has an adapter
        // (initialising EGL without a display prints noise and is slower). `WGPU_BACKEND`
        // overrides both.
        let tries = match wgpu::Backends::from_env() {
            Some(backends) => vec![backends],
            None => vec![wgpu::Backends::PRIMARY, wgpu::Backends::SECONDARY],
        };
        pollster::block_on(Self::open(&tries))
    }

    /// Opens a graphics device on these backends only (`wgpu::Backends::VULKAN`, …).
    ///
    /// # Errors
    /// As [`OffscreenRenderer::new`].
    pub fn with_backends(backends: wgpu::Backends) -> Result<Self, RenderError> {
        pollster::block_on(Self::open(&[backends]))
    }

    /// Opens the best adapter of the first backend set that has one.
    async fn open(tries: &[wgpu::Backends]) -> Result<Self, RenderError> {
        let mut found = None;
        for &backends in tries {
            let mut descriptor = wgpu::InstanceDescriptor::new_without_display_handle_from_env();
            descriptor.backends = backends;
            let instance = wgpu::Instance::new(descriptor);
            let mut adapters = instance.enumerate_adapters(backends).await;
            adapters.retain(|a| a.get_info().backend != wgpu::Backend::Noop);
            adapters.sort_by_key(|a| {
                let info = a.get_info();
                (device_rank(info.device_type), backend_rank(info.backend))
            });
            if let Some(adapter) = adapters.into_iter().next() {
                found = Some(adapter);
                break;
            }
        }
        let Some(adapter) = found else {
            let names: Vec<String> = tries.iter().map(|b| backend_names(*b)).collect();
            return Err(RenderError::NoAdapter {
                backends: names.join(", then "),
            });
        };
        let info = adapter.get_info();
        let name = format!("{} ({:?})", info.name, info.backend);
        let base = if info.backend == wgpu::Backend::Gl {
            wgpu::Limits::downlevel_webgl2_defaults()
        } else {
            wgpu::Limits::default()
        };
        let limits = base.using_resolution(adapter.limits());
        let (device, queue) = adapter
            .request_device(&wgpu::DeviceDescriptor {
                label: Some("briefboard offscreen"),
                required_limits: limits.clone(),
                ..Default::default()
            })
            .await
            .map_err(|e| RenderError::Device {
                adapter: name.clone(),
                reason: e.to_string(),
            })?;
        // Errors are caught in error scopes around each render; anything else is logged rather
        // than left to wgpu's default handler, which panics.
        device.on_uncaptured_error(Arc::new(|e| eprintln!("briefboard: wgpu: {e}")));
        let renderer = egui_wgpu::Renderer::new(&device, FORMAT, OPTIONS);
        Ok(Self {
            device,
            queue,
            renderer,
            adapter: name,
            max_side: limits.max_texture_dimension_2d,
        })
    }

    /// The adapter in use, e.g. `llvmpipe (LLVM 19.1.7, 256 bits) (Vulkan)`.
    #[must_use]
    pub fn adapter(&self) -> &str {
        &self.adapter
    }

    /// The largest image side, in pixels, this adapter can render.
    #[must_use]
    pub fn max_side(&self) -> u32 {
        self.max_side
    }

    /// Renders `ui_fn` into an image of exactly `pixels` (width, height) at `pixels_per_point`:
    /// the closure sees a screen of `pixels / pixels_per_point` points. `setup` runs once on the
    /// fresh context first (fonts, visuals). Pixels are RGBA with sRGB-encoded colour.
    ///
    /// # Errors
    /// [`RenderError::Size`] or [`RenderError::Scale`] for sizes the adapter cannot draw,
    /// [`RenderError::Gpu`] when wgpu reports a failure.
    pub fn render(
        &mut self,
        pixels: [u32; 2],
        pixels_per_point: f32,
        setup: impl FnOnce(&egui::Context),
        ui_fn: impl FnMut(&mut egui::Ui),
    ) -> Result<RgbaImage, RenderError> {
        let [width, height] = pixels;
        if width == 0 || height == 0 || width > self.max_side || height > self.max_side {
            return Err(RenderError::Size {
                width,
                height,
                max: self.max_side,
            });
        }
        if !(0.1..=32.0).contains(&pixels_per_point) {
            return Err(RenderError::Scale(pixels_per_point));
        }
        let ctx = egui::Context::default();
        setup(&ctx);
        #[expect(
            clippy::cast_precision_loss,
            reason = "sides are at most a few thousand"
        )]
        let points = egui::vec2(width as f32, height as f32) / pixels_per_point;
        let atlas = usize::try_from(self.max_side.min(ATLAS_SIDE)).unwrap_or(2048);
        // Textures are uploaded as each pass makes them; those a pass frees are freed after
        // the image is drawn (the last pass's shapes may still use them).
        let mut to_free = Vec::new();
        let out = pass::run(&ctx, (points, pixels_per_point), atlas, ui_fn, |delta| {
            self.set_textures(delta);
            to_free.extend(delta.free.drain());
        });
        let primitives = ctx.tessellate(out.shapes, out.pixels_per_point);
        let result = self.draw(pixels, pixels_per_point, &primitives);
        for id in to_free {
            self.renderer.free_texture(&id);
        }
        result
    }

    /// Uploads the delta's new and changed textures, emptying its `set` list.
    fn set_textures(&mut self, delta: &mut egui::TexturesDelta) {
        // Each texture's updates apply in order; different textures are independent.
        #[expect(
            clippy::iter_over_hash_type,
            reason = "textures are independent of each other"
        )]
        for (id, images) in delta.set.drain() {
            for image in images {
                self.renderer
                    .update_texture(&self.device, &self.queue, id, &image);
            }
        }
    }

    fn draw(
        &mut self,
        [width, height]: [u32; 2],
        pixels_per_point: f32,
        primitives: &[egui::ClippedPrimitive],
    ) -> Result<RgbaImage, RenderError> {
        let scope = self.device.push_error_scope(wgpu::ErrorFilter::Validation);
        let oom = self.device.push_error_scope(wgpu::ErrorFilter::OutOfMemory);
        let screen = egui_wgpu::ScreenDescriptor {
            size_in_pixels: [width, height],
            pixels_per_point,
        };
        let texture = self.device.create_texture(&wgpu::TextureDescriptor {
            label: Some("briefboard export"),
            size: wgpu::Extent3d {
                width,
                height,
                depth_or_array_layers: 1,
            },
            mip_level_count: 1,
            sample_count: 1,
            dimension: wgpu::TextureDimension::D2,
            format: FORMAT,
            usage: wgpu::TextureUsages::RENDER_ATTACHMENT | wgpu::TextureUsages::COPY_SRC,
            view_formats: &[],
        });
        let view = texture.create_view(&wgpu::TextureViewDescriptor::default());
        let mut encoder = self
            .device
            .create_command_encoder(&wgpu::CommandEncoderDescriptor::default());
        let user = self.renderer.update_buffers(
            &self.device,
            &self.queue,
            &mut encoder,
            primitives,
            &screen,
        );
        {
            let mut pass = encoder
                .begin_render_pass(&wgpu::RenderPassDescriptor {
                    label: Some("briefboard export pass"),
                    color_attachments: &[Some(wgpu::RenderPassColorAttachment {
                        view: &view,
                        resolve_target: None,
                        ops: wgpu::Operations {
                            load: wgpu::LoadOp::Clear(wgpu::Color::TRANSPARENT),
                            store: wgpu::StoreOp::Store,
                        },
                        depth_slice: None,
                    })],
                    ..Default::default()
                })
                .forget_lifetime();
            self.renderer.render(&mut pass, primitives, &screen);
        }
        let buffer = readback::copy_out(&self.device, &mut encoder, &texture);
        let index = self
            .queue
            .submit(user.into_iter().chain(std::iter::once(encoder.finish())));
        if let Some(e) = pollster::block_on(oom.pop()) {
            return Err(self.gpu(e.to_string()));
        }
        if let Some(e) = pollster::block_on(scope.pop()) {
            return Err(self.gpu(e.to_string()));
        }
        readback::read_back(&self.device, &buffer, index, [width, height], WAIT)
            .map_err(|e| self.gpu(e))
    }

    fn gpu(&self, reason: String) -> RenderError {
        RenderError::Gpu {
            adapter: self.adapter.clone(),
            reason,
        }
    }
}

/// Software rasterisers first: they give the same pixels everywhere; then real GPUs.
fn device_rank(kind: wgpu::DeviceType) -> u8 {
    match kind {
        wgpu::DeviceType::Cpu => 0,
        wgpu::DeviceType::DiscreteGpu => 1,
        wgpu::DeviceType::IntegratedGpu => 2,
        wgpu::DeviceType::VirtualGpu | wgpu::DeviceType::Other => 3,
    }
}

fn backend_rank(backend: wgpu::Backend) -> u8 {
    match backend {
        wgpu::Backend::Vulkan | wgpu::Backend::Metal => 0,
        wgpu::Backend::Dx12 => 1,
        wgpu::Backend::Gl => 2,
        wgpu::Backend::BrowserWebGpu | wgpu::Backend::Noop => 3,
    }
}

/// Backends as a person names them: "Vulkan", "OpenGL", "Vulkan and Metal".
fn backend_names(backends: wgpu::Backends) -> String {
    let names: Vec<&str> = backends
        .iter_names()
        .map(|(name, _)| match name {
            "VULKAN" => "Vulkan",
            "METAL" => "Metal",
            "DX12" => "DirectX 12",
            "GL" => "OpenGL",
            "BROWSER_WEBGPU" => "WebGPU",
            other => other,
        })
        .collect();
    names.join(" and ")
}
