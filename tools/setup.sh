#!/usr/bin/env bash
# Installs what SkillAid needs on Debian 12 and fetches the pinned third-party
# sources into .deps/ (ignored by git). Idempotent: when nothing is missing it
# only checks, which takes about a second. Both README commands call it.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
# shellcheck source=tools/pins.sh
source tools/pins.sh
deps=$top/.deps
mkdir -p "$deps/downloads"

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# 1. Debian packages: install only those missing.
missing=()
for pkg in "${DEBIAN_PACKAGES[@]}"; do
  case $pkg in
    nodejs|npm) command -v node >/dev/null && command -v npm >/dev/null && continue ;;
  esac
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  as_root apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null \
    || die "apt-get install failed for: ${missing[*]}"
fi

# 2. The Emscripten version must be the pinned one.
export NODE_PATH=/usr/share/nodejs
want_em=$(tr -d '[:space:]' < emsdk-version.txt)
have_em=$(emcc --version | head -1 | sed -n 's/.*) \([0-9][0-9.]*\).*/\1/p')
[ "$have_em" = "$want_em" ] || die "emcc is $have_em but emsdk-version.txt pins $want_em"

# fetch URL FILE SHA256: download once into .deps/downloads, verify.
fetch() {
  local url=$1 file=$deps/downloads/$2 sum=$3
  if [ ! -f "$file" ] || ! echo "$sum  $file" | sha256sum -c --status; then
    say "fetching $url"
    curl -fsSL --retry 3 -o "$file.part" "$url" \
      || die "cannot fetch $url (the pinned version may have left the archive: update tools/pins.sh)"
    mv "$file.part" "$file"
  fi
  echo "$sum  $file" | sha256sum -c --status \
    || die "sha256 of $file does not match tools/pins.sh ($sum): refusing to use it"
}

# The Debian archive this machine's apt uses (deb822 .sources or one-line .list
# entries): the first URI whose path ends in /debian (not -security, not others).
debian_archive() {
  { grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | sed 's/^URIs:[[:space:]]*//' | tr ' ' '\n'
    grep -hs '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
      | awk '{ for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; break } }'
  } | sed 's:/*$::' | grep -E '/debian$' | head -1
}

# 3. Dear ImGui.
imgui_dir=$deps/imgui-$IMGUI_VERSION
if [ ! -f "$imgui_dir/.ok" ]; then
  archive=$(debian_archive || true)
  [ -n "$archive" ] || die "no Debian archive in the apt sources (/etc/apt/sources.list*): cannot fetch Dear ImGui"
  fetch "$archive/$IMGUI_POOL_PATH" "$(basename "$IMGUI_POOL_PATH")" "$IMGUI_SHA256"
  rm -rf "$imgui_dir" && mkdir -p "$imgui_dir"
  tar -xJf "$deps/downloads/$(basename "$IMGUI_POOL_PATH")" -C "$imgui_dir" --strip-components=1
  touch "$imgui_dir/.ok"
fi
ln -sfn "imgui-$IMGUI_VERSION" "$deps/imgui"

# 4. SQLite amalgamation from the better-sqlite3 npm tarball.
sqlite_dir=$deps/sqlite
sqlite_tgz=$(echo "$SQLITE_NPM_PACKAGE" | sed 's/@/-/').tgz
if [ ! -f "$sqlite_dir/.ok" ] || [ "$(cat "$sqlite_dir/.ok")" != "$SQLITE_NPM_SHA256" ]; then
  if [ ! -f "$deps/downloads/$sqlite_tgz" ]; then
    say "fetching $SQLITE_NPM_PACKAGE from the npm registry"
    (cd "$deps/downloads" && npm pack --silent "$SQLITE_NPM_PACKAGE" >/dev/null) \
      || die "cannot fetch $SQLITE_NPM_PACKAGE from the npm registry"
  fi
  echo "$SQLITE_NPM_SHA256  $deps/downloads/$sqlite_tgz" | sha256sum -c --status \
    || die "sha256 of $sqlite_tgz does not match tools/pins.sh"
  rm -rf "$sqlite_dir" && mkdir -p "$sqlite_dir"
  tar -xzf "$deps/downloads/$sqlite_tgz" -C "$sqlite_dir" --strip-components=3 \
    package/deps/sqlite3/sqlite3.c package/deps/sqlite3/sqlite3.h
  echo "$SQLITE_NPM_SHA256" > "$sqlite_dir/.ok"
fi

# 5. Headers for the wasm build: only nlohmann, never the host's /usr/include.
mkdir -p "$deps/wasm-include"
if [ ! -d "$deps/wasm-include/nlohmann" ]; then
  cp -r /usr/include/nlohmann "$deps/wasm-include/"
fi

# 6. npm packages for the test runner.
npm_dir=$deps/npm
want_npm="${NPM_PACKAGES[*]}"
if [ "$(cat "$npm_dir/.ok" 2>/dev/null)" != "$want_npm" ]; then
  say "installing npm packages: $want_npm"
  mkdir -p "$npm_dir"
  [ -f "$npm_dir/package.json" ] || echo '{"private": true}' > "$npm_dir/package.json"
  (cd "$npm_dir" && npm install --silent --no-audit --no-fund --save-exact "${NPM_PACKAGES[@]}") \
    || die "npm install failed for: $want_npm"
  echo "$want_npm" > "$npm_dir/.ok"
fi
say "ready (emcc $have_em, imgui $IMGUI_VERSION, $SQLITE_NPM_PACKAGE)"
