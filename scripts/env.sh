# Sourced by the scripts: puts the project's tools first on PATH and sets what trunk needs.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# trunk rejects NO_COLOR=1 (it wants true or false); CI environments often set it.
if [ -n "${NO_COLOR:-}" ]; then export NO_COLOR=true; fi
