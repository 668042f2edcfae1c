//! An empty eframe window of briefboard's size that closes after its first frame: the baseline
//! for briefboard's time to first frame (see the README, "Measuring start-up").

/// The app that draws nothing and asks to close at once.
struct Empty;

impl eframe::App for Empty {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
    }
}

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default().with_inner_size([1280.0, 800.0]),
        ..Default::default()
    };
    eframe::run_native("empty-window", options, Box::new(|_| Ok(Box::new(Empty))))
}
