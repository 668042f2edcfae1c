//! Reading a rendered texture back into memory: a copy into a mappable buffer whose rows are
//! padded to wgpu's alignment, then the rows unpadded into an RGBA image.

use std::time::Duration;

use egui_wgpu::wgpu;
use image::RgbaImage;

/// Records a copy of `texture` into a new mappable buffer, rows padded to wgpu's alignment.
pub(super) fn copy_out(
    device: &wgpu::Device,
    encoder: &mut wgpu::CommandEncoder,
    texture: &wgpu::Texture,
) -> wgpu::Buffer {
    let (width, height) = (texture.width(), texture.height());
    let row = padded_row(width);
    let buffer = device.create_buffer(&wgpu::BufferDescriptor {
        label: Some("briefboard readback"),
        size: u64::from(row) * u64::from(height),
        usage: wgpu::BufferUsages::MAP_READ | wgpu::BufferUsages::COPY_DST,
        mapped_at_creation: false,
    });
    encoder.copy_texture_to_buffer(
        texture.as_image_copy(),
        wgpu::TexelCopyBufferInfo {
            buffer: &buffer,
            layout: wgpu::TexelCopyBufferLayout {
                offset: 0,
                bytes_per_row: Some(row),
                rows_per_image: None,
            },
        },
        screen_extent(width, height),
    );
    buffer
}

/// Waits for the submission, maps the buffer and unpads its rows into an image.
pub(super) fn read_back(
    device: &wgpu::Device,
    buffer: &wgpu::Buffer,
    index: wgpu::SubmissionIndex,
    [width, height]: [u32; 2],
    wait: Duration,
) -> Result<RgbaImage, String> {
    let slice = buffer.slice(..);
    let (tx, rx) = std::sync::mpsc::channel();
    slice.map_async(wgpu::MapMode::Read, move |r| drop(tx.send(r)));
    device
        .poll(wgpu::PollType::Wait {
            submission_index: Some(index),
            timeout: Some(wait),
        })
        .map_err(|e| e.to_string())?;
    rx.recv_timeout(wait)
        .map_err(|e| format!("the image never came back: {e}"))?
        .map_err(|e| e.to_string())?;
    let mapped = slice.get_mapped_range().map_err(|e| e.to_string())?;
    let tight = width as usize * 4;
    let mut data = Vec::with_capacity(tight * height as usize);
    for line in mapped.chunks_exact(padded_row(width) as usize) {
        data.extend_from_slice(&line[..tight]);
    }
    drop(mapped);
    buffer.unmap();
    RgbaImage::from_raw(width, height, data)
        .ok_or_else(|| "the image read back has the wrong length".to_owned())
}

/// Bytes per row of the readback buffer: 4 per pixel, rounded up to wgpu's 256-byte alignment.
pub(super) fn padded_row(width: u32) -> u32 {
    (width * 4).next_multiple_of(wgpu::COPY_BYTES_PER_ROW_ALIGNMENT)
}

fn screen_extent(width: u32, height: u32) -> wgpu::Extent3d {
    wgpu::Extent3d {
        width,
        height,
        depth_or_array_layers: 1,
    }
}
