# Sourced by the scripts: puts the project's tools first on PATH (npm's wasm-opt, cargo's
# wasm-bindgen and wasm-split-cli).
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
