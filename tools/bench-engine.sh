#!/usr/bin/env bash
# Benchmark of the estimate engine: a 10,000-trainee claim (varied attendance
# and history), timed in-process by `skillaid-cli bench` natively and as wasm
# under node. Prints the mean ms per claim of each phase and the wasm/native
# ratio. Not a test. Phases (engine/cli/main.cpp):
#   estimate         the scenario JSON document read (parse_scenario) and
#                    estimated: the issue's "estimate a 10,000-trainee claim"
#   from text        the same from the JSON text (json::parse first)
#   + result JSON    the estimate, its result JSON and dump() (the CLI's output)
#   tools/bench-engine.sh [ITERATIONS]   (default 20)
# SKILLAID_BENCH_NATIVE_DIR / SKILLAID_BENCH_WASM_DIR: build dirs (default
# build/native, build/wasm); SKILLAID_BENCH_SCENARIO=FILE keeps the scenario there.
set -euo pipefail
cd "$(dirname "$0")/.."
iterations="${1:-20}"
native_dir="${SKILLAID_BENCH_NATIVE_DIR:-build/native}"
wasm_dir="${SKILLAID_BENCH_WASM_DIR:-build/wasm}"
export NODE_PATH=/usr/share/nodejs

[ -f "$native_dir/build.ninja" ] || cmake --preset native -B "$native_dir" >/dev/null
cmake --build "$native_dir" -j2 --target skillaid-cli >/dev/null
[ -f "$wasm_dir/build.ninja" ] || cmake --preset wasm -B "$wasm_dir" >/dev/null
cmake --build "$wasm_dir" -j2 --target skillaid-cli >/dev/null

if [ -n "${SKILLAID_BENCH_SCENARIO:-}" ]; then
  scenario="$SKILLAID_BENCH_SCENARIO"
else
  scenario="$(mktemp --suffix=.json)"
  trap 'rm -f "$scenario"' EXIT
fi
python3 - "$scenario" <<'PY'
import json, random, sys
random.seed(12)
schemes = ["pre_job", "employment_skills", "skill_upgrade", "job_drill"]
trainees = []
for i in range(10000):
    t = {"id": "2201021990%08d" % i, "attendance": round(random.uniform(0.6, 1.0), 4)}
    h = []
    for _ in range(random.randint(0, 3)):
        h.append({"date": "%d-%02d-%02d" % (random.choice([2025, 2026]), random.randint(1, 12), random.randint(1, 28)),
                  "scheme": random.choice(schemes), "occupation": random.randint(1, 326)})
    if h: t["history"] = h
    if i % 97 == 0: t["certified"] = False
    trainees.append(t)
json.dump({"scheme": "pre_job", "date": "2026-03-02", "occupation": "计算机程序设计员",
           "hours": {"offline": 100, "online": 40}, "trainees": trainees}, open(sys.argv[1], "w"), ensure_ascii=False)
PY

native_json="$(SKILLAID_TODAY=2026-03-02 "$native_dir/engine/skillaid-cli" bench "$scenario" "$iterations")"
wasm_json="$(SKILLAID_TODAY=2026-03-02 node --no-experimental-fetch "$wasm_dir/engine/skillaid-cli.js" bench "$scenario" "$iterations")"
python3 - "$native_json" "$wasm_json" <<'PY'
import json, sys
n, w = json.loads(sys.argv[1]), json.loads(sys.argv[2])
assert n["total_fen"] == w["total_fen"], "native and wasm totals differ"
print(f"10,000-trainee estimate, {n['iterations']} iterations, total {n['total_fen'] / 100:.2f} 元, output {n['output_bytes']} bytes")
print(f"{'':28}{'native':>10}{'wasm':>10}{'ratio':>8}")
for key, label in (("estimate_ms", "estimate (ms)"), ("from_text_ms", "from text (ms)"),
                   ("estimate_json_dump_ms", "+ result JSON + dump (ms)")):
    print(f"{label:28}{n[key]:10.2f}{w[key]:10.2f}{w[key] / n[key]:8.2f}")
PY
