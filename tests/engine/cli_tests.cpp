// The contract examples (tests/engine/examples, copied from the shared
// contract) through the real skillaid-cli binary: exit status and fields.
#include <sys/wait.h>

#include <boost/test/unit_test.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

using json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

struct Run {
    int status = -1;
    std::string out;
    json j() const { return json::parse(out); }
};

// Runs `skillaid-cli <args>` with SKILLAID_TODAY fixed, optional stdin text.
Run run_cli(const std::string& args, const std::string& input = "") {
    fs::path in = fs::temp_directory_path() / ("skillaid-cli-test-" + std::to_string(::getpid()) + ".in");
    std::ofstream(in, std::ios::binary) << input;
    std::string cmd = "SKILLAID_TODAY=2026-03-02 '" + std::string(SKILLAID_CLI) + "' " + args + " < '" + in.string() + "'";
    Run r;
    FILE* p = ::popen(cmd.c_str(), "r");
    BOOST_REQUIRE(p);
    char buf[4096];
    size_t got;
    while ((got = std::fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, got);
    int w = ::pclose(p);
    r.status = WIFEXITED(w) ? WEXITSTATUS(w) : -1;
    fs::remove(in);
    return r;
}

json example(const std::string& name) {
    std::ifstream f(std::string(SKILLAID_TEST_DATA_DIR) + "/examples/" + name);
    BOOST_REQUIRE(f);
    return json::parse(f);
}

void check_estimate_example(const std::string& name) {
    json ex = example(name);
    Run r = run_cli("estimate -", ex["scenario"].dump());
    BOOST_TEST(r.status == 0, name << ": " << r.out);
    json got = r.j();
    for (auto it = ex["expect"].begin(); it != ex["expect"].end(); ++it)
        BOOST_TEST(got[it.key()] == it.value(), name << ": " << it.key() << " = " << got[it.key()].dump());
}

}  // namespace

BOOST_AUTO_TEST_SUITE(cli_contract)

BOOST_AUTO_TEST_CASE(example_01_pre_job_class_b) { check_estimate_example("01-pre-job-class-b.json"); }
BOOST_AUTO_TEST_CASE(example_02_employment_skills_online) { check_estimate_example("02-employment-skills-online.json"); }
BOOST_AUTO_TEST_CASE(example_03_skill_upgrade_urgent) { check_estimate_example("03-skill-upgrade-urgent.json"); }
BOOST_AUTO_TEST_CASE(example_04_living_allowance_cap) { check_estimate_example("04-living-allowance-cap.json"); }
BOOST_AUTO_TEST_CASE(example_05_labour_preparation_too_short) {
    check_estimate_example("05-labour-preparation-too-short.json");
    Run r = run_cli("estimate -", example("05-labour-preparation-too-short.json")["scenario"].dump());
    BOOST_TEST(!r.j()["issues"].empty());
}
BOOST_AUTO_TEST_CASE(example_06_apprenticeship) { check_estimate_example("06-apprenticeship.json"); }

BOOST_AUTO_TEST_CASE(example_07_deadline_class_opening) {
    json ex = example("07-deadline-class-opening.json");
    Run r = run_cli("deadlines -", ex["deadlines"].dump());
    BOOST_TEST(r.status == 0, r.out);
    BOOST_TEST(r.j()["apply_by"] == ex["expect"]["apply_by"]);
}

BOOST_AUTO_TEST_CASE(reads_a_file_argument) {
    fs::path f = fs::temp_directory_path() / ("skillaid-cli-test-" + std::to_string(::getpid()) + ".json");
    std::ofstream(f) << example("06-apprenticeship.json")["scenario"].dump();
    Run r = run_cli("estimate '" + f.string() + "'");
    fs::remove(f);
    BOOST_TEST(r.status == 0);
    BOOST_TEST(r.j()["total"] == 8000);
}

BOOST_AUTO_TEST_CASE(unusable_input_exits_2_with_an_error_object) {
    struct Case { const char* input; const char* code; const char* path; };
    for (Case c : {Case{"{not json", "invalid_json", ""},
                   Case{R"({"scheme":"pre_job","occupation":"宇航员","hours":{"offline":8}})", "unknown_occupation", "/occupation"},
                   Case{R"({"scheme":"holiday"})", "unknown_scheme", "/scheme"},
                   Case{R"({"scheme":"pre_job","occupation":13,"hours":{"online":"8"}})", "invalid_type", "/hours/online"},
                   Case{R"({"scheme":"pre_job","occupation":13,"hours":{"offline":8},"attendance":2})", "out_of_range", "/attendance"},
                   Case{R"({"scheme":"pre_job","date":"2026-02-29"})", "invalid_date", "/date"}}) {
        Run r = run_cli("estimate -", c.input);
        BOOST_TEST(r.status == 2, c.input);
        json e = r.j()["error"];
        BOOST_TEST(e["code"] == c.code, c.input << " -> " << r.out);
        BOOST_TEST(e["path"] == c.path, c.input);
        BOOST_TEST(!e["message"].get<std::string>().empty());
    }
    Run d = run_cli("deadlines -", R"({"event":"party","date":"2026-03-16"})");
    BOOST_TEST(d.status == 2);
    BOOST_TEST(d.j()["error"]["path"] == "/event");
}

