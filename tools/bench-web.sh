#!/usr/bin/env bash
# Prints the web byte budget and load times (issue 6) and the frame figures
# (issue 12, tools/bench-frames.mjs; alone: node tools/bench-frames.mjs): builds the production
# wasm preset (what users download), the test build (its hooks drive the
# 500-trainee submission) and the server, then runs tools/bench-web.mjs.
# Figures, not a test.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
tools/setup.sh >/dev/null
export NODE_PATH=/usr/share/nodejs
cmake --preset native >/dev/null && cmake --build --preset native --target skillaid-server >/dev/null
cmake --preset wasm >/dev/null && cmake --build --preset wasm >/dev/null
cmake --preset wasm-test >/dev/null && cmake --build --preset wasm-test >/dev/null
node tools/bench-web.mjs "$@"
