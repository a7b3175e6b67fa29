// /api/v1/calendar and --calendar-dir: the server serves the official years it
// has, a year file added to the folder replaces the provisional year in its
// answers, and a bad file stops the start with a message naming it.
#include "tests/server/harness.h"

#include <boost/test/unit_test.hpp>

using namespace skillaid::test;
using boost::beast::http::verb;
using nlohmann::json;

static const Headers kJson = {{"Content-Type", "application/json"}};

// A made-up 2027 schedule: 01-01..01-05 off, Sunday 01-10 worked.
static const char* kYear2027 =
    R"({"year": 2027, "source": "测试用 2027 年安排", "holidays": ["2027-01-01", "2027-01-02", "2027-01-03", "2027-01-04", "2027-01-05"], "makeup_workdays": ["2027-01-10"]})";

static json class_opening(unsigned short port, const char* date) {
    const Response r = http_request(port, verb::post, "/api/v1/deadlines", kJson,
                                    json{{"event", "class_opening"}, {"date", date}}.dump());
    BOOST_TEST(r.status == 200u);
    return r.json();
}

static std::vector<int> listed_years(unsigned short port) {
    const Response r = http_request(port, verb::get, "/api/v1/calendar");
    BOOST_TEST(r.status == 200u);
    BOOST_TEST(r.header("cache-control") == "no-store");
    const json index = r.json();
    std::vector<int> years;
    for (const json& y : index["years"]) years.push_back(y["year"].get<int>());
    return years;
}

BOOST_AUTO_TEST_SUITE(calendar)

BOOST_AUTO_TEST_CASE(embedded_years_listed_and_2027_provisional) {
    RunningServer server;
    BOOST_TEST(listed_years(server.port) == (std::vector<int>{2020, 2021, 2022, 2023, 2024, 2025, 2026}));
    const json index = http_request(server.port, verb::get, "/api/v1/calendar").json();
    BOOST_TEST(index["first_year"] == 2020);
    BOOST_TEST(index["last_year"] == 2100);
    BOOST_TEST(index["years"][6]["source"] == "国务院办公厅关于2026年部分节假日安排的通知");
    BOOST_TEST(index["years"][6]["digest"].get<std::string>().size() == 16u);

    const Response year = http_request(server.port, verb::get, "/api/v1/calendar/2026");
    BOOST_TEST(year.status == 200u);
    BOOST_TEST(year.json()["year"] == 2026);
    const Response missing = http_request(server.port, verb::get, "/api/v1/calendar/2027");
    BOOST_TEST(missing.status == 404u);
    BOOST_TEST(missing.json()["error"]["code"] == "calendar_year_not_found");
    BOOST_TEST(http_request(server.port, verb::get, "/api/v1/calendar/20x6").status == 404u);
    BOOST_TEST(http_request(server.port, verb::get, "/api/v1/calendar/../2026").status == 404u);
    BOOST_TEST(http_request(server.port, verb::post, "/api/v1/calendar", kJson, "{}").status == 405u);

    const json out = class_opening(server.port, "2027-01-11");
    BOOST_TEST(out["apply_by"] == "2027-01-04");
    BOOST_TEST(out["provisional"] == true);
    BOOST_TEST(out["warning"].get<std::string>().find("2027 年") == 0u);
}

BOOST_AUTO_TEST_CASE(a_year_file_in_the_calendar_dir_replaces_the_provisional_year) {
    TempDir calendar;
    write_file(calendar.path() / "2027.json", kYear2027);
    write_file(calendar.path() / "README.txt", "not a year file: ignored");
    RunningServer server({"--calendar-dir", calendar.path().string()});
    const std::vector<int> years = listed_years(server.port);
    BOOST_TEST((!years.empty() && years.back() == 2027));
    // Served byte for byte, so the listed digest is the digest of what a client gets.
    const Response year = http_request(server.port, verb::get, "/api/v1/calendar/2027");
    BOOST_TEST(year.status == 200u);
    BOOST_TEST(year.body == kYear2027);
    // Mon 01-11: 01-10 Sun worked (1), 01-08 (2), 01-07 (3), 01-06 (4), [01-05..01-01], 2026-12-31 (5).
    const json out = class_opening(server.port, "2027-01-11");
    BOOST_TEST(out["apply_by"] == "2026-12-31");
    BOOST_TEST(out["provisional"] == false);
    BOOST_TEST(!out.contains("warning"));
}

BOOST_AUTO_TEST_CASE(a_bad_year_file_stops_the_start) {
    TempDir calendar, data;
    write_file(calendar.path() / "2027.json", R"({"year": 2027, "source": "x", "holidays": ["2027-13-01"], "makeup_workdays": []})");
    ServerProcess bad({"--port", "0", "--data-dir", data.path().string(), "--calendar-dir", calendar.path().string()}, data.path());
    BOOST_TEST(bad.wait_exit() == 2);
    BOOST_TEST(bad.err().find("2027.json") != std::string::npos);
    BOOST_TEST(bad.err().find("日历文件有误") != std::string::npos);

    write_file(calendar.path() / "2027.json", R"({"year": 2028, "source": "x", "holidays": [], "makeup_workdays": []})");
    ServerProcess misnamed({"--port", "0", "--data-dir", data.path().string(), "--calendar-dir", calendar.path().string()}, data.path());
    BOOST_TEST(misnamed.wait_exit() == 2);
    BOOST_TEST(misnamed.err().find("文件名") != std::string::npos);

    ServerProcess no_dir({"--port", "0", "--data-dir", data.path().string(), "--calendar-dir", (calendar.path() / "none").string()}, data.path());
    BOOST_TEST(no_dir.wait_exit() == 2);
}

BOOST_AUTO_TEST_SUITE_END()
