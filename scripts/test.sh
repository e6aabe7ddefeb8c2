#!/usr/bin/env bash
# Runs every test. Installs what the tests need on a fresh machine first:
# pdftotext (poppler-utils), which the integration tests use to read the PDFs.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v pdftotext >/dev/null 2>&1; then
  echo "installing poppler-utils (pdftotext) for the PDF text tests"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq poppler-utils >/dev/null
fi

cargo fmt --all -- --check
cargo clippy --release --all-targets -- -D warnings
# Release, so that Typst runs at full speed and the build is shared with
# `cargo run --release`.
cargo test --release "$@"