BOOST_AUTO_TEST_CASE(an_occupation_outside_the_catalog_exits_2_and_gives_the_route) {
    Run r = run_cli("estimate -", R"({"scheme":"pre_job","occupation":"宇航员","hours":{"offline":8}})");
    BOOST_TEST(r.status == 2);
    json e = r.j()["error"];
    BOOST_TEST(e["code"] == "unknown_occupation");
    const std::string m = e["message"].get<std::string>();
    BOOST_TEST(m.find("工种“宇航员”不在附件1目录中") == 0u, m);
    BOOST_TEST(m.find("参考同类工种补贴标准") != std::string::npos, m);
    BOOST_TEST(m.find("市人社局") != std::string::npos, m);
    BOOST_TEST(m.find("（二(三)）") != std::string::npos, m);
    // The approved trade at a comparable catalog trade's standard is estimated (exit 0).
    Run ok = run_cli("estimate -",
                     R"({"scheme":"pre_job","occupation":13,"approved_trade":"宇航员","hours":{"offline":8}})");
    BOOST_TEST(ok.status == 0, ok.out);
    BOOST_TEST(ok.j()["total"] == 80);
}

BOOST_AUTO_TEST_CASE(not_eligible_is_still_exit_0) {
    Run r = run_cli("estimate -", R"({"scheme":"poverty_training","hours":{"offline":7}})");
    BOOST_TEST(r.status == 0);
    BOOST_TEST(r.j()["eligible"] == false);
    BOOST_TEST(r.j()["total"] == 0);
}

BOOST_AUTO_TEST_CASE(date_defaults_to_skillaid_today) {
    Run r = run_cli("estimate -", R"({"scheme":"entrepreneurship"})");
    BOOST_TEST(r.j()["date"] == "2026-03-02");
}

BOOST_AUTO_TEST_CASE(catalog_lists_and_searches) {
    Run all = run_cli("catalog");
    BOOST_TEST(all.status == 0);
    BOOST_TEST(all.j().size() == 326u);
    Run some = run_cli("catalog 育婴");
    BOOST_TEST(some.j().size() == 1u);
    BOOST_TEST(some.j()[0]["number"] == 84);
    BOOST_TEST(some.j()[0]["class"] == "C");
    BOOST_TEST(run_cli("catalog 茶叶加主工").j()[0]["name"] == "茶叶加工工");
    BOOST_TEST(run_cli("catalog 没有这个工种").j().empty());
}

// A new year's schedule is one data file: with --calendar-dir the CLI uses it instead of the
// provisional year, without a rebuild.
BOOST_AUTO_TEST_CASE(calendar_dir_replaces_the_provisional_year) {
    const char* event = R"({"event":"class_opening","date":"2027-01-11"})";
    Run provisional = run_cli("deadlines -", event);
    BOOST_TEST(provisional.status == 0);
    BOOST_TEST(provisional.j()["apply_by"] == "2027-01-04");
    BOOST_TEST(provisional.j()["provisional"] == true);

    fs::path dir = fs::temp_directory_path() / ("skillaid-cli-calendar-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / "2027.json") << R"({"year": 2027, "source": "测试用 2027 年安排", "holidays": ["2027-01-01", "2027-01-04"], "makeup_workdays": []})";
    // Mon 01-11: 01-08 (1), 01-07 (2), 01-06 (3), 01-05 (4), [01-04 off], [01-01 off], 2026-12-31 (5).
    Run official = run_cli("--calendar-dir '" + dir.string() + "' deadlines -", event);
    BOOST_TEST(official.status == 0);
    BOOST_TEST(official.j()["apply_by"] == "2026-12-31");
    BOOST_TEST(official.j()["provisional"] == false);

    std::ofstream(dir / "2027.json") << R"({"year": 2027, "holidays": []})";
    Run bad = run_cli("--calendar-dir '" + dir.string() + "' deadlines -", event);
    BOOST_TEST(bad.status == 2);
    BOOST_TEST(bad.j()["error"]["code"] == "invalid_calendar");
    BOOST_TEST(bad.j()["error"]["message"].get<std::string>().find("2027.json") != std::string::npos);
    fs::remove_all(dir);
}

// Issue 16: numbers beyond a double and more trainees than kMaxTrainees give
// the structured error (exit 2), not a crash.
BOOST_AUTO_TEST_CASE(hostile_input_gives_the_structured_error) {
    const std::string digits(5000, '9');
    for (const std::string& body : {std::string("1e400"), std::string("-1e400"), std::string(R"({"count":1e309})"), digits,
                                    R"({"scheme":"pre_job","count":)" + digits + "}"}) {
        Run r = run_cli("estimate -", body);
        BOOST_TEST(r.status == 2, body.substr(0, 40) << ": " << r.out);
        BOOST_TEST(r.j()["error"]["code"] == "invalid_json");
    }
    std::string many = R"({"scheme":"pre_job","occupation":13,"hours":{"offline":100},"trainees":[{})";
    for (int i = 0; i < 10000; i++) many += ",{}";  // 10,001 > kMaxTrainees
    Run r = run_cli("estimate -", many + "]}");
    BOOST_TEST(r.status == 2);
    BOOST_TEST(r.j()["error"]["code"] == "too_many_trainees");
    BOOST_TEST(r.j()["error"]["path"] == "/trainees");
}

BOOST_AUTO_TEST_SUITE_END()
