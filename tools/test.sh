#!/usr/bin/env bash
# Builds everything and runs every test:
#   1. native: Boost.Test suites under ctest (engine, CLI contract, server; the
#      server API suites also against a throwaway PostgreSQL, tools/postgres-test.sh)
#   2. wasm: programs compiled with Emscripten, run under node (engine checks,
#      byte-identical native/wasm CLI output)
#   3. browser: the real page in headless Chromium (tests/web), on the test-hooks
#      app (build/wasm-test/dist) and on the production app built beside it from
#      the same objects (build/wasm-test/dist-prod; ui/CMakeLists.txt)
# Ends with one line "tests: N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
tools/setup.sh || exit 1
export NODE_PATH=/usr/share/nodejs
log_dir=$top/tests/artifacts
mkdir -p "$log_dir"

step() { printf '\n=== %s\n' "$*"; }
build() {
  step "build $1"
  cmake --preset "$1" >/dev/null && cmake --build --preset "$1" || { echo "build $1 failed"; exit 1; }
}
build native
# Both web apps: with test hooks (dist) and the production app (dist-prod, what
# the README's run command serves from build/wasm/dist, built here from the same
# engine, ImGui and SQLite objects), plus the wasm engine tests.
build wasm-test

# A throwaway PostgreSQL (tools/postgres-test.sh) for server_tests_postgres,
# stopped on exit whatever happens; without it that test fails, not skips.
pg_dir=$(mktemp -d /tmp/skillaid-pg.XXXXXX)
trap 'tools/postgres-test.sh stop "$pg_dir"' EXIT
step "start PostgreSQL for the server tests"
if SKILLAID_TEST_PG=$(tools/postgres-test.sh start "$pg_dir"); then
  export SKILLAID_TEST_PG; echo "$SKILLAID_TEST_PG"
else
  echo "PostgreSQL did not start: server_tests_postgres will fail"
fi
export SKILLAID_TEST_PG_REQUIRED=1

passed=0 failed=0 stages_failed=()
# ctest: "N% tests passed, F tests failed out of T"
run_ctest() {
  step "ctest $1"
  ctest --preset "$1" -j2 2>&1 | tee "$log_dir/ctest-$1.log"
  local rc=${PIPESTATUS[0]}
  local line; line=$(grep -E 'tests passed, [0-9]+ tests? failed out of [0-9]+' "$log_dir/ctest-$1.log" | tail -1)
  local f t; f=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$line"); t=$(sed -E 's/.*out of ([0-9]+).*/\1/' <<<"$line")
  if [ -z "$line" ]; then f=1; t=1; fi
  passed=$((passed + t - f)); failed=$((failed + f))
  [ "$rc" = 0 ] || stages_failed+=("ctest $1")
}
run_ctest native
run_ctest wasm-test

step "browser tests (headless Chromium)"
node --test --test-concurrency=1 --test-reporter=spec tests/web/ 2>&1 | tee "$log_dir/web.log"
rc=${PIPESTATUS[0]}
p=$(grep -E '^ℹ pass [0-9]+' "$log_dir/web.log" | awk '{print $3}'); f=$(grep -E '^ℹ fail [0-9]+' "$log_dir/web.log" | awk '{print $3}')
passed=$((passed + ${p:-0})); failed=$((failed + ${f:-1}))
[ "$rc" = 0 ] || stages_failed+=("browser tests")

echo
[ ${#stages_failed[@]} = 0 ] || echo "failed stages: ${stages_failed[*]}"
echo "tests: $passed passed, $failed failed"
[ ${#stages_failed[@]} = 0 ] && [ "$failed" = 0 ]
