#!/usr/bin/env bash
# Writes FILE.br (brotli -q 11) and FILE.gz (zopfli: gzip format, ~3-5% smaller
# than gzip -9, for clients without brotli) beside every compressible file of a
# web dist folder, when missing or older than FILE.
set -euo pipefail
dir=$1
find "$dir" -type f \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' \
     -o -name '*.json' -o -name '*.ttf' -o -name '*.svg' -o -name '*.webmanifest' \) -print0 |
while IFS= read -r -d '' f; do
  [ "$f.br" -nt "$f" ] || brotli -q 11 -f -o "$f.br" "$f"
  [ "$f.gz" -nt "$f" ] || zopfli --i5 -c "$f" > "$f.gz"
done
