//! Entry point of the wasm binary: it only mounts the app.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(porte_voix::App);
}
