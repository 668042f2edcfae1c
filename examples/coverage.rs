//! How much drawing the first frame asks of the renderer: the area egui's meshes cover, in
//! multiples of the window (1280×800), the draw calls and triangles, and the largest shapes.
//! On a software renderer (Mesa's llvmpipe) every covered pixel is shaded, so this, not
//! briefboard's own work, sets most of the time to first frame (README, "Measuring
//! start-up").
//!
//! `cargo run --example coverage [PAGE-ID]` — the real window's shell (panels on the cleared
//! window, [`App::on_cleared_window`]) on the remembered-less first page, or on PAGE-ID.

use briefboard::app::{App, Command, Page, StartOptions};
use egui::epaint::{ClippedShape, Primitive};
use egui_kittest::Harness;

const SIZE: egui::Vec2 = egui::vec2(1280.0, 800.0);

fn main() {
    let page = std::env::args().nth(1);
    let mut harness = Harness::builder()
        .with_size(SIZE)
        .build_eframe(|cc| App::new(cc, StartOptions::default()).on_cleared_window());
    if let Some(page) = page {
        let page = Page::from_id(&page);
        harness.state_mut().push(Command::ShowPage(page));
    }
    harness.run_steps(2);
    let shapes = harness.output().shapes.clone();
    let ppp = harness.output().pixels_per_point;
    let window = f64::from(SIZE.x * SIZE.y);
    let mut covered: Vec<(f64, String)> = shapes
        .iter()
        .map(|shape| {
            let area = shape_area(&harness.ctx, shape, ppp) / f64::from(ppp * ppp);
            let what: String = format!("{:?}", shape.shape).chars().take(80).collect();
            (area / window, what)
        })
        .collect();
    let total: f64 = covered.iter().map(|(a, _)| a).sum();
    println!(
        "{} shapes cover {total:.2} windows (a full-window fill is 1.00)",
        shapes.len()
    );
    let primitives = harness.ctx.tessellate(shapes.clone(), ppp);
    let triangles: usize = primitives
        .iter()
        .map(|p| match &p.primitive {
            Primitive::Mesh(mesh) => mesh.indices.len() / 3,
            Primitive::Callback(_) => 0,
        })
        .sum();
    println!(
        "{} draw calls (clipped meshes), {triangles} triangles",
        primitives.len()
    );
    covered.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (area, what) in covered.iter().take(8) {
        println!("{area:6.3}  {what}");
    }
}

/// The pixels one shape's triangles cover inside its clip rectangle.
fn shape_area(ctx: &egui::Context, shape: &ClippedShape, ppp: f32) -> f64 {
    let mut area = 0.0;
    for primitive in ctx.tessellate(vec![shape.clone()], ppp) {
        let Primitive::Mesh(mesh) = &primitive.primitive else {
            continue;
        };
        let clip = primitive.clip_rect;
        for triangle in mesh.indices.chunks_exact(3) {
            let [a, b, c] = [0, 1, 2].map(|k| {
                let index = usize::try_from(triangle[k]).unwrap_or_default();
                clip.clamp(mesh.vertices[index].pos) * ppp
            });
            let cross = (b - a).x * (c - a).y - (b - a).y * (c - a).x;
            area += f64::from(cross.abs()) / 2.0;
        }
    }
    area
}
