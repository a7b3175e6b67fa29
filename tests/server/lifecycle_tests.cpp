// The process: options, port in use, the start log, graceful stop, the store.
#include "tests/server/harness.h"

#include <boost/test/unit_test.hpp>

#include <sqlite3.h>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>

#include <csignal>
#include <thread>
#include <sstream>

using namespace skillaid::test;
using boost::beast::http::verb;
namespace fs = std::filesystem;

// The first column of the first row of `sql` in the database at `file`.
static std::string query(const fs::path& file, const char* sql) {
    sqlite3* db = nullptr;
    std::string value;
    if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW &&
            sqlite3_column_text(stmt, 0))
            value = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return value;
}

BOOST_AUTO_TEST_SUITE(lifecycle)

BOOST_AUTO_TEST_CASE(start_logs_listening_as_json_and_a_human_line) {
    RunningServer server;
    const std::string url = "http://127.0.0.1:" + std::to_string(server.port) + "/";
    BOOST_TEST(server.process->out().find("SkillAid 已启动: " + url) != std::string::npos);
    const std::string err = server.process->err();
    bool found = false;
    std::istringstream lines(err);
    std::string line;
    while (std::getline(lines, line)) {
        const auto entry = nlohmann::json::parse(line, nullptr, false);
        BOOST_TEST_CONTEXT(line) { BOOST_TEST(entry.is_object()); }  // every stderr line is JSON
        if (entry.is_object() && entry["event"] == "listening")
            found = entry["url"] == url;
    }
    BOOST_TEST(found);
}

BOOST_AUTO_TEST_CASE(second_server_on_same_port_exits_3) {
    RunningServer first;
    TempDir dir;
    ServerProcess second({"--host", kLoopback, "--port", std::to_string(first.port), "--web-root",
                          first.web_root.string(), "--data-dir", (dir.path() / "data").string()},
                         dir.path());
    BOOST_TEST(second.wait_exit() == 3);
    BOOST_TEST(second.err().find("已被占用") != std::string::npos);
    BOOST_TEST(second.err().find("--port") != std::string::npos);
    BOOST_TEST(second.err().find("terminate") == std::string::npos);  // no uncaught exception
    // The first one is unaffected.
    BOOST_TEST(http_request(first.port, verb::get, "/api/v1/health").status == 200u);
}

BOOST_AUTO_TEST_CASE(bad_options_exit_2) {
    TempDir dir;
    const std::vector<std::vector<std::string>> cases = {
        {"--bogus"}, {"--port"}, {"--port", "70000"}, {"--port", "http"}, {"--host", "not-an-address"}};
    for (const auto& args : cases) {
        ServerProcess p(args, dir.path());
        BOOST_TEST_CONTEXT(args[0] << (args.size() > 1 ? " " + args[1] : "")) {
            BOOST_TEST(p.wait_exit() == 2);
            BOOST_TEST(p.err().find("skillaid-server: ") != std::string::npos);
        }
    }
    ServerProcess help({"--help"}, dir.path());
    BOOST_TEST(help.wait_exit() == 0);
    BOOST_TEST(help.out().find("--data-dir") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(sigterm_stops_gracefully_and_leaves_the_store) {
    RunningServer server;
    Client idle(server.port);  // an idle keep-alive connection must not hold the stop
    BOOST_TEST(idle.request(verb::get, "/").status == 200u);
    server.process->send_signal(SIGTERM);
    BOOST_TEST(server.process->wait_exit() == 0);
    BOOST_TEST(idle.closed_by_server());
    BOOST_TEST(server.process->err().find("\"event\":\"stopped\"") != std::string::npos);

    const fs::path db = server.data_dir / "skillaid.db";
    BOOST_TEST(fs::is_regular_file(db));
    BOOST_TEST(query(db, "SELECT MAX(version) FROM schema_version") == "6");  // migration 6: PostgreSQL's change sequence
    BOOST_TEST(query(db, "SELECT value FROM meta WHERE key = 'app'") == "skillaid");
    BOOST_TEST(query(db, "PRAGMA journal_mode") == "wal");
}

BOOST_AUTO_TEST_CASE(sigterm_finishes_a_request_already_begun) {
    namespace net = boost::asio;
    RunningServer server;
    net::io_context ioc;
    net::ip::tcp::socket socket(ioc);
    socket.connect({net::ip::make_address(kLoopback), server.port});
    const std::string body = R"({"event":"class_opening","date":"2026-03-02"})";
    const std::string head = "POST /api/v1/deadlines HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " +
                             std::to_string(body.size()) + "\r\n\r\n";
    net::write(socket, net::buffer(head + body.substr(0, 10)));
    // "Begun" means the server has read those bytes; give it time to (a
    // connection with nothing received yet counts as idle and is closed).
    std::this_thread::sleep_for(std::chrono::milliseconds(300));

    server.process->send_signal(SIGTERM);
    const auto deadline = std::chrono::steady_clock::now() + kStartTimeout;
    while (server.process->err().find("\"event\":\"shutdown\"") == std::string::npos &&
           std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    BOOST_REQUIRE(server.process->err().find("\"event\":\"shutdown\"") != std::string::npos);

    net::write(socket, net::buffer(body.substr(10)));
    boost::beast::flat_buffer buffer;
    boost::beast::http::response<boost::beast::http::string_body> res;
    boost::beast::http::read(socket, buffer, res);
    BOOST_TEST(res.result_int() == 200u);
    BOOST_TEST(res.body().find("\"deadlines\"") != std::string::npos);
    BOOST_TEST(!res.keep_alive());  // the last answer on this connection
    BOOST_TEST(server.process->wait_exit() == 0);
}

BOOST_AUTO_TEST_CASE(restart_keeps_the_schema_and_sigint_also_stops) {
    RunningServer server;
    server.process->send_signal(SIGINT);
    BOOST_TEST(server.process->wait_exit() == 0);
    // Same data dir again: no migration is applied twice.
    ServerProcess again({"--host", kLoopback, "--port", "0", "--data-dir", server.data_dir.string()},
                        server.dir.path());
    BOOST_REQUIRE(again.wait_listening());
    again.send_signal(SIGTERM);
    BOOST_TEST(again.wait_exit() == 0);
    BOOST_TEST(query(server.data_dir / "skillaid.db", "SELECT COUNT(*) FROM schema_version") == "6");
}

BOOST_AUTO_TEST_SUITE_END()
