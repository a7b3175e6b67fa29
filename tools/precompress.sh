#!/usr/bin/env bash
# Writes FILE.br (brotli -q 11) and FILE.gz (gzip -9) beside every compressible
# file of a web dist folder, when missing or older than FILE.
set -euo pipefail
dir=$1
find "$dir" -type f \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' \
     -o -name '*.json' -o -name '*.ttf' -o -name '*.svg' -o -name '*.webmanifest' \) -print0 |
while IFS= read -r -d '' f; do
  [ "$f.br" -nt "$f" ] || brotli -q 11 -f -o "$f.br" "$f"
  [ "$f.gz" -nt "$f" ] || gzip -9 -n -c "$f" > "$f.gz"
done
