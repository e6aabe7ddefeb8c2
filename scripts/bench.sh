#!/usr/bin/env bash
# Measures ambito against the other ways of making the same documents, in one
# run on one generated set, and writes docs/performance.md (see bench/bench.py).
#
#   scripts/bench.sh                          # 600 Ambiti; every way timed on the first 100, 5 times
#   scripts/bench.sh --peers-ambiti 600 --reps 1
#
# Installs what it compares against when absent: typst-cli 0.15 (cargo
# install: about 12 minutes the first time) and, from PyPI, typst 0.15,
# Jinja2 and PyYAML.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v typst >/dev/null || ! typst --version | grep -q '^typst 0\.15\.'; then
    cargo install typst-cli --version '~0.15.1' --locked
fi
if ! python3 -c 'import typst, jinja2, yaml, sys; sys.exit(not typst.__version__.startswith("0.15"))' 2>/dev/null; then
    python3 -m pip install --quiet 'typst==0.15.*' jinja2 pyyaml
fi
cargo build --release --bins --examples
exec python3 bench/bench.py "$@"
