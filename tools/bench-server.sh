#!/usr/bin/env bash
# Benchmark (not a test): POST /api/v1/submissions throughput and latency of
# skillaid-server with the SQLite store and with the PostgreSQL store, side by
# side, on 127.0.0.1. Each request is a new submission (fresh Idempotency-Key),
# so each is a durable commit (SQLite synchronous=FULL / PostgreSQL fsync on).
#   tools/bench-server.sh [REQUESTS] [CONNECTIONS] [SERVER_THREADS]   (defaults 2000 8 4)
# Uses build/native (BUILD_DIR to change it); PostgreSQL is a throwaway instance
# (tools/postgres-test.sh), stopped at the end.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
requests=${1:-2000}; connections=${2:-8}; threads=${3:-4}
build=${BUILD_DIR:-build/native}
server=$build/server/skillaid-server
[ -x "$server" ] || { echo "bench-server: $server missing; build the native preset first" >&2; exit 1; }

work=$(mktemp -d /tmp/skillaid-bench.XXXXXX)
pg_dir=$(mktemp -d /tmp/skillaid-pg.XXXXXX)  # its own folder: postgres must reach it
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  tools/postgres-test.sh stop "$pg_dir" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

loadgen=$work/bench-server-load
g++ -O2 -std=c++20 -o "$loadgen" tools/bench-server-load.cpp -pthread

pg=$(tools/postgres-test.sh start "$pg_dir")
runuser_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_port=$(cat "$pg_dir/port")
runuser_pg /usr/lib/postgresql/15/bin/psql -q -h "$pg_dir" -p "$pg_port" -U postgres -d postgres -c "CREATE DATABASE bench"

uscc=91220102MA0000011J
scenario='{"scheme":"pre_job","date":"2026-03-02","occupation":"计算机程序设计员","hours":{"offline":120},"count":30}'

# run_store NAME STORE_ARGS...: prints the load generator's JSON line
run_store() {
  local name=$1; shift
  "$server" admin "$@" create-org --uscc $uscc --name 压测企业 >/dev/null
  echo 'bench password 123456' | "$server" admin "$@" create-user --uscc $uscc --login bench --password-stdin >/dev/null
  "$server" --host 127.0.0.1 --port 0 --threads "$threads" --submission-rate 1000000 "$@" \
    >"$work/$name.out" 2>"$work/$name.log" &
  server_pid=$!
  local port=
  for _ in $(seq 100); do
    port=$(grep -o '"url":"http://127.0.0.1:[0-9]*' "$work/$name.log" 2>/dev/null | grep -o '[0-9]*$' || true)
    [ -n "$port" ] && break; sleep 0.1
  done
  [ -n "$port" ] || { cat "$work/$name.log" >&2; exit 1; }
  local token estimate
  token=$(curl -s -X POST "http://127.0.0.1:$port/api/v1/login" -d '{"login":"bench","password":"bench password 123456"}' |
          python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
  estimate=$(curl -s -X POST "http://127.0.0.1:$port/api/v1/estimate" -d "$scenario")
  python3 - "$scenario" "$estimate" >"$work/body.json" <<PY
import json, sys
print(json.dumps({"kind": "application", "business": "enterprise_training",
  "organisation": {"uscc": "$uscc", "name": "压测企业", "type": "enterprise", "ownership": "other", "district": "朝阳区"},
  "scenario": json.loads(sys.argv[1]), "client_estimate": json.loads(sys.argv[2]), "form": {"title": "岗前培训申请"}}))
PY
  "$loadgen" "$port" "$token" "$work/body.json" "$connections" "$requests"
  kill "$server_pid"; wait "$server_pid" || true; server_pid=
}

echo "skillaid-server: $requests new submissions, $connections connections, --threads $threads, 127.0.0.1"
sqlite=$(run_store sqlite --data-dir "$work/data")
postgres=$(run_store postgresql --database "$pg dbname=bench")
python3 - "$sqlite" "$postgres" <<'PY'
import json, sys
s, p = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(f"{'':16}{'SQLite':>12}{'PostgreSQL':>12}")
for key, label in [("per_second", "submissions/s"), ("p50_ms", "p50 ms"), ("p99_ms", "p99 ms"),
                   ("requests", "requests"), ("errors", "errors")]:
    print(f"{label:16}{s[key]:>12}{p[key]:>12}")
PY
