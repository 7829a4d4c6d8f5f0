#!/usr/bin/env bash
# Measures what the UI message catalogue costs in the release wasm, for the two options issue 2
# allowed: leptos_i18n, or our typed catalogue (a struct of &'static str per language, see
# src/i18n.rs). It builds two otherwise identical minimal Leptos apps, each showing the same
# N messages (one of them interpolated) with a language switch, with the release profile of
# Cargo.toml and wasm-opt -Oz, and prints raw, gzip and brotli sizes of each wasm.
#
#   bench/i18n-size.sh [N]    (default 60 messages; takes a few minutes, builds in /tmp)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
n=${1:-60}
work=$(mktemp -d /tmp/porte-voix-i18n-size.XXXX)
leptos_version=$(awk '/^name = "leptos"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

profile='[profile.release]
opt-level = "z"
lto = true
codegen-units = 1
panic = "abort"'

# ---- variant A: typed catalogue ----
mkdir -p "$work/typed/src"
cat > "$work/typed/Cargo.toml" <<EOF
[package]
name = "typed"
version = "0.1.0"
edition = "2021"
[dependencies]
leptos = { version = "=$leptos_version", features = ["csr"] }
wasm-bindgen = "=$bindgen_version"
$profile
EOF
{
  echo 'use leptos::prelude::*;'
  echo 'pub struct Messages {'
  for i in $(seq 0 $((n - 1))); do echo "    pub k$i: &'static str,"; done
  echo '    pub count: fn(usize) -> String,'
  echo '}'
  for lang in EN FR; do
    echo "pub static $lang: Messages = Messages {"
    for i in $(seq 0 $((n - 1))); do echo "    k$i: \"$lang message number $i, a sentence of ordinary length for a form label\","; done
    echo "    count: |c| format!(\"$lang clicked {c} times\"),"
    echo '};'
  done
  echo 'fn main() {'
  echo '    leptos::mount::mount_to_body(|| {'
  echo '        let fr = RwSignal::new(false);'
  echo '        let t = move || if fr.get() { &FR } else { &EN };'
  echo '        view! {'
  echo '            <button on:click=move |_| fr.update(|f| *f = !*f)>{move || (t().count)(3)}</button>'
  for i in $(seq 0 $((n - 1))); do echo "            <p>{move || t().k$i}</p>"; done
  echo '        }'
  echo '    })'
  echo '}'
} > "$work/typed/src/main.rs"

# ---- variant B: leptos_i18n ----
mkdir -p "$work/li18n/src" "$work/li18n/locales"
cat > "$work/li18n/Cargo.toml" <<EOF
[package]
name = "li18n"
version = "0.1.0"
edition = "2021"
[package.metadata.leptos-i18n]
default = "en"
locales = ["en", "fr"]
[dependencies]
leptos = { version = "=$leptos_version", features = ["csr"] }
leptos_i18n = { version = "0.6", default-features = false, features = ["csr"] }
wasm-bindgen = "=$bindgen_version"
$profile
EOF
for lang in en fr; do
  {
    echo '{'
    for i in $(seq 0 $((n - 1))); do echo "  \"k$i\": \"$lang message number $i, a sentence of ordinary length for a form label\","; done
    echo "  \"count\": \"$lang clicked {{ count }} times\""
    echo '}'
  } > "$work/li18n/locales/$lang.json"
done
{
  echo 'leptos_i18n::load_locales!();'
  echo 'use i18n::*;'
  echo 'use leptos::prelude::*;'
  echo '#[component]'
  echo 'fn Body() -> impl IntoView {'
  echo '    let i18n = use_i18n();'
  echo '    let switch = move |_| {'
  echo '        let next = if i18n.get_locale() == Locale::en { Locale::fr } else { Locale::en };'
  echo '        i18n.set_locale(next);'
  echo '    };'
  echo '    view! {'
  echo '        <button on:click=switch>{t!(i18n, count, count = || 3)}</button>'
  for i in $(seq 0 $((n - 1))); do echo "        <p>{t!(i18n, k$i)}</p>"; done
  echo '    }'
  echo '}'
  echo 'fn main() {'
  echo '    leptos::mount::mount_to_body(|| view! { <I18nContextProvider><Body /></I18nContextProvider> })'
  echo '}'
} > "$work/li18n/src/main.rs"

report() {
  local name=$1 dir=$2
  (cd "$dir" && cargo build --quiet --release --target wasm32-unknown-unknown)
  local wasm="$dir/target/wasm32-unknown-unknown/release/$name.wasm"
  wasm-bindgen --target web --out-dir "$dir/out" "$wasm"
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types "$dir/out/${name}_bg.wasm" -o "$dir/out/opt.wasm"
  node -e '
    const fs = require("fs"), z = require("zlib");
    const d = fs.readFileSync(process.argv[1]);
    const br = z.brotliCompressSync(d, { params: { [z.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    const kib = (n) => (n / 1024).toFixed(1) + " KiB";
    console.log(process.argv[2].padEnd(22), "raw", kib(d.length).padStart(10), " gzip", kib(z.gzipSync(d, { level: 9 }).length).padStart(10), " brotli", kib(br).padStart(10));
  ' "$dir/out/opt.wasm" "$3"
}

echo "Building two minimal apps with $n messages in $work (a few minutes)…"
report typed "$work/typed" "typed catalogue"
report li18n "$work/li18n" "leptos_i18n 0.6"
