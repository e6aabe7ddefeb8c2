#!/usr/bin/env bash
# Runs every test. Installs what the tests need on a fresh machine first:
# - poppler-utils (pdftotext, pdffonts): the tests read the PDFs' text and fonts;
# - qpdf: an independent check of every PDF's structure;
# - pyHanko (PyPI), with its OpenType support for the stamp's embedded font:
#   signs every PDF twice (PAdES), fills the signature fields of an act in
#   turn, and validates the signatures;
# - lxml (PyPI): validates every act's AgID metadata against the XML Schema
#   of Allegato 5 (schemas/agid/);
# - yaml-language-server (npm; Node.js and npm needed), the language server of
#   VS Code's YAML extension, under target/editor/: tests/editor.rs opens
#   content files in it as an office's editor does.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing ${missing[*]} for the PDF tests"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if ! python3 -c "import pyhanko, pyhanko_certvalidator, uharfbuzz" >/dev/null 2>&1; then
  echo "installing pyHanko for the signing tests"
  python3 -m pip install -q --disable-pip-version-check "pyHanko[opentype]>=0.25" pyhanko-certvalidator
fi

if ! python3 -c "import lxml.etree" >/dev/null 2>&1; then
  echo "installing lxml for the AgID metadata tests"
  python3 -m pip install -q --disable-pip-version-check lxml
fi

if [ ! -x target/editor/node_modules/.bin/yaml-language-server ]; then
  echo "installing yaml-language-server for the editor test"
  npm install --prefix target/editor --no-audit --no-fund --silent yaml-language-server@2.0.0
fi

cargo fmt --all -- --check
cargo clippy --release --all-targets -- -D warnings
# Installed as a user would, for tests/install.rs (a project with no
# templates/ of its own); it shares target/ with the release build.
cargo install --path . --locked --quiet --root target/install --target-dir target
# Release, so that Typst runs at full speed and the build is shared with
# `cargo run --release`.
cargo test --release "$@"
