#!/usr/bin/env bash
# Fuzzes load, model, validate and rendering for a bounded time (default 120 s):
#   scripts/fuzz.sh [SECONDS]
# Installs cargo-fuzz if absent. cargo-fuzz needs nightly features; on the
# stable toolchain RUSTC_BOOTSTRAP=1 enables them for this build only.
# A crash is saved under fuzz/artifacts/load_validate/: copy the file into
# tests/fuzz-regressions/ and `cargo test --release --test fuzz_regressions`
# replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-120}"
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz
corpus=fuzz/corpus/load_validate
mkdir -p "$corpus"
# Seed the corpus with every example file, each prefixed by the byte that
# selects where it is written: Ambito a (sorted), file i of the list in
# src/fuzzing.rs (12 files), as byte a*12+i.
files=(ambito comuni persone enti ufficio-di-piano organi piano atti/convenzione atti/regolamento relazioni/2025-1 ../_riferimenti/norme ../_riferimenti/fondi)
a=0
for dir in $(ls -d content/*/ | grep -v _riferimenti | LC_ALL=C sort); do
  i=0
  for f in "${files[@]}"; do
    if [ -f "$dir$f.yaml" ]; then
      { printf "\\x$(printf %02x $((a * 12 + i)))"; cat "$dir$f.yaml"; } > "$corpus/seed-$a-$i"
    fi
    i=$((i + 1))
  done
  a=$((a + 1))
done
RUSTC_BOOTSTRAP=1 cargo fuzz run load_validate "$corpus" -- \
  -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=65536
