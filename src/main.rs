//! Entry point of the wasm binary: it installs the crash screen and mounts the app.

fn main() {
    porte_voix::recovery::install();
    leptos::mount::mount_to_body(porte_voix::App);
}
