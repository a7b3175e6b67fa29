# shellcheck shell=bash
# Every third-party dependency of SkillAid, pinned in this one file.
# tools/setup.sh reads it; nothing else names a version.
#
# Debian packages come from the machine's release (Debian 12 "bookworm").
# The toolchain that decides the output (Emscripten) is checked against
# emsdk-version.txt; the others follow bookworm's security updates, because
# Debian removes superseded versions (chromium moves every few weeks).

DEBIAN_PACKAGES=(
  emscripten            # em++ 3.1.6: the wasm build (version checked: emsdk-version.txt)
  cmake ninja-build     # one CMake tree, two presets
  g++                   # native build
  libboost1.81-dev libboost-test1.81-dev   # Boost.Beast/Asio (server), Boost.Test
  nlohmann-json3-dev    # JSON, header only, used by engine, server and wasm
  libsqlite3-dev        # server store (native)
  zlib1g-dev            # gzip in the server
  libsodium-dev         # Argon2id password hashes (server accounts)
  libssl-dev            # SHA-256 of submission bodies and tokens (with the CPU's SHA instructions)
  libjemalloc-dev       # the server's allocator (docs/server.md "Benchmark": ~20% less CPU than glibc's here)
  libpq-dev postgresql  # the PostgreSQL store and the server running the API tests against it
  chromium              # browser tests (headless)
  fonts-wqy-microhei    # the Chinese UI font, subset at build time
  fonttools python3-brotli   # pyftsubset
  brotli zopfli         # precompressed assets (.br, .gz) / size reports
  node-terser           # minifies the web build's JavaScript (tools/minify-js.mjs)
  nodejs npm            # runs wasm tests and the browser-test runner (if the machine has none)
  curl ca-certificates xz-utils
)

# Dear ImGui from Debian's source package (testing/unstable), see docs/architecture.md.
IMGUI_VERSION=1.92.2b
# The path in the Debian archive; tools/setup.sh takes the archive's address from this machine's apt sources.
IMGUI_POOL_PATH=pool/main/i/imgui/imgui_1.92.2b+ds.orig.tar.xz
IMGUI_SHA256=e7bd201d56b5ee90d24d5dac85e5c12f98bdb95410252a62d27b7f89e4566d48

# SQLite amalgamation, as carried by the better-sqlite3 npm tarball.
SQLITE_NPM_PACKAGE=better-sqlite3@12.11.1
SQLITE_NPM_SHA256=ebf0ed75a7a59dbcb3b24bbd014ef49d9f15bc328e4adcbf516f2a8fadfa2835

# npm packages for the test runner and the data generators (installed into .deps/npm).
NPM_PACKAGES=(
  playwright-core@1.64.1
  lunar-javascript@1.7.7   # lunar and solar-term dates for provisional calendars (tools/gen-lunar-dates.mjs)
)
