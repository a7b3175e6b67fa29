#!/usr/bin/env bash
# Writes FILE.br (brotli -q 11) and FILE.gz (zopfli: gzip format, ~3-5% smaller
# than gzip -9, for clients without brotli) beside every compressible file of a
# web dist folder.
#
# Each copy carries FILE's exact modification time (touch -r) as its stamp and
# is remade whenever the times differ, in either direction (FILE rebuilt, or
# replaced by an older copy). Without the stamp brotli gives its output FILE's
# time cut to whole seconds, which looks older than FILE. A copy is written
# under a temporary name and renamed, so an interrupted run leaves no half file.
#
# A file with a content-hashed twin (NAME.HASH.EXT, tools/web-manifest.py) is
# what the app never asks for under its plain name: only the twin is compressed.
set -euo pipefail
dir=$1
stamped() { [ -f "$1" ] && ! [ "$1" -nt "$2" ] && ! [ "$1" -ot "$2" ]; }
find "$dir" -type f \( -name '*.html' -o -name '*.js' -o -name '*.wasm' -o -name '*.css' \
     -o -name '*.json' -o -name '*.ttf' -o -name '*.svg' -o -name '*.webmanifest' \) -print0 |
while IFS= read -r -d '' f; do
  case "$f" in *.*) stem=${f%.*} ext=${f##*.} ;; *) stem=$f ext= ;; esac
  if compgen -G "$stem.[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f].$ext" >/dev/null; then
    rm -f "$f.br" "$f.gz"
    continue
  fi
  if ! stamped "$f.br" "$f"; then
    brotli -q 11 -f -o "$f.br.tmp" "$f" && touch -r "$f" "$f.br.tmp" && mv -f "$f.br.tmp" "$f.br"
  fi
  if ! stamped "$f.gz" "$f"; then
    zopfli --i5 -c "$f" > "$f.gz.tmp" && touch -r "$f" "$f.gz.tmp" && mv -f "$f.gz.tmp" "$f.gz"
  fi
done
