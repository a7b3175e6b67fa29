// skillaid-cli: the engine's command-line contract (docs/engine.md).
//   skillaid-cli estimate  [FILE|-]   one scenario -> one result
//   skillaid-cli deadlines [FILE|-]   one event    -> its dated deadlines
//   skillaid-cli catalog   [QUERY]    occupations whose name contains QUERY
//   skillaid-cli bench     [FILE|-] [N]  time N estimates of one scenario (benchmark)
// Before the command, `--calendar-dir DIR` adds the official year files of DIR
// (YYYY.json, e.g. next year's schedule) to the embedded ones.
// JSON on stdout; exit 0 when the engine answered, 2 for unusable input
// ({"error": {...}}), 1 for usage errors. SKILLAID_TODAY=YYYY-MM-DD overrides today.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>

#include "engine/calendar.h"
#include "engine/calendar_dir.h"
#include "engine/catalog.h"
#include "engine/errors.h"
#include "engine/estimate.h"

namespace {

using json = nlohmann::json;

int print(const json& j, int status) {
    std::string out = j.dump(2, ' ', false, json::error_handler_t::strict);
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fputc('\n', stdout);
    return status;
}

int fail(const skillaid::InputError& e) {
    return print({{"error", {{"code", e.code}, {"message", e.message}, {"path", e.path}}}}, 2);
}

std::string read_input(const char* arg) {
    if (!arg || std::string(arg) == "-") {
        return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    }
    std::ifstream in(arg, std::ios::binary);
    if (!in) throw skillaid::InputError("unreadable_file", std::string("无法读取文件“") + arg + "”", "");
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

json parse_input(const char* arg) {
    std::string text = read_input(arg);
    json j = json::parse(text, nullptr, false);
    if (j.is_discarded()) throw skillaid::InputError("invalid_json", "输入不是合法的 JSON", "");
    return j;
}

skillaid::Date today() {
    if (const char* env = std::getenv("SKILLAID_TODAY")) return skillaid::parse_date(env, "SKILLAID_TODAY");
    std::time_t now = std::time(nullptr);
    std::tm local{};
#if defined(_WIN32)
    localtime_s(&local, &now);
#else
    localtime_r(&now, &local);
#endif
    return skillaid::Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

// The benchmark's phases, one call = one claim (named functions, so that
// `valgrind --tool=callgrind --toggle-collect='*bench_estimate*'` can count one phase).
// bench_estimate: the "estimate a claim": the scenario JSON document read
// (parse_scenario) and estimated, the result freed; no output.
[[gnu::noinline]] long long bench_estimate(const json& scenario, const skillaid::Date& d) {
    return skillaid::estimate(skillaid::parse_scenario(scenario, d)).total_fen;
}
// bench_from_text: the same from the request's text (JSON parsed first), as the CLI and server do.
[[gnu::noinline]] long long bench_from_text(const std::string& text, const skillaid::Date& d) {
    return skillaid::estimate(skillaid::parse_scenario(json::parse(text), d)).total_fen;
}
// bench_output: the estimate and its result JSON, printed compactly (dump): bytes out.
[[gnu::noinline]] size_t bench_output(const json& scenario, const skillaid::Date& d) {
    return skillaid::estimate_json(scenario, d).dump().size();
}

int bench(const char* file, long iterations) {
    std::string text = read_input(file);
    json scenario = json::parse(text, nullptr, false);
    if (scenario.is_discarded()) throw skillaid::InputError("invalid_json", "输入不是合法的 JSON", "");
    skillaid::Date d = today();
    using clock = std::chrono::steady_clock;
    auto ms = [&](clock::time_point a, clock::time_point b) {
        return std::chrono::duration<double, std::milli>(b - a).count() / double(iterations);
    };
    bench_estimate(scenario, d);  // warm-up: the embedded policy and catalog are loaded once per process
    auto t0 = clock::now();
    long long total = 0;
    for (long i = 0; i < iterations; i++) total += bench_estimate(scenario, d);
    auto t1 = clock::now();
    for (long i = 0; i < iterations; i++) bench_from_text(text, d);
    auto t2 = clock::now();
    size_t bytes = 0;
    for (long i = 0; i < iterations; i++) bytes += bench_output(scenario, d);
    auto t3 = clock::now();
    return print({{"iterations", iterations},
                  {"trainees", scenario.contains("trainees") ? scenario["trainees"].size() : 1},
                  {"estimate_ms", ms(t0, t1)},
                  {"from_text_ms", ms(t1, t2)},
                  {"estimate_json_dump_ms", ms(t2, t3)},
                  {"total_fen", total / iterations},
                  {"output_bytes", bytes / static_cast<size_t>(iterations)}},
                 0);
}

int usage() {
    std::fputs("用法: skillaid-cli [--calendar-dir DIR] estimate [FILE|-] | deadlines [FILE|-] | catalog [QUERY] | bench [FILE|-] [N]\n", stderr);
    return 1;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc >= 3 && std::string(argv[1]) == "--calendar-dir") {
        try {
            skillaid::install_calendar_dir(argv[2]);
        } catch (const std::runtime_error& e) {
            return print({{"error", {{"code", "invalid_calendar"}, {"message", e.what()}, {"path", ""}}}}, 2);
        }
        argv[2] = argv[0];
        argv += 2;
        argc -= 2;
    }
    if (argc < 2 || argc > 4) return usage();
    std::string command = argv[1];
    const char* arg = argc > 2 ? argv[2] : nullptr;
    try {
        if (command == "estimate" && argc <= 3) return print(skillaid::estimate_json(parse_input(arg), today()), 0);
        if (command == "deadlines" && argc <= 3) return print(skillaid::deadlines_for_event(parse_input(arg)), 0);
        if (command == "catalog" && argc <= 3) {
            json out = json::array();
            for (const auto* o : skillaid::search_occupations(arg ? arg : "")) out.push_back(skillaid::occupation_json(*o));
            return print(out, 0);
        }
        if (command == "bench") return bench(arg, argc > 3 ? std::atol(argv[3]) : 20);
        return usage();
    } catch (const skillaid::InputError& e) {
        return fail(e);
    }
}
