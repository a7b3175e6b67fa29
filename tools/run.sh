#!/usr/bin/env bash
# Builds everything and starts SkillAid: the server on http://127.0.0.1:8080/
# serving the web app, with its SQLite store under ./data.
# Extra arguments go to the server (e.g. --port 9090).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
tools/setup.sh
export NODE_PATH=/usr/share/nodejs
cmake --preset native >/dev/null
cmake --build --preset native
cmake --preset wasm >/dev/null
cmake --build --preset wasm
# --calendar-dir: a year file added to assets/calendar is served after a restart, without a rebuild.
exec build/native/server/skillaid-server --web-root build/wasm/dist --data-dir data --calendar-dir assets/calendar "$@"
