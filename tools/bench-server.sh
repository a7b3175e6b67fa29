#!/usr/bin/env bash
# Benchmark (not a test): POST /api/v1/submissions throughput and latency of
# skillaid-server with the SQLite store (one process) and with the PostgreSQL
# store (two processes on one database, the connections split between them),
# side by side, on 127.0.0.1. Each request is a new submission (fresh
# Idempotency-Key) of a complete 企业职工培训申请表 with 30 trainees, so each is
# checked (form, estimate) and durably committed: SQLite synchronous=FULL with
# group commit (several waiting submissions in one transaction, docs/server.md
# "Commit path"), PostgreSQL fsync on. The reference line is this machine's
# fsync rate: 1 KB written and fsynced in a loop for ~1 s in the data folder
# (what one durable commit after another could reach at most).
#   tools/bench-server.sh [REQUESTS] [CONNECTIONS] [SERVER_THREADS]   (defaults 3000 16 2: the server's default;
#   more io threads than cores only add context switches, ~4x as many with 8 on 2 cores)
# Uses build/native (BUILD_DIR to change it); PostgreSQL is a throwaway instance
# (tools/postgres-test.sh), stopped at the end. Figures depend on what else runs:
# the load average is printed with them.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
requests=${1:-3000}; connections=${2:-16}; threads=${3:-2}
build=${BUILD_DIR:-build/native}
server=$build/server/skillaid-server
[ -x "$server" ] || { echo "bench-server: $server missing; build the native preset first" >&2; exit 1; }

work=$(mktemp -d /tmp/skillaid-bench.XXXXXX)
pg_dir=$(mktemp -d /tmp/skillaid-pg.XXXXXX)  # its own folder: postgres must reach it
server_pids=()
stop_servers() {
  for pid in "${server_pids[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
  server_pids=()
}
cleanup() {
  stop_servers
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
# The scenario (argument: the credit code) or the whole submission (and the estimate's JSON).
body_py='
import json, sys
uscc, district, count = sys.argv[1], "朝阳区", 30
def resident_id(n):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    i = "22010219900101" + str(1000 + n % 1000)[1:]
    return i + "10X98765432"[sum(int(c) * k for c, k in zip(i, w)) % 11]
roster = [{"name": f"学员{i + 1}", "id": resident_id(i), "mobile": "", "attendance": 100, "certified": True}
          for i in range(count)]
form = {"company_name": "压测企业", "address": "长春市朝阳区测试路1号", "credit_code": uscc, "scheme": "pre_job",
        "level": "", "occupation": 13, "occupation_text": "计算机程序设计员", "mode": "offline",
        "institution": "长春市职业技能培训中心", "hours": {"offline": 120, "online": 0}, "place": "朝阳区培训基地",
        "bank": {"name": "工商银行长春支行", "account": "6222020200112233445"}, "platform": "",
        "category": "employee", "date_from": "2026-03-02", "date_to": "2026-03-31", "district": district,
        "ownership": "other", "roster": roster}
scenario = {"scheme": "pre_job", "date": "2026-03-02", "occupation": 13, "hours": {"offline": 120},
            "trainees": [{"id": p["id"], "attendance": 1.0, "certified": True} for p in roster]}
if len(sys.argv) == 2:
    print(json.dumps(scenario, ensure_ascii=False))
else:
    print(json.dumps({"kind": "application", "form_kind": "training_application", "format_version": 1,
        "business": "enterprise_training",
        "organisation": {"uscc": uscc, "name": "压测企业", "type": "enterprise", "ownership": "other",
                         "district": district},
        "scenario": scenario, "client_estimate": json.loads(sys.argv[2]), "form": form}, ensure_ascii=False))
'

# fsync_rate DIR: 1 KB written and fsynced per loop for ~1 s; prints the rate per second.
fsync_rate() {
  python3 - "$1/fsync-probe" <<'PY'
import os, sys, time
fd = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT, 0o600)
n, start = 0, time.monotonic()
while time.monotonic() - start < 1.0:
    os.pwrite(fd, b"x" * 1024, 0)
    os.fsync(fd)
    n += 1
print(round(n / (time.monotonic() - start)))
os.close(fd)
os.unlink(sys.argv[1])
PY
}

# start_server NAME STORE_ARGS...: a server process in the background; prints its port.
start_server() {
  local name=$1; shift
  "$server" --host 127.0.0.1 --port 0 --threads "$threads" --submission-rate 1000000 "$@" \
    >"$work/$name.out" 2>"$work/$name.log" &
  server_pids+=($!)
  local port=
  for _ in $(seq 100); do
    port=$(grep -o '"url":"http://127.0.0.1:[0-9]*' "$work/$name.log" 2>/dev/null | grep -o '[0-9]*$' || true)
    [ -n "$port" ] && break; sleep 0.1
  done
  [ -n "$port" ] || { cat "$work/$name.log" >&2; exit 1; }
  echo "$port"
}

# run_store NAME PROCESSES STORE_ARGS...: prints the load generator's JSON line
run_store() {
  local name=$1 processes=$2; shift 2
  "$server" admin "$@" create-org --uscc $uscc --name 压测企业 >/dev/null
  echo 'bench password 123456' | "$server" admin "$@" create-user --uscc $uscc --login bench --password-stdin >/dev/null
  local ports=() p
  for p in $(seq "$processes"); do
    # not in $(...): the server must be a child of this shell, for stop_servers
    start_server "$name-$p" "$@" >"$work/port" || exit 1
    ports+=("$(cat "$work/port")")
  done
  local port=${ports[0]} token scenario estimate
  token=$(curl -s -X POST "http://127.0.0.1:$port/api/v1/login" -d '{"login":"bench","password":"bench password 123456"}' |
          python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
  scenario=$(python3 -c "$body_py" $uscc)
  estimate=$(curl -s -X POST "http://127.0.0.1:$port/api/v1/estimate" -d "$scenario")
  python3 -c "$body_py" $uscc "$estimate" >"$work/body.json"
  "$loadgen" "$(IFS=,; echo "${ports[*]}")" "$token" "$work/body.json" "$connections" "$requests" || true  # errors are counted
  stop_servers
}

echo "skillaid-server: $requests new submissions, $connections connections, --threads $threads, 127.0.0.1"
mkdir -p "$work/data"
fsync_per_second=$(fsync_rate "$work/data")
sqlite=$(run_store sqlite 1 --data-dir "$work/data")
postgres=$(run_store postgresql 2 --database "$pg dbname=bench")
python3 - "$sqlite" "$postgres" "$fsync_per_second" "$(cut -d' ' -f1-3 /proc/loadavg)" <<'PY'
import json, sys
s, p = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(f"{'':16}{'SQLite':>12}{'PostgreSQL':>12}")
print(f"{'processes':16}{1:>12}{2:>12}")
for key, label in [("per_second", "submissions/s"), ("p50_ms", "p50 ms"), ("p99_ms", "p99 ms"),
                   ("requests", "requests"), ("errors", "errors")]:
    print(f"{label:16}{s[key]:>12}{p[key]:>12}")
print(f"reference: fsync of 1 KB in the data folder, one after another: {sys.argv[3]}/s")
print(f"load average (1, 5, 15 min) after the run: {sys.argv[4]}")
PY
